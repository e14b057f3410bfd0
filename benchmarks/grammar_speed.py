"""Grammar speed: milliseconds per 1,000 words per core for the default grammar profile
(builtin rules), after start-up, with and without the Harper backend; and the one-off
start-up cost (import, word data).

    python benchmarks/grammar_speed.py [--runs 7]

Runs in one process on one core: each profile lints the whole Wikinews corpus once to warm
up, then ``runs`` more times; the table gives the median, min and max. Only grammar rules are
enabled, so the figure is the grammar cost alone.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import articles, print_table, total_words  # noqa: E402
from copylint.config import GrammarSettings, Settings, StyleSettings  # noqa: E402
from copylint.engine import Linter  # noqa: E402
from copylint.readers import parse  # noqa: E402

PROFILES = {
    "builtin (default)": (("builtin",), ("grammar",)),
    "builtin + harper": (("builtin", "harper"), ("grammar", "harper")),
    "harper alone": (("harper",), ("harper",)),
}


def _settings(backends: tuple[str, ...], enable: tuple[str, ...]) -> Settings:
    # rules at their defaults within these prefixes: disable everything else
    return Settings(disable=tuple(p for p in ("spelling", "style", "structure", "languagetool", "harper")
                                  if p not in enable),
                    grammar=GrammarSettings(backends=backends), style=StyleSettings(packs=()))


def _time_corpus(linter: Linter, docs: list) -> float:
    t0 = time.perf_counter()
    for doc in docs:
        linter.lint(doc)
    return time.perf_counter() - t0


def _startup() -> float:
    """Seconds for a fresh process to import copylint and lint one short article with the
    builtin grammar rules (word data loaded), minus a bare interpreter start."""
    code = (
        "from copylint.config import Settings, StyleSettings\n"
        "from copylint.engine import Linter\nfrom copylint.readers import parse\n"
        "Linter(Settings(enable=('grammar',), disable=('ALL',), style=StyleSettings(packs=())))"
        ".lint(parse('They has gone in Tuesday.', 'a.txt', 'body'))\n"
    )
    def run(src: str) -> float:
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", src], check=True)
        return time.perf_counter() - t0
    bare = statistics.median(run("pass") for _ in range(5))
    full = statistics.median(run(code) for _ in range(5))
    return full - bare


def main(argv: list[str]) -> None:
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 7
    items = articles()
    words = total_words(items)
    docs = [parse(a.text, a.name + ".txt", "txt") for a in items]
    rows = []
    for name, (backends, enable) in PROFILES.items():
        try:
            linter = Linter(_settings(backends, enable))
            t0 = time.perf_counter()
            alerts = sum(len(linter.lint(doc)) for doc in docs)  # warm-up: loads data / Harper
            first = time.perf_counter() - t0
        except Exception as exc:  # noqa: BLE001 - a backend may not be installed
            rows.append([name, "unavailable", str(exc)[:60], "", "", ""])
            continue
        times = [_time_corpus(linter, docs) for _ in range(runs)]
        per_k = [t * 1000 / words * 1000 for t in times]
        rows.append([name, round(statistics.median(per_k), 2), round(min(per_k), 2), round(max(per_k), 2),
                     round(first, 2), alerts])
        linter.close() if hasattr(linter, "close") else None
    print_table(["profile", "ms/1k words (median)", "min", "max", "first pass s (incl. start-up)", "alerts"],
                rows, title=f"grammar speed: {len(items)} Wikinews articles, {words} words, {runs} runs, one core")
    print(f"\nstart-up (fresh process: import + builtin word data + one short lint, minus bare python): "
          f"{_startup() * 1000:.0f} ms (median of 5)")


if __name__ == "__main__":
    main(sys.argv[1:])
