"""Speed of the grammar backends through copylint's engine, per 1,000 words on one core.

    python benchmarks/backends_speed.py [--runs 5]
    COPYLINT_LANGUAGETOOL_URL=http://localhost:8010 python benchmarks/backends_speed.py

Each row lints the whole Wikinews corpus (tests/corpus/wikinews) with only that
backend's rules on, after start-up (the first document, which builds the Harper linter
or connects to LanguageTool, is timed apart as "start-up"). Median of --runs runs.
LanguageTool is measured only against the server COPYLINT_LANGUAGETOOL_URL names.
The budget for the default grammar profile is 15 ms per 1,000 words per core.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.corpus import articles, print_table, total_words  # noqa: E402

BUDGET_MS = 15.0


def measure(settings, docs, words: int, runs: int) -> tuple[float, float, int]:
    """(start-up seconds, median ms per 1,000 words, issues) for ``settings``."""
    from copylint.engine import Linter

    linter = Linter(settings)
    start = time.perf_counter()
    linter.lint(docs[0])
    startup = time.perf_counter() - start
    times, count = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        count = sum(len(linter.lint(doc)) for doc in docs)
        times.append(time.perf_counter() - start)
    linter.close()
    if linter.failures:
        raise SystemExit(f"check failed: {linter.failures[0]}")
    return startup, statistics.median(times) * 1000 / (words / 1000), count


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args(argv)

    from copylint.config import GrammarSettings, Settings
    from copylint.readers import parse

    arts = articles()
    words = total_words(arts)
    docs = [parse(a.text, f"{a.name}.txt", "txt") for a in arts]
    rows = []

    def row(label: str, backends: tuple[str, ...], keep: str, **grammar) -> None:
        """Only ``backends`` and the static rules under ``keep`` on; dynamic rules at their defaults."""
        from copylint.engine import Linter

        settings = Settings(grammar=GrammarSettings(backends=backends, **grammar))
        static = tuple(r for r in Linter(settings).rules if not r.startswith(keep))
        startup, ms, count = measure(replace(settings, disable=static), docs, words, args.runs)
        rows.append([label, f"{startup:.2f}", ms, count / words * 1000, "yes" if ms <= BUDGET_MS else "no"])

    row("builtin (copylint's grammar.* rules)", ("builtin",), "grammar.")
    try:
        import harper  # noqa: F401
    except ImportError:
        print("harper: skipped (pip install 'copylint[harper]')")
    else:
        row("harper, news profile", ("harper",), "harper.")
    url = os.environ.get("COPYLINT_LANGUAGETOOL_URL")
    if url:
        row(f"languagetool at {url}", ("languagetool",), "languagetool.", languagetool_url=url)
    else:
        print("languagetool: skipped (set COPYLINT_LANGUAGETOOL_URL to a server you run)")
    print_table(
        ["backend", "start-up s", "ms per 1,000 words", "alerts per 1,000 words", "within 15 ms"],
        rows,
        title=f"Wikinews corpus: {len(docs)} articles, {words} words; median of {args.runs} runs, one core",
    )


if __name__ == "__main__":
    main()
