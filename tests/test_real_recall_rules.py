"""The rules added for real editors' fixes (issue 12): spans and suggestions beyond what
each rule's own examples check (those run in tests/test_rule_examples.py)."""

from __future__ import annotations

import pytest

from copylint.config import GrammarSettings, Settings
from copylint.engine import Linter
from copylint.readers import parse

RULES = ("grammar.split-compound", "grammar.fixed-phrase", "grammar.institution-article",
         "grammar.missing-auxiliary", "grammar.verb-as-noun", "grammar.ordinal-century")
LINTER = Linter(Settings(enable=RULES, disable=("ALL",), grammar=GrammarSettings(backends=("builtin",))))


def _issues(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(i.rule, text[i.offset:i.end_offset], tuple(i.suggestions))
            for i in LINTER.lint(parse(text, "t.txt", "txt"))]


@pytest.mark.parametrize(("text", "expected"), [
    ("Frost covered the hill sides.", ("grammar.split-compound", "hill sides", ("hillsides",))),
    ("Post men were called.", ("grammar.split-compound", "Post men", ("Postmen",))),
    ("It was, never the less, a draw.", ("grammar.split-compound", "never the less", ("nevertheless",))),
    ("Two thunder storms hit the coast.", ("grammar.split-compound", "thunder storms", ("thunderstorms",))),
    ("The deal is a case and point for reform.", ("grammar.fixed-phrase", "case and point", ("case in point",))),
    ("Deep seeded doubts remain.", ("grammar.fixed-phrase", "Deep seeded", ("Deep-seated",))),
    ("Low and behold, it rained.", ("grammar.fixed-phrase", "Low and behold", ("Lo and behold",))),
    ("Crews towed the line for years.", ("grammar.fixed-phrase", "towed the line", ("toed the line",))),
    ("She later co-founded Kenyan Academy of Arts.",
     ("grammar.institution-article", "co-founded Kenyan Academy of Arts",
      ("co-founded the Kenyan Academy of Arts",))),
    ("They sued Council of Elders.",
     ("grammar.institution-article", "sued Council of Elders", ("sued the Council of Elders",))),
    ("He born in 1961.", ("grammar.missing-auxiliary", "He born", ("He was born",))),
    ("We gone home.", ("grammar.missing-auxiliary", "We gone", ("We have gone", "We were gone"))),
    ("Diaz entered the compete in June.", ("grammar.verb-as-noun", "the compete", ("the competition",))),
    ("The witness began his testify.", ("grammar.verb-as-noun", "his testify", ("his testimony",))),
    ("In the opening years of the 18th, few mills survived.",
     ("grammar.ordinal-century", "18th,", ("18th century,",))),
])
def test_span_and_fix(text: str, expected: tuple[str, str, tuple[str, ...]]) -> None:
    assert _issues(text) == [expected]


@pytest.mark.parametrize("text", [
    "Visit the Air Port Cafe on Main Street.",  # a name inside a sentence
    "The self-made sea-bed survey ended.",
    "It was never the last word.",  # "never the" only with "less" after it
    "The story of the case and its point is long.",
    "Never have they seen such crowds.",
    "It was made known that they left.",
    "In 1944 he wounded badly the pride of his rivals.",  # a past tense: the harm-verb branch is gone
    "They injured seriously two guards.",
    "The first half of the 18th and 19th centuries saw growth.",
    "The 17th century ended and the opening years of the 18th, a quiet time, began.",  # ellipsis with its noun
    "She joined the Ministry of Fisheries in 2004.",
    "Those compete hardest who need it most.",
    "A tug had to tow the line of barges.",  # literal
    "He ended up coming second.",
])
def test_left_alone(text: str) -> None:
    assert _issues(text) == []


def test_ordinal_century_is_off_by_default() -> None:
    linter = Linter(Settings(grammar=GrammarSettings(backends=("builtin",))))
    text = "In the opening years of the 18th, few mills survived."
    assert [i.rule for i in linter.lint(parse(text, "t.txt", "txt"))
            if i.rule == "grammar.ordinal-century"] == []
    assert linter.rules["grammar.ordinal-century"].default_enabled is False


def test_possessive_compound_keeps_its_apostrophe() -> None:
    assert _issues("The outage crashed the web site\u2019s shop.") == [
        ("grammar.split-compound", "web site\u2019s", ("website\u2019s",))]
