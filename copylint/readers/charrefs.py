"""HTML character references, decoded as a browser decodes them in text content.

The rules are the WHATWG HTML tokenizer's (character reference state): named references
from the standard's table (``html.entities.html5``), the longest name that matches,
with or without its semicolon as the table allows (``&amp`` and ``&notit;`` included);
numeric references with or without the semicolon (``They&#x27re`` is "They're"), where
0, surrogates and anything past U+10FFFF become U+FFFD and 0x80-0x9F are read as
windows-1252 (``&#146;`` is a right single quote). Each reference keeps the exact
source span it came from, so a span over it still names the source text.
"""

from __future__ import annotations

import re
from html.entities import html5

#: longest name in the table, semicolon included
_MAX_NAME = max(len(name) for name in html5)
_DIGITS = re.compile(r"[0-9]+")
_HEX_DIGITS = re.compile(r"[0-9A-Fa-f]+")
_NAME_START = re.compile(r"[0-9A-Za-z]")


def _windows_1252(code: int) -> int:
    """The standard's table for numeric references 0x80-0x9F (windows-1252); unmapped ones stay."""
    try:
        return ord(bytes([code]).decode("cp1252"))
    except UnicodeDecodeError:
        return code  # 0x81, 0x8D, 0x8F, 0x90, 0x9D: no windows-1252 character


_C1 = {code: _windows_1252(code) for code in range(0x80, 0xA0)}


def numeric_value(digits: str, base: int) -> str:
    """The character a numeric reference stands for."""
    significant = digits.lstrip("0")
    if len(significant) > 8:  # far past U+10FFFF (and int() of a long run is slow)
        return "\ufffd"
    code = int(significant or "0", base)
    if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return "\ufffd"
    return chr(_C1.get(code, code))


def reference_at(text: str, start: int, end: int | None = None) -> tuple[str, int] | None:
    """The reference at ``text[start] == "&"``: (decoded value, end offset), or None when
    the ampersand is just an ampersand. Looks at most ``_MAX_NAME`` characters ahead for a
    name; a numeric reference's digits are consumed however many there are."""
    end = len(text) if end is None else end
    p = start + 1
    if p >= end:
        return None
    if text[p] == "#":
        p += 1
        base, pattern = 10, _DIGITS
        if p < end and text[p] in "xX":
            base, pattern, p = 16, _HEX_DIGITS, p + 1
        m = pattern.match(text, p, end)
        if not m:
            return None  # "&#" or "&#x" without digits is text
        q = m.end() + 1 if m.end() < end and text[m.end()] == ";" else m.end()
        return numeric_value(m.group(), base), q
    if not _NAME_START.match(text, p, end):
        return None
    window = text[p : min(end, p + _MAX_NAME)]
    for length in range(len(window), 0, -1):
        value = html5.get(window[:length])
        if value is not None:
            return value, p + length
    return None
