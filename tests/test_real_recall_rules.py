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
    ("Snow covered the mountain sides.", ("grammar.split-compound", "mountain sides", ("mountainsides",))),
    ("Police men were called.", ("grammar.split-compound", "Police men", ("Policemen",))),
    ("It was, never the less, a win.", ("grammar.split-compound", "never the less", ("nevertheless",))),
    ("The extent in which it matters is unclear.",
     ("grammar.fixed-phrase", "extent in which", ("extent to which",))),
    ("Deep seeded fears remain.", ("grammar.fixed-phrase", "Deep seeded", ("Deep-seated",))),
    ("He later co-founded Pakistan Academy of Sciences.",
     ("grammar.institution-article", "co-founded Pakistan Academy of Sciences",
      ("co-founded the Pakistan Academy of Sciences",))),
    ("She born in 1950.", ("grammar.missing-auxiliary", "She born", ("She was born",))),
    ("They gone home.", ("grammar.missing-auxiliary", "They gone", ("They have gone", "They were gone"))),
    ("In 1942 he wounded badly.", ("grammar.missing-auxiliary", "he wounded", ("he was wounded",))),
    ("Lopez joined the compete in May.", ("grammar.verb-as-noun", "the compete", ("the competition",))),
    ("In the second half of the 20th, few farms survived.",
     ("grammar.ordinal-century", "20th,", ("20th century,",))),
])
def test_span_and_fix(text: str, expected: tuple[str, str, tuple[str, ...]]) -> None:
    assert _issues(text) == [expected]


@pytest.mark.parametrize("text", [
    "Visit the Air Port Cafe on Main Street.",  # a name inside a sentence
    "The self-made sea-bed survey ended.",
    "It was never the last word.",  # "never the" only with "less" after it
    "The story of the extent in hectares is long.",
    "Never have they seen such crowds.",
    "It was made known that they left.",
    "The second half of the 20th and 21st centuries saw growth.",
    "He joined the Ministry of Defence in 2004.",
    "Those compete hardest who need it most.",
])
def test_left_alone(text: str) -> None:
    assert _issues(text) == []


def test_possessive_compound_keeps_its_apostrophe() -> None:
    assert _issues("The attack crashed the web site\u2019s database.") == [
        ("grammar.split-compound", "web site\u2019s", ("website\u2019s",))]
