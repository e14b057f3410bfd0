"""JSON from files copylint did not write itself (archive lines, baselines, cache entries),
parsed with bounded nesting.

Python's parser recurses once per nesting level, so ``[[[[...]]]]`` a few thousand deep
raises ``RecursionError`` (not ``ValueError``) and escapes every ``except ValueError``.
:func:`loads` measures the nesting first, outside strings, and refuses anything deeper
than :data:`MAX_DEPTH` with a ``ValueError`` that says so.
"""

from __future__ import annotations

import json
import re
from itertools import accumulate

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import Any

#: deeper than anything copylint writes or reads (a baseline is 3 levels, a record 1)
MAX_DEPTH = 64

_STRING = re.compile(r'"(?:[^"\\]+|\\.)*"', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


class TooDeep(ValueError):
    pass


def depth(text: str) -> int:
    """The deepest nesting of arrays and objects in JSON ``text`` (brackets in strings ignored)."""
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))
    return max(accumulate(map(_STEP.__getitem__, brackets)), default=0)


def loads(text: str | bytes, max_depth: int = MAX_DEPTH) -> Any:
    """``json.loads`` that raises ``ValueError`` (never ``RecursionError``) for deep nesting."""
    if isinstance(text, bytes | bytearray):
        text = text.decode("utf-8")
    if depth(text) > max_depth:
        raise TooDeep(f"nested more than {max_depth} levels deep")
    try:
        return json.loads(text)
    except RecursionError:  # belt and braces: never escapes as anything but ValueError
        raise TooDeep(f"nested more than {max_depth} levels deep") from None
