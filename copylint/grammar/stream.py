"""A segment's prose as the grammar rules see it: tokens with what lies between them."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from copylint.tokens import token_list

_CLAUSE_PUNCT = frozenset(".!?;:,()[]\u2026\u2014\u2013\"\u201c\u201d")
_SENTENCE_PUNCT = frozenset(".!?;:\u2026")
#: in a rule's ``TRIGGERS``: every number token (no token's ``low`` holds a space)
NUMBER = " number"


class Word:
    """One token: ``low`` is lowercased with curly apostrophes made straight; ``gap`` is the
    text between the previous token and this one (the segment start for the first).

    A class with ``__slots__``: the rules read a word's fields some 200,000 times per 30,000
    words, and the interpreter specialises a slot read (a load at a fixed offset) where a
    tuple subclass's named getter took the generic attribute look-up, about ten times the
    work. :func:`indexed_stream` fills the slots itself (no ``__init__`` frame), which also
    costs less than building a tuple and copying it into a subclass. Compares, hashes,
    iterates and pickles as the tuple of its seven fields, as the tuple subclass did."""

    __slots__ = ("text", "low", "start", "end", "kind", "gap", "index", "word")

    text: str
    low: str
    start: int
    end: int
    kind: str
    gap: str
    index: int
    #: ``kind == "word"`` (a slot, not a property: the rules ask it some 9,000 times per 30,000 words)
    word: bool

    def __init__(self, text: str, low: str, start: int, end: int, kind: str, gap: str, index: int) -> None:
        self.text, self.low, self.start, self.end, self.kind, self.gap, self.index = (
            text, low, start, end, kind, gap, index)
        self.word = kind == "word"

    def _fields(self) -> tuple[str, str, int, int, str, str, int]:
        return self.text, self.low, self.start, self.end, self.kind, self.gap, self.index

    def __iter__(self) -> Iterator[str | int]:
        return iter(self._fields())

    def __len__(self) -> int:
        return 7

    def __getitem__(self, k: int | slice) -> Any:
        return self._fields()[k]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Word):
            return self._fields() == other._fields()
        return self._fields() == other if isinstance(other, tuple) else NotImplemented

    def __hash__(self) -> int:
        return hash(self._fields())

    def __reduce__(self) -> tuple[type[Word], tuple[str, str, int, int, str, str, int]]:
        return Word, self._fields()

    def __repr__(self) -> str:
        return "Word(" + ", ".join(f"{name}={value!r}" for name, value in zip(_FIELDS, self._fields(), strict=True)) + ")"

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
    def possessive(self) -> bool:
        return self.low.endswith(("'s", "s'")) and len(self.low) > 2

    @property
    def plain(self) -> bool:
        """A plain lower-case word: a word token, not capitalised, not possessive, with no
        hyphen or apostrophe (the only kind a rule reads as a common noun or adjective)."""
        return self.word and not self.cap and not self.possessive and "-" not in self.text and "'" not in self.low


_FIELDS = ("text", "low", "start", "end", "kind", "gap", "index")
_new_word = object.__new__


def _lower(text: str) -> str:
    return text.lower().replace("\u2019", "'").replace("\u02bc", "'")


#: token text -> its ``low`` form (news copy repeats a few thousand words; emptied when large).
#: A plain dict read with ``_LOWS[text]``, which the interpreter specialises for an exact dict
#: (a look-up through a dict subclass such as DecidedOnce costs 1.7 times as much).
_LOWS: dict[str, str] = {}
_LOWS_LIMIT = 50_000


def lowered(text: str) -> str:
    """``text`` lowercased, with curly apostrophes and modifier apostrophes made straight."""
    try:
        return _LOWS[text]
    except KeyError:
        return _new_low(text)


def _new_low(text: str) -> str:
    if len(_LOWS) >= _LOWS_LIMIT:
        _LOWS.clear()
    low = _LOWS[text] = _lower(text)
    return low


def stream(text: str) -> list[Word]:
    """Every token of ``text`` with its gap; apostrophes are straightened in ``low``."""
    return indexed_stream(text, {}, (), 0)[0]


def indexed_stream(text: str, owners: Mapping[str, tuple[int, ...]], numbers: tuple[int, ...],
                   slots: int) -> tuple[list[Word], list[list[int]]]:
    """:func:`stream`, and in the same pass the indexes where each of ``slots`` readers has
    work: ``owners`` maps a ``low`` form to the readers it wakes, ``numbers`` are woken by
    every number token. ``sites[k]`` lists reader ``k``'s indexes in order."""
    out: list[Word] = []
    append = out.append
    sites: list[list[int]] = [[] for _ in range(slots)]
    lows = _LOWS
    get = owners.get
    new = _new_word
    prev = 0
    for n, (t, start, end, kind) in enumerate(token_list(text)):  # a Token unpacked: faster than its attributes
        try:
            low = lows[t]
        except KeyError:
            low = _new_low(t)
        w = new(Word)  # its slots filled here: cheaper than a call of ``Word(...)``
        w.text = t
        w.low = low
        w.start = start
        w.end = end
        w.kind = kind
        w.word = kind == "word"
        # (a one-character gap, nearly every gap, is read by index: cheaper than a slice)
        w.gap = text[prev] if start - prev == 1 else text[prev:start]
        w.index = n
        append(w)
        prev = end
        mine = get(low)
        if kind == "number" and numbers:
            mine = numbers if mine is None else tuple(sorted(set(mine) | set(numbers)))
        if mine is not None:
            for k in mine:
                sites[k].append(n)
    return out, sites


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
