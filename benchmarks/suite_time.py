"""How long the test suite takes, and where the time goes.

    python -m benchmarks.suite_time [--top 25] [--save FILE.json] [--before FILE.json] [-- PYTEST ARGS...]

Runs ``pytest -q --durations=N --junitxml=...`` (the environment's ``pytest`` script, as CI does) (plus the arguments after ``--``,
e.g. a file, ``-k``, ``-n 2 --dist loadgroup`` for two pytest-xdist workers) in a
subprocess from the repository root, with the environment it is given, and prints:

- the whole run: wall seconds, CPU seconds (the children's user + system time,
  ``RUSAGE_CHILDREN``: pytest and every process it started and waited for, xdist workers
  included), passed / skipped / failed as pytest's closing line gives them;
- the slowest files and tests: setup + call + teardown seconds of each test (from the JUnit
  XML report, millisecond precision, where ``--durations`` rounds to 10 ms), with each one's
  share of all the tests' summed durations (a session-scoped fixture's set-up is charged to
  the first test that asks for it; under xdist the durations add up to more than the wall).

``--save`` keeps the figures as JSON; ``--before`` adds a before column (and the ratio) from
such a file, for each file and the totals, so one run gives the before/after table. pytest's
own output goes to ``--log`` (default: a temporary file, whose path is printed).

The LanguageTool live tests need a server (``COPYLINT_LANGUAGETOOL_URL``, see .ci/run and
tests/lt_server.py); without one they skip, and the skip count says so.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.corpus import print_table  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
#: pytest's closing line: "4602 passed, 10 skipped in 864.00s" (framed with "=" without -q)
CLOSING = re.compile(r"^=*\s*(\d+ \w+(, \d+ \w+)*) in [\d.]+s")
COUNT = re.compile(r"(\d+) (passed|failed|skipped|errors?|xfailed|xpassed|deselected)")


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def pytest_command() -> list[str]:
    """The ``pytest`` script of this interpreter's environment, as CI runs it (``python -m
    pytest`` would put the working directory first on ``sys.path``: the source tree's copylint
    instead of a compiled install's)."""
    script = Path(sys.executable).parent / "pytest"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "pytest"]


def test_times(junit: Path) -> dict[str, float]:
    """Each test's setup + call + teardown seconds, by node id (file::Class::name), from a JUnit report."""
    tests: dict[str, float] = defaultdict(float)
    for case in ET.parse(junit).getroot().iter("testcase"):
        file, classname = case.get("file", ""), case.get("classname", "")
        module = file[:-3].replace("/", ".") if file.endswith(".py") else ""
        cls = classname[len(module) + 1:] if module and classname.startswith(module + ".") else ""
        node = "::".join(part for part in (file or classname, cls, case.get("name", "")) if part)
        tests[node] += float(case.get("time") or 0.0)
    return dict(tests)


def run_suite(pytest_args: list[str], log: Path, durations: int) -> dict:
    """Run pytest once; the figures as a dict (the shape --save writes)."""
    with tempfile.TemporaryDirectory(prefix="suite-time-") as tmp:
        junit = Path(tmp) / "junit.xml"
        options = ["-q", f"--durations={durations}", f"--junitxml={junit}",
                   "-o", "junit_family=xunit1", "-o", "junit_duration_report=total", *pytest_args]
        command = [*pytest_command(), *options]
        cpu0, wall0 = children_cpu(), time.perf_counter()
        with log.open("w") as out:
            done = subprocess.run(command, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        wall, cpu = time.perf_counter() - wall0, children_cpu() - cpu0
        tests = test_times(junit) if junit.exists() else {}
    counts: dict[str, int] = {}
    for line in log.read_text(errors="replace").splitlines():
        match = CLOSING.match(line.strip())
        if match:
            counts = {kind.rstrip("s") if kind.startswith("error") else kind: int(n)
                      for n, kind in COUNT.findall(match.group(1))}
    shown = ["pytest", *(part for part in options if not part.startswith("--junitxml="))]
    return {"command": " ".join(shown), "exit": done.returncode, "wall": wall, "cpu": cpu,
            "counts": counts, "tests": dict(tests)}


def by_file(tests: dict[str, float]) -> dict[str, float]:
    files: dict[str, float] = defaultdict(float)
    for node, seconds in tests.items():
        files[node.split("::", 1)[0]] += seconds
    return dict(files)


def report(result: dict, top: int, before: dict | None) -> None:
    counts = result["counts"]
    summed = sum(result["tests"].values()) or 1.0
    rows = [["wall s", result["wall"]], ["CPU s (children user+sys)", result["cpu"]],
            ["tests' summed durations s", sum(result["tests"].values())]]
    rows += [[kind, counts.get(kind, 0)] for kind in ("passed", "skipped", "failed", "error")]
    headers = ["whole run", "value"]
    if before:
        bsum = sum(before["tests"].values())
        brows = [before["wall"], before["cpu"], bsum] + [before["counts"].get(k, 0)
                                                         for k in ("passed", "skipped", "failed", "error")]
        headers = ["whole run", "before", "after", "after/before"]
        rows = [[label, b, a, (a / b if isinstance(a, float) and b else "")]
                for (label, a), b in zip(rows, brows, strict=True)]
    print(f"command: {result['command']}  (exit {result['exit']})")
    print_table(headers, rows, "Suite")

    files = by_file(result["tests"])
    bfiles = by_file(before["tests"]) if before else {}
    names = sorted(files, key=files.get, reverse=True)[:top]
    if before:
        # the files that were slowest before are shown too, wherever they are now
        names += [n for n in sorted(bfiles, key=bfiles.get, reverse=True)[:top] if n not in names]
        print_table(["file", "before s", "after s", "after/before", "share after"],
                    [[n, bfiles.get(n, 0.0), files.get(n, 0.0),
                      (files.get(n, 0.0) / bfiles[n] if bfiles.get(n) else ""), f"{100 * files.get(n, 0.0) / summed:.1f}%"]
                     for n in names], f"Slowest files (setup + call + teardown, top {top})")
    else:
        print_table(["file", "seconds", "share", "tests"],
                    [[n, files[n], f"{100 * files[n] / summed:.1f}%",
                      sum(1 for t in result["tests"] if t.split("::", 1)[0] == n)] for n in names],
                    f"Slowest files (setup + call + teardown, top {top})")
    slow = sorted(result["tests"].items(), key=lambda kv: kv[1], reverse=True)[:top]
    print_table(["test", "seconds", "share"], [[t, s, f"{100 * s / summed:.1f}%"] for t, s in slow],
                f"Slowest tests (top {top})")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    pytest_args: list[str] = []
    if "--" in argv:
        cut = argv.index("--")
        argv, pytest_args = argv[:cut], argv[cut + 1:]
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--top", type=int, default=25, help="how many files and tests to list")
    parser.add_argument("--save", type=Path, help="write the figures to this JSON file")
    parser.add_argument("--before", type=Path, help="a JSON file from an earlier --save, for before/after columns")
    parser.add_argument("--log", type=Path, help="pytest's output goes here (default: a temporary file)")
    parser.add_argument("--show", type=Path, help="no run: print the table of a saved JSON file")
    args = parser.parse_args(argv)
    before = json.loads(args.before.read_text()) if args.before else None
    if args.show:
        report(json.loads(args.show.read_text()), args.top, before)
        return 0
    log = args.log or Path(tempfile.mkstemp(prefix="suite-time-", suffix=".log")[1])
    result = run_suite(pytest_args, log, args.top)
    print(f"pytest output: {log}")
    if os.environ.get("COPYLINT_LANGUAGETOOL_URL") is None:
        print("note: COPYLINT_LANGUAGETOOL_URL unset: the LanguageTool live tests use a server the session "
              "starts from provisioned jars, or skip")
    if args.save:
        args.save.write_text(json.dumps(result, indent=1))
    report(result, args.top, before)
    return 0 if result["exit"] == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
