"""copylint: a copy-editing linter for news copy."""

from __future__ import annotations

# The one place the version is written (pyproject.toml reads it from here); a literal, so
# start-up does not pay for importlib.metadata.
__version__ = "0.1.0"

from copylint.api import RunResult, lint_paths, lint_text  # noqa: E402
from copylint.config import Settings  # noqa: E402
from copylint.issue import Issue  # noqa: E402

__all__ = ["Issue", "RunResult", "Settings", "__version__", "lint_paths", "lint_text"]
