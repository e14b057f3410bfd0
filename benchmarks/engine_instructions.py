"""The default checks' cost in machine instructions, counted by Valgrind (callgrind): the
figure of ``benchmarks/engine_speed.py`` that the load of a shared machine does not move.

    python -m benchmarks.engine_instructions [--against REF ...] [--without CHECK ...]

Each tree (this one and each ``--against`` ref, as a temporary ``git worktree``) runs in its
own child process under ``valgrind --tool=callgrind``: the child builds the default linter,
lints the Wikinews test corpus once to warm up (word data, rules, memos), then lints every
article once more, parsing included and the token memo cleared before each article (as
engine_speed does); only that pass is counted (``--toggle-collect`` on the C function the
pass runs inside). ``--without BuiltinGrammar`` (a check's class name) leaves a check out
of both trees, to count the rest alone. Instructions are the whole interpreter's, so the
ratio is of work done, not of time; report it beside engine_speed's CPU seconds. Needs
Valgrind; slow (minutes a tree).
"""

from __future__ import annotations

import argparse
import functools
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def child(root: Path, without: list[str]) -> None:
    sys.path[:0] = [str(root), str(ROOT)]
    import copylint
    import copylint.tokens as tokens
    from benchmarks.corpus import articles, total_words
    from copylint.api import get_linter
    from copylint.config import Settings
    from copylint.readers import parse

    assert Path(copylint.__file__).resolve().is_relative_to(root.resolve()), copylint.__file__
    items = articles()
    linter = get_linter(Settings())
    linter.checks = [c for c in linter.checks if type(c).__name__ not in without]
    for a in items:  # warm up
        linter.lint(parse(a.text, f"{a.name}.txt", "txt"))

    def lint_all(acc: int, _: object) -> int:
        for a in items:
            tokens.token_list.cache_clear()
            acc += len(linter.lint(parse(a.text, f"{a.name}.txt", "txt")))
        return acc

    found = functools.reduce(lint_all, [None], 0)  # the counted pass
    print(f"words {total_words(items)} issues {found}")


def count(tree: Path, without: list[str]) -> tuple[int, int, int]:
    """(instructions of the counted pass, words, issues) for one tree."""
    from benchmarks.callgrind import counted_child

    args = [a for name in without for a in ("--without", name)]
    collected, found = counted_child(__file__, tree, args, r"words (\d+) issues (\d+)")
    return collected, int(found.group(1)), int(found.group(2))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--against", action="append", default=[], metavar="REF")
    parser.add_argument("--without", action="append", default=[], metavar="CHECK",
                        help="leave this check (class name, e.g. BuiltinGrammar) out of every tree")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    opts = parser.parse_args()
    if opts.child:
        child(Path(opts.child), opts.without)
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (Debian: apt-get install valgrind)")
    sys.path.insert(0, str(ROOT))
    from benchmarks.corpus import print_table
    from benchmarks.worktree import THIS, checkouts

    counts: dict[str, tuple[int, int, int]] = {}
    with checkouts(opts.against) as trees:
        for name, tree in trees.items():
            counts[name] = count(tree, opts.without)
    rows = []
    for name, (instructions, words, issues) in counts.items():
        ratio = f"{instructions / counts[THIS][0]:.2f}x" if name != THIS else "1.00x"
        rows.append([name, f"{instructions / 1e6:,.0f}", f"{instructions / words:,.0f}", ratio, issues])
    words = counts[THIS][1]
    what = "default checks" + (f" without {', '.join(opts.without)}" if opts.without else "")
    print_table(["tree", "instructions (millions)", "instructions / word", "tree's / this tree's", "issues"], rows,
                title=f"{what[0].upper()}{what[1:]}, one pass over {words:,} Wikinews words, parsing included (callgrind)")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")  # the same set orders in every tree
    main()
