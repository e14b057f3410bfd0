"""Compiling the regular expressions of rule files, refusing the dangerous ones.

Python's ``re`` backtracks, so a pattern with a quantifier nested inside another
unbounded quantifier (``(a+)+``, ``(\\w+\\s?)*``) can take exponential time on a line that
almost matches. Such patterns are refused when the rule is loaded: the error names the
file and line. Possessive quantifiers (``a++``) and atomic groups (``(?>...)``) cannot
backtrack and are allowed. Alternations of overlapping branches under a quantifier
(``(a|a)*``) are not detected; their cost is bounded by matching one paragraph at a time.
"""

from __future__ import annotations

import re
from typing import Any

try:  # the parser behind re.compile (private, but stable since 3.11)
    import re._constants as _c
    import re._parser as _parser
except ImportError:  # pragma: no cover - other Pythons: skip the static check
    _parser = None
    _c = None


class RegexError(ValueError):
    """A pattern that does not compile or is refused."""


#: longer patterns are refused: no house rule needs one, and they cost start-up on every run
MAX_PATTERN = 2000


def compile_regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile ``pattern`` or raise :class:`RegexError` with a one-line reason."""
    if len(pattern) > MAX_PATTERN:
        raise RegexError(f"regular expression of {len(pattern):,} characters is refused (at most {MAX_PATTERN:,}); "
                         "split it, or list the words as tokens")
    try:
        compiled = re.compile(pattern, flags)
    except re.error as exc:
        raise RegexError(f"invalid regular expression {pattern!r}: {exc}") from None
    if _parser is not None:
        reason = _danger(_parser.parse(pattern, flags).data)
        if reason:
            raise RegexError(f"regular expression {pattern!r} is refused: {reason} can take exponential time; "
                             "rewrite it without the nested quantifier (or make the inner one possessive)")
    return compiled


def has_backreference(pattern: str) -> bool:
    """Whether ``pattern`` refers back to one of its groups (so it cannot be merged with others)."""
    if _parser is None:  # pragma: no cover
        return True
    return _contains(_parser.parse(pattern).data, {_c.GROUPREF, _c.GROUPREF_EXISTS})


def starts_with_literal(pattern: str) -> bool:
    """Whether the pattern begins with one literal character and has no top-level ``|``.

    ``re`` scans ahead quickly to the first characters of an alternation only when every
    branch begins with a plain literal; such patterns can share one alternation (joined
    with ``|``, unwrapped) at no cost to the scan."""
    if _parser is None:  # pragma: no cover
        return False
    items = list(_parser.parse(pattern).data)
    return bool(items) and items[0][0] == _c.LITERAL and not any(op == _c.BRANCH for op, _ in items[:1])


_MAX_STRINGS = 64


def required_literals(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Strings of which every match contains at least one (the pattern's most selective
    literal part: "May" or "June" ... for a date pattern), or None when there is no useful
    one (shorter than two characters, or the pattern ignores case). A text containing none
    of them cannot match, which a substring test tells far faster than the regex engine."""
    if _parser is None or flags & re.IGNORECASE:
        return None
    parsed = _parser.parse(pattern, flags)
    if parsed.state.flags & re.IGNORECASE:
        return None
    candidates: list[list[str]] = []
    run: list[str] | None = [""]
    for op, av in parsed.data:
        options = _finite_strings([(op, av)])
        if options is not None and op not in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            run = [a + b for a in run for b in options] if run is not None else options
            if len(run) > _MAX_STRINGS:
                run = None
            continue
        if run:
            candidates.append(run)
        run = [""]
    if run:
        candidates.append(run)
    useful = [c for c in candidates if c and min(len(x) for x in c) >= 2]
    if not useful:
        return None
    best = max(useful, key=lambda c: (min(len(x) for x in c), -len(c)))
    return tuple(sorted(set(best)))


def _finite_strings(items: list[Any]) -> list[str] | None:
    """Every string a sequence of parsed items can match, if few and fixed, else None."""
    out = [""]
    for op, av in items:
        if op == _c.LITERAL:
            options = [chr(av)]
        elif op == _c.IN and all(o == _c.LITERAL for o, _ in av):
            options = [chr(v) for _, v in av]
        elif op == _c.SUBPATTERN:
            options = _finite_strings(list(av[3]))
        elif op == _c.BRANCH:
            options = []
            for branch in av[1]:
                strings = _finite_strings(list(branch))
                if strings is None:
                    return None
                options.extend(strings)
        elif _repeats(op) and av[0] == 0 and av[1] == 1:
            inner = _finite_strings(list(av[2]))
            options = None if inner is None else ["", *inner]
        else:
            return None
        if options is None:
            return None
        out = [a + b for a in out for b in options]
        if len(out) > _MAX_STRINGS:
            return None
    return out


def _repeats(op: Any) -> bool:
    return op in (_c.MAX_REPEAT, _c.MIN_REPEAT)


def _children(op: Any, av: Any) -> list[list[Any]]:
    """The sub-pattern lists under one parsed item."""
    if _repeats(op) or op == _c.POSSESSIVE_REPEAT:
        return [av[2]]
    if op == _c.SUBPATTERN:
        return [av[3]]
    if op == _c.BRANCH:
        return list(av[1])
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        return [av[1]]
    if op == _c.ATOMIC_GROUP:
        return [av]
    if op == _c.GROUPREF_EXISTS:
        return [x for x in av[1:] if x is not None]
    return []


def _danger(items: list[Any], inside_unbounded: bool = False) -> str | None:
    for op, av in items:
        if op in (_c.ATOMIC_GROUP, _c.POSSESSIVE_REPEAT):
            continue  # cannot backtrack into it
        if _repeats(op):
            low, high = av[0], av[1]
            variable = high != low and (high == _c.MAXREPEAT or high > 1)
            if inside_unbounded and variable:
                return "a quantifier nested inside an unbounded quantifier"
            if _danger(av[2], inside_unbounded or high == _c.MAXREPEAT):
                return "a quantifier nested inside an unbounded quantifier"
            continue
        for child in _children(op, av):
            reason = _danger(list(child), inside_unbounded)
            if reason:
                return reason
    return None


def _contains(items: list[Any], ops: set[Any]) -> bool:
    for op, av in items:
        if op in ops:
            return True
        for child in _children(op, av):
            if _contains(list(child), ops):
                return True
    return False
