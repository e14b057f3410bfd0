"""Passages in another language (``structure.foreign-passage``): found once per document,
reported once each as info, and left alone by spelling and grammar.

A passage is a paragraph, headline or other segment, or a quotation of six words or more
inside one. It is foreign when both of two independent tests say so:

1. copylint's own lexicon: fewer than :data:`MAX_ENGLISH_SHARE` of its lower-case words
   (names left out) are English words. This is cheap, and it alone decides for almost
   every passage, which are English;
2. a language identifier: Google's Compact Language Detector 2 (the ``pycld2`` package,
   whose model is compiled into its wheel: offline, no download, no start-up cost)
   names another language and calls its answer reliable.

Either test alone is fooled: the lexicon by a list of names or a run of technical terms,
the identifier by a short English sentence full of foreign names ("Former Samoan Prime
Minister Taulupe Fonoti dies"). Together they are not.

A third kind of passage lies inside an English sentence: a glossary ("llaw (hand), llygad
(eye), gwddf (neck)"), a foreign title ("Pravilnik o uredjenju i odrzavanju javnih
povrsina") or a phrase typed without its accents. The identifier cannot see it (the English
around it wins), but the lexicon can: a misspelling in English copy is a lone unknown word
among known ones, while here unknown words come in runs. A stretch where at least
:data:`CLUSTER_UNKNOWN` of :data:`CLUSTER_WINDOW` consecutive lower-case words are unknown to
every word list is such a passage (language "unknown words"); stretches a few words apart
are one passage, reported once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import chain, islice

from copylint.checks.base import Check, CheckContext, Example, Finding, RuleInfo
from copylint.document import Document, Segment
from copylint.memo import DecidedOnce
from copylint.records import record
from copylint.tokens import APOSTROPHES

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import NamedTuple

    from copylint.spelling.speller import Speller
else:
    from copylint.named_tuple import NamedTuple

FOREIGN_PASSAGE = RuleInfo(
    id="structure.foreign-passage",
    category="structure",
    severity="info",
    summary="A passage in another language: not checked for spelling or grammar.",
    rationale=(
        "News copy quotes people in their own language, runs a paragraph for bilingual "
        "readers or keeps a foreign title. Judged as English, every word of such a passage "
        "would be a misspelling, drowning the real alerts. copylint recognises a passage in "
        "another language (a paragraph, a headline, or a quotation of six words or more) when "
        "most of its lower-case words are not English and an offline language identifier "
        "names another language with confidence; it then skips the passage in the spelling "
        "and grammar checks and says so once, so an editor knows the passage was not checked. "
        "Inside an English sentence, a run of words that no English word list knows (three of "
        "any six lower-case words: a glossary of loanwords, a foreign title typed without its "
        "accents) is treated the same way, because a real misspelling is a lone unknown word "
        "among known ones. "
        "Turn the note off with --disable structure.foreign-passage; the passage is still skipped."
    ),
    bad=(
        Example("The mayor spoke in Spanish.\n[[Los residentes de la comunidad pueden solicitar asistencia a "
                "través del programa federal de vivienda.]]\nThe programme opens on Monday."),
        Example("He ended with a line of Goethe: \u201c[[Wer immer strebend sich bemüht, den können wir "
                "erlösen]]\u201d, and sat down."),
        Example("Welsh gave the border dialect the words [[llaw (hand), llygad (eye), gwddf]] (neck) for the body."),
    ),
    good=(
        Example("Former Samoan Prime Minister Taulupe Fonoti dies aged 81"),
        Example("Senators Halvorsen, Okafor, Brennick, Tavakoli and Quintero signed the letter."),
        Example("The fait accompli left the junta with carte blanche, de facto."),
        Example("The goverment said the comittee would meet on Tuesday."),
    ),
)

#: A passage is foreign only when fewer than this share of its lower-case words are English.
MAX_ENGLISH_SHARE = 0.7
#: ... and it has at least this many lower-case words (a shorter one is not judged).
MIN_LOWER_WORDS = 5
#: A quotation inside an English paragraph is a passage from this many words.
MIN_QUOTE_WORDS = 6
#: Only this many lower-case words of a passage are looked up (a passage in another
#: language shows it from its first words; a quotation inside English is tested apart).
SAMPLE_WORDS = 20
#: The identifier must give the language at least this share of the text.
MIN_PERCENT = 60
#: A run of unknown words inside English: this many of ...
CLUSTER_UNKNOWN = 3
#: ... any this many consecutive lower-case words are unknown to every word list.
CLUSTER_WINDOW = 6
#: Two runs at most this many lower-case words apart are one passage.
CLUSTER_GAP = 12
#: The name given to such a passage in the note.
UNKNOWN_WORDS = "unknown words"

_APOS = str.maketrans({a: "'" for a in APOSTROPHES})
_QUOTE = re.compile(r"\u201c([^\u201c\u201d]+)\u201d|\"([^\"]+)\"|\u00ab([^\u00ab\u00bb]+)\u00bb")
_CACHE_KEY = "foreign-passages"
# a lower-case word: not inside a URL, an address or a capitalised or hyphenated word
_LOWER_WORD_PLAIN = r"(?<![\w@/.\-'\u2019])[^\W\d_A-Z\u00c0-\u00de][^\W\d_]*(?:['\u2019][^\W\d_]+)?(?![\w@/\-])"
# The same, its look-behind taken after the first letter (one character further back): the
# pattern starts with that letter, so the search skips to where one stands (tested alike)
_LOWER_WORD = re.compile(_LOWER_WORD_PLAIN.replace("(?<![\\w@/.\\-'\\u2019])[^\\W\\d_A-Z\\u00c0-\\u00de]",
                                                   "[^\\W\\d_A-Z\\u00c0-\\u00de](?<![\\w@/.\\-'\\u2019].)"))


@record(frozen=True, slots=True)
class Passage:
    segment: Segment
    start: int
    end: int
    language: str  # the language's English name, e.g. "Spanish"


def _english_share(text: str, pieces: list[str] | None = None) -> tuple[float, int]:
    """The share of the first :data:`SAMPLE_WORDS` lower-case words that are English, and
    how many were looked at (``pieces``: ``text.split()``, when the caller has it)."""
    return _share(_memos(), text.split() if pieces is None else pieces)


def _share(memos: _Memos, pieces: list[str]) -> tuple[float, int]:
    # The lower-case words of a text are those of its pieces between spaces, in order (no
    # match of _LOWER_WORD holds a space, and a space passes its look-behind and look-ahead
    # as the start and end of a piece do), and each distinct piece's are decided once.
    flags = list(islice(chain.from_iterable(map(memos.english_in.__getitem__, pieces)), SAMPLE_WORDS))
    return (sum(flags) / len(flags), len(flags)) if flags else (1.0, 0)


def _english_flags(piece: str) -> tuple[int, ...]:
    """For each lower-case word of ``piece`` (a piece of text between spaces), 1 when it is a
    dictionary word, as itself or before its apostrophe ("nation's"), else 0."""
    speller = _speller()
    if piece.isalpha():  # most pieces: one word, lower-case unless it starts with a capital
        words = () if "A" <= piece[0] <= "Z" or "\u00c0" <= piece[0] <= "\u00de" else (piece,)
    else:
        words = tuple(m.group().translate(_APOS) for m in _LOWER_WORD.finditer(piece))
    return tuple(int(speller.is_word(w) or speller.is_word(w.split("'")[0])) for w in words)


def identify(text: str) -> str | None:
    """The language of ``text`` as an English name ("Spanish") when the identifier is sure
    it is not English; None for English, for unsure answers, and when pycld2 is missing."""
    try:
        import pycld2
    except ImportError:  # pragma: no cover - a platform without the wheel: no detection
        return None
    try:
        reliable, _, details = pycld2.detect(text.encode("utf-8", "replace").decode("utf-8"))
    except Exception:  # pycld2.error: text it cannot take (control characters)
        return None
    name, code, percent, _ = details[0]
    if not reliable or code in ("en", "un", "xxx") or percent < MIN_PERCENT:
        return None
    return name.title()


def _foreign(memos: _Memos, text: str, share: tuple[float, int] | None = None) -> str | None:
    """The language of a passage in another language, None for English (``share``: its
    :func:`_english_share`, when the caller has it)."""
    share, count = _share(memos, text.split()) if share is None else share
    if count < MIN_LOWER_WORDS or share >= MAX_ENGLISH_SHARE:
        return None
    return identify(text)


def find_passages(doc: Document) -> list[Passage]:
    """The document's passages in another language, in order: foreign quotations in a
    segment first, then the segment as a whole, judged without them."""
    memos = _memos()
    marks = memos.marks
    out = []
    for seg in doc.segments:
        text = seg.text
        pieces = text.split()  # the cheap tests below all look at its pieces between spaces
        # First, one lookup a piece (most segments stop here): with at most one lower-case
        # word that is not English, nothing in the segment is in another language: a share
        # of English words is at least 4/5 from five words, in the segment and in any
        # quotation in it (whose lower-case words are the segment's, flagged alike); and
        # then no quotation is blanked out below, so the unknown pieces counted are the ones
        # _unknown_runs counts first.
        counted = sum(map(marks.__getitem__, pieces))
        if counted % _UNKNOWN_PIECE < 2:
            if counted // _UNKNOWN_PIECE >= CLUSTER_UNKNOWN:
                out.extend(Passage(seg, start, end, UNKNOWN_WORDS) for start, end in _unknown_runs(memos, text, pieces))
            continue
        quotes = list(_foreign_quotes(memos, text)) if '"' in text or "\u201c" in text or "\u00ab" in text else []
        rest = text
        for start, end, _ in quotes:
            rest = rest[:start] + " " * (end - start) + rest[end:]
        if quotes:
            pieces = rest.split()
        share = _share(memos, pieces)
        language = _foreign(memos, rest, share)
        if language is None and quotes:  # a foreign quotation with a foreign tag: "...," dijo la congresista
            if share[1] and share[0] < MAX_ENGLISH_SHARE:
                language = quotes[0][2]
        if language is not None:
            out.append(Passage(seg, 0, len(text), language))
            continue
        runs = _unknown_runs(memos, rest, pieces)
        if quotes or runs:
            found = [Passage(seg, start, end, lang) for start, end, lang in quotes]
            found.extend(Passage(seg, start, end, UNKNOWN_WORDS) for start, end in runs)
            out.extend(sorted(found, key=lambda p: p.start))
    return out


def unknown_runs(text: str, pieces: list[str] | None = None) -> list[tuple[int, int]]:
    """Spans of ``text`` (from the first unknown word to the last) where at least
    :data:`CLUSTER_UNKNOWN` of :data:`CLUSTER_WINDOW` consecutive lower-case words are unknown
    to every word list, runs at most :data:`CLUSTER_GAP` words apart joined (``pieces``:
    ``text.split()``, when the caller has it)."""
    return _unknown_runs(_memos(), text, text.split() if pieces is None else pieces)


def _unknown_runs(memos: _Memos, text: str, pieces: list[str]) -> list[tuple[int, int]]:
    # cheap first pass: fewer than three unknown words (most paragraphs) cannot hold a run
    if sum(map(memos.unknown_piece.__getitem__, pieces)) < CLUSTER_UNKNOWN:
        return []
    # the unknown lower-case words themselves, counted piece by piece (the same words as below):
    # fewer than three hold no run either (compounds, such as "pro-Beijing", are no such word)
    if sum(map(memos.unknown_words.__getitem__, pieces)) < CLUSTER_UNKNOWN:
        return []
    unknown = memos.unknown
    spans: list[tuple[int, int]] = []  # of the unknown words
    index: list[int] = []  # their positions among the lower-case words
    for n, m in enumerate(_LOWER_WORD.finditer(text)):
        if unknown[m.group()]:
            spans.append(m.span())
            index.append(n)
    if len(index) < CLUSTER_UNKNOWN:
        return []
    runs: list[list[int]] = []  # [first, last] as indexes into ``index``
    for k in range(len(index) - CLUSTER_UNKNOWN + 1):
        if index[k + CLUSTER_UNKNOWN - 1] - index[k] >= CLUSTER_WINDOW:
            continue
        if runs and index[k] - index[runs[-1][1]] <= CLUSTER_GAP:
            runs[-1][1] = k + CLUSTER_UNKNOWN - 1
        else:
            runs.append([k, k + CLUSTER_UNKNOWN - 1])
    return [(spans[a][0], spans[b][1]) for a, b in runs]


_PUNCT = "\"'()[]{}.,;:!?\u2018\u2019\u201c\u201d\u2014\u2013*_/"
_get_speller: Callable[[], Speller] | None = None


def _speller() -> Speller:
    """The process's speller (its module imported when first needed, not at start-up)."""
    global _get_speller
    if _get_speller is None:
        from copylint.spelling.speller import get_speller

        _get_speller = get_speller
    return _get_speller()


def _unknown_piece(piece: str) -> int:
    """1 when a piece of text between spaces is, its punctuation stripped, a lower-case word
    unknown to every word list (the cheap first pass of :func:`unknown_runs`)."""
    w = piece.strip(_PUNCT)
    return int(bool(w) and w[0].islower() and _memos().unknown[w])


def _is_unknown(word: str) -> bool:
    speller = _speller()
    w = word.translate(_APOS)
    return len(w) > 1 and not (speller.is_word(w) or speller.is_word(w.split("'")[0]))


_MEMO_LIMIT = 100_000


class _Memos(NamedTuple):
    """Per distinct word or piece of text, what this check decided with one speller's word
    lists (kept on the speller: :meth:`Speller.memo`)."""

    english_in: DecidedOnce  # piece of text between spaces -> _english_flags
    unknown_piece: DecidedOnce  # piece of text between spaces -> _unknown_piece
    unknown_words: DecidedOnce  # piece of text between spaces -> _unknown_words
    unknown: DecidedOnce  # lower-case word -> _is_unknown
    marks: DecidedOnce  # piece of text between spaces -> _piece_marks


def _new_memos() -> _Memos:
    return _Memos(DecidedOnce(_english_flags, _MEMO_LIMIT), DecidedOnce(_unknown_piece, _MEMO_LIMIT),
                  DecidedOnce(_unknown_words, _MEMO_LIMIT), DecidedOnce(_is_unknown, _MEMO_LIMIT),
                  DecidedOnce(_piece_marks, _MEMO_LIMIT))


#: :func:`_piece_marks` counts an unknown piece in this unit (above any count of words a
#: piece can hold), so that one sum over a segment's pieces gives both counts.
_UNKNOWN_PIECE = 1 << 40


def _piece_marks(piece: str) -> int:
    """How many lower-case words of a piece of text between spaces are not English (its
    :func:`_english_flags` that are 0), plus :data:`_UNKNOWN_PIECE` when it is an unknown
    piece (:func:`_unknown_piece`)."""
    if piece.isalpha() and "\u02bc" not in piece:  # most pieces: one word, whose counts take one lookup at most
        return _word_marks(piece)
    word = piece.lstrip(_OPENING).rstrip(_CLOSING)  # most of the others: a word and its punctuation
    if word and word.isalpha() and "\u02bc" not in word:
        return _word_marks(word)
    memos = _memos()
    return memos.english_in[piece].count(0) + memos.unknown_piece[piece] * _UNKNOWN_PIECE


#: Punctuation that may stand before (:data:`_OPENING`) or after (:data:`_CLOSING`) a word of
#: letters in a piece ("(said", "said,", "“Iraq.”") without changing its marks: none of it is a
#: letter, each is in :data:`_PUNCT` (stripped before an unknown piece is looked up), none
#: stops a lower-case word from matching :data:`_LOWER_WORD` (an opening mark is no
#: character of its look-behind, a closing one none of its look-ahead's, and no apostrophe,
#: which a word may hold), so the piece's marks are the word's (:func:`_word_marks`).
_OPENING = "\"([{\u201c\u2018"
_CLOSING = "\".,;:!?)]}\u201d"


def _word_marks(piece: str) -> int:
    """:func:`_piece_marks` of a piece of letters only (no modifier apostrophe, a letter that
    :func:`_is_unknown` reads as an apostrophe), worked out directly: its one lower-case
    word, unless it starts with a capital (:func:`_english_flags`), is English when it is a
    dictionary word (it holds no apostrophe); it is an unknown piece (:func:`_unknown_piece`:
    no punctuation to strip, :func:`_is_unknown`) when it starts with a lower-case letter, is
    longer than one letter and is no dictionary word. (tests/test_foreign.py compares the two.)"""
    if "A" <= piece[0] <= "Z" or "\u00c0" <= piece[0] <= "\u00de":
        return 0  # no lower-case word; and not lower-case, so no unknown piece
    if _speller().is_word(piece):
        return 0
    return 1 + _UNKNOWN_PIECE if piece[0].islower() and len(piece) > 1 else 1


def _unknown_words(piece: str) -> int:
    """How many lower-case words of a piece of text between spaces are unknown to every word list."""
    unknown = _memos().unknown
    return sum(unknown[m.group()] for m in _LOWER_WORD.finditer(piece))


def _memos() -> _Memos:
    """The memos of the process's speller."""
    return _speller().memo("foreign-passage words", _new_memos)


def _foreign_quotes(memos: _Memos, text: str) -> Iterator[tuple[int, int, str]]:
    for m in _QUOTE.finditer(text):
        group = next(g for g in (1, 2, 3) if m.group(g) is not None)
        quoted = m.group(group)
        if len(quoted.split()) >= MIN_QUOTE_WORDS:
            language = _foreign(memos, quoted)
            if language is not None:
                yield m.start(group), m.end(group), language


def passages(doc: Document, ctx: CheckContext) -> list[Passage]:
    """:func:`find_passages`, computed once per document and shared by the checks."""
    found = ctx.cache.get(_CACHE_KEY)
    if found is None:
        found = ctx.cache[_CACHE_KEY] = find_passages(doc)
    return found


def foreign_spans(doc: Document, ctx: CheckContext) -> dict[int, list[tuple[int, int]]]:
    """``id(segment)`` -> the spans of its prose that are in another language."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for p in passages(doc, ctx):
        spans.setdefault(id(p.segment), []).append((p.start, p.end))
    return spans


def in_foreign_passage(doc: Document, ctx: CheckContext, segment: Segment, offset: int) -> bool:
    """Whether ``offset`` in ``segment``'s prose lies in a passage in another language."""
    return any(p.segment is segment and p.start <= offset < p.end for p in passages(doc, ctx))


class ForeignPassage(Check):
    rules = (FOREIGN_PASSAGE,)

    def run(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        previous: Passage | None = None
        for p in passages(doc, ctx):
            # consecutive foreign paragraphs in one language are one passage, reported once
            if (previous is not None and previous.language == p.language and p.start == 0
                    and previous.start == 0 and _adjacent(doc, previous.segment, p.segment)):
                previous = p
                continue
            previous = p
            what = ("Passage of words no English word list knows (a glossary or another language)"
                    if p.language == UNKNOWN_WORDS else f"Passage in {p.language}")
            yield Finding(FOREIGN_PASSAGE.id, p.segment, p.start, p.end,
                          f"{what}: not checked for spelling or grammar")


def _adjacent(doc: Document, a: Segment, b: Segment) -> bool:
    segments = doc.segments
    for i in range(len(segments) - 1):
        if segments[i] is a:
            return segments[i + 1] is b
    return False
