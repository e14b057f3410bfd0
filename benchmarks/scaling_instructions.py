"""Cost per word by file size in machine instructions (callgrind), area by area: the
figure of ``benchmarks/scaling.py`` that the load of a shared machine does not move, and
where a large file's extra cost per word goes.

    python -m benchmarks.scaling_instructions [--sizes 1K,10K,100K,1M] [--collector python,cli,off]
                                              [--against REF ...] [--compiled] [--tree PATH ...]

For each size the articles are built as ``benchmarks/scaling.py`` builds them (a headline
and shuffled Wikinews paragraphs; enough articles to hold the corpus once, or one article
of the size past it). Each (tree, size, collector) runs in a child under Valgrind: it warms
the default linter on the corpus, lints the articles once uncounted, then once more
counted, each step of each article inside its own ``functools.reduce`` (callgrind dumps
its count when the call ends), as ``benchmarks/engine_instructions.py --areas`` does:
reading, setup, tokenise, sentences, each check, issues, dedupe and sort, memo closed.

Python's cyclic garbage collector runs when enough container objects have been made and
not freed; what it costs lands in whichever step made the object that set it off. It is
measured apart, by running each size once per ``--collector`` setting and taking the
difference of the totals:

- ``python``: Python's default thresholds (700, 10, 10), what a program that imports
  copylint (the API, the language server) pays;
- ``cli``: the thresholds ``copylint check`` sets (``copylint/__main__.py``: 100,000 for
  the youngest generation), what the command line pays;
- ``off``: no collection during the pass (``gc.disable()``), the work alone.

Instructions are the whole interpreter's; 1K takes a minute or two a child, 1M several
minutes, 10M half an hour (plain Python; compiled is faster). ``--tree PATH`` measures a
copy that is already there (a compiled clone: ``git clone -q . /tmp/x && cd /tmp/x && python
setup.py -q build_ext --inplace``) instead of this checkout and its refs.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: collector setting -> what the child does before the counted pass
COLLECTORS = ("python", "cli", "off")
CLI_THRESHOLD = 100_000  # (copylint/__main__.py)


def child(tree: Path, spec: str, collector: str) -> None:
    # this tree's benchmarks package first (the steps of a lint: engine_instructions), then the
    # measured tree's copylint (a ref's tree may have older benchmarks)
    sys.path.insert(0, str(ROOT))
    from benchmarks.engine_instructions import lint_in_steps

    sys.path.insert(0, str(tree))
    import gc

    import copylint
    from benchmarks.callgrind import counted_steps
    from benchmarks.scaling import HEADLINE, corpus_paragraphs, size_documents
    from copylint.config import Settings
    from copylint.engine import Linter
    from copylint.readers import parse

    assert Path(copylint.__file__).resolve().is_relative_to(tree.resolve()), copylint.__file__
    paragraphs = corpus_paragraphs()
    linter = Linter(Settings())
    linter.lint(parse(HEADLINE + "\n\n".join(paragraphs) + "\n", "w.txt", "txt"))  # warm: word data, memos
    docs = size_documents(spec, paragraphs)
    counting = [False]
    step = counted_steps(counting)

    def lint(text: str) -> tuple[list[str], int]:
        return lint_in_steps(linter, text, "big.txt", step)  # type: ignore[no-any-return]

    for doc in docs:  # a pass like the counted one, uncounted
        lint(doc)
    gc.collect()
    if collector == "off":
        gc.disable()
    elif collector == "cli":
        gc.set_threshold(CLI_THRESHOLD)
    counting[0] = True
    found = 0
    for doc in docs:
        names, n = lint(doc)
        found += n
    words = sum(len(d.split()) for d in docs)
    print(f"words {words} issues {found} articles {len(docs)} steps {'|'.join(names)}")


def count_areas(tree: Path, spec: str, collector: str) -> tuple[dict[str, int], int, int]:
    """Instructions per area of the counted pass (summed over the articles), the words and
    the issues."""
    from benchmarks.callgrind import step_areas

    return step_areas(__file__, tree, ["--size", spec, "--collector", collector])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1K,10K,100K,1M")
    parser.add_argument("--collector", default="python,off",
                        help=f"comma-separated, of {', '.join(COLLECTORS)}; the first is the table's total")
    parser.add_argument("--against", action="append", default=[], metavar="REF")
    parser.add_argument("--compiled", action="store_true",
                        help="measure every tree with its hot modules compiled by mypyc, as `pip install .` builds it")
    parser.add_argument("--tree", action="append", default=[], metavar="PATH",
                        help="measure this copy of copylint (as it is: compiled or not) instead of this checkout")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--size", help=argparse.SUPPRESS)
    opts = parser.parse_args()
    collectors = opts.collector.split(",")
    if opts.child:
        child(Path(opts.child), opts.size, collectors[0])
        return
    if unknown := [c for c in collectors if c not in COLLECTORS]:
        raise SystemExit(f"unknown --collector {unknown}; known: {', '.join(COLLECTORS)}")
    if opts.compiled:
        os.environ["COPYLINT_BENCH_COMPILED"] = "1"  # (read by benchmarks.worktree.checkouts)
    sys.path.insert(0, str(ROOT))
    from benchmarks.worktree import checkouts

    sizes = opts.sizes.split(",")
    if opts.tree:
        for tree in opts.tree:
            _measure(str(tree), Path(tree).resolve(), sizes, collectors)
        return
    with checkouts(opts.against) as trees:
        for name, path in trees.items():
            _measure(name, path, sizes, collectors)


def _measure(name: str, tree: Path, sizes: list[str], collectors: list[str]) -> None:
    from benchmarks.corpus import print_table

    measured = {(spec, c): count_areas(tree, spec, c) for spec in sizes for c in collectors}
    print_table(*_table(measured, sizes, collectors),
                title=f"{name}: instructions per word by file size, area by area (callgrind; "
                      f"collector rows: the pass's total with that setting minus with '{collectors[-1]}')")


def _table(measured: dict[tuple[str, str], tuple[dict[str, int], int, int]], sizes: list[str],
           collectors: list[str]) -> tuple[list[str], list[list[str]]]:
    """(headers, rows): areas of the last collector setting (``off``: the work alone), a
    row per other setting (its extra cost), the total of the first, and each total's ratio
    to the first size's."""
    work = collectors[-1]
    names: list[str] = []
    for (_, c), (areas, _, _) in measured.items():
        names += [n for n in areas if c == work and n not in names]
    rows = []
    for area in names:
        rows.append([area, *(f"{measured[spec, work][0].get(area, 0) / measured[spec, work][1]:,.0f}"
                             for spec in sizes)])
    totals = {key: sum(areas.values()) / words for key, (areas, words, _) in measured.items()}
    for c in collectors[:-1]:
        rows.append([f"collector ({c})", *(f"{totals[spec, c] - totals[spec, work]:,.0f}" for spec in sizes)])
    for c in collectors:
        rows.append([f"total ({c})", *(f"{totals[spec, c]:,.0f}" for spec in sizes)])
        rows.append([f"  vs {sizes[0]}", *(f"{totals[spec, c] / totals[sizes[0], c]:.2f}x" for spec in sizes)])
    rows.append(["words", *(f"{measured[spec, work][1]:,}" for spec in sizes)])
    rows.append(["issues per 1,000 words", *(f"{measured[spec, work][2] * 1000 / measured[spec, work][1]:.1f}"
                                             for spec in sizes)])
    return ["area (instructions / word)", *sizes], rows


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")  # the same set orders in every tree
    main()
