"""What a grammar rule reports: a span of the segment's prose."""

from __future__ import annotations

from operator import itemgetter

_FIELDS = ("rule", "start", "end", "message", "suggestions")


class Hit(tuple):  # type: ignore[type-arg]
    """``(rule, start, end, message, suggestions)``: a tuple of these five, read by name too.

    Written out rather than made by ``typing.NamedTuple`` (which builds the class by
    compiling generated source: about 1 million instructions of every cold start, and it
    needs ``typing``); it behaves as that named tuple did where the rules and the check use
    it: made from its fields in order (``suggestions`` optional), compared, hashed, sliced
    and unpacked as the tuple of them, pickled, shown as ``Hit(rule=..., ...)``."""

    __slots__ = ()

    def __new__(cls, rule: str, start: int, end: int, message: str, suggestions: tuple[str, ...] = ()) -> Hit:
        return tuple.__new__(cls, (rule, start, end, message, suggestions))

    def __getnewargs__(self) -> tuple[object, ...]:
        return tuple(self)

    def __repr__(self) -> str:
        return "Hit(" + ", ".join(f"{name}={value!r}" for name, value in zip(_FIELDS, self, strict=True)) + ")"

    # (the fields by name: properties reading the tuple by index, in C)
    rule = property(itemgetter(0), doc="the rule's id")
    start = property(itemgetter(1), doc="where the span starts in the segment's text")
    end = property(itemgetter(2), doc="where the span ends in the segment's text")
    message = property(itemgetter(3), doc="what the rule says about the span")
    suggestions = property(itemgetter(4), doc="the replacements for the span (none is ())")
