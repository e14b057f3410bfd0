"""In-process cost of the default checks per 1,000 words, without process start-up.

    python benchmarks/engine_speed.py [--runs 7]

Lints every Wikinews article with one linter (built and warmed once), clearing the
per-segment token memo before each article so every article is new to it, as in a real
run. Prints the median and the fastest run.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.corpus import articles, print_table, total_words  # noqa: E402
from copylint.api import get_linter  # noqa: E402
from copylint.config import Settings  # noqa: E402
from copylint.readers import parse  # noqa: E402
from copylint.tokens import token_list  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    opts = parser.parse_args()
    items = articles()
    words = total_words(items)
    linter = get_linter(Settings())
    for a in items:  # warm up: load word data, compile rules
        linter.lint(parse(a.text, f"{a.name}.txt", "txt"))
    runs = []
    for _ in range(opts.runs):
        start = time.perf_counter()
        for a in items:
            token_list.cache_clear()
            linter.lint(parse(a.text, f"{a.name}.txt", "txt"))
        runs.append((time.perf_counter() - start) * 1000 * 1000 / words)
    print_table(["default checks, in-process", "median ms / 1,000 words", "min"],
                [["parse + lint", f"{statistics.median(runs):.2f}", f"{min(runs):.2f}"]],
                title=f"{len(items)} Wikinews articles, {words:,} words, {opts.runs} runs, one core")


if __name__ == "__main__":
    main()
