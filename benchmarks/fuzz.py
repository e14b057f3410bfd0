"""Run the fuzz targets (tests/fuzz_targets.py) for a while and print what they did.

    python -m benchmarks.fuzz --minutes 10                 # every target, one after another
    python -m benchmarks.fuzz --minutes 10 --target html   # one target (run several in parallel)

Targets: txt, md, html (the readers, with every default check), jsonl (the archive
reader) and fix (--fix). Each runs Hypothesis in rounds of fresh random examples until its
time is up, or until an oracle fails: then the shrunk failing input is printed and the
exit code is 1. The table gives examples run, wall and CPU seconds, and findings.
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

import fuzz_targets as ft  # noqa: E402
from benchmarks.corpus import print_table  # noqa: E402

ROUND = 500  # examples per Hypothesis round


def _tests(examples: int) -> dict[str, object]:
    cfg = settings(max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck),
                   print_blob=True)

    def reader(fmt: str):  # type: ignore[no-untyped-def]
        @cfg
        @given(ft.document(fmt))
        def run(text: str) -> None:
            ft.reader_target(text, fmt)
        return run

    @cfg
    @given(ft.archive_stream())
    def jsonl(data: bytes) -> None:
        ft.archive_target(data)

    @cfg
    @given(st.sampled_from(ft.FORMATS).flatmap(lambda fmt: st.tuples(st.just(fmt), ft.document(fmt))))
    def fix(case: tuple[str, str]) -> None:
        ft.fix_target(case[1], case[0])

    return {"txt": reader("txt"), "md": reader("md"), "html": reader("html"), "jsonl": jsonl, "fix": fix}


def run_target(name: str, seconds: float) -> tuple[int, float, float, str]:
    """(examples, wall s, CPU s, finding or "none") for one target."""
    test = _tests(ROUND)[name]
    counter = "fix" if name == "fix" else name
    before = ft.COUNTS.get(counter, 0)
    wall0, cpu0 = time.perf_counter(), time.process_time()
    finding = "none"
    while time.perf_counter() - wall0 < seconds:
        try:
            test()
        except Exception:  # an oracle failed: Hypothesis has shrunk and printed the input
            finding = traceback.format_exc(limit=3).strip().splitlines()[-1][:200]
            traceback.print_exc()
            break
    return ft.COUNTS.get(counter, 0) - before, time.perf_counter() - wall0, time.process_time() - cpu0, finding


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--minutes", type=float, default=1.0, help="time per target")
    ap.add_argument("--target", choices=["txt", "md", "html", "jsonl", "fix"], action="append",
                    help="the target(s) to run (default: all, one after another)")
    args = ap.parse_args()
    names = args.target or ["txt", "md", "html", "jsonl", "fix"]
    rows, failed = [], False
    for name in names:
        examples, wall, cpu, finding = run_target(name, args.minutes * 60)
        failed = failed or finding != "none"
        rows.append([name, examples, wall, cpu, examples / cpu if cpu else 0.0, finding])
        print(f"fuzz {name}: {examples} examples in {wall:.0f} s ({cpu:.0f} CPU s): {finding}", file=sys.stderr,
              flush=True)
    print_table(["target", "examples", "wall s", "CPU s", "examples / CPU s", "findings"], rows,
                f"Fuzz targets, {args.minutes:g} min each (tests/fuzz_targets.py)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
