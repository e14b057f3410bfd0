"""Inline ``<!-- copylint-disable RULE -->`` comments in Markdown and HTML."""

from __future__ import annotations

import re

from copylint.document import Suppression
from copylint.positions import LineIndex

_DIRECTIVE = re.compile(
    r"<!--\s*copylint-(disable-next-line|disable|enable)\b([^>]*?)\s*-->", re.IGNORECASE
)


def find_suppressions(source: str, lines: LineIndex, skip: list[tuple[int, int]] | None = None) -> list[Suppression]:
    """Suppression regions from the directives in ``source``.

    ``disable`` runs to the matching ``enable`` (or the end); ``disable-next-line``
    covers the line after the comment. ``skip`` lists source ranges (code blocks)
    whose comments are not directives.
    """
    skip = skip or []
    regions: list[Suppression] = []
    open_: dict[tuple[str, ...], int] = {}
    for m in _DIRECTIVE.finditer(source):
        if any(a <= m.start() < b for a, b in skip):
            continue
        kind = m.group(1).lower()
        rules = tuple(r for r in re.split(r"[\s,]+", m.group(2).strip()) if r)
        if kind == "disable-next-line":
            line = lines.line_of(m.end())
            if line < lines.line_count:
                start = lines.line_start(line + 1)
                end = lines.line_start(line + 2) if line + 1 < lines.line_count else len(source)
                regions.append(Suppression(rules, start, end))
        elif kind == "disable":
            open_.setdefault(rules, m.end())
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
