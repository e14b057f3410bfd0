"""Inline ``<!-- copylint-disable RULE -->`` comments in Markdown and HTML."""

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


def find_suppressions(source: str, lines: LineIndex, skip: list[tuple[int, int]] | None = None) -> list[Suppression]:
    """Suppression regions from the directives in ``source``.

    ``disable`` runs to the matching ``enable`` (or the end); ``disable-next-line``
    covers the line after the comment. ``skip`` lists source ranges (code blocks)
    whose comments are not directives. A directive is ``<!-- copylint-KIND RULES -->``
    with no ``>`` before its ``-->``. Linear in the source: the comment ends and the
    skipped ranges are looked up by bisection, never searched for again.
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

    directives = []
    for m in _DIRECTIVE.finditer(source):
        k = bisect_left(closes, m.end())
        if k == len(closes):
            break  # no "-->" after it: neither this nor any later one is a directive
        close = closes[k]
        g = bisect_left(gts, m.end())
        if gts[g] != close + 2 or skipped(m.start()):  # a ">" inside: not a directive comment
            continue
        directives.append((m, source[m.end():close], close + 3))
    regions: list[Suppression] = []
    open_: dict[tuple[str, ...], int] = {}
    for m, body, end in directives:
        kind = m.group(1).lower()
        rules = tuple(r for r in re.split(r"[\s,]+", body.strip()) if r)
        if kind == "disable-next-line":
            line = lines.line_of(end)
            if line < lines.line_count:
                start = lines.line_start(line + 1)
                end = lines.line_start(line + 2) if line + 1 < lines.line_count else len(source)
                regions.append(Suppression(rules, start, end))
        elif kind == "disable":
            open_.setdefault(rules, end)
        else:
            if rules in open_:
                regions.append(Suppression(rules, open_.pop(rules), m.start()))
            elif not rules:  # a bare enable closes everything
                for r, start in open_.items():
                    regions.append(Suppression(r, start, m.start()))
                open_.clear()
            else:  # enable of some rules inside a broader disable: close those that name them
                for r in [r for r in open_ if set(rules) & set(r)]:
                    regions.append(Suppression(r, open_.pop(r), m.start()))
    for rules, start in open_.items():
        regions.append(Suppression(rules, start, len(source)))
    return regions
