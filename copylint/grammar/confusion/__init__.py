"""Confusion rules decided by context and part of speech (issue 12): one module per family,
each exporting ``RULES`` and ``FINDERS`` (rule id -> (finder, trigger words)). A finder
gets a :class:`~copylint.grammar.confusion.context.Site` for each trigger word and asks for
tags only when the words alone do not decide."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from copylint.checks.base import RuleInfo
from copylint.grammar.confusion import (
    countable,
    frames,
    function_words,
    lookalikes,
    possessive_frames,
    pronouns,
    verbs,
    were_frames,
)
from copylint.grammar.confusion.context import Site
from copylint.grammar.hit import Hit

_MODULES = (pronouns, function_words, verbs, lookalikes, countable, frames, were_frames, possessive_frames)

Finder = Callable[[Site], Iterator[Hit]]

RULES: tuple[RuleInfo, ...] = tuple(r for m in _MODULES for r in m.RULES)
# (rule id, finder, trigger words); a rule may have several finders (``EXTRA_FINDERS`` add
# tag-decided contexts to the rules declared in ``copylint.grammar.confusables``)
FINDERS: list[tuple[str, Finder, frozenset[str]]] = [
    (rid, finder, triggers)
    for m in _MODULES
    for table in (m.FINDERS, getattr(m, "EXTRA_FINDERS", {}))
    for rid, (finder, triggers) in table.items()
]
#: finder -> its gate: ``gate(words, i)`` is True where the finder can yield nothing at
#: ``words[i]``, decided without a :class:`Site` (a speed path: each gate's test proves it
#: equal to its finder)
GATES: dict[Finder, Callable[[list, int], bool]] = {f: g for m in _MODULES for f, g in getattr(m, "GATES", {}).items()}
