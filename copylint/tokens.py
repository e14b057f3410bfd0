"""The one tokeniser: words, numbers, URLs and sentences in prose text.

Every check that needs words or sentences gets them here, as spans of a segment's
prose text, so a token's ``start``/``end`` can be reported as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

APOSTROPHES = "'\u2019\u02bc"
HYPHENS = "-\u2010\u2011"

_URL = r"(?:[a-z][a-z0-9+.-]*://|www\.)[^\s<>\"\u201c\u201d]*[^\s<>\"\u201c\u201d.,;:!?)\]}'\u2019]"
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_DOMAIN = r"(?<![\w@])(?:[a-z0-9-]+\.)+(?:com|org|net|gov|edu|io|co|uk|int|info)\b(?:/[^\s]*[^\s.,;:!?)])?"
_HANDLE = r"(?<![\w@])@\w+"
_HASHTAG = r"(?<![\w#&])#\w+"
# numbers with currency, separators and unit or magnitude suffixes: 750, 5,000m, £600m, 2bn, 82nd, 1990s
_NUMBER = r"[£$€¥]?\d(?:[\d,.:/]*\d)?(?:[%°]|[a-z\u00b5]{1,4}\b)?"
_APOS = re.escape(APOSTROPHES)
_JOINERS = re.escape(APOSTROPHES + HYPHENS)
# initialisms written with full stops: U.S., U.K., a.m.
_ABBREV = r"(?<![\w.])(?:[^\W\d_]\.){2,}"
# letters and combining marks, joined by apostrophes or hyphens inside the word
_LETTER = r"[^\W\d_]"
_WORD = (
    rf"{_LETTER}[\w\u0300-\u036f\u200c\u200d]*"
    rf"(?:[{_JOINERS}][\w\u0300-\u036f]+)*"
    rf"(?:(?<=s)[{_APOS}](?![\w]))?"
)

_TOKEN = re.compile(
    rf"(?P<url>{_URL})|(?P<email>{_EMAIL})|(?P<domain>{_DOMAIN})|(?P<handle>{_HANDLE})|"
    rf"(?P<hashtag>{_HASHTAG})|(?P<abbrev>{_ABBREV})|(?P<number>{_NUMBER})|(?P<word>{_WORD})",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Token:
    """A span of prose: ``kind`` is word, abbrev, number, url, email, domain, handle or hashtag."""

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


def tokens(text: str) -> Iterator[Token]:
    """All tokens of ``text`` in order."""
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "word"
        yield Token(m.group(), m.start(), m.end(), kind)


@lru_cache(maxsize=1024)
def token_list(text: str) -> tuple[Token, ...]:
    """:func:`tokens` as a tuple, memoised: the checks of one document (spelling, grammar,
    dialect) tokenise each segment once between them."""
    return tuple(tokens(text))


def words(text: str) -> list[Token]:
    """Only the word tokens of ``text``."""
    return [t for t in tokens(text) if t.kind == "word"]


# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st sr jr gen col lt sgt capt cmdr adm gov sen rep rev hon pres
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    no nos vs etc inc ltd co corp dept fig al approx est ft mt pp vol""".split()
)
_SPACES = re.compile(r"\s*")
_SENTENCE_END = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019)\]]*(?=\s+|$)")


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` in ``text``, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.end()
        nxt = _SPACES.match(text, end).end()  # the next non-space character, without copying the rest
        if m.group()[0] == "." and _is_abbreviation(text, m.start()) and not (
                _starts_sentence(text, nxt) and text[_word_start(text, m.start()): m.start()].lower() not in _TITLES):
            continue
        if nxt < len(text) and not (text[nxt].isupper() or text[nxt].isdigit() or text[nxt] in "\"'\u201c\u2018(["):
            continue
        _push(text, start, end, spans)
        start = end
    _push(text, start, len(text), spans)
    return spans


def _word_start(text: str, dot: int) -> int:
    start = dot  # the run of word characters and full stops that ends at the dot (walked back, not searched)
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "._"):
        start -= 1
    return start


def _is_abbreviation(text: str, dot: int) -> bool:
    start = _word_start(text, dot)
    if start == dot:
        return False
    word = text[start:dot]
    if word[-1].isdigit():  # a number ends the sentence: "in 3:49.78.", "rose 2.5."
        return False
    if "." in word:  # U.S., e.g., a.m.
        return True
    if len(word) == 1 and word.isupper():  # an initial: George W. Bush
        return True
    return word.lower() in _ABBREVIATIONS


# Words that start a sentence but are never a surname or the rest of a name, so that after
# an initial or an abbreviation they mean a new sentence: "... Thomas J. He said".
_SENTENCE_OPENERS = frozenset(
    """he she it they we you his her its their our my this that these those there then
    the an but and so yet however meanwhile in on at after before when while if as""".split()
)
# Titles before a name: never the end of a sentence ("Dr. A. Jones").
_TITLES = frozenset("mr mrs ms dr prof st sr jr gen col lt sgt capt cmdr adm gov sen rep rev hon pres".split())


def _starts_sentence(text: str, i: int) -> bool:
    """The word at ``i`` is a capitalised function word (He, The, But): a sentence opener."""
    j = i
    while j < len(text) and text[j].isalpha():
        j += 1
    word = text[i:j]
    return word[:1].isupper() and word.lower() in _SENTENCE_OPENERS and (word.istitle() or len(word) == 1)


def _push(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    spans.append((start + lead, start + lead + len(stripped)))
