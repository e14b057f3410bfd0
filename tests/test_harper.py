"""The Harper backend: exact positions, the news profile, the speller off, stdout clean."""

from __future__ import annotations

import json
import os
import sys
from dataclasses import replace

import pytest

pytest.importorskip("harper")

from copylint.backends import drain_warnings
from copylint.backends import harper as harper_backend  # noqa: E402
from copylint.backends.harper import HARPER_PY_VERSION, HarperUnavailable, news_profile, stdout_held  # noqa: E402
from copylint.config import GrammarSettings, Settings  # noqa: E402
from copylint.engine import Linter  # noqa: E402
from copylint.errors import ConfigError  # noqa: E402
from copylint.readers import parse  # noqa: E402

# Harper alone (builtin grammar out), so that no builtin report hides Harper's on the same
# span (copylint/backends/dedup.py: one report per problem; tests/test_engine_dedup.py).
HARPER = Settings(grammar=GrammarSettings(backends=("harper",)))


@pytest.fixture(scope="module")
def linter():
    return Linter(HARPER)


def harper_issues(linter: Linter, text: str, path: str = "a.txt", settings: Settings | None = None):
    return [i for i in linter.lint(parse(text, path), settings) if i.rule.startswith("harper.")]


def test_positions_exact_with_emoji_before_and_between_spans(linter):
    text = ("Storm \U0001f600 hits coast\n\n"
            "It happened for first time. \U0001f600 She is more pretty then \U0001f30d her sister.\n\n"
            "They can`t \U0001f600 go.\n")
    issues = harper_issues(linter, text)
    got = [(i.rule, i.line, i.column, i.end_column, i.text, i.suggestions) for i in issues]
    assert got == [
        ("harper.ForTheNthTime", 3, 13, 16, "for", ("for the",)),
        ("harper.ThenThan", 3, 50, 54, "then", ("than",)),
        ("harper.WrongApostrophe", 5, 6, 11, "can`t", ("can't",)),
    ]
    for issue in issues:
        assert text[issue.offset:issue.end_offset] == issue.text


def test_every_segment_kind_maps_back_through_markup(linter):
    text = ("# Storm hits coast\n\n"
            "A `code` span, then it happened for first time.\n\n"
            "- They can`t go.\n\n"
            "> She is more pretty then her sister.\n")
    issues = harper_issues(linter, text, "a.md")
    assert [(i.line, i.column, i.text) for i in issues] == [(3, 33, "for"), (5, 8, "can`t"), (7, 22, "then")]


def test_indented_paragraph_in_plain_text_is_checked(linter):
    # Harper's Markdown mode would take this for code; copylint sends prose as plain text.
    text = "Storm hits coast\n\n    It happened for first time.\n"
    assert [(i.line, i.column, i.text) for i in harper_issues(linter, text)] == [(3, 17, "for")]


def test_speller_off_unless_named(linter):
    text = "Storm hits coast\n\nThe mayor recieved the keys from Ostravek.\n"
    assert not [i for i in harper_issues(linter, text) if i.rule == "harper.SpellCheck"]
    on = replace(HARPER, enable=("harper.SpellCheck",), disable=("spelling",))  # copylint's speller would win
    found = [i.text for i in harper_issues(linter, text, settings=on) if i.rule == "harper.SpellCheck"]
    assert "recieved" in found
    # a prefix does not switch the speller on
    assert not [i for i in harper_issues(linter, text, settings=replace(HARPER, enable=("harper",)))
                if i.rule == "harper.SpellCheck"]


def test_news_profile_and_selection(linter):
    text = "Storm hits coast\n\nIt is an big deal, and also a costly one.\n"
    assert harper_issues(linter, text) == []  # AnA and AvoidAndAlso are off in the news profile
    on = replace(HARPER, enable=("harper.AnA",))
    assert [(i.rule, i.text) for i in harper_issues(linter, text, settings=on)] == [("harper.AnA", "an")]
    listed = Settings(grammar=GrammarSettings(backends=("harper",), harper_rules=("AvoidAndAlso",)))
    assert [i.rule for i in harper_issues(Linter(listed), text)] == ["harper.AvoidAndAlso"]
    off = replace(HARPER, disable=("harper.ThenThan",))
    assert harper_issues(linter, "Storm\n\nShe is more pretty then her sister.\n", settings=off) == []


def test_off_unless_selected():
    text = "Storm hits coast\n\nShe is more pretty then her sister.\n"
    assert harper_issues(Linter(Settings()), text) == []
    # auto includes Harper only if the measured profile fits the default budget
    auto = harper_issues(Linter(Settings(grammar=GrammarSettings(backends=("auto",)))), text)
    assert bool(auto) == news_profile()["fits_default_budget"]
    # naming a Harper rule selects the backend
    named = Settings(enable=("harper.ThenThan",), disable=("grammar",))  # builtin's "then" report would win
    assert [i.rule for i in harper_issues(Linter(named), text)] == ["harper.ThenThan"]


def test_unknown_rule_in_harper_rules_is_a_config_error():
    settings = Settings(grammar=GrammarSettings(backends=("harper",), harper_rules=("NoSuchRule",)))
    with pytest.raises(ConfigError, match="unknown Harper rule 'NoSuchRule' in grammar.harper_rules"):
        Linter(settings).lint(parse("Storm\n\nText here.\n", "a.txt"))


def test_missing_harper_is_one_line(monkeypatch):
    monkeypatch.setitem(sys.modules, "harper", None)
    monkeypatch.setattr(harper_backend, "_ENGINES", {})
    with pytest.raises(HarperUnavailable, match=r"^the harper backend needs harper-py: pip install 'copylint\[harper\]'$"):
        Linter(HARPER).lint(parse("Storm\n\nText here.\n", "a.txt"))


def test_other_harper_release_is_named_once(monkeypatch):
    monkeypatch.setattr(harper_backend, "installed_version", lambda: "9.9.9")
    monkeypatch.setattr(harper_backend, "_ENGINES", {})
    monkeypatch.setattr("copylint.backends._WARNED", set())
    drain_warnings()
    harper_backend.engine("en-US")
    harper_backend.engine("en-US")
    assert drain_warnings() == [
        "harper-py 9.9.9 is installed; copylint's news profile was measured with "
        f"{HARPER_PY_VERSION} (pip install 'copylint[harper]')"]


def test_stdout_held_keeps_native_writes_off_stdout(capfd):
    print("before", flush=True)
    with stdout_held():
        os.write(1, b"debug junk from a rule\n")
    print("after", flush=True)
    out = capfd.readouterr().out
    assert out == "before\nafter\n"


def test_reserve_stdout_keeps_a_protocol_channel_clean(tmp_path):
    import subprocess

    script = (
        "import os, sys\n"
        "from copylint.backends.harper import reserve_stdout, stdout_held\n"
        "protocol = reserve_stdout()\n"
        "protocol.write(b'Content-Length: 2\\r\\n\\r\\n{}'); protocol.flush()\n"
        "os.write(1, b'native junk\\n')\n"
        "print('stray print', flush=True)\n"
        "with stdout_held():\n"
        "    pass\n"
        "protocol.write(b'!'); protocol.flush()\n"
    )
    r = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert r.stdout == b"Content-Length: 2\r\n\r\n{}!"
    assert b"native junk" in r.stderr and b"stray print" in r.stderr


def test_profile_data_matches_the_pinned_release():
    profile = news_profile()
    assert profile["harper_py"] == HARPER_PY_VERSION
    import harper

    rules = set(harper.get_default_lint_config())
    assert set(profile["rules"]) == rules
    on = set(profile["default_on"])
    assert on <= rules and "SpellCheck" not in on
    # every default-on rule is quiet: no alert on the corpus, or only alerts read as true errors
    noisy = {r for r in on if profile["rules"][r]["alerts"]}
    assert noisy <= set(profile["reviewed_true_errors"])
    assert not on & set(profile["house_style_off"])


def test_rule_info_and_explain(linter):
    info = linter.rule_info("harper.ThenThan")
    assert info.default_enabled and info.summary.endswith("(Harper)")
    assert not linter.rule_info("harper.AnA").default_enabled
    assert linter.rule_info("harper.NoSuchRule") is None
    assert linter.rule_info("harper").id == "harper"


def test_cli_json_stays_valid_and_rules_lists_the_profile(run_cli, tmp_path):
    (tmp_path / ".copylint.toml").write_text('[grammar]\nbackends = ["builtin", "harper"]\n')
    (tmp_path / "a.txt").write_text("Storm \U0001f600 hits coast\n\nIt happened for first time.\n", encoding="utf-8")
    r = run_cli("check", "a.txt", "--format", "json")
    assert r.returncode == 1, r.stderr
    issues = json.loads(r.stdout)["issues"]
    assert [(i["rule"], i["line"], i["column"]) for i in issues if i["rule"].startswith("harper.")] == [
        ("harper.ForTheNthTime", 3, 13)]
    r = run_cli("rules", "--all")
    lines = r.stdout.decode().splitlines()
    assert any(line.startswith("harper.*") and "(off" not in line for line in lines)
    assert sum(1 for line in lines if line.strip().startswith("harper.")) == len(news_profile()["default_on"]) + 1
