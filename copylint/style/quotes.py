"""Finding quoted speech in a paragraph, so wording rules never "correct" what someone said.

Double quotes (straight ``"`` or curly ``\u201c\u201d``) open and close in turn; a quote
left open runs to the end of the paragraph (the convention for a quotation that goes on
in the next paragraph), and a closing mark with no opening one closes a quotation that
began in an earlier paragraph. Single quotes (``\u2018\u2019`` or straight ``'``) count
only where they clearly are quotation marks and not apostrophes: an opening mark at the
start of a word paired with a closing mark at the end of a later word (``Iraq\u2019s`` and
``the players'`` stay apostrophes).
"""

from __future__ import annotations

import re

_MARKS = re.compile("[\"\u201c\u201d\u201e'\u2018\u2019]")
_OPEN_DOUBLE = "\u201c\u201e"
_CLOSE_DOUBLE = "\u201d"
# characters after which a quotation mark opens rather than closes
_OPENERS = set(" \t\n([{\u2014\u2013-/\u201c\"'\u2018")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Sorted, non-overlapping ``(start, end)`` spans of quoted text, marks included."""
    spans: list[tuple[int, int]] = []
    open_double: int | None = None
    open_single: int | None = None
    n = len(text)
    for m in _MARKS.finditer(text):
        i = m.start()
        ch = text[i]
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < n else " "
        if ch in _OPEN_DOUBLE:
            if open_double is None:
                open_double, open_single = i, None
        elif ch == _CLOSE_DOUBLE:
            if open_double is not None:
                spans.append((open_double, i + 1))
                open_double = None
            elif not spans:
                spans.append((0, i + 1))  # a quotation continued from the paragraph before
        elif ch == '"':
            if open_double is None:
                open_double, open_single = i, None
            else:
                spans.append((open_double, i + 1))
                open_double = None
        elif open_double is None:  # single marks outside a double quotation
            opens = (before in _OPENERS or i == 0) and after.isalnum()
            closes = not before.isspace() and not after.isalnum()
            if ch == "\u2018" or (ch == "'" and opens):
                if open_single is None and opens:
                    open_single = i
            elif closes and open_single is not None and (ch == "\u2019" or ch == "'"):
                spans.append((open_single, i + 1))
                open_single = None
    if open_double is not None:
        spans.append((open_double, n))
    spans.sort()
    return spans
