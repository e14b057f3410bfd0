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

``--areas`` maps the counted pass area by area instead (every tree in the same table): the
child does what ``Linter.lint`` does, one step at a time, each step of each article inside
its own ``functools.reduce`` (callgrind dumps its count when the call ends):

- reading: ``readers.parse`` (decoding, segments, suppressions);
- setup: the settings for the path, the rule selection, the check context, the memo opened;
- tokenise, sentences: every segment's tokens and sentence spans put in the document memo
  (the checks find them there, as the first asker's would be);
- one row per check: ``list(check.run(doc, ctx))`` (the work its findings take);
- issues: every finding made an Issue (rule lookup, ``Segment.to_source``, suppressions,
  line and column, the foreign-passage filter, the set of issues);
- dedupe and sort; memo closed (the document memo freed).
"""

from __future__ import annotations

import argparse
import functools
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _memo_clearer(tokens):  # type: ignore[no-untyped-def]
    """The tree's ``copylint.tokens.clear_memos`` (before it: ``token_list.cache_clear``)."""
    return getattr(tokens, "clear_memos", None) or tokens.token_list.cache_clear


def lint_in_steps(linter, text: str, path: str, step):  # type: ignore[no-untyped-def]
    """What ``linter.lint`` does to one plain-text article, one step at a time, each step's
    work run by ``step(work)`` (which counts it): the steps' names, in order, and the number
    of issues. Imports copylint where it is run (the tree on ``sys.path``)."""
    from contextlib import ExitStack

    import copylint.engine as engine
    import copylint.tokens as tokens
    from copylint.checks.base import CheckContext
    from copylint.readers import parse

    try:  # (the collector paused while the checks run, as Linter.lint does; older trees had no pause)
        from copylint.gc_pause import collector_paused
    except ImportError:
        collector_paused = None

    doc = step(lambda: parse(text, path, "txt"))

    def setup():  # type: ignore[no-untyped-def]
        settings = linter.settings.for_path(doc.path)
        enabled, checks = linter._selection(settings)
        memo = ExitStack()
        if collector_paused is not None:
            memo.enter_context(collector_paused())
        memo.enter_context(tokens.document_memo())
        return settings, enabled, checks, CheckContext(settings=settings, doc=doc, enabled=enabled), memo

    settings, enabled, checks, ctx, memo = step(setup)
    texts = [seg.text for seg in doc.segments]
    step(lambda: [tokens.token_list(t) for t in texts])
    step(lambda: [tokens.sentences(t) for t in texts])
    found = [(check, step(lambda check=check: list(check.run(doc, ctx)))) for check in checks]

    def issues():  # type: ignore[no-untyped-def]
        out = set()
        for _, findings in found:
            for f in findings:
                issue = linter._to_issue(f, doc, settings, enabled)
                if issue is not None and not engine._in_foreign_passage(issue, f, doc, ctx):
                    out.add(issue)
        return out

    made = step(issues)
    result = step(lambda: sorted(engine.drop_engine_duplicates(made), key=engine.Issue.sort_key))
    step(memo.close)
    return ["reading", "setup", "tokenise", "sentences", *(type(c).__name__ for c, _ in found), "issues",
            "dedupe and sort", "memo closed"], len(result)


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
    clear_memos = _memo_clearer(tokens)

    def lint_all(acc: int, _: object) -> int:
        for a in items:
            clear_memos()
            acc += len(linter.lint(parse(a.text, f"{a.name}.txt", "txt")))
        return acc

    found = functools.reduce(lint_all, [None], 0)  # the counted pass
    print(f"words {total_words(items)} issues {found}")


def area_child(root: Path) -> None:
    """The counted pass of :func:`child`, step by step (see ``--areas``): prints the steps'
    names, in the order of each article's dumps."""
    sys.path[:0] = [str(root), str(ROOT)]
    import copylint
    import copylint.tokens as tokens
    from benchmarks.callgrind import counted_steps
    from benchmarks.corpus import articles, total_words
    from copylint.api import get_linter
    from copylint.config import Settings
    from copylint.readers import parse

    assert Path(copylint.__file__).resolve().is_relative_to(root.resolve()), copylint.__file__
    items = articles()
    linter = get_linter(Settings())
    for a in items:  # warm up
        linter.lint(parse(a.text, f"{a.name}.txt", "txt"))
    counting = [False]
    clear_memos = _memo_clearer(tokens)
    step = counted_steps(counting)

    def lint(a):  # type: ignore[no-untyped-def]
        clear_memos()
        return lint_in_steps(linter, a.text, f"{a.name}.txt", step)

    for counting[0] in (False, True):  # a pass like the warm-up's, then the counted one
        found = 0
        for a in items:
            names, n = lint(a)
            found += n
    print(f"words {total_words(items)} issues {found} articles {len(items)} steps {'|'.join(names)}")


def count_areas(tree: Path) -> tuple[dict[str, int], int]:
    """Instructions per area of the counted pass (summed over the articles), and the words."""
    from benchmarks.callgrind import step_areas

    areas, words, _ = step_areas(__file__, tree, ["--areas"])
    return areas, words


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
    parser.add_argument("--areas", action="store_true", help="map the pass area by area (see above)")
    parser.add_argument("--compiled", action="store_true",
                        help="measure every tree with its hot modules compiled by mypyc, as `pip install .` builds it")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    opts = parser.parse_args()
    if opts.compiled:
        os.environ["COPYLINT_BENCH_COMPILED"] = "1"  # (read by benchmarks.worktree.checkouts)
    if opts.child:
        if opts.areas:
            area_child(Path(opts.child))
        else:
            child(Path(opts.child), opts.without)
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (Debian: apt-get install valgrind)")
    sys.path.insert(0, str(ROOT))
    from benchmarks.corpus import print_table
    from benchmarks.worktree import THIS, checkouts

    if opts.areas:
        with checkouts(opts.against) as trees:
            mapped = {name: count_areas(tree) for name, tree in trees.items()}
        print_areas(mapped)
        return
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


def print_areas(mapped: dict[str, tuple[dict[str, int], int]]) -> None:
    from benchmarks.corpus import print_table
    from benchmarks.worktree import THIS

    words = mapped[THIS][1]
    names = list(mapped[THIS][0])
    names += [n for areas, _ in mapped.values() for n in areas if n not in names]
    headers = ["area"]
    for tree in mapped:
        headers += [f"{tree}: instructions (millions)", "per word"]
    rows = []
    for name in [*names, "total"]:
        row = [name]
        for areas, _ in mapped.values():
            n = sum(areas.values()) if name == "total" else areas.get(name)
            row += ["-", "-"] if n is None else [f"{n / 1e6:,.1f}", f"{n / words:,.0f}"]
        rows.append(row)
    print_table(headers, rows, title=f"Default checks area by area, one pass over {words:,} Wikinews words (callgrind)")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")  # the same set orders in every tree
    main()
