"""Inline suppression comments: ``<!-- copylint-disable RULE -->`` in Markdown and HTML, and
in plain text a line of its own holding ``# copylint-disable RULE`` (or the HTML form).

The directives: ``disable [RULES]`` runs to the matching ``enable`` (or the end of the
file), ``disable-next-line [RULES]`` covers the next line, ``enable [RULES]`` ends a
``disable``; no RULES means every rule; RULES are ids or prefixes, separated by spaces or
commas. A plain-text directive line is not prose: no check ever sees it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from copylint.document import Suppression
from copylint.positions import LineIndex

_DIRECTIVE = re.compile(r"<!--\s*copylint-(disable-next-line|disable|enable)\b", re.IGNORECASE)


def _positions(source: str, needle: str) -> list[int]:
    out, i = [], source.find(needle)
    while i >= 0:
        out.append(i)
        i = source.find(needle, i + 1)
    return out


#: a plain-text directive: the whole line, ``#`` then the directive (or the HTML comment form)
_LINE_DIRECTIVE = re.compile(
    r"^[ \t]*(?:#[ \t]*copylint-(disable-next-line|disable|enable)\b(.*?)|"
    r"<!--\s*copylint-(disable-next-line|disable|enable)\b([^>]*?)\s*-->)[ \t]*$",
    re.IGNORECASE,
)


def find_suppressions(source: str, lines: LineIndex, skip: list[tuple[int, int]] | None = None) -> list[Suppression]:
    """Suppression regions from the directives in ``source``.

    ``skip`` lists source ranges (code blocks) whose comments are not directives. A
    directive is ``<!-- copylint-KIND RULES -->`` with no ``>`` before its ``-->``. Linear
    in the source: the comment ends and the skipped ranges are looked up by bisection,
    never searched for again (an unclosed ``<!-- copylint-disable`` repeated costs nothing).
    """
    closes = _positions(source, "-->")
    gts = _positions(source, ">")
    ranges = sorted(skip or [])
    skip_starts = [a for a, _ in ranges]
    reach: list[int] = []  # furthest end among the ranges up to each one (they may nest)
    for _, b in ranges:
        reach.append(max(b, reach[-1]) if reach else b)

    def skipped(offset: int) -> bool:
        k = bisect_right(skip_starts, offset) - 1
        return k >= 0 and reach[k] > offset

    found = []
    for m in _DIRECTIVE.finditer(source):
        k = bisect_left(closes, m.end())
        if k == len(closes):
            break  # no "-->" after it: neither this nor any later one is a directive
        close = closes[k]
        g = bisect_left(gts, m.end())
        if gts[g] != close + 2 or skipped(m.start()):  # a ">" inside: not a directive comment
            continue
        found.append((m.group(1), source[m.end():close], m.start(), close + 3))
    return _regions(found, source, lines)


def find_line_directives(source: str, lines: LineIndex) -> tuple[list[Suppression], set[int]]:
    """Plain text: the suppression regions of the directive lines, and those lines' numbers
    (the reader leaves them out of the prose)."""
    found: list[tuple[str, str, int, int]] = []
    numbers: set[int] = set()
    if "copylint-" not in source:  # (no line holds one: the common case)
        return _regions(found, source, lines), numbers
    for n in range(1, lines.line_count + 1):
        text = lines.line_text(n)
        if "copylint-" not in text:
            continue
        m = _LINE_DIRECTIVE.match(text)
        if m is None:
            continue
        start = lines.line_start(n)
        kind, rules = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        found.append((kind, rules, start, start + len(text)))
        numbers.add(n)
    return _regions(found, source, lines), numbers


def _regions(found: list[tuple[str, str, int, int]], source: str, lines: LineIndex) -> list[Suppression]:
    """Regions from (kind, rules, start, end) of each directive, in source order."""
    regions: list[Suppression] = []
    open_: dict[tuple[str, ...], int] = {}
    for kind, rule_text, m_start, m_end in found:
        kind = kind.lower()
        rules = tuple(r for r in re.split(r"[\s,]+", rule_text.strip()) if r)
        if kind == "disable-next-line":
            line = lines.line_of(m_end)
            if line < lines.line_count:
                start = lines.line_start(line + 1)
                end = lines.line_start(line + 2) if line + 1 < lines.line_count else len(source)
                regions.append(Suppression(rules, start, end))
        elif kind == "disable":
            open_.setdefault(rules, m_end)
        else:
            if rules in open_:
                regions.append(Suppression(rules, open_.pop(rules), m_start))
            elif not rules:  # a bare enable closes everything
                for r, start in open_.items():
                    regions.append(Suppression(r, start, m_start))
                open_.clear()
            else:  # enable of some rules inside a broader disable: close those that name them
                for r in [r for r in open_ if set(rules) & set(r)]:
                    regions.append(Suppression(r, open_.pop(r), m_start))
    for rules, start in open_.items():
        regions.append(Suppression(rules, start, len(source)))
    return regions
