"""grammar.possessive-name: a name's possessive written without its apostrophe."""

from __future__ import annotations

from copylint.api import lint_text
from copylint.config import Settings


def _hits(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(i.text, i.suggestions) for i in lint_text(text, "s.txt", Settings(), format="body")
            if i.rule == "grammar.possessive-name"]


def test_a_name_with_s_before_a_noun_when_the_bare_name_is_used_too():
    text = "Mark Antony marched east. On September 18 Antonys troops entered the capital."
    assert _hits(text) == [("Antonys", ("Antony's",))]


def test_without_the_bare_name_nothing_is_flagged():
    assert _hits("On September 18 Antonys troops entered the capital.") == []


def test_common_s_names_families_and_plural_subjects_are_left_alone():
    for text in ("Robert Williams spoke. William Roberts said Williams team won.",
                 "John Kennedy spoke. The Kennedys house was sold.",
                 "Digor is spoken there. Digors make the majority of the population.",
                 "Lina won. Linas and Naga left.",
                 "Iraq signed the deal. Iraq's army was not ready."):
        assert _hits(text) == [], text
