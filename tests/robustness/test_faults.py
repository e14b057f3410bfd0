"""Faults: a worker killed mid-run, a default run opening no network connection."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import threading
import time
from pathlib import Path

import pytest

from conftest import ROOT
from copylint import Settings, lint_paths
from copylint.runner import RunOptions, run

CORPUS = ROOT / "tests" / "corpus" / "wikinews"


def children() -> list[int]:
    """PIDs of this process's children (Linux /proc)."""
    me = str(os.getpid())
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if stat.rsplit(")", 1)[1].split()[1] == me:
                out.append(int(entry.name))
    return out


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs Linux /proc to find the worker processes")
def test_killed_worker_is_reported_and_its_files_linted_again(tmp_path):
    for copy in range(8):
        shutil.copytree(CORPUS / "news", tmp_path / f"c{copy}")
    (tmp_path / "bad.txt").write_text("A headline for the test\n\nThe the troops left.\n")
    settings = Settings()
    expected, _ = run([str(tmp_path)], settings, RunOptions(jobs=1))
    before = set(children())
    killed: list[int] = []
    stop = threading.Event()

    def killer() -> None:  # kill the first worker the moment it exists
        while not stop.is_set():
            new = set(children()) - before
            if new:
                pid = min(new)
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)
                return
            time.sleep(0.001)

    thread = threading.Thread(target=killer)
    thread.start()
    try:
        got, _ = run([str(tmp_path)], settings, RunOptions(jobs=2))
    finally:
        stop.set()
        thread.join()
    assert killed, "no worker to kill"
    assert any("worker process died" in w for w in got.warnings)
    assert [(i.path, i.offset, i.rule) for i in got.issues] == [(i.path, i.offset, i.rule) for i in expected.issues]
    assert got.files == expected.files


def test_default_run_opens_no_network_connection(tmp_path, monkeypatch):
    attempts: list[object] = []
    real_connect = socket.socket.connect

    def refuse(self, address):  # any connection, to anywhere, fails the test
        if self.family in (socket.AF_INET, socket.AF_INET6):
            attempts.append(address)
            raise OSError("network access during a default run")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: attempts.append(a) or refuse(None, a))
    shutil.copytree(CORPUS / "news", tmp_path / "news")
    shutil.copy(ROOT / "seeds" / "000_3a4d6e7c6f64c596.txt", tmp_path / "news" / "sample.txt")
    started = time.monotonic()
    result = lint_paths([str(tmp_path / "news")], config=Settings())
    assert time.monotonic() - started < 600
    assert attempts == []
    assert result.files == 26 and not result.errors
