"""All position arithmetic: source offsets <-> line/column, in code points or UTF-16.

The one definition of a line break, for every reader, the line index and every
reporter: ``\\r\\n``, ``\\n`` and a lone ``\\r``, as in the Language Server Protocol,
CommonMark, the HTML input stream, git, Vim and Emacs. U+0085, U+2028, U+2029, VT and FF
are *not* line breaks here, although YAML 1.1 and ``str.splitlines`` count some of them:
a reader must never turn a third-party parser's line/column into an offset (the two
would disagree on such text); it takes the parser's character index, or aligns the
parser's output with the source. Offsets are code-point indices into the decoded source
(BOM removed).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

#: a line break: the only definition in copylint
LINE_BREAK = re.compile(r"\r\n|\n|\r")
#: the characters that start a line break
BREAK_CHARS = "\r\n"


def break_length(text: str, offset: int) -> int:
    """Length of the line break starting at ``offset`` (2 for CRLF), 0 when there is none."""
    if text.startswith("\r\n", offset):
        return 2
    return 1 if offset < len(text) and text[offset] in BREAK_CHARS else 0


def line_starts(text: str) -> list[int]:
    """Offset of the first character of every line of ``text``."""
    if "\r" not in text:  # every break is "\n" (the pattern would try every character)
        return _starts_of(text.split("\n"))
    return [0] + [m.end() for m in LINE_BREAK.finditer(text)]


#: ``n + 1`` (a C function: the line starts are summed without a Python step a line)
_PLUS_ONE = (1).__add__


def _starts_of(parts: list[str]) -> list[int]:
    """The offset of each of ``parts`` in ``"\n".join(parts)``: 0, then each one's start
    after the one before it and its ``"\n"`` (summed in C)."""
    starts = list(accumulate(map(_PLUS_ONE, map(len, parts)), initial=0))
    starts.pop()  # (where a line after the last would start)
    return starts


class LineIndex:
    """Maps offsets in one text to 1-based line and column numbers."""

    __slots__ = ("text", "_starts", "_parts")

    def __init__(self, text: str) -> None:
        self.text = text
        # (the text split at its "\n" breaks, when it has no other: its lines, kept for the
        # first call of :meth:`lines`, which would split it again)
        self._parts: list[str] | None = None
        if "\r" not in text:
            self._parts = text.split("\n")
            self._starts = _starts_of(self._parts)
        else:
            self._starts = line_starts(text)

    @property
    def line_count(self) -> int:
        return len(self._starts)

    def line_start(self, line: int) -> int:
        """Offset of the first character of 1-based ``line``."""
        return self._starts[line - 1]

    def line_of(self, offset: int) -> int:
        """1-based line containing ``offset`` (an offset on a line break belongs to its line)."""
        return bisect_right(self._starts, offset)

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and code-point column of ``offset``."""
        line = self.line_of(offset)
        return line, offset - self._starts[line - 1] + 1

    def offset_of(self, line: int, column: int) -> int:
        """Inverse of :meth:`line_col`."""
        return self._starts[line - 1] + column - 1

    def line_text(self, line: int) -> str:
        """The text of 1-based ``line`` without its line break."""
        start = self._starts[line - 1]
        end = self._starts[line] if line < len(self._starts) else len(self.text)
        return self.text[start:end].rstrip(BREAK_CHARS)

    def lines(self) -> list[tuple[int, str]]:
        """Every line as (:meth:`line_start`, :meth:`line_text`), in order, made at once."""
        text = self.text
        if "\r" not in text:  # (every break is "\n", one a line: split there, as the starts were found)
            parts, self._parts = self._parts, None  # (kept for this call only: no copy of the text held)
            return list(zip(self._starts, text.split("\n") if parts is None else parts, strict=True))
        return [(start, self.line_text(n)) for n, start in enumerate(self._starts, 1)]

    # UTF-16 positions, as the Language Server Protocol counts them (0-based).
    def utf16_position(self, offset: int) -> tuple[int, int]:
        line = self.line_of(offset)
        start = self._starts[line - 1]
        return line - 1, utf16_length(self.text[start:offset])

    def offset_from_utf16(self, line: int, character: int) -> int:
        """Code-point offset of a 0-based LSP (line, UTF-16 character) position."""
        line = min(max(line, 0), len(self._starts) - 1)
        start = self._starts[line]
        end = self._starts[line + 1] if line + 1 < len(self._starts) else len(self.text)
        while end > start and self.text[end - 1] in BREAK_CHARS:  # past the end of the line: the end, before its break
            end -= 1
        units = 0
        pos = start
        while pos < end and units < character:
            units += 2 if ord(self.text[pos]) > 0xFFFF else 1
            pos += 1
        return pos


def utf16_length(text: str) -> int:
    """Number of UTF-16 code units in ``text``."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def utf16_to_codepoint_offsets(text: str, offset: int, length: int) -> tuple[int, int]:
    """Convert a UTF-16 (offset, length) pair, as LanguageTool sends, to code-point start/end."""
    units = 0
    index = 0
    n = len(text)
    while index < n and units < offset:
        units += 2 if ord(text[index]) > 0xFFFF else 1
        index += 1
    start = index
    target = offset + length
    while index < n and units < target:
        units += 2 if ord(text[index]) > 0xFFFF else 1
        index += 1
    return start, index


# Positions in a negotiated LSP encoding (LSP 3.17 ``positionEncoding``): the unit a
# ``character`` counts is a UTF-8 byte, a UTF-16 code unit or a code point (UTF-32).
UTF8, UTF16, UTF32 = "utf-8", "utf-16", "utf-32"
ENCODINGS = (UTF8, UTF16, UTF32)


def unit_length(ch: str, encoding: str) -> int:
    """How many units of ``encoding`` one code point takes."""
    if encoding == UTF32:
        return 1
    cp = ord(ch)
    if encoding == UTF16:
        return 2 if cp > 0xFFFF else 1
    return 1 if cp < 0x80 else 2 if cp < 0x800 else 3 if cp < 0x10000 else 4


def units_length(text: str, encoding: str) -> int:
    """Length of ``text`` in units of ``encoding``."""
    if encoding == UTF32:
        return len(text)
    if encoding == UTF16:
        return utf16_length(text)
    return len(text.encode("utf-8", "surrogatepass"))


def lsp_position(index: LineIndex, offset: int, encoding: str = UTF16) -> tuple[int, int]:
    """0-based (line, character) of code-point ``offset`` of ``index.text``, counted in ``encoding``."""
    line = index.line_of(offset)
    start = index.line_start(line)
    return line - 1, units_length(index.text[start:offset], encoding)


def offset_from_lsp(index: LineIndex, line: int, character: int, encoding: str = UTF16) -> int:
    """Code-point offset of a 0-based LSP (line, character) position counted in ``encoding``.

    A line past the end is the last line; a character past the end of its line is the end
    of the line, before its break; a character inside a multi-unit code point is that code
    point's start (never the middle of a character)."""
    text = index.text
    line = min(max(line, 0), index.line_count - 1)
    start = index.line_start(line + 1)
    end = index.line_start(line + 2) if line + 1 < index.line_count else len(text)
    while end > start and text[end - 1] in "\r\n":
        end -= 1
    units = 0
    pos = start
    while pos < end:
        step = unit_length(text[pos], encoding)
        if units + step > character:
            break
        units += step
        pos += 1
    return pos
