"""A segment's prose as the grammar rules see it: tokens with what lies between them."""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Mapping

from copylint.tokens import token_list

_CLAUSE_PUNCT = frozenset(".!?;:,()[]\u2026\u2014\u2013\"\u201c\u201d")
_SENTENCE_PUNCT = frozenset(".!?;:\u2026")
#: in a rule's ``TRIGGERS``: every number token (no token's ``low`` holds a space)
NUMBER = " number"


class Word(tuple):  # type: ignore[type-arg]
    """One token: ``low`` is lowercased with curly apostrophes made straight; ``gap`` is the
    text between the previous token and this one (the segment start for the first).

    A tuple of the seven fields, read by a named tuple's field getters (set below the class).
    Not a ``NamedTuple``: its Python-level ``__new__`` (or ``tuple.__new__(Word, fields)``
    through the slot wrapper) costs a third of building the stream; ``Word(fields)`` goes
    straight to the C constructor of ``tuple``."""

    __slots__ = ()

    text: str
    low: str
    start: int
    end: int
    kind: str
    gap: str
    index: int

    def __repr__(self) -> str:
        return "Word(" + ", ".join(f"{name}={value!r}" for name, value in zip(_FIELDS, self, strict=True)) + ")"

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


_FIELDS = ("text", "low", "start", "end", "kind", "gap", "index")
_GETTERS = namedtuple("_GETTERS", _FIELDS)  # type: ignore[misc]  # its fields' C getters, shared
for _name in _FIELDS:
    setattr(Word, _name, getattr(_GETTERS, _name))


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
    prev = 0
    for n, (t, start, end, kind) in enumerate(token_list(text)):  # a Token unpacked: faster than its attributes
        try:
            low = lows[t]
        except KeyError:
            low = _new_low(t)
        # (a one-character gap, nearly every gap, is read by index: cheaper than a slice)
        append(Word((t, low, start, end, kind, text[prev] if start - prev == 1 else text[prev:start], n)))
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
