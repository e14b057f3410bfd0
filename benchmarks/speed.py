"""Speed benchmark: copylint and its peers over the same >= 500,000-word corpus, in one run.

    python -m benchmarks.speed [--runs 3] [--words 500000] [--jobs 2] [--against ff3d429] [--scaling]

The corpus is the Wikinews articles (tests/corpus/wikinews) copied as many times as it
takes to pass --words, one file per article copy. Every tool runs as a whole process
(start-up included); peak memory is the largest resident set of any process the tool
started (``ru_maxrss`` of waited-for children), i.e. per worker for copylint's pool.
Peers that are not installed are listed as skipped (``pip install codespell proselint
harper-py`` for all three). Also printed: cold start for one article and a re-run of
the whole corpus with the result cache. First, the in-process table of
``benchmarks/engine_speed.py`` (words per CPU-second per check, and each ``--against`` ref's
figures measured in the same run); CPU seconds stand beside wall time throughout.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.cli_time import HEADERS, cold_start_rows  # noqa: E402
from benchmarks.corpus import articles, print_table, total_words  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "000_3a4d6e7c6f64c596.txt"

# Runs a command and prints "<seconds> <peak RSS in KiB>" of it and its descendants.
_MEASURE = textwrap.dedent(
    """
    import resource, subprocess, sys, time
    start = time.perf_counter()
    subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    elapsed = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(elapsed, usage.ru_maxrss, usage.ru_utime + usage.ru_stime)
    """
)

# Harper has no CLI in harper-py: lint every file in one process, one Linter, plain text, speller off.
_HARPER = textwrap.dedent(
    """
    import sys, pathlib, harper
    linter = harper.Linter(harper.Dialect.British) if hasattr(harper.Dialect, "British") else harper.Linter()
    for path in sorted(pathlib.Path(sys.argv[1]).rglob("*.txt")):
        linter.lint(path.read_text(encoding="utf-8"))
    """
)


def measure(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, int, float]:
    """(wall seconds, peak RSS KiB, CPU seconds of the command and its children)."""
    out = subprocess.run([sys.executable, "-c", _MEASURE, *cmd], capture_output=True, text=True, env=env, check=True)
    seconds, kib, cpu = out.stdout.split()
    return float(seconds), int(kib), float(cpu)


def build_corpus(folder: Path, target_words: int) -> int:
    items = articles()
    per_copy = total_words(items)
    copies = -(-target_words // per_copy)
    for c in range(copies):
        sub = folder / f"copy{c:03d}"
        sub.mkdir(parents=True)
        for a in items:
            (sub / f"{a.name.replace('/', '-')}.txt").write_text(a.text, encoding="utf-8")
    return per_copy * copies


def tools(corpus: Path, jobs: int) -> dict[str, list[str] | None]:
    copylint = [sys.executable, "-m", "copylint", "check", str(corpus), "--format", "json", "--fail-on", "never"]
    out: dict[str, list[str] | None] = {
        "copylint (default checks)": [*copylint, "--no-cache", "--jobs", str(jobs)],
        "copylint (1 job)": [*copylint, "--no-cache", "--jobs", "1"],
    }
    out["codespell"] = ["codespell", str(corpus)] if shutil.which("codespell") else None
    out["proselint"] = (
        ["proselint", "check", str(corpus)] if shutil.which("proselint") else None
    )
    try:
        import harper  # noqa: F401

        out["harper-py (full default rules)"] = [sys.executable, "-c", _HARPER, str(corpus)]
    except ImportError:
        out["harper-py (full default rules)"] = None
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--words", type=int, default=500_000)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--skip-peers", action="store_true")
    parser.add_argument("--against", action="append", default=[], metavar="REF",
                        help="also measure this commit (e.g. ff3d429, before issue 17) in the same run")
    parser.add_argument("--scaling", action="store_true", help="also print benchmarks/scaling.py's tables")
    opts = parser.parse_args()

    # in-process, per check, words per CPU-second, against the same refs (benchmarks/engine_speed.py)
    from benchmarks import engine_speed

    engine_speed.report(engine_speed.compare(opts.runs, opts.against))

    with tempfile.TemporaryDirectory(prefix="copylint-speed-") as tmp:
        corpus = Path(tmp) / "corpus"
        words = build_corpus(corpus, opts.words)
        files = sum(1 for _ in corpus.rglob("*.txt"))
        env = dict(os.environ, COPYLINT_CACHE_DIR=str(Path(tmp) / "cache"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # a pip install writes bytecode: measure that
        rows = []
        results: dict[str, float] = {}
        for name, cmd in tools(corpus, opts.jobs).items():
            if cmd is None or (opts.skip_peers and not name.startswith("copylint")):
                rows.append([name, "skipped (not installed)", "", "", "", "", ""])
                continue
            runs = [measure(cmd, env) for _ in range(opts.runs)]
            secs = statistics.median(r[0] for r in runs)
            cpu = statistics.median(r[2] for r in runs)
            peak = max(r[1] for r in runs) / 1024
            results[name] = words / secs
            rows.append([name, f"{secs:.2f}", f"{words / secs:,.0f}", f"{cpu:.2f}", f"{words / cpu:,.0f}",
                         f"{peak:.0f}", ""])
        base = results.get("copylint (default checks)")
        for row in rows:
            if row[0] in results and base:
                row[6] = f"{base / results[row[0]]:.2f}x"
        print_table(["tool", "median wall s", "words/s", "CPU s", "words / CPU-s", "peak MB", "copylint speed / tool"], rows,
                    title=f"Corpus: {words:,} words in {files} files (Wikinews x{files // len(articles())}), {opts.runs} runs, "
                          f"{opts.jobs} jobs")

        # cold start, one article, whole process
        print_table(HEADERS, cold_start_rows(SAMPLE, max(opts.runs, 5), opts.against),
                    title=f"Cold start on {SAMPLE.name} (whole process)")

        # cache: one cold run that fills it, then re-runs over the unchanged corpus
        cmd = [sys.executable, "-m", "copylint", "check", str(corpus), "--format", "json", "--fail-on", "never",
               "--jobs", str(opts.jobs)]
        shutil.rmtree(Path(tmp) / "cache", ignore_errors=True)
        cold = measure(cmd, env)[0]
        warm = statistics.median(measure(cmd, env)[0] for _ in range(opts.runs))
        print_table(["run", "seconds", "share of cold"],
                    [["cold, filling the cache", f"{cold:.2f}", "100%"],
                     ["re-run, unchanged corpus (median)", f"{warm:.2f}", f"{warm / cold:.1%}"]],
                    title="Result cache")

    if opts.scaling:  # size, file count and rule count (benchmarks/scaling.py, its small defaults)
        subprocess.run([sys.executable, "-m", "benchmarks.scaling", "--runs", str(opts.runs)], cwd=ROOT, check=True)


if __name__ == "__main__":
    main()
