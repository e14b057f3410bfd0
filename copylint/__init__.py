"""copylint: a copy-editing linter for news copy."""

from __future__ import annotations

from copylint.api import RunResult, lint_paths, lint_text
from copylint.config import Settings
from copylint.issue import Issue
from copylint.version import __version__

__all__ = ["Issue", "RunResult", "Settings", "__version__", "lint_paths", "lint_text"]
