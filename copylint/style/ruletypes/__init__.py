"""The rule types, one module each; ``TYPES`` maps a rule file's ``type`` to its class.

A type's module is imported when a rule of that type is first built (or its keys first
validated), so a check imports only the types its packs use (the default pack uses six of
the eight)."""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from copylint.style.rule import StyleRule

#: type name -> (module in this package, class); the names are schema.RULE_TYPES (a test
#: keeps the two alike)
_CLASSES = {
    "existence": ("existence", "Existence"),
    "substitution": ("substitution", "Substitution"),
    "consistency": ("consistency", "Consistency"),
    "occurrence": ("occurrence", "Occurrence"),
    "repetition": ("repetition", "Repetition"),
    "capitalization": ("capitalization", "Capitalization"),
    "conditional": ("conditional", "Conditional"),
    "metric": ("metric", "Metric"),
}


class _Types(Mapping[str, "type[StyleRule]"]):
    """Type name -> class, each module imported on first look-up."""

    def __init__(self) -> None:
        self._loaded: dict[str, type[StyleRule]] = {}

    def __getitem__(self, name: str) -> type[StyleRule]:
        cls = self._loaded.get(name)
        if cls is None:
            module, attr = _CLASSES[name]
            cls = self._loaded[name] = getattr(importlib.import_module(f"{__name__}.{module}"), attr)
        return cls

    def __iter__(self) -> Iterator[str]:
        return iter(_CLASSES)

    def __len__(self) -> int:
        return len(_CLASSES)


TYPES: Mapping[str, type[StyleRule]] = _Types()
