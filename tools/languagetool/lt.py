#!/usr/bin/env python3
"""Provision and run a local LanguageTool server (no Docker), for copylint's live tests,
CI and users.

    python tools/languagetool/lt.py provision      # fetch the jars once (Maven), print their folder
    python tools/languagetool/lt.py start          # start a server, print its URL, leave it running
    python tools/languagetool/lt.py stop           # stop the server that `start` started
    (start/stop --state FILE: record the server in FILE, e.g. one per CI run)
    python tools/languagetool/lt.py run -- CMD...  # start, run CMD with COPYLINT_LANGUAGETOOL_URL set, stop

Provisioning runs ``mvn dependency:copy-dependencies`` on the committed pom.xml beside
this file (LanguageTool's server and English module from Maven Central, LGPL 2.1) into
``$COPYLINT_LT_HOME/<pom hash>/lib`` (default ``$XDG_CACHE_HOME/copylint/languagetool``, i.e.
``~/.cache/copylint/languagetool``). The folder is filled under a temporary name and renamed
when complete, so a second run on the same machine reuses it and an interrupted one is
redone. Changing the pom changes the hash, hence the folder.

The server listens on 127.0.0.1 only, on a free port, with a bounded heap
(``COPYLINT_LT_HEAP``, default 768m); ``start`` returns when ``/v2/languages`` answers
and a first English check has loaded the rules (or fails with the end of the server's log
after ``COPYLINT_LT_START_TIMEOUT`` seconds, default 180). ``stop`` ends only the process that ``start`` recorded. Standard library only:
importable by the tests (:class:`Server`).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
POM = HERE / "pom.xml"
MAIN_CLASS = "org.languagetool.server.HTTPServer"
DEFAULT_HEAP = "768m"


class LanguageToolSetupError(RuntimeError):
    """Provisioning or start-up failed; the message says why in a few lines."""


def home() -> Path:
    """Where provisioned LanguageTool folders live (``COPYLINT_LT_HOME`` wins)."""
    if os.environ.get("COPYLINT_LT_HOME"):
        return Path(os.environ["COPYLINT_LT_HOME"]).expanduser()
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache) / "copylint" / "languagetool"


def lib_dir() -> Path:
    """The jar folder for the current pom (its content hash names it)."""
    digest = hashlib.sha256(POM.read_bytes()).hexdigest()[:16]
    return home() / digest / "lib"


def provisioned() -> Path | None:
    """The jar folder when it is complete, else None. Looks only."""
    lib = lib_dir()
    return lib if (lib.parent / "complete.json").is_file() and lib.is_dir() else None


def provision(quiet: bool = True) -> Path:
    """The jar folder, fetched with Maven first when missing."""
    done = provisioned()
    if done is not None:
        return done
    mvn = shutil.which("mvn")
    if mvn is None:
        raise LanguageToolSetupError("Maven (mvn) is not on PATH: install it (apt-get install maven) to fetch LanguageTool")
    lib = lib_dir()
    lib.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="lib.partial-", dir=lib.parent))
    started = time.monotonic()
    cmd = [mvn, "-B", *(["-q"] if quiet else []), "-f", str(POM),
           "dependency:copy-dependencies", f"-DoutputDirectory={tmp}"]
    proc = subprocess.run(cmd, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    if proc.returncode != 0:
        shutil.rmtree(tmp, ignore_errors=True)
        tail = "\n".join((proc.stdout + proc.stderr).strip().splitlines()[-15:])
        raise LanguageToolSetupError(f"mvn could not fetch LanguageTool (exit {proc.returncode}):\n{tail}")
    jars = sorted(p.name for p in tmp.glob("*.jar"))
    if not any(name.startswith("languagetool-server-") for name in jars):
        shutil.rmtree(tmp, ignore_errors=True)
        raise LanguageToolSetupError("mvn finished but languagetool-server is not among the fetched jars")
    shutil.rmtree(lib, ignore_errors=True)  # a stale half folder without the stamp
    tmp.rename(lib)
    stamp = {"jars": len(jars), "seconds": round(time.monotonic() - started, 1),
             "bytes": sum(p.stat().st_size for p in lib.glob("*.jar"))}
    (lib.parent / "complete.json").write_text(json.dumps(stamp) + "\n")
    return lib


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """One LanguageTool HTTP server process on 127.0.0.1, started by this object."""

    def __init__(self, lib: Path | None = None, heap: str | None = None, port: int | None = None) -> None:
        self.lib = lib or provision()
        self.heap = heap or os.environ.get("COPYLINT_LT_HEAP") or DEFAULT_HEAP
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None
        self.start_seconds: float | None = None  # until /v2/languages answered
        self.warm_seconds: float | None = None  # until a first English check answered
        self._log = tempfile.NamedTemporaryFile(prefix="copylint-lt-", suffix=".log", delete=False)  # noqa: SIM115

    def command(self) -> list[str]:
        java = shutil.which("java")
        if java is None:
            raise LanguageToolSetupError("LanguageTool needs Java 17 or later on PATH")
        return [java, f"-Xmx{self.heap}", "-Xss2m", "-XX:+UseSerialGC", "-Djava.awt.headless=true",
                "-cp", str(self.lib / "*"), MAIN_CLASS, "--port", str(self.port)]

    def start(self, timeout: float | None = None) -> Server:
        timeout = timeout or float(os.environ.get("COPYLINT_LT_START_TIMEOUT") or 180)
        began = time.monotonic()
        self.process = subprocess.Popen(self.command(), stdin=subprocess.DEVNULL, stdout=self._log,
                                        stderr=subprocess.STDOUT, start_new_session=True)
        while time.monotonic() - began < timeout:
            if self.process.poll() is not None:
                raise LanguageToolSetupError(
                    f"LanguageTool exited with status {self.process.returncode} while starting:\n{self.log_tail()}")
            if self.ready():
                self.start_seconds = time.monotonic() - began
                self.warm(timeout - self.start_seconds)
                self.warm_seconds = time.monotonic() - began
                return self
            time.sleep(0.2)
        self.stop()
        raise LanguageToolSetupError(f"LanguageTool did not answer /v2/languages within {timeout:g} s:\n{self.log_tail()}")

    def ready(self) -> bool:
        try:
            with urllib.request.urlopen(self.url + "/v2/languages", timeout=2) as r:
                return r.status == 200 and b"en-US" in r.read(1 << 20)
        except (OSError, urllib.error.URLError):
            return False

    def warm(self, timeout: float) -> None:
        """One English check, so that the first real request does not pay for loading
        LanguageTool's rules (tens of seconds on a busy machine)."""
        data = urllib.parse.urlencode({"language": "en-US", "text": "It was an big deal."}).encode()
        try:
            with urllib.request.urlopen(self.url + "/v2/check", data=data, timeout=max(timeout, 5)) as r:
                r.read(1 << 20)
        except (OSError, urllib.error.URLError) as exc:
            self.stop()
            raise LanguageToolSetupError(f"LanguageTool answered /v2/languages but not a first check ({exc}):\n"
                                         f"{self.log_tail()}") from None

    def log_tail(self, lines: int = 12) -> str:
        try:
            text = Path(self._log.name).read_text(errors="replace")
        except OSError:
            return ""
        return "\n".join(text.strip().splitlines()[-lines:])

    def rss_bytes(self) -> int | None:
        """The server's resident memory now (Linux), or None."""
        if self.process is None:
            return None
        try:
            for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
        except OSError:
            return None
        return None

    def kill(self) -> None:
        """Ends the server at once (SIGKILL), as a crash would."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.kill()
        self._log.close()
        with contextlib.suppress(OSError):
            os.unlink(self._log.name)  # the log may name requests; it is not kept

    def __enter__(self) -> Server:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


# -- the command line: a state file remembers what `start` started --------------------

_STATE: list[Path] = []


def _state_file() -> Path:
    """Where ``start`` records its server for ``stop`` (``--state FILE``, else in home())."""
    return _STATE[0] if _STATE else home() / "server.json"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except OSError:
        return False
    cmdline = Path(f"/proc/{pid}/cmdline")
    return not cmdline.exists() or MAIN_CLASS.encode() in cmdline.read_bytes()


def _recorded() -> dict | None:
    try:
        old = json.loads(_state_file().read_text())
    except (OSError, ValueError):
        return None
    return old if isinstance(old, dict) and isinstance(old.get("pid"), int) else None


def cmd_start() -> int:
    state = _state_file()
    old = _recorded()
    if old is not None and _alive(old["pid"]):
        print(old["url"])
        return 0
    server = Server().start()
    assert server.process is not None
    state.parent.mkdir(parents=True, exist_ok=True)
    state.write_text(json.dumps({"pid": server.process.pid, "url": server.url, "log": server._log.name}) + "\n")
    print(f"lt: LanguageTool at {server.url} (pid {server.process.pid}, heap {server.heap}, "
          f"answering in {server.start_seconds:.1f} s, warm in {server.warm_seconds:.1f} s)", file=sys.stderr)
    print(server.url)
    return 0


def cmd_stop() -> int:
    state = _state_file()
    old = _recorded()
    if old is None:
        print("lt: no server recorded", file=sys.stderr)
        return 0
    if _alive(old["pid"]):
        os.kill(old["pid"], signal.SIGTERM)
        for _ in range(75):
            if not _alive(old["pid"]):
                break
            time.sleep(0.2)
        else:
            os.kill(old["pid"], signal.SIGKILL)
    with contextlib.suppress(OSError):
        os.unlink(old.get("log", ""))
    state.unlink()
    print(f"lt: stopped pid {old['pid']}", file=sys.stderr)
    return 0


def cmd_run(argv: list[str]) -> int:
    if not argv:
        raise LanguageToolSetupError("run needs a command after --")
    with Server() as server:
        print(f"lt: LanguageTool at {server.url}, warm in {server.warm_seconds:.1f} s", file=sys.stderr)
        env = dict(os.environ, COPYLINT_LANGUAGETOOL_URL=server.url)
        return subprocess.call(argv, env=env)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=("provision", "start", "stop", "run", "where"))
    parser.add_argument("--state", type=Path, help="start/stop: the file that records the server (default in the cache)")
    parser.add_argument("rest", nargs="*", help="run: the command, after --")
    args = parser.parse_args(argv)
    if args.state:
        _STATE[:] = [args.state]
    try:
        if args.action == "provision":
            print(provision(quiet=True))
            return 0
        if args.action == "where":
            print(provisioned() or "")
            return 0 if provisioned() else 1
        if args.action == "start":
            return cmd_start()
        if args.action == "stop":
            return cmd_stop()
        return cmd_run(args.rest)
    except LanguageToolSetupError as exc:
        print(f"lt: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
