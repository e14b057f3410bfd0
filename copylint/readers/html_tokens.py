"""An HTML tokenizer that keeps every token's exact source span and runs in linear time.

It follows the WHATWG tokenizer for what a linter of prose needs: start and end tags
(attributes skipped, quotes respected), comments, doctypes, bogus comments (``<?``,
``<![CDATA[``, a marked section ``<![ foo``), raw text (``script``, ``style`` ...),
RCDATA (``title``, ``textarea``), character references (:mod:`copylint.readers.charrefs`)
and text. A construct left open at the end of the file ends with the file, as in a
browser: an unclosed comment or tag swallows the rest, nothing is scanned twice.

Why not ``html.parser``: it reports line/column (by ``\\n`` only), decodes references
its own way (``They&#x27re``), raises on ``<![`` marked sections, and on Python 3.11 is
quadratic on several inputs (``<a<a<a...``, ``<!--<!--...``, ``<?<?...``, unclosed
``<![CDATA[``), because on an unfinished construct it gives up one character and scans
the rest again. No maintained Python HTML tokenizer reports source offsets.

Linear by construction: the position only moves forward, every search starts where the
previous one stopped, and a search that fails ends the input. ``Tokenizer.scanned``
counts the characters the searches passed over, which the tests hold to the input size.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from copylint.readers.charrefs import reference_at

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import NamedTuple
else:
    from copylint.named_tuple import NamedTuple

#: raw text: no tags and no references until the matching end tag
RAWTEXT = frozenset({"script", "style", "xmp", "iframe", "noembed", "noframes", "noscript"})
#: RCDATA: no tags, but references are decoded
RCDATA = frozenset({"title", "textarea"})

_SPECIAL = re.compile(r"[<&]")
_SPACE = re.compile(r"[\t\n\f\r ]*")
_TAG_NAME = re.compile(r"[^\t\n\f\r />]*")
_ATTR_NAME = re.compile(r"[^\t\n\f\r />][^\t\n\f\r />=]*")
_UNQUOTED = re.compile(r"[^\t\n\f\r >]*")
_COMMENT_END = re.compile(r"--!?>")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_CLOSERS = {name: re.compile(rf"</{name}[\t\n\f\r />]", re.IGNORECASE) for name in RAWTEXT | RCDATA | {"plaintext"}}


class Token(NamedTuple):
    """``kind`` is text, ref, start, end, comment or other (doctype, bogus comment)."""

    kind: str
    start: int
    end: int
    name: str = ""  # tag name (ASCII-lowercased) of start and end tags
    value: str = ""  # the decoded character(s) of a ref
    self_closing: bool = False


class Tokenizer:
    def __init__(self, text: str) -> None:
        self.text = text
        self.n = len(text)
        self.scanned = 0  # characters passed over by searches and matches (the tests bound it)

    def _find(self, pattern: re.Pattern[str], pos: int, end: int | None = None) -> re.Match[str] | None:
        end = self.n if end is None else end
        m = pattern.search(self.text, pos, end)
        self.scanned += (m.end() if m else end) - pos
        return m

    def _match(self, pattern: re.Pattern[str], pos: int) -> int:
        m = pattern.match(self.text, pos)
        end = m.end() if m else pos
        self.scanned += end - pos
        return end

    def _char_find(self, needle: str, pos: int) -> int:
        i = self.text.find(needle, pos)
        self.scanned += (i + len(needle) if i >= 0 else self.n) - pos
        return i

    def tokens(self) -> Iterator[Token]:
        pos = 0
        while pos < self.n:
            m = self._find(_SPECIAL, pos)
            j = m.start() if m else self.n
            if j > pos:
                yield Token("text", pos, j)
            if m is None:
                return
            if self.text[j] == "&":
                pos = yield from self._reference(j, self.n)
                continue
            token, pos = self._markup(j)
            if token is None:
                continue
            yield token
            if token.kind == "start" and token.name in _CLOSERS:
                pos = yield from self._raw(token.name, pos)

    def _reference(self, at: int, limit: int) -> Iterator[Token]:
        ref = reference_at(self.text, at, limit)
        if ref is None:
            yield Token("text", at, at + 1)
            self.scanned += 1
            return at + 1
        value, end = ref
        self.scanned += end - at
        yield Token("ref", at, end, value=value)
        return end

    def _raw(self, name: str, pos: int) -> Iterator[Token]:
        """The content of a raw-text or RCDATA element, up to (not including) its end tag."""
        close = None if name == "plaintext" else self._find(_CLOSERS[name], pos)
        end = close.start() if close else self.n
        if name not in RCDATA:
            if end > pos:
                yield Token("text", pos, end)
            return end
        while pos < end:
            m = self._find(_SPECIAL, pos, end)
            j = m.start() if m else end
            if j > pos:
                yield Token("text", pos, j)
            if m is None:
                break
            if self.text[j] == "&":
                pos = yield from self._reference(j, end)
            else:
                yield Token("text", j, j + 1)
                pos = j + 1
        return end

    def _markup(self, at: int) -> tuple[Token | None, int]:
        """The construct starting with ``<`` at ``at``: (token or None, offset after it)."""
        text, n = self.text, self.n
        nxt = text[at + 1] if at + 1 < n else ""
        if nxt.isascii() and nxt.isalpha():
            return self._tag("start", at, at + 1)
        if nxt == "/":
            after = text[at + 2] if at + 2 < n else ""
            if after.isascii() and after.isalpha():
                return self._tag("end", at, at + 2)
            if after == ">":
                return None, at + 3  # "</>": ignored
            if not after:
                return Token("text", at, n), n  # "</" at the end of the file is text
            return self._bogus(at, at + 2)
        if nxt == "!":
            if text.startswith("<!--", at):
                return self._comment(at)
            return self._bogus(at, at + 2)  # doctype, <![CDATA[, marked sections, anything else
        if nxt == "?":
            return self._bogus(at, at + 2)
        return Token("text", at, at + 1), at + 1  # a "<" that opens nothing

    def _bogus(self, at: int, pos: int) -> tuple[Token, int]:
        i = self._char_find(">", pos)
        end = i + 1 if i >= 0 else self.n
        return Token("other", at, end), end

    def _comment(self, at: int) -> tuple[Token, int]:
        text = self.text
        body = at + 4
        if text.startswith(">", body):  # <!-->
            return Token("comment", at, body + 1), body + 1
        if text.startswith("->", body):  # <!--->
            return Token("comment", at, body + 2), body + 2
        m = self._find(_COMMENT_END, body)
        end = m.end() if m else self.n
        return Token("comment", at, end), end

    def _tag(self, kind: str, at: int, name_start: int) -> tuple[Token | None, int]:
        text, n = self.text, self.n
        p = self._match(_TAG_NAME, name_start)
        name = text[name_start:p].translate(_ASCII_LOWER)
        while True:
            p = self._match(_SPACE, p)
            if p >= n:
                return None, n  # end of file inside a tag: the tag is dropped
            c = text[p]
            if c == ">":
                return Token(kind, at, p + 1, name), p + 1
            if c == "/":
                if text.startswith("/>", p):
                    return Token(kind, at, p + 2, name, self_closing=True), p + 2
                p += 1
                continue
            p = self._match(_ATTR_NAME, p)
            q = self._match(_SPACE, p)
            if q < n and text[q] == "=":
                p = self._match(_SPACE, q + 1)
                if p < n and text[p] in "\"'":
                    close = self._char_find(text[p], p + 1)
                    if close < 0:
                        return None, n
                    p = close + 1
                else:
                    p = self._match(_UNQUOTED, p)
            else:
                p = q


def tokenize(text: str) -> Iterator[Token]:
    """The tokens of ``text`` in source order; their spans tile the source except for
    ``</>`` and a tag left open at the end of the file."""
    return Tokenizer(text).tokens()
