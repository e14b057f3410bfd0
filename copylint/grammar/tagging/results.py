"""What the tagger gives: :class:`Tagged` tokens and :class:`Chunk` groups of them.

Named tuples, in a module of their own that stays plain Python: the modules that make them
(copylint.grammar.tagging.tagger, .chunks) are compiled with mypyc (copylint.native), and a
compiled module cannot make a ``NamedTuple`` class without importing ``typing`` at run time.
"""

from __future__ import annotations

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import NamedTuple
else:
    from copylint.named_tuple import NamedTuple


class Tagged(NamedTuple):
    text: str
    tag: str  # Penn Treebank (XPOS)
    upos: str  # Universal POS
    lemma: str
    start: int
    end: int
    word: int  # index of the input token (or stream word) it came from; -1 for punctuation from gaps


class Chunk(NamedTuple):
    kind: str  # "NP" or "VG"
    start: int  # index of the first tagged token
    end: int  # index after the last
    head: int  # the noun (NP) or the main verb (VG)
    number: str | None  # "sg" / "pl" (NP; VG when the finite verb shows it)
    person: int | None  # 1, 2 or 3
    tense: str | None  # VG: "present", "past", "future", "modal", "nonfinite"
    finite: int | None  # VG: index of the first verb or modal
