"""A segment's prose as the grammar rules see it: tokens with what lies between them."""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from itertools import compress
from typing import NamedTuple

from copylint.tokens import token_list

_CLAUSE_PUNCT = frozenset(".!?;:,()[]\u2026\u2014\u2013\"\u201c\u201d")
_SENTENCE_PUNCT = frozenset(".!?;:\u2026")
#: in a rule's ``TRIGGERS``: every number token (no token's ``low`` holds a space)
NUMBER = " number"


class Word(NamedTuple):
    """One token: ``low`` is lowercased with curly apostrophes made straight; ``gap`` is the
    text between the previous token and this one (the segment start for the first). (A named
    tuple: :func:`indexed_stream` makes one per token, and C-level maps make tuples fastest.)"""

    text: str
    low: str
    start: int
    end: int
    kind: str
    gap: str
    index: int

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper()

    # the gap is nearly always one space: those tests come first

    @property
    def joined(self) -> bool:
        """Only spaces separate this token from the previous one."""
        gap = self.gap
        if gap == " ":
            return self.index > 0
        return self.index > 0 and gap.isspace() and gap.count("\n") < 2

    @property
    def clause_start(self) -> bool:
        """First token of the segment, or after clause punctuation (, ; : . quotes brackets)."""
        gap = self.gap
        if gap == " ":
            return self.index == 0
        return self.index == 0 or not _CLAUSE_PUNCT.isdisjoint(gap) or "\n" in gap

    @property
    def sentence_start(self) -> bool:
        gap = self.gap
        if gap == " ":
            return self.index == 0
        return self.index == 0 or not _SENTENCE_PUNCT.isdisjoint(gap) or gap.count("\n") > 1

    @property
    def word(self) -> bool:
        return self.kind == "word"

    @property
    def possessive(self) -> bool:
        return self.low.endswith(("'s", "s'")) and len(self.low) > 2


#: token text -> its ``low`` form (news copy repeats a few thousand words; emptied when large)
_LOWS: dict[str, str] = {}
_LOWS_LIMIT = 50_000


def lowered(text: str) -> str:
    """``text`` lowercased, with curly apostrophes and modifier apostrophes made straight."""
    low = _LOWS.get(text)
    if low is None:
        if len(_LOWS) >= _LOWS_LIMIT:
            _LOWS.clear()
        low = _LOWS[text] = text.lower().replace("\u2019", "'").replace("\u02bc", "'")
    return low


def stream(text: str) -> list[Word]:
    """Every token of ``text`` with its gap; apostrophes are straightened in ``low``."""
    return indexed_stream(text, {}, (), 0)[0]


def indexed_stream(text: str, owners: Mapping[str, tuple[int, ...]], numbers: tuple[int, ...],
                   slots: int) -> tuple[list[Word], list[list[int]]]:
    """:func:`stream`, and in the same pass the indexes where each of ``slots`` readers has
    work: ``owners`` maps a ``low`` form to the readers it wakes, ``numbers`` are woken by
    every number token. ``sites[k]`` lists reader ``k``'s indexes in order."""
    sites: list[list[int]] = [[] for _ in range(slots)]
    tokens = token_list(text)
    if not tokens:
        return [], sites
    # column by column, by C-level maps: no Python call a token (most words' ``low`` is known)
    texts, starts, ends, kinds = zip(*tokens, strict=True)
    lows = list(map(_LOWS.get, texts))
    if None in lows:
        lows = list(map(lowered, texts))
    n = len(texts)
    gaps = map(text.__getitem__, map(slice, (0, *ends[:-1]), starts))
    words = list(map(_make_word, zip(texts, lows, starts, ends, kinds, gaps, range(n), strict=True)))
    if not owners and not numbers:
        return words, sites
    woken = compress(range(n), map(owners.__contains__, lows))
    if numbers and "number" in kinds:
        woken = sorted({*woken, *compress(range(n), map("number".__eq__, kinds))})
    get = owners.get
    for i in woken:
        mine = get(lows[i])
        if numbers and kinds[i] == "number":
            mine = numbers if mine is None else tuple(sorted(set(mine) | set(numbers)))
        for k in mine:  # type: ignore[union-attr]
            sites[k].append(i)
    return words, sites


_make_word = partial(tuple.__new__, Word)


def after(words: list[Word], i: int) -> Word | None:
    """The token after ``words[i]`` if only spaces separate them."""
    if i + 1 < len(words):
        w = words[i + 1]
        if (w.gap == " " and i >= 0) or w.joined:  # one space: joined (``joined``'s fast path)
            return w
    return None


def before(words: list[Word], i: int) -> Word | None:
    """The token before ``words[i]`` if only spaces separate them."""
    if i > 0:
        w = words[i]
        if w.gap == " " or w.joined:
            return words[i - 1]
    return None
