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
    assert result.files == 25 and not result.errors  # 24 articles and the sample (LICENSE.upstream.txt is no article)


def test_text_goes_only_to_the_configured_server(tmp_path, monkeypatch):
    from dataclasses import replace

    from lt_double import LTDouble

    from copylint.config import GrammarSettings

    double = LTDouble()
    try:
        host, port = double.url.split("//")[1].split(":")
        port = int(port.split("/")[0])
        seen: list[tuple] = []
        real_connect = socket.socket.connect

        def record(self, address):
            if self.family in (socket.AF_INET, socket.AF_INET6):
                seen.append(address[:2])
            return real_connect(self, address)

        monkeypatch.setattr(socket.socket, "connect", record)
        settings = replace(Settings(), grammar=GrammarSettings(backends=("builtin", "languagetool"), languagetool_url=double.url))
        (tmp_path / "a.txt").write_text("A headline for the story\n\nA confidential draft about the budget.\n")
        result = lint_paths([str(tmp_path)], config=settings)
        assert not result.errors
        assert seen and all(addr == (host, port) for addr in seen), seen
        assert any("confidential draft" in str(form) for form in double.requests), "the text went to the named server"
    finally:
        double.stop()


def test_check_without_fix_never_writes_an_input_file(run_cli, tmp_path):
    shutil.copytree(CORPUS / "news", tmp_path / "news")
    (tmp_path / "news" / "bad.md").write_bytes("\ufeff# Title\r\n\r\nThe the troops.\r\n".encode())
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in (tmp_path / "news").iterdir()}
    for fmt in ("text", "json", "sarif", "github", "html"):
        r = run_cli("check", "news", "--format", fmt, "-o", f"report.{fmt}")
        assert r.returncode == 1, r.stderr
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in (tmp_path / "news").iterdir()} == before


def test_disk_full_while_writing_the_report(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from copylint.cli import main

    (tmp_path / "a.txt").write_text("A headline for the story\n\nThe the troops.\n")
    original = (tmp_path / "a.txt").read_bytes()
    (tmp_path / "report.json").write_text("old report")

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COPYLINT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(os, "replace", full)
    result = CliRunner().invoke(main, ["check", "a.txt", "--format", "json", "-o", "report.json"])
    assert result.exit_code == 2
    assert "report.json: cannot write the report: No space left on device" in result.output
    assert (tmp_path / "report.json").read_text() == "old report"  # the old report is intact
    assert (tmp_path / "a.txt").read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "cache", "report.json"]  # no temporary left


def test_disk_full_while_writing_the_cache(tmp_path, monkeypatch):
    from copylint.cache import ResultCache

    (tmp_path / "a.txt").write_text("A headline for the story\n\nThe the troops.\n")

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    cache = ResultCache(tmp_path / "cache", "fp")
    result, _ = run([str(tmp_path / "a.txt")], Settings(), RunOptions(cache=cache))
    assert [i.rule for i in result.issues] == ["style.repeated-word"]
    assert any("No space left on device" in w for w in result.warnings)
    assert not [p for p in (tmp_path / "cache").rglob("*") if p.is_file()]  # no half-written entry
