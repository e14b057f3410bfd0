"""LanguageTool's cost: server start time and memory, words per second and latency per
article, builtin alone vs builtin + LanguageTool (news profile), in one run.

    python benchmarks/languagetool_speed.py            # provisions if needed, starts its own server
    python benchmarks/languagetool_speed.py --heap 1g

Starts a fresh server with tools/languagetool/lt.py (so that start-up and memory are this
run's), warms it with one check, then lints every Wikinews article (tests/corpus/wikinews)
in one process: first with the default configuration, then with
``grammar.backends = ["builtin", "languagetool"]``. Wall time per article (median, 95th
percentile), words per wall second, and CPU seconds of this process and of the server
(/proc/<pid>/stat) so that the machine's other load does not hide the cost. The machine
is shared: read the CPU columns first.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.corpus import articles, print_table, total_words  # noqa: E402
from benchmarks.lt_corpora import lt_tool  # noqa: E402
from copylint.config import GrammarSettings, Settings  # noqa: E402
from copylint.engine import Linter  # noqa: E402
from copylint.readers import parse  # noqa: E402

TICKS = os.sysconf("SC_CLK_TCK")


def server_cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime + stime


def status_kb(pid: int, key: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])
    return 0


def run(linter: Linter, items, pid: int | None) -> dict:
    latencies = []
    cpu0, srv0, wall0 = time.process_time(), server_cpu(pid) if pid else 0.0, time.perf_counter()
    for a in items:
        t = time.perf_counter()
        linter.lint(parse(a.text, a.name + ".txt", "txt"))
        latencies.append(time.perf_counter() - t)
    wall = time.perf_counter() - wall0
    return {"wall": wall, "cpu": time.process_time() - cpu0, "server_cpu": (server_cpu(pid) - srv0) if pid else 0.0,
            "latencies": latencies}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--heap", default=None)
    args = parser.parse_args(argv)
    lt = lt_tool()
    lib = lt.provision()
    server = lt.Server(lib, heap=args.heap)
    server.start()
    assert server.process is not None
    pid = server.process.pid
    try:
        start_cpu = server_cpu(pid)
        rss_warm = status_kb(pid, "VmRSS")
        print_table(["server", "value"], [
            ["LanguageTool", "6.6 (server + English, Maven Central)"],
            ["heap limit (-Xmx)", server.heap],
            ["jars on disk (MB)", round(sum(p.stat().st_size for p in lib.glob("*.jar")) / 1e6, 1)],
            ["wall s until /v2/languages answers", round(server.start_seconds, 2)],
            ["wall s until the first check answered (warm)", round(server.warm_seconds, 2)],
            ["server CPU s to get warm", round(start_cpu, 2)],
            ["resident memory when warm (MB)", round(rss_warm / 1024, 1)],
        ], title="LanguageTool server start-up (tools/languagetool/lt.py)")

        items = articles()
        words = total_words(items)
        builtin = Linter(Settings())
        with_lt = Linter(Settings(grammar=GrammarSettings(backends=("builtin", "languagetool"),
                                                          languagetool_url=server.url, languagetool_timeout=120)))
        for a in items[:3]:  # warm both (lexicons, the connection)
            builtin.lint(parse(a.text, "warm.txt", "txt"))
            with_lt.lint(parse(a.text, "warm.txt", "txt"))
        a = run(builtin, items, None)
        b = run(with_lt, items, pid)
        with_lt.close()
        rows = []
        for name, r in (("builtin (default configuration)", a), ("builtin + LanguageTool (news profile)", b)):
            lat = sorted(r["latencies"])
            cpu_total = r["cpu"] + r["server_cpu"]
            rows.append([name, round(r["wall"], 2), round(words / r["wall"]), round(r["cpu"], 2),
                         round(r["server_cpu"], 2), round(words / cpu_total) if cpu_total else "-",
                         round(statistics.median(lat) * 1000, 1), round(lat[int(0.95 * (len(lat) - 1))] * 1000, 1)])
        print_table(["configuration", "wall s", "words/s (wall)", "copylint CPU s", "server CPU s",
                     "words per CPU-s (both)", "ms/article median", "ms/article p95"], rows,
                    title=f"{len(items)} Wikinews articles, {words:,} words, one process, one server")
        ratio = (b["cpu"] + b["server_cpu"]) / a["cpu"] if a["cpu"] else float("nan")
        print(f"\nCPU ratio builtin+LanguageTool / builtin: {ratio:.1f}x (same run)")
        print_table(["server memory", "MB"], [
            ["resident when warm", round(rss_warm / 1024, 1)],
            ["resident after the corpus", round(status_kb(pid, "VmRSS") / 1024, 1)],
            ["peak resident (VmHWM)", round(status_kb(pid, "VmHWM") / 1024, 1)],
        ], title="LanguageTool server memory")
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    os.environ.setdefault("XDG_CACHE_HOME", str(Path(__file__).resolve().parent.parent / ".cache"))
    sys.exit(main())
