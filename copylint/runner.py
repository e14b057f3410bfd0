"""Running the linter over many files: discovery, reading, linting, in a stable order.

The engine lints one document; this module feeds it files (and stdin) and collects
what came back. Parallel workers and the result cache wrap the same per-file step.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from copylint.api import RunResult, get_linter, read_document
from copylint.config import Settings
from copylint.discovery import Source, discover
from copylint.errors import CopylintError, InputError
from copylint.issue import Issue
from copylint.readers import format_for_path


@dataclass
class RunOptions:
    keep_sources: bool = False  # keep each document's source text (for reports that show articles)
    stdin_filename: str | None = None
    on_file: Callable[[str], None] | None = None  # called after each file (progress)


@dataclass
class FileResult:
    path: str
    linted: bool  # False when the file could not be read
    issues: list[Issue] = field(default_factory=list)
    errors: list[CopylintError] = field(default_factory=list)
    source: str | None = None


def lint_file(settings: Settings, source: Source, keep_source: bool = False, data: bytes | None = None) -> FileResult:
    """Read, parse and lint one file; an unreadable file becomes ``error``."""
    linter = get_linter(settings)
    try:
        doc = read_document(source.path, source.format, data=data)
    except InputError as exc:
        return FileResult(source.path, False, errors=[exc])
    issues = linter.lint(doc)
    failures = [CopylintError(f"internal error in {f.check}: {f.error}", f.path) for f in linter.failures]
    linter.failures.clear()
    return FileResult(source.path, True, issues, failures, doc.source if keep_source else None)


def sources(paths: list[str], settings: Settings) -> Iterator[Source | InputError]:
    """Every file to lint under ``paths`` ('-' is stdin, yielded as a Source with path '-')."""
    for path in paths:
        if path == "-":
            yield Source("-", "txt")
        else:
            yield from discover([path], settings)


def run(paths: list[str], settings: Settings, options: RunOptions | None = None) -> tuple[RunResult, dict[str, str]]:
    """Lint ``paths``; returns the result and, with ``keep_sources``, path -> source text.

    Raises :class:`CopylintError` for a path that does not exist.
    """
    options = options or RunOptions()
    result = RunResult()
    kept: dict[str, str] = {}
    for item in sources(paths, settings):
        if isinstance(item, InputError):
            result.errors.append(item)
            continue
        if item.path == "-":
            name = options.stdin_filename or "<stdin>"
            fmt = (format_for_path(options.stdin_filename) if options.stdin_filename else "txt") or "txt"
            file_result = lint_file(settings, Source(name, fmt), options.keep_sources, data=sys.stdin.buffer.read())
        else:
            file_result = lint_file(settings, item, options.keep_sources)
        _collect(file_result, result, kept)
        if options.on_file:
            options.on_file(file_result.path)
    result.issues.sort(key=Issue.sort_key)
    return result, kept


def _collect(file_result: FileResult, result: RunResult, kept: dict[str, str]) -> None:
    result.errors.extend(file_result.errors)
    if not file_result.linted:
        return
    result.files += 1
    result.issues.extend(file_result.issues)
    if file_result.source is not None:
        kept[file_result.path] = file_result.source
