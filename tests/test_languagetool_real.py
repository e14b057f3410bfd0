"""benchmarks/languagetool_real.py: real editors' fixes with the LanguageTool backend,
counted exactly as benchmarks/quality/grammar.py counts them (a fix is named by a short
alert touching it; a stray touches no edit). Against the LanguageTool test double
(tests/lt_double.py) and, live, a real server. The records are our own sentences."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from lt_double import LTDouble, Pattern

ROOT = Path(__file__).resolve().parent.parent


def _load(name: str, path: Path):
    module = sys.modules.get(name)
    if module is None:
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return module


bench = _load("languagetool_real_bench", ROOT / "benchmarks" / "languagetool_real.py")
grammar_bench = sys.modules["benchmarks.quality.grammar"]  # the module the benchmark reuses

TEXT = ("The council voted to built a new bridge. The committee have agreed quietly on the plan. "
        "Work starts near the river bank in May.")


def fix(text: str, original: str, correction: str, subtype: str = "word/grammar") -> dict:
    start = TEXT.index(original)
    return {"start": start, "end": start + len(original), "original": original, "correction": correction,
            "subtype": subtype}


RECORD = {
    "id": "own-1", "text": TEXT,
    "errors": [fix(TEXT, "built", "build"), fix(TEXT, "have", "has")],
    "other_edits": [fix(TEXT, "new", "wooden", "meaning")],
}


def alert(start: int, end: int, rule: str = "grammar.x") -> SimpleNamespace:
    return SimpleNamespace(offset=start, end_offset=end, rule=rule)


def test_named_touched_and_strays_follow_grammar_py():
    built, have = RECORD["errors"]
    long_note = alert(0, 120, "style.long-sentence")  # touches both fixes, names neither
    short = alert(built["start"] - 3, built["end"])  # "to built"
    stray = alert(TEXT.index("quietly"), TEXT.index("quietly") + 7)
    on_other_edit = alert(TEXT.index("new"), TEXT.index("new") + 3)
    outcomes = grammar_bench.fix_outcomes(RECORD, [long_note, short, stray, on_other_edit])
    assert [(err["original"], len(touching), named) for err, touching, named in outcomes] == [
        ("built", 2, True), ("have", 1, False)]
    assert grammar_bench.stray_alerts(RECORD, [long_note, short, stray, on_other_edit]) == [stray]
    # an insertion is touched by an alert that reaches its point
    inserted = {**RECORD, "errors": [{**built, "end": built["start"]}], "other_edits": []}
    assert grammar_bench.fix_outcomes(inserted, [alert(built["start"] - 3, built["start"])])[0][2]


@pytest.fixture(scope="module")
def double():
    lt = LTDouble()
    lt.patterns.extend([
        Pattern(r"committee have", "OWN_COLLECTIVE_AGREEMENT", "Use \u201chas\u201d.", ("committee has",)),
        Pattern(r"quietly", "OWN_ADVERB_RULE", "An adverb."),
        Pattern(r"Work starts", "EN_COMPOUNDS_OWN_WORK_STARTS", "Write it as one word.", ("Workstarts",), "MISC"),
    ])
    yield lt
    lt.stop()


def outcomes_of(url: str) -> dict:
    from copylint.engine import Linter

    out = {}
    for label, settings in bench.configurations(url):
        linter = Linter(settings)
        try:
            out[label] = bench.measure(linter, [RECORD])
        finally:
            linter.close()
    return out


def test_builtin_alone_vs_languagetool_news_profile_vs_every_rule(double, capsys):
    out = outcomes_of(double.url)
    builtin, news, every = out["builtin"], out["builtin + LT news"], out["builtin + LT all"]
    have = (RECORD["id"], RECORD["errors"][1]["start"])
    assert have not in builtin.named_keys and not any(r.startswith("languagetool.") for r, _ in builtin.strays)
    assert have in news.named_keys and news.lt_named["OWN_COLLECTIVE_AGREEMENT"] == {(*have, "word/grammar")}
    assert news.named["word/grammar"] == builtin.named["word/grammar"] + 1
    # a stray of a rule in the profile counts; a compounds-family member is off in the news profile
    assert news.strays[("languagetool.OWN_ADVERB_RULE", "warning")] == 1
    assert not any("COMPOUNDS" in rule for rule, _ in news.strays)
    assert every.strays[("languagetool.EN_COMPOUNDS_OWN_WORK_STARTS", "warning")] == 1
    # LanguageTool alone, as the server answers: no profile, so the family member is a stray too
    raw = out[bench.RAW] = bench.measure(bench.raw_languagetool(double.url), [RECORD])
    assert raw.named["word/grammar"] == 1 and raw.lt_named.keys() == {"OWN_COLLECTIVE_AGREEMENT"}
    assert sum(raw.strays.values()) == 2
    bench.tables(out, [RECORD])
    printed = capsys.readouterr().out
    assert "EN_COMPOUNDS_OWN_WORK_STARTS" in printed and "off (compounds family)" in printed
    assert news.lt_verdicts == {"unreviewed": 1}  # our own rule's stray: read by no one
    assert "tense or agreement" not in printed  # our record is not in the hand-read class table


def test_default_configuration_sends_nothing(double):
    """LanguageTool stays opt-in: the benchmark's baseline is the default configuration,
    and linting with it sends no request."""
    from copylint.config import Settings
    from copylint.engine import Linter

    assert Settings().grammar.backends == ("builtin",)
    before = len(double.requests)
    linter = Linter(Settings())
    bench.measure(linter, [RECORD])
    assert len(double.requests) == before


def test_live_server_names_a_fix_builtin_misses(languagetool_url):
    text = "Theses rules apply to every member of the club."
    record = {"id": "own-live", "text": text,
              "errors": [{"start": 0, "end": 6, "original": "Theses", "correction": "These", "subtype": "word/grammar"}],
              "other_edits": []}
    from copylint.engine import Linter

    got = {}
    for label, settings in bench.configurations(languagetool_url)[:2]:
        linter = Linter(settings)
        try:
            got[label] = bench.measure(linter, [record])
        finally:
            linter.close()
    assert got["builtin"].named["word/grammar"] == 0
    assert got["builtin + LT news"].named["word/grammar"] == 1
    assert any(k[0] == "own-live" for keys in got["builtin + LT news"].lt_named.values() for k in keys)


# -- the LanguageTool row of benchmarks/quality/grammar.py's real-error tables ---------------

def test_real_error_tables_carry_a_languagetool_row(double, capsys):
    grammar_bench._real_error_tables([RECORD], ["--show"], double.url)
    printed = capsys.readouterr().out
    row = grammar_bench.LT_ROW
    # the row in the recall table, named word/grammar fixes: builtin's plus LanguageTool's "have"
    recall_rows = [line.split() for line in printed.splitlines() if line.startswith(row)]
    wg = [cells for cells in recall_rows if "word/grammar" in cells]
    assert wg, printed
    builtin_wg = [line.split() for line in printed.splitlines()
                  if line.startswith("default checks ") and not line.startswith(row) and "word/grammar" in line]
    named_with, named_without = int(wg[0][wg[0].index("word/grammar") + 2]), \
        int(builtin_wg[0][builtin_wg[0].index("word/grammar") + 2])
    assert named_with == named_without + 1
    # what LanguageTool adds: one fix named only with it, one stray of its own, no failures
    assert "what a real LanguageTool server adds" in printed and "1 more alerts touching no edit" in printed
    assert "stray languagetool.OWN_ADVERB_RULE (warning, unreviewed) own-1" in printed
    assert "named by languagetool.OWN_COLLECTIVE_AGREEMENT" in printed
    cost = [line.split() for line in printed.splitlines() if line.startswith(row) and len(line.split()) == 7]
    assert cost and cost[0][-1] == "0"  # check failures


def test_real_error_tables_without_languagetool_have_no_row(capsys):
    grammar_bench._real_error_tables([RECORD], ["--no-languagetool"], None)
    printed = capsys.readouterr().out
    assert grammar_bench.LT_ROW + " " not in printed and "left out (--no-languagetool)" in printed


def test_no_server_skips_the_row_with_a_message(monkeypatch, capsys):
    import socket

    with socket.socket() as s:  # a loopback port nothing listens on
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}"
    monkeypatch.setenv("COPYLINT_LANGUAGETOOL_URL", dead)
    with grammar_bench._languagetool_or_none() as url:
        assert url is None
    printed = capsys.readouterr().out
    assert f"row '{grammar_bench.LT_ROW}' skipped: no LanguageTool server" in printed and dead in printed


def test_live_server_row(languagetool_url, capsys):
    text = "Theses rules apply to every member of the club."
    record = {"id": "own-live-row", "text": text,
              "errors": [{"start": 0, "end": 6, "original": "Theses", "correction": "These", "subtype": "word/grammar"}],
              "other_edits": []}
    grammar_bench._real_error_tables([record], [], languagetool_url)
    printed = capsys.readouterr().out
    adds = printed[printed.index("what a real LanguageTool server adds"):]
    wg = next(line.split() for line in adds.splitlines() if line.startswith("word/grammar"))
    assert wg[1:4] == ["0", "1", "1"]  # named: without, with, only with LanguageTool
