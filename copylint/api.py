"""The library API: everything the CLI does, callable from Python.

>>> from copylint import lint_text
>>> [i.rule for i in lint_text("Storm hits coast\\n\\nIt hit the the coast.\\n")]
['style.repeated-word']

Like the command line, every file is linted with the nearest configuration at or above
it, unless ``config`` names one for all.
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from copylint.config import Settings, SettingsResolver
from copylint.engine import Linter, get_linter
from copylint.issue import Issue
from copylint.readers import parse
from copylint.runner import RunResult, run
from copylint.sourcefile import parse_document, read_bytes, read_document

__all__ = ["Linter", "RunResult", "get_linter", "lint_paths", "lint_text", "parse_document", "read_bytes",
           "read_document"]


def lint_text(
    text: str,
    path: str = "<text>",
    config: Settings | str | os.PathLike[str] | None = None,
    format: str | None = None,
) -> list[Issue]:
    """Lint ``text`` as if it were the file ``path`` (whose extension picks the format).

    ``config`` is a :class:`Settings`, a configuration file, or None to look for one
    above ``path`` (or the current folder).
    """
    settings = SettingsResolver(config).for_file(None if path == "<text>" else path)
    text = text.removeprefix("\ufeff")
    doc = parse(text, path, format)
    return get_linter(settings).lint(doc)


def lint_paths(
    paths: Iterable[str],
    config: Settings | str | os.PathLike[str] | None = None,
) -> RunResult:
    """Lint files and folders, each with its nearest configuration (or ``config`` for all).
    Unreadable files are recorded in ``errors`` and skipped.

    Raises :class:`CopylintError` for a path that does not exist or a bad configuration.
    """
    result, _ = run(list(paths), SettingsResolver(config))
    return result
