"""copylint serve under load: requests per second, p50/p99 latency and memory for an
800-word article at 1, 8 and 32 concurrent clients, with the CPU it cost.

    python benchmarks/serve_load.py [--workers 2] [--endpoint v2|api] [--mode fresh|edited]
                                    [--requests 160] [--levels 1,8,32] [--rounds 1] [--against REF ...]

Starts the real server (``python -m copylint serve``, uvicorn, forked workers) on a free
loopback port and drives it from a bounded client in this process: one keep-alive
connection per client thread, each sending its requests back to back, so at most
``clients`` requests are ever in flight (all within the server's documented limit of
workers + queue, so every answer must be a 200; any other status is counted as an error).

Articles: about 800 words each, made from the Wikinews corpus (tests/corpus/wikinews,
CC BY 2.5). ``fresh`` (default) prefixes every paragraph with the request's number, so
no paragraph was seen before and nothing is answered from the tokeniser's memo: the
worst case. ``edited`` sends one article with only its last line changing, as a
browser add-on does while a reporter types.

``--against REF`` (a commit or branch, e.g. ``main``) starts that tree's server too (a
temporary ``git worktree``, benchmarks/worktree.py) and drives both with the same requests,
level by level, taking turns (``--rounds N``: N turns each, the order swapped every round),
so both meet the same load on a shared machine; figures are over all rounds. Every
request's text is new to the server it goes to (in ``edited`` mode only the counter line
differs), so no answer comes from the kept answers of identical requests.

CPU: the server's (parent and workers, from /proc) and this client's (its client threads'
CPU time, without the memory sampler's), in seconds, beside
the wall time, and the cores the server actually got (its CPU seconds over the wall time:
2.0 would be both cores of a 2-core machine); the machine's load average before and
after, because it is shared. "of which lint" is the workers' own CPU per request (from the
access log's lint_cpu_ms): the rest of the server's CPU is HTTP, forms and JSON: "of which HTTP process" is the CPU of
the server's own process (uvicorn, Starlette, forms, handing jobs to the workers).
"on 2 free cores (model)" is what the CPU figures predict where the server and this client
have the 2 cores to themselves (on a shared machine the measured latency is mostly the wait
for a core): each request costs the server's and the client's CPU seconds per request, and
min(2, clients) requests are worked on at once, so the mean latency is clients x CPU per
request / min(2, clients) (Little's law for a closed loop that keeps the cores busy); the
p99 is that mean times the p99/mean ratio measured in the run. A model, not a measurement:
on a quiet machine the measured columns are the ones to quote.
Memory: peak RSS and PSS (proportional: shared copy-on-write pages divided among the
processes sharing them) of the server and its workers, sampled every 100 ms.
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import json
import os
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.corpus import articles, print_table  # noqa: E402
from benchmarks.worktree import THIS, checkouts, env_for  # noqa: E402

TICK = os.sysconf("SC_CLK_TCK")
CORES = 2  # the target: 8 clients on 2 cores


def build_articles(words: int = 800) -> list[tuple[str, list[str]]]:
    """(headline, paragraphs) of about ``words`` words each, from the corpus, in order."""
    paragraphs: list[str] = []
    for a in articles():
        lines = [x.strip() for x in a.text.split("\n\n") if x.strip()]
        paragraphs.extend(p for p in lines[1:] if len(p.split()) >= 8)
    heads = [a.text.split("\n", 1)[0].strip() for a in articles()]
    out, current, count = [], [], 0
    for p in paragraphs:
        current.append(p)
        count += len(p.split())
        if count >= words:
            out.append((heads[len(out) % len(heads)], current))
            current, count = [], 0
    return out


def article_text(pool: list[tuple[str, list[str]]], n: int, mode: str) -> str:
    if mode == "edited":
        head, paras = pool[0]
        return head + "\n\n" + "\n\n".join(paras) + f"\n\nThis story was updated {n} times.\n"
    head, paras = pool[n % len(pool)]
    return head + "\n\n" + "\n\n".join(f"Update {n}: {p}" for p in paras) + "\n"


# -- the server's processes: CPU and memory ------------------------------------------------

def family(pid: int) -> list[int]:
    pids = [pid]
    with contextlib.suppress(OSError):
        for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split():
            pids.extend(family(int(child)))
    return pids


def cpu_seconds(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        with contextlib.suppress(OSError):
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / TICK


def memory_kib(pids: list[int]) -> tuple[int, int]:
    rss = pss = 0
    for pid in pids:
        with contextlib.suppress(OSError):
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Rss:"):
                    rss += int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss += int(line.split()[1])
    return rss, pss


class MemorySampler:
    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peak = (0, 0)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(0.1):
            rss, pss = memory_kib(family(self.pid))
            self.peak = (max(self.peak[0], rss), max(self.peak[1], pss))

    def __enter__(self) -> MemorySampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


# -- the server ------------------------------------------------------------------------------

@contextlib.contextmanager
def server(workers: int, queue: int, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    tmp = Path(tempfile.mkdtemp(prefix="copylint-serve-bench-"))
    config = tmp / ".copylint.toml"
    config.write_text("# defaults\n")
    log = tmp / "serve.log"
    with open(log, "wb") as err:
        proc = subprocess.Popen([sys.executable, "-m", "copylint", "serve", "--port", "0", "--workers", str(workers),
                                 "--queue", str(queue), "--config", str(config)],
                                stdout=subprocess.DEVNULL, stderr=err, cwd=tmp, env=env)
    try:
        port = None
        deadline = time.monotonic() + 300
        while port is None and time.monotonic() < deadline and proc.poll() is None:
            m = re.search(r'"event": "listening", "url": "http://127\.0\.0\.1:(\d+)"', log.read_text())
            port = int(m.group(1)) if m else None
            time.sleep(0.1)
        if port is None:
            raise SystemExit(f"copylint serve did not start: {log.read_text()[-2000:]}")
        while True:
            with contextlib.suppress(OSError):
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=5) as r:
                    if json.load(r)["status"] == "ok":
                        break
            time.sleep(0.1)
        yield proc, port, log
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()


def request(conn: http.client.HTTPConnection, endpoint: str, text: str) -> int:
    if endpoint == "v2":
        conn.request("POST", "/v2/check", urlencode({"text": text, "language": "en-US"}),
                     {"Content-Type": "application/x-www-form-urlencoded"})
    else:
        conn.request("POST", "/api/lint", text.encode("utf-8"), {"Content-Type": "text/plain; charset=utf-8"})
    r = conn.getresponse()
    r.read()
    return r.status


def run_level(port: int, clients: int, per_client: int, endpoint: str, pool: list, mode: str, start_n: int) -> dict:
    texts = [[article_text(pool, start_n + c * per_client + j, mode) for j in range(per_client)] for c in range(clients)]
    latencies: list[float] = []
    statuses: list[int] = []
    lock = threading.Lock()

    cpu: list[float] = []

    def client(c: int) -> None:
        started = time.thread_time()
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        mine = []
        for text in texts[c]:
            t0 = time.perf_counter()
            status = request(conn, endpoint, text)
            mine.append((time.perf_counter() - t0, status))
        conn.close()
        with lock:
            latencies.extend(x for x, _ in mine)
            statuses.extend(s for _, s in mine)
            cpu.append(time.thread_time() - started)

    wall = time.perf_counter()
    with ThreadPoolExecutor(clients) as ex:
        list(ex.map(client, range(clients)))
    return {"latencies": latencies, "errors": sum(1 for s in statuses if s != 200), "wall": time.perf_counter() - wall,
            "client_cpu": sum(cpu)}


class Level:
    """One server's figures at one client count, summed over rounds."""

    def __init__(self, clients: int) -> None:
        self.clients = clients
        self.latencies: list[float] = []
        self.errors = 0
        self.wall = self.server_cpu = self.parent_cpu = self.client_cpu = 0.0
        self.lint_ms: list[float] = []
        self.shared = 0
        self.peak = (0, 0)

    def add(self, result: dict, cpu: tuple[float, float], client_cpu: float, log_lines: list[str],
            peak: tuple[int, int]) -> None:
        server_cpu, self.parent_cpu = cpu[0], self.parent_cpu + cpu[1]
        self.latencies += result["latencies"]
        self.errors += result["errors"]
        self.wall += result["wall"]
        self.server_cpu += server_cpu
        self.client_cpu += client_cpu
        for line in log_lines:
            if '"event": "request"' in line and '"status": 200' in line:
                entry = json.loads(line)
                self.lint_ms.append(entry.get("lint_cpu_ms", 0.0))
                self.shared += "shared" in entry
        self.peak = (max(self.peak[0], peak[0]), max(self.peak[1], peak[1]))

    def row(self) -> list[object]:
        lat = sorted(self.latencies)
        n = len(lat)
        p99 = lat[min(n - 1, int(round(0.99 * (n - 1))))]
        mean = statistics.mean(lat)
        # on CORES free cores: each request costs the server's and the client's CPU, and
        # min(CORES, clients) of them are worked on at once; the spread (p99 over the mean) as measured
        model = self.clients * (self.server_cpu + self.client_cpu) / n / min(CORES, self.clients)
        return [n, self.errors, f"{n / self.wall:.1f}", f"{statistics.median(lat) * 1000:.1f}", f"{p99 * 1000:.1f}",
                f"{model * 1000:.0f} / {model * p99 / mean * 1000:.0f}",
                f"{lat[-1] * 1000:.1f}", f"{self.wall:.2f}", f"{self.server_cpu:.2f}", f"{self.server_cpu / self.wall:.2f}",
                f"{self.server_cpu * 1000 / n:.1f}", f"{statistics.mean(self.lint_ms):.1f}" if self.lint_ms else "-",
                f"{self.parent_cpu * 1000 / n:.1f}",
                self.shared, f"{self.client_cpu:.2f}", f"{self.peak[0] / 1024:.0f}", f"{self.peak[1] / 1024:.0f}"]


def measure(proc: subprocess.Popen, port: int, log: Path, clients: int, per_client: int, opts: argparse.Namespace,
            pool: list, start_n: int, level: Level) -> None:
    logged = len(log.read_text().splitlines())
    server_cpu, parent_cpu = cpu_seconds(family(proc.pid)), cpu_seconds([proc.pid])
    with MemorySampler(proc.pid) as mem:
        result = run_level(port, clients, per_client, opts.endpoint, pool, opts.mode, start_n)
    cpu = (cpu_seconds(family(proc.pid)) - server_cpu, cpu_seconds([proc.pid]) - parent_cpu)
    level.add(result, cpu, result["client_cpu"], log.read_text().splitlines()[logged:], mem.peak)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--queue", type=int, default=64)
    parser.add_argument("--endpoint", choices=("v2", "api"), default="v2")
    parser.add_argument("--mode", choices=("fresh", "edited"), default="fresh")
    parser.add_argument("--requests", type=int, default=160, help="requests per level and round (at least 5 per client)")
    parser.add_argument("--levels", default="1,8,32")
    parser.add_argument("--rounds", type=int, default=1, help="turns per server and level (figures over all of them)")
    parser.add_argument("--against", action="append", default=[], metavar="REF",
                        help="also measure the server of this commit or branch, in turns with this tree's")
    opts = parser.parse_args()
    pool = build_articles()
    words = statistics.mean(len(article_text(pool, n, opts.mode).split()) for n in range(len(pool)))
    levels = [int(x) for x in opts.levels.split(",")]
    load_before = os.getloadavg()
    with checkouts(opts.against) as trees, contextlib.ExitStack() as stack:
        servers = {name: stack.enter_context(server(opts.workers, opts.queue, None if name == THIS else env_for(tree)))
                   for name, tree in trees.items()}
        for _proc, port, _log in servers.values():
            warm = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            for n in range(4):  # first requests: connection set-up, the workers' first pages
                request(warm, opts.endpoint, article_text(pool, 10_000_000 + n, opts.mode))
            warm.close()
        figures = {(name, clients): Level(clients) for name in servers for clients in levels}
        n = 0
        for round_ in range(opts.rounds):
            for clients in levels:
                per_client = max(5, opts.requests // clients)
                order = list(servers) if round_ % 2 == 0 else list(reversed(servers))
                for name in order:  # the same requests to each server in turn
                    proc, port, log = servers[name]
                    measure(proc, port, log, clients, per_client, opts, pool, n, figures[name, clients])
                n += clients * per_client
    load_after = os.getloadavg()
    rows = [[name, clients, *figures[name, clients].row()] for clients in levels for name in servers]
    print_table(
        ["server", "clients", "requests", "errors", "req/s", "p50 ms", "p99 ms", "on 2 free cores: mean / p99 ms (model)", "max ms", "wall s", "server CPU s",
         "server cores used", "server CPU ms/req", "of which lint ms/req", "of which HTTP process ms/req", "shared", "client CPU s", "peak RSS MiB",
         "peak PSS MiB"], rows,
        title=(f"copylint serve, /{'v2/check' if opts.endpoint == 'v2' else 'api/lint'}, {opts.workers} workers, "
               f"{words:.0f}-word articles ({opts.mode}), {opts.rounds} round(s), {os.cpu_count()} CPUs; "
               f"load average {load_before[0]:.1f} before, {load_after[0]:.1f} after"))
    if len(servers) > 1:
        base = list(servers)[1]
        ratio_rows = []
        for clients in levels:
            a, b = figures[THIS, clients], figures[base, clients]
            ratio_rows.append([clients, f"{(a.server_cpu / len(a.latencies)) / (b.server_cpu / len(b.latencies)):.2f}",
                               f"{statistics.median(a.latencies) / statistics.median(b.latencies):.2f}",
                               f"{a.row()[4]} / {b.row()[4]}", f"{a.row()[5]}  |  {b.row()[5]}"])
        print_table(["clients", "server CPU per request, ratio", "p50 ratio", f"p99 ms ({THIS} / {base})",
                     f"on 2 free cores, mean / p99 ms (model; {THIS} | {base})"], ratio_rows,
                    title=f"{THIS} against {base}, same run")


if __name__ == "__main__":
    main()
