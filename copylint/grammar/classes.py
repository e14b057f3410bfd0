"""Closed word classes the grammar rules share (lowercase)."""

from __future__ import annotations

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import Final

DETERMINERS: Final = frozenset(
    "the a an this that these those his her their its our my your some any no every each another "
    "many several few both all most".split()
)
POSSESSIVES: Final = frozenset("his her their its our my your whose".split())
SUBJECT_PRONOUNS: Final = frozenset("i he she it we they you".split())
OBJECT_PRONOUNS: Final = frozenset("me him her us them".split())
PREPOSITIONS: Final = frozenset(
    "in on at to for from with by over under into onto about against through across during near "
    "outside inside among between without within beyond toward towards upon around behind beside "
    "despite via per amid like off".split()
)
CONJUNCTIONS: Final = frozenset(
    "and but or nor so yet because although though while whereas when whenever where if unless "
    "until since after before as than that which who whom once".split()
)
AUXILIARIES: Final = frozenset(
    "am is are was were be been being has have had having do does did will would can could shall "
    "should may might must isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't "
    "won't wouldn't can't cannot couldn't shouldn't mustn't".split()
)
# nouns for a body of people, which take a singular or a plural verb ("the team is/are"); each
# rule adds the collectives and quantities it also needs
COLLECTIVE_NOUNS: Final = frozenset(
    "team police staff government party club side band group council committee board company firm crew family".split()
)
SAY_VERBS: Final = frozenset("said says say saying told tells added adds claimed claims argued argues".split())
