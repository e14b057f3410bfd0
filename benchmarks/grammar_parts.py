"""Where the builtin grammar's CPU goes: the check's exclusive CPU time per part, over the
Wikinews test corpus with the default rules, in this tree and in each ``--against`` ref.

    python -m benchmarks.grammar_parts [--runs 5] [--against REF ...]

Parts: building the word stream (and, where the tree has it, the trigger sites), each rule
family's ``find``, the confusion rules (``confusables.find`` less the tagging it asks for), the
part-of-speech tagger (``tag_words``: every window or sentence a rule asks to tag), and the
driver's own loop (which is also charged the timing wrappers' overhead). Each run lints every
article twice: once plain, for the TOTAL row (the check's CPU as users pay it), once with each
part wrapped in a timer, for the part rows (their shares are of that wrapped pass). Tokens
are already memoised, as the spelling check leaves them in a real run; figures are medians. CPU time is ``time.process_time``; each tree runs in its own child process, the runs
interleaved, so the same-run ratios compare like with like on a shared machine.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def measure(root: Path, runs: int) -> dict:
    sys.path[:0] = [str(root), str(ROOT)]
    import copylint
    import copylint.checks.grammar as driver
    import copylint.grammar.tagging.tagger as tagger
    from benchmarks.corpus import total_words
    from benchmarks.grammar_setup import warm_grammar
    from copylint.grammar import confusables
    from copylint.tokens import token_list

    assert Path(copylint.__file__).resolve().is_relative_to(root.resolve()), copylint.__file__
    warm = warm_grammar()
    items, docs, check, ctxs = warm.items, warm.docs, warm.check, warm.ctxs

    def lint_all() -> float:
        for doc in docs:
            for seg in doc.segments:
                token_list(seg.text)
        cpu = time.process_time()
        for doc, ctx in ctxs:
            list(check.run(doc, ctx))
        return time.process_time() - cpu

    plain = [lint_all() for _ in range(runs)]
    totals: dict[str, float] = defaultdict(float)
    stack: list[list[float]] = []

    def timed(label: str, fn, consume: bool):  # type: ignore[no-untyped-def]
        def run(*args, **kwargs):  # type: ignore[no-untyped-def]
            stack.append([time.process_time(), 0.0])
            try:
                out = fn(*args, **kwargs)
                return list(out) if consume else out
            finally:
                start, children = stack.pop()
                spent = time.process_time() - start
                totals[label] += spent - children
                if stack:
                    stack[-1][1] += spent
        return run

    for name in ("indexed_stream", "stream"):
        if hasattr(driver, name):
            setattr(driver, name, timed("word stream (+ trigger sites)", getattr(driver, name), False))
    for family in driver._FAMILIES:
        family.find = timed(family.__name__.rsplit(".", 1)[1], family.find, True)
    confusables.find = timed("confusion rules (less tagging)", confusables.find, True)
    tagger.tag_words = timed("tagger (tag_words)", tagger.tag_words, False)
    plan = getattr(driver, "_plan", None)  # a tree whose driver keeps each family's ``find`` in its plan
    if plan is not None:
        plan.cache_clear()  # (built by the warm-up, before the wrapping)
        lint_all()  # untimed: the new plan's memo of token texts filled, as the plain passes' plan's was
    out = []
    for total in plain:
        totals.clear()
        wrapped = lint_all()
        labels = dict(totals)
        labels["driver loop (+ timing overhead)"] = wrapped - sum(labels.values())
        out.append({"cpu": total, "wrapped": wrapped, "labels": labels})
    return {"words": total_words(items), "runs": out}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--against", action="append", default=[], metavar="REF")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    opts = parser.parse_args()
    if opts.child:
        print(json.dumps(measure(Path(opts.child), opts.runs)))
        return
    sys.path.insert(0, str(ROOT))
    from benchmarks.corpus import print_table
    from benchmarks.worktree import THIS, interleaved_children

    children = interleaved_children(__file__, opts.against, opts.runs, "--runs", "1")
    results = {name: [run for res in got for run in res["runs"]] for name, got in children.items()}
    words = children[THIS][-1]["words"]
    med = {name: {k: statistics.median(r["labels"].get(k, 0.0) for r in runs)
                  for k in {k for r in runs for k in r["labels"]}} for name, runs in results.items()}
    cpu = {name: statistics.median(r["cpu"] for r in runs) for name, runs in results.items()}
    wrapped = {name: statistics.median(r["wrapped"] for r in runs) for name, runs in results.items()}
    names = list(results)
    labels = sorted({k for m in med.values() for k in m}, key=lambda k: -med[THIS].get(k, 0.0))
    rows = []
    for label in labels:
        row: list[object] = [label]
        for name in names:
            secs = med[name].get(label, 0.0)
            row += [f"{secs * 1e3:.1f}", f"{secs / wrapped[name]:.0%}"]
        rows.append(row)
    rows.append(["TOTAL (plain pass)"] + [c for name in names for c in (f"{cpu[name] * 1e3:.1f}", f"{words / cpu[name]:,.0f} w/CPU-s")])
    headers = ["part (exclusive CPU, timed pass)"] + [h for name in names for h in (f"{name}: CPU ms", "share")]
    print_table(headers, rows, title=f"Builtin grammar, default rules: {words:,} words, medians of {opts.runs} runs")
    for name in names[1:]:
        print(f"\nthis tree's grammar speed / {name}'s: {cpu[name] / cpu[THIS]:.2f}x (same run)")


if __name__ == "__main__":
    main()
