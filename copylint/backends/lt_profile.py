"""LanguageTool's news profile: which of its rules copylint reports on news copy, and the
context in which a match names no error of the article.

The profile is measured (benchmarks/languagetool_profile.py writes
copylint/data/languagetool_profile.json): rules that raised alerts on published copy
that were not real errors are off by default, and so are the categories a copy desk
settles by house style. Both stay available by id (``enable = ["languagetool.RULE"]``).

Some of LanguageTool's rules come in families of one rule per word, each firing rarely:
compound spellings (EN_COMPOUNDS_RAIN_STORM, HOME_COMPOUNDS) and accents on names
(EN_DIACRITICS_REPLACE_ORTHOGRAPHY_BOGOTA, CAFE_DIACRITIC). A family is measured as one
rule, over all its members, and a family found noisy is off whole: the members that never
fired on the measured copy too (each stays available by id).

Context (copylint's own reading of the article, not LanguageTool's):

- headlines and headings are fragments in headline case: only LanguageTool's typo and
  confused-word rules apply to them;
- quoted speech is what someone said: copylint never "corrects" it, only typos in it
  are reported;
- a dateline ("WASHINGTON, D.C. \u2013", "LONDON (Reuters) \u2014", "March 19, 2009.")
  opens the first paragraph and is not a sentence;
- a span made only of capitalised words that are not at a sentence start is a name
  (Enver Solomon, Fisht Stadium): case and grammar rules do not apply to it.
"""

from __future__ import annotations

import json
import re
from functools import cache

from copylint.document import Document, Segment

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import Any

#: Categories whose rules are house-style choices (typographic quotes and dashes, wordiness,
#: plain-English substitutions, repetition of words for effect). Measured noise on clean
#: copy: see benchmarks/languagetool_profile.py's category table.
HOUSE_STYLE_CATEGORIES = frozenset({
    "STYLE", "REDUNDANCY", "PLAIN_ENGLISH", "WIKIPEDIA", "TYPOGRAPHY", "REPETITIONS_STYLE",
    "CREATIVE_WRITING", "TEXT_ANALYSIS", "GENDER_NEUTRALITY", "COLLOQUIALISMS",
})
#: Categories that still apply inside headlines and quotations.
_WORD_CATEGORIES = frozenset({"TYPOS", "CONFUSED_WORDS"})
_TITLE_KINDS = frozenset({"headline", "heading"})
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+)*(?:, ?[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)*)?"
    r"(?: ?\([A-Za-z .]+\))?|(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, )?(?:" + _MONTHS + r") \d{1,2}, \d{4})"
    r" ?[-\u2013\u2014.:] ?"
)
_WORD = re.compile(r"[^\W_]+(?:['\u2019.-][^\W_]+)*")


def dateline_end(text: str) -> int:
    """Where the dateline that opens ``text`` ends, or 0."""
    m = _DATELINE.match(text)
    return m.end() if m else 0


def _is_name(seg: Segment, start: int, end: int) -> bool:
    words = _WORD.findall(seg.text[start:end])
    if not words or not all(w[:1].isupper() for w in words):
        return False
    before = seg.text[:start].rstrip()
    return bool(before) and before[-1] not in ".!?:\u201c\"(\u2014\u2013-"


def context_drop(seg: Segment, start: int, end: int, rule: str, category: str, doc: Document) -> str | None:
    """Why a match at ``seg.text[start:end]`` names no error in news copy, or None."""
    if seg.kind in _TITLE_KINDS:
        return None if category in _WORD_CATEGORIES else "headline"
    if category != "TYPOS" and any(a <= start and end <= b for a, b in _quotes(seg)):
        return "quotation"
    if seg.kind == "paragraph" and start < dateline_end(seg.text) and _first_paragraph(doc) is seg:
        return "dateline"
    if category not in _WORD_CATEGORIES and _is_name(seg, start, end):
        return "name"
    return None


_QUOTES: dict[int, tuple[str, list[tuple[int, int]]]] = {}


def _quotes(seg: Segment) -> list[tuple[int, int]]:
    found = _QUOTES.get(id(seg))
    if found is None or found[0] is not seg.text:
        if len(_QUOTES) > 256:
            _QUOTES.clear()
        from copylint.style.quotes import quoted_spans  # (a run without LanguageTool never needs it)

        found = _QUOTES[id(seg)] = (seg.text, quoted_spans(seg.text))
    return found[1]


def _first_paragraph(doc: Document) -> Segment | None:
    return next((s for s in doc.segments if s.kind == "paragraph"), None)


@cache
def profile() -> dict[str, Any]:
    """The measured profile shipped with copylint (empty when none was written)."""
    try:
        from importlib import resources  # only when LanguageTool runs

        text = resources.files("copylint").joinpath("data/languagetool_profile.json").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return {"rules_off": {}}
    return json.loads(text)


def rules_off() -> frozenset[str]:
    """LanguageTool rule ids (without prefix) that are off in the news profile."""
    return frozenset(profile().get("rules_off", {}))


#: LanguageTool's rule families, by the shape of their ids: family -> pattern.
FAMILIES: dict[str, re.Pattern[str]] = {
    "compounds": re.compile(r"^EN_COMPOUNDS_|_COMPOUNDS$"),
    "diacritics": re.compile(r"DIACRITIC"),
}


def family(rule: str) -> str | None:
    """The family of a LanguageTool rule id, or None."""
    return next((name for name, pattern in FAMILIES.items() if pattern.search(rule)), None)


def families_off() -> frozenset[str]:
    """The rule families that are off whole in the news profile."""
    return frozenset(profile().get("families_off", {}))


def default_on(rule: str, category: str | None) -> bool:
    """Whether ``rule`` (a LanguageTool id) is on in the news profile."""
    if category and category in HOUSE_STYLE_CATEGORIES:
        return False
    return rule not in rules_off() and family(rule) not in families_off()
