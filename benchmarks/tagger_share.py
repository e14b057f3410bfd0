"""The tagger's share of the default checks' CPU: ``Model.predict`` (inclusive) timed inside the
in-process benchmark of ``benchmarks/engine_speed.py`` (every Wikinews article, one linter,
warmed once, the token memo cleared before each article), beside the BuiltinGrammar check
that calls it and all the checks.

    python -m benchmarks.tagger_share [--runs 3] [--against REF ...]

Each tree (this one, and each ``--against`` ref checked out in a temporary ``git worktree``)
runs in a child process; the runs are interleaved and the medians printed, with the ratio of
each ref's tagger CPU to this tree's.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _child(tree: Path) -> dict:
    """One timed pass of engine_speed.measure in ``tree``'s copylint, with the tagger timed."""
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(tree))
    import benchmarks.engine_speed as engine
    import copylint.grammar.tagging.model as model_module

    spent = [0.0]
    predict = model_module.Model.predict

    def timed(self, words):  # type: ignore[no-untyped-def]
        started = time.process_time()
        try:
            return predict(self, words)
        finally:
            spent[0] += time.process_time() - started

    model_module.Model.predict = timed  # type: ignore[method-assign]
    clear = engine._clear_memo
    begun: list[bool] = []

    def clear_first() -> None:  # called before each article of the timed pass only
        if not begun:
            spent[0] = 0.0  # forget the warm-up's tagging
            begun.append(True)
        clear()

    engine._clear_memo = clear_first
    result = engine.measure(1)
    run = result["runs"][0]
    return {"tagger": spent[0], "grammar": run["labels"].get("BuiltinGrammar", 0.0), "cpu": run["cpu"],
            "words": result["words"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--against", action="append", default=[], metavar="REF")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    opts = parser.parse_args()
    if opts.child:
        print(json.dumps(_child(Path(opts.child))))
        return
    sys.path.insert(0, str(ROOT))
    from benchmarks.corpus import print_table
    from benchmarks.worktree import interleaved_children

    runs = interleaved_children(__file__, opts.against, opts.runs)
    rows = []
    this_tagger = statistics.median(r["tagger"] for r in runs["this tree"])
    for name, got in runs.items():
        tagger = statistics.median(r["tagger"] for r in got)
        grammar = statistics.median(r["grammar"] for r in got)
        cpu = statistics.median(r["cpu"] for r in got)
        words = got[0]["words"]
        rows.append([name, f"{tagger * 1e3:.0f}", f"{grammar * 1e3:.0f}", f"{tagger / grammar:.0%}" if grammar else "-",
                     f"{tagger / cpu:.0%}", f"{words / tagger:,.0f}" if tagger else "-",
                     f"{tagger / this_tagger:.2f}x" if this_tagger else "-"])
    print_table(["tree", "tagger CPU ms", "BuiltinGrammar CPU ms (incl. tagger)", "tagger / grammar",
                 "tagger / all checks", "words / tagger CPU-s", "tree's tagger CPU / this tree's"], rows,
                title=f"Tagger (Model.predict) inside the default checks: {words:,} Wikinews words, "
                      f"medians of {max(opts.runs, 1)} interleaved runs")


if __name__ == "__main__":
    main()
