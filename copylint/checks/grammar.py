"""copylint's own newsroom grammar rules (the ``builtin`` grammar backend).

The rules live in ``copylint.grammar`` (one module per family); this check runs the
enabled ones over every prose segment when ``grammar.backends`` includes ``builtin``
or ``auto``. Word data is loaded once per process, on first use.
"""

from __future__ import annotations

from collections.abc import Iterator

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
    measure_modifier,
    modal_of,
    parallel_verbs,
    place_preposition,
    possessive_name,
    tense_time,
    verb_form,
)
from copylint.grammar.stream import stream

_FAMILIES = (day_preposition, article_name, verb_form, a_an, agreement, parallel_verbs, modal_of, contractions, determiners,
             comparatives, date_preposition, tense_time, place_preposition, compound_modifier,
             measure_modifier, possessive_name)


class BuiltinGrammar(Check):
    rules: tuple[RuleInfo, ...] = tuple(f.RULE for f in _FAMILIES) + confusables.RULES
    segment_local = True  # every rule reads one segment's words

    def run(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        backends = ctx.settings.grammar.backends
        if "builtin" not in backends and "auto" not in backends:
            return
        families = [f for f in _FAMILIES if ctx.is_enabled(f.RULE.id)]
        confusable_ids = {r.id for r in confusables.RULES if ctx.is_enabled(r.id)}
        if not families and not confusable_ids:
            return
        for seg in doc.segments:
            text = seg.text
            words = stream(text)
            if not words:
                continue
            for family in families:
                for hit in family.find(text, words):
                    yield Finding(hit.rule, seg, hit.start, hit.end, hit.message, hit.suggestions)
            if confusable_ids:
                for hit in confusables.find(text, words, confusable_ids):
                    yield Finding(hit.rule, seg, hit.start, hit.end, hit.message, hit.suggestions)
