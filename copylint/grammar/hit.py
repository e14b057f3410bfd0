"""What a grammar rule reports: a span of the segment's prose."""

from __future__ import annotations

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

    @property
    def rule(self) -> str:
        return self[0]  # type: ignore[no-any-return]

    @property
    def start(self) -> int:
        return self[1]  # type: ignore[no-any-return]

    @property
    def end(self) -> int:
        return self[2]  # type: ignore[no-any-return]

    @property
    def message(self) -> str:
        return self[3]  # type: ignore[no-any-return]

    @property
    def suggestions(self) -> tuple[str, ...]:
        return self[4]  # type: ignore[no-any-return]
