"""``capitalization``: headline case, word by word.

Keys: ``case`` (``sentence``, ``ap-title`` or ``chicago-title``), ``exceptions`` (words
always accepted as written, e.g. ``iPhone``, ``de``), ``min_words`` (shorter headlines are
not judged; default 3). Scope: ``headline`` (default) and/or ``heading``.

- ``sentence``: only the first word (and the first after a colon or dash) and proper
  nouns take a capital. A capitalised word is flagged when it is a function word ("In",
  "The", "Of") or when the article's own text uses it in lower case and never with a
  capital mid-sentence: the article is the evidence of what is a proper noun, so "Iran"
  and "Supreme Court" pass while "Troops" is flagged if the body says "troops".
- ``ap-title``: every word capitalised except articles and conjunctions and prepositions
  of three letters or fewer; first and last words always capitalised.
- ``chicago-title``: as AP, but prepositions of any length stay lower case.

In the title cases, a lower-case word that must be capitalised is flagged, and so is a
capitalised article, conjunction or preposition that is unambiguously one (``Of``,
``And``, ``The``; not ``Up`` or ``Over``, which are often adverbs). Only the first part of
a hyphenated compound is judged; words with inner capitals or digits are left alone.
Message fields: ``{match}``, ``{suggestion}``, ``{case}``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from copylint.checks.base import Finding
from copylint.style.rule import StyleRule
from copylint.style.schema import Field, Spec, as_count, choice, str_list
from copylint.style.scopes import DocView

CASES = {"sentence": "sentence case", "ap-title": "AP title case", "chicago-title": "Chicago title case"}

ARTICLES = frozenset("a an the".split())
COORDINATING = frozenset("and but or nor for so yet".split())
SHORT_PREPOSITIONS = frozenset("as at by for in of off on out per to up via vs v".split())
LONG_PREPOSITIONS = frozenset(
    """about above across after against along amid among around before behind below beneath beside besides
    between beyond despite down during except from inside into like near onto outside over past since through
    throughout till toward towards under underneath until unto upon with within without""".split()
)
#: capitalised, these are wrong in a title case (they are almost never adverbs or verbs)
_SURELY_SMALL_AP = frozenset("a an the and but or nor as at by for in of on to per via vs".split())
_SURELY_SMALL_CHICAGO = _SURELY_SMALL_AP | frozenset(
    "from with into onto upon among amid between through toward towards without within against during despite".split()
)
_MAY_LOWER = {
    "ap-title": ARTICLES | COORDINATING | SHORT_PREPOSITIONS,
    "chicago-title": ARTICLES | COORDINATING | SHORT_PREPOSITIONS | LONG_PREPOSITIONS,
}
_SURELY_SMALL = {"ap-title": _SURELY_SMALL_AP, "chicago-title": _SURELY_SMALL_CHICAGO}
#: name particles accepted in lower case in any title case
PARTICLES = frozenset("al bin da de del della der di dos du el ibn la le van von".split())
#: function words that sentence case writes in lower case
FUNCTION_WORDS = frozenset(
    """a an the and but or nor for so yet as at by in of off on out per to up via vs with from into onto upon over
    after before about against among between during than that this these those its it is are was were be been has
    have had will would can could should must do does did not his her their our your my he she they we""".split()
)

_WORD = re.compile(r"[^\W\d_][\w'\u2019]*")
_STARTERS = set(":\u2014\u2013|?!.")
_SKIP_BEFORE = set(" \t\n\"'\u201c\u2018([")


def _starts_clause(text: str, pos: int) -> bool:
    """Whether the word at ``pos`` begins the headline or follows a colon, dash or full stop."""
    i = pos - 1
    while i >= 0 and text[i] in _SKIP_BEFORE:
        i -= 1
    return i < 0 or text[i] in _STARTERS


def _titlelike(word: str) -> bool:
    """Capitalised and otherwise lower case ("Troops", not "NATO" or "iPhone")."""
    return word[0].isupper() and not any(c.isupper() for c in word[1:])


def case_evidence(view: DocView, word: str) -> tuple[int, int]:
    """How often ``word`` (lower case) appears in the running text in lower case, and
    capitalised mid-sentence (not first in a sentence or after a colon or dash).

    Found with plain substring search on the lower-cased text, once per word per document."""
    cache: dict[str, tuple[int, int]] = view.cache.setdefault("case_evidence", {})  # type: ignore[assignment]
    found = cache.get(word)
    if found is not None:
        return found
    lower = capital = 0
    for seg in view.segments:
        if seg.kind in ("headline", "heading"):
            continue
        text = seg.text
        folded = view.lowered(seg)
        pos = folded.find(word)
        while pos >= 0:
            end = pos + len(word)
            before = text[pos - 1] if pos else " "
            after = text[end] if end < len(text) else " "
            if not (before.isalnum() or before in "-'\u2019" or after.isalnum()):
                occurrence = text[pos:end]
                if occurrence.islower():
                    lower += 1
                elif _titlelike(occurrence) and not _starts_clause(text, pos):
                    capital += 1
            pos = folded.find(word, end)
    cache[word] = (lower, capital)
    return lower, capital


class Capitalization(StyleRule):
    FIELDS = {
        "case": Field(choice(tuple(CASES)), required=True),
        "exceptions": Field(str_list),
        "min_words": Field(as_count),
    }
    MESSAGE_FIELDS = ("match", "suggestion", "case")
    DEFAULT_SCOPE = ("headline",)
    ALLOWED_SCOPES = ("headline", "heading")

    def setup(self, spec: Spec) -> None:
        self.case = spec.get("case")
        self.exceptions = frozenset(spec.get("exceptions", ()))
        self.min_words = spec.get("min_words", 3)

    def run(self, view: DocView) -> Iterator[Finding]:
        for unit in view.units(self.scope):
            text = unit.text
            words = list(_WORD.finditer(text))
            if len(words) < self.min_words or not any(c.islower() for c in text):
                continue  # too short to judge, or written in capitals
            check = self._sentence if self.case == "sentence" else self._title
            for m, suggestion in check(view, unit.segment, text, words):
                yield self.finding(unit.segment, unit.start + m.start(), unit.start + m.end(), (suggestion,),
                                   match=m.group(), suggestion=suggestion, case=CASES[self.case])

    def _sentence(self, view: DocView, seg, text: str, words: list[re.Match[str]]):  # type: ignore[no-untyped-def]
        for i, m in enumerate(words):
            word = m.group()
            if i == 0 or len(word) < 2 or word in self.exceptions or not _titlelike(word):
                continue
            if _starts_clause(text, m.start()) or view.in_quotes(seg, m.start(), m.end()):
                continue
            key = word.lower()
            lower, capital = case_evidence(view, key)
            if capital:
                continue  # the article capitalises it mid-sentence: a name
            if lower or key in FUNCTION_WORDS:
                yield m, key

    def _title(self, view: DocView, seg, text: str, words: list[re.Match[str]]):  # type: ignore[no-untyped-def]
        may_lower, surely_small = _MAY_LOWER[self.case], _SURELY_SMALL[self.case]
        last = len(words) - 1
        for i, m in enumerate(words):
            word = m.group()
            if m.start() and text[m.start() - 1] in "-\u2010\u2011/":
                continue  # a later part of a compound
            if word in self.exceptions or any(c.isdigit() for c in word):
                continue
            key = word.lower()
            edge = i == 0 or i == last or _starts_clause(text, m.start())
            if word[0].islower():
                if any(c.isupper() for c in word[1:]) or key in PARTICLES:
                    continue  # iPhone, de, van
                if edge or key not in may_lower:
                    yield m, word[0].upper() + word[1:]
            elif not edge and _titlelike(word) and key in surely_small:
                yield m, key
