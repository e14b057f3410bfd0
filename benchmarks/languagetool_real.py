"""Real editors' fixes (real-errors/) with the LanguageTool backend: builtin alone vs
builtin + LanguageTool, with the same recall and the same strays as
``benchmarks/quality/grammar.py --only-real``.

    python benchmarks/languagetool_real.py            # starts a local LanguageTool (tools/languagetool/lt.py)
    COPYLINT_LANGUAGETOOL_URL=http://127.0.0.1:8081 python benchmarks/languagetool_real.py
    python benchmarks/languagetool_real.py --show     # also every LanguageTool alert, named fix or stray

Three configurations, each the default checks (spelling, grammar, style at every severity):

- ``builtin``: ``grammar.backends = ["builtin"]``, the configuration grammar.py calls "default checks";
- ``builtin + LT news``: the same with ``grammar.backends = ["builtin", "languagetool"]``
  (the news profile, context filters and de-duplication as shipped);
- ``builtin + LT all``: the same with every LanguageTool rule selected
  (``enable = ["languagetool"]``): what the news profile leaves out, for reading only;

and, for the ceiling, ``LT alone, raw``: each text sent as it is to the server (en-US, every
rule LanguageTool runs by default, its speller included) and its matches counted with none of
copylint's filters.

Counting is grammar.py's own (:func:`benchmarks.quality.grammar.fix_outcomes` and
:func:`~benchmarks.quality.grammar.stray_alerts`): a fix is *named* when an alert of at most
``NAMED_SPAN`` characters touches it; a *stray* is an alert that touches no edit (fluency fix
or other edit). Word/grammar recall is also split by the hand-read error classes of
benchmarks/quality/real_classes.py. The last table lists each LanguageTool rule of the
``all`` configuration: the fixes it names (and how many no builtin alert names), its strays,
and whether the news profile has it on. The target of issue 12: word/grammar recall >= 0.35
with at most 1.5 strays per 1,000 words.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.corpus import print_table  # noqa: E402
from benchmarks.lt_corpora import languagetool_server  # noqa: E402
from benchmarks.quality.grammar import (  # noqa: E402
    NAMED_SPAN,
    _excerpt,
    fix_outcomes,
    lint_real,
    real_records,
    stray_alerts,
)
from benchmarks.quality.real_classes import CLASS_NAMES, FIX_CLASSES  # noqa: E402
from copylint.backends import lt_profile  # noqa: E402
from copylint.config import GrammarSettings, Settings  # noqa: E402
from copylint.engine import Linter  # noqa: E402

LT = "languagetool."
WG = "word/grammar"
LOUD = ("error", "warning")
RAW = "LT alone, raw (en-US)"


#: LanguageTool's alerts touching no edit in the news configuration, read one by one (as
#: benchmarks/quality/real_verdicts.py reads the builtin ones): editors fixed some errors, not
#: every one. (rule, alert text) -> verdict; a stray not listed is "unreviewed".
LT_VERDICTS = {
    ("A_CD_NNS", "a 183"): "error",  # "where a 183 African Israelites were killed"
    ("BETWEEN_TO_AND", "between 77 to 90"): "error",
    ("FOR_SOMETIME_FOR_SOME_TIME", "sometime"): "error",  # "For sometime, he lived"
    ("LOWERCASE_MONTHS", "august"): "error",
    ("THE_SUPERLATIVE", "a"): "error",  # "election a best qualified candidate"
    ("PHRASE_REPETITION", "Walter Sisulu Walter Sisulu"): "damage",  # a caption run into the text
    ("PHRASE_REPETITION", "traditional epistemology Traditional epistemology"): "damage",  # a heading run in
    ("TH_THORIUM", "Th"): "damage",  # "Gudni Th. Johannesson" with its accented letters stripped
    ("ENGLISH_WRONG_WORD_IN_CONTEXT_DESSERT_DESERT", "dessert"): "false",  # "After dessert, the guests"
    ("FEWER_LESS", "less"): "false",  # "a few hundred meters or less": an amount
    ("PROBLEM_SOLVE_HYPHEN", "problem solving"): "false",  # a noun phrase: no hyphen
}


def configurations(url: str) -> list[tuple[str, Settings]]:
    """The three configurations compared, in order (the first is grammar.py's "default checks")."""
    with_lt = GrammarSettings(backends=("builtin", "languagetool"), languagetool_url=url, languagetool_timeout=120)
    return [
        ("builtin", Settings(grammar=GrammarSettings(backends=("builtin",)))),
        ("builtin + LT news", Settings(grammar=with_lt)),
        ("builtin + LT all", Settings(grammar=with_lt, enable=("languagetool",))),
    ]


@dataclass
class Outcome:
    """What one configuration did on the corpus."""

    total: Counter[str] = field(default_factory=Counter)  # subtype -> fixes
    named: Counter[str] = field(default_factory=Counter)  # subtype -> fixes named
    named_keys: set[tuple[str, int]] = field(default_factory=set)  # (revision, start) of named fixes
    strays: Counter[tuple[str, str]] = field(default_factory=Counter)  # (rule, severity) -> strays
    lt_named: dict[str, set[tuple[str, int, str]]] = field(default_factory=dict)  # LT rule -> (rev, start, subtype)
    lt_verdicts: Counter[str] = field(default_factory=Counter)  # verdict -> LanguageTool strays
    listing: list[str] = field(default_factory=list)
    cpu: float = 0.0
    wall: float = 0.0


def raw_languagetool(url: str, language: str = "en-US") -> Callable[[int, dict], list]:
    """LanguageTool alone as a server answers: every rule it runs by default, its speller
    included, none of copylint's filters (profile, context, de-duplication). Each match as an
    alert-like record (offset, end_offset, rule, severity) that grammar.py's counting reads."""
    from copylint.backends.languagetool import LanguageToolClient, match_span
    from copylint.checks.languagetool import copylint_category

    client = LanguageToolClient(url, 120)

    def lint(n: int, rec: dict) -> list:
        matches, _ = client.check(rec["text"], language)
        out = []
        for m in matches:
            start, end = match_span(rec["text"], m)
            out.append(SimpleNamespace(offset=start, end_offset=end, rule=LT + m.rule_id,
                                       severity=copylint_category(m)[1]))
        return out

    return lint


def measure(linter: Linter | Callable[[int, dict], list], records: list[dict]) -> Outcome:
    """Recall and strays of a linter (or of ``lint(n, record) -> alerts``) on ``records``."""
    lint = (lambda n, rec: lint_real(linter, n, rec)) if isinstance(linter, Linter) else linter
    out = Outcome()
    t0, c0 = time.perf_counter(), time.process_time()
    for n, rec in enumerate(records):
        issues = lint(n, rec)
        for err, touching, is_named in fix_outcomes(rec, issues):
            sub = err["subtype"]
            out.total[sub] += 1
            out.named[sub] += is_named
            key = (rec["id"], err["start"])
            if is_named:
                out.named_keys.add(key)
            for i in touching:
                if i.rule.startswith(LT) and i.end_offset - i.offset <= NAMED_SPAN:
                    out.lt_named.setdefault(i.rule[len(LT):], set()).add((*key, sub))
                    out.listing.append(f"  named {sub} by {i.rule} ({i.severity}) {rec['id']}: "
                                       f"{_excerpt(rec['text'], i.offset, i.end_offset)} -> {err['correction']!r}")
        for i in stray_alerts(rec, issues):
            out.strays[(i.rule, i.severity)] += 1
            if i.rule.startswith(LT):
                judged = LT_VERDICTS.get((i.rule[len(LT):], rec["text"][i.offset:i.end_offset]), "unreviewed")
                out.lt_verdicts[judged] += 1
                out.listing.append(f"  stray {i.rule} ({i.severity}, {judged}) {rec['id']}: "
                                   f"{_excerpt(rec['text'], i.offset, i.end_offset)}")
    out.cpu, out.wall = time.process_time() - c0, time.perf_counter() - t0
    return out


def per_1k(count: int, words: int) -> float:
    return round(count * 1000 / words, 3)


def tables(outcomes: dict[str, Outcome], records: list[dict]) -> None:
    words = sum(len(r["text"].split()) for r in records)
    subtypes = sorted(next(iter(outcomes.values())).total)
    rows = []
    for label, o in outcomes.items():
        for sub in [*subtypes, "ALL"]:
            n = o.total[sub] if sub != "ALL" else sum(o.total.values())
            got = o.named[sub] if sub != "ALL" else sum(o.named.values())
            rows.append([label, sub, n, got, round(got / n, 3) if n else "-"])
    print_table(["configuration", "subtype", "fixes", f"named (alert <= {NAMED_SPAN} chars touches it)", "recall"],
                rows, title=f"real editors' fixes: {len(records)} Wikipedia revisions (IteraTeR), {words} words "
                            "(target word/grammar recall >= 0.35)")

    class_total: Counter[str] = Counter()
    class_named: dict[str, Counter[str]] = {label: Counter() for label in outcomes}
    for rec in records:
        for err in rec["errors"]:
            if err["subtype"] != WG:
                continue
            cls = FIX_CLASSES.get((rec["id"], err["start"]), ("?", "?"))[0]
            class_total[cls] += 1
            for label, o in outcomes.items():
                class_named[label][cls] += (rec["id"], err["start"]) in o.named_keys
    labels = list(outcomes)
    rows = [[CLASS_NAMES.get(cls, "(not in the class table)"), class_total[cls],
             *[class_named[label][cls] for label in labels]]
            for cls in [*CLASS_NAMES, "?"] if class_total[cls]]
    rows.append(["ALL", sum(class_total.values()), *[sum(class_named[label].values()) for label in labels]])
    print_table(["word/grammar error class (real_classes.py)", "fixes", *[f"named: {label}" for label in labels]],
                rows, title="word/grammar fixes named, by hand-read error class")

    rows = []
    for label, o in outcomes.items():
        stray = sum(o.strays.values())
        loud = sum(c for (_, sev), c in o.strays.items() if sev in LOUD)
        lt = sum(c for (r, _), c in o.strays.items() if r.startswith(LT))
        lt_loud = sum(c for (r, sev), c in o.strays.items() if r.startswith(LT) and sev in LOUD)
        rows.append([label, stray, per_1k(stray, words), loud, per_1k(loud, words), lt, per_1k(lt, words),
                     lt_loud, per_1k(lt_loud, words), round(o.cpu, 1), round(o.wall, 1)])
    print_table(["configuration", "strays (all severities)", "per 1k", "errors + warnings", "per 1k",
                 "of them languagetool.*", "per 1k", "languagetool.* errors + warnings", "per 1k",
                 "client CPU s", "wall s"], rows,
                title="alerts on real-error text that touch no edit (target <= 1.5 per 1k words)")

    news = outcomes.get("builtin + LT news")
    if news is not None:
        print_table(["verdict", "LanguageTool strays", "per 1k words"],
                    [[v, news.lt_verdicts[v], per_1k(news.lt_verdicts[v], words)]
                     for v in ("error", "damage", "false", "unreviewed")],
                    title="builtin + LT news: LanguageTool's alerts touching no edit, read one by one "
                          "(error: left by the editors; damage: the corpus's own; false: a false alarm)")
    if "builtin + LT all" not in outcomes:
        return
    every, builtin = outcomes["builtin + LT all"], outcomes["builtin"]
    stray_by_rule: Counter[str] = Counter()
    severity: dict[str, str] = {}
    for (rule, sev), c in every.strays.items():
        if rule.startswith(LT):
            stray_by_rule[rule[len(LT):]] += c
            severity[rule[len(LT):]] = sev
    off, families_off = lt_profile.rules_off(), lt_profile.families_off()
    rows = []
    for rule in sorted(set(every.lt_named) | set(stray_by_rule),
                       key=lambda r: (-len(every.lt_named.get(r, ())), -stray_by_rule[r], r)):
        named = every.lt_named.get(rule, set())
        wg = [k for k in named if k[2] == WG]
        new = [k for k in wg if k[:2] not in builtin.named_keys]
        family = lt_profile.family(rule)
        status = (f"off ({family} family)" if family in families_off else "off (measured noisy)" if rule in off
                  else "on")
        rows.append([rule, status, len(wg), len(new), len(named) - len(wg), stray_by_rule[rule],
                     severity.get(rule, "-")])
    print_table(["LanguageTool rule", "news profile", "word/grammar fixes named", "of them not named by builtin",
                 "other fixes named", "strays", "severity"], rows,
                title="LanguageTool's rules on real-error text (every rule selected; house-style categories "
                      "are off in the news profile whatever this table says)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show", action="store_true", help="print every LanguageTool alert: named fix or stray")
    parser.add_argument("--news-only", action="store_true", help="skip the every-rule configuration")
    args = parser.parse_args(argv)
    records = real_records()
    if records is None:
        return 1
    outcomes: dict[str, Outcome] = {}
    with languagetool_server() as url:
        for label, settings in configurations(url):
            if args.news_only and label == "builtin + LT all":
                continue
            linter = Linter(settings)
            lint_real(linter, 0, {"text": "Warm up the server."})
            outcomes[label] = measure(linter, records)
            linter.close()
            if args.show and label != "builtin":
                print(f"\nLanguageTool alerts ({label}):")
                print("\n".join(sorted(outcomes[label].listing)))
        if not args.news_only:
            outcomes[RAW] = measure(raw_languagetool(url), records)
    tables(outcomes, records)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("XDG_CACHE_HOME", str(Path(__file__).resolve().parent.parent / ".cache"))
    sys.exit(main())
