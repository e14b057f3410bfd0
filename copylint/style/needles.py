"""Needles: strings of which every match of a pattern contains at least one.

A text that holds none of a pattern's needles cannot match it, and whether a text holds
any of many patterns' needles is one multi-pattern pass (:mod:`copylint.style.multiscan`),
far cheaper than running each pattern. The needles are read off the parsed pattern
(Python's own parser, for a user's RE2 patterns too: their literals mean the same):

- consecutive literal items make a run ("May 1" in ``May 1\\d``), small classes and
  alternations of literals multiply it (``(?:Mr|Ms)\\.`` gives "Mr." and "Ms.");
- zero-width items (``^``, ``\\b``, look-arounds) consume nothing, so the strings either
  side of them are adjacent in the text; a positive look-around's own needles count (what
  it looks at is in the text), and a look-ahead's literal start continues the run;
- a repetition of at least one copy contributes its item (the run up to the first copy,
  and the last copy starts the next run); ``x*`` leaves "the run, or a copy of x";
- a group or an alternation contributes its own needles (for an alternation, the union
  of every branch's; a branch without any makes the whole alternation useless);
- the best set is chosen: the longest shortest string, then the fewest strings.

Case: a pattern that ignores case (flag or ``(?i)``) gets needles in :func:`fold`-ed
form, to be looked for in the folded text. :func:`fold` maps every character to one
representative of the characters Python's ``re`` (and RE2) match it with regardless of
case, so a case-insensitive match always leaves its needle in the folded text.
"""

from __future__ import annotations

import re

from copylint.records import record
from copylint.style.regexes import fact, parse_pattern

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import Any

try:  # the parser behind re.compile (private, but stable since 3.11)
    import re._casefix as _casefix
    import re._constants as _c
    import re._parser as _parser
except ImportError:  # pragma: no cover - other Pythons: no needles, every pattern runs
    _parser = None
    _c = None
    _casefix = None

#: at most this many strings in a needle set (more make a poor filter and a big automaton)
MAX_STRINGS = 64
#: a class of at most this many characters is expanded ("[1-9]" gives nine strings)
_MAX_CLASS = 12


@record(frozen=True)
class Needles:
    """Every match contains one of ``strings`` (in :func:`fold`-ed text when ``folded``)."""

    strings: tuple[str, ...]
    folded: bool


def _orbits() -> tuple[dict[int, str], str]:
    """Characters that ``re`` matches with others beyond their lower case (``s`` and long
    ``ſ``, ``σ`` and ``ς``...): each mapped to the smallest of its group; and those characters."""
    if _casefix is None:  # pragma: no cover
        return {}, ""
    groups: dict[int, set[int]] = {}
    for lo, extra in _casefix._EXTRA_CASES.items():
        group = {lo, *extra}
        for member in list(group):
            group |= groups.get(member, set())
        for member in group:
            groups[member] = group
    table = {m: chr(min(g)) for m, g in groups.items() if m != min(g)}
    return table, "".join(chr(m) for m in sorted(table))


_ORBIT_TABLE, _ORBIT_CHARS = _orbits()
_DOTTED_I = "\u0130"  # "İ": str.lower() makes it two characters; re's simple lower case is "i"


def fold(text: str) -> str:
    """``text`` with each character replaced by its case group's representative (position
    for position): the simple lower case, and one member for the few groups lower case
    does not join (``s``/``ſ``, ``i``/``ı``, ``σ``/``ς``, ...)."""
    if text.isascii():
        return text.lower()
    return fold_utf8(text, text.encode("utf-8", "surrogatepass"))[0]


#: every ASCII byte (deleted to leave a UTF-8 text's other characters)
_ASCII_BYTES = bytes(range(128))


def fold_utf8(text: str, data: bytes) -> tuple[str, bytes]:
    """:func:`fold` of ``text`` and its UTF-8 (``data`` is ``text`` in UTF-8, lone surrogates
    passed). Most text that is not ASCII holds only characters without case beyond ASCII
    (curly quotation marks, dashes): then its fold is the ASCII letters' lower case, which
    ``bytes.lower`` makes without a Unicode look-up per character."""
    if text.isascii():
        lowered = data.lower()
        return lowered.decode("ascii"), lowered
    other = data.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")  # (its other characters)
    if other.lower() == other and not any(c in other for c in _ORBIT_CHARS):
        # each of them its own lower case (a dotted capital I or a capital sigma is not) and
        # its group's representative: only ASCII letters change
        lowered = data.lower()
        return lowered.decode("utf-8", "surrogatepass"), lowered
    folded = _fold_unicode(text)
    return folded, folded.encode("utf-8", "surrogatepass")


def _fold_unicode(text: str) -> str:
    if _DOTTED_I in text:
        text = text.replace(_DOTTED_I, "i")
    text = text.lower()
    if any(c in text for c in _ORBIT_CHARS):  # a few substring searches: far cheaper than a regex
        text = text.translate(_ORBIT_TABLE)
    return text


def required_literals(pattern: str, flags: int = 0) -> Needles | None:
    """The pattern's needles, or None when it has no useful set (a string shorter than
    two characters, or too many strings): then it must be run on every text (remembered
    as a fact of the pattern, :func:`copylint.style.regexes.fact`)."""
    found = fact("needles", pattern, flags, lambda: _as_json(_required_literals(pattern, flags)))
    return None if found is None else Needles(tuple(found[0]), found[1])


def _as_json(needles: Needles | None) -> list[Any] | None:
    return None if needles is None else [list(needles.strings), needles.folded]


def _required_literals(pattern: str, flags: int = 0) -> Needles | None:
    if _parser is None:  # pragma: no cover
        return None
    parsed = parse_pattern(pattern, flags)
    if parsed is None:
        return None
    folded = bool(parsed.state.flags & re.IGNORECASE)
    try:
        best = _Extractor(folded).best(list(parsed.data))
    except RecursionError:  # pragma: no cover - absurdly nested patterns: no filter
        return None
    if not best:
        return None
    strings = {fold(s) for s in best} if folded else set(best)
    if min(len(s) for s in strings) < 2 or any("\x00" in s for s in strings):
        return None
    return Needles(tuple(sorted(strings)), folded)


def _cross(a: list[str], b: list[str]) -> list[str] | None:
    out = list(dict.fromkeys(x + y for x in a for y in b))
    return out if len(out) <= MAX_STRINGS else None


def _quality(strings: list[str]) -> tuple[int, int]:
    return min(len(s) for s in strings), -len(strings)


def _repeats(op: Any) -> bool:
    return op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)


class _Extractor:
    """Needle sets of parsed pattern items; ``folded``: the whole pattern ignores case."""

    def __init__(self, folded: bool) -> None:
        self.folded = folded

    def _opaque(self, add_flags: int) -> bool:
        """A group that turns case-insensitivity on inside a case-sensitive pattern: its
        literals match other cases, so they are no needles for exact search."""
        return not self.folded and bool(add_flags & re.IGNORECASE)

    def finite(self, items: list[Any]) -> list[str] | None:
        """Every string the items can match, if they are few and fixed; zero-width items
        count as the empty string (they consume nothing)."""
        out = [""]
        for op, av in items:
            options = self._finite_item(op, av)
            if options is None:
                return None
            crossed = _cross(out, options)
            if crossed is None:
                return None
            out = crossed
        return out

    def _finite_item(self, op: Any, av: Any) -> list[str] | None:
        if op == _c.LITERAL:
            return [chr(av)]
        if op == _c.IN:
            return _class_strings(av)
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            return [""]
        if op == _c.SUBPATTERN:
            return None if self._opaque(av[1]) else self.finite(list(av[3]))
        if op == _c.ATOMIC_GROUP:
            return self.finite(list(av))
        if op == _c.BRANCH:
            options: list[str] = []
            for branch in av[1]:
                strings = self.finite(list(branch))
                if strings is None:
                    return None
                options.extend(strings)
            options = list(dict.fromkeys(options))
            return options if len(options) <= MAX_STRINGS else None
        if _repeats(op):
            lo, hi, sub = av
            inner = self.finite(list(sub))
            if inner is None or hi > 4 or hi == _c.MAXREPEAT:
                return None
            out: list[str] = []
            power = [""]
            for count in range(hi + 1):
                if count >= lo:
                    out.extend(power)
                if count < hi:
                    crossed = _cross(power, inner)
                    if crossed is None:
                        return None
                    power = crossed
            out = list(dict.fromkeys(out))
            return out if len(out) <= MAX_STRINGS else None
        return None

    def best(self, items: list[Any]) -> list[str] | None:
        """The best needle set of a sequence of items (every match of the sequence
        contains one of its strings), or None."""
        candidates: list[list[str]] = []
        run: list[str] = [""]  # the text at the current position ends with one of these

        def push(strings: list[str] | None) -> None:
            if strings and all(strings):
                candidates.append(strings)

        for op, av in items:
            if op in (_c.AT, _c.ASSERT_NOT):
                continue  # zero width: the run goes on
            if op == _c.ASSERT:
                direction, sub = av
                push(self.best(list(sub)))
                if direction == 1:  # a look-ahead: what it sees starts here
                    start = self._prefix(list(sub))
                    if start is not None:
                        push(_cross(run, start))
                continue
            options = self._finite_item(op, av)
            if options is not None:
                crossed = _cross(run, options)
                if crossed is None:
                    push(run)
                    run = options
                else:
                    run = crossed
                continue
            if _repeats(op):
                lo, _, sub = av
                inner = self.finite(list(sub))
                if inner is not None:
                    if lo >= 1:
                        push(_cross(run, inner) or inner)
                        run = inner  # the last copy ends here
                    else:
                        push(run)
                        run = list(dict.fromkeys(run + inner))  # no copy, or a copy last
                        if len(run) > MAX_STRINGS:
                            run = [""]
                    continue
                if lo >= 1:
                    push(self.best(list(sub)))
            elif op == _c.SUBPATTERN and not self._opaque(av[1]):
                push(self.best(list(av[3])))
            elif op == _c.ATOMIC_GROUP:
                push(self.best(list(av)))
            elif op == _c.BRANCH:
                union: list[str] = []
                for branch in av[1]:
                    strings = self.best(list(branch))
                    if strings is None:
                        union = []
                        break
                    union.extend(strings)
                union = list(dict.fromkeys(union))
                if union and len(union) <= MAX_STRINGS:
                    push(union)
            push(run)
            run = [""]
        push(run)
        if not candidates:
            return None
        return max(candidates, key=_quality)

    def _prefix(self, items: list[Any]) -> list[str] | None:
        """Strings a match of ``items`` starts with: its leading fixed items."""
        out = [""]
        for op, av in items:
            if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
                break
            options = self._finite_item(op, av)
            if options is None:
                break
            crossed = _cross(out, options)
            if crossed is None:
                break
            out = crossed
        return out if any(out) else None


def _class_strings(items: list[Any]) -> list[str] | None:
    """The characters of a small class of literals and ranges (``[,;]``, ``[1-9]``)."""
    out: list[str] = []
    for op, av in items:
        if op == _c.LITERAL:
            out.append(chr(av))
        elif op == _c.RANGE:
            lo, hi = av
            if hi - lo >= _MAX_CLASS:
                return None
            out.extend(chr(c) for c in range(lo, hi + 1))
        else:  # NEGATE, a category (\w, \d), ...
            return None
        if len(out) > _MAX_CLASS:
            return None
    return out
