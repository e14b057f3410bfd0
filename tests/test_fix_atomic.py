"""Writing fixes never loses or corrupts a file: interrupted writes, read-only folders, files changed meanwhile."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

import pytest

import copylint.fixes as fixes
from copylint.api import get_linter
from copylint.config import Settings
from copylint.errors import CopylintError
from copylint.fixes import atomic_write, fix_file

SETTINGS = Settings(disable=("ALL",), enable=("style.repeated-word",))
ORIGINAL = "\ufeffHeadline here\r\n\r\nIt was the the end.\r\n".encode()
FIXED = "\ufeffHeadline here\r\n\r\nIt was the end.\r\n".encode()


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_bytes(ORIGINAL)
    path.chmod(0o664)
    return path


def _leftovers(folder: Path) -> list[str]:
    return sorted(p for p in os.listdir(folder) if p != "story.txt")


def test_fix_file_writes_and_keeps_mode(article: Path):
    outcome = fix_file(get_linter(SETTINGS), str(article), "txt")
    assert outcome.applied == 1
    assert article.read_bytes() == FIXED
    assert stat.S_IMODE(article.stat().st_mode) == 0o664
    assert _leftovers(article.parent) == []


def test_write_false_computes_without_writing(article: Path):
    outcome = fix_file(get_linter(SETTINGS), str(article), "txt", write=False)
    assert outcome.changed and outcome.applied == 1
    assert article.read_bytes() == ORIGINAL


@pytest.mark.parametrize("fail_in", ["replace", "fsync", "chmod", "exchange"])
def test_failure_before_the_rename_leaves_the_original(article: Path, monkeypatch, fail_in: str):
    def boom(*args, **kwargs):
        raise OSError(28, "No space left on device")

    if fail_in == "replace":  # a system without an atomic swap renames
        monkeypatch.setattr(fixes, "exchange", lambda a, b: False)
    if fail_in == "exchange":
        monkeypatch.setattr(fixes, "exchange", boom)
    else:
        monkeypatch.setattr(fixes.os, fail_in, boom)
    with pytest.raises(CopylintError, match="No space left on device; the file is unchanged") as caught:
        fix_file(get_linter(SETTINGS), str(article), "txt")
    assert str(article) in str(caught.value)
    monkeypatch.undo()
    assert article.read_bytes() == ORIGINAL
    assert _leftovers(article.parent) == []


def test_write_interrupted_half_way_leaves_the_original(article: Path, monkeypatch):
    real_fdopen = os.fdopen

    class HalfWriter:
        """Writes half the bytes, then the process is 'killed' (KeyboardInterrupt)."""

        def __init__(self, fh):
            self.fh = fh

        def write(self, data: bytes) -> int:
            self.fh.write(data[: len(data) // 2])
            self.fh.flush()
            raise KeyboardInterrupt

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()
            return False

    monkeypatch.setattr(fixes.os, "fdopen", lambda fd, mode: HalfWriter(real_fdopen(fd, mode)))
    with pytest.raises(KeyboardInterrupt):
        fix_file(get_linter(SETTINGS), str(article), "txt")
    monkeypatch.undo()
    assert article.read_bytes() == ORIGINAL
    assert _leftovers(article.parent) == []


def test_no_temporary_file_can_be_made(article: Path, monkeypatch):
    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", denied)  # cachefile imports it when it writes
    with pytest.raises(CopylintError, match="Permission denied"):
        fix_file(get_linter(SETTINGS), str(article), "txt")
    assert article.read_bytes() == ORIGINAL


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="root may write into a read-only folder; test_no_temporary_file_can_be_made covers it")
def test_read_only_folder(article: Path):
    folder = article.parent
    folder.chmod(0o555)
    try:
        with pytest.raises(CopylintError, match="the file is unchanged"):
            fix_file(get_linter(SETTINGS), str(article), "txt")
    finally:
        folder.chmod(0o755)
    assert article.read_bytes() == ORIGINAL
    assert _leftovers(folder) == []


def test_file_changed_on_disk_while_fixing_is_not_overwritten(article: Path, monkeypatch):
    real = fixes.fix_document
    edited = ORIGINAL + b"A line the writer added meanwhile.\r\n"

    def fix_while_someone_saves(*args, **kwargs):
        outcome = real(*args, **kwargs)
        article.write_bytes(edited)
        return outcome

    monkeypatch.setattr(fixes, "fix_document", fix_while_someone_saves)
    with pytest.raises(CopylintError, match="changed on disk while copylint was fixing it; not written"):
        fix_file(get_linter(SETTINGS), str(article), "txt")
    assert article.read_bytes() == edited


def test_atomic_write_creates_only_when_asked(tmp_path: Path):
    target = tmp_path / "new.json"
    with pytest.raises(CopylintError, match="no such file"):
        atomic_write(str(target), b"{}")
    atomic_write(str(target), b"{}", create=True)
    assert target.read_bytes() == b"{}"
    assert _leftovers(tmp_path) == ["new.json"]


def test_a_writer_slipping_in_after_the_check_is_not_overwritten(article: Path, monkeypatch):
    """Issue 15: the "changed on disk" check and the rename were two steps; a save between
    them was lost. Another program saves the file while the fixed copy is being synced."""
    edited = ORIGINAL + b"Saved by the editor meanwhile.\r\n"
    real_fsync = os.fsync

    def fsync_then_someone_saves(fd):
        real_fsync(fd)
        article.write_bytes(edited)

    monkeypatch.setattr(fixes.os, "fsync", fsync_then_someone_saves)
    with pytest.raises(CopylintError, match="changed on disk while copylint was fixing it; not written"):
        fix_file(get_linter(SETTINGS), str(article), "txt")
    monkeypatch.undo()
    assert article.read_bytes() == edited
    assert _leftovers(article.parent) == []


def test_without_an_atomic_swap_the_file_is_still_compared(article: Path, monkeypatch):
    edited = ORIGINAL + b"Saved meanwhile.\r\n"
    real_fsync = os.fsync

    def fsync_then_someone_saves(fd):
        real_fsync(fd)
        article.write_bytes(edited)

    monkeypatch.setattr(fixes, "exchange", lambda a, b: False)
    monkeypatch.setattr(fixes.os, "fsync", fsync_then_someone_saves)
    with pytest.raises(CopylintError, match="changed on disk"):
        fix_file(get_linter(SETTINGS), str(article), "txt")
    monkeypatch.undo()
    assert article.read_bytes() == edited
    assert _leftovers(article.parent) == []


_KILLED_WRITER = """
import os, signal, sys
import copylint.fixes as fixes
os.fsync = lambda fd: os.kill(os.getpid(), signal.SIGKILL)  # kill -9 half-way through the write
fixes.atomic_write(sys.argv[1], b"new bytes")
"""

_LIVE_WRITER = """
import os, sys, time
from copylint.cachefile import exclusive_temp
fd, tmp = exclusive_temp(sys.argv[1], "story.txt")
print(tmp, flush=True)
time.sleep(60)
"""


def test_kill_9_leaves_no_temporary_file_a_later_run_does_not_clean(article: Path):
    import subprocess
    import sys

    killed = subprocess.run([sys.executable, "-c", _KILLED_WRITER, str(article)], capture_output=True)
    assert killed.returncode == -9
    (left,) = _leftovers(article.parent)
    assert left.endswith(".copylint-tmp")
    os.utime(article.parent / left, (0, 0))  # older than a writer takes to lock its file
    live = subprocess.Popen([sys.executable, "-c", _LIVE_WRITER, str(article.parent)], stdout=subprocess.PIPE, text=True)
    try:
        live_tmp = Path(live.stdout.readline().strip())
        os.utime(live_tmp, (0, 0))
        fix_file(get_linter(SETTINGS), str(article), "txt")  # a later run
        assert article.read_bytes() == FIXED
        assert _leftovers(article.parent) == [live_tmp.name]  # the killed writer's is gone, the live one's kept
    finally:
        live.kill()
        live.wait()


def test_the_report_is_never_written_through_a_planted_symlink(tmp_path: Path, run_cli):
    """Issue 15: `-o FILE` wrote to FILE.copylint-tmp, where a symlink could be planted."""
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"precious")
    work = tmp_path / "work"
    work.mkdir()
    (work / "a.txt").write_bytes(b"Headline\n\nIt was the the end.\n")
    (work / "report.json.copylint-tmp").symlink_to(victim)
    result = run_cli("check", "--format", "json", "-o", "report.json", "a.txt", cwd=work)
    assert result.returncode == 1, result.stderr.decode()
    assert victim.read_bytes() == b"precious"
    assert b'"rule"' in (work / "report.json").read_bytes()
    assert not (work / "report.json").is_symlink()
    (work / "report.json").unlink()
    (work / "report.json").symlink_to(victim)  # -o naming a symlink: refused, not followed
    result = run_cli("check", "--format", "json", "-o", "report.json", "a.txt", cwd=work)
    assert result.returncode == 2
    assert "report.json: cannot write the report: is a symbolic link" in result.stderr.decode()
    assert victim.read_bytes() == b"precious"


def test_two_runs_fixing_one_file_at_once_do_not_both_write(article: Path):
    fcntl = pytest.importorskip("fcntl")
    with open(article, "rb") as other_run:
        fcntl.flock(other_run, fcntl.LOCK_EX)
        with pytest.raises(CopylintError, match="is being written by another copylint run; not written"):
            fix_file(get_linter(SETTINGS), str(article), "txt")
    assert article.read_bytes() == ORIGINAL
    assert _leftovers(article.parent) == []
    fix_file(get_linter(SETTINGS), str(article), "txt")
    assert article.read_bytes() == FIXED
