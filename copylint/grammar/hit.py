"""What a grammar rule reports: a span of the segment's prose."""

from __future__ import annotations

from typing import NamedTuple


class Hit(NamedTuple):
    rule: str
    start: int
    end: int
    message: str
    suggestions: tuple[str, ...] = ()
