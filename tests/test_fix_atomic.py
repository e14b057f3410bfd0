"""Writing fixes never loses or corrupts a file: interrupted writes, read-only folders, files changed meanwhile."""

from __future__ import annotations

import os
import stat
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


@pytest.mark.parametrize("fail_in", ["replace", "fsync", "chmod"])
def test_failure_before_the_rename_leaves_the_original(article: Path, monkeypatch, fail_in: str):
    def boom(*args, **kwargs):
        raise OSError(28, "No space left on device")

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

    monkeypatch.setattr(fixes.tempfile, "mkstemp", denied)
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
