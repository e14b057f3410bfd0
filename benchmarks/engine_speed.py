"""In-process cost of the default checks: words per CPU-second, per check, without start-up.

    python -m benchmarks.engine_speed [--runs 5] [--against REF ...] [--profile N]

Lints every Wikinews article with one linter (built and warmed once), clearing the token
memo before each article so every article is new to it, as in a real run. CPU time is
``time.process_time`` (the machine is shared: wall time alone says little); the check
columns are exclusive CPU time (dialect detection and tokenising, which the checks share
through the per-document token memo, are rows of their own, whichever check asks first). Each ``--against REF`` (a commit, e.g. ``ff3d429``, the tree before issue 17)
is checked out in a temporary ``git worktree`` and measured by this same script in a
child process in the same run, the runs interleaved, so the ratios compare like with like.
``--profile N`` prints the N functions with the most own time (cProfile, one pass).
``--collector cli`` sets Python's garbage collector as ``copylint check`` sets it
(copylint/__main__.py: a collection every 100,000 allocations instead of 700) in every tree
measured, so the figures are what a command-line check costs; the default keeps Python's
own setting, as a library caller has it.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _setup_path(root: Path) -> None:
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(root))  # copylint (and benchmarks.corpus) of the tree measured


class _Timer:
    """Exclusive CPU time per label (nested labels are charged to themselves only)."""

    def __init__(self) -> None:
        self.totals: dict[str, float] = defaultdict(float)
        self._stack: list[list[float]] = []  # [start, time spent in children]

    def wrap(self, label: str, fn, consume: bool = False):  # type: ignore[no-untyped-def]
        def timed(*args, **kwargs):  # type: ignore[no-untyped-def]
            self._stack.append([time.process_time(), 0.0])
            try:
                out = fn(*args, **kwargs)
                return list(out) if consume else out
            finally:
                start, children = self._stack.pop()
                spent = time.process_time() - start
                self.totals[label] += spent - children
                if self._stack:
                    self._stack[-1][1] += spent

        return timed


def _clear_memo() -> None:
    import copylint.tokens as tokens

    # (copylint.tokens.clear_memos; trees before it had token_list.cache_clear)
    clear = getattr(tokens, "clear_memos", None) or getattr(tokens.token_list, "cache_clear", None)
    if clear is not None:
        clear()


def measure(runs: int) -> dict:
    """One tree's figures: words, and per run total CPU/wall seconds and per-label CPU."""
    import copylint.dialect
    import copylint.tokens
    from benchmarks.corpus import articles, total_words
    from copylint.api import get_linter
    from copylint.config import Settings
    from copylint.readers import parse

    items = articles()
    words = total_words(items)
    linter = get_linter(Settings())
    for a in items:  # warm up: load word data, compile rules
        linter.lint(parse(a.text, f"{a.name}.txt", "txt"))
    timer = _Timer()
    for check in linter.checks:
        check.run = timer.wrap(type(check).__name__, check.run, consume=True)
    copylint.dialect.detect_dialect = timer.wrap("dialect detection", copylint.dialect.detect_dialect)
    # tokenising serves spelling, dialect and grammar alike: its own row, not the first asker's
    # (token_list fills its memo with _rows_and_texts since it keeps the tokens' texts beside
    # their rows, with _rows since it holds plain tuples; tokens before that)
    fill = next(name for name in ("_rows_and_texts", "_rows", "tokens") if hasattr(copylint.tokens, name))
    setattr(copylint.tokens, fill, timer.wrap("tokenising (shared)", getattr(copylint.tokens, fill), consume=fill == "tokens"))
    timed_parse = timer.wrap("parse", parse)
    assert Path(copylint.dialect.__file__).is_relative_to(Path(sys.path[0])), copylint.dialect.__file__
    out = []
    for _ in range(runs):
        timer.totals.clear()
        wall, cpu = time.perf_counter(), time.process_time()
        for a in items:
            _clear_memo()
            linter.lint(timed_parse(a.text, f"{a.name}.txt", "txt"))
        cpu = time.process_time() - cpu
        wall = time.perf_counter() - wall
        labels = dict(timer.totals)
        labels["engine (issues, sorting)"] = cpu - sum(labels.values())
        out.append({"cpu": cpu, "wall": wall, "labels": labels})
    return {"words": words, "articles": len(items), "runs": out}


def profile(top: int) -> None:
    import cProfile
    import pstats

    from benchmarks.corpus import articles
    from copylint.api import get_linter
    from copylint.config import Settings
    from copylint.readers import parse

    items = articles()
    linter = get_linter(Settings())
    for a in items:
        linter.lint(parse(a.text, f"{a.name}.txt", "txt"))
    prof = cProfile.Profile(time.process_time)
    prof.enable()
    for a in items:
        _clear_memo()
        linter.lint(parse(a.text, f"{a.name}.txt", "txt"))
    prof.disable()
    pstats.Stats(prof).sort_stats("tottime").print_stats(top)


CLI_COLLECTOR_THRESHOLD = 100_000  # what copylint/__main__.py sets for ``check``


def _child(root: Path, runs: int, collector: str = "default") -> dict:
    from benchmarks.worktree import env_for

    env = env_for(root)
    out = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--json", "--root", str(root),
                          "--runs", str(runs), "--collector", collector],
                         capture_output=True, text=True, env=env, check=True)
    return json.loads(out.stdout)


def _median_labels(result: dict) -> dict[str, float]:
    labels: dict[str, list[float]] = defaultdict(list)
    for run in result["runs"]:
        for k, v in run["labels"].items():
            labels[k].append(v)
    return {k: statistics.median(v) for k, v in labels.items()}


def report(results: dict[str, dict]) -> None:
    from benchmarks.corpus import print_table

    this = results["this tree"]
    words = this["words"]
    rows = []
    for name, res in results.items():
        cpu = statistics.median(r["cpu"] for r in res["runs"])
        wall = statistics.median(r["wall"] for r in res["runs"])
        ratio = (words / statistics.median(r["cpu"] for r in this["runs"])) / (words / cpu)
        rows.append([name, f"{words / cpu:,.0f}", f"{cpu * 1e6 / words:.2f}", f"{wall * 1e6 / words:.2f}",
                     f"{ratio:.2f}x"])
    print_table(["tree", "words / CPU-s", "CPU ms / 1,000 words", "wall ms / 1,000 words", "this tree's speed / tree's"],
                rows, title=f"Default checks, in-process: {this['articles']} Wikinews articles, {words:,} words, "
                            f"medians of {len(this['runs'])} runs")
    per = {name: _median_labels(res) for name, res in results.items()}
    labels = sorted({k for p in per.values() for k in p}, key=lambda k: -per["this tree"].get(k, 0.0))
    headers = ["check (exclusive CPU)"]
    for name in results:
        headers += [f"{name}: words/CPU-s", "share"]
    if len(results) > 1:
        headers.append("speed-up vs " + list(results)[1])
    rows = []
    for label in labels:
        row = [label]
        for name in results:
            secs = per[name].get(label)
            total = sum(per[name].values())
            row += ["-", "-"] if not secs else [f"{words / secs:,.0f}", f"{secs / total:.0%}"]
        if len(results) > 1:
            a, b = per["this tree"].get(label), per[list(results)[1]].get(label)
            row.append(f"{b / a:.2f}x" if a and b else "-")
        rows.append(row)
    print_table(headers, rows, title="Per check (median CPU seconds of each, as words per CPU-second of that check alone)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--against", action="append", default=[], metavar="REF",
                        help="also measure this commit (temporary git worktree), e.g. ff3d429")
    parser.add_argument("--profile", type=int, metavar="N", help="print the N functions with most own CPU time")
    parser.add_argument("--collector", choices=["default", "cli"], default="default",
                        help="Python's collector setting (default) or the one `copylint check` uses (cli)")
    parser.add_argument("--compiled", action="store_true",
                        help="measure every tree with its hot modules compiled by mypyc, as `pip install .` builds it")
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--root", default=str(ROOT), help=argparse.SUPPRESS)
    opts = parser.parse_args()
    if opts.compiled:
        os.environ["COPYLINT_BENCH_COMPILED"] = "1"  # (read by benchmarks.worktree.checkouts)
    _setup_path(Path(opts.root))
    if opts.collector == "cli":
        import gc

        gc.set_threshold(CLI_COLLECTOR_THRESHOLD)
    if opts.profile:
        profile(opts.profile)
        return
    if opts.json:
        print(json.dumps(measure(opts.runs)))
        return
    report(compare(opts.runs, opts.against, opts.collector))


def compare(runs: int, against: list[str], collector: str = "default") -> dict[str, dict]:
    """This tree's figures and each ref's, measured in child processes, runs interleaved."""
    from benchmarks.worktree import checkouts

    results: dict[str, dict] = {}
    with checkouts(against) as trees:
        # interleaved: one run of each tree at a time, so the shared machine's load hits all alike
        for _ in range(runs):
            for name, root in trees.items():
                res = _child(root, 1, collector)
                if name in results:
                    results[name]["runs"] += res["runs"]
                else:
                    results[name] = res
    return results


if __name__ == "__main__":
    main()
