"""Deciding whether a document is written in US or British English.

A configured dialect ("en-US", "en-GB") is used as it is. With ``auto`` the document's own
evidence decides:

- **spellings** of words the two dialects spell differently, from the spelling lexicon's
  dialect lists (see :mod:`copylint.spelling.variants`): "colour", "defence", "travelled",
  "criticise" for British; "color", "defense", "traveled" for American. A word capitalised
  at the start of a sentence counts half, one capitalised inside a sentence not at all (it
  is a name: Pearl Harbor, the Labour Party). -ize forms count for neither: Oxford British
  spelling uses them too, so only -ise is evidence (British);
- **"per cent"** (British) against **"percent"** (American);
- **titles**: "Mr Smith", "Dr Jones" (British) against "Mr. Smith", "Dr. Jones" (American);
- **"towards"** (British, half a point: American copy uses it too) against **"toward"**
  (American);
- **date order**: "5 January 2020" (British) against "January 5, 2020" (American), each
  kind counted at most :data:`MAX_DATES` times.

Spellings decide first: a dialect wins with more spelling evidence than the other and at
least :data:`MIN_EVIDENCE` points. When they do not settle it (none, a single capitalised
spelling, or a tie), the other clues decide the same way, and when those do not either, the
document is judged against the configured ``dialect_fallback``. When one word is judged (``spelling.dialect-mix``), that
word is not evidence for itself: the use being judged is taken out first (and a word the
document spells both ways is no evidence at all), so a single "colour" in American copy
cannot make the article British; where the rest is tied, the word may break the tie.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from itertools import compress

from copylint.document import Document
from copylint.memo import DecidedOnce
from copylint.records import field, record
from copylint.spelling.lexicon import DICT, GB, IZE, US
from copylint.spelling.speller import get_speller
from copylint.spelling.variants import AMBIGUOUS_GB, AMBIGUOUS_US, ize_form
from copylint.tokens import APOSTROPHES, HYPHENS, Token, TokenRow, has_digit, token_list, token_texts

#: A dialect needs at least this much evidence (one lower-case spelling, date or "per cent").
MIN_EVIDENCE = 1.0
#: Dates of one order count at most this many times.
MAX_DATES = 3

_APOS = str.maketrans({a: "'" for a in APOSTROPHES})
_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
           "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec")
# The dates below start with a word boundary; written as a look-behind after the first
# character (a letter or digit: a boundary before it is no word character before it), the
# pattern starts with that character, and the search skips to where it stands.
_BOUNDED_MONTHS = "|".join(rf"{m[0]}(?<!\w{m[0]}){m[1:]}" for m in _MONTHS.split("|"))
_US_DATE = re.compile(rf"(?:{_BOUNDED_MONTHS})\.? \d{{1,2}}(?:st|nd|rd|th)?(?:,| \d{{4}}\b|(?=[\s.;:)]))(?! ?%)")
_GB_DATE = re.compile(rf"\d(?<!\w\d)\d?(?:st|nd|rd|th)? (?:{_MONTHS})\b")
# The other clues, as written first (the reference: tests compare the patterns below with these):
# r"\bper cent\b", r"\bpercent\b", r"\btoward\b", r"\btowards\b" without regard to case, and
# r"\b(?:Mr|Mrs|Ms|Dr)\. (?=[A-Z])", r"\b(?:Mr|Mrs|Ms|Dr) (?=[A-Z])". Below, each starts with
# its first letter and checks the word boundary behind it (as the dates do), and the case-blind
# ones spell out the characters re.IGNORECASE takes for each letter (for these, the letter in
# either case, and for "s" the long s too): ``re`` then skips to where that first letter stands
# instead of trying the pattern at every character (several times faster).
_PER_CENT = re.compile(r"[pP](?<!\w[pP])[eE][rR] [cC][eE][nN][tT]\b")
_TITLE_DOT = re.compile(r"(?:M(?<!\wM)(?:r|rs|s)|D(?<!\wD)r)\. (?=[A-Z])")
_TITLE_BARE = re.compile(r"(?:M(?<!\wM)(?:r|rs|s)|D(?<!\wD)r) (?=[A-Z])")
_TOWARD = re.compile(r"[tT](?<!\w[tT])[oO][wW][aA][rR][dD]\b")
_TOWARDS = re.compile(r"[tT](?<!\w[tT])[oO][wW][aA][rR][dD][sS\u017f]\b")
#: Titles and "toward(s)" count at most this many times each way.
MAX_OTHER = 3
_PERCENT = re.compile(r"[pP](?<!\w[pP])[eE][rR][cC][eE][nN][tT]\b")


def word_evidence(word: str) -> tuple[float, float]:
    """(British, American) evidence of one word as written."""
    speller = get_speller()
    low = _key(word)
    weight = 1.0 if word[:1].islower() else 0.5
    e = speller.entry(low)
    if e is not None:
        if e.flags & GB and low not in AMBIGUOUS_GB:
            return weight, 0.0
        if e.flags & US and low not in AMBIGUOUS_US and not e.flags & IZE:
            return 0.0, weight
        if e.flags & (IZE | DICT):  # -ize is neutral; any other word is no evidence either way
            return 0.0, 0.0
    ize = ize_form(low)
    if ize is not None and speller.is_word(ize):
        return weight, 0.0
    return 0.0, 0.0


def _key(word: str) -> str:
    low = word.lower().translate(_APOS)
    return low[:-2] if low.endswith("'s") else low


def _family(word: str) -> str:
    """A word and its other dialect's form share one key ("color"/"colour"), so that
    judging either sets both aside: a document writing each once is a tie."""
    low = _key(word)
    e = get_speller().entry(low)
    if e is not None and e.flags & (GB | US) and e.note and " " not in e.note:
        return "/".join(sorted((low, e.note)))
    ize = ize_form(low)
    return "/".join(sorted((low, ize))) if ize is not None else low


@record
class Evidence:
    """A document's dialect evidence: totals, and what each spelled word contributed."""

    gb: float = 0.0  # spellings
    us: float = 0.0
    gb2: float = 0.0  # the other clues: "per cent", date order, "Mr", "towards"
    us2: float = 0.0
    by_word: dict[str, tuple[float, float]] = field(default_factory=dict)  # lowercase word -> (gb, us)
    clues: Counter[str] = field(default_factory=Counter)  # what kind of evidence was seen

    def add_word(self, word: str) -> None:
        g, u = word_evidence(word)
        if g or u:
            self.add(_family(word), g, u)

    def add(self, key: str, g: float, u: float) -> None:
        """Count one spelling of the family ``key`` (see :func:`_family`)."""
        og, ou = self.by_word.get(key, (0.0, 0.0))
        self.by_word[key] = (og + g, ou + u)
        self.gb += g
        self.us += u
        self.clues["British spellings" if g else "American spellings"] += 1

    def without(self, word: str) -> tuple[float, float]:
        """(British, American) spelling evidence without this use of ``word``; a word the
        document spells both ways ("totaling" and "totalling") is no evidence at all."""
        g, u = self.by_word.get(_family(word), (0.0, 0.0))
        if g and u:
            return self.gb - g, self.us - u
        wg, wu = word_evidence(word)
        return self.gb - wg, self.us - wu


_SPELLED_LIMIT = 200_000
_MONTH = re.compile("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")  # how every name in _MONTHS starts

#: What a token's text holds for the dialect evidence (:func:`token_marks`), as bits of one
#: int (bit 1 is left to the spelling check, which keeps its own note on each token beside these):
#: a spelling that is evidence (or a part of it that is) ...
SPELLING = 2
#: ... and the letters that one of the other clues needs: "cent" ("per cent", "percent"), "Mr",
#: "Ms" or "Dr" (a title), "toward" or the first three letters of a month (a date). A run of
#: letters is never split between tokens (the tokeniser ends no token before a letter, and a
#: letter is always in one), so a segment none of whose tokens holds these letters has none of
#: them in its text, and none of the other clues.
CLUE = 4
_CLUE_LETTERS = re.compile(f"cent|Mr|Ms|Dr|toward|{_MONTH.pattern}")
# A word token's text, told from the other tokens' by itself: it starts with a letter (a number
# starts with a digit or a currency sign, a handle or a hashtag with "@" or "#") and holds no
# full stop, "@" or ":" (every URL, e-mail address, domain and initialism does; no word does).
_WORD_TEXT = re.compile(r"[^\W\d_][^.@:]*")


def _spelled() -> dict[str, tuple[tuple[str, float, float], ...]]:
    """The memo of :func:`_spelling_evidence` (token text -> what each of its parts is
    evidence of), kept on the process's speller: each distinct word is looked up once, not
    at each use (most words are evidence of nothing)."""
    memo: dict[str, tuple[tuple[str, float, float], ...]] = get_speller().memo("dialect evidence", dict)
    if len(memo) > _SPELLED_LIMIT:
        memo.clear()
    return memo


def _spelling_evidence(memo: dict[str, tuple[tuple[str, float, float], ...]],
                       row: TokenRow) -> tuple[tuple[str, float, float], ...]:
    """(family, British, American) for each part of a word token that is evidence, in order;
    nothing for a word of fewer than four letters or a token that is not a word (its text says
    which: no word has a full stop, "@", "#" or ":" in it, or starts with a digit or currency)."""
    found = []
    text, _, _, kind = row
    if kind == "word" and len(text) >= 4:
        # its parts' texts: a hyphenated compound's (Token.parts), else the word itself
        parts = [part.text for part in Token(*row).parts()] if _HYPHEN(text) is not None else (text,)
        for part in parts:
            g, u = word_evidence(part)
            if g or u:
                found.append((_family(part), g, u))
    memo[text] = out = tuple(found)
    return out


#: a character of :data:`copylint.tokens.HYPHENS`, the characters :meth:`Token.parts` splits at
_HYPHEN = re.compile(f"[{re.escape(HYPHENS)}]").search


def token_marks(text: str) -> int:
    """:data:`SPELLING` and :data:`CLUE`, each when a token written ``text`` holds it."""
    spelled = _spelled()
    found = spelled.get(text)
    if found is None:
        kind = "word" if _WORD_TEXT.fullmatch(text) else "other"
        found = _spelling_evidence(spelled, (text, 0, len(text), kind))
    return (SPELLING if found else 0) | (CLUE if _CLUE_LETTERS.search(text) else 0)


def clue_marks(text: str) -> int:
    """:func:`token_marks` of a token that holds no spelling evidence (:data:`CLUE` or 0): of
    a word of letters only whose lower-case form is a dictionary word of neither dialect alone
    (its lexicon entry has :data:`DICT` and none of :data:`GB`, :data:`US` and :data:`IZE`), for one,
    which :func:`word_evidence` finds no evidence ((0, 0), whatever its case). The spelling
    check's first lookup of such a word (most words) is then this one search."""
    return CLUE if _CLUE_LETTERS.search(text) else 0


def _marks() -> dict[str, int]:
    """token text -> :func:`token_marks`, kept on the process's speller."""
    return get_speller().memo("dialect marks", lambda: DecidedOnce(token_marks, _SPELLED_LIMIT))


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 40):start].rstrip(" \t\n\"'\u201c\u2018(")
    return not before or before[-1] in ".!?:;"


#: One segment as :func:`evidence` reads it: its text, its tokens, each token's marks (an int
#: with :data:`SPELLING` and :data:`CLUE` among its bits; other bits are ignored) and the
#: indexes of the tokens with any mark, in order (the others hold no evidence).
MarkedSegment = tuple[str, tuple[TokenRow, ...], list[int], list[int]]


def marked_segments(doc: Document) -> list[MarkedSegment]:
    """Each segment of ``doc`` with its tokens' marks (one lookup a token)."""
    marks = _marks()
    out = []
    for seg in doc.segments:
        toks = token_list(seg.text)
        found = list(map(marks.__getitem__, token_texts(seg.text)))
        out.append((seg.text, toks, found, list(compress(range(len(toks)), found))))
    return out


def evidence(doc: Document, marked: list[MarkedSegment] | None = None) -> Evidence:
    """Every piece of dialect evidence in ``doc`` (``marked``: its :func:`marked_segments`,
    or the same from a pass that already looked its tokens up: the spelling check's)."""
    ev = Evidence()
    us_dates = gb_dates = us_titles = gb_titles = us_toward = gb_toward = 0
    spelled = _spelled()
    for text, toks, found, indexes in marked_segments(doc) if marked is None else marked:
        clue = False
        for i in indexes:
            mark = found[i]
            clue = clue or bool(mark & CLUE)
            if not mark & SPELLING:
                continue
            word, start, _, _ = toks[i]
            if word[:1].isupper() and not _sentence_initial(text, start):
                continue  # a name: the Labour Party, Pearl Harbor, the World Trade Center
            parts = spelled.get(word)
            for key, g, u in _spelling_evidence(spelled, toks[i]) if parts is None else parts:
                ev.add(key, g, u)
        if not clue:
            continue  # no "cent", title, "toward" or month in the text
        if "cent" in text:
            n = len(_PER_CENT.findall(text))
            m = len(_PERCENT.findall(text))
            ev.gb2 += n
            ev.us2 += m
            ev.clues["per cent"] += n
            ev.clues["percent"] += m
        if "Mr" in text or "Ms" in text or "Dr" in text:  # Mr, Mrs, Ms, Dr
            us_titles += len(_TITLE_DOT.findall(text))
            gb_titles += len(_TITLE_BARE.findall(text))
        if "toward" in text:
            us_toward += len(_TOWARD.findall(text))
            gb_toward += len(_TOWARDS.findall(text))
        if has_digit(text) and _MONTH.search(text):  # a date needs both
            us_dates += len(_US_DATE.findall(text))
            gb_dates += len(_GB_DATE.findall(text))
    us_dates, gb_dates = min(us_dates, MAX_DATES), min(gb_dates, MAX_DATES)
    ev.us2 += us_dates
    ev.gb2 += gb_dates
    ev.clues["month-day dates"] += us_dates
    ev.clues["day-month dates"] += gb_dates
    us_titles, gb_titles = min(us_titles, MAX_OTHER), min(gb_titles, MAX_OTHER)
    us_toward, gb_toward = min(us_toward, MAX_OTHER), min(gb_toward, MAX_OTHER)
    ev.us2 += us_titles + us_toward
    ev.gb2 += gb_titles + gb_toward / 2
    ev.clues["Mr."] += us_titles
    ev.clues["Mr"] += gb_titles
    ev.clues["toward"] += us_toward
    ev.clues["towards"] += gb_toward
    return ev


def decide(gb: float, us: float, fallback: str, gb2: float = 0.0, us2: float = 0.0) -> tuple[str, bool]:
    """(dialect, decided): spellings first, then the other clues; ``decided`` is False when
    neither settles it and ``fallback`` was used."""
    for g, u in ((gb, us), (gb2, us2)):
        if g >= MIN_EVIDENCE and g > u:
            return "en-GB", True
        if u >= MIN_EVIDENCE and u > g:
            return "en-US", True
    return fallback, False


@record(frozen=True)
class Decision:
    """The dialect a document is checked against, and why."""

    dialect: str
    how: str  # "configured", "auto" (the evidence decided) or "fallback"
    gb: float = 0.0
    us: float = 0.0
    gb2: float = 0.0
    us2: float = 0.0

    def describe(self) -> str:
        if self.how == "configured":
            return f"{self.dialect} (configured)"
        how = "auto" if self.how == "auto" else "auto, too little evidence: the fallback"
        return (f"{self.dialect} ({how}; spellings British {self.gb:g}, American {self.us:g}; "
                f"other clues British {self.gb2:g}, American {self.us2:g})")

    def to_dict(self) -> dict[str, object]:
        return {"dialect": self.dialect, "how": self.how, "british_spellings": self.gb, "american_spellings": self.us,
                "british_clues": self.gb2, "american_clues": self.us2}


class DocumentDialect:
    """The dialect decision for one document, computed on first use."""

    def __init__(self, doc: Document, configured: str, fallback: str = "en-US") -> None:
        self.doc = doc
        self.configured = configured
        self.fallback = fallback
        self._evidence: Evidence | None = None
        self._marked: list[MarkedSegment] | None = None
        self._for_word: dict[str, str] = {}  # word -> for_word(word), once the evidence is gathered

    def offer(self, marked: list[MarkedSegment]) -> None:
        """The document's :func:`marked_segments`, as a pass over its tokens found them (the
        spelling check's): the evidence, when first asked for, is gathered from them."""
        if self._evidence is None:
            self._marked = marked

    @property
    def evidence(self) -> Evidence:
        if self._evidence is None:
            self._evidence = evidence(self.doc, self._marked)
            self._marked = None
        return self._evidence

    def decision(self) -> Decision:
        if self.configured != "auto":
            return Decision(self.configured, "configured")
        ev = self.evidence
        dialect, decided = decide(ev.gb, ev.us, self.fallback, ev.gb2, ev.us2)
        return Decision(dialect, "auto" if decided else "fallback", ev.gb, ev.us, ev.gb2, ev.us2)

    def for_word(self, word: str) -> str:
        """The dialect to judge ``word`` against: its own uses are no evidence."""
        if self.configured != "auto":
            return self.configured
        found = self._for_word.get(word)
        if found is None:
            found = self._for_word[word] = self._decide_for(word)
        return found

    def _decide_for(self, word: str) -> str:
        ev = self.evidence
        if ev.gb == ev.us:  # the spellings are tied: the other clues or the fallback decide for all
            return self.decision().dialect
        gb, us = ev.without(word)
        if gb == us and gb > 0:  # the rest is tied: the word may break the tie, not decide alone
            return self.decision().dialect
        return decide(gb, us, self.fallback, self.evidence.gb2, self.evidence.us2)[0]


def detect_dialect(doc: Document, default: str = "en-US") -> str:
    """"en-GB" or "en-US" from the document's evidence; ``default`` when it is too little."""
    return DocumentDialect(doc, "auto", default).decision().dialect


def describe_file(path: str, configured: str, fallback: str, max_bytes: int = 10_000_000) -> str | None:
    """The dialect decision for the article at ``path`` (``--show-settings``), or None when
    the file cannot be read as an article."""
    from copylint.decoding import decode
    from copylint.errors import CopylintError
    from copylint.readers import parse

    try:
        if os.path.getsize(path) > max_bytes:
            return None
        with open(path, "rb") as fh:
            text = decode(fh.read(), path).text
        return DocumentDialect(parse(text, path), configured, fallback).decision().describe()
    except (OSError, CopylintError, ValueError):
        return None
