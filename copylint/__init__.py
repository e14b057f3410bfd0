"""copylint: a copy-editing linter for news copy."""

from __future__ import annotations

from copylint.version import __version__

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import Any

    from copylint.api import RunResult, lint_paths, lint_text
    from copylint.config import Settings
    from copylint.issue import Issue

__all__ = ["Issue", "RunResult", "Settings", "__version__", "lint_paths", "lint_text"]

#: the library API, imported on first use (``import copylint.cli`` imports none of it)
_LAZY = {"RunResult": "copylint.api", "lint_paths": "copylint.api", "lint_text": "copylint.api",
         "Settings": "copylint.config", "Issue": "copylint.issue"}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'copylint' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
