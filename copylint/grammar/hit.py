"""What a grammar rule reports: a span of the segment's prose."""

from __future__ import annotations

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import NamedTuple
else:
    from copylint.named_tuple import NamedTuple


class Hit(NamedTuple):
    """``(rule, start, end, message, suggestions)``: a tuple of these five, read by name too
    (made by :mod:`copylint.named_tuple`, as ``typing.NamedTuple`` would make it, without
    importing ``typing``)."""

    rule: str  # the rule's id
    start: int  # where the span starts in the segment's text
    end: int  # where the span ends in the segment's text
    message: str  # what the rule says about the span
    suggestions: tuple[str, ...] = ()  # the replacements for the span (none is ())
