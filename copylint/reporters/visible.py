"""Showing a span or a replacement so that whitespace can be seen ("␣" for a space).

A replacement of two spaces by one, or a stray tab, would otherwise show as empty quotes.
"""

from __future__ import annotations

from copylint.charnames import describe

_MARKS = str.maketrans({" ": "\u2423", "\t": "\u21e5", "\n": "\u21b5", "\r": "", "\u00a0": "\u237d"})


def visible(text: str, limit: int = 80) -> str:
    """``text`` on one line, at most ``limit`` characters; whitespace-only text (or text with
    whitespace at either end) keeps its spaces as visible marks."""
    if not text.strip() or text != text.strip():
        shown = text.translate(_MARKS)
    else:
        shown = " ".join(text.split())
    return shown if len(shown) <= limit else shown[: limit - 1] + "\u2026"


def replacement(text: str) -> str:
    """A suggestion as a user reads it: a confusable or invisible character by its name
    ("curly apostrophe ’"), other text quoted and visible, or "(delete)"."""
    if not text:
        return "(delete)"
    return describe(text) or f"\u201c{visible(text)}\u201d"
