"""Days and dates take "on": "in Tuesday" and "at 5 January" are slips for "on"."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from copylint.checks.base import Example, RuleInfo
from copylint.grammar.classes import AUXILIARIES, CONJUNCTIONS, DETERMINERS, PREPOSITIONS, SUBJECT_PRONOUNS
from copylint.grammar.hit import Hit
from copylint.grammar.lexicon import places, verb_tags, word_tags
from copylint.grammar.stream import Word, after, before

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import Final

RULE: Final = RuleInfo(
    id="grammar.day-preposition",
    category="grammar",
    severity="error",
    summary='A day or date after "in" or "at" ("in Tuesday"): days and dates take "on".',
    rationale=(
        "English puts \"on\" before a day or a date (\"on Tuesday\", \"on 5 January\", \"on "
        "January 5\"), \"in\" before months and years and \"at\" before times. \"In Tuesday\" is "
        "almost always a slip made while rewriting a sentence, and spell checkers and most "
        "grammar checkers let it through. The rule leaves alone a day that is part of a longer "
        "phrase (\"in Tuesday's vote\", \"at Friday prayers\", \"in Sunday Times\") and a month "
        "followed by a year or a count (\"in May 2019\", \"in May 10 people died\"). It also flags a weekday "
        "joined by \"and\" to a place name at the end of a phrase (\"airstrikes in Syria and Iraq and "
        "Sunday\"): a place and a day make no pair, so \"on\" was meant."
    ),
    bad=(
        Example("Protesters stormed the embassy [[in]] Tuesday."),
        Example("The vote will be held [[at]] Monday, officials said."),
        Example("[[In]] Wednesday the minister resigned."),
        Example("The talks resume [[in]] Friday morning in Geneva."),
        Example("The ceasefire began [[in]] 5 January."),
        Example("Results are due [[at]] 12th March."),
        Example("The law came into force [[in]] January 5, 2020."),
        Example("He was arrested [[in]] Sunday after police raided his home."),
        Example("The strike ends [[in]] Thursday and Friday."),
        Example("Troops were deployed in Syria and Iraq [[and]] Sunday."),
    ),
    good=(
        Example("Protesters stormed the embassy on Tuesday."),
        Example("The result was announced in Tuesday's vote count."),
        Example("Worshippers gathered at Friday prayers in Tehran."),
        Example("The story ran in Sunday Times columns last year."),
        Example("The law changed in May 2019."),
        Example("In May 10 people were killed in floods."),
        Example("Sales rose in January and fell in February."),
        Example("The agreement was signed on 5 January at noon."),
        Example("She spoke at Monday night's rally."),
        Example("Flights to Paris and Sunday Times readers were affected."),
        Example("The talks in Paris and Berlin ended on Sunday."),
    ),
    fix_safe=True,
)

DAYS: Final = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
MONTHS: Final = frozenset(
    "January February March April May June July August September October November December".split()
)
_TIME_OF_DAY: Final = frozenset("morning afternoon evening night".split())
_DAY_NUMBER: Final = re.compile(r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?")
_FOLLOWERS: Final = PREPOSITIONS | CONJUNCTIONS | AUXILIARIES | DETERMINERS | SUBJECT_PRONOUNS | frozenset(
    "said says and or".split()
)


def find(text: str, words: list[Word], sites: Iterable[int] | None = None) -> Iterator[Hit]:
    """Hits in one segment's stream; only at ``sites`` (indexes of ``TRIGGERS`` words, in
    order) when given, which is where any can be."""
    for i in range(len(words)) if sites is None else sites:
        w = words[i]
        if w.low == "and":
            hit = _place_and_day(words, i)
            if hit is not None:
                yield hit
            continue
        if w.low not in ("in", "at"):
            continue
        n = after(words, i)
        if n is None:
            continue
        if n.text in DAYS and _ends_phrase(words, n.index, day=True):
            yield _hit(w, n.text)
        elif n.kind in ("number", "word") and n.low[:1].isdigit() and _DAY_NUMBER.fullmatch(n.low):
            m = after(words, n.index)
            if m is not None and m.text in MONTHS and _ends_phrase(words, m.index, day=False):
                yield _hit(w, f"{n.text} {m.text}")
        elif n.text in MONTHS:
            m = after(words, n.index)
            if m is not None and _DAY_NUMBER.fullmatch(m.low) and _ends_phrase(words, m.index, day=False):
                yield _hit(w, f"{n.text} {m.text}")


def _ends_phrase(words: list[Word], i: int, day: bool) -> bool:
    """True when the day or date at ``words[i]`` ends its noun phrase."""
    w = words[i]
    if w.possessive:
        return False
    n = after(words, i)
    if n is None:
        return True
    if n.cap or n.kind != "word":
        return False
    if day and n.low in _TIME_OF_DAY:
        return not n.possessive and _ends_phrase(words, n.index, day=False)
    if n.low in ("and", "or") and day:
        m = after(words, n.index)
        return m is not None and m.text in DAYS and _ends_phrase(words, m.index, day=True)
    if n.low in _FOLLOWERS:
        return True
    # a verb form that is no noun or adjective: "in Tuesday killed ..."
    tags = verb_tags(n.low)
    return bool(tags) and "v" not in tags and not word_tags(n.low)


def _place_and_day(words: list[Word], i: int) -> Hit | None:
    """"strikes in Syria and Iraq and Sunday": a weekday joined by "and" to a place name ends
    the phrase; a place and a day are no pair, so "and" stands where "on" was meant."""
    if i + 1 == len(words) or words[i + 1].text not in DAYS:
        return None  # (the next token, if ``after`` gives one: the day test first, it rules out most)
    b, n = before(words, i), after(words, i)
    if b is None or n is None or not _ends_phrase(words, n.index, day=True):
        return None
    if not b.cap or b.text not in places().get(b.text, ()):
        return None
    m = after(words, n.index)
    if m is not None and m.low in ("and", "or"):
        return None  # "Iraq and Sunday and Monday": a list of something else
    w = words[i]
    return Hit(RULE.id, w.start, w.end, f"A place and a day joined by \u201cand\u201d: \u201con {n.text}\u201d?", ("on",))


def _hit(w: Word, what: str) -> Hit:
    on = "On" if w.text[0].isupper() else "on"
    return Hit(RULE.id, w.start, w.end, f"Use \u201c{on}\u201d before a day or date: \u201c{on} {what}\u201d.", (on,))


#: the only words ``find`` looks at: the grammar check passes it their indexes as ``sites``
TRIGGERS: Final[frozenset[str]] = frozenset({"and", "in", "at"})
