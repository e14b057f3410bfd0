"""Words an article itself shows not to be English slips: a foreign or technical word the
writer names or glosses where it first appears is the article's term, wherever the article
writes it; and a word in capitals between two capitalised words that no English source has
seen belongs to a title in another language (:func:`in_foreign_capitals`).

A lower-case word is introduced when

- a naming phrase stands right before it and a punctuation mark right after it: "called
  the velmarin.", "(commonly known as dustwort)", "dubbed", "termed", "the term", "the
  word" (not "called latent heat": there the name is of two words, the first a word);
- a noun that names a word stands right before it, whatever follows: "the term florbet
  was coined", "the toponym velbo", "the nickname" (term, word, name, nickname, epithet
  and the -onym nouns);
- a gloss in parentheses follows it, or follows the run of up to three unknown words it
  ends ("kesolang (wide sash)", "3. oktobra velmosta (October 3rd Bridge)"):
  the parentheses open with a word, not a number or an acronym ("(FBI)", "(2019)");
- a language is named after it: "tudomany in Hungarian", "wiedzka in Polish" (the
  language names are CLD2's, which copylint already ships for foreign passages).

Only words the speller could not place are looked up here (:func:`introduced_terms` is
asked once per article, and only when such a word is found), and a listed misspelling
is never a term: "known as the goverment" is still a slip, and nor is a term that a common
word is one common slip away from ("the old perimiter (fence)").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from copylint.spelling.speller import Speller

# a term is a slip after all when a word at least this common is one slip of at least this
# weight away (the weights of copylint.spelling.suggest: a swap, a doubled, dropped or
# neighbouring letter weigh 0.25 or more)
SLIP_WEIGHT = 0.25
SLIP_WORD_ZIPF = 3.5
# an article's first words asked about are looked for alone, in the segments that hold them;
# after this many, its terms are found once, all together (a long article asking about many)
ASKED_ALONE = 4
# neighbours in capitals this long, unknown to every source, make a passage in another language
FOREIGN_NEIGHBOUR_LENGTH = 4

_WORD = r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*"
# a match can only start where a word does: trying every letter inside a word gives the same
# matches (a run that matches from inside a word matches from its start) at a cost quadratic
# in the word's length
_AT_WORD_START = r"(?<![^\W\d_])"
# a naming phrase, then optionally an article or an opening quote, then the term, which
# ends the clause: "called the velmarin.", "(known as dustwort)", not "called latent heat"
_NAMED = re.compile(
    r"\b(?:called|known\s+as|dubbed|termed|the\s+(?:term|word|name))\s+(?:(?:the|a|an)\s+)?[\"\u201c\u2018']?"
    rf"({_WORD})[\"\u201d\u2019']?(?=[.,;:!?)]|\s*$)", re.IGNORECASE)
# up to three words, then a parenthesised gloss that opens with a word that is not all
# capitals: "(wide sash)", "(October 3rd Bridge)"
# a noun that names a word, then the word it names, wherever the clause goes on: "the toponym
# velbo is old", "the term florbet was coined" (only words the speller could not place are
# looked up, and a common slip is still a slip: see ArticleTerms)
_NAMED_BY_NOUN = re.compile(
    r"\bthe\s+(?:term|word|name|nickname|epithet|[a-z]*onym)\s+"
    rf"[\"\u201c\u2018']?({_WORD})\b", re.IGNORECASE)
_GLOSSED = re.compile(rf"{_AT_WORD_START}((?:{_WORD}\s+){{0,2}}{_WORD})\s*\(\s*(?=[^\W\d_])(?![^\W\d_a-z]{{2,}}\b)")
# what every match of _GLOSSED ends with (starting with a literal: re skips to the brackets): a
# text where it is not found has no gloss, and the word-by-word search of _GLOSSED is not run
_GLOSS_OPENING = re.compile(r"\(\s*(?=[^\W\d_])(?![^\W\d_a-z]{2,}\b)")
_IN_LANGUAGE = re.compile(rf"{_AT_WORD_START}({_WORD})\s+in\s+([A-Z][a-z]+)\b")
# what follows the word in _IN_LANGUAGE, from the last white space before "in": wherever
# _IN_LANGUAGE matches, this matches there too (starting with a white space character, the
# search skips to them), so a text where it finds no language needs no _IN_LANGUAGE search
# (written from "in", the white space before it tested apart (:func:`_may_name_language`): a
# pattern that starts with a literal is searched for it, where one that starts with \s tests
# every character; two matches can never overlap, so the same are found)
_IN_CAPITALISED = re.compile(r"in\s+([A-Z][a-z]+)\b")
# where a word starts (where _GLOSSED can start); and the characters a _GLOSSED match holds
# before its bracket (letters, word joiners, white space), matched in the reversed text from
# the bracket backwards
_WORD_START = re.compile(rf"{_AT_WORD_START}[^\W\d_]")
_GLOSSED_RUN = re.compile(r"(?:[^\W\d_]|['\u2019-]|\s)*")


def _languages() -> frozenset[str]:
    """Language names ("Swedish", "Latvian"), from CLD2's table (already a dependency; kept
    in the derived-data cache, so a check need not load CLD2: copylint.langnames)."""
    from copylint.langnames import language_names

    return language_names()


def introduced_terms(texts: Iterable[str], unknown: Callable[[str], bool]) -> frozenset[str]:
    """The lower-case words that ``texts`` (an article's segments) introduce as terms;
    ``unknown(word)`` says whether the speller could not place a word (the words of a
    glossed run must all be unknown, so that "the old perimiter (fence)" is no run)."""
    found: set[str] = set()
    for text in texts:
        named = _maybe_named(text)
        if "(" not in text and " in " not in text and not named:
            continue
        if named:
            for m in _NAMED.finditer(text):
                found.add(m.group(1))
            for m in _NAMED_BY_NOUN.finditer(text):
                found.add(m.group(1))
        if "(" in text and _GLOSS_OPENING.search(text) is not None:
            for m in _glossed(text):
                for word in reversed(m.group(1).split()):  # the unknown words that end the run
                    if not unknown(word):
                        break
                    found.add(word)
        if "in" in text and _may_name_language(text):
            for m in _IN_LANGUAGE.finditer(text):
                if m.group(2) in _languages():
                    found.add(m.group(1))
    return frozenset(w for w in found if w.islower())


def _glossed(text: str) -> Iterator[re.Match[str]]:
    """``_GLOSSED.finditer(text)``, tried only where a match can start: a match runs from a
    word start through letters, word joiners and white space to the first bracket after it,
    a gloss opening (:data:`_GLOSS_OPENING`), so it starts in the run of such characters
    right before one; each opening's run is tried from its first word start on, in order
    (the runs of successive openings do not overlap: a bracket ends each). The whole text
    is not searched word by word: that cost a long article's terms most of their time."""
    backwards = ""  # the text reversed, made at the first opening
    size = len(text)
    pos = 0  # where the last match ended (finditer's matches do not overlap)
    for opening in _GLOSS_OPENING.finditer(text):
        bracket = opening.start()
        if bracket < pos:
            continue
        if not backwards:
            backwards = text[::-1]
        run = _GLOSSED_RUN.match(backwards, size - bracket).end() - (size - bracket)  # type: ignore[union-attr]
        for start in _WORD_START.finditer(text, max(pos, bracket - run), bracket):
            m = _GLOSSED.match(text, start.start())
            if m is not None:
                yield m
                pos = m.end()
                break


def _may_name_language(text: str) -> bool:
    """Whether "in" and a language name stand in ``text`` where _IN_LANGUAGE could match."""
    return any(m.group(1) in _languages() for m in _IN_CAPITALISED.finditer(text, 1) if text[m.start() - 1].isspace())


_NAMING_WORDS = ("called", "known", "dubbed", "termed", "term", "word", "name", "nym", "epithet")


def _maybe_named(text: str) -> bool:
    low = text.lower()
    return any(w in low for w in _NAMING_WORDS)


class ArticleTerms:
    """:func:`introduced_terms` of one article, found when first asked (most articles never
    ask). A term is taken as written unless a common word is one common slip away (a swap,
    a doubled, dropped or neighbouring letter): "the perimiter (fence)" is still a slip."""

    __slots__ = ("_found", "_kept", "_speller", "_texts")

    def __init__(self, texts: list[str], speller: Speller) -> None:
        self._texts = texts
        self._speller = speller
        self._found: frozenset[str] | None = None
        self._kept: dict[str, bool] = {}  # word -> a term taken as written (decided when first asked)

    def __contains__(self, word: str) -> bool:
        kept = self._kept.get(word)
        if kept is None:
            kept = self._kept[word] = self._decide(word)
        return kept

    def _decide(self, word: str) -> bool:
        if self._found is not None:
            introduced = word in self._found
        elif len(self._kept) < ASKED_ALONE:
            # a term is a piece of the text that introduces it: only the segments that hold the
            # word need searching (the first few words asked; most articles ask one or two)
            introduced = word in introduced_terms([t for t in self._texts if word in t], self._unknown)
        else:
            self._found = introduced_terms(self._texts, self._unknown)
            introduced = word in self._found
        if not introduced:
            return False
        # the slip search runs once a term, not at each of its uses
        ranked = self._speller.candidates(word)
        return not (ranked and ranked[0].weight >= SLIP_WEIGHT and ranked[0].zipf >= SLIP_WORD_ZIPF)

    def _unknown(self, word: str) -> bool:
        return not self._speller.judge(word).ok


def in_foreign_capitals(speller: Speller, word: str, prev_word: str | None, next_word: str | None) -> bool:
    """A word in capitals between two words in capitals that no English source has seen
    ("OBUHVATAJUCI PROJEKT REKONSTRUKCIJE"): part of a title in another language, where an
    English slip ("PROJEKT" for "project") cannot be told from the other language's word."""
    if not word.isupper() or prev_word is None or next_word is None:
        return False
    return all(len(w) >= FOREIGN_NEIGHBOUR_LENGTH and not w.islower() and speller.entry(w.lower()) is None
               for w in (prev_word, next_word))


_NAME = r"([A-Z][^\W\d_]{2,})"
_PARTNER_AFTER = re.compile(rf"\s*,?\s+(?:and|or|&)\s+{_NAME}")
_PARTNER_BEFORE = re.compile(rf"{_NAME},?\s+(?:and|or|&)\s+$")


# an author-date citation after a surname: ", H," / ", J." (an initial) or ", 1981"
# (an initial is followed by a comma, or by a stop and a space: "Transit, I am" is the
# pronoun, "Yesterday, U.K. ministers" an abbreviation)
# after a surname: its initial ("Trovel, T"), or a year that closes a bracketed citation
# ("Vallen, 1987)"); a bare year is a citation only after the author's initials ("K. L.
# Vallen, 1987"), since news writes a year after a place too ("London, 2015 figures")
_CITATION = re.compile(r",\s+(?:[A-Z](?=[,;)]|\.(?:\s|$))|(?:1[5-9]|20)\d\d(?=[);]))")
_CITED_YEAR = re.compile(r",\s+(?:1[5-9]|20)\d\d\b")
# a reference's last items: the site or publisher, then the date it was read ("Tamo. Accessed
# 3 June.", "Runi. Retrieved on 2 May 2019.", "Tarvok. Retrieved March 4, 2020.")
_ACCESSED = re.compile(r"\.\s+(?:Accessed|Retrieved)\s+(?:on\s+)?(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}\b|\d{4}-\d\d)")
_INITIALS_BEFORE = re.compile(r"\b[A-Z]\.\s*$")


def named_by_context(speller: Speller, text: str, start: int, end: int, alone: bool) -> bool:
    """A capitalised word ``text[start:end]`` that its context shows to be a name rather
    than a slip for a common word: the surname of an author-date citation ("Hollis, M and
    Trovel, T", "K. L. Vallen, 1987"); the site or publisher a reference was read on, right
    before "Accessed" or "Retrieved" and a date ("Tamo. Accessed 3 June."); or, standing ``alone`` (no capitalised word right
    before or after it), one of a list of names, joined by "and" or "or" to a capitalised
    word that is no dictionary word and that the speller takes for a name ("Zurak and
    Quiat", "Torvan, Pelek, and Quiat"). A word inside a longer capitalised name is not
    alone: "Mara Denby, and Joitn Council", "Care Cilnic and Oroveta District" are slips
    in names made of common words."""
    if _CITATION.match(text, end) or (
            _CITED_YEAR.match(text, end) and _INITIALS_BEFORE.search(text, max(0, start - 8), start)):
        return True
    if _ACCESSED.match(text, end):
        return True  # the site a reference was read on: "Tamo. Accessed 3 June."
    if not alone:
        return False
    partners = []
    m = _PARTNER_AFTER.match(text, end)
    if m:
        partners.append(m.group(1))
    m = _PARTNER_BEFORE.search(text, max(0, start - 40), start)
    if m:
        partners.append(m.group(1))
    return any(not speller.is_word(p.lower()) and speller.judge(p, None, False, True).ok for p in partners)
