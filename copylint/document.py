"""The document model: an article's prose segments, each mapped back to its source.

Readers (``copylint.readers``) build a :class:`Document`; checks see only prose
(:class:`Segment` text) and report prose offsets; :meth:`Segment.to_source` turns
those into offsets in the original file, and :mod:`copylint.positions` into
lines and columns. Nothing after the reader knows the input format.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import cached_property
from operator import attrgetter

from copylint.positions import LineIndex
from copylint.records import field, record

#: What a segment is, as rule scopes name it.
SEGMENT_KINDS = (
    "headline",  # the article's headline (first line, first H1, <title>/<h1>, front-matter title)
    "heading",  # a sub-heading
    "paragraph",
    "list_item",
    "blockquote",
    "caption",  # figure captions, image credits
    "front_matter",  # a prose front-matter field other than the title
    "table_cell",
)

#: Stands in the prose for something that is not prose (a code span, an image,
#: inline HTML): one character, so checks see a boundary, mapped to the whole span.
PLACEHOLDER = "\ufffc"


#: a run's ``prose_start`` (for :class:`Segment`'s list of them, made in C)
_PROSE_START = attrgetter("prose_start")


@record(frozen=True, slots=True)
class Run:
    """A stretch of prose and the source it came from.

    When both sides have the same length the mapping is character by character
    ("linear"); otherwise the run is atomic: any prose character in it maps to the
    whole source range (an HTML entity, an escape, a placeholder).
    """

    prose_start: int
    prose_end: int
    src_start: int
    src_end: int

    @property
    def linear(self) -> bool:
        return self.prose_end - self.prose_start == self.src_end - self.src_start


@record(slots=True)
class Segment:
    """One block of prose: its text and the map from prose offsets to source offsets."""

    kind: str
    text: str
    runs: tuple[Run, ...]
    name: str | None = None  # e.g. the front-matter field name
    _starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        runs = self.runs
        self._starts = [runs[0].prose_start] if len(runs) == 1 else list(map(_PROSE_START, runs))

    def _run_at(self, index: int) -> Run:
        i = bisect_right(self._starts, index) - 1
        return self.runs[max(i, 0)]

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map the prose span ``[start, end)`` to a source span."""
        if not self.runs:
            return 0, 0
        start = min(max(start, 0), len(self.text))
        end = min(max(end, start), len(self.text))
        if start == len(self.text):  # empty span at the very end
            last = self.runs[-1]
            return last.src_end, last.src_end
        first = self._run_at(start)
        src_start = first.src_start + (start - first.prose_start) if first.linear else first.src_start
        if end == start:
            return src_start, src_start
        last = self._run_at(end - 1)
        src_end = last.src_start + (end - last.prose_start) if last.linear else last.src_end
        return src_start, src_end

    @property
    def src_start(self) -> int:
        return self.runs[0].src_start if self.runs else 0

    @property
    def src_end(self) -> int:
        return self.runs[-1].src_end if self.runs else 0


class SegmentBuilder:
    """Accumulates prose pieces with their source spans and builds a :class:`Segment`."""

    def __init__(self, kind: str, name: str | None = None) -> None:
        self.kind = kind
        self.name = name
        self._parts: list[str] = []
        self._runs: list[Run] = []
        self._length = 0

    def __len__(self) -> int:
        return self._length

    def add(self, text: str, src_start: int, src_end: int | None = None) -> None:
        """Add prose ``text`` that came from ``source[src_start:src_end]``.

        Without ``src_end`` the text is a verbatim copy of the source (linear mapping).
        """
        if not text:
            return
        if src_end is None:
            src_end = src_start + len(text)
        run = Run(self._length, self._length + len(text), src_start, src_end)
        if self._runs and run.linear:
            prev = self._runs[-1]
            if prev.linear and prev.prose_end == run.prose_start and prev.src_end == run.src_start:
                run = Run(prev.prose_start, run.prose_end, prev.src_start, run.src_end)
                self._runs.pop()
        self._runs.append(run)
        self._parts.append(text)
        self._length += len(text)

    def add_placeholder(self, src_start: int, src_end: int) -> None:
        """Stand in for non-prose source (code, images, inline HTML)."""
        self.add(PLACEHOLDER, src_start, max(src_end, src_start + 1) if src_end > src_start else src_start + 1)

    def text(self) -> str:
        return "".join(self._parts)

    def build(self) -> Segment | None:
        """The segment, or None when it holds no visible prose."""
        text = self.text()
        # (white space alone, or with placeholders: no prose; text without a placeholder is
        # tested without copying it)
        if PLACEHOLDER in text:
            if not text.replace(PLACEHOLDER, "").strip():
                return None
        elif not text or text.isspace():
            return None
        # Trim surrounding whitespace so checks see the prose itself.
        if text[0].isspace() or text[-1].isspace():
            lead = len(text) - len(text.lstrip())
            trail = len(text.rstrip())
            return _slice_segment(Segment(self.kind, text, tuple(self._runs), self.name), lead, trail)
        return Segment(self.kind, text, tuple(self._runs), self.name)


def verbatim_segment(kind: str, text: str, src_start: int) -> Segment | None:
    """What a :class:`SegmentBuilder` of ``kind`` given only ``text``, a verbatim copy of the
    source from ``src_start``, builds (one line of plain text, say), without the builder for
    the common case: prose with no placeholder and no white space at either end."""
    if not text or PLACEHOLDER in text or text[0].isspace() or text[-1].isspace():
        builder = SegmentBuilder(kind)
        builder.add(text, src_start)
        return builder.build()
    return Segment(kind, text, (Run(0, len(text), src_start, src_start + len(text)),))


def _slice_segment(seg: Segment, start: int, end: int) -> Segment:
    runs: list[Run] = []
    for r in seg.runs:
        a, b = max(r.prose_start, start), min(r.prose_end, end)
        if a >= b:
            continue
        if r.linear:
            runs.append(Run(a - start, b - start, r.src_start + a - r.prose_start, r.src_start + b - r.prose_start))
        else:
            runs.append(Run(a - start, b - start, r.src_start, r.src_end))
    return Segment(seg.kind, seg.text[start:end], tuple(runs), seg.name)


@record
class Suppression:
    """An inline ``copylint-disable`` region: rules (empty = all) off over ``[start, end)``."""

    rules: tuple[str, ...]
    start: int
    end: int

    def covers(self, rule: str, offset: int) -> bool:
        if not self.start <= offset < self.end:
            return False
        return not self.rules or any(rule == r or rule.startswith(r + ".") for r in self.rules)


@record
class Document:
    """A decoded article: its source text, prose segments and inline suppressions."""

    path: str
    source: str
    format: str
    segments: list[Segment]
    suppressions: list[Suppression] = field(default_factory=list)
    has_bom: bool = False
    encoding: str = "utf-8"

    @cached_property
    def lines(self) -> LineIndex:
        return LineIndex(self.source)

    @property
    def headline(self) -> Segment | None:
        for seg in self.segments:
            if seg.kind == "headline":
                return seg
        return None

    @property
    def body(self) -> list[Segment]:
        """Every segment but the headline(s)."""
        return [s for s in self.segments if s.kind != "headline"]

    def is_suppressed(self, rule: str, offset: int) -> bool:
        if not self.suppressions:  # (most documents have none: no generator made)
            return False
        return any(s.covers(rule, offset) for s in self.suppressions)


def with_headline(headline: str, body: Document, separator: str = "\n\n") -> Document:
    """A document whose source is ``headline + separator + body.source``: the headline as
    its own segment, the body's segments and suppressions shifted after it. Archive records
    (a headline field and a body field) become one document this way."""
    shift = len(headline) + len(separator)
    segments: list[Segment] = []
    head = SegmentBuilder("headline")
    head.add(headline, 0)
    built = head.build()
    if built is not None:
        segments.append(built)
    for seg in body.segments:
        runs = tuple(Run(r.prose_start, r.prose_end, r.src_start + shift, r.src_end + shift) for r in seg.runs)
        kind = "heading" if seg.kind == "headline" and built is not None else seg.kind
        segments.append(Segment(kind, seg.text, runs, seg.name))
    suppressions = [Suppression(s.rules, s.start + shift, s.end + shift) for s in body.suppressions]
    return Document(body.path, headline + separator + body.source, body.format, segments, suppressions)
