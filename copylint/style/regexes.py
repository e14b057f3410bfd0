"""Compiling the regular expressions of rule files and house word lists.

Patterns a user supplies (their own rule packs, house word lists) run on RE2
(google-re2), whose time is linear in the text whatever the pattern: ``(a|aa)*c`` or
``a*a*a*a*b`` cannot take minutes. What RE2 cannot run (look-ahead, look-behind,
back-references, possessive quantifiers, atomic groups) is refused when the rule is
loaded, and the error names the file and line. Python's semantics are kept: ``\\w``,
``\\d`` and ``\\s`` are Unicode-aware (translated to Unicode classes), and a ``\\b`` at
the start or the end of a pattern is checked at Unicode word boundaries (``\\bcafé\\b``
matches "café"); elsewhere in a pattern RE2's ASCII ``\\b`` applies.

The packs shipped with copylint are reviewed code, covered by their own examples and
tests; they use look-arounds and run on Python's ``re`` (``trusted=True``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import re2

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import Any

try:  # the parser behind re.compile (private, but stable since 3.11)
    import re._constants as _c
    import re._parser as _parser
except ImportError:  # pragma: no cover - other Pythons: the helpers answer conservatively
    _parser = None
    _c = None


class RegexError(ValueError):
    """A pattern that does not compile or is refused."""


#: longer patterns are refused: no house rule needs one, and they cost start-up on every run
MAX_PATTERN = 2000

_RE2_OPTIONS = re2.Options()
_RE2_OPTIONS.log_errors = False  # errors come back as exceptions, not as lines on stderr
_RE2_OPTIONS.max_mem = 64 << 20

#: Python's \w, \d and \s on str, as RE2 class items (RE2's own are ASCII-only)
_WORD_ITEMS = r"\p{L}\p{N}_"
_SPACE_ITEMS = r"\t\n\x{0b}\f\r \x{1c}-\x{1f}\x{85}\p{Z}"
_FLAG_PREFIX = ((re.IGNORECASE, "i"), (re.MULTILINE, "m"), (re.DOTALL, "s"))
_UNSUPPORTED = (
    (re.compile(r"\(\?<?[=!]"), "look-ahead and look-behind"),
    (re.compile(r"\\[1-9]|\(\?P="), "back-references"),
    (re.compile(r"\(\?>|[*+?}]\+"), "atomic groups and possessive quantifiers"),
    (re.compile(r"\(\?\(\w+\)"), "conditional groups"),
)


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _boundary(text: str, i: int) -> bool:
    """A Unicode word boundary at ``i``, as Python's ``\\b``."""
    before = i > 0 and _is_word(text[i - 1])
    after = i < len(text) and _is_word(text[i])
    return before != after


def _translate(pattern: str) -> str:
    """``pattern`` in RE2 syntax with Python's meaning (Unicode ``\\w``/``\\d``/``\\s``,
    ``\\uXXXX``, ``\\Z``); raises :class:`RegexError` for what has no RE2 equivalent."""
    out: list[str] = []
    i, n, in_class = 0, len(pattern), False
    while i < n:
        ch = pattern[i]
        if ch == "\\" and i + 1 < n:
            e = pattern[i + 1]
            i += 2
            if e in "wdsWDS":
                if in_class and e in "WS":
                    raise RegexError(f"\\{e} inside [...] is not supported; write the class without it")
                if e == "d":
                    out.append(r"\p{Nd}")
                elif e == "D":
                    out.append(r"\P{Nd}")
                else:
                    items = _WORD_ITEMS if e in "wW" else _SPACE_ITEMS
                    out.append(items if in_class else (f"[^{items}]" if e.isupper() else f"[{items}]"))
            elif e in "uU":
                width = 4 if e == "u" else 8
                digits = pattern[i:i + width]
                if len(digits) != width or not all(c in "0123456789abcdefABCDEF" for c in digits):
                    raise RegexError(f"bad escape \\{e}{digits}")
                out.append(f"\\x{{{digits}}}")
                i += width
            elif e == "Z":
                out.append(r"\z")
            else:
                out.append("\\" + e)
            continue
        if in_class:
            if ch == "]" and not (out and out[-1] in ("[", "[^")):
                in_class = False
            if ch == "[" and i + 1 < n and pattern[i + 1] == ":":  # a POSIX class: copy it whole
                close = pattern.find(":]", i + 2)
                if close > 0:
                    out.append(pattern[i:close + 2])
                    i = close + 2
                    continue
            out.append(ch)
            i += 1
            continue
        if ch == "[":
            in_class = True
            if pattern.startswith("[^", i):
                out.append("[^")
                i += 2
            else:
                out.append("[")
                i += 1
            if i < n and pattern[i] == "]":  # a leading ] is a literal
                out.append("\\]")
                i += 1
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def _edge_boundaries(pattern: str) -> tuple[bool, bool, str]:
    """Whether the pattern starts and ends with ``\\b`` (outside any alternation), and the
    pattern without them: those two are checked with Unicode word boundaries."""
    if _parser is None or "\\b" not in pattern:
        return False, False, pattern
    try:
        items = list(_parser.parse(pattern).data)
    except (re.error, RecursionError, OverflowError):
        return False, False, pattern
    if not items or any(op == _c.BRANCH for op, _ in items):
        return False, False, pattern
    boundary = (_c.AT, _c.AT_BOUNDARY)
    lead = items[0] == boundary and pattern.startswith("\\b")
    trail = len(items) > int(lead) and items[-1] == boundary and pattern.endswith("\\b")
    body = pattern[2:] if lead else pattern
    if trail:
        before = body[:-1]
        escapes = len(before) - len(before.rstrip("\\"))  # backslashes before the final "b"
        if escapes % 2 == 1:
            body = body[:-2]
        else:
            trail = False
    return lead, trail, body


class UserMatch:
    """A match of a :class:`UserPattern`: RE2's spans, Python's template expansion."""

    __slots__ = ("_m", "_python")

    def __init__(self, m: Any, python: re.Pattern[str]) -> None:
        self._m = m
        self._python = python

    def start(self, group: int | str = 0) -> int:
        return self._m.start(group)

    def end(self, group: int | str = 0) -> int:
        return self._m.end(group)

    def span(self, group: int | str = 0) -> tuple[int, int]:
        return self._m.span(group)

    def group(self, *groups: int | str) -> Any:
        return self._m.group(*groups)

    def groups(self, default: Any = None) -> tuple[Any, ...]:
        return self._m.groups(default)

    def __getitem__(self, group: int | str) -> Any:
        return self._m.group(group)

    @property
    def string(self) -> str:
        return self._m.string

    def expand(self, template: str) -> str:
        """``\\1``, ``\\g<name>`` as Python expands them (RE2's own expand mangles non-ASCII)."""
        return re._expand(self._python, self, template)  # type: ignore[attr-defined]


class UserPattern:
    """A user's pattern on RE2: the parts of ``re.Pattern``'s interface copylint uses.

    ``pattern`` and ``flags`` are as written; matches are RE2 match objects (``start``,
    ``end``, ``group``, ``groups``, ``expand``). ``re2`` is the compiled RE2 pattern (the
    Unicode word boundaries at either end are checked apart: its matches are a superset)."""

    __slots__ = ("pattern", "flags", "_re", "_lead", "_trail", "_python")

    def __init__(self, pattern: str, flags: int, python: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.flags = flags
        self._python = python
        self._lead, self._trail, body = _edge_boundaries(pattern)
        prefix = "".join(letter for flag, letter in _FLAG_PREFIX if flags & flag)
        translated = _translate(body)
        try:
            self._re = re2.compile((f"(?{prefix})" if prefix else "") + translated, _RE2_OPTIONS)
        except re2.error as exc:
            raise RegexError(_refusal(pattern, exc)) from None

    def __repr__(self) -> str:
        return f"UserPattern({self.pattern!r})"

    @property
    def re2(self) -> Any:
        return self._re

    @property
    def groups(self) -> int:
        return self._re.groups

    def _ok(self, text: str, m: Any) -> bool:
        return (not self._lead or _boundary(text, m.start())) and (not self._trail or _boundary(text, m.end()))

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[UserMatch]:
        for m in self._re.finditer(text, pos, endpos):
            if self._ok(text, m):
                yield UserMatch(m, self._python)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        return next(self.finditer(text, pos, endpos), None)

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        m = self._re.match(text, pos, endpos)
        return UserMatch(m, self._python) if m is not None and self._ok(text, m) else None

    def fullmatch(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        m = self._re.fullmatch(text, pos, endpos)
        return UserMatch(m, self._python) if m is not None and self._ok(text, m) else None

    def sub(self, repl: str | Callable[[Any], str], text: str, count: int = 0) -> str:
        """Only for checking a replacement template's group references (Python's template syntax)."""
        return self._python.sub(repl, text, count)


def _refusal(pattern: str, exc: Exception) -> str:
    for construct, name in _UNSUPPORTED:
        if construct.search(pattern):
            return (f"regular expression {pattern!r} is refused: {name} cannot run in linear time "
                    "(copylint runs your patterns on RE2); rewrite it without them")
    detail = exc.args[0].decode() if exc.args and isinstance(exc.args[0], bytes) else str(exc)
    return f"regular expression {pattern!r} is refused by the linear-time engine (RE2): {detail}"


class LazyPattern:
    """A shipped pattern (Python's ``re``) compiled on its first use: ``pattern``, ``flags``
    and ``groups`` are known without compiling (from the parse, as ``re.compile`` would
    give them: ``flags`` with ``re.UNICODE`` and inline flags); any other attribute (``finditer``,
    ``match``...) compiles it, after which the pattern's own methods answer directly.
    Rules built from the compiled-rules cache (:mod:`copylint.style.compiled`) hold these:
    their patterns compiled when the rules were first read from YAML, and a pattern whose
    words never occur in the checked text is never compiled in this process."""

    _METHODS = ("finditer", "search", "match", "fullmatch", "sub", "findall", "split")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags, self.groups = fact("lazy", pattern, flags, lambda: _flags_and_groups(pattern, flags))
        self._given = flags

    def __getattr__(self, name: str) -> Any:  # (only for attributes not set yet)
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self._given)
        self.__dict__["compiled"] = compiled
        for method in self._METHODS:
            self.__dict__[method] = getattr(compiled, method)
        return getattr(compiled, name)

    def __eq__(self, other: object) -> bool:  # as re.Pattern compares
        if isinstance(other, LazyPattern | re.Pattern):
            return (self.pattern, self.flags) == (other.pattern, other.flags)
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.pattern, self.flags))

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self.flags})"


def _flags_and_groups(pattern: str, flags: int) -> list[int]:
    """``re.compile(pattern, flags)``'s ``flags`` and ``groups``, from the parse."""
    parsed = _parse(pattern, flags)
    if parsed is None:  # (not expected of a shipped pattern): compile it
        compiled = re.compile(pattern, flags)
        return [compiled.flags, compiled.groups]
    return [parsed.state.flags, parsed.state.groups - 1]


Pattern = re.Pattern[str] | UserPattern | LazyPattern

#: whether shipped patterns are compiled on first use (see :func:`lazily`)
_LAZY: list[bool] = [False]


class lazily:  # noqa: N801 - used as ``with lazily():``
    """Within this block, shipped patterns are lazy (:class:`LazyPattern`): for rules whose
    patterns are known to compile (built from the compiled-rules cache, whose entries were
    written after the same patterns compiled)."""

    def __enter__(self) -> None:
        self._was = _LAZY[0]
        _LAZY[0] = True

    def __exit__(self, *exc: object) -> None:
        _LAZY[0] = self._was


def is_python_pattern(pattern: object) -> bool:
    """A shipped pattern (run on ``re``, compiled or not yet), not a user's (RE2)."""
    return isinstance(pattern, re.Pattern | LazyPattern)


def compile_trusted(pattern: str, flags: int = 0) -> re.Pattern[str] | LazyPattern:
    """``re.compile`` of a pattern copylint makes itself (escaped tokens), or a
    :class:`LazyPattern` inside :func:`lazily`."""
    return LazyPattern(pattern, flags) if _LAZY[0] else _compiled_trusted(pattern, flags)


def _compiled_trusted(pattern: str, flags: int) -> re.Pattern[str]:
    """``re.compile``, remembering what a :class:`LazyPattern` of it will need to know."""
    compiled = re.compile(pattern, flags)
    fact("lazy", pattern, flags, lambda: [compiled.flags, compiled.groups])
    return compiled


def compile_regex(pattern: str, flags: int = 0, *, trusted: bool = False) -> Pattern:
    """Compile ``pattern`` or raise :class:`RegexError` with a one-line reason.

    ``trusted``: a pattern shipped with copylint (Python's ``re``); otherwise RE2."""
    if len(pattern) > MAX_PATTERN:
        raise RegexError(f"regular expression of {len(pattern):,} characters is refused (at most {MAX_PATTERN:,}); "
                         "split it, or list the words as tokens")
    if trusted and _LAZY[0]:
        return LazyPattern(pattern, flags)
    try:
        compiled = re.compile(pattern, flags)
    except re.error as exc:
        raise RegexError(f"invalid regular expression {pattern!r}: {exc}") from None
    except (OverflowError, RecursionError):
        raise RegexError(f"regular expression {pattern!r} is too complex") from None
    if trusted:
        fact("lazy", pattern, flags, lambda: [compiled.flags, compiled.groups])
        return compiled
    return UserPattern(pattern, flags, compiled)


def combine(patterns: list[Pattern], flags: int) -> re.Pattern[str]:
    """One alternation of shipped patterns (``(?:a)|(?:b)``). A user's patterns are not
    combined (each keeps its own Unicode word-boundary checks): RegexError, as for
    patterns that cannot share one (the same group name twice)."""
    if not all(is_python_pattern(p) for p in patterns):
        raise RegexError("a user's patterns are scanned one by one")
    try:
        return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), flags)
    except re.error as exc:
        raise RegexError(str(exc)) from None


_PARSED: dict[tuple[str, int], Any] = {}
_PARSED_MAX = 1024


def parse_pattern(pattern: str, flags: int = 0) -> Any:
    """:func:`_parse`, for the needle finder (copylint.style.needles)."""
    return _parse(pattern, flags)


def _parse(pattern: str, flags: int = 0) -> Any:
    """The parsed pattern, or None when Python cannot parse it (kept: several questions are
    asked of each pattern while a pack loads, with the flags given and with the flags
    ``re.compile`` reports, which parse to the same tree; callers do not change the tree)."""
    key = (pattern, flags)
    if key in _PARSED:
        return _PARSED[key]
    if _parser is None:  # pragma: no cover
        return None
    try:
        parsed = _parser.parse(pattern, flags)
    except (re.error, RecursionError, OverflowError):
        parsed = None
    if len(_PARSED) >= _PARSED_MAX:
        _PARSED.clear()
    _PARSED[key] = parsed
    if parsed is not None:
        _PARSED.setdefault((pattern, parsed.state.flags), parsed)
    return parsed


#: what the pattern helpers found out about each pattern (pure functions of its text and
#: flags), by (question, pattern, flags): asked again, answered without parsing; the
#: compiled-rules cache (copylint.style.compiled) carries them to the next process
_FACTS: dict[tuple[str, str, int], Any] = {}
_FACTS_MAX = 50_000
#: each question, and a check that a stored answer has the right shape
FACT_KINDS: dict[str, Callable[[Any], bool]] = {
    "lazy": lambda v: isinstance(v, list) and len(v) == 2 and all(type(x) is int for x in v),
    "backref": lambda v: type(v) is bool,
    "starts": lambda v: type(v) is bool,
    "first": lambda v: isinstance(v, str) and len(v) <= 1,
    "single": lambda v: v is None or (isinstance(v, list) and len(v) == 2 and isinstance(v[0], str)
                                      and len(v[0]) == 1 and type(v[1]) is bool),
    "needles": lambda v: v is None or (isinstance(v, list) and len(v) == 2 and type(v[1]) is bool
                                       and isinstance(v[0], list) and all(isinstance(s, str) for s in v[0])),
}


#: the keys asked for inside :class:`recording_facts` blocks (innermost last)
_RECORDING: list[set[tuple[str, str, int]]] = []


class recording_facts:  # noqa: N801 - used as ``with recording_facts() as used:``
    """Within this block, the key of every fact asked for (answered from memory or not) is
    added to the set it gives: the facts one set of rule packs needs, so that the
    compiled-rules cache of those packs stores only them, not those of every pack this
    process loaded before (a server or a test run knows thousands)."""

    def __enter__(self) -> set[tuple[str, str, int]]:
        self._used: set[tuple[str, str, int]] = set()
        _RECORDING.append(self._used)
        return self._used

    def __exit__(self, *exc: object) -> None:
        _RECORDING.remove(self._used)


def fact(kind: str, pattern: str, flags: int, compute: Callable[[], Any]) -> Any:
    """``compute()`` (a JSON value), remembered by (kind, pattern, flags)."""
    key = (kind, pattern, flags)
    if _RECORDING:
        _RECORDING[-1].add(key)
    if key in _FACTS:
        return _FACTS[key]
    if len(_FACTS) >= _FACTS_MAX:  # (a long-lived process seeing ever new patterns: keep memory flat)
        _FACTS.clear()
    value = _FACTS[key] = compute()
    return value


def export_facts(keys: set[tuple[str, str, int]] | None = None) -> list[list[Any]]:
    """The remembered answers (those of ``keys`` only, when given), as JSON: [kind, pattern,
    flags, answer]."""
    return [[kind, pattern, flags, value] for (kind, pattern, flags), value in _FACTS.items()
            if keys is None or (kind, pattern, flags) in keys]


def import_facts(rows: Any) -> None:
    """Remember stored answers (all of them, or none when one has the wrong shape: ValueError)."""
    found = {}
    if not isinstance(rows, list):
        raise ValueError("facts: not a list")
    for row in rows:
        if not (isinstance(row, list) and len(row) == 4 and row[0] in FACT_KINDS and isinstance(row[1], str)
                and type(row[2]) is int and FACT_KINDS[row[0]](row[3])):
            raise ValueError("facts: a malformed row")
        found[row[0], row[1], row[2]] = row[3]
    _FACTS.update(found)


def has_backreference(pattern: str) -> bool:
    """Whether ``pattern`` refers back to one of its groups (so it cannot be merged with others)."""
    return bool(fact("backref", pattern, 0, lambda: _has_backreference(pattern)))


def _has_backreference(pattern: str) -> bool:
    parsed = _parse(pattern)
    if parsed is None:
        return True
    return _contains(parsed.data, {_c.GROUPREF, _c.GROUPREF_EXISTS})


def starts_with_literal(pattern: str) -> bool:
    """Whether the pattern begins with one literal character and has no top-level ``|``.

    ``re`` scans ahead quickly to the first characters of an alternation only when every
    branch begins with a plain literal; such patterns can share one alternation (joined
    with ``|``, unwrapped) at no cost to the scan."""
    return bool(fact("starts", pattern, 0, lambda: _starts_with_literal(pattern)))


def _starts_with_literal(pattern: str) -> bool:
    parsed = _parse(pattern)
    if parsed is None:
        return False
    items = list(parsed.data)
    return bool(items) and items[0][0] == _c.LITERAL and not any(op == _c.BRANCH for op, _ in items[:1])


def first_literal(pattern: str) -> str:
    """The literal character a pattern begins with (:func:`starts_with_literal`), or ""."""
    return str(fact("first", pattern, 0, lambda: _first_literal(pattern)))


def _first_literal(pattern: str) -> str:
    parsed = _parse(pattern)
    if parsed is None or not parsed.data or parsed.data[0][0] != _c.LITERAL:
        return ""
    return chr(parsed.data[0][1])


def single_character(pattern: str, flags: int = 0) -> tuple[str, bool] | None:
    """For a pattern that matches exactly one character, a literal one, matched by case (the
    literal and nothing but zero-width conditions: look-arounds, ``\\b``, anchors): that
    character, and whether it is all the pattern is (then every occurrence of the character
    is a match); None for any other pattern."""
    found = fact("single", pattern, flags, lambda: _single_character(pattern, flags))
    return None if found is None else (found[0], found[1])


def _single_character(pattern: str, flags: int) -> list[Any] | None:
    parsed = _parse(pattern, flags)
    if parsed is None or parsed.state.flags & re.IGNORECASE:
        return None
    items = list(parsed.data)
    literals = [av for op, av in items if op == _c.LITERAL]
    if len(literals) != 1 or any(op not in (_c.LITERAL, _c.AT, _c.ASSERT, _c.ASSERT_NOT) for op, _ in items):
        return None
    return [chr(literals[0]), len(items) == 1]


_ANCHORS = frozenset() if _c is None else frozenset(
    {_c.AT_BEGINNING, _c.AT_BEGINNING_STRING, _c.AT_END, _c.AT_END_STRING, _c.AT_BEGINNING_LINE, _c.AT_END_LINE})


def is_unanchored(pattern: str, flags: int = 0) -> bool:
    """Whether the pattern has no ``^``, ``$``, ``\\A`` or ``\\Z``: then it matches in a text
    only if it matches in any longer text around it (a unit and its whole document)."""
    parsed = _parse(pattern, flags)
    return parsed is not None and not _has_anchor(list(parsed.data))


def _has_anchor(items: list[Any]) -> bool:
    for op, av in items:
        if op == _c.AT and av in _ANCHORS:
            return True
        if any(_has_anchor(list(child)) for child in _children(op, av)):
            return True
    return False


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


def _contains(items: list[Any], ops: set[Any]) -> bool:
    for op, av in items:
        if op in ops:
            return True
        for child in _children(op, av):
            if _contains(list(child), ops):
                return True
    return False
