"""copylint's own newsroom grammar rules (the ``builtin`` grammar backend).

The rules live in ``copylint.grammar`` (one module per family); this check runs the
enabled ones over every prose segment when ``grammar.backends`` includes ``builtin``
or ``auto``. Word data is loaded once per process, on first use.

Dispatch: each segment's word stream is built once and shared by every rule. A rule family
declares ``TRIGGERS`` (the lowercase words its ``find`` looks at; ``NUMBER`` for number
tokens); one pass over the stream looks each word up in the table of enabled families'
triggers and collects, per family, the indexes where its triggers stand, and a family runs
only on those (not at all on a segment holding none). A family without ``TRIGGERS`` runs
on every word. The confusion rules are skipped on a segment holding none of their trigger
words; otherwise ``confusables.find`` gets their indexes as ``sites`` if it takes that
argument, else it walks the stream itself as before.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from functools import lru_cache
from types import ModuleType

from copylint.checks.base import Check, CheckContext, Finding, RuleInfo
from copylint.document import Document
from copylint.grammar import (
    a_an,
    agreement,
    article_name,
    comparatives,
    compound_modifier,
    confusables,
    contractions,
    date_preposition,
    day_preposition,
    determiners,
    fixed_phrase,
    institution_article,
    measure_modifier,
    missing_auxiliary,
    modal_of,
    ordinal_century,
    parallel_verbs,
    place_preposition,
    possessive_name,
    split_compound,
    tense_time,
    verb_as_noun,
    verb_form,
)
from copylint.grammar.stream import NUMBER, indexed_stream

_FAMILIES = (day_preposition, article_name, verb_form, a_an, agreement, parallel_verbs, modal_of, contractions, determiners,
             comparatives, date_preposition, tense_time, place_preposition, compound_modifier,
             measure_modifier, possessive_name, split_compound,
             fixed_phrase, institution_article, missing_auxiliary,
             verb_as_noun, ordinal_century)


class BuiltinGrammar(Check):
    rules: tuple[RuleInfo, ...] = tuple(f.RULE for f in _FAMILIES) + confusables.RULES
    segment_local = True  # every rule reads one segment's words

    def run(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        backends = ctx.settings.grammar.backends
        if "builtin" not in backends and "auto" not in backends:
            return
        families = tuple(f for f in _FAMILIES if ctx.is_enabled(f.RULE.id))
        confusable_ids = frozenset(r.id for r in confusables.RULES if ctx.is_enabled(r.id))
        if not families and not confusable_ids:
            return
        plan = _plan(families, confusable_ids)
        owners, numbers, everywhere = plan.owners, plan.numbers, plan.everywhere
        slots = len(families) + 1  # the last slot: the confusion rules' trigger words
        for seg in doc.segments:
            text = seg.text
            words, sites = indexed_stream(text, owners, numbers, slots)
            if not words:
                continue
            for k, family in enumerate(families):
                if k in everywhere:
                    found = family.find(text, words)
                elif sites[k]:
                    found = family.find(text, words, sites[k])
                else:
                    continue
                for hit in found:
                    yield Finding(hit.rule, seg, hit.start, hit.end, hit.message, hit.suggestions)
            if confusable_ids and (plan.confusion_triggers is None or sites[-1]):
                found = (confusables.find(text, words, confusable_ids, sites=sites[-1])
                         if plan.confusion_sites else confusables.find(text, words, confusable_ids))
                for hit in found:
                    yield Finding(hit.rule, seg, hit.start, hit.end, hit.message, hit.suggestions)


class _Plan:
    """Which families each trigger word wakes, for one set of enabled rules."""

    def __init__(self, families: tuple[ModuleType, ...], confusable_ids: frozenset[str]) -> None:
        owners: dict[str, list[int]] = {}
        numbers: list[int] = []
        self.everywhere = frozenset(k for k, f in enumerate(families) if getattr(f, "TRIGGERS", None) is None)
        for k, family in enumerate(families):
            for word in getattr(family, "TRIGGERS", None) or ():
                (numbers if word == NUMBER else owners.setdefault(word, [])).append(k)
        self.confusion_triggers = _confusion_triggers(confusable_ids) if confusable_ids else frozenset()
        # hand the trigger indexes to ``confusables.find`` only if it takes them
        self.confusion_sites = self.confusion_triggers is not None and _takes_sites(confusables.find)
        for word in self.confusion_triggers or ():
            owners.setdefault(word, []).append(len(families))
        self.owners = {word: tuple(ks) for word, ks in owners.items()}
        self.numbers = tuple(numbers)


@lru_cache(maxsize=32)
def _plan(families: tuple[ModuleType, ...], confusable_ids: frozenset[str]) -> _Plan:
    return _Plan(families, confusable_ids)


def _takes_sites(find: object) -> bool:
    try:
        return "sites" in inspect.signature(find).parameters  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False


def _confusion_triggers(enabled: frozenset[str]) -> frozenset[str] | None:
    """The words that wake an enabled confusion rule (``confusables.find`` looks up each
    word's ``low`` in that table and does nothing without a match), or None when the table
    is not available: then the confusion rules run on every segment."""
    table = getattr(confusables, "_by_trigger", None)
    if table is None:
        return None
    try:
        return frozenset(table(enabled))
    except Exception:  # noqa: BLE001 - a changed interface: fall back to always running
        return None
