"""Where a rule looks: scopes, and the per-document view that hands out their units.

Scope names are the segment kinds (``headline``, ``heading``, ``paragraph``,
``list_item``, ``blockquote``, ``caption``, ``front_matter``, ``table_cell``) plus:

- ``body``: every segment but the headline;
- ``document``: every segment;
- ``sentence``: each sentence of the running text (paragraphs, list items, block quotes
  and captions), split by :func:`copylint.tokens.sentences`.

A rule's ``scope`` is one name or a list; its units are the union (a segment kind listed
as a whole is not also split into sentences). :class:`DocView` computes each unit list,
each segment's sentences and quoted spans once per document, whatever the number of rules.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import partial

from copylint.document import SEGMENT_KINDS, Document, Segment
from copylint.records import record
from copylint.style.quotes import quoted_spans
from copylint.tokens import sentences

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import NamedTuple

    from copylint.style.lexicon import Hit, Lexicon
    from copylint.style.multiscan import Found
else:
    from copylint.named_tuple import NamedTuple

SENTENCE_KINDS = frozenset({"paragraph", "list_item", "blockquote", "caption"})
SCOPE_NAMES = (*SEGMENT_KINDS, "body", "document", "sentence")

#: a whitespace-delimited token with no letter or digit in it (a dash, a lone hyphen)
_NOT_A_WORD = re.compile(r"\s[^\w\s]+(?=\s|$)")


class Unit(NamedTuple):
    """A stretch of one segment's prose that a rule judges as a whole (a named tuple:
    thousands are made per document)."""

    segment: Segment
    start: int
    end: int
    index: int  # the segment's position in the document

    @property
    def text(self) -> str:
        if self.start == 0 and self.end == len(self.segment.text):
            return self.segment.text
        return self.segment.text[self.start:self.end]


#: ``Unit(*fields)`` without the named tuple's ``__new__`` written in Python (what it calls):
#: thousands are made per document
_unit = partial(tuple.__new__, Unit)


@record(frozen=True)
class Scope:
    """Which segments a rule reads, and whether it reads them whole or by sentence."""

    names: tuple[str, ...]
    whole: frozenset[str]  # segment kinds read whole
    split: frozenset[str]  # segment kinds read sentence by sentence

    @classmethod
    def parse(cls, names: tuple[str, ...]) -> Scope:
        whole: set[str] = set()
        for name in names:
            if name == "body":
                whole.update(k for k in SEGMENT_KINDS if k != "headline")
            elif name == "document":
                whole.update(SEGMENT_KINDS)
            elif name != "sentence":
                whole.add(name)
        split = SENTENCE_KINDS - whole if "sentence" in names else frozenset()
        return cls(tuple(names), frozenset(whole), frozenset(split))

    @property
    def kinds(self) -> frozenset[str]:
        return self.whole | self.split

    def covers(self, seg: Segment) -> bool:
        return seg.kind in self.whole or seg.kind in self.split


class DocView:
    """One document as the style rules see it; everything is computed lazily, once."""

    def __init__(self, doc: Document, lexicon: Lexicon | None = None, *, gated: bool = True) -> None:
        """``gated``: run each pattern only in the segments where the rule set's
        multi-pattern pass found its needles (False: everywhere, the plain per-rule path)."""
        self.doc = doc
        self.segments = doc.segments
        self.lexicon = lexicon
        multiscan = lexicon.multiscan if gated and lexicon is not None else None
        self.multiscan = multiscan if multiscan is not None and multiscan.usable else None
        self._pass: Found | None = None
        self._by_segment: dict[tuple[str, ...], dict[int, list[Unit]]] = {}
        self._index = {id(seg): i for i, seg in enumerate(doc.segments)}
        self._units: dict[tuple[str, ...], list[Unit]] = {}
        self._sentences: dict[int, list[tuple[int, int]]] = {}
        self._sentence_starts: dict[int, list[int]] = {}
        self._quotes: dict[int, tuple[list[int], list[int]]] = {}
        self._hits: dict[int, list[Hit]] | None = None
        self._sentence_words: dict[int, list[int]] = {}
        self._unit_words: dict[tuple[str, ...], list[int]] = {}
        self._lowered: dict[int, str] = {}
        self._spaces_only: bool | None = None
        self.cache: dict[str, object] = {}  # for rule types that share per-document work

    def index_of(self, seg: Segment) -> int:
        return self._index[id(seg)]

    def sentences(self, seg: Segment) -> list[tuple[int, int]]:
        key = id(seg)
        spans = self._sentences.get(key)
        if spans is None:
            spans = self._sentences[key] = sentences(seg.text)
        return spans

    def units(self, scope: Scope) -> list[Unit]:
        units = self._units.get(scope.names)
        if units is None:
            units = []
            for i, seg in enumerate(self.segments):
                if seg.kind in scope.whole:
                    units.append(_unit((seg, 0, len(seg.text), i)))
                elif seg.kind in scope.split:
                    units += [_unit((seg, s, e, i)) for s, e in self.sentences(seg)]
            self._units[scope.names] = units
        return units

    def multipass(self) -> Found | None:
        """The rule set's multi-pattern pass over this document (None: not gated)."""
        if self._pass is None and self.multiscan is not None:
            self._pass = self.multiscan.scan([seg.text for seg in self.segments])
        return self._pass

    def _found(self) -> dict[int, set[int]]:
        found = self.multipass()
        assert found is not None
        return found.gates

    def may_match(self, gate: int | None, index: int) -> bool:
        """Whether a pattern with this gate can match in the segment at ``index``."""
        if gate is None or self.multiscan is None:
            return True
        found = self._pass if self._pass is not None else self.multipass()
        return index in found.gates.get(gate, ())  # type: ignore[union-attr]

    def units_for(self, scope: Scope, gates: list[int | None]) -> list[Unit]:
        """The units of ``scope`` in which a pattern with one of ``gates`` can match."""
        if self.multiscan is None or None in gates:
            return self.units(scope)
        found = self._found()
        hit = [found[g] for g in gates if g in found]
        if not hit:
            return []  # the common case with many rules: none of their needles in the document
        segments = hit[0] if len(hit) == 1 else set().union(*hit)
        if len(segments) == len(self.segments):
            return self.units(scope)
        units = self._units.get(scope.names)
        if units is None:  # (the units of those segments only, in the same order: most are not asked for)
            out: list[Unit] = []
            for i in sorted(segments):
                seg = self.segments[i]
                if seg.kind in scope.whole:
                    out.append(_unit((seg, 0, len(seg.text), i)))
                elif seg.kind in scope.split:
                    out += [_unit((seg, s, e, i)) for s, e in self.sentences(seg)]
            return out
        by_segment = self._by_segment.get(scope.names)
        if by_segment is None:
            by_segment = self._by_segment[scope.names] = {}
            for unit in units:
                by_segment.setdefault(unit.index, []).append(unit)
        return [unit for i in sorted(segments) for unit in by_segment.get(i, ())]

    def in_scope(self, scope: Scope, seg: Segment, start: int, end: int) -> bool:
        """Whether the span lies in one unit of ``scope``."""
        if seg.kind in scope.whole:
            return True
        if seg.kind not in scope.split:
            return False
        spans = self.sentences(seg)
        starts = self._sentence_starts.get(id(seg))
        if starts is None:
            starts = self._sentence_starts[id(seg)] = [s for s, _ in spans]
        i = bisect_right(starts, start) - 1
        return i >= 0 and spans[i][0] <= start and end <= spans[i][1]

    def _quote_index(self, seg: Segment) -> tuple[list[int], list[int]]:
        key = id(seg)
        found = self._quotes.get(key)
        if found is None:
            spans = quoted_spans(seg.text)
            found = self._quotes[key] = ([s for s, _ in spans], [e for _, e in spans])
        return found

    def in_quotes(self, seg: Segment, start: int, end: int) -> bool:
        """Whether the span overlaps quoted speech."""
        starts, ends = self._quote_index(seg)
        if not starts:
            return False
        i = bisect_right(starts, end - 1) - 1  # the last quotation starting inside or before the span
        return i >= 0 and ends[i] > start

    def quoted_share(self, seg: Segment, start: int, end: int) -> float:
        """The share of ``[start, end)`` that is quoted speech."""
        starts, ends = self._quote_index(seg)
        if not starts or end <= start:
            return 0.0
        covered = sum(max(0, min(e, end) - max(s, start)) for s, e in zip(starts, ends, strict=True))
        return covered / (end - start)

    def spaces_only(self) -> bool:
        """Whether the space is the only white space in the document (then a stretch of its
        text holds at most one more white-space-separated token than spaces); found once."""
        if self._spaces_only is None:
            found = self.multipass()
            joined = found.joined if found is not None else "\x00".join(seg.text for seg in self.segments)
            self._spaces_only = spaces_only(joined)
        return self._spaces_only

    def lowered(self, seg: Segment) -> str:
        """The segment's text in lower case, position for position (characters whose lower
        case is longer, such as "\u0130", stay as they are)."""
        key = id(seg)
        found = self._lowered.get(key)
        if found is None:
            found = seg.text.lower()
            if len(found) != len(seg.text):
                found = "".join(c if len(c.lower()) != 1 else c.lower() for c in seg.text)
            self._lowered[key] = found
        return found

    def sentence_word_counts(self, seg: Segment) -> list[int]:
        """:func:`count_words` of each of the segment's sentences (in the order of
        :meth:`sentences`), computed once per document."""
        key = id(seg)
        counts = self._sentence_words.get(key)
        if counts is None:
            counts = self._sentence_words[key] = sentence_word_counts(seg.text, self.sentences(seg))
        return counts

    def unit_word_counts(self, scope: Scope) -> list[int]:
        """:func:`count_words` of each unit of ``scope`` (in the order of :meth:`units`). A
        whole segment is the sum of its sentences' counts: sentences split the text at white
        space and cover every word, and a word counts alone."""
        counts = self._unit_words.get(scope.names)
        if counts is None:
            counts = []
            for seg in self.segments:
                if seg.kind in scope.whole:
                    counts.append(sum(self.sentence_word_counts(seg)))
                elif seg.kind in scope.split:
                    counts.extend(self.sentence_word_counts(seg))
            self._unit_words[scope.names] = counts
        return counts

    def word_count(self, unit: Unit) -> int:
        """:func:`count_words` of a unit (a whole segment or one of its sentences: from the
        counts computed once per document)."""
        seg = unit.segment
        if unit.start == 0 and unit.end == len(seg.text):
            return sum(self.sentence_word_counts(seg))
        spans = self.sentences(seg)
        starts = self._sentence_starts.get(id(seg))
        if starts is None:
            starts = self._sentence_starts[id(seg)] = [s for s, _ in spans]
        i = bisect_right(starts, unit.start) - 1
        if i >= 0 and spans[i] == (unit.start, unit.end):
            return self.sentence_word_counts(seg)[i]
        return count_words(unit.text)

    def _scan(self) -> dict[int, list[Hit]]:
        """The one-pass scan of the document: literal set id -> its matches (made once)."""
        if self._hits is None:
            self._hits = self.lexicon.scan(self) if self.lexicon is not None else {}
        return self._hits

    def hits(self, literal_set_id: int) -> list[Hit]:
        """Matches of one literal token set, from the one-pass scan of the document."""
        return self._scan().get(literal_set_id, [])

    def sets_with_hits(self) -> list[int]:
        """The ids of the literal token sets with matches in the document."""
        return [set_id for set_id, hits in self._scan().items() if hits]


def count_words(text: str) -> int:
    """Words as a reader counts them: whitespace-separated tokens with a letter or digit in
    them ("don't", "six-member" and "U.S." count once; a dash between spaces not at all)."""
    return len(text.split()) - len(_NOT_A_WORD.findall(" " + text))


#: white space other than a space
_OTHER_SPACE = re.compile(r"[^\S ]")
#: the characters of :data:`_OTHER_SPACE`: every one ``str.isspace`` (and ``str.split``) calls
#: white space but the space
OTHER_SPACES = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006" \
               "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"


def spaces_only(text: str) -> bool:
    """Whether the space is the only white space (``str.isspace``) in ``text``: a search in
    C for each other white-space character (most are memchr; in text of one byte a character
    each, one beyond it is refused at once), far cheaper than a regex pass or ``isprintable``."""
    return not any(c in text for c in OTHER_SPACES)
#: :data:`_NOT_A_WORD` where spaces are the only white space (a literal first: re skips ahead to spaces)
_SPACED_NOT_A_WORD = re.compile(r" [^\w\s]+(?= |$)")


def _ascii_kinds() -> bytes:
    """A ``bytes.translate`` table sorting ASCII characters: letters, digits and ``_`` (what
    ``\\w`` matches) become ``a``, the space stays, other printable characters become ``.``,
    and other white space and control characters ``\\0``."""
    table = bytearray(b"\0" * 256)
    for c in range(0x21, 0x7F):
        table[c] = ord("a") if chr(c).isalnum() or c == ord("_") else ord(".")
    table[ord(" ")] = ord(" ")
    return bytes(table)


_ASCII_KINDS = _ascii_kinds()


def sentence_word_counts(text: str, spans: list[tuple[int, int]]) -> list[int]:
    """``[count_words(text[s:e]) for s, e in spans]`` for spans without white space at
    either end (sentences). Where single spaces are the only white space, a span holds one
    more token than spaces, less the tokens without a letter or digit, which are found once
    for the whole text (rare: dashes, ampersands)."""
    if not spans:
        return []
    if text.isascii():  # (most text: sorted into kinds of character by one translate in C)
        # (``0 in kinds``, an int: ``bytes in bytes`` tries the needle as an int first and
        # formats a TypeError, which costs more than the search; the text has two spaces where
        # kinds has them)
        if "  " in text:
            return [count_words(text[s:e]) for s, e in spans]
        kinds = text.encode("ascii").translate(_ASCII_KINDS)
        if 0 in kinds:
            return [count_words(text[s:e]) for s, e in spans]
        return _spaced_counts(kinds.count, b" ", spans, _ascii_not_words(kinds))
    # (printable text has no white space but spaces; the search is the slower answer)
    if "  " in text or not (text.isprintable() or _OTHER_SPACE.search(text) is None):
        return [count_words(text[s:e]) for s, e in spans]
    # in " " + text, a match's white space is at the index its token has in text
    return _spaced_counts(text.count, " ", spans, [m.start() for m in _SPACED_NOT_A_WORD.finditer(" " + text)])


def _spaced_counts(count: Callable[..., int], space: str | bytes, spans: list[tuple[int, int]],
                   not_words: list[int]) -> list[int]:
    """Word counts of the spans of a text whose only white space is single spaces: ``count``
    is the text's ``count`` method, ``not_words`` where its tokens without a letter or digit
    begin (sorted)."""
    if not not_words:
        return [count(space, s, e) + 1 for s, e in spans]
    return [count(space, s, e) + 1 - (bisect_left(not_words, e) - bisect_left(not_words, s)) for s, e in spans]


def _ascii_not_words(kinds: bytes) -> list[int]:
    """Where the tokens without a letter or digit begin, in ASCII text of single spaces
    sorted by :data:`_ASCII_KINDS` (what :data:`_SPACED_NOT_A_WORD` finds): a token that
    starts with a ``.`` is read to the next space (most are an opening quotation mark or
    bracket, with a word behind it)."""
    out: list[int] = []
    spaced = b" " + kinds  # (a token's space is at the index the token has in kinds)
    pos = spaced.find(b" .")
    while pos >= 0:
        end = spaced.find(b" ", pos + 1)
        if end < 0:
            end = len(spaced)
        if spaced.find(b"a", pos + 1, end) < 0:
            out.append(pos)
        pos = spaced.find(b" .", end)
    return out
