"""grammar.possessive-name: a name's possessive written without its apostrophe."""

from __future__ import annotations

from copylint.api import lint_text
from copylint.config import Settings


def _hits(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(i.text, i.suggestions) for i in lint_text(text, "s.txt", Settings(), format="body")
            if i.rule == "grammar.possessive-name"]


def test_a_name_with_s_before_a_noun_when_the_bare_name_is_used_too():
    text = "Eva Marlowe ran the lab. Last year Marlowes team found the gene."
    assert _hits(text) == [("Marlowes", ("Marlowe's",))]


def test_without_the_bare_name_nothing_is_flagged():
    assert _hits("Last year Marlowes team found the gene.") == []


def test_common_s_names_families_and_plural_subjects_are_left_alone():
    for text in ("Ana Varga spoke. Vargas team won the cup.",
                 "John Brandt spoke. The Brandts house was sold.",
                 "Vellan is spoken there. Vellans make the bulk of the farmers.",
                 "Marlowe won. Marlowes and Greys left early.",
                 "Peru held a vote. Peru's count was praised."):
        assert _hits(text) == [], text
