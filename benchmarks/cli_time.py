"""Whole-process wall time of ``copylint check`` on one article (cold start), median of runs.

    python benchmarks/cli_time.py [--runs 5] [FILE]

Prints one row per configuration: the default checks, and spelling + style only.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.corpus import print_table  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "000_3a4d6e7c6f64c596.txt"

CONFIGS = {
    "default checks": [],
    "spelling + style only (default rules)": ["--disable", "grammar", "--disable", "structure"],
    "python -c pass (interpreter floor)": None,
}


# A pip install writes bytecode; measure that, not a shell that forbids it.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def time_once(args: list[str] | None, path: Path) -> float:
    cmd = [sys.executable, "-c", "pass"] if args is None else [sys.executable, "-m", "copylint", "check", "--no-color", "--no-cache", "-q", str(path), *args]
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=ENV)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("file", nargs="?", default=str(SAMPLE))
    opts = parser.parse_args()
    path = Path(opts.file)
    words = len(path.read_text(encoding="utf-8").split())
    print_table(["configuration", "median ms", "min ms", "max ms"], cold_start_rows(path, opts.runs),
                title=f"copylint check {path.name} ({words} words), {opts.runs} runs each")


def cold_start_rows(path: Path, runs: int) -> list[list[str]]:
    """[configuration, median, min, max] in ms of whole-process runs on ``path``."""
    rows = []
    for name, args in CONFIGS.items():
        time_once(args, path)  # warm the OS file cache, not copylint's
        times = [time_once(args, path) for _ in range(runs)]
        rows.append([name, f"{statistics.median(times) * 1000:.0f}", f"{min(times) * 1000:.0f}", f"{max(times) * 1000:.0f}"])
    return rows


if __name__ == "__main__":
    main()
