"""copylint: a copy-editing linter for news copy."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from copylint.version import __version__

if TYPE_CHECKING:
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
