"""grammar.missing-passive and grammar.verb-complement (s29): spans, suggestions and the
contexts each leaves alone, beyond the rules' own examples (those run in
tests/test_rule_examples.py)."""

from __future__ import annotations

from functools import cache

import pytest

from copylint.config import GrammarSettings, Settings
from copylint.engine import Linter
from copylint.readers import parse


@cache
def _linter(rule: str) -> Linter:
    return Linter(Settings(enable=(rule,), disable=("ALL",), grammar=GrammarSettings(backends=("builtin",))))


def _issues(rule: str, text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(text[i.offset:i.end_offset], tuple(i.suggestions)) for i in _linter(rule).lint(parse(text, "t.txt", "txt"))]


@pytest.mark.parametrize(("text", "expected"), [
    ("They injured in the blast.", [("They injured", ("They were injured",))]),
    ("Reporters heard that she detained overnight.", [("she detained", ("she was detained",))]),
    ("It is a dispute in which we involved.", [("we involved", ("we were involved",))]),
    ("I educated abroad.", [("I educated", ("I was educated",))]),
    ("Years later he knighted for services to music.", [("he knighted", ("he was knighted",))]),
    ("He fell and he injured badly, then retired.", [("he injured", ("he was injured",))]),
    ("In 2001 she promoted to sergeant.", [("she promoted", ("she was promoted",))]),
])
def test_missing_passive_flags(text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert _issues("grammar.missing-passive", text) == expected


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
def test_missing_passive_leaves_alone(text: str) -> None:
    assert _issues("grammar.missing-passive", text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("They avoided to pay tax.", [("avoided to pay", ("avoided paying",))]),
    ("Pupils enjoy to swim.", [("enjoy to swim", ("enjoy swimming",))]),
    ("The club is delaying to announce its squad.", [("delaying to announce", ("delaying announcing",))]),
    ("He made them to sign.", [("made them to sign", ("made them sign",))]),
    ("Let us to begin.", [("Let us to begin", ("Let us begin",))]),
    ("Rain prevented them to finish.", [("prevented them to finish", ("prevented them from finishing",))]),
    ("The device is incapable to store data.", [("incapable to store", ("incapable of storing",))]),
    ("She insisted to remain.", [("insisted to remain", ("insisted on remaining",))]),
    ("They succeeded to reduce it.", [("succeeded to reduce", ("succeeded in reducing",))]),
])
def test_verb_complement_flags(text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert _issues("grammar.verb-complement", text) == expected


@pytest.mark.parametrize("text", [
    "The launch was delayed to allow more tests.",  # a passive and a purpose clause
    "The launch had been postponed to allow more tests.",
    "The final was postponed to spring.",  # "to" + a noun that is also a verb
    "The vote was delayed to March.",
    "She insisted to police that she was innocent.",
    "The general succeeded to power in 1970.",
    "They made it to the final.",
    "He was made to wait.",
    "She quit to join a rival.",
    "They stopped them to ask for papers.",
    "He avoided to-do lists.",
    "We enjoy to the full what the town offers.",
])
def test_verb_complement_leaves_alone(text: str) -> None:
    assert _issues("grammar.verb-complement", text) == []
