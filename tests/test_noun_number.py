"""grammar.noun-number beyond its examples: the hard cases its rationale names, on
sentences of our own."""

from __future__ import annotations

import pytest

from copylint.grammar import noun_number
from copylint.grammar.stream import stream


def _hits(text: str) -> list[str]:
    return [text[h.start:h.end] for h in noun_number.find(text, stream(text))]


@pytest.mark.parametrize(("text", "span"), [
    ("The works will take nine month to finish.", "nine month"),
    ("Only a few visitor came to the opening.", "a few visitor"),
    ("Hundreds of fan queued overnight.", "Hundreds of fan"),
    ("She waited for 12 hour before the flight left.", "12 hour"),
    ("He has lived abroad for thirty year.", "thirty year"),
    ("The firm cut 1,500 job in the spring.", "1,500 job"),
    ("Both of the bridge were shut.", "bridge"),
    ("Tuesday brought one of the worst storm of the winter.", "storm"),
    ("The shop sold a couple of bicycle on Friday.", "a couple of bicycle"),
    ("The vote came six week after the debate.", "six week"),
    ("The ship sank two hundred year ago.", "two hundred year"),
])
def test_flags(text: str, span: str) -> None:
    assert _hits(text) == [span]


@pytest.mark.parametrize("text", [
    "They agreed a five year lease.",          # a compound modifier: another rule's matter
    "The talks lasted two years.",
    "Three Mile Island is in Pennsylvania.",   # a name
    "Will you three stay for lunch?",          # the number stands for people
    "The 1999 season was his best.",           # a year
    "He wore the 23 shirt for a decade.",      # a label after "the"
    "The score was 4-2 overall.",              # joined to what precedes
    "He is six foot tall.",                    # an invariable measure
    "The boat landed ten salmon in an hour.",  # a zero plural
    "Dozens of police were deployed.",         # a plural sense
    "She was one of the crew on the flight.",  # a member of a group
    "The two plan to marry in June.",          # a verb after "the two"
    "The council bought fifty new houses.",
    "Read section three before the exam.",     # a label
    "With 12 opening this year, the chain grew.",  # an absolute clause
    "They laid 40 gas and power cables.",      # "gas" modifies "cables"
    "It cost two percent more than planned.",
    "A few more volunteers arrived.",
    "She paid for a 40 minute lesson.",
    "Few doubt that the plan will pass.",      # "few" alone is a pronoun
    "There is a one in ten chance of rain.",   # odds
    "She has a 1 in 5 chance of winning.",
])
def test_leaves_alone(text: str) -> None:
    assert _hits(text) == []


def test_a_number_inside_a_partitive_is_flagged_once() -> None:
    assert _hits("Only one of the two engine worked.") == ["two engine"]


def test_one_of_is_said_once() -> None:
    """"one of the winner" is grammar.determiner-noun's alert: this rule does not repeat it."""
    assert _hits("He was one of the winner of the prize.") == []
