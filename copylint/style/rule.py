"""The base of every rule type: a validated spec turned into something that finds problems."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from copylint.checks.base import Finding, RuleInfo
from copylint.document import Segment
from copylint.style.lexicon import LiteralSet
from copylint.style.messages import Template, template
from copylint.style.needles import required_literals
from copylint.style.regexes import (
    Pattern,
    RegexError,
    UserPattern,
    combine,
    compile_regex,
    first_literal,
    has_backreference,
    is_python_pattern,
    is_unanchored,
    starts_with_literal,
)
from copylint.style.schema import Field, Spec
from copylint.style.scopes import DocView, Scope

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import Any, ClassVar

#: what a GATED rule needs to find anything (:meth:`StyleRule.gate_keys`)
GateKeys = tuple[tuple[int, ...], frozenset[int], bool]


class StyleRule:
    """One rule from a rule file. Subclasses are the rule types."""

    #: the type's own keys (on top of :data:`copylint.style.schema.COMMON`)
    FIELDS: ClassVar[dict[str, Field]] = {}
    #: the fields its message may use
    MESSAGE_FIELDS: ClassVar[tuple[str, ...]] = ()
    DEFAULT_SCOPE: ClassVar[tuple[str, ...]] = ("body",)
    #: True for a type whose findings are all made of matches of its literal tokens
    #: (:meth:`literal_sets`) and its patterns (:meth:`scans`): in a document where the shared
    #: passes found none of them it finds nothing, and the check does not run it
    #: (:meth:`gate_keys`)
    GATED: ClassVar[bool] = False
    ALLOWED_SCOPES: ClassVar[tuple[str, ...] | None] = None  # None: any scope

    def __init__(self, spec: Spec, info: RuleInfo) -> None:
        self.spec = spec
        self.info = info
        self.id = info.id
        names = spec.get("scope", self.DEFAULT_SCOPE)
        if self.ALLOWED_SCOPES is not None:
            bad = [n for n in names if n not in self.ALLOWED_SCOPES]
            if bad:
                raise spec.error("scope", f"scope {bad[0]!r} is not allowed for a {spec.get('type')} rule; "
                                          f"expected {', '.join(self.ALLOWED_SCOPES)}")
        self.scope = Scope.parse(tuple(names))
        try:
            self.message: Template = template(spec.get("message"), self.MESSAGE_FIELDS)
        except ValueError as exc:
            raise spec.error("message", str(exc)) from None
        self.setup(spec)

    def setup(self, spec: Spec) -> None:
        """Compile the type's own keys (raise ``spec.error(key, ...)`` on a bad value)."""

    def literal_sets(self) -> list[LiteralSet]:
        """Literal token sets to match in the shared one-pass scan."""
        return []

    def scans(self) -> list[Scan]:
        """The rule's patterns, to be gated by the shared multi-pattern pass."""
        return []

    def run(self, view: DocView) -> Iterator[Finding]:
        raise NotImplementedError

    def gate_keys(self) -> GateKeys | None:
        """For a :data:`GATED` rule (None for others): the ids of its literal token sets, the
        gates of its patterns, and whether a pattern has no gate (it may match anywhere).
        It can find something in a document only where one of its sets has hits, one of its
        gates was found, or it has an ungated pattern (or the document is read without the
        multi-pattern pass). Asked once the rule set is built (its gates assigned)."""
        if not self.GATED:
            return None
        scans = self.scans()
        return (tuple(ls.id for ls in self.literal_sets()), frozenset(s.gate for s in scans if s.gate is not None),
                any(s.gate is None for s in scans))

    def finding(self, seg: Segment | None, start: int, end: int, suggestions: Iterable[str] = (), **fields: Any) -> Finding:
        return Finding(self.id, seg, start, end, self.message.render(**fields), tuple(suggestions))


def compile_patterns(spec: Spec, key: str, flags: int = 0) -> list[Pattern]:
    """The patterns under ``key`` compiled with ``flags`` (errors name the key's line); a
    user's on RE2, the shipped packs' on ``re`` (copylint.style.regexes)."""
    out = []
    trusted = spec.trusted(key)
    for pattern in spec.get(key, ()):
        try:
            out.append(compile_regex(pattern, flags, trusted=trusted))
        except RegexError as exc:
            raise spec.error(key, str(exc)) from None
    return out


def is_anchored(pattern: Pattern) -> bool:
    """Whether a pattern can only match at the start of the text (``^...`` without MULTILINE, or ``\\A``):
    such patterns cost nothing to try, but merged with an unanchored one they would be tried everywhere."""
    if pattern.flags & re.MULTILINE:
        return pattern.pattern.startswith("\\A")
    return pattern.pattern.startswith(("^", "\\A"))


def merge_patterns(patterns: list[Pattern]) -> list[Pattern]:
    """Fewer passes: shipped patterns that can share an alternation (no back-references,
    same flags, all anchored at the start or none) are joined into one; a user's (RE2)
    patterns are scanned one by one."""
    if len(patterns) < 2:
        return patterns
    alone = [p for p in patterns if not is_python_pattern(p) or has_backreference(p.pattern)]
    groups: dict[tuple[int, bool], list[Pattern]] = {}
    for p in patterns:
        if p not in alone:
            groups.setdefault((p.flags, is_anchored(p)), []).append(p)
    merged = []
    for (flags, _), group in groups.items():
        try:
            merged.append(combine(group, flags) if len(group) > 1 else group[0])
        except RegexError:  # e.g. the same group name in two patterns
            merged.extend(group)
    return merged + alone


class Scan:
    """A compiled pattern and its needles (:mod:`copylint.style.needles`); ``gate`` is its
    id in the rule set's :class:`~copylint.style.multiscan.MultiScan` (None: no needles,
    it runs on every text)."""

    def __init__(self, pattern: Pattern) -> None:
        self.pattern = pattern
        self.needles = required_literals(pattern.pattern, pattern.flags)
        self.gate: int | None = None
        #: without needles, a user's pattern (RE2 already) can be searched once in the whole
        #: document, if no anchor makes its matches depend on where a unit starts or ends
        self.whole: Any = None
        if self.needles is None and isinstance(pattern, UserPattern) and is_unanchored(pattern.pattern, pattern.flags):
            self.whole = pattern.re2

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text)


class Alternation:
    """Several patterns, each match credited to one pattern, matches not overlapping: where
    two overlap, the one that starts first wins, then the one listed first (as in a regex
    alternation). Patterns that all begin with a literal character share one scan (``re``
    skips ahead to their first characters); others are scanned one by one, since an
    alternation of unlike patterns makes ``re`` try every position."""

    def __init__(self, patterns: list[Pattern]) -> None:
        self.patterns = patterns
        self.scans = [Scan(p) for p in patterns]
        self.combined: re.Pattern[str] | None = None
        if len(patterns) > 1 and len({p.flags for p in patterns}) == 1 \
                and all(is_python_pattern(p) for p in patterns) \
                and all(starts_with_literal(p.pattern) and not has_backreference(p.pattern) for p in patterns):
            try:  # unwrapped (a|b, not (?:a)|(?:b)): re scans ahead to the first characters
                self.combined = re.compile("|".join(p.pattern for p in patterns), patterns[0].flags)
            except re.error:  # e.g. the same group name twice
                self.combined = None
        # patterns by their first character (each begins with a literal one): only those can match
        # where the combined scan matched; not when case is ignored (other characters match too)
        self.by_first: dict[str, list[int]] | None = None
        #: patterns without groups, whose match the combined scan's match can stand for
        self.plain = [is_python_pattern(p) and p.groups == 0 for p in patterns]
        if self.combined is not None and not patterns[0].flags & re.IGNORECASE:
            self.by_first = {}
            for i, p in enumerate(patterns):
                self.by_first.setdefault(first_literal(p.pattern), []).append(i)

    def finditer(self, text: str, may: Callable[[Scan], bool] | None = None) -> Iterator[tuple[int, re.Match[str]]]:
        """(pattern index, its match) for every non-empty match, in order of position.
        ``may``: whether a pattern can match in this text at all (from the multi-pattern
        pass); patterns that cannot are not run."""
        if self.combined is not None:
            if may is not None and not any(may(scan) for scan in self.scans):
                return
            patterns, by_first = self.patterns, self.by_first
            every = range(len(patterns))
            for m in self.combined.finditer(text):
                if m.end() == m.start():
                    continue
                start = m.start()
                candidates = every if by_first is None else by_first.get(text[start], every)
                if len(candidates) == 1 and self.plain[candidates[0]]:
                    # the only pattern that can begin here: the alternation's match is its match
                    yield candidates[0], m
                    continue
                for i in candidates:
                    # which pattern matched here, as the alternation did: the first that matches here
                    mm = patterns[i].match(text, start)
                    if mm is not None and mm.end() == m.end():
                        yield i, mm
                        break
            return
        scans = self.scans if may is None else [scan if may(scan) else None for scan in self.scans]
        if len(scans) == 1:
            if scans[0] is not None:
                for m in scans[0].finditer(text):
                    if m.end() > m.start():
                        yield 0, m
            return
        found = [(m.start(), i, m) for i, p in enumerate(scans) if p is not None
                 for m in p.finditer(text) if m.end() > m.start()]
        if not found:
            return
        found.sort(key=lambda x: (x[0], x[1]))
        end = -1
        for start, i, m in found:
            if start >= end:
                end = m.end()
                yield i, m
