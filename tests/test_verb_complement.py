"""grammar.verb-complement: spans, suggestions and the contexts it leaves alone, beyond the
rule's own examples (those run in tests/test_rule_examples.py)."""

from __future__ import annotations

import pytest

from copylint.config import GrammarSettings, Settings
from copylint.engine import Linter
from copylint.readers import parse

LINTER = Linter(Settings(enable=("grammar.verb-complement",), disable=("ALL",),
                         grammar=GrammarSettings(backends=("builtin",))))


def _issues(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(text[i.offset:i.end_offset], tuple(i.suggestions)) for i in LINTER.lint(parse(text, "t.txt", "txt"))]


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
def test_flags_with_span_and_fix(text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert _issues(text) == expected


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
def test_left_alone(text: str) -> None:
    assert _issues(text) == []
