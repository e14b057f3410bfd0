"""The first ``copylint check`` after installing, and switching between two installations.

    python benchmarks/first_run.py [--wheels DIR] [FILE]

Builds two wheels of this checkout (``pip wheel``; or reuses them from ``--wheels DIR``):
one as released (the lexicon prebuilt inside) and one with ``COPYLINT_NO_PREBUILT_LEXICON=1``
(what an editable install or a mismatched data version meets). Each is installed with
``pip install --no-deps --target`` into its own folder, twice for the second wheel (two
installations, as a pre-commit environment beside the editor's), and run as
``python -m copylint check --no-cache FILE`` with an empty cache folder shared by the runs.
Every row is one process: wall time, CPU (user + system, from ``wait4``), peak memory, and
whether it built the lexicon (its stderr says so). The wheel sizes are printed too.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.corpus import print_table  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "000_3a4d6e7c6f64c596.txt"


def build_wheel(out: Path, prebuilt: bool) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    found = list(out.glob("copylint-*.whl"))
    if found:
        return found[0]
    env = dict(os.environ)
    if not prebuilt:
        env["COPYLINT_NO_PREBUILT_LEXICON"] = "1"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(out), str(ROOT)],
                   check=True, env=env)
    return next(out.glob("copylint-*.whl"))


def install(wheel: Path, target: Path) -> Path:
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(wheel)],
                   check=True)
    return target


def run_once(target: Path, cache: Path, path: Path, extra: tuple[str, ...] = ()) -> tuple[float, float, float, bool]:
    """(wall s, CPU s, peak MB, built the lexicon) of one ``copylint check`` process."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "COPYLINT_LEXICON_DIR")}
    env.update(PYTHONPATH=str(target), XDG_CACHE_HOME=str(cache))
    cmd = [sys.executable, "-m", "copylint", "check", "--no-cache", "--no-color", str(path), *extra]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
                            cwd=target.parent)  # not this checkout: its copylint/ would be imported
    err = proc.stderr.read() if proc.stderr else b""
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"copylint failed ({proc.returncode}): {err.decode(errors='replace')}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, b"building the word lexicon" in err


def check_imports_from(target: Path) -> None:
    out = subprocess.run([sys.executable, "-c", "import copylint; print(copylint.__file__)"], cwd=target.parent,
                         env=dict(os.environ, PYTHONPATH=str(target)), capture_output=True, text=True, check=True)
    if not out.stdout.startswith(str(target)):
        raise SystemExit(f"copylint is imported from {out.stdout.strip()}, not from {target}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--wheels", type=Path, help="folder to build the wheels in (or reuse them from)")
    parser.add_argument("file", nargs="?", type=Path, default=SAMPLE)
    opts = parser.parse_args()
    opts.file = opts.file.resolve()
    with tempfile.TemporaryDirectory(prefix="copylint-first-run-") as tmp:
        work = Path(tmp)
        wheels = opts.wheels or work / "wheels"
        shipped = build_wheel(wheels / "prebuilt", prebuilt=True)
        bare = build_wheel(wheels / "bare", prebuilt=False)
        a = install(shipped, work / "install-prebuilt")
        b1 = install(bare, work / "install-bare-1")
        b2 = install(bare, work / "install-bare-2")
        check_imports_from(a)
        rows = []

        def row(label: str, target: Path, cache: Path, *extra: str) -> None:
            wall, cpu, peak, built = run_once(target, cache, opts.file, extra)
            lexicons = len(list((cache / "copylint" / "lexicon").glob("lexicon-*.bin")))
            rows.append([label, f"{wall:.2f}", f"{cpu:.2f}", f"{peak:.0f}", "yes" if built else "no", str(lexicons)])

        row("wheel with lexicon: first check, grammar off", a, work / "cache-nogrammar", "--disable", "grammar")
        shared = work / "cache-prebuilt"
        row("wheel with lexicon: first check, empty cache", a, shared)
        row("wheel with lexicon: second check", a, shared)
        shared = work / "cache-bare"
        row("wheel without lexicon: first check (builds it)", b1, shared)
        row("wheel without lexicon: second check", b1, shared)
        row("second installation, same cache: first check", b2, shared)
        row("back to the first installation", b1, shared)
        row("second installation again", b2, shared)
        words = len(opts.file.read_text(encoding="utf-8").split())
        print_table(["run", "wall s", "CPU s", "peak MB", "built lexicon", "lexicons in cache"], rows,
                    title=f"copylint check {opts.file.name} ({words} words), one process per row")
        print_table(["wheel", "size MB"], [["with the prebuilt lexicon", f"{shipped.stat().st_size / 1e6:.1f}"],
                                           ["without", f"{bare.stat().st_size / 1e6:.1f}"]], title="wheel size")


if __name__ == "__main__":
    main()
