"""Speed of the house-style rules: loading every shipped pack, and the rule time for a
1,000-word article (medians of many runs).

    python benchmarks/style_speed.py [--runs N]

"Rule time" is the time spent in the HouseStyle check's ``run`` for one document, parsing
excluded: every rule of every pack enabled (default-off ones too), and separately the
default configuration (the ``copylint`` pack's default-on rules). Articles are Wikinews
corpus articles cut or joined to 1,000 words.
"""

from __future__ import annotations

import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import articles, print_table  # noqa: E402
from copylint.checks.base import CheckContext  # noqa: E402
from copylint.checks.house_style import HouseStyle  # noqa: E402
from copylint.config import Settings, StyleSettings  # noqa: E402
from copylint.readers import parse  # noqa: E402
from copylint.style import loader  # noqa: E402
from copylint.style.packs import builtin_pack_names  # noqa: E402


def thousand_word_articles(count: int = 8) -> list[str]:
    """``count`` texts of exactly 1,000 words: a headline line, then paragraphs, from the corpus."""
    out: list[str] = []
    pool = articles()
    i = 0
    while len(out) < count and i < len(pool) * 2:
        lines: list[str] = []
        words = 0
        while words < 1000:
            art = pool[i % len(pool)]
            i += 1
            for line in art.text.splitlines():
                if not line.strip():
                    continue
                take = line.split()[: 1000 - words]
                lines.append(" ".join(take))
                words += len(take)
                if words >= 1000:
                    break
        out.append("\n\n".join(lines) + "\n")
    return out


def median_ms(fn, runs: int) -> float:  # type: ignore[no-untyped-def]
    return median_wall_cpu_ms(fn, runs)[0]


def median_wall_cpu_ms(fn, runs: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Median wall and CPU milliseconds of ``fn`` over ``runs`` calls."""
    wall, cpu = [], []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return statistics.median(wall) * 1000, statistics.median(cpu) * 1000


def main(argv: list[str]) -> None:
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 50
    packs = builtin_pack_names()
    settings = Settings(style=StyleSettings(packs=packs))

    cold = []
    for _ in range(5):
        loader._CACHE.clear()
        t0 = time.perf_counter()
        loader.load_rules(packs)
        cold.append(time.perf_counter() - t0)
    check = HouseStyle(settings)
    every = frozenset(r.id for r in check.rules)
    default_check = HouseStyle(Settings())
    default_on = frozenset(r.id for r in default_check.rules if r.default_enabled)

    rows = []
    docs = [parse(text, "article.txt", "txt") for text in thousand_word_articles()]
    for label, chk, enabled in (("all packs, every rule", check, every),
                                ("default (copylint pack, default-on rules)", default_check, default_on)):
        measured = []
        for doc in docs:
            ctx = CheckContext(settings=replace(settings, dialect="en-US"), doc=doc, enabled=enabled)
            measured.append(median_wall_cpu_ms(lambda d=doc, c=chk, x=ctx: list(c.run(d, x)), runs))
        per_doc = [w for w, _ in measured]
        rows.append([label, len(enabled), len(docs), statistics.median(per_doc), statistics.median(c for _, c in measured),
                     max(per_doc)])
    print_table(["configuration", "rules", "articles", "median ms / 1,000 words", "median CPU ms", "slowest article ms"],
                rows,
                f"House-style rule time per 1,000-word article (median of {runs} runs per article)")
    print_table(["packs", "rules", "cold load ms (median of 5)"],
                [[", ".join(packs), len(every), statistics.median(cold) * 1000]],
                "Loading and compiling every shipped pack (once per process)")


if __name__ == "__main__":
    main(sys.argv[1:])
