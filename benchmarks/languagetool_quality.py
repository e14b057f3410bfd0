"""builtin vs builtin + LanguageTool (news profile): noise on clean copy and recall on
injected errors, side by side.

    python benchmarks/languagetool_quality.py            # starts a local LanguageTool (tools/languagetool/lt.py)
    COPYLINT_LANGUAGETOOL_URL=http://127.0.0.1:8081 python benchmarks/languagetool_quality.py
    python benchmarks/languagetool_quality.py --skip-clean   # recall only

1. Clean copy, each corpus on its own (Wikinews: tests/corpus/wikinews; US:
   /work/shared/corpus/us): every alert of the default configuration, then of the same
   configuration with ``grammar.backends = ["builtin", "languagetool"]`` (news profile,
   context filters and de-duplication on). The difference is what LanguageTool adds, per
   1,000 words and by rule. Target: <= 0.5 per 1,000 words. Published copy has real
   errors: the alerts read by hand and found to be real errors when the profile was made
   (benchmarks/languagetool_profile.py REVIEWED) are counted apart from the others.
2. Recall on the grammar benchmark's injected errors (benchmarks/quality/grammar.py, same
   injections, same seed), per class: builtin grammar rules alone (the expected rule must
   report a span overlapping the injection), and with LanguageTool (the expected rule or
   any languagetool.* rule overlapping it). Spelling and style rules are off in both arms
   so that only grammar is compared.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.corpus import articles, print_table  # noqa: E402
from benchmarks.languagetool_profile import REVIEWED  # noqa: E402
from benchmarks.lt_corpora import corpora, languagetool_server  # noqa: E402
from benchmarks.quality.grammar import injections  # noqa: E402
from copylint.config import GrammarSettings, Settings  # noqa: E402
from copylint.engine import Linter  # noqa: E402
from copylint.readers import parse  # noqa: E402

LT = "languagetool."


def words_of(text: str) -> int:
    return len(text.split())


def clean(url: str, us_folder: Path | None, show: bool = False) -> None:
    builtin = Linter(Settings())
    with_lt = Linter(Settings(grammar=GrammarSettings(backends=("builtin", "languagetool"),
                                                      languagetool_url=url, languagetool_timeout=120)))
    summary = []
    by_rule: dict[str, Counter[str]] = {}
    for name, items in corpora(us_folder).items():
        words = sum(words_of(a.text) for a in items)
        a_total = b_total = 0
        added: Counter[str] = Counter()
        unreviewed = 0
        removed: Counter[str] = Counter()
        for article in items:
            doc_a = builtin.lint(parse(article.text, article.name + ".txt", "txt"))
            doc_b = with_lt.lint(parse(article.text, article.name + ".txt", "txt"))
            a_total += len(doc_a)
            b_total += len(doc_b)
            for i in doc_b:
                if i.rule.startswith(LT):
                    rule = i.rule[len(LT):]
                    added[rule] += 1
                    if (article.name, i.text) not in REVIEWED.get(rule, {}):
                        unreviewed += 1
                        if show:
                            print(f"  not reviewed: {rule} {name}/{article.name}:{i.line}: {i.text!r}")
            gone = Counter(i.rule for i in doc_a) - Counter(i.rule for i in doc_b)
            removed.update(gone)
        by_rule[name] = added
        summary.append([name, len(items), words, a_total, round(a_total * 1000 / words, 3), b_total,
                        round(b_total * 1000 / words, 3), b_total - a_total,
                        round((b_total - a_total) * 1000 / words, 3), unreviewed,
                        round(unreviewed * 1000 / words, 3), sum(removed.values())])
    with_lt.close()
    print_table(["corpus", "articles", "words", "builtin alerts", "per 1k", "builtin+LT alerts", "per 1k",
                 "added", "added per 1k (target <= 0.5)", "added, not read as real errors", "per 1k",
                 "builtin alerts lost"], summary,
                title="Clean copy: default configuration vs the same with LanguageTool's news profile")
    rules = sorted({r for c in by_rule.values() for r in c}, key=lambda r: -sum(c[r] for c in by_rule.values()))
    print_table(["LanguageTool rule", *[f"{n} alerts" for n in by_rule]],
                [[r, *[by_rule[n][r] for n in by_rule]] for r in rules],
                title="What LanguageTool adds on clean copy, by rule")


def recall(url: str) -> None:
    items = articles()
    injected = injections(items)
    builtin = Linter(Settings(enable=("grammar",), disable=("spelling", "style", "structure")))
    with_lt = Linter(Settings(enable=("grammar",), disable=("spelling", "style", "structure"),
                              grammar=GrammarSettings(backends=("builtin", "languagetool"),
                                                      languagetool_url=url, languagetool_timeout=120)))
    total: Counter[tuple[str, str]] = Counter()
    hit_a: Counter[tuple[str, str]] = Counter()
    hit_b: Counter[tuple[str, str]] = Counter()
    lt_only: Counter[tuple[str, str]] = Counter()
    lt_rules: dict[tuple[str, str], Counter[str]] = {}
    for inj in injected:
        key = (inj.rule, inj.kind)
        total[key] += 1

        def overlaps(i, inj=inj) -> bool:
            return i.offset < inj.end and i.end_offset > inj.start

        a = builtin.lint(parse(inj.text, "injected.txt", "txt"))
        b = with_lt.lint(parse(inj.text, "injected.txt", "txt"))
        got_a = any(i.rule == inj.rule and overlaps(i) for i in a)
        lt_hits = [i.rule for i in b if i.rule.startswith(LT) and overlaps(i)]
        got_b = any(i.rule == inj.rule and overlaps(i) for i in b) or bool(lt_hits)
        hit_a[key] += got_a
        hit_b[key] += got_b
        lt_only[key] += got_b and not got_a
        lt_rules.setdefault(key, Counter()).update(lt_hits)
    with_lt.close()
    rows = []
    for key in sorted(total):
        n = total[key]
        top = ", ".join(f"{r[len(LT):]} {c}" for r, c in lt_rules[key].most_common(3))
        rows.append([key[0], key[1], n, hit_a[key], round(hit_a[key] / n, 3), hit_b[key], round(hit_b[key] / n, 3),
                     lt_only[key], top or "-"])
    n, a, b = sum(total.values()), sum(hit_a.values()), sum(hit_b.values())
    rows.append(["all", "", n, a, round(a / n, 3), b, round(b / n, 3), sum(lt_only.values()), ""])
    print_table(["class (expected rule)", "injection", "injected", "builtin caught", "recall", "builtin+LT caught",
                 "recall", "added by LT", "LT rules that caught (top 3)"], rows,
                title=f"Injected-error recall (benchmarks/quality/grammar.py injections, {len(items)} Wikinews articles)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--us", type=Path)
    parser.add_argument("--skip-clean", action="store_true")
    parser.add_argument("--skip-recall", action="store_true")
    parser.add_argument("--show", action="store_true", help="print every added alert not read as a real error")
    args = parser.parse_args(argv)
    with languagetool_server() as url:
        if not args.skip_recall:
            recall(url)
        if not args.skip_clean:
            clean(url, args.us, args.show)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("XDG_CACHE_HOME", str(Path(__file__).resolve().parent.parent / ".cache"))
    sys.exit(main())
