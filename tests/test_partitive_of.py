"""grammar.partitive-of beyond its examples, on sentences of our own."""

from __future__ import annotations

import pytest

from copylint.grammar import partitive_of
from copylint.grammar.stream import stream


def _hits(text: str) -> list[str]:
    return [text[h.start:h.end] for h in partitive_of.find(text, stream(text))]


@pytest.mark.parametrize(("text", "span"), [
    ("Many of farmers sold their herds.", "Many of farmers"),
    ("It is one of problems we face.", "one of problems"),
    ("Most of local shops shut at noon.", "Most of local shops"),
    ("Neither of brothers replied.", "Neither of brothers"),
    ("Any of applicants may appeal.", "Any of applicants"),
    ("Some of police on duty were unarmed.", "Some of police"),
])
def test_flags(text: str, span: str) -> None:
    assert _hits(text) == [span]


@pytest.mark.parametrize("text", [
    "Many of the farmers sold their herds.",
    "Most of us agreed.",
    "Most of Asia was cold.",
    "He was one of thousands who marched.",
    "She is one of triplets.",
    "The ace of spades won.",
    "Most of last year was wet.",
    "At most of those sites, work stopped.",
    "Some of its members quit.",
    "One of many options is a new road.",
    "Teams must make the most of chances.",
    "Most of, if not all, staff agreed.",
])
def test_leaves_alone(text: str) -> None:
    assert _hits(text) == []


def test_suggests_both_fixes() -> None:
    text = "Most of people agreed."
    hit = next(partitive_of.find(text, stream(text)))
    assert hit.suggestions == ("Most of the people", "Most people")
