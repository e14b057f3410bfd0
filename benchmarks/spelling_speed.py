"""Spelling speed: cost per word, opening the lexicon, and whole-process cold start.

    python benchmarks/spelling_speed.py [--runs 5] [--build]

- **per word**: ``spelling.misspelling`` and ``spelling.dialect-mix`` over the whole Wikinews
  corpus (parsing excluded), with the speller's caches empty at the start of each run (as in
  a fresh process) and warm (a long-running process, an editor server); median of runs;
- **lexicon open**: ``load_lexicon()`` in a fresh process when the lexicon is cached;
- **cold start**: wall time of fresh processes: ``import copylint``, and ``copylint check``
  on the sample article with spelling only and with the default checks (result cache off);
- ``--build``: also the one-off build of the lexicon from the installed packages.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.corpus import articles, print_table, total_words  # noqa: E402
from copylint.checks.base import CheckContext  # noqa: E402
from copylint.checks.spelling import Spelling  # noqa: E402
from copylint.config import Settings  # noqa: E402
from copylint.readers import parse  # noqa: E402
from copylint.spelling import speller as speller_module  # noqa: E402
from copylint.spelling.speller import Speller, get_speller  # noqa: E402

SAMPLE = ROOT / "seeds" / "000_3a4d6e7c6f64c596.txt"
RULES = frozenset({"spelling.misspelling", "spelling.dialect-mix"})


def _median_wall(cmd: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, cwd=ROOT)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _median_printed(code: str, runs: int) -> float:
    """Median of a number a fresh process prints."""
    values = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
        values.append(float(out.stdout.strip()))
    return statistics.median(values)


def per_word(runs: int) -> tuple[float, float, int]:
    items = articles()
    words = total_words(items)
    docs = [parse(a.text, f"{a.name}.txt", "txt") for a in items]
    settings = Settings(dialect="en-GB")
    check = Spelling(settings)
    lexicon = get_speller().lexicon

    def once() -> float:
        start = time.process_time()  # CPU seconds: the machine is shared
        for doc in docs:
            for _ in check.run(doc, CheckContext(settings=settings, doc=doc, enabled=RULES)):
                pass
        return time.process_time() - start

    cold, warm = [], []
    for _ in range(runs):
        speller_module._SPELLER = Speller(lexicon)  # empty caches
        cold.append(once())
        warm.append(once())
    return statistics.median(cold) / words * 1e6, statistics.median(warm) / words * 1e6, words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--build", action="store_true", help="also time building the lexicon")
    args = parser.parse_args()
    rows = []
    if args.build:
        start = time.perf_counter()
        from copylint.spelling.build import build_lexicon

        size = len(build_lexicon())
        rows.append(["build the lexicon (once per data version)", f"{time.perf_counter() - start:.1f} s",
                     f"{size / 1e6:.1f} MB"])
    get_speller()  # make sure it is built and cached before timing the rest
    cold, warm, words = per_word(args.runs)
    rows.append([f"spelling per word, fresh caches ({words:,} words)", f"{cold:.1f} \u00b5s", ""])
    rows.append(["spelling per word, warm caches", f"{warm:.1f} \u00b5s", ""])
    opened = _median_printed(
        "import time; from copylint.spelling.store import load_lexicon; t = time.perf_counter(); load_lexicon(); "
        "print(time.perf_counter() - t)", args.runs)
    rows.append(["open the cached lexicon (fresh process)", f"{opened * 1000:.1f} ms", ""])
    py = sys.executable
    rows.append(["python -c pass (interpreter floor)", f"{_median_wall([py, '-c', 'pass'], args.runs):.3f} s", ""])
    rows.append(["python -c 'import copylint'", f"{_median_wall([py, '-c', 'import copylint'], args.runs):.3f} s", ""])
    check = [py, "-m", "copylint", "check", "--no-cache", "-q", str(SAMPLE)]
    rows.append(["copylint check SAMPLE, spelling only",
                 f"{_median_wall(check + ['--disable', 'ALL', '--enable', 'spelling'], args.runs):.3f} s", ""])
    rows.append(["copylint check SAMPLE, spelling + style only",
                 f"{_median_wall(check + ['--disable', 'ALL', '--enable', 'spelling', '--enable', 'style'], args.runs):.3f} s",
                 ""])
    rows.append(["copylint check SAMPLE, default checks", f"{_median_wall(check, args.runs):.3f} s", ""])
    print_table(["measure", f"median of {args.runs}", ""], rows, title="Spelling speed")


if __name__ == "__main__":
    main()
