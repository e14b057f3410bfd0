"""LanguageTool's AnnotatedText (the ``data`` form field) as a :class:`~copylint.document.Document`.

A client sends its document as a list of items, each either ``{"text": ...}`` (prose) or
``{"markup": ..., "interpretAs": ...}`` (markup, optionally read as some prose, e.g. a
paragraph tag as ``"\\n\\n"``). The *source* is every item's string in order, markup
included: answers count offsets in it, so a client can find each match in its own
document. The checks see only the prose: text items, and markup as what it is
interpreted as. The prose is read like a plain-text article (first line the headline,
blank lines between paragraphs) and every segment is mapped back to the source.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from dataclasses import dataclass

from copylint.document import Document, Segment, SegmentBuilder, Suppression
from copylint.errors import InputError
from copylint.readers.plaintext import read_plaintext

MAX_ITEMS = 200_000
SHAPE = "expected {\"annotation\": [{\"text\": ...} or {\"markup\": ..., \"interpretAs\": ...}, ...]}"


@dataclass(frozen=True, slots=True)
class Piece:
    """One item: where its prose and its source string sit."""

    prose_start: int
    prose_end: int
    src_start: int
    src_end: int
    is_text: bool


@dataclass
class Annotated:
    """The source and prose strings of an AnnotatedText, and the pieces joining them."""

    source: str
    prose: str
    pieces: list[Piece]

    def __post_init__(self) -> None:
        self._prose_starts = [p.prose_start for p in self.pieces]
        self._src_starts = [p.src_start for p in self.pieces]

    def prose_offset(self, src: int) -> int:
        """The prose offset a source offset falls on (the start of an item's prose for markup)."""
        i = bisect_right(self._src_starts, src) - 1
        if i < 0:
            return 0
        p = self.pieces[i]
        if p.is_text:
            return p.prose_start + min(src - p.src_start, p.prose_end - p.prose_start)
        return p.prose_start

    def _pieces_over(self, start: int, end: int) -> list[Piece]:
        i = max(bisect_right(self._prose_starts, start) - 1, 0)
        out = []
        while i < len(self.pieces) and self.pieces[i].prose_start < end:
            p = self.pieces[i]
            if p.prose_end > start:
                out.append(p)
            i += 1
        return out

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The source range of the prose range ``[start, end)``."""
        pieces = self._pieces_over(start, max(end, start + 1))
        if not pieces:
            return len(self.source), len(self.source)
        first, last = pieces[0], pieces[-1]
        a = first.src_start + (start - first.prose_start) if first.is_text else first.src_start
        b = last.src_start + (end - last.prose_start) if last.is_text else last.src_end
        return a, max(a, b)

    def add_prose(self, builder: SegmentBuilder, start: int, end: int) -> None:
        """Add the prose ``[start, end)`` to ``builder``, each piece mapped to its source."""
        for p in self._pieces_over(start, end):
            a, b = max(start, p.prose_start), min(end, p.prose_end)
            if p.is_text:
                builder.add(self.prose[a:b], p.src_start + a - p.prose_start)
            else:
                builder.add(self.prose[a:b], p.src_start, p.src_end)

    def remap(self, seg: Segment) -> Segment | None:
        """A segment read from the prose, mapped to the source instead."""
        builder = SegmentBuilder(seg.kind, seg.name)
        for run in seg.runs:
            if run.linear:
                self.add_prose(builder, run.src_start, run.src_end)
            else:
                a, b = self.source_span(run.src_start, run.src_end)
                builder.add(seg.text[run.prose_start:run.prose_end], a, b)
        return builder.build()


def parse_annotation(data: str) -> Annotated:
    """Validate the ``data`` field and build the source and prose strings.

    Raises :class:`InputError` (naming the item) for anything but the documented shape.
    """
    try:
        value = json.loads(data)
    except json.JSONDecodeError as exc:
        raise InputError(f"'data' is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}") from None
    except RecursionError:
        raise InputError("'data' is nested too deeply") from None
    if not isinstance(value, dict) or not isinstance(value.get("annotation"), list):
        raise InputError(f"'data' has the wrong shape: {SHAPE}")
    items = value["annotation"]
    if len(items) > MAX_ITEMS:
        raise InputError(f"'data' has {len(items):,} items; at most {MAX_ITEMS:,} are accepted")
    source: list[str] = []
    prose: list[str] = []
    pieces: list[Piece] = []
    s_len = p_len = 0
    for n, item in enumerate(items):
        if not isinstance(item, dict):
            raise InputError(f"'data' item {n} is not an object: {SHAPE}")
        unknown = set(item) - {"text", "markup", "interpretAs"}
        if unknown:
            raise InputError(f"'data' item {n} has unknown key(s) {', '.join(sorted(unknown))}")
        if ("text" in item) == ("markup" in item):
            raise InputError(f"'data' item {n} needs exactly one of 'text' and 'markup'")
        if "text" in item and "interpretAs" in item:
            raise InputError(f"'data' item {n}: 'interpretAs' goes with 'markup', not 'text'")
        for key in ("text", "markup", "interpretAs"):
            if key in item and not isinstance(item[key], str):
                raise InputError(f"'data' item {n}: '{key}' must be a string")
        src = item.get("text", item.get("markup", ""))
        said = item["text"] if "text" in item else item.get("interpretAs", "")
        pieces.append(Piece(p_len, p_len + len(said), s_len, s_len + len(src), "text" in item))
        source.append(src)
        prose.append(said)
        s_len += len(src)
        p_len += len(said)
    return Annotated("".join(source), "".join(prose), pieces)


def annotated_document(annotated: Annotated, path: str) -> Document:
    """The article the prose holds, with every span in source (markup-included) offsets."""
    plain = read_plaintext(annotated.prose, path)
    segments = [s for s in (annotated.remap(seg) for seg in plain.segments) if s is not None]
    suppressions = [
        Suppression(s.rules, *annotated.source_span(s.start, s.end)) for s in plain.suppressions
    ]
    return Document(path=path, source=annotated.source, format="txt", segments=segments, suppressions=suppressions)
