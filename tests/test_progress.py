"""The progress bar: on a terminal for long text runs, never in pipes or machine formats."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from copylint.progress import MIN_FILES, progress_bar, should_show


class Stream(io.StringIO):
    def __init__(self, tty: bool) -> None:
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


TTY, PIPE = Stream(True), Stream(False)


@pytest.mark.parametrize(
    ("fmt", "files", "output", "quiet", "stdout", "stderr", "shown"),
    [
        ("text", MIN_FILES + 1, None, False, TTY, TTY, True),
        ("text", MIN_FILES + 1, "report.txt", False, PIPE, TTY, True),  # report to a file, bar on the terminal
        ("text", MIN_FILES, None, False, TTY, TTY, False),  # short runs finish before a bar helps
        ("json", 500, None, False, TTY, TTY, False),  # machine formats: never
        ("sarif", 500, "out.sarif", False, TTY, TTY, False),
        ("github", 500, None, False, TTY, TTY, False),
        ("text", 500, None, False, PIPE, TTY, False),  # output piped
        ("text", 500, None, False, TTY, PIPE, False),  # stderr piped (CI logs, pre-commit)
        ("text", 500, None, True, TTY, TTY, False),  # --quiet
    ],
)
def test_should_show(fmt, files, output, quiet, stdout, stderr, shown):
    assert should_show(fmt, files, output, quiet, stdout=stdout, stderr=stderr) is shown


def test_disabled_bar_yields_no_callback():
    with progress_bar(100, enabled=False) as on_file:
        assert on_file is None


def _articles(folder: Path, count: int) -> None:
    (folder / ".copylint.toml").write_text('disable = ["ALL"]\nenable = ["style.repeated-word"]\n')
    for n in range(count):
        (folder / f"story{n:03}.txt").write_text(f"Story {n}\n\nIt was the the end of day {n}.\n")


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_bar_on_a_terminal_and_not_in_a_pipe(tmp_path: Path):
    import pty

    (tmp_path / "news").mkdir()
    _articles(tmp_path / "news", MIN_FILES + 5)
    env = dict(os.environ, COLUMNS="100", TERM="xterm", COPYLINT_CACHE_DIR=str(tmp_path / ".cache"))
    env.pop("NO_COLOR", None)
    args = [sys.executable, "-m", "copylint", "check", "-o", "report.txt", "news"]

    master, slave = pty.openpty()
    try:
        proc = subprocess.Popen(args, cwd=tmp_path, env=env, stdin=subprocess.DEVNULL, stdout=slave, stderr=slave)
        os.close(slave)
        seen = b""
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # the other side closed
                break
            if not chunk:
                break
            seen += chunk
        assert proc.wait(timeout=120) == 1
    finally:
        os.close(master)
    screen = seen.decode("utf-8", "replace")
    assert "Checking" in screen and f"/{MIN_FILES + 5}" in screen
    assert len((tmp_path / "report.txt").read_text().splitlines()) == MIN_FILES + 5

    piped = subprocess.run(args, cwd=tmp_path, env=env, capture_output=True, timeout=120)
    assert piped.returncode == 1
    assert b"Checking" not in piped.stderr and b"\x1b[" not in piped.stderr
    assert piped.stderr.decode().strip() == f"Found {MIN_FILES + 5} issues ({MIN_FILES + 5} errors) in {MIN_FILES + 5} files."
