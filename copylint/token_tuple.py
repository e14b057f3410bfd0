"""The :class:`Token` named tuple of :mod:`copylint.tokens`, in a module of its own: the
tokeniser is compiled with mypyc (see :mod:`copylint.native`), which cannot make this
class (a ``NamedTuple`` made without importing ``typing``); this plain module can."""

from __future__ import annotations

import re

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import NamedTuple
else:
    from copylint.named_tuple import NamedTuple

APOSTROPHES = "'\u2019\u02bc"
HYPHENS = "-\u2010\u2011"


class Token(NamedTuple):
    """A span of prose: ``kind`` is word, abbrev, number, url, email, domain, handle or hashtag.
    (A named tuple: the tokeniser makes one per word, and a tuple is made fastest.)"""

    text: str
    start: int
    end: int
    kind: str

    @property
    def is_word(self) -> bool:
        return self.kind == "word"

    def parts(self) -> list[Token]:
        """A hyphenated compound's parts (the word itself when it has none)."""
        if not any(h in self.text for h in HYPHENS):
            return [self]
        out = []
        for m in re.finditer(rf"[^{re.escape(HYPHENS)}]+", self.text):
            out.append(Token(m.group(), self.start + m.start(), self.start + m.end(), "word"))
        return out
