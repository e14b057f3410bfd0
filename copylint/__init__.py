"""copylint: a copy-editing linter for news copy."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("copylint")
except PackageNotFoundError:  # running from a source tree
    __version__ = "0.0.0+unknown"

from copylint.api import RunResult, lint_paths, lint_text  # noqa: E402
from copylint.config import Settings  # noqa: E402
from copylint.issue import Issue  # noqa: E402

__all__ = ["Issue", "RunResult", "Settings", "__version__", "lint_paths", "lint_text"]
