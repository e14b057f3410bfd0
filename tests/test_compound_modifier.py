"""grammar.compound-modifier and grammar.measure-modifier: missing hyphens in compound
modifiers before a noun."""

from __future__ import annotations

from copylint.api import lint_text
from copylint.config import Settings

MEASURE = Settings(enable=("grammar.measure-modifier",))


def _hits(text: str, settings: Settings = MEASURE) -> list[tuple[str, tuple[str, ...]]]:
    return [(i.text, i.suggestions) for i in lint_text(text, "s.txt", settings, format="body")
            if i.rule in ("grammar.compound-modifier", "grammar.measure-modifier")]


def test_the_measure_rule_is_off_by_default_and_the_others_on():
    assert _hits("The depot is a ten minute drive away.", Settings()) == []
    assert _hits("It ended in the mid 1980s.", Settings()) == [("mid 1980s", ("mid-1980s",))]


def test_number_and_unit_before_a_noun_is_hyphenated_with_a_fix():
    assert _hits("The depot is a 15 minute drive away.") == [("15 minute", ("15-minute",))]
    assert _hits("A 3.5 inch pipe burst.") == [("3.5 inch", ("3.5-inch",))]
    assert _hits("The trust bought a 12,000 acre moor.") == [("12,000 acre", ("12,000-acre",))]


def test_age_as_a_noun_or_modifier_gets_both_hyphens():
    assert _hits("The court fined a 23 year old on Monday.") == [("23 year old", ("23-year-old",))]


def test_mid_before_a_period():
    assert _hits("It ended in the mid 1980s.") == [("mid 1980s", ("mid-1980s",))]
    assert _hits("By mid 17th century the town had grown.") == [("mid 17th century", ("mid-17th century",))]
    assert _hits("It ended in the mid-1980s.") == []


def test_plain_measures_and_predicates_are_left_alone():
    for text in ("The walk takes 20 minutes.", "He stands 6 foot tall.", "The march was 10 km long.",
                 "The union is one step from a deal.", "The loan was low risk.",
                 "In the long term, prices will fall.", "Over the long term the fund grew.",
                 "The 2011 stage play opened in May.", "He waited 20 minute by minute."):
        assert _hits(text) == [], text


def test_noun_and_participle_before_a_noun():
    assert _hits("A market driven approach failed.") == [
        ("market driven", ("market-driven",))]
    assert _hits("A London based charity paid.") == [("London based", ("London-based",))]
    assert _hits("The approach was market driven.") == []
    assert _hits("The very based model works.") == []  # an adverb, not a noun, before the participle
