"""``substitution``: use X, not Y, with X offered as the fix.

Keys: ``swap`` (a mapping of what to avoid to what to write), ``regex`` (the swap keys
are regular expressions and the values replacement templates, ``\\1`` or ``\\g<name>``;
default false: the keys are literal tokens), ``case`` (literal keys: smart by default;
regex keys are case-sensitive unless ``case: insensitive``), ``exceptions``,
``ignore_quotes`` (default true). A key matched regardless of case gets its replacement
in the matched case ("Per cent" -> "Percent"). Message fields: ``{match}``, ``{suggestion}``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from copylint.checks.base import Finding
from copylint.style.lexicon import LiteralSet, keep_case, mind_the_full_stop
from copylint.style.regexes import LazyPattern, RegexError, compile_regex
from copylint.style.rule import Alternation, Scan, StyleRule
from copylint.style.ruletypes.existence import folded
from copylint.style.schema import CASE_MODES, Field, Spec, as_bool, choice, str_list, str_map
from copylint.style.scopes import DocView, Unit


class Substitution(StyleRule):
    FIELDS = {
        "swap": Field(str_map, required=True),
        "regex": Field(as_bool),
        "case": Field(choice(CASE_MODES)),
        "exceptions": Field(str_list),
        "ignore_quotes": Field(as_bool),
    }
    MESSAGE_FIELDS = ("match", "suggestion")
    GATED = True  # its findings are matches of its tokens or patterns

    def setup(self, spec: Spec) -> None:
        pairs = spec.get("swap").items
        case = spec.get("case", "smart")
        self.regex = spec.get("regex", False)
        self.replacements = [value for _, value, _ in pairs]
        self.exceptions = frozenset(folded(e) for e in spec.get("exceptions", ()))
        self.ignore_quotes = spec.get("ignore_quotes", True)
        self.literals: LiteralSet | None = None
        self.keys: list[re.Pattern[str]] = []
        self.keep_case = False
        if not self.regex:
            self.literals = LiteralSet([key for key, _, _ in pairs], case)
            return
        src, _ = spec.node("swap")
        flags = re.IGNORECASE if case == "insensitive" else 0
        self.keep_case = case == "insensitive"
        for key, value, key_node in pairs:
            try:
                pattern = compile_regex(key, flags, trusted=src.trusted)
            except RegexError as exc:
                raise src.error(key_node, str(exc)) from None
            try:
                if not isinstance(pattern, LazyPattern):  # (a lazy one's template was checked when cached)
                    pattern.sub(value, "")  # checks the template's group references
            except (re.error, IndexError) as exc:
                raise src.error(key_node, f"invalid replacement {value!r} for {key!r}: {exc}") from None
            self.keys.append(pattern)
        self.alternation = Alternation(self.keys)

    def literal_sets(self) -> list[LiteralSet]:
        return [self.literals] if self.literals else []

    def scans(self) -> list[Scan]:
        return self.alternation.scans if self.regex else []

    def _regex_matches(self, view: DocView, unit: Unit) -> Iterator[tuple[int, int, str]]:
        gated = view.multiscan is not None and any(scan.gate is not None for scan in self.alternation.scans)
        may = (lambda scan: view.may_match(scan.gate, unit.index)) if gated else None
        for i, m in self.alternation.finditer(unit.text, may):
            replacement = self.replacements[i]
            # (a replacement without a backslash expands to itself; Python 3.11 parses it at each expand)
            yield m.start(), m.end(), m.expand(replacement) if "\\" in replacement else replacement

    def run(self, view: DocView) -> Iterator[Finding]:
        found = []
        if self.literals is not None:
            for hit in view.hits(self.literals.id):
                if not view.in_scope(self.scope, hit.segment, hit.start, hit.end):
                    continue
                matched = hit.segment.text[hit.start:hit.end]
                replacement = self.replacements[hit.token]
                if self.literals.insensitive[hit.token]:
                    replacement = keep_case(matched, replacement)
                found.append((hit.segment, hit.start, hit.end, replacement))
        else:
            for unit in view.units_for(self.scope, [scan.gate for scan in self.alternation.scans]):
                for start, end, replacement in self._regex_matches(view, unit):
                    a, b = unit.start + start, unit.start + end
                    if self.keep_case:
                        replacement = keep_case(unit.segment.text[a:b], replacement)
                    found.append((unit.segment, a, b, replacement))
        for seg, start, end, replacement in found:
            end, replacement = mind_the_full_stop(seg.text, start, end, replacement)
            matched = seg.text[start:end]
            if matched == replacement:
                continue
            if self.exceptions and folded(matched) in self.exceptions:
                continue
            if self.ignore_quotes and view.in_quotes(seg, start, end):
                continue
            yield self.finding(seg, start, end, (replacement,), match=matched, suggestion=replacement)
