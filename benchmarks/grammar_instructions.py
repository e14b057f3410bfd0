"""The builtin grammar's cost in machine instructions, counted by Valgrind (callgrind): a
figure that the load of a shared machine does not move, where CPU seconds swing by 30%.

    python -m benchmarks.grammar_instructions [--against REF ...]

Each tree (this one and each ``--against`` ref, as a temporary ``git worktree``) runs in
its own child process under ``valgrind --tool=callgrind``: the child builds the default
linter, lints the Wikinews test corpus once to warm up (word data, tagger model, memoised
tokens), then runs the grammar check alone over every article once more; only that pass is
counted (``--toggle-collect`` on the C function the pass runs inside). Instructions are
those of the whole interpreter (the Python code, the regex engine, dict look-ups), so the
ratio is of work done, not of time; report it beside the CPU-second figures of
``benchmarks.grammar_parts``. Needs Valgrind (Debian: ``apt-get install valgrind``); slow
(minutes a tree: the warm-up runs under Valgrind too, uncounted).
"""

from __future__ import annotations

import argparse
import functools
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def child(root: Path) -> None:
    sys.path[:0] = [str(root), str(ROOT)]
    import copylint
    from benchmarks.corpus import total_words
    from benchmarks.grammar_setup import warm_grammar
    from copylint.tokens import token_list

    assert Path(copylint.__file__).resolve().is_relative_to(root.resolve()), copylint.__file__
    warm = warm_grammar()
    items, docs, check, ctxs = warm.items, warm.docs, warm.check, warm.ctxs
    for doc in docs:
        for seg in doc.segments:
            token_list(seg.text)  # memoised, as the spelling check leaves them in a real run

    def lint_all(acc: int, _: object) -> int:
        for doc, ctx in ctxs:
            acc += len(list(check.run(doc, ctx)))
        return acc

    found = functools.reduce(lint_all, [None], 0)  # the counted pass
    print(f"words {total_words(items)} issues {found}")


def count(tree: Path) -> tuple[int, int]:
    """(instructions of the counted pass, words) for one tree."""
    from benchmarks.callgrind import counted_child

    collected, found = counted_child(__file__, tree, [], r"words (\d+)")
    return collected, int(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--against", action="append", default=[], metavar="REF")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    opts = parser.parse_args()
    if opts.child:
        child(Path(opts.child))
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (Debian: apt-get install valgrind)")
    sys.path.insert(0, str(ROOT))
    from benchmarks.corpus import print_table
    from benchmarks.worktree import THIS, checkouts

    counts: dict[str, tuple[int, int]] = {}
    with checkouts(opts.against) as trees:
        for name, tree in trees.items():
            counts[name] = count(tree)
    rows = []
    for name, (instructions, words) in counts.items():
        ratio = f"{instructions / counts[THIS][0]:.2f}x" if name != THIS else "1.00x"
        rows.append([name, f"{instructions / 1e6:,.0f}", f"{instructions / words:,.0f}", ratio])
    words = counts[THIS][1]
    print_table(["tree", "instructions (millions)", "instructions / word", "tree's / this tree's"], rows,
                title=f"Builtin grammar, default rules, one pass over {words:,} Wikinews words (callgrind)")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")  # the same set orders in every tree
    main()
