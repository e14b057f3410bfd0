"""grammar.missing-passive: spans, suggestions and the contexts it leaves alone, beyond the
rule's own examples (those run in tests/test_rule_examples.py)."""

from __future__ import annotations

import pytest

from copylint.config import GrammarSettings, Settings
from copylint.engine import Linter
from copylint.readers import parse

LINTER = Linter(Settings(enable=("grammar.missing-passive",), disable=("ALL",),
                         grammar=GrammarSettings(backends=("builtin",))))


def _issues(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(text[i.offset:i.end_offset], tuple(i.suggestions)) for i in LINTER.lint(parse(text, "t.txt", "txt"))]


@pytest.mark.parametrize(("text", "expected"), [
    ("They injured in the blast.", [("They injured", ("They were injured",))]),
    ("Reporters heard that she detained overnight.", [("she detained", ("she was detained",))]),
    ("It is a dispute in which we involved.", [("we involved", ("we were involved",))]),
    ("I educated abroad.", [("I educated", ("I was educated",))]),
    ("Years later he knighted for services to music.", [("he knighted", ("he was knighted",))]),
    ("He fell and he injured badly, then retired.", [("he injured", ("he was injured",))]),
    ("In 2001 she promoted to sergeant.", [("she promoted", ("she was promoted",))]),
])
def test_flags_with_span_and_fix(text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert _issues(text) == expected


@pytest.mark.parametrize("text", [
    "The officers he injured in the scuffle sued.",  # a relative clause: its object is "officers"
    "The suspects which they arrested in May were freed.",  # "which" not after a preposition
    "Had they injured anyone, the charge would stand.",  # a conditional
    "They charged at the barricade.",  # "charged" with an intransitive use before "at"
    "They posted on the forum daily.",
    "He raised in the meeting the question of pay.",
    "She injured her wrist.",
    "They arrested two men.",
    "He injured badly the reputation of the club.",  # an object after the adverb
    "It injured in the crash.",  # "it" is left out: it may be an object elsewhere
    "They trained in Leeds.",  # not on the list: also intransitive
    "World War I injured in spirit a generation.",  # "I" as a numeral (not the pronoun)
])
def test_left_alone(text: str) -> None:
    assert _issues(text) == []
