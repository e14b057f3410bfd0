"""Running a benchmark's child under Valgrind's callgrind and reading its instruction count:
shared by the instruction benchmarks (benchmarks/grammar_instructions.py,
benchmarks/engine_instructions.py, and the dump readers of text_, style_, grammar_part_ and
cold_instructions.py).

The child is ``python SCRIPT --child TREE [ARGS]``; it does its counted pass inside
``functools.reduce`` (the C function :data:`MARK`), so only that pass is collected, and prints
a line the caller reads with ``pattern``."""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

MARK = "functools_reduce"  # the C function the counted pass runs inside


def counted_child(script: str, tree: Path, args: list[str], pattern: str) -> tuple[int, re.Match[str]]:
    """(instructions collected in the counted pass, the match of ``pattern`` in the child's
    output) for one tree; exits with the child's error if it fails or prints no count."""
    from benchmarks.worktree import env_for

    with tempfile.TemporaryDirectory(prefix="callgrind-") as tmp:
        out = Path(tmp) / "callgrind.out"
        proc = subprocess.run(
            ["valgrind", "--tool=callgrind", "--collect-atstart=no", f"--toggle-collect={MARK}",
             f"--callgrind-out-file={out}", sys.executable, script, "--child", str(tree), *args],
            env=env_for(tree), capture_output=True, text=True)
    if proc.returncode:
        raise SystemExit(f"{tree}: {proc.stderr[-2000:]}")
    instructions = collected(proc.stderr)
    found = re.search(pattern, proc.stdout)
    if instructions is None or found is None:
        raise SystemExit(f"{tree}: no count in valgrind's output:\n{proc.stderr[-2000:]}")
    return instructions, found


def dumped_child(script: str, tree: Path, args: list[str]) -> tuple[list[int], str]:
    """Run ``python SCRIPT --child TREE [ARGS]`` under callgrind with a dump at the end of each
    call of :data:`MARK` (each a step the child counts): the instructions of each dump, in
    order (:func:`dump_counts`), and the child's output; exits with the child's error if it fails."""
    from benchmarks.worktree import env_for

    with tempfile.TemporaryDirectory(prefix="callgrind-") as tmp:
        proc = subprocess.run(
            ["valgrind", "--tool=callgrind", "--collect-atstart=no", f"--toggle-collect={MARK}",
             f"--dump-after={MARK}", f"--callgrind-out-file={Path(tmp) / 'callgrind.out'}",
             sys.executable, script, "--child", str(tree), *args],
            env=env_for(tree), capture_output=True, text=True)
        if proc.returncode:
            raise SystemExit(f"{tree}: {proc.stderr[-2000:]}")
        return dump_counts(Path(tmp), "callgrind.out.*"), proc.stdout


def counted_steps(counting: list[bool]):  # type: ignore[no-untyped-def]
    """A ``step(work)`` for a child that counts a lint step by step: while ``counting[0]`` is
    true each call runs inside :data:`MARK` (one callgrind dump per step), otherwise plainly."""
    import functools

    def step(work):  # type: ignore[no-untyped-def]
        if counting[0]:
            return functools.reduce(lambda acc, _: work(), [None], None)  # one dump per call
        return work()

    return step


def step_areas(script: str, tree: Path, args: list[str]) -> tuple[dict[str, int], int, int]:
    """Run a child that counts a lint step by step (:func:`dumped_child`) and ends its output
    with ``words W issues I articles A steps NAME|NAME...``: the instructions per step name
    summed over its articles, the words and the issues."""
    counts, stdout = dumped_child(script, tree, args)
    found = re.search(r"words (\d+) issues (\d+) articles (\d+) steps (.+)$", stdout, re.M)
    if found is None:
        raise SystemExit(f"{tree}: unexpected child output:\n{stdout}")
    names = found.group(4).split("|")
    steps = len(names) * int(found.group(3))
    if len(counts) < steps:
        raise SystemExit(f"{tree}: {len(counts)} dumps for {found.group(3)} articles of {len(names)} steps")
    areas: dict[str, int] = dict.fromkeys(names, 0)
    for k in range(steps):
        areas[names[k % len(names)]] += counts[k]
    return areas, int(found.group(1)), int(found.group(2))


def collected(stderr: str) -> int | None:
    """The instructions callgrind reports collected (its "Collected :" line), or None."""
    found = re.search(r"Collected\s*:\s*([\d,]+)", stderr)
    return None if found is None else int(found.group(1).replace(",", ""))


def dump_total(path: Path) -> int | None:
    """The instructions one callgrind dump file holds (its "summary:" or "totals:" line), or None
    when the file is missing or holds no count."""
    if not path.exists():
        return None
    found = re.search(r"^(?:summary|totals):\s*(\d+)", path.read_text(errors="replace"), re.M)
    return None if found is None else int(found.group(1))


def dump_counts(folder: Path, glob: str) -> list[int]:
    """The instructions of each dump in ``folder`` matching ``glob``, in the order callgrind wrote
    them (``NAME.1``, ``NAME.2``, ...; an unnumbered file, the count at exit, last); 0 for a dump
    with no count."""
    def number(path: Path) -> int:
        tail = path.name.rsplit(".", 1)[-1]
        return int(tail) if tail.isdigit() else 10**9

    return [dump_total(path) or 0 for path in sorted(folder.glob(glob), key=number)]
