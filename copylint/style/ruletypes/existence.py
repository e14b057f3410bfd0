"""``existence``: words, phrases or patterns that should not appear at all.

Keys: ``tokens`` (literal words or phrases, see :mod:`copylint.style.lexicon`) and/or
``patterns`` (regular expressions, matched as written; ``case: insensitive`` adds the
IGNORECASE flag), ``case`` (for tokens), ``exceptions`` (matched text to leave alone,
compared regardless of case), ``suggest`` (a fixed replacement; ``""`` means delete),
``ignore_quotes`` (skip matches in quoted speech; default true).
Message fields: ``{match}``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from copylint.checks.base import Finding
from copylint.style.lexicon import LiteralSet
from copylint.style.rule import Scan, StyleRule, compile_patterns, merge_patterns
from copylint.style.schema import CASE_MODES, Field, Spec, as_bool, as_str, choice, regex_list, str_list
from copylint.style.scopes import DocView


def folded(text: str) -> str:
    """Text compared regardless of case, spacing and apostrophe style."""
    return " ".join(text.replace("\u2019", "'").replace("\u02bc", "'").casefold().split())


class Existence(StyleRule):
    FIELDS = {
        "tokens": Field(str_list),
        "patterns": Field(regex_list),
        "case": Field(choice(CASE_MODES)),
        "exceptions": Field(str_list),
        "suggest": Field(as_str),
        "ignore_quotes": Field(as_bool),
    }
    MESSAGE_FIELDS = ("match",)
    GATED = True  # its findings are matches of its tokens or patterns

    def setup(self, spec: Spec) -> None:
        if not spec.has("tokens") and not spec.has("patterns"):
            raise spec.error(None, "an existence rule needs 'tokens' or 'patterns'")
        case = spec.get("case", "smart")
        self.literals = LiteralSet(spec.get("tokens"), case) if spec.has("tokens") else None
        flags = re.IGNORECASE if case == "insensitive" else 0
        self.patterns = [Scan(p) for p in merge_patterns(compile_patterns(spec, "patterns", flags))]
        self.exceptions = frozenset(folded(e) for e in spec.get("exceptions", ()))
        self.suggest: str | None = spec.get("suggest")
        self.ignore_quotes = spec.get("ignore_quotes", True)

    def literal_sets(self) -> list[LiteralSet]:
        return [self.literals] if self.literals else []

    def scans(self) -> list[Scan]:
        return self.patterns

    def run(self, view: DocView) -> Iterator[Finding]:
        spans = []
        if self.literals is not None:
            for hit in view.hits(self.literals.id):
                if view.in_scope(self.scope, hit.segment, hit.start, hit.end):
                    spans.append((hit.segment, hit.start, hit.end))
        if self.patterns:
            gates = [p.gate for p in self.patterns]
            for unit in view.units_for(self.scope, gates):
                text = unit.text
                for pattern in self.patterns:
                    if not view.may_match(pattern.gate, unit.index):
                        continue
                    for m in pattern.finditer(text):
                        if m.end() > m.start():
                            spans.append((unit.segment, unit.start + m.start(), unit.start + m.end()))
        suggestions = () if self.suggest is None else (self.suggest,)
        for seg, start, end in spans:
            matched = seg.text[start:end]
            if self.exceptions and folded(matched) in self.exceptions:
                continue
            if self.ignore_quotes and view.in_quotes(seg, start, end):
                continue
            yield self.finding(seg, start, end, suggestions, match=matched)
