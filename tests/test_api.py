from __future__ import annotations

import builtins
import os

import pytest

import copylint
from copylint import Settings, lint_paths, lint_text
from copylint.errors import CopylintError


def test_lint_text_uses_path_extension_for_format():
    md = "# Title of the story\n\n`the the` is code, but the the is not.\n"
    issues = lint_text(md, path="story.md", config=Settings())
    assert [(i.line, i.column, i.text) for i in issues] == [(3, 24, "the the")]
    assert lint_text(md, path="story.txt", config=Settings())[0].text == "the the"


def test_lint_text_strips_bom_and_keeps_positions():
    issues = lint_text("\ufeffHeadline words here\r\n\r\nSo the the end.\r\n", path="a.txt", config=Settings())
    assert [(i.line, i.column, i.end_column) for i in issues] == [(3, 4, 11)]


def test_lint_paths_reports_unreadable_file_and_goes_on(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("Headline words here\n\nThe the end.\n")
    (tmp_path / "b.txt").write_text("Headline words here\n\nThe the end.\n")
    real_open = builtins.open

    def guarded(path, *args, **kwargs):
        if str(path).endswith("a.txt"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    real_os_open = os.open

    def os_guarded(path, *args, **kwargs):  # copylint.reading opens files with os.open
        if str(path).endswith("a.txt"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_os_open(path, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded)
    monkeypatch.setattr(os, "open", os_guarded)
    result = lint_paths([str(tmp_path)], config=Settings())
    assert [str(e) for e in result.errors] == [f"{tmp_path / 'a.txt'}: cannot read file: Permission denied"]
    assert [i.path for i in result.issues] == [str(tmp_path / "b.txt")]
    assert result.files == 1


def test_lint_paths_missing_path_raises():
    with pytest.raises(CopylintError, match="no such file"):
        lint_paths(["/nonexistent/x.txt"], config=Settings())


def test_version_and_public_names():
    assert copylint.__version__
    assert {"Issue", "Settings", "lint_text", "lint_paths"} <= set(copylint.__all__)
