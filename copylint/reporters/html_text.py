"""The readable text of a Markdown or HTML article, for the HTML report.

The report shows a plain-text article as it is. A Markdown or HTML article shown as
source would be markup (DOCTYPE, scripts, tags, ``**``) with the marks lost in it, so the
report shows its prose instead: the segments the readers extracted (the text the checks
read), one block each, with every issue's source span mapped onto that text. Line and
column in the notes still refer to the file.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from copylint.readers import format_for_path, parse


@dataclass(frozen=True, slots=True)
class _Piece:
    src_start: int
    src_end: int
    start: int  # in the readable text
    end: int

    @property
    def linear(self) -> bool:
        return self.src_end - self.src_start == self.end - self.start


class ReadableText:
    """The prose of ``source`` and the map from source offsets to offsets in it."""

    def __init__(self, text: str, pieces: list[_Piece]) -> None:
        self.text = text
        self.pieces = sorted(pieces, key=lambda p: (p.src_start, p.src_end))
        self._starts = [p.src_start for p in self.pieces]

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """The readable span of the source span ``[start, end)``; markup maps to the prose
        beside it; None when the article has no prose at all."""
        if not self.pieces:
            return None
        a = self._start(start)
        b = self._end(end) if end > start else a
        return (a, max(a, b))

    def _start(self, offset: int) -> int:
        for p in self.pieces[max(bisect_right(self._starts, offset) - 1, 0):]:
            if p.src_end > offset or (p.src_end == offset == p.src_start):
                if offset <= p.src_start:
                    return p.start
                return p.start + (offset - p.src_start) if p.linear else p.start
        return self.pieces[-1].end

    def _end(self, offset: int) -> int:
        i = bisect_right(self._starts, offset - 1) - 1
        if i < 0:
            return self.pieces[0].start
        p = self.pieces[i]
        if offset >= p.src_end:
            return p.end
        return p.start + (offset - p.src_start) if p.linear else p.end


def readable(source: str, path: str) -> ReadableText | None:
    """The readable text of a Markdown or HTML article; None for plain text (shown as it is)."""
    fmt = format_for_path(path)
    if fmt not in ("md", "html"):
        return None
    doc = parse(source, path, fmt)
    parts: list[str] = []
    pieces: list[_Piece] = []
    at = 0
    for seg in doc.segments:
        if not seg.text.strip():
            continue
        if parts:
            parts.append("\n\n")
            at += 2
        for run in seg.runs:
            pieces.append(_Piece(run.src_start, run.src_end, at + run.prose_start, at + run.prose_end))
        parts.append(seg.text)
        at += len(seg.text)
    return ReadableText("".join(parts), pieces)
