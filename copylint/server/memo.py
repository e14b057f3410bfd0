"""What a lint worker remembers between requests: per-paragraph results, bounded.

A CMS or a browser add-on posts the same article again and again with small edits. A
worker keeps, for each segment-local check (:attr:`copylint.checks.base.Check.segment_local`),
the findings of every paragraph it linted recently, and the paragraphs' tokens; the next
request runs those checks only on paragraphs it has not seen. Document-wide checks
(spelling with its name evidence, house-style consistency, a duplicated headline) always
run on the whole article, so their results never depend on what came before.

Unlike the editor's :class:`~copylint.segment_memo.SegmentMemo` (one per buffer, which
forgets a paragraph as soon as the buffer drops it), this memo serves every article a
worker sees: entries are shared by all requests and the least recently used are evicted
beyond a fixed number of paragraphs. A finding is reused only under the same check, the
same settings (dialect and rule selection included) and the same ``document_key``, so a
request never gets another configuration's answer.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from copylint.document import Document
from copylint.segment_memo import SegmentKey, SegmentMemo, segment_key
from copylint.tokens import TokenRow

if TYPE_CHECKING:
    from copylint.checks.base import Check, CheckContext, Finding

#: paragraphs' findings kept (all checks together), and paragraphs' tokens kept: a few
#: hundred 800-word articles, a few tens of MB per worker at most
MAX_FINDINGS = 4096
MAX_TOKENS = 2048


class ServerMemo(SegmentMemo):
    """A bounded, shared memo for :meth:`copylint.engine.Linter.lint` (``memo=``).

    Call :meth:`prepare` with the document before each lint (it hands the engine the
    tokens remembered for the document's paragraphs); the engine calls :meth:`run` for
    each segment-local check and :meth:`keep_tokens_of` at the end.
    """

    def __init__(self, max_findings: int = MAX_FINDINGS, max_tokens: int = MAX_TOKENS) -> None:
        super().__init__()
        self.max_findings, self.max_tokens = max_findings, max_tokens
        self._findings: OrderedDict[tuple[int, SegmentKey], tuple[Finding, ...]] = OrderedDict()
        self._token_store: OrderedDict[str, tuple[TokenRow, ...]] = OrderedDict()
        self._contexts: dict[tuple[int, Hashable], int] = {}  # (check, settings, key) -> a small number
        self._not_local: set[int] = set()  # checks that reported outside the segments they were given
        self.segments_reused = 0

    def prepare(self, doc: Document) -> None:
        """Hand the next lint the remembered tokens of ``doc``'s paragraphs."""
        store = self._token_store
        self.tokens = {seg.text: store[seg.text] for seg in doc.segments if seg.text in store}

    def keep_tokens_of(self, doc: Document) -> None:
        """Remember the tokens of ``doc``'s paragraphs (the engine left this lint's in ``tokens``)."""
        store, kept = self._token_store, self.tokens
        for seg in doc.segments:
            found = kept.get(seg.text)
            if found is not None:
                store[seg.text] = found
                store.move_to_end(seg.text)
        while len(store) > self.max_tokens:
            store.popitem(last=False)
        self.tokens = {}  # nothing of this article stays outside the bounded store

    def _context(self, check: Check, ctx: CheckContext) -> int:
        key = (id(check), (ctx.settings, ctx.enabled, check.document_key(ctx)))
        number = self._contexts.get(key)
        if number is None:
            if len(self._contexts) > 4 * self.max_findings:  # settings seen once each: start again
                self._contexts.clear()
                self._findings.clear()
            number = self._contexts[key] = len(self._contexts)
        return number

    def run(self, check: Check, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        if id(check) in self._not_local:
            yield from check.run(doc, ctx)
            return
        context = self._context(check, ctx)
        memo = self._findings
        known: dict[int, tuple[Finding, ...]] = {}
        dirty = []
        for seg in doc.segments:
            hit = memo.get((context, segment_key(seg)))
            if hit is None:
                dirty.append(seg)
            else:
                known[id(seg)] = hit
        if dirty:
            fresh = self._run_on(check, doc, dirty, ctx)
            if fresh is None:  # not local after all
                self._not_local.add(id(check))
                yield from check.run(doc, ctx)
                return
            for seg in dirty:
                known[id(seg)] = memo[(context, segment_key(seg))] = fresh[id(seg)]
        self.segments_reused += len(doc.segments) - len(dirty)
        for seg in doc.segments:
            memo.move_to_end((context, segment_key(seg)))
            for finding in known[id(seg)]:
                yield finding if finding.segment is seg else replace(finding, segment=seg)
        while len(memo) > self.max_findings:
            memo.popitem(last=False)
