"""Prepositions with years, months and clock times: "on 2019", "at January", "in 5pm"
("in Tuesday" and "at 5 January" are the day-preposition rule's)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from copylint.checks.base import Example, RuleInfo
from copylint.grammar.classes import AUXILIARIES, CONJUNCTIONS, SUBJECT_PRONOUNS
from copylint.grammar.day_preposition import MONTHS
from copylint.grammar.hit import Hit
from copylint.grammar.stream import Word, after, before

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import Final

RULE: Final = RuleInfo(
    id="grammar.date-preposition",
    category="grammar",
    severity="error",
    summary='The wrong preposition before a year, a month or a clock time ("on 2019", "at January", "in 5pm").',
    rationale=(
        "English uses \"in\" before years and months (\"in 2019\", \"in January\"), \"on\" before "
        "days and dates and \"at\" before clock times (\"at 5pm\", \"at noon\"). \"Born on 1985\" or "
        "\"at January\" reads as a slip. The rule fires only when the year or month ends its phrase "
        "(\"at 2019 prices\", \"on March figures\" are left alone), on \"on\" + year only after a "
        "verb of events (\"born\", \"held\", \"founded\") or opening a clause, since \"focus on 2020\" "
        "is fine, and never on \"May\", which is also a name."
    ),
    bad=(
        Example("He was born [[on]] 1985 in Leeds."),
        Example("The company was founded [[on]] 2003, according to its website."),
        Example("[[On]] 2019, the council raised taxes."),
        Example("The law takes effect [[at]] January, officials said."),
        Example("The talks stalled [[at]] February 2020."),
        Example("The festival was held [[on]] 2017 and drew large crowds."),
        Example("The polls close [[in]] 10pm tonight."),
        Example("The minister will speak [[on]] 5 p.m. on Friday."),
        Example("The election is expected [[on]] October, the party said."),
        Example("Ceremonies began [[in]] noon."),
        Example("The strike started [[at]] March and lasted a month."),
    ),
    good=(
        Example("He was born in 1985 in Leeds."),
        Example("The report focused on 2020 and the pandemic."),
        Example("Wages are shown at 2019 prices."),
        Example("The bank commented on March figures."),
        Example("The law takes effect on January 1."),
        Example("The polls close at 10pm tonight."),
        Example("Officials looked at May's proposal."),
        Example("The vote is expected in October."),
        Example("Ceremonies began at noon."),
        Example("The pact signed on 5 January 2019 expires."),
        Example("The figure stood at 2019 in the last count."),
    ),
    fix_safe=True,
)

_YEAR: Final = re.compile(r"(?:1[89]\d\d|20[0-3]\d)")
_CLOCK: Final = re.compile(r"\d{1,2}(?:[:.]\d\d)?(?:am|pm)", re.I)
_CLOCK_WORDS: Final = frozenset("a.m. p.m. am pm a.m p.m o'clock gmt utc".split())
_EVENT_VERBS: Final = frozenset(
    """born held founded established opened launched released published elected married died happened
    occurred began started ended created formed built completed introduced signed enacted passed
    discovered invented recorded retired joined left""".split()
)
_ENDERS: Final = CONJUNCTIONS | AUXILIARIES | SUBJECT_PRONOUNS | frozenset(
    "in on at to for from with by and or but after before during when according".split()
)


def find(text: str, words: list[Word], sites: Iterable[int] | None = None) -> Iterator[Hit]:
    """Hits in one segment's stream; only at ``sites`` (indexes of ``TRIGGERS`` words, in
    order) when given, which is where any can be."""
    for i in range(len(words)) if sites is None else sites:
        w = words[i]
        if w.low not in ("on", "at", "in"):
            continue
        n = after(words, i)
        if n is None:
            continue
        want = None
        if n.kind == "number" and _YEAR.fullmatch(n.text) and w.low == "on" and _ends(words, n.index):
            b = before(words, i)
            if w.clause_start or (b is not None and b.low in _EVENT_VERBS):
                want = "in"
        elif n.text in MONTHS and n.text != "May" and w.low in ("on", "at") and not n.possessive:
            m = after(words, n.index)
            if m is not None and m.kind == "number" and _YEAR.fullmatch(m.text):
                m_end = _ends(words, m.index)
            else:
                m_end = m is None or m.low in _ENDERS
            if m_end and (m is None or m.kind != "number" or _YEAR.fullmatch(m.text)):
                want = "in"
        elif w.low in ("in", "on") and _clock(words, n):
            want = "at"
        if want is not None:
            fix = want.capitalize() if w.text[0].isupper() else want
            yield Hit(RULE.id, w.start, w.end, f"\u201c{fix}\u201d, not \u201c{w.text}\u201d, before "
                      f"\u201c{n.text}\u201d.", (fix,))


def _ends(words: list[Word], i: int) -> bool:
    n = after(words, i)
    if n is None:
        return i + 1 >= len(words) or not any(c in "/-" for c in words[i + 1].gap)
    return n.word and n.low in _ENDERS


def _clock(words: list[Word], n: Word) -> bool:
    if n.low in ("noon", "midnight"):
        m = after(words, n.index)
        return m is None or m.low in _ENDERS
    if n.kind != "number":
        return False
    if _CLOCK.fullmatch(n.text):
        return True
    m = after(words, n.index)
    return m is not None and m.low in _CLOCK_WORDS and re.fullmatch(r"\d{1,2}(?:[:.]\d\d)?", n.text) is not None


#: the only words ``find`` looks at: the grammar check passes it their indexes as ``sites``
TRIGGERS: Final[frozenset[str]] = frozenset({"on", "at", "in"})
