"""How long the compiled build takes: ``setup.py build_ext --inplace`` on a clean copy of a tree.

    python -m benchmarks.build_time [--runs 1] [--jobs 1,2] [--against REF ...]

The build ``pip install .`` runs for the hot modules (``copylint/native.py``, compiled with
mypyc by setup.py), timed on a fresh copy of each tree (no ``build/`` folder, no ``.so``
left from an earlier build), with ``COPYLINT_REQUIRE_COMPILED=1`` so a failed compilation
stops the benchmark instead of timing a plain-Python install. One row per tree and setting:

- wall seconds and CPU seconds (the build process's and its compilers' user + system time,
  ``RUSAGE_CHILDREN``) of the whole ``setup.py`` run;
- split in two phases: *mypy + C generation* (from the start of the process until setup.py's
  ``build_ext`` command starts: interpreter and setuptools start-up, mypy's type check and
  mypyc's C code, written to ``build/``) and *C compile* (the ``build_ext`` command: the C
  compiler and linker);
- the C files the build compiled and the modules that ended up compiled (a ``.so`` beside
  the module's source).

``--jobs 1,2`` builds this tree once per value with ``COPYLINT_BUILD_JOBS`` set to it (how
many C files setup.py compiles at once; an older commit's setup.py ignores it). Each
``--against REF`` builds a temporary ``git worktree`` of that commit the same way, interleaved
with this tree's runs. The machine is shared: wall time depends on the free cores, CPU time
much less; compare rows of the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import runpy
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.corpus import print_table  # noqa: E402
from benchmarks.worktree import CLEAN_COPY, THIS, checkouts  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def child(tree: Path) -> None:
    """Run ``setup.py -q build_ext --inplace`` in this process, noting when ``build_ext`` starts
    and ends; print the phases as JSON on the last line."""
    from setuptools.command.build_ext import build_ext

    marks: dict[str, float] = {}
    original = build_ext.run

    def timed_run(self: build_ext) -> None:
        marks["start"] = time.perf_counter()
        marks["cpu_start"] = _cpu(resource.RUSAGE_SELF) + _cpu(resource.RUSAGE_CHILDREN)
        try:
            original(self)
        finally:
            marks["end"] = time.perf_counter()
            marks["cpu_end"] = _cpu(resource.RUSAGE_SELF) + _cpu(resource.RUSAGE_CHILDREN)

    build_ext.run = timed_run  # type: ignore[method-assign]
    os.chdir(tree)
    sys.path.insert(0, str(tree))
    sys.argv = ["setup.py", "-q", "build_ext", "--inplace"]
    begin = time.perf_counter()
    runpy.run_path(str(tree / "setup.py"), run_name="__main__")
    if "start" not in marks:
        raise SystemExit("setup.py never ran build_ext")
    print(json.dumps({"generate_wall": marks["start"] - begin, "generate_cpu": marks["cpu_start"],
                      "compile_wall": marks["end"] - marks["start"],
                      "compile_cpu": marks["cpu_end"] - marks["cpu_start"]}))


def _compiled(tree: Path) -> tuple[int, int]:
    """(modules of the tree's native.MODULES with a ``.so`` beside their source, modules listed)."""
    from importlib.machinery import EXTENSION_SUFFIXES

    modules = runpy.run_path(str(tree / "copylint" / "native.py"))["MODULES"]
    done = 0
    for name in modules:
        stem = tree.joinpath(*name.split("."))
        done += any(stem.with_name(stem.name + suffix).is_file() for suffix in EXTENSION_SUFFIXES)
    return done, len(modules)


def build(tree: Path, jobs: str | None) -> dict[str, object]:
    """Time one build of a clean copy of ``tree``."""
    with tempfile.TemporaryDirectory(prefix="copylint-build-") as tmp:
        copy = Path(tmp) / "tree"
        shutil.copytree(tree, copy, ignore=CLEAN_COPY)
        env = {k: v for k, v in os.environ.items() if k not in ("COPYLINT_PURE_PYTHON", "COPYLINT_BUILD_JOBS")}
        env["COPYLINT_REQUIRE_COMPILED"] = "1"
        if jobs is not None:
            env["COPYLINT_BUILD_JOBS"] = jobs
        cpu_before = _cpu(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        proc = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child", str(copy)],
                              env=env, capture_output=True, text=True)
        wall = time.perf_counter() - start
        cpu = _cpu(resource.RUSAGE_CHILDREN) - cpu_before
        if proc.returncode:
            raise SystemExit(f"{tree}: the build failed:\n{proc.stderr[-3000:]}")
        phases = json.loads(proc.stdout.splitlines()[-1])
        c_files = sum(1 for _ in (copy / "build").rglob("*.c")) if (copy / "build").is_dir() else 0
        done, listed = _compiled(copy)
        return {"wall": wall, "cpu": cpu, **phases, "c_files": c_files, "compiled": f"{done} of {listed}"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--jobs", default=None,
                        help="comma-separated COPYLINT_BUILD_JOBS values to build this tree with (default: unset)")
    parser.add_argument("--against", action="append", default=[], metavar="REF")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    opts = parser.parse_args()
    if opts.child:
        child(opts.child)
        return
    settings = opts.jobs.split(",") if opts.jobs else [None]
    rows: dict[tuple[str, str], list[dict[str, object]]] = {}
    with checkouts(opts.against, compiled=False) as trees:
        for _ in range(max(opts.runs, 1)):
            for name, tree in trees.items():
                for jobs in settings if name == THIS else [None]:
                    label = (name, "default" if jobs is None else jobs)
                    rows.setdefault(label, []).append(build(tree, jobs))
                    print(f"  {label[0]} (jobs {label[1]}): {rows[label][-1]['wall']:.1f} s wall", file=sys.stderr)
    table = []
    for (name, jobs), runs in rows.items():
        runs.sort(key=lambda r: r["wall"])  # type: ignore[arg-type, return-value]
        best = runs[len(runs) // 2]  # the median run (the lower middle for an even count)
        table.append([name, jobs, f"{best['wall']:.1f}", f"{best['cpu']:.1f}", f"{best['generate_wall']:.1f}",
                      f"{best['generate_cpu']:.1f}", f"{best['compile_wall']:.1f}", f"{best['compile_cpu']:.1f}",
                      best["c_files"], best["compiled"]])
    print_table(["tree", "jobs", "wall s", "CPU s", "mypy+C gen wall", "mypy+C gen CPU", "C compile wall",
                 "C compile CPU", "C files", "modules compiled"], table,
                title=f"setup.py build_ext --inplace on a clean copy (median of {max(opts.runs, 1)} run(s); "
                      f"{os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f} at the end)")


if __name__ == "__main__":
    main()
