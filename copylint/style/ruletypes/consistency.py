"""``consistency``: one of two (or more) forms per document; the minority form is flagged.

Keys: ``either`` (a list of groups; each group lists the forms that should not be mixed:
``[US, U.S.]``), ``regex`` (forms are regular expressions), ``case``, ``ignore_quotes``
(default false: how the publication renders a quotation is its own choice).

A form is a string, or a mapping of alternatives to the text that converts each into
the group's other form (used as the fix: ``{'\u201c': '"', '\u201d': '"'}``). With plain
literal forms, the fix is the majority form itself. The form used most often in the
document wins; on a tie, the one used first. Message fields: ``{match}`` (this
occurrence), ``{other}`` (the winning form, as first written), ``{count}`` (how often it
is used), ``{this_count}``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from copylint.checks.base import Finding
from copylint.document import SEGMENT_KINDS, Segment
from copylint.records import record
from copylint.style.lexicon import LiteralSet, keep_case, mind_the_full_stop
from copylint.style.regexes import RegexError, compile_regex, first_literal, is_python_pattern, single_character
from copylint.style.rule import Alternation, Scan, StyleRule
from copylint.style.schema import CASE_MODES, Field, Spec, Src, as_bool, as_str, as_text, choice, items, mapping
from copylint.style.scopes import DocView

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import NamedTuple

    import yaml
else:
    from copylint.named_tuple import NamedTuple


@record(frozen=True)
class Alternative:
    text: str  # literal token or regex
    fix: str | None  # what converts it into the other form
    node: yaml.Node


Form = tuple[Alternative, ...]


def as_groups(src: Src, node: yaml.Node) -> tuple[tuple[Form, ...], ...]:
    import yaml  # (a YAML file is being read: the library is loaded)

    groups = []
    for group_node in items(src, node, "a list of groups of forms"):
        if not isinstance(group_node, yaml.SequenceNode):
            raise src.error(group_node, "each group must be a list of at least two forms, e.g. [US, U.S.]")
        forms: list[Form] = []
        for form_node in group_node.value:
            if isinstance(form_node, yaml.MappingNode):
                alts = tuple(Alternative(key, as_str(src, value), key_node)
                             for key, (key_node, value) in mapping(src, form_node).items())
                if not alts:
                    raise src.error(form_node, "a form mapping needs at least one alternative")
                forms.append(alts)
            else:
                forms.append((Alternative(as_text(src, form_node), None, form_node),))
        if len(forms) < 2:
            raise src.error(group_node, "a group needs at least two forms")
        groups.append(tuple(forms))
    if not groups:
        raise src.error(node, "expected at least one group of forms")
    return tuple(groups)


class Occurrence(NamedTuple):
    segment: Segment
    start: int
    end: int
    form: int
    alt: int
    order: tuple[int, int]


class Consistency(StyleRule):
    FIELDS = {
        "either": Field(as_groups, required=True),
        "regex": Field(as_bool),
        "case": Field(choice(CASE_MODES)),
        "ignore_quotes": Field(as_bool),
    }
    MESSAGE_FIELDS = ("match", "other", "count", "this_count")
    GATED = True  # its findings are matches of its tokens or patterns

    def setup(self, spec: Spec) -> None:
        self.groups: tuple[tuple[Form, ...], ...] = spec.get("either")
        self.regex = spec.get("regex", False)
        self.ignore_quotes = spec.get("ignore_quotes", False)
        case = spec.get("case", "smart")
        src, _ = spec.node("either")
        # (group, form, alternative) of each token / pattern
        self.where: list[tuple[int, int, int]] = []
        texts = []
        for g, forms in enumerate(self.groups):
            for f, form in enumerate(forms):
                for a, alt in enumerate(form):
                    self.where.append((g, f, a))
                    texts.append(alt)
        self.literals: LiteralSet | None = None
        self.patterns: list[re.Pattern[str]] = []
        if not self.regex:
            self.literals = LiteralSet([alt.text for alt in texts], case)
        else:
            flags = re.IGNORECASE if case == "insensitive" else 0
            for alt in texts:
                try:
                    self.patterns.append(compile_regex(alt.text, flags, trusted=src.trusted))
                except RegexError as exc:
                    raise src.error(alt.node, str(exc)) from None
            self.alternation = Alternation(self.patterns)
        self.case = case
        self._first: list[str] | None = None  # the literal character each pattern begins with, or ""
        self.by_character = self._by_character()

    def _by_character(self) -> dict[str, tuple[int, int, list[int]]] | None:
        """When every match of the rule is one character, counted by form with ``str.count``:
        each character -> (group, form, the patterns that can match it, in order). That is
        when the rule reads every segment whole, its forms are patterns, each pattern
        matches one literal character by case (:func:`single_character`), and the patterns
        of each character belong to one form and one of them is the bare character (so
        every occurrence of the character is a match of that form, credited as the
        alternation credits it). None otherwise (most rules)."""
        if not self.regex or self.ignore_quotes or not set(SEGMENT_KINDS) <= self.scope.whole \
                or not all(is_python_pattern(p) for p in self.patterns):
            return None
        chars: dict[str, tuple[int, int, list[int]]] = {}
        bare: set[str] = set()
        for i, (pattern, (g, f, _)) in enumerate(zip(self.patterns, self.where, strict=True)):
            single = single_character(pattern.pattern, pattern.flags)
            if single is None or single[0] == "\x00":
                return None
            char, alone = single
            known = chars.setdefault(char, (g, f, []))
            if known[:2] != (g, f):
                return None  # two forms begin with the character: which one a match is needs the patterns
            known[2].append(i)
            if alone:
                bare.add(char)
        return chars if bare == set(chars) else None

    def literal_sets(self) -> list[LiteralSet]:
        return [self.literals] if self.literals else []

    def scans(self) -> list[Scan]:
        return self.alternation.scans if self.regex else []

    def _occurrences(self, view: DocView) -> Iterator[tuple[Segment, int, int, int]]:
        """(segment, start, end, index into self.where)."""
        if self.literals is not None:
            for hit in view.hits(self.literals.id):
                if view.in_scope(self.scope, hit.segment, hit.start, hit.end):
                    yield hit.segment, hit.start, hit.end, hit.token
            return
        gates = [scan.gate for scan in self.alternation.scans]
        gated = view.multiscan is not None and any(g is not None for g in gates)
        for unit in view.units_for(self.scope, gates):
            may = (lambda scan, i=unit.index: view.may_match(scan.gate, i)) if gated else None
            for i, m in self.alternation.finditer(unit.text, may):
                yield unit.segment, unit.start + m.start(), unit.start + m.end(), i

    def _mixed_possible(self, view: DocView) -> bool:
        """Whether some group may have two forms in the document (a mix is all this rule
        reports), from the multi-pattern pass: a form is possible where one of its patterns'
        gates was found, or where the character it begins with occurs."""
        found = view.multipass()
        if found is None or not self.regex:
            return True
        if self._first is None:
            self._first = [first_literal(p.pattern) if not p.flags & re.IGNORECASE else "" for p in self.patterns]
        possible: dict[int, set[int]] = {}
        for i, (g, f, _) in enumerate(self.where):
            gate, first = self.alternation.scans[i].gate, self._first[i]
            if (gate in found.gates) if gate is not None else (not first or first in found.joined):
                possible.setdefault(g, set()).add(f)
        return any(len(forms) > 1 for forms in possible.values())

    def run(self, view: DocView) -> Iterator[Finding]:
        if not self._mixed_possible(view):
            return  # one form at most in each group: nothing is mixed
        if self.by_character is not None:
            yield from self._run_by_character(view, self.by_character)
            return
        per_group: dict[int, list[Occurrence]] = {}
        for seg, start, end, i in self._occurrences(view):
            if self.ignore_quotes and view.in_quotes(seg, start, end):
                continue
            g, f, a = self.where[i]
            per_group.setdefault(g, []).append(Occurrence(seg, start, end, f, a, (view.index_of(seg), start)))
        for g, occurrences in per_group.items():
            yield from self._judge(g, occurrences)

    def _run_by_character(self, view: DocView, chars: dict[str, tuple[int, int, list[int]]]) -> Iterator[Finding]:
        """:meth:`run` for a rule whose matches are single characters (:meth:`_by_character`):
        each form counted with ``str.count`` over the document's text and its first match
        found with ``str.find``; only the matches of the forms that lose are visited (most
        marks of an article are of the form that wins)."""
        segments = view.segments
        found = view.multipass()
        if found is not None:
            joined, starts = found.joined, found.starts
        else:
            joined = "\x00".join(seg.text for seg in segments)
            starts = []
            pos = 0
            for seg in segments:
                starts.append(pos)
                pos += len(seg.text) + 1
        counts: dict[int, dict[int, int]] = {}  # group -> form -> matches
        firsts: dict[int, dict[int, int]] = {}  # group -> form -> where its first match is in joined
        for char, (g, f, _) in chars.items():
            n = joined.count(char)
            if n:
                forms = counts.setdefault(g, {})
                forms[f] = forms.get(f, 0) + n
                at = joined.find(char)
                seen = firsts.setdefault(g, {})
                if f not in seen or at < seen[f]:
                    seen[f] = at
        for g in sorted(counts, key=lambda g: min(firsts[g].values())):  # (groups in order of first use, as run's)
            forms = counts[g]
            if len(forms) < 2:
                continue
            first = firsts[g]
            winner = max(forms, key=lambda f: (forms[f], -first[f]))
            losing = [(char, patterns) for char, (cg, f, patterns) in chars.items() if cg == g and f != winner]
            where = sorted((pos, patterns) for char, patterns in losing for pos in _positions(joined, char))
            located = [self._located(view, starts, at, patterns) for at, patterns in where]
            model = self._located(view, starts, first[winner], chars[joined[first[winner]]][2])
            yield from self._report(g, forms, {winner: model}, winner, located)

    def _located(self, view: DocView, starts: list[int], at: int, patterns: list[int]) -> Occurrence:
        """The match of the character at ``at`` in the joined text, credited to the first of
        ``patterns`` (those that can match it, in order) that matches there."""
        i = bisect_right(starts, at) - 1
        seg, start = view.segments[i], at - starts[i]
        k = next(k for k in patterns if self.patterns[k].match(seg.text, start) is not None)
        _, f, a = self.where[k]
        return Occurrence(seg, start, start + 1, f, a, (i, start))

    def _judge(self, g: int, occurrences: list[Occurrence]) -> Iterator[Finding]:
        counts: dict[int, int] = {}
        first: dict[int, Occurrence] = {}
        for occ in sorted(occurrences, key=lambda o: o.order):
            counts[occ.form] = counts.get(occ.form, 0) + 1
            first.setdefault(occ.form, occ)
        if len(counts) < 2:
            return
        winner = max(counts, key=lambda f: (counts[f], [-x for x in first[f].order]))
        yield from self._report(g, counts, first, winner, occurrences)

    def _report(self, g: int, counts: dict[int, int], first: dict[int, Occurrence], winner: int,
                occurrences: list[Occurrence]) -> Iterator[Finding]:
        """The findings of group ``g``: each of ``occurrences`` not of the ``winner`` form
        (``first``: the first occurrence of each form, at least the winner's)."""
        model = first[winner]
        other = model.segment.text[model.start:model.end]
        forms = self.groups[g]
        winner_plain = len(forms[winner]) == 1 and forms[winner][0].fix is None and not self.regex
        for occ in occurrences:
            if occ.form == winner:
                continue
            matched = occ.segment.text[occ.start:occ.end]
            alt = forms[occ.form][occ.alt]
            if alt.fix is not None:
                fix = alt.fix
                if self.regex and "\\" in fix:  # (a fix without a backslash expands to itself)
                    m = self.patterns[self._flat(g, occ.form, occ.alt)].match(occ.segment.text, occ.start)
                    fix = m.expand(alt.fix) if m else alt.fix
                suggestions: tuple[str, ...] = (fix,)
            elif winner_plain:
                text = forms[winner][0].text
                suggestions = (keep_case(matched, text) if self.literals and self.literals.insensitive[self._flat(g, winner, 0)] else text,)
            else:
                suggestions = ()
            end = occ.end
            if suggestions:
                end, fix = mind_the_full_stop(occ.segment.text, occ.start, occ.end, suggestions[0])
                suggestions = (fix,)
                matched = occ.segment.text[occ.start:end]
            yield self.finding(occ.segment, occ.start, end, suggestions,
                               match=matched, other=other, count=counts[winner], this_count=counts[occ.form])

    def _flat(self, g: int, f: int, a: int) -> int:
        return self.where.index((g, f, a))


def _positions(text: str, char: str) -> Iterator[int]:
    """Where ``char`` occurs in ``text``."""
    at = text.find(char)
    while at >= 0:
        yield at
        at = text.find(char, at + 1)
