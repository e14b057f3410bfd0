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


def compile_regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile ``pattern`` or raise :class:`RegexError` with a one-line reason."""
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
