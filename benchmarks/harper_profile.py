"""Harper's news profile: every Harper rule's alerts on published copy, and the cost.

    python benchmarks/harper_profile.py            # print the tables
    python benchmarks/harper_profile.py --write    # also rewrite copylint/data/harper_profile.json
    python benchmarks/harper_profile.py --per-rule-time   # each rule's own cost (slow, noisy)

Every article of the Wikinews corpus (tests/corpus/wikinews, all of it) goes through
copylint's own reader and the same joined-prose call the harper check makes, with every
Harper rule on but the spell checker. A rule is on by default in copylint (the news
profile) when Harper itself has it on by default (the rules Harper leaves off are
preferences, like "pled" for "pleaded"), it is not a house-style choice (HOUSE_STYLE),
and it raised no alert on the corpus or every alert it raised was read and found to be
a real error in the article (REVIEWED below). Published copy is not error-free, so a
true error does not count against a rule; everything else does. With
about 30,000 words, a rule with no alert has a 95% upper bound of about 0.1 alerts per
1,000 words (the rule of three), which is the budget for a default-on rule.

Cost: milliseconds per 1,000 words on one core after start-up (the linter is built
first), median of --runs runs, for Harper's parse alone (no rule on), the news profile,
and Harper's own default rule set. Also prints bytes Harper wrote to stdout.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.corpus import articles, print_table, total_words  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PROFILE = ROOT / "copylint" / "data" / "harper_profile.json"
BUDGET_MS = 15.0  # the default grammar profile, per 1,000 words per core
ALERT_BUDGET = 0.1  # alerts per 1,000 clean words for a default-on rule

# Alerts read by hand and found to be real errors in the published article: these do
# not count against the rule. Counted with Harper's de-duplication off, so that a rule's
# alerts are not hidden by another rule's overlapping ones. rule -> {(article, flagged text): why it is an error}.
REVIEWED: dict[str, dict[tuple[str, str], str]] = {
    "AnA": {("news/0013", "an"): "'an voluntary ... program'"},
    "Beforehand": {("interviews/0008", "before hand"): "one word, 'beforehand' (both alerts)"},
    "CapitalizePersonalPronouns": {("interviews/0013", "i"): "'but i am'"},
    "CompoundNouns": {
        ("news/0008", "flag pole"): "'flagpole' in AP and Oxford",
        ("news/0013", "school children"): "'schoolchildren' in AP and Oxford (both alerts)",
        ("news/0015", "rain storm"): "'rainstorm'",
    },
    "Damages": {("interviews/0005", "damages"): "physical harm is 'damage'; 'damages' are awarded by a court (AP)"},
    "DiscourseMarkers": {
        ("interviews/0003", "Nevertheless"): "'Nevertheless, he agreed'",
        ("interviews/0013", "Indeed"): "'Indeed, our weekly poetry project'",
    },
    "EllipsisLength": {("interviews/0018", ".."): "a two-dot ellipsis (three alerts)"},
    "PluralDecades": {("interviews/0003", "1930’s"): "'the 1930s' (AP, Chicago)"},
    "ForTheNthTime": {("interviews/0012", "for"): "'for the first time'"},
    "ThenThan": {("interviews/0018", "then"): "'more pretty than they were'"},
    "ThereIsAgreement": {("interviews/0007", "There's supplies"): "'There are supplies'"},
    "WrongApostrophe": {
        ("news/0018", "can`t"): "a backtick for an apostrophe",
        ("news/0018", "don`t"): "a backtick for an apostrophe (two alerts)",
    },
}
# Rules kept off whatever the corpus says: house-style choices a newsroom makes itself.
HOUSE_STYLE = {
    "OxfordComma": "newsrooms differ (AP omits it, Chicago keeps it)",
    "NoOxfordComma": "newsrooms differ",
    "Dashes": "en or em dash, spaced or not, is house style",
    "LongSentences": "copylint's style rules own sentence length",
    "SpelledNumbers": "number style is house style",
    "AvoidContractions": "contractions are normal in quotes",
    "BoringWords": "not a copy-editing rule",
}


class StdoutCapture:
    """Counts bytes written to file descriptor 1 while active."""

    def __init__(self) -> None:
        self.bytes = 0
        self.sample = b""

    def __enter__(self) -> StdoutCapture:
        sys.stdout.flush()
        self._tmp = tempfile.TemporaryFile()
        self._saved = os.dup(1)
        os.dup2(self._tmp.fileno(), 1)
        return self

    def __exit__(self, *exc: object) -> None:
        os.dup2(self._saved, 1)
        os.close(self._saved)
        self._tmp.seek(0)
        data = self._tmp.read()
        self._tmp.close()
        self.bytes += len(data)
        self.sample = self.sample or data[:300]


def documents():
    from copylint.backends.joined import GRAMMAR_KINDS, JoinedProse
    from copylint.dialect import detect_dialect
    from copylint.readers import parse

    out = []
    for art in articles():
        doc = parse(art.text, f"{art.name}.txt", "txt")
        joined = JoinedProse.build(s for s in doc.segments if s.kind in GRAMMAR_KINDS)
        out.append((art.name, detect_dialect(doc), joined.text))
    return out


def raw_linter(dialect: str):
    import harper

    return harper.Linter(harper.Dialect.BRITISH if dialect == "en-GB" else harper.Dialect.AMERICAN)


def count_alerts(docs, all_rules: list[str]):
    """rule -> alerts, rule -> lint kind, rule -> [(article, flagged, excerpt, message)], stdout bytes."""
    from copylint.backends.harper import SPELLING_RULES

    linters = {}
    counts: Counter[str] = Counter()
    kinds: dict[str, str] = {}
    examples: dict[str, list[tuple[str, str, str, str]]] = defaultdict(list)
    capture = StdoutCapture()
    for name, dialect, text in docs:
        linter = linters.get(dialect)
        if linter is None:
            linter = linters[dialect] = raw_linter(dialect)
            linter.set_lint_config({r: r not in SPELLING_RULES for r in all_rules})
        with capture:
            organized = linter.organized_lints(text, language="plaintext", dedup=False)
        for rule, lints in organized.items():
            counts[rule] += len(lints)
            for lint in lints:
                kinds.setdefault(rule, lint.lint_kind)
                a, b = lint.span.start, lint.span.end
                excerpt = (text[max(0, a - 40):a] + "[[" + text[a:b] + "]]" + text[b:b + 40]).replace("\n", " ")
                examples[rule].append((name, text[a:b], excerpt, lint.message))
    return counts, kinds, examples, capture


def time_rules(docs, rules: set[str], all_rules: list[str], runs: int) -> float:
    """Median ms per 1,000 words of linting the corpus with exactly ``rules`` on."""
    words = sum(len(text.split()) for _, _, text in docs)
    linters = {}
    for _, dialect, _ in docs:
        if dialect not in linters:
            linters[dialect] = raw_linter(dialect)
            linters[dialect].set_lint_config({r: r in rules for r in all_rules})
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        for _, dialect, text in docs:
            linters[dialect].organized_lints(text, language="plaintext")
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000 / (words / 1000)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--write", action="store_true", help="rewrite copylint/data/harper_profile.json")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--per-rule-time", action="store_true", help="also time each rule alone (slow)")
    ap.add_argument("--show", type=int, default=3, help="alert excerpts to print per noisy rule")
    args = ap.parse_args(argv)

    import harper

    from copylint.backends.harper import HARPER_PY_VERSION, SPELLING_RULES, installed_version

    docs = documents()
    words = total_words(articles())
    all_rules = sorted(harper.get_default_lint_config())
    harper_defaults = {r for r, on in harper.get_default_lint_config().items() if on}
    descriptions = raw_linter("en-US").get_lint_descriptions()
    counts, kinds, examples, capture = count_alerts(docs, all_rules)

    def unreviewed(rule: str) -> int:
        ok = REVIEWED.get(rule, {})
        return sum(1 for name, flagged, _, _ in examples[rule] if (name, flagged) not in ok)

    default_on = sorted(
        r for r in all_rules
        if r in harper_defaults and r not in SPELLING_RULES and r not in HOUSE_STYLE and unreviewed(r) == 0
    )
    noisy = [r for r in all_rules if counts[r] and r not in SPELLING_RULES]
    print(f"Wikinews corpus: {len(docs)} articles, {words} words; Harper rules: {len(all_rules)} "
          f"(harper-py {installed_version()}); bytes Harper wrote to stdout: {capture.bytes}")
    rows = []
    for r in sorted(noisy, key=lambda r: -counts[r]):
        true = counts[r] - unreviewed(r)
        rows.append([r, kinds.get(r, ""), counts[r], counts[r] / words * 1000, true, (counts[r] - true) / words * 1000,
                     "yes" if r in default_on else ("house style" if r in HOUSE_STYLE else "no")])
    print_table(["rule", "kind", "alerts", "per 1,000 words", "true errors", "false per 1,000", "default on"], rows,
                title="Harper rules that raised alerts (the others raised none)")
    for r in noisy:
        for name, _, excerpt, message in examples[r][: args.show]:
            print(f"  {r} {name}: {excerpt}  -- {message}")

    parse_ms = time_rules(docs, set(), all_rules, args.runs)
    profile_ms = time_rules(docs, set(default_on), all_rules, args.runs)
    harper_ms = time_rules(docs, harper_defaults - SPELLING_RULES, all_rules, args.runs)
    print_table(
        ["rule set", "rules", "ms per 1,000 words", "alerts per 1,000 words"],
        [
            ["parse only (no rule)", 0, parse_ms, 0.0],
            ["copylint news profile", len(default_on), profile_ms,
             sum(counts[r] for r in default_on) / words * 1000],
            ["Harper's defaults, speller off", len(harper_defaults - SPELLING_RULES), harper_ms,
             sum(counts[r] for r in harper_defaults - SPELLING_RULES) / words * 1000],
        ],
        title=f"Cost on one core after start-up (median of {args.runs}); budget {BUDGET_MS:g} ms per 1,000 words",
    )
    fits = profile_ms <= BUDGET_MS
    print(f"\nnews profile fits the default budget: {'yes' if fits else 'no'} "
          f"({profile_ms:.1f} vs {BUDGET_MS:g} ms per 1,000 words)")

    solo: dict[str, float] = {}
    if args.per_rule_time:
        for r in all_rules:
            solo[r] = max(0.0, time_rules(docs, {r}, all_rules, 2) - parse_ms)
        top = sorted(solo.items(), key=lambda kv: -kv[1])[:25]
        print_table(["rule", "ms per 1,000 words alone, above parse"], [list(kv) for kv in top],
                    title="Costliest rules, each alone")

    if args.write:
        data = {
            "harper_py": installed_version() or HARPER_PY_VERSION,
            "corpus": "tests/corpus/wikinews (all articles)",
            "corpus_words": words,
            "alert_budget_per_1000_words": ALERT_BUDGET,
            "cost_ms_per_1000_words": {"parse": round(parse_ms, 2), "news_profile": round(profile_ms, 2),
                                       "harper_defaults": round(harper_ms, 2), "budget": BUDGET_MS},
            "fits_default_budget": fits,
            "house_style_off": HOUSE_STYLE,
            "reviewed_true_errors": {r: [f"{a}: {t!r}: {why}" for (a, t), why in v.items()] for r, v in REVIEWED.items()},
            "default_on": default_on,
            "rules": {
                r: {
                    "alerts": counts[r],
                    **({"kind": kinds[r]} if r in kinds else {}),
                    "description": _first_sentence(descriptions.get(r, "")),
                    **({"solo_ms": round(solo[r], 2)} if r in solo else {}),
                }
                for r in all_rules
            },
        }
        PROFILE.parent.mkdir(parents=True, exist_ok=True)
        PROFILE.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"\nwrote {PROFILE.relative_to(ROOT)}: {len(default_on)} rules on by default")


def _first_sentence(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    cut = text.find(". ")
    if 0 < cut < limit:
        return text[: cut + 1]
    return text if len(text) <= limit else text[: limit - 3].rstrip() + "..."


if __name__ == "__main__":
    main()
