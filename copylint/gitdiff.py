"""Which lines changed since a git revision, for ``check --diff-base REV``.

Git says which files differ from REV (following renames) and which are untracked; for a
changed file the old text comes from git (``REV:path``) and the lines are compared here,
with the same line breaks (LF, CRLF, CR) and decoding (UTF-8, UTF-16 with a BOM) as the
rest of copylint, so line numbers always agree with the issues'. A line-ending-only change
is no change. Untracked files, and files added since REV, are new throughout.

An issue is on a changed line when its span touches a changed line, or straddles the place
where lines were deleted (the text joined by the deletion is new).
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from copylint.decoding import decode
from copylint.errors import CopylintError, InputError
from copylint.issue import Issue
from copylint.positions import LineIndex


@dataclass(frozen=True, slots=True)
class LineChanges:
    """The changed lines of a file's current text (1-based).

    ``joins`` holds ``j`` where lines were deleted between current lines ``j`` and ``j + 1``.
    """

    all_new: bool = False
    lines: frozenset[int] = frozenset()
    joins: frozenset[int] = frozenset()

    def touches(self, issue: Issue) -> bool:
        if self.all_new:
            return True
        last = issue.end_line
        if last > issue.line and issue.end_column == 1:
            last -= 1  # the span ends at the very start of end_line
        if any(n in self.lines for n in range(issue.line, last + 1)):
            return True
        return any(issue.line <= j < last for j in self.joins)


def _lines(text: str) -> list[str]:
    index = LineIndex(text)
    return [index.line_text(n) for n in range(1, index.line_count + 1)]


def line_changes(old: str, new: str) -> LineChanges:
    """The lines of ``new`` that differ from ``old``."""
    changed: set[int] = set()
    joins: set[int] = set()
    matcher = SequenceMatcher(None, _lines(old), _lines(new), autojunk=False)
    for tag, _i1, _i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if j2 > j1:
            changed.update(range(j1 + 1, j2 + 1))
        else:
            joins.add(j1)
    return LineChanges(False, frozenset(changed), frozenset(joins))


ALL_NEW = LineChanges(all_new=True)


def _git(args: list[str], cwd: str) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(["git", "--literal-pathspecs", *args], cwd=cwd, capture_output=True, check=False)
    except FileNotFoundError:
        raise CopylintError("--diff-base needs git, and git was not found on PATH") from None


def _rel(path: str, root: str) -> str:
    return os.path.relpath(path, root).replace(os.sep, "/")


@dataclass
class _Repo:
    root: str  # real path of the work tree
    commit: str
    changed: dict[str, str | None] = field(default_factory=dict)  # current path -> path in REV (None: added)
    tracked: set[str] = field(default_factory=set)


class DiffBase:
    """Changes since ``rev`` for the files under ``paths`` (each in some git work tree).

    Raises :class:`CopylintError` (exit 2) when a path is not in a git work tree or the
    revision is unknown there.
    """

    def __init__(self, rev: str, paths: Iterable[str]) -> None:
        if not rev or rev.startswith("-"):
            raise CopylintError(f"--diff-base: '{rev}' is not a revision")
        self.rev = rev
        self._repos: dict[str, _Repo] = {}
        self._old: dict[str, str | None] = {}
        for path in paths:
            repo = self._repo_for(path)
            listed = _git(["ls-files", "-z", "--", os.path.realpath(path)], repo.root)
            repo.tracked.update(p.decode("utf-8", "surrogateescape") for p in listed.stdout.split(b"\0") if p)

    def _repo_for(self, path: str) -> _Repo:
        folder = os.path.abspath(path)
        if not os.path.isdir(folder):
            folder = os.path.dirname(folder)
        while folder and not os.path.isdir(folder):  # a --stdin-filename that does not exist (yet)
            folder = os.path.dirname(folder)
        top = _git(["rev-parse", "--show-toplevel"], folder)
        if top.returncode != 0:
            raise CopylintError("not in a git work tree (--diff-base compares with a git revision)", path)
        root = os.path.realpath(top.stdout.decode("utf-8", "surrogateescape").strip())
        if root in self._repos:
            return self._repos[root]
        commit = _git(["rev-parse", "--verify", "--quiet", f"{self.rev}^{{commit}}"], root)
        if commit.returncode != 0:
            raise CopylintError(f"--diff-base: unknown revision '{self.rev}' in the git repository at {root}")
        repo = _Repo(root, commit.stdout.decode().strip())
        status = _git(["diff", "--name-status", "-z", "-M", "--no-ext-diff", repo.commit, "--"], root)
        if status.returncode != 0:
            message = status.stderr.decode("utf-8", "replace").strip().splitlines()
            raise CopylintError(f"--diff-base: git diff failed: {message[0] if message else status.returncode}")
        fields = [f.decode("utf-8", "surrogateescape") for f in status.stdout.split(b"\0")]
        i = 0
        while i + 1 < len(fields) and fields[i]:
            kind = fields[i][0]
            if kind in "RC":
                repo.changed[fields[i + 2]] = fields[i + 1]
                i += 3
                continue
            if kind != "D":
                repo.changed[fields[i + 1]] = None if kind == "A" else fields[i + 1]
            i += 2
        self._repos[root] = repo
        return repo

    def _locate(self, path: str) -> tuple[_Repo, str] | None:
        real = os.path.realpath(path)
        best = None
        for root, repo in self._repos.items():
            if (real == root or real.startswith(root.rstrip(os.sep) + os.sep)) and (best is None or len(root) > len(best.root)):
                best = repo
        return (best, _rel(real, best.root)) if best is not None else None

    def unchanged(self, path: str) -> bool:
        """True when the file on disk is tracked and identical to REV (it cannot hold a new issue)."""
        found = self._locate(path)
        if found is None:
            return False
        repo, rel = found
        return rel in repo.tracked and rel not in repo.changed

    def old_text(self, path: str) -> str | None:
        """The file's text at REV (following a rename), or None when it is new since REV."""
        key = os.path.realpath(path)
        if key in self._old:
            return self._old[key]
        text = None
        found = self._locate(path)
        if found is not None:
            repo, rel = found
            old_rel = repo.changed.get(rel, rel)
            if old_rel is not None:
                blob = _git(["cat-file", "blob", f"{repo.commit}:{old_rel}"], repo.root)
                if blob.returncode == 0:
                    try:
                        text = decode(blob.stdout, path).text
                    except InputError:
                        text = None  # not text at REV: everything is new
        self._old[key] = text
        return text

    def changes(self, path: str, source: str) -> LineChanges:
        """The lines of ``source`` (the text of ``path`` now) changed since REV."""
        old = self.old_text(path)
        return ALL_NEW if old is None else line_changes(old, source)

    def select(self, path: str, source: str, issues: list[Issue]) -> list[Issue]:
        """The issues of ``path`` (whose text is ``source``) on lines changed since REV."""
        if not issues:
            return issues
        changes = self.changes(path, source)
        return [i for i in issues if changes.touches(i)]
