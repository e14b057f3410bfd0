"""``check --diff-base REV`` on real temporary git repositories."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from copylint.gitdiff import LineChanges, line_changes
from copylint.issue import Issue

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

ONLY = 'disable = ["ALL"]\nenable = ["style.repeated-word"]\n'
GIT_ENV = {
    "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.com",
    "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.com",
    "GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1",
}


def git(repo: Path, *args: str) -> str:
    import os

    done = subprocess.run(["git", *args], cwd=repo, capture_output=True, env={**os.environ, **GIT_ENV})
    assert done.returncode == 0, done.stderr.decode()
    return done.stdout.decode()


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    root.mkdir()
    git(root, "init", "-q", "-b", "main")
    (root / ".copylint.toml").write_text(ONLY)
    (root / "news").mkdir()
    (root / "news" / "storm.md").write_bytes(b"# Storm hits coast\n\nAn old mistake in the the archive.\n")
    (root / "news" / "calm.txt").write_bytes(b"Calm day\n\nNothing at all happened on on Monday.\n")
    (root / "news" / "crlf.txt").write_bytes(b"Rain day\r\n\r\nIt rained for for hours.\r\n")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "archive")
    return root


def issues(result) -> list[tuple[str, int, str]]:
    data = json.loads(result.stdout)
    return [(i["path"], i["line"], i["message"]) for i in data["issues"]]


def test_only_issues_on_changed_lines(run_cli, repo: Path):
    storm = repo / "news" / "storm.md"
    # lines inserted above the old issue move it down; it must stay hidden
    storm.write_bytes(b"# Storm hits coast\n\nA new paragraph with a a slip.\n\nAn old mistake in the the archive.\n")
    result = run_cli("check", "--format", "json", "--diff-base", "HEAD", "news", cwd=repo)
    assert result.returncode == 1, result.stderr.decode()
    assert issues(result) == [("news/storm.md", 3, "Repeated word \u201ca\u201d")]
    # without --diff-base every issue is there
    full = run_cli("check", "--format", "json", "news", cwd=repo)
    assert len(issues(full)) == 4


def test_unchanged_tree_reports_nothing_and_skips_files(run_cli, repo: Path):
    result = run_cli("check", "--diff-base", "HEAD", "news", cwd=repo)
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout == b""
    assert "3 files unchanged since HEAD not checked." in result.stderr.decode()
    assert "no articles" not in result.stderr.decode()


def test_untracked_and_added_files_are_all_new(run_cli, repo: Path):
    (repo / "news" / "draft.txt").write_bytes(b"Draft\n\nThis draft has has a slip.\n")  # untracked
    (repo / "news" / "staged.txt").write_bytes(b"Staged\n\nThis one was was staged.\n")
    git(repo, "add", "news/staged.txt")
    result = run_cli("check", "--format", "json", "--diff-base", "HEAD", "news", cwd=repo)
    assert sorted(issues(result)) == [
        ("news/draft.txt", 3, "Repeated word \u201chas\u201d"),
        ("news/staged.txt", 3, "Repeated word \u201cwas\u201d"),
    ]


def test_committed_changes_since_an_older_revision(run_cli, repo: Path):
    base = git(repo, "rev-parse", "HEAD").strip()
    calm = repo / "news" / "calm.txt"
    calm.write_bytes(b"Calm day\n\nNothing at all happened on on Monday.\nThen it it rained.\n")
    git(repo, "commit", "-q", "-am", "more")
    assert issues(run_cli("check", "--format", "json", "--diff-base", "HEAD", "news", cwd=repo)) == []
    since = issues(run_cli("check", "--format", "json", "--diff-base", base, "news", cwd=repo))
    assert since == [("news/calm.txt", 4, "Repeated word \u201cit\u201d")]


def test_renamed_file_keeps_its_history(run_cli, repo: Path):
    git(repo, "mv", "news/calm.txt", "news/quiet.txt")
    quiet = repo / "news" / "quiet.txt"
    quiet.write_bytes(quiet.read_bytes() + b"A fresh fresh line.\n")
    result = run_cli("check", "--format", "json", "--diff-base", "HEAD", "news", cwd=repo)
    assert issues(result) == [("news/quiet.txt", 4, "Repeated word \u201cfresh\u201d")]


def test_line_ending_change_alone_is_no_change(run_cli, repo: Path):
    crlf = repo / "news" / "crlf.txt"
    crlf.write_bytes(crlf.read_bytes().replace(b"\r\n", b"\n"))
    result = run_cli("check", "--format", "json", "--diff-base", "HEAD", "news", cwd=repo)
    assert issues(result) == []


def test_deleting_lines_that_joins_a_repeat(run_cli, repo: Path):
    path = repo / "news" / "join.txt"
    path.write_bytes(b"Joined\n\nThe report went to the\nboard and then to\nthe minister.\n")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "join")
    path.write_bytes(b"Joined\n\nThe report went to the\nthe minister.\n")
    result = run_cli("check", "--format", "json", "--diff-base", "HEAD", "news/join.txt", cwd=repo)
    assert issues(result) == [("news/join.txt", 3, "Repeated word \u201cthe\u201d")]


def test_subfolder_cwd_and_stdin(run_cli, repo: Path):
    storm = repo / "news" / "storm.md"
    text = b"# Storm hits coast\n\nAn old mistake in the the archive.\nA new one one.\n"
    result = run_cli("check", "--format", "json", "--diff-base", "HEAD", "-", "--stdin-filename", "storm.md",
                     stdin=text, cwd=repo / "news")
    assert issues(result) == [("storm.md", 4, "Repeated word \u201cone\u201d")]
    assert storm.read_bytes() != text  # stdin is not the file
    refused = run_cli("check", "--diff-base", "HEAD", "-", stdin=text, cwd=repo)
    assert refused.returncode == 2
    assert "needs --stdin-filename" in refused.stderr.decode()


def test_fix_only_touches_changed_lines(run_cli, repo: Path):
    storm = repo / "news" / "storm.md"
    storm.write_bytes(b"# Storm hits coast\n\nAn old mistake in the the archive.\n\nNew new text.\n")
    result = run_cli("check", "--fix", "--diff-base", "HEAD", "news/storm.md", cwd=repo)
    assert result.returncode == 0, result.stderr.decode()
    assert storm.read_bytes() == b"# Storm hits coast\n\nAn old mistake in the the archive.\n\nNew text.\n"


def test_errors(run_cli, repo: Path, tmp_path: Path):
    unknown = run_cli("check", "--diff-base", "no-such-branch", "news", cwd=repo)
    assert unknown.returncode == 2
    assert unknown.stderr.decode().startswith("copylint: error: --diff-base: unknown revision 'no-such-branch'")
    outside = tmp_path / "loose"
    outside.mkdir()
    (outside / "a.txt").write_text("Loose\n\nText.\n")
    not_repo = run_cli("check", "--diff-base", "HEAD", "a.txt", cwd=outside)
    assert not_repo.returncode == 2
    assert "a.txt: not in a git work tree" in not_repo.stderr.decode()
    option = run_cli("check", "--diff-base", "--fix", "news", cwd=repo)
    assert option.returncode == 2
    assert "is not a revision" in option.stderr.decode()
    empty = tmp_path / "empty"
    empty.mkdir()
    git(empty, "init", "-q")
    (empty / "a.txt").write_text("Empty\n\nText text.\n")
    no_commit = run_cli("check", "--diff-base", "HEAD", "a.txt", cwd=empty)
    assert no_commit.returncode == 2
    assert "unknown revision 'HEAD'" in no_commit.stderr.decode()


# -- units ----------------------------------------------------------------------------


def _at(line: int, end_line: int | None = None, end_column: int = 5) -> Issue:
    return Issue("a.txt", line, 1, end_line or line, end_column, "r", "style", "error", "m")


def test_line_changes_with_mixed_line_breaks():
    changes = line_changes("a\r\nb\nc\rd", "a\nB\nc\nd\nnew")
    assert changes.lines == {2, 5}
    assert changes.joins == frozenset()


def test_deletion_records_the_join_and_touches_only_spans_across_it():
    changes = line_changes("one\ntwo\nthree\nfour\n", "one\ntwo\nfour\n")
    assert changes.lines == frozenset() and changes.joins == {2}
    assert changes.touches(_at(2, 3))
    assert not changes.touches(_at(2))
    assert not changes.touches(_at(3))
    assert not changes.touches(_at(2, 3, end_column=1))  # ends at the very start of line 3


def test_all_new_touches_everything():
    assert LineChanges(all_new=True).touches(_at(99))
