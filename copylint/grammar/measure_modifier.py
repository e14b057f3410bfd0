"""A number and unit before a noun written without their hyphen ("a 20 minute walk"):
``grammar.measure-modifier``, off by default. The patterns live with the other compound
modifiers in :mod:`copylint.grammar.compound_modifier`."""

from __future__ import annotations

from collections.abc import Iterator

from copylint.grammar.compound_modifier import MEASURE_RULE as RULE
from copylint.grammar.compound_modifier import find_measures
from copylint.grammar.hit import Hit
from copylint.grammar.stream import Word

__all__ = ["RULE", "find"]


def find(text: str, words: list[Word]) -> Iterator[Hit]:
    return find_measures(text)
