"""Findings of segment-local checks remembered per segment, for re-linting a changed buffer.

A check that declares ``segment_local`` promises that what it reports in a segment depends
only on that segment (its kind, name and prose) and on :meth:`Check.document_key` (for
instance the dialect, or names the whole document shows). An editor re-lints after every
change; with a memo, such a check runs only on the segments whose text changed since the
last lint of the same buffer, and its findings for the others are taken from the memo.
Document-level checks (a duplicated headline, house-style consistency) always run whole.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator

from copylint.document import Document, Segment
from copylint.records import field, record, replace
from copylint.tokens import TokenRow

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from copylint.checks.base import Check, CheckContext, Finding

SegmentKey = tuple[str, str | None, str]


def segment_key(seg: Segment) -> SegmentKey:
    return seg.kind, seg.name, seg.text


@record
class _Table:
    key: Hashable
    findings: dict[SegmentKey, tuple[Finding, ...]] = field(default_factory=dict)


@record
class SegmentMemo:
    """One buffer's memo (the language server keeps one per open document)."""

    tables: dict[int, _Table] = field(default_factory=dict)  # id(check) -> its table
    #: segment text -> tokens, from the buffer's last lint (:func:`copylint.tokens.document_memo`)
    tokens: dict[str, tuple[TokenRow, ...]] = field(default_factory=dict)
    segments_run: int = 0  # segments a check actually ran on (for tests and benchmarks)

    def keep_tokens_of(self, doc: Document) -> None:
        """Drop remembered tokens of paragraphs the buffer no longer has."""
        live = {seg.text for seg in doc.segments}
        for text in [t for t in self.tokens if t not in live]:
            del self.tokens[text]

    def _run_on(self, check: Check, doc: Document, dirty: list[Segment],
                ctx: CheckContext) -> dict[int, tuple[Finding, ...]] | None:
        """``check``'s findings on the ``dirty`` segments of ``doc`` alone, by ``id`` of
        segment (counted in :attr:`segments_run`), or None when it reports a finding outside
        the segments it was given (it is not segment-local after all)."""
        fresh: dict[int, list[Finding]] = {id(seg): [] for seg in dirty}
        for finding in check.run(replace(doc, segments=dirty), ctx):
            bucket = fresh.get(id(finding.segment)) if finding.segment is not None else None
            if bucket is None:
                return None
            bucket.append(finding)
        self.segments_run += len(dirty)
        return {key: tuple(found) for key, found in fresh.items()}

    def run(self, check: Check, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        key = (ctx.enabled, check.document_key(ctx))
        table = self.tables.get(id(check))
        if table is None or table.key != key:
            table = self.tables[id(check)] = _Table(key)
        dirty = [seg for seg in doc.segments if segment_key(seg) not in table.findings]
        if dirty:
            fresh = self._run_on(check, doc, dirty, ctx)
            if fresh is None:  # the check is not local after all
                self.tables.pop(id(check), None)
                yield from check.run(doc, ctx)
                return
            for seg in dirty:
                table.findings[segment_key(seg)] = fresh[id(seg)]
        live = {segment_key(seg) for seg in doc.segments}
        for stale in [k for k in table.findings if k not in live]:
            del table.findings[stale]
        for seg in doc.segments:
            for finding in table.findings[segment_key(seg)]:
                yield finding if finding.segment is seg else replace(finding, segment=seg)
