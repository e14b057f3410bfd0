"""A segment's prose as the grammar rules see it: tokens with what lies between them."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from itertools import count, repeat, starmap

from copylint.tokens import token_list

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import Any

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
    work. It has no ``__init__``: :func:`indexed_stream` makes each by calling the class (the C
    constructor; ``object.__new__(Word)`` goes through a slower checked wrapper) and fills the
    slots itself, and :func:`word` builds one from its fields. Compares, hashes, iterates and
    pickles as the tuple of its seven fields, as the tuple subclass did."""

    __slots__ = ("text", "low", "start", "end", "kind", "gap", "index", "word", "cap")

    text: str
    low: str
    start: int
    end: int
    kind: str
    gap: str
    index: int
    #: ``kind == "word"`` (a slot, not a property: the rules ask it some 9,000 times per 30,000 words)
    word: bool
    #: the text starts with a capital (a slot the stream fills from its memo of token texts: a
    #: property cost a call at each of some 7,000 reads per 30,000 words)
    cap: bool

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

    def __reduce__(self) -> tuple[Callable[..., Word], tuple[str, str, int, int, str, str, int]]:
        return word, self._fields()

    def __repr__(self) -> str:
        return "Word(" + ", ".join(f"{name}={value!r}" for name, value in zip(_FIELDS, self._fields(), strict=True)) + ")"

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


def word(text: str, low: str, start: int, end: int, kind: str, gap: str, index: int) -> Word:
    """A :class:`Word` with these fields."""
    w = Word()
    w.text, w.low, w.start, w.end, w.kind, w.gap, w.index = text, low, start, end, kind, gap, index
    w.word = kind == "word"
    w.cap = text[:1].isupper()
    return w


def _lower(text: str) -> str:
    return text.lower().replace("\u2019", "'").replace("\u02bc", "'")


#: a :class:`Triggers` memo holds at most this many token texts (emptied when full)
_MEMO_LIMIT = 50_000


class Triggers:
    """Which readers each token wakes: ``owners`` maps a ``low`` form to the readers it wakes,
    ``numbers`` are woken by every number token, ``shapes`` by the token texts their patterns
    find, and ``slots`` is the number of readers.

    Each token text's ``low`` form and readers are remembered together in ``memo`` (news copy
    repeats a few thousand words), so the stream finds both with one look-up of the text, a
    plain dict read the interpreter specialises."""

    __slots__ = ("owners", "numbers", "slots", "shapes", "memo")

    def __init__(self, owners: Mapping[str, tuple[int, ...]], numbers: tuple[int, ...], slots: int,
                 shapes: tuple[tuple[re.Pattern[str], int], ...] = ()) -> None:
        self.owners = owners
        self.numbers = numbers
        self.slots = slots
        #: (pattern, reader): the reader is woken by every token whose text the pattern finds in
        self.shapes = shapes
        #: token text -> (its ``low`` form, whether it starts with a capital, the readers that
        #: form wakes or None)
        self.memo: dict[str, tuple[str, bool, tuple[int, ...] | None]] = {}

    def learn(self, text: str) -> tuple[str, bool, tuple[int, ...] | None]:
        """``text``'s memo entry, made now (it was not in the memo)."""
        memo = self.memo
        if len(memo) >= _MEMO_LIMIT:
            memo.clear()
        low = _lower(text)
        mine = self.owners.get(low)
        for pattern, reader in self.shapes:
            if pattern.search(text):
                mine = tuple(sorted({reader, *(mine or ())}))
        found = memo[text] = low, text[:1].isupper(), mine
        return found

    def with_numbers(self, mine: tuple[int, ...] | None) -> tuple[int, ...]:
        """The readers a number token wakes: ``numbers`` and those its text wakes."""
        return self.numbers if mine is None else tuple(sorted(set(mine) | set(self.numbers)))


#: readers of no token: for a plain :func:`stream` (and its memo of ``low`` forms)
_PLAIN = Triggers({}, (), 0)


def lowered(text: str) -> str:
    """``text`` lowercased, with curly apostrophes and modifier apostrophes made straight."""
    found = _PLAIN.memo.get(text)
    return (found or _PLAIN.learn(text))[0]


def stream(text: str) -> list[Word]:
    """Every token of ``text`` with its gap; apostrophes are straightened in ``low``."""
    return indexed_stream(text, _PLAIN)[0]


#: the sites of a reader with none in a segment (shared: never appended to)
_NONE: tuple[int, ...] = ()


def indexed_stream(text: str, triggers: Triggers,
                   spare: list[Word] | None = None) -> tuple[list[Word], list[list[int]]]:
    """:func:`stream`, and in the same pass the indexes where each of the ``triggers``'
    readers has work: ``sites[k]`` lists reader ``k``'s indexes in order (an empty tuple,
    not a list, when it has none).

    ``spare`` (optional): words of an earlier stream that nothing reads any more (the caller
    is done with them): they are filled again, every slot, instead of making new ones, which
    saves allocating and freeing a Word per token (the grammar check passes each segment's
    words to the next segment of the same document)."""
    rows = token_list(text)
    size = len(rows)
    if spare:
        out: list[Word] = spare[:size]
        if len(out) < size:
            out += starmap(Word, repeat((), size - len(out)))
    else:
        # every Word made at once, by a C-level loop (``starmap`` calling the class), then
        # filled: cheaper than a call and an append per token in the loop below
        out = list(starmap(Word, repeat((), size)))
    # an empty reader's sites are one shared empty tuple, made a list at its first index: most
    # segments wake few of the readers, and making and freeing an empty list for each reader of
    # each segment cost more than the test at each index (7.7M of 90M instructions)
    # (``Any``: a compiled build checks what it reads from a list typed ``list[list[int]]``)
    sites: list[Any] = [_NONE] * triggers.slots
    memo = triggers.memo
    numbers = triggers.numbers
    prev = 0
    # (the index from ``itertools.count`` in the same zip: cheaper than a counter added to at every token)
    for w, (t, start, end, kind), n in zip(out, rows, count()):  # a Token unpacked: faster than its attributes
        try:
            low, cap, mine = memo[t]
        except KeyError:
            low, cap, mine = triggers.learn(t)
        w.text = t
        w.low = low
        w.cap = cap
        w.start = start
        w.end = end
        w.kind = kind
        # (a one-character gap, nearly every gap, is read by index: cheaper than a slice)
        w.gap = text[prev] if start - prev == 1 else text[prev:start]
        w.index = n
        prev = end
        if kind == "word":  # (nearly every token: the number test only for the others)
            w.word = True
        else:
            w.word = False
            if kind == "number" and numbers:
                mine = numbers if mine is None else triggers.with_numbers(mine)
        if mine is not None:
            for k in mine:
                here = sites[k]
                if here:
                    here.append(n)
                else:
                    sites[k] = [n]
    return out, sites


def after(words: list[Word], i: int) -> Word | None:
    """The token after ``words[i]`` if only spaces separate them."""
    try:  # (the last token is rarely asked: cheaper than comparing with ``len(words)`` first)
        w = words[i + 1]
    except IndexError:
        return None
    if w.gap == " " and i >= 0:  # one space: joined (``joined``'s fast path)
        return w
    return w if w.joined else None


def before(words: list[Word], i: int) -> Word | None:
    """The token before ``words[i]`` if only spaces separate them."""
    if i > 0:
        w = words[i]
        if w.gap == " " or w.joined:
            return words[i - 1]
    return None


def walk(words: list[Word], i: int, offset: int) -> Word | None:
    """The token ``offset`` places from ``words[i]`` (after it when positive, before it when
    negative), every step taken as :func:`after` or :func:`before` takes it, else None. One
    call for the whole walk, the steps' tests inline (the confusion rules' hot path)."""
    k = i
    if offset > 0:
        last = len(words) - 1
        for _ in range(offset):
            if k >= last:
                return None
            nxt = words[k + 1]
            if nxt.gap != " " and not nxt.joined:
                return None
            k = nxt.index
    else:
        for _ in range(-offset):
            if k <= 0:
                return None
            w = words[k]
            if w.gap != " " and not w.joined:
                return None
            k = words[k - 1].index
    return words[k]
