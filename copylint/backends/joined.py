"""A document's prose segments joined into one text for an engine, and the way back.

Engines are called once per document (one HTTP request, one Harper call), with the
segments separated by a blank line so that each is its own paragraph. A span the
engine reports in the joined text maps back to one segment's prose offsets, which the
engine turns into exact source positions; a span that crosses a separator names no
text of the article and is dropped.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from copylint.document import Segment

SEPARATOR = "\n\n"
#: Segment kinds a grammar engine reads (table cells are fragments, not sentences).
GRAMMAR_KINDS = frozenset({"headline", "heading", "paragraph", "list_item", "blockquote", "caption", "front_matter"})


@dataclass(frozen=True)
class JoinedProse:
    text: str
    segments: tuple[Segment, ...]
    starts: tuple[int, ...]  # offset of each segment's prose in ``text``

    @classmethod
    def build(cls, segments: Iterable[Segment], separator: str = SEPARATOR) -> JoinedProse:
        segs = tuple(segments)
        starts, parts, pos = [], [], 0
        for seg in segs:
            starts.append(pos)
            parts.append(seg.text)
            pos += len(seg.text) + len(separator)
        return cls(separator.join(parts), segs, tuple(starts))

    def locate(self, start: int, end: int) -> tuple[Segment, int, int] | None:
        """The segment and prose span of the joined span ``[start, end)``, or None when
        the span is not inside one segment."""
        if start < 0 or end < start or not self.segments:
            return None
        i = bisect_right(self.starts, start) - 1
        if i < 0:
            return None
        seg = self.segments[i]
        a, b = start - self.starts[i], end - self.starts[i]
        if b > len(seg.text):
            return None
        return seg, a, b
