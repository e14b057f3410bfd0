"""Safe autofix: which fixes to apply, applying them, and writing files atomically.

A fix replaces exactly the reported span with the rule's single suggestion, and only when
the finding is marked safe. Fixes never touch text outside a reported span, never cross
markup (an emphasis marker, a tag, a code span inside the span blocks the fix), and a file
is written only when its bytes are still the ones that were read: through a temporary
file in the same folder, fsync'd and renamed over the original, with the original's
encoding, byte-order mark, line endings and permission bits.
"""

from __future__ import annotations

import contextlib
import difflib
import html
import os
import re
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from copylint.cachefile import clean_stale_temps, exchange, exclusive_temp
from copylint.decoding import encode
from copylint.document import PLACEHOLDER, Document
from copylint.engine import Linter
from copylint.errors import CopylintError
from copylint.issue import Issue
from copylint.readers import parse
from copylint.reading import read_limited
from copylint.sourcefile import parse_document

#: a fix may create a new fixable issue ("the the the"); this many passes at most
MAX_PASSES = 10

#: characters a replacement may not bring into Markdown, where they would be markup
_MARKDOWN_SPECIAL = set("\\`*_[]<>#|~!")

#: (path, source text, issues) -> the issues this run reports (diff-base, baseline)
Selector = Callable[[str, str, list[Issue]], list[Issue]]


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``source[start:end]`` with ``text``."""

    start: int
    end: int
    text: str


def _covers_only_prose(doc: Document, start: int, end: int) -> bool:
    """True when ``source[start:end]`` lies in one segment's prose with no markup inside.

    The source runs behind the span must be contiguous (no gap a tag or an emphasis marker
    sits in), hold no placeholder (code, image, inline HTML), and any run that maps as a
    whole (an entity, an escape) must lie inside the span entirely.
    """
    for seg in doc.segments:
        if seg.src_end < start or seg.src_start > end:
            continue
        if start == end:
            if any(r.src_start <= start <= r.src_end and r.linear for r in seg.runs):
                return True
            continue
        runs = [r for r in seg.runs if r.src_end > start and r.src_start < end]
        if not runs:
            continue
        if runs[0].src_start > start or runs[-1].src_end < end:
            return False
        for a, b in zip(runs, runs[1:], strict=False):
            if a.src_end != b.src_start:
                return False
        for r in runs:
            if seg.text[r.prose_start : r.prose_end] == PLACEHOLDER:
                return False
            if not r.linear and (r.src_start < start or r.src_end > end):
                return False
        return True
    return False


def replacement_for(doc: Document, suggestion: str) -> str | None:
    """The source text to write for a prose ``suggestion``, or None when no safe form exists."""
    if "\n" in suggestion or "\r" in suggestion:
        return None  # would change the file's line structure
    if doc.format == "html":
        return html.escape(suggestion, quote=True)
    if doc.format == "md" and any(ch in _MARKDOWN_SPECIAL for ch in suggestion):
        return None
    return suggestion


def fixable(doc: Document, issue: Issue) -> Edit | None:
    """The edit that fixes ``issue``, or None when it has no single safe fix."""
    if not issue.fix_safe or len(issue.suggestions) != 1:
        return None
    start, end = issue.offset, issue.end_offset
    if not 0 <= start <= end <= len(doc.source) or doc.source[start:end] != issue.text:
        return None  # the issue does not describe this text (stale or from elsewhere)
    text = replacement_for(doc, issue.suggestions[0])
    if text is None or text == issue.text or not _covers_only_prose(doc, start, end):
        return None
    return Edit(start, end, text)


def plan_edits(doc: Document, issues: list[Issue]) -> list[Edit]:
    """Non-overlapping edits for the fixable issues, left to right.

    Of two overlapping fixes only the first is applied; the next pass (after re-linting)
    decides whether the second still applies.
    """
    found = dict.fromkeys(e for i in issues if (e := fixable(doc, i)) is not None)  # in issue order, once each
    edits = sorted(found, key=lambda e: (e.start, e.end))
    chosen: list[Edit] = []
    for edit in edits:
        if chosen:
            last = chosen[-1]
            if edit.start < last.end or (edit.start == last.end and (edit.start == edit.end or last.start == last.end)):
                continue
        chosen.append(edit)
    return chosen


def apply_edits(text: str, edits: list[Edit]) -> str:
    """Apply non-overlapping ``edits`` (right to left, so earlier offsets stay valid)."""
    for edit in sorted(edits, key=lambda e: e.start, reverse=True):
        text = text[: edit.start] + edit.text + text[edit.end :]
    return text


@dataclass
class FixOutcome:
    """What fixing one document did."""

    path: str
    before: str  # decoded source as read
    after: str  # decoded source with the fixes applied
    applied: int = 0  # fixes applied
    issues: list[Issue] = field(default_factory=list)  # the selected issues that remain in ``after``
    has_bom: bool = False
    fixes: list[tuple[Issue, str]] = field(default_factory=list)  # each applied fix: (issue, replacement)

    @property
    def changed(self) -> bool:
        return self.after != self.before

    def diff(self) -> str:
        """The fixes as a unified diff of the file (its BOM included, so the patch applies to the file)."""
        bom = "\ufeff" if self.has_bom else ""
        return unified_diff(self.path, bom + self.before, bom + self.after)


def _reparse(doc: Document, text: str) -> Document:
    new = parse(text, doc.path, doc.format)
    new.has_bom, new.encoding = doc.has_bom, doc.encoding
    return new


def fix_document(linter: Linter, doc: Document, select: Selector | None = None) -> FixOutcome:
    """Apply safe fixes to ``doc`` until none is left, re-linting after each pass.

    ``select`` narrows the issues to the ones the run reports (only those are fixed).
    Stops early if a pass would bring back a text seen before (fixes that undo each other).
    """
    outcome = FixOutcome(doc.path, doc.source, doc.source, has_bom=doc.has_bom)
    seen = {doc.source}
    for _ in range(MAX_PASSES):
        issues = linter.lint(doc)
        if select is not None:
            issues = select(doc.path, doc.source, issues)
        outcome.issues = issues
        edits = plan_edits(doc, issues)
        text = apply_edits(doc.source, edits)
        if not edits or text in seen:
            return outcome
        seen.add(text)
        chosen = set(edits)
        for issue in issues:
            edit = fixable(doc, issue)
            if edit is not None and edit in chosen:
                chosen.discard(edit)
                outcome.fixes.append((issue, edit.text))
        outcome.applied += len(edits)
        outcome.after = text
        doc = _reparse(doc, text)
    issues = linter.lint(doc)
    outcome.issues = select(doc.path, doc.source, issues) if select is not None else issues
    return outcome


def fix_file(linter: Linter, path: str, fmt: str, select: Selector | None = None, write: bool = True) -> FixOutcome:
    """Fix one file on disk (``write=False``: compute the fixes only).

    Raises :class:`CopylintError` naming the file when it cannot be read or written, is a
    symbolic link (never written through), or changed on disk while it was being fixed;
    the file is then left as it was.
    """
    if write and os.path.islink(path):
        raise CopylintError("is a symbolic link; --fix does not write through links (name the file it points to)", path)
    data = read_limited(path, linter.settings.max_file_size)  # bounded; a FIFO refused, not waited on
    doc = parse_document(path, fmt, data)
    outcome = fix_document(linter, doc, select)
    if write and outcome.changed:
        atomic_write(path, encode(outcome.after, doc.encoding, doc.has_bom), expected=data)
    return outcome


_CHANGED = "changed on disk while copylint was fixing it; not written"


def atomic_write(path: str, data: bytes, create: bool = False, expected: bytes | None = None) -> None:
    """Replace the file at ``path`` with ``data`` so that readers see the old or the new bytes, never a mix.

    Writes a temporary file in the same folder (created exclusively, see
    :mod:`copylint.cachefile`), fsyncs it, gives it the original's permission bits (and
    owner, where allowed) and puts it in place. A symbolic link at ``path`` is refused,
    never written through. With ``expected``, the file is replaced only if it still holds
    exactly those bytes: the new file and the old are swapped in one atomic step
    (``renameat2(RENAME_EXCHANGE)``) and the file swapped out is compared with ``expected``;
    if another program changed it before the swap, the swap is undone and
    :class:`CopylintError` says so (a change after the swap lands on the new file, so
    nothing is lost either way). Where the system cannot swap atomically, the file is
    compared just before an ordinary rename. On any failure the temporary file is removed,
    the original is untouched, and :class:`CopylintError` is raised. With ``create``, a
    missing file is created with the default permissions (umask).
    """
    try:
        st: os.stat_result | None = os.lstat(path)
    except FileNotFoundError:
        if not create:
            raise CopylintError("cannot write: no such file", path) from None
        st = None
    except OSError as exc:
        raise CopylintError(f"cannot write: {exc.strerror or exc}", path) from None
    if st is not None and stat.S_ISLNK(st.st_mode):
        raise CopylintError("is a symbolic link; copylint does not write through links", path)
    if st is not None and not stat.S_ISREG(st.st_mode):
        raise CopylintError("is not a regular file; not written", path)
    writable_bits = stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH
    if st is not None and (not os.access(path, os.W_OK) or not st.st_mode & writable_bits):
        raise CopylintError("file is read-only; not written", path)
    folder = os.path.dirname(os.path.abspath(path))
    clean_stale_temps(folder)
    tmp = None
    try:
        fd, tmp = exclusive_temp(folder, os.path.basename(path))
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
            os.chmod(tmp, stat.S_IMODE(st.st_mode) if st is not None else 0o666 & ~_umask())
            if st is not None and hasattr(os, "chown") and (st.st_uid, st.st_gid) != (os.getuid(), os.getgid()):
                with contextlib.suppress(OSError):
                    os.chown(tmp, st.st_uid, st.st_gid)
            if expected is None or st is None:
                os.replace(tmp, path)
            else:
                _replace_if_unchanged(path, tmp, expected, os.fstat(fh.fileno()))
        tmp = None
    except OSError as exc:
        raise CopylintError(f"cannot write: {exc.strerror or exc}; the file is unchanged", path) from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    _fsync_folder(folder)


def _replace_if_unchanged(path: str, tmp: str, expected: bytes, ours: os.stat_result) -> None:
    """Put ``tmp`` at ``path`` if ``path`` still holds ``expected``; else raise, ``path`` as it was."""
    with _locked(path):  # while swapped out under a temporary name, no clean-up takes it for stale
        if not exchange(tmp, path):  # no atomic swap here: compare, then rename (a narrow window)
            if _read_nofollow(path) != expected:
                raise CopylintError(_CHANGED, path)
            os.replace(tmp, path)
            return
        # ``path`` now holds the new bytes and ``tmp`` the file that was there: check that one
        try:
            unchanged = _read_nofollow(tmp) == expected
        except OSError:
            unchanged = False
        if unchanged:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            return
        if os.path.samestat(os.lstat(path), ours):  # nobody replaced ours since: swap back
            exchange(tmp, path)
        raise CopylintError(_CHANGED, path)


@contextlib.contextmanager
def _locked(path: str) -> Iterator[None]:
    """An exclusive ``flock`` on the file at ``path`` for the block, where the system has one.

    Another copylint fixing the same file at the same moment holds it: refused, not waited for.
    """
    try:
        import fcntl
    except ImportError:
        yield
        return
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise CopylintError("is being written by another copylint run; not written", path) from None
        except OSError:
            pass  # no locks on this file system: the swap and the comparison still hold
        yield
    finally:
        os.close(fd)


def _read_nofollow(path: str) -> bytes:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    with os.fdopen(fd, "rb") as fh:
        return fh.read()


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _fsync_folder(folder: str) -> None:
    """Make the rename durable (best effort: not every system can open a folder)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


#: lines as diff and patch see them: split after "\n" only (a "\r" is part of the line)
_LINE = re.compile(r"[^\n]*\n|[^\n]+$")


def unified_diff(path: str, before: str, after: str) -> str:
    """A unified diff (``a/path``, ``b/path``) that ``git apply`` and ``patch -p1`` accept."""
    if before == after:
        return ""
    shown = path.replace(os.sep, "/")
    lines = difflib.unified_diff(
        _LINE.findall(before), _LINE.findall(after), fromfile=f"a/{shown}", tofile=f"b/{shown}"
    )
    out = []
    for line in lines:
        out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(out)
