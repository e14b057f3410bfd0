"""Plain text: the first non-empty line is the headline; blank lines separate paragraphs.

A line of its own holding a suppression comment (``# copylint-disable-next-line RULE``,
see :mod:`copylint.readers.suppression`) is not prose. Inside a block of lines, a line break joins two lines into one paragraph when the
text was hard-wrapped (the next line starts in lower case, or the line ends
mid-clause); otherwise each line is its own paragraph, as in copy pasted from a CMS
where the standfirst, byline, date and caption sit on lines of their own.
"""

from __future__ import annotations

import re

from copylint.document import Document, SegmentBuilder, verbatim_segment
from copylint.readers.suppression import find_line_directives

_CAPTION = re.compile(r"(\[[^\]]{2,40}\]|\((?:photo|image|picture)[^)]*\))\s*$|^(?:image|photo|picture)s?:\s", re.IGNORECASE)
#: the start of :data:`_CAPTION`'s second branch, matched where it can match (at the start)
_CAPTION_LABEL = re.compile(r"(?:image|photo|picture)s?:\s", re.IGNORECASE)


def _is_caption(text: str) -> bool:
    """``_CAPTION.search(text)``, asked only where it can match: a text whose last
    character but white space closes a bracket, or that starts with a label ("Photo: ");
    otherwise the search would try every position of every paragraph for nothing."""
    if text.rstrip()[-1:] not in ("]", ")") and _CAPTION_LABEL.match(text) is None:
        return False
    return _CAPTION.search(text) is not None
_TERMINAL = ".!?:\"'\u201d\u2019)]"
_JOINING_END = ",;\u2013\u2014-("


def _joins(line: str, following: str) -> bool:
    stripped = line.rstrip()
    if not stripped or not following.strip():
        return False
    first = following.lstrip()[0]
    if first.islower():
        return True
    if stripped[-1] in _JOINING_END:
        return True
    return len(stripped) >= 60 and stripped[-1] not in _TERMINAL


def read_plaintext(text: str, path: str, headline: bool = True) -> Document:
    """``headline=False`` reads every block as body text (rule examples use this)."""
    doc = Document(path=path, source=text, format="txt", segments=[])
    doc.suppressions, directive_lines = find_line_directives(text, doc.lines)
    segments = doc.segments
    headline_done = not headline
    block: list[tuple[int, str]] = []  # the lines (start, text) of the paragraph being read

    def flush() -> None:  # (called with a block)
        if len(block) == 1:  # (most paragraphs: one line)
            seg = verbatim_segment("paragraph", block[0][1], block[0][0])
        else:
            builder = SegmentBuilder("paragraph")
            prev_end = -1
            for start, line in block:
                if prev_end >= 0:
                    builder.add(text[prev_end:start], prev_end)
                builder.add(line, start)
                prev_end = start + len(line)
            seg = builder.build()
        if seg is not None:
            if _is_caption(seg.text):
                seg.kind = "caption"
            segments.append(seg)
        block.clear()

    for n, (start, line) in enumerate(doc.lines.lines(), 1):
        if not line.strip() or n in directive_lines:  # a suppression comment is not prose
            if block:
                flush()
            continue
        if not headline_done:
            seg = verbatim_segment("headline", line, start)
            if seg is not None:
                segments.append(seg)
            headline_done = True
            continue
        if block and not _joins(block[-1][1], line):
            flush()
        block.append((start, line))
    if block:
        flush()
    return doc
