"""grammar.verb-preposition beyond its examples: the exception frames its rationale names,
on sentences of our own."""

from __future__ import annotations

import pytest

from copylint.grammar import verb_preposition
from copylint.grammar.stream import stream


def _hits(text: str) -> list[str]:
    return [text[h.start:h.end] for h in verb_preposition.find(text, stream(text))]


@pytest.mark.parametrize(("text", "span"), [
    ("They will discuss about the new timetable.", "discuss about"),
    ("He has mentioned about the fee twice.", "mentioned about"),
    ("The squad comprises of twelve riders.", "comprises of"),
    ("The mayor emphasised on the cost of repairs.", "emphasised on"),
    ("Residents are still awaiting for news.", "awaiting for"),
    ("Many villages often lack of clean water.", "lack of"),
    ("The twins resemble with their grandfather.", "resemble with"),
    ("She is researching about old bridges.", "researching about"),
])
def test_flags(text: str, span: str) -> None:
    assert _hits(text) == [span]


@pytest.mark.parametrize("text", [
    "The panel discussed about a dozen cases.",            # "about" = roughly
    "They discussed about 40 complaints.",
    "The chief emphasised on Friday that no one was hurt.",  # a time
    "She emphasised on the radio that fares would rise.",    # a medium
    "Nothing was mentioned about the fee.",                  # a passive
    "The region is comprised of three valleys.",             # disputed, left alone
    "The patient died due to lack of oxygen.",               # a noun after "to"
    "A lack of rain hurt the harvest.",
    "His research about tides was published.",
    "The rope reached to the ground.",                       # "reach to" is English
    "She explained about the timetable.",
    "Fans awaited the draw.",
    "The topics we discussed about an hour ago were dull.",  # roughly an hour
    "He stressed on several occasions that he was innocent.",
    "She highlighted on her blog the risks of the scheme.",
    "The wall resembles to some extent a fortress.",
])
def test_leaves_alone(text: str) -> None:
    assert _hits(text) == []


def test_triggers_are_the_tables_verb_forms() -> None:
    """TRIGGERS is written out by hand (no word data at import): it must hold exactly the
    forms the verb table gives for the rule's verbs."""
    from copylint.grammar.lexicon import verb_form

    forms = {verb_form(lemma, tag) for lemma, (_, tags) in verb_preposition.VERB_PREPOSITIONS.items()
             for tag in tags} - {None}
    assert forms == set(verb_preposition.TRIGGERS)
