"""Where the builtin grammar's instructions go, part by part, counted by Valgrind (callgrind):
the figure of ``benchmarks.grammar_parts`` that the load of a shared machine does not move.

    python -m benchmarks.grammar_part_instructions [--against REF ...]

Each tree (this one and each ``--against`` ref, as a temporary ``git worktree``) runs in one
child process under ``valgrind --tool=callgrind``: the child warms a default linter on the
Wikinews test corpus (as ``benchmarks.grammar_instructions`` does), then counts, each in its
own pass (one callgrind dump each): the whole grammar check over every article (ALL);
building every segment's word stream with its trigger sites (refilling the Words of the
document's segment before, where the tree's check does); replaying every tagger call the
check made (``Model.predict`` on the same token lists, recorded there: a method of a plain
class, where a patched ``tag_words`` would miss the calls made inside a tagger compiled with
mypyc; the tokenising, lemmas and ``Tagged`` of ``tag_words`` around it are left out); and
each rule family's ``find``
(the confusion rules as one) alone over the streams and sites built before, its tagging
included. The parts overlap a little (a family's tagging is also in the replay; families that
tag one window share it in the check) and leave out the driver's own loop, so they need not
add up to ALL. Slow: minutes a tree.
"""

from __future__ import annotations

import argparse
import functools
import inspect
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def child(root: Path) -> None:
    sys.path[:0] = [str(root), str(ROOT)]
    import copylint
    import copylint.checks.grammar as driver
    from benchmarks.grammar_setup import warm_grammar
    from copylint.grammar.tagging.model import Model
    from copylint.tokens import token_list

    assert Path(copylint.__file__).resolve().is_relative_to(root.resolve()), copylint.__file__
    warm = warm_grammar()
    plan = driver._plan(frozenset(warm.ctxs[0][1].enabled))  # the plan the warm-up built
    stream = driver.indexed_stream
    texts = [seg.text for doc in warm.docs for seg in doc.segments]
    for text in texts:
        token_list(text)  # memoised, as the spelling check leaves them in a real run
    streams = [(text, *stream(text, plan.triggers)) for text in texts]
    streams = [(text, words, sites) for text, words, sites in streams if words]
    enabled = frozenset(warm.ctxs[0][1].enabled)
    # the plan's readers: the enabled families in order, then the confusion rules (if any)
    names = [f.__name__.rsplit(".", 1)[1] for f in driver._FAMILIES if f.RULE.id in enabled]
    names += ["confusion rules"] * (len(plan.finds) - len(names))

    calls: list[tuple] = []
    predict = Model.predict

    def recording(model, words):  # type: ignore[no-untyped-def]
        calls.append((model, list(words)))
        return predict(model, words)

    Model.predict = recording  # type: ignore[method-assign]
    for doc, ctx in warm.ctxs:
        list(warm.check.run(doc, ctx))
    Model.predict = predict  # type: ignore[method-assign]

    order: list[str] = []

    def part(name: str, work) -> None:  # type: ignore[no-untyped-def]
        order.append(name)
        functools.reduce(lambda acc, _: work(), [None], 0)  # one counted pass, one dump

    def lint_all() -> None:
        for doc, ctx in warm.ctxs:
            list(warm.check.run(doc, ctx))

    refills = "spare" in inspect.signature(stream).parameters  # a tree whose check refills a document's Words

    def streams_all() -> None:
        for doc in warm.docs:
            spare: list = []
            for seg in doc.segments:
                if refills:  # as the check does: the words of the segment before are filled again
                    words = stream(seg.text, plan.triggers, spare)[0]
                    spare = words + spare[len(words):] if len(spare) > len(words) else words
                else:
                    stream(seg.text, plan.triggers)

    def tags_all() -> None:
        for model, words in calls:
            predict(model, words)

    part("ALL (the grammar check)", lint_all)
    part("word streams (+ trigger sites)", streams_all)
    part(f"tagger ({len(calls)} Model.predict calls replayed)", tags_all)
    for k, (name, find) in enumerate(zip(names, plan.finds, strict=True)):
        def one(k: int = k, find=find) -> None:  # type: ignore[no-untyped-def]
            for text, words, sites in streams:
                if sites[k]:
                    for _ in find(text, words, sites[k]):
                        pass
        part(name, one)
    print("PARTS " + "\t".join(order))


def count(tree: Path) -> dict[str, int]:
    """part -> instructions, for one tree."""
    from benchmarks.callgrind import dump_total
    from benchmarks.worktree import env_for

    with tempfile.TemporaryDirectory(prefix="callgrind-parts-") as tmp:
        out = Path(tmp) / "callgrind.out"
        proc = subprocess.run(
            ["valgrind", "--tool=callgrind", "--collect-atstart=no", "--toggle-collect=functools_reduce",
             "--dump-after=functools_reduce", f"--callgrind-out-file={out}",
             sys.executable, __file__, "--child", str(tree)],
            env=env_for(tree), capture_output=True, text=True)
        if proc.returncode:
            raise SystemExit(f"{tree}: {proc.stderr[-2000:]}")
        found = re.search(r"^PARTS (.*)$", proc.stdout, re.M)
        if found is None:
            raise SystemExit(f"{tree}: no parts in the child's output:\n{proc.stdout[-2000:]}")
        names = found.group(1).split("\t")
        counts = []
        for n in range(1, len(names) + 1):
            total = dump_total(Path(f"{out}.{n}"))
            if total is None:
                raise SystemExit(f"{tree}: callgrind wrote no count for {names[n - 1]}")
            counts.append(total)
    return dict(zip(names, counts, strict=True))


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

    counts: dict[str, dict[str, int]] = {}
    with checkouts(opts.against) as trees:
        for name, tree in trees.items():
            counts[name] = count(tree)
    parts = list(counts[THIS])
    for ref in opts.against:
        parts += [p for p in counts[ref] if p not in parts]
    headers = ["part (instructions, millions)", *counts]
    headers += [f"{ref} / this tree" for ref in opts.against]
    rows = []
    for p in parts:
        row: list[object] = [p, *(f"{c[p] / 1e6:,.1f}" if p in c else "-" for c in counts.values())]
        for ref in opts.against:
            mine, theirs = counts[THIS].get(p), counts[ref].get(p)
            row.append(f"{theirs / mine:.2f}x" if mine and theirs else "-")
        rows.append(row)
    print_table(headers, rows, title="Builtin grammar, default rules, Wikinews test corpus: instructions per part (callgrind)")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")  # the same set orders in every tree
    main()
