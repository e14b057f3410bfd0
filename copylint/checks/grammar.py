"""copylint's own newsroom grammar rules (the ``builtin`` grammar backend).

The rules live in ``copylint.grammar`` (one module per family); this check runs the
enabled ones over every prose segment when ``grammar.backends`` includes ``builtin``
or ``auto``. Word data is loaded once per process, on first use.

Dispatch: each segment's word stream is built once and shared by every rule. A rule family
declares ``TRIGGERS`` (the lowercase words its ``find`` looks at; ``NUMBER`` for number
tokens); one pass over the stream looks each word up in the table of enabled families'
triggers and collects, per family, the indexes where its triggers stand, and a family runs
only on those (not at all on a segment holding none). A family may instead declare
``TRIGGER_PATTERN`` (a regex a token's text must hold: searched once per distinct token
text, when its ``low`` form is made); one with neither runs on every segment. The confusion
rules are skipped on a segment holding none of their trigger words; otherwise
``confusables.find`` gets their indexes as ``sites``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from itertools import compress

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
    missing_passive,
    missing_to,
    modal_of,
    noun_number,
    ordinal_century,
    parallel_verbs,
    partitive_of,
    place_preposition,
    possessive_name,
    split_compound,
    tense_time,
    to_gerund,
    verb_as_noun,
    verb_complement,
    verb_form,
    verb_preposition,
)
from copylint.grammar.hit import Hit
from copylint.grammar.stream import NUMBER, Triggers, Word, indexed_stream

_FAMILIES = (day_preposition, article_name, verb_form, a_an, agreement, parallel_verbs, modal_of, contractions, determiners,
             comparatives, date_preposition, tense_time, place_preposition, compound_modifier,
             measure_modifier, possessive_name, split_compound,
             fixed_phrase, institution_article, missing_auxiliary, missing_passive, missing_to,
             verb_as_noun, verb_complement, ordinal_century, noun_number, verb_preposition, partitive_of, to_gerund)


class BuiltinGrammar(Check):
    rules: tuple[RuleInfo, ...] = tuple(f.RULE for f in _FAMILIES) + confusables.RULES
    segment_local = True  # every rule reads one segment's words

    def run(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        backends = ctx.settings.grammar.backends
        if "builtin" not in backends and "auto" not in backends:
            return
        plan = _plan(frozenset(ctx.enabled))  # (the same object when it is a frozenset already)
        if not plan.finds:
            return
        triggers, finds, everywhere = plan.triggers, plan.finds, plan.everywhere
        spare: list[Word] = []  # the Words of this document's segments done with, filled again
        for seg in doc.segments:
            text = seg.text
            words, sites = indexed_stream(text, triggers, spare)
            if not words:
                continue
            for k in everywhere:
                sites[k] = words  # (any non-empty list: such a reader runs on every segment)
            # (``compress`` passes over the readers with no sites in C: most readers have none)
            for here, find in compress(zip(sites, finds, strict=True), sites):
                for hit in find(text, words, here):
                    yield Finding(hit.rule, seg, hit.start, hit.end, hit.message, hit.suggestions)
            # every reader is done with this segment's words (hits hold offsets, not words): the
            # next segment refills them (a new list, so the tagger's memo of this stream is not
            # taken for the next one's); the longer of the two lists is kept
            spare = words + spare[len(words):] if len(spare) > len(words) else words


Finder = Callable[[str, list[Word], list[int]], Iterable[Hit]]


class _Plan:
    """The enabled rules, and which readers each trigger word wakes: reader ``k`` is the
    ``k``-th enabled family, the last reader the confusion rules."""

    def __init__(self, enabled: frozenset[str]) -> None:
        families = tuple(f for f in _FAMILIES if f.RULE.id in enabled)
        confusable_ids = frozenset(r.id for r in confusables.RULES if r.id in enabled)
        owners: dict[str, list[int]] = {}
        numbers: list[int] = []
        shapes = tuple((f.TRIGGER_PATTERN, k) for k, f in enumerate(families) if _shaped(f))
        for k, family in enumerate(families):
            for word in getattr(family, "TRIGGERS", None) or ():
                (numbers if word == NUMBER else owners.setdefault(word, [])).append(k)
        if confusable_ids:
            for word in confusables.trigger_words(confusable_ids):
                owners.setdefault(word, []).append(len(families))
        #: the families without TRIGGERS or TRIGGER_PATTERN, which run on every segment
        self.everywhere = tuple(k for k, f in enumerate(families)
                                if getattr(f, "TRIGGERS", None) is None and not _shaped(f))
        #: reader ``k``'s ``find(text, words, its sites)``, in reader order
        self.finds: tuple[Finder, ...] = tuple(
            _everywhere(f.find) if k in self.everywhere else f.find for k, f in enumerate(families)
        ) + ((_confusion_rules(confusable_ids),) if confusable_ids else ())
        self.triggers = Triggers({word: tuple(ks) for word, ks in owners.items()}, tuple(numbers), len(self.finds),
                                 shapes)


def _shaped(family: object) -> bool:
    """A family that runs at the tokens whose text its ``TRIGGER_PATTERN`` finds in."""
    return getattr(family, "TRIGGER_PATTERN", None) is not None


def _everywhere(find: Callable[[str, list[Word]], Iterable[Hit]]) -> Finder:
    """A family without TRIGGERS, called without sites (it reads every word)."""
    return lambda text, words, _sites: find(text, words)


def _confusion_rules(ids: frozenset[str]) -> Finder:
    """The enabled confusion rules as one reader."""
    return lambda text, words, sites: confusables.find(text, words, ids, sites)


@lru_cache(maxsize=32)
def _plan(enabled: frozenset[str]) -> _Plan:
    """The plan for one set of enabled rule ids (every document of a run has the same)."""
    return _Plan(enabled)
