"""Whole-process cost of ``copylint check`` on one article (cold start): CPU and wall time.

    python -m benchmarks.cli_time [--runs 5] [--against REF ...] [FILE]

Prints one row per configuration (the bare interpreter first, as the floor: ``python -c
pass`` in the same environment, so its site start-up too; then the default checks; spelling +
style only; the default checks with the pre-commit hook's command line, which has no short
option such as ``-q``), and each row's CPU above that floor (what is copylint's). A run that exits with
anything but 0 or 1 stops the benchmark with its error (a crash must never pass for a fast
start). The derived-data cache (word lexicon, tagger, grammar tables) is whatever
``$XDG_CACHE_HOME`` holds: warm, as after any first run. CPU is the child's user + system time (``RUSAGE_CHILDREN``),
the figure that means something on a shared machine; wall time is beside it. Each
``--against REF`` (e.g. ``ff3d429``, before issue 17) runs the same commands from a
temporary ``git worktree`` of that commit, interleaved with this tree's runs, and the
last column is the CPU ratio.

``--instructions`` counts machine instructions instead (the whole process under Valgrind's
callgrind, interpreter start-up included), which the load of a shared machine does not move:
the default checks and the interpreter floor, each tree, ``--runs`` times (the counts vary a
little from run to run with the hash seed; the median is given), about 20 s of CPU a run.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.corpus import print_table  # noqa: E402
from benchmarks.worktree import THIS, checkouts, env_for  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "000_3a4d6e7c6f64c596.txt"
#: the default checks run as the shipped pre-commit hook runs them (.pre-commit-hooks.yaml:
#: ``copylint check --force-exclude FILE...``): no short option, such as ``-q``, for which
#: click's parser imports difflib to suggest a long one
HOOK = "default checks, as the pre-commit hook runs them (--force-exclude, no -q)"

CONFIGS = {
    "default checks": [],
    "spelling + style only (default rules)": ["--disable", "grammar", "--disable", "structure"],
    "python -c pass (interpreter floor)": None,
    HOOK: [],
}


# A pip install writes bytecode; measure that, not a shell that forbids it.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def command(args: list[str] | None, path: Path, hook: bool = False) -> list[str]:
    """The process a row times: the interpreter floor (``args`` None), a check of ``path``
    with ``args``, or (``hook``) the pre-commit hook's command line."""
    if args is None:
        return [sys.executable, "-c", "pass"]
    if hook:
        return [sys.executable, "-m", "copylint", "check", "--force-exclude", "--no-cache", str(path), *args]
    return [sys.executable, "-m", "copylint", "check", "--no-color", "--no-cache", "-q", str(path), *args]


def time_once(args: list[str] | None, path: Path, env: dict[str, str] | None = None,
              hook: bool = False) -> tuple[float, float]:
    """(wall, CPU) seconds of one whole process."""
    cmd = command(args, path, hook)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False, env=env or ENV,
                          cwd=path.parent)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):  # a crash is fast: never time one as a result
        sys.exit(f"cli_time: {' '.join(cmd)} exited with {done.returncode}:\n{done.stderr.decode(errors='replace')[-2000:]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def phase_rows(path: Path, runs: int, against: list[str] = ()) -> tuple[list[str], list[list[str]]]:
    """(headers, rows): median CPU ms per phase over ``runs`` fresh processes of each tree
    (this tree's minimum too), interleaved; every tree runs this tree's
    ``benchmarks/cold_phases.py``, so the phases are measured alike."""
    import json

    samples: dict[str, dict[str, list[float]]] = {}
    with checkouts(list(against)) as trees:
        for run in range(runs + 1):  # the first round only writes bytecode and warms the OS file cache
            for name, tree in trees.items():
                out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "cold_phases.py"), str(path)],
                                     capture_output=True, text=True, check=True,
                                     env=ENV if tree == ROOT else env_for(tree, ENV), cwd=path.parent).stdout
                for phase, ms in json.loads(out.splitlines()[-1]).items() if run else ():
                    samples.setdefault(phase, {}).setdefault(name, []).append(ms)
    names = list(trees)

    def median(phase: str, tree: str) -> str:
        got = samples[phase].get(tree)
        return f"{statistics.median(got):.1f}" if got else ""

    def total(tree: str) -> str:  # the sum of the tree's medians, the phases that overlap others left out
        left_out = ("second", "first-use", "spread", "this script's")
        return f"{sum(statistics.median(v[tree]) for n, v in samples.items() if tree in v and not n.startswith(left_out)):.1f}"

    rows = [[phase, median(phase, THIS), f"{min(by_tree.get(THIS, [0.0])):.1f}", *(median(phase, t) for t in names[1:])]
            for phase, by_tree in samples.items()]
    rows.append(["sum of the medians (the second lint, the per-check split of the first and the spread costs left out)",
                 total(THIS), "", *(total(t) for t in names[1:])])
    return ["phase", "median CPU ms", "min CPU ms", *(f"{t}, median" for t in names[1:])], rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--compiled", action="store_true",
                        help="measure every tree with its hot modules compiled by mypyc, as `pip install .` builds it")
    parser.add_argument("--against", action="append", default=[], metavar="REF")
    parser.add_argument("--installed", action="store_true",
                        help="also time this tree installed as users get it (pip install . into a temporary "
                             "folder: the lexicon shipped prebuilt, rules copied in), not only the editable tree")
    parser.add_argument("file", nargs="?", default=str(SAMPLE))
    parser.add_argument("--instructions", action="store_true",
                        help="instead: machine instructions of the whole process (Valgrind's callgrind), "
                             "which machine load does not change; default checks and the floor only")
    parser.add_argument("--phases", action="store_true",
                        help="instead: where a cold default check's CPU goes, phase by phase (fresh processes; "
                             "with --against, each ref's phases beside this tree's)")
    opts = parser.parse_args()
    if opts.compiled:
        os.environ["COPYLINT_BENCH_COMPILED"] = "1"  # (read by benchmarks.worktree.checkouts)
    path = Path(opts.file).resolve()
    if opts.phases:
        headers, rows = phase_rows(path, opts.runs, opts.against)
        print_table(headers, rows,
                    title=f"Where a cold default check of {path.name} spends its CPU, medians of {opts.runs} processes"
                          + (" per tree, interleaved" if opts.against else ""))
        return
    words = len(path.read_text(encoding="utf-8").split())
    if opts.instructions:
        print_table(INSTRUCTION_HEADERS, instruction_rows(path, opts.runs, opts.against),
                    title=f"copylint check {path.name} ({words} words): instructions, medians of {opts.runs} runs each")
        return
    print_table(HEADERS, cold_start_rows(path, opts.runs, opts.against, opts.installed),
                title=f"copylint check {path.name} ({words} words), medians of {opts.runs} runs each")


HEADERS = ["tree", "configuration", "median CPU ms", "min CPU ms", "CPU ms above the floor", "median wall ms",
           "tree's CPU / this tree's"]


INSTALLED = "this tree, installed"


def _install(target: Path) -> None:
    """``pip install .`` of this tree into ``target`` (its dependencies are the environment's;
    the build, in pip's isolated build environment, takes a minute or two: it builds the lexicon)."""
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(ROOT)],
                   check=True, env=ENV)


def cold_start_rows(path: Path, runs: int, against: list[str] = (), installed: bool = False) -> list[list[str]]:
    """[tree, configuration, median CPU, min CPU, CPU above the floor, median wall, ratio] of
    whole-process runs on a copy of ``path`` in a temporary folder."""
    rows = []
    floor = 0.0
    with tempfile.TemporaryDirectory(prefix="copylint-cold-") as tmp, checkouts(list(against)) as trees:
        path = Path(shutil.copy(path, tmp))  # a folder with no configuration above it, as for most articles
        envs = {name: ENV if tree == ROOT else env_for(tree, ENV) for name, tree in trees.items()}
        if installed:
            site = Path(tmp) / "site"
            _install(site)
            trees = {**trees, INSTALLED: site}
            envs[INSTALLED] = env_for(site, ENV)
        for name, args in sorted(CONFIGS.items(), key=lambda item: item[1] is not None):  # the floor first
            samples: dict[str, list[tuple[float, float]]] = {t: [] for t in trees}
            hook = name == HOOK
            for t in trees:
                time_once(args, path, envs[t], hook)  # warm the OS file cache and bytecode, not copylint's caches
            for _ in range(runs):  # interleaved, so the shared machine's load hits every tree alike
                for t in trees:
                    samples[t].append(time_once(args, path, envs[t], hook))
            this_cpu = statistics.median(c for _, c in samples[THIS])
            if args is None:
                floor = this_cpu
            for t, got in samples.items():
                if args is None and t != THIS:
                    continue  # the interpreter is the same for every tree
                cpu = statistics.median(c for _, c in got)
                rows.append([t, name, f"{cpu * 1000:.0f}", f"{min(c for _, c in got) * 1000:.0f}",
                             f"{(cpu - floor) * 1000:.0f}", f"{statistics.median(w for w, _ in got) * 1000:.0f}",
                             f"{cpu / this_cpu:.2f}x"])
    return rows


INSTRUCTION_HEADERS = ["tree", "configuration", "median instructions (millions)", "min", "above the floor",
                       "tree's / this tree's"]


def instructions_once(args: list[str] | None, path: Path, env: dict[str, str]) -> int:
    """Machine instructions of one whole process (as :func:`time_once` runs it) under callgrind."""
    cmd = command(args, path)
    done = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *cmd],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False, env=env, cwd=path.parent)
    from benchmarks.callgrind import collected

    text = done.stderr.decode(errors="replace")
    found = collected(text)
    if done.returncode not in (0, 1) or found is None:
        sys.exit(f"cli_time: {' '.join(cmd)} under callgrind exited with {done.returncode}:\n{text[-2000:]}")
    return found


def instruction_rows(path: Path, runs: int, against: list[str] = ()) -> list[list[str]]:
    """[tree, configuration, median, min, above the floor, ratio] in millions of instructions,
    runs of every tree interleaved (a copy of ``path`` in a temporary folder, as for CPU)."""
    rows = []
    with tempfile.TemporaryDirectory(prefix="copylint-cold-") as tmp, checkouts(list(against)) as trees:
        path = Path(shutil.copy(path, tmp))
        envs = {name: ENV if tree == ROOT else env_for(tree, ENV) for name, tree in trees.items()}
        for t in trees:
            time_once([], path, envs[t])  # bytecode written, caches warm: as for the CPU rows
        floor = statistics.median(instructions_once(None, path, ENV) for _ in range(runs))
        rows.append([THIS, "python -c pass (interpreter floor)", f"{floor / 1e6:.0f}", "", "0", ""])
        samples: dict[str, list[int]] = {t: [] for t in trees}
        for _ in range(runs):
            for t in trees:
                samples[t].append(instructions_once([], path, envs[t]))
        this = statistics.median(samples[THIS])
        for t, got in samples.items():
            median = statistics.median(got)
            rows.append([t, "default checks", f"{median / 1e6:.0f}", f"{min(got) / 1e6:.0f}",
                         f"{(median - floor) / 1e6:.0f}", f"{median / this:.2f}x"])
    return rows


if __name__ == "__main__":
    main()
