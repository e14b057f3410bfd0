"""What ``@record`` costs in machine instructions, counted by Valgrind (callgrind): making the
record classes of a one-article check, and making record instances on the steady path.

    python -m benchmarks.records_instructions [--against REF ...]

Each tree (this one and each ``--against`` ref, as a temporary ``git worktree``) runs a child
under ``valgrind --tool=callgrind`` once a part; only the part's pass is counted:

- ``classes``: every class ``@record`` makes while a one-article ``copylint check`` imports
  its modules (their undecorated declarations noted as they are made), made again from
  those declarations, five times over (the plain classes are built before the pass: only
  ``@record``'s own work is counted);
- ``instances``: 20,000 each of ``Run`` (frozen, slots, 4 fields), ``Segment`` (slots,
  ``__post_init__``, a default factory) and ``Issue`` (frozen, slots, 14 fields, 9 given by
  position and 4 by keyword, as the engine makes them), after each class's first hundred.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import io
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "000_3a4d6e7c6f64c596.txt"
COPIES = 5
INSTANCES = 20_000


def _classes_pass() -> str:
    from copylint import records

    noted: list[tuple[str, tuple, dict, bool, bool]] = []
    made = records._make

    def noting(cls: type, frozen: bool, slots: bool) -> type:
        noted.append((cls.__name__, cls.__bases__, dict(cls.__dict__), frozen, slots))
        return made(cls, frozen, slots)

    records._make = noting  # type: ignore[assignment]
    from copylint.cli import main

    with contextlib.redirect_stdout(io.StringIO()):  # (the report: not this benchmark's output)
        try:
            main(["check", "--no-color", "--no-cache", "-q", str(SAMPLE)])
        except SystemExit:
            pass
    records._make = made  # type: ignore[assignment]
    plain = [(type(name, bases, {k: v for k, v in body.items() if k not in ("__dict__", "__weakref__")}),
              frozen, slots) for _ in range(COPIES) for name, bases, body, frozen, slots in noted]

    def make_all(acc: int, _: object) -> int:
        for cls, frozen, slots in plain:
            records.record(frozen=frozen, slots=slots)(cls)
            acc += 1
        return acc

    n = functools.reduce(make_all, [None], 0)  # the counted pass
    return f"classes {n}"


def _instances_pass() -> str:
    from copylint.document import Run, Segment
    from copylint.issue import Issue

    runs = (Run(0, 5, 10, 15),)

    def make(n: int) -> int:
        for i in range(n):
            run = Run(i, i + 5, i + 10, i + 15)
            Segment("paragraph", "Words.", runs)
            Issue("a.txt", i, 3, i, 9, "grammar.rule", "grammar", "warning", "A message.", ("x",),
                  offset=run.prose_start, end_offset=run.prose_end, fix_safe=False, text="words")
        return 3 * n

    make(100)  # (each class's first instances: its init compiled, as a run's first article leaves it)
    n = functools.reduce(lambda acc, _: acc + make(INSTANCES), [None], 0)  # the counted pass
    return f"instances {n}"


def child(root: Path, part: str) -> None:
    sys.path[:0] = [str(root), str(ROOT)]
    import copylint

    assert Path(copylint.__file__).resolve().is_relative_to(root.resolve()), copylint.__file__
    print(_classes_pass() if part == "classes" else _instances_pass())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--against", action="append", default=[], metavar="REF")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--part", choices=["classes", "instances"], help=argparse.SUPPRESS)
    opts = parser.parse_args()
    if opts.child:
        child(Path(opts.child), opts.part)
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (Debian: apt-get install valgrind)")
    sys.path.insert(0, str(ROOT))
    from benchmarks.callgrind import counted_child
    from benchmarks.corpus import print_table
    from benchmarks.worktree import checkouts

    rows = []
    with checkouts(opts.against) as trees:
        for name, tree in trees.items():
            row = [name]
            for part in ("classes", "instances"):
                instructions, found = counted_child(__file__, tree, ["--part", part], rf"{part} (\d+)")
                made = int(found.group(1))
                row += [f"{instructions / 1e6:,.1f}", f"{instructions / made:,.0f}"]
            rows.append(row)
    print_table(["tree", "classes (millions)", "per class", "instances (millions)", "per instance"], rows,
                title=f"@record: the one-article check's record classes made {COPIES} times; "
                      f"{INSTANCES:,} each of Run, Segment, Issue (callgrind)")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
