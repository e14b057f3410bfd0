"""What the tagger and the confusion rules cost the default configuration, in CPU time.

    python benchmarks/confusion_speed.py [--runs 5]

Lints every Wikinews article in-process with one warmed linter (the token memo cleared
before each article, as in engine_speed.py), measured with time.process_time, for: the
default configuration; the same without the grammar.confusables rules. Also counts how
many sentences the tagger was asked for (it is invoked lazily, only on sentences with a
trigger word whose context the words alone do not decide).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.corpus import articles, print_table, total_words  # noqa: E402
from copylint.api import get_linter  # noqa: E402
from copylint.config import Settings  # noqa: E402
from copylint.grammar.tagging import tagger  # noqa: E402
from copylint.readers import parse  # noqa: E402
from copylint.tokens import clear_memos  # noqa: E402


def _cpu_per_run(settings: Settings, texts: list[tuple[str, str]], runs: int) -> list[float]:
    linter = get_linter(settings)
    for name, text in texts:  # warm up: word data, rules, the tagger model
        linter.lint(parse(text, name, "txt"), settings)
    out = []
    for _ in range(runs):
        start = time.process_time()
        for name, text in texts:
            clear_memos()
            linter.lint(parse(text, name, "txt"), settings)
        out.append(time.process_time() - start)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=5)
    opts = ap.parse_args()
    items = articles()
    words = total_words(items)
    texts = [(f"{a.name}.txt", a.text) for a in items]
    default = Settings()
    without = replace(default, disable=(*default.disable, "grammar.confusables"))

    calls = {"sentences": 0, "tokens": 0}
    real = tagger.tag_words

    def counting(words_, lo=0, hi=None):
        out = real(words_, lo, hi)
        calls["sentences"] += 1
        calls["tokens"] += len(out)
        return out

    tagger.tag_words = counting
    rows = []
    for label, settings in (("default configuration", default), ("default without grammar.confusables", without)):
        calls["sentences"] = calls["tokens"] = 0
        cpu = _cpu_per_run(settings, texts, opts.runs)
        med = statistics.median(cpu)
        per_run = calls["sentences"] // (opts.runs + 1), calls["tokens"] // (opts.runs + 1)
        rows.append([label, f"{1000 * med * 1000 / words:.2f}", f"{words / med:,.0f}", per_run[0], per_run[1]])
    tagger.tag_words = real
    sentences = sum(t.count(".") for _, t in texts)
    print_table(["configuration", "CPU ms / 1,000 words", "words / CPU-second", "sentences tagged", "tokens tagged"],
                rows, title=f"{len(items)} Wikinews articles, {words:,} words (about {sentences:,} sentences), "
                            f"median of {opts.runs} runs, CPU time")


if __name__ == "__main__":
    main()
