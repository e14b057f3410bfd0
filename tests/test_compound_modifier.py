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
    assert _hits("Both stops are a 20 minute walk away.", Settings()) == []
    assert _hits("It ended in the mid 1950s.", Settings()) == [("mid 1950s", ("mid-1950s",))]


def test_number_and_unit_before_a_noun_is_hyphenated_with_a_fix():
    assert _hits("Both stops are a 20 minute walk away.") == [("20 minute", ("20-minute",))]
    assert _hits("A 6.25 inch diameter shell.") == [("6.25 inch", ("6.25-inch",))]
    assert _hits("The farm covers a 20,000 acre estate.") == [("20,000 acre", ("20,000-acre",))]


def test_age_as_a_noun_or_modifier_gets_both_hyphens():
    assert _hits("The court jailed a 19 year old on Monday.") == [("19 year old", ("19-year-old",))]


def test_mid_before_a_period():
    assert _hits("It ended in the mid 1950s.") == [("mid 1950s", ("mid-1950s",))]
    assert _hits("By mid 19th century the town had grown.") == [("mid 19th century", ("mid-19th century",))]
    assert _hits("It ended in the mid-1950s.") == []


def test_plain_measures_and_predicates_are_left_alone():
    for text in ("The walk takes 20 minutes.", "He stands 6 foot tall.", "The march was 10 km long.",
                 "We are one step closer to a deal.", "The study was small scale.",
                 "In the long term, prices will fall.", "Over the long term the fund grew.",
                 "The 2011 stage play opened in May.", "He waited 20 minute by minute."):
        assert _hits(text) == [], text


def test_noun_and_participle_before_a_noun():
    assert _hits("In discovery driven planning, money follows milestones.") == [
        ("discovery driven", ("discovery-driven",))]
    assert _hits("A London based charity paid.") == [("London based", ("London-based",))]
    assert _hits("The plan was discovery driven.") == []
    assert _hits("The very based model works.") == []  # an adverb, not a noun, before the participle
