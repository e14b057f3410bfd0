"""Untrusted text made safe to print: file names, quoted article text, backend messages.

A file name or an article can hold anything: a newline that starts a fake GitHub
workflow command (``::error file=...``) or a fake ``path:line:col`` line, an ESC
sequence that recolours, retitles or clears a terminal, a bidirectional override
that shows a line in another order than it is. Every reporter and every message
line passes such text through one of these before it is written.

- :func:`visible_controls` for one-line human formats (``text``, stderr, the HTML
  report's messages): every control character, line or paragraph separator and
  bidirectional control becomes a visible escape (``\\n``, ``\\x1b``, ``\\u202e``).
- :func:`json_safe` for JSON already serialised by :func:`json.dumps` (which escapes
  C0 controls but writes DEL, C1 controls such as U+009B CSI, U+2028/U+2029 and
  bidirectional controls raw): the same characters as ``\\uXXXX`` escapes, so the
  document decodes to exactly the same data.
"""

from __future__ import annotations

import re

#: C0 and C1 controls, DEL, line/paragraph separators, bidirectional embeddings,
#: overrides and isolates (the "Trojan Source" characters)
UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_SHORT = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
#: the characters json.dumps leaves raw that a terminal or a log viewer may act on
_JSON_RAW = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _escape(m: re.Match[str]) -> str:
    ch = m.group()
    if ch in _SHORT:
        return _SHORT[ch]
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible_controls(text: str) -> str:
    """``text`` with every unsafe character as a visible backslash escape; other text as is."""
    return UNSAFE.sub(_escape, text) if UNSAFE.search(text) else text


def json_safe(serialised: str) -> str:
    """JSON text with the characters :func:`json.dumps` leaves raw written as ``\\uXXXX``.

    Only valid inside string literals, which is the only place JSON allows them."""
    return _JSON_RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", serialised)


def control_picture(text: str) -> str:
    """For showing an article as it is, one character for one: C0 controls other than tab,
    line feed and carriage return as their Control Pictures (U+2400...), DEL as U+2421,
    C1 controls and the separators and bidirectional controls as U+FFFD."""

    def picture(m: re.Match[str]) -> str:
        ch = m.group()
        code = ord(ch)
        if ch in "\t\n\r":
            return ch
        if code < 0x20:
            return chr(0x2400 + code)
        if code == 0x7F:
            return "\u2421"
        return "\ufffd"

    return UNSAFE.sub(picture, text)
