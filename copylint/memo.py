"""A bounded per-process memo for decisions that recur in every article (one per distinct
word or piece of text), shared by the spelling, foreign-passage and grammar checks."""

from __future__ import annotations

from collections.abc import Callable


class DecidedOnce(dict):  # type: ignore[type-arg]
    """key -> ``decide(key)``, decided on the first lookup and kept (emptied when it holds
    ``limit`` entries), so that looking up known keys, by far the most, stays in C:
    ``map(memo.__getitem__, keys)``. For decisions per distinct word (or piece of text)
    that recur in every article."""

    def __init__(self, decide: Callable[[str], object], limit: int = 100_000) -> None:
        super().__init__()
        self.decide = decide
        self.limit = limit

    def __missing__(self, key: str) -> object:
        if len(self) >= self.limit:
            self.clear()
        value = self[key] = self.decide(key)
        return value
