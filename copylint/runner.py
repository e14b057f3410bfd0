"""Running the linter over many files: discovery, reading, linting, in a stable order.

The engine lints one document; this module feeds it files (and stdin) and collects what
came back. The result cache and the worker processes wrap the same per-file step,
:func:`lint_file`, so a parallel or cached run gives exactly the serial run's result.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field

from copylint.backends import drain_warnings
from copylint.cache import ResultCache
from copylint.config import Settings, SettingsResolver
from copylint.decoding import decode
from copylint.discovery import Source, discover
from copylint.engine import get_linter
from copylint.errors import CopylintError, InputError
from copylint.issue import Issue
from copylint.readers import format_for_path
from copylint.sourcefile import parse_document, read_bytes

#: below this many files a pool costs more than it saves
PARALLEL_MIN_FILES = 8


@dataclass
class RunResult:
    """The outcome of linting many files."""

    issues: list[Issue] = field(default_factory=list)
    errors: list[CopylintError] = field(default_factory=list)  # files skipped, checks that failed
    files: int = 0
    warnings: list[str] = field(default_factory=list)  # things the user should know; the run is complete


def as_resolver(settings: Settings | SettingsResolver) -> SettingsResolver:
    """A resolver; plain :class:`Settings` apply to every file."""
    return settings if isinstance(settings, SettingsResolver) else SettingsResolver(settings)


@dataclass
class RunOptions:
    keep_sources: bool = False  # keep each document's source text (for reports that show articles)
    stdin_filename: str | None = None
    on_file: Callable[[str], None] | None = None  # called after each file (progress)
    jobs: int = 1  # worker processes; 0 = one per core
    cache: ResultCache | None = None


@dataclass
class FileResult:
    path: str
    linted: bool  # False when the file could not be read
    issues: list[Issue] = field(default_factory=list)
    errors: list[CopylintError] = field(default_factory=list)
    source: str | None = None
    cached: bool = False
    warnings: list[str] = field(default_factory=list)


def lint_file(
    settings: Settings,
    source: Source,
    keep_source: bool = False,
    data: bytes | None = None,
    cache: ResultCache | None = None,
) -> FileResult:
    """Read, parse and lint one file; an unreadable file becomes an error, not an exception."""
    try:
        if data is None:
            _check_size(source.path, os.path.getsize(source.path) if os.path.isfile(source.path) else 0, settings)
            data = read_bytes(source.path)
        else:
            _check_size(source.path, len(data), settings)
        key = cache.key(source.path, data, settings) if cache is not None else None
        if key is not None:
            hit = cache.get(key)
            if hit is not None:
                text = decode(data, source.path).text if keep_source else None  # no parse needed
                return FileResult(source.path, True, hit, source=text, cached=True)
        doc = parse_document(source.path, source.format, data)
    except InputError as exc:
        return FileResult(source.path, False, errors=[exc])
    linter = get_linter(settings)
    issues = linter.lint(doc)
    failures = [f.as_error() for f in linter.take_failures()]
    if key is not None and not failures and not any(c.degraded for c in linter.checks):
        cache.put(key, issues)
    return FileResult(source.path, True, issues, failures, doc.source if keep_source else None,
                      warnings=drain_warnings())


def _check_size(path: str, size: int, settings: Settings) -> None:
    if size > settings.max_file_size:
        raise InputError(
            f"file is {size / 1e6:.1f} MB, larger than max_file_size ({settings.max_file_size / 1e6:g} MB); skipped "
            "(raise max_file_size in the configuration to check it)",
            path,
        )


def sources(paths: list[str], settings: Settings | SettingsResolver) -> Iterator[Source | InputError]:
    """Every file to lint under ``paths``; '-' (stdin) is yielded as a Source with path '-'."""
    for path in paths:
        if path == "-":
            yield Source("-", "txt")
        else:
            yield from discover([path], settings)


def run(paths: list[str], settings: Settings | SettingsResolver,
        options: RunOptions | None = None) -> tuple[RunResult, dict[str, str]]:
    """Lint ``paths``, each file with its own settings (a :class:`SettingsResolver`; plain
    :class:`Settings` apply to all); returns the result and, with ``keep_sources``,
    path -> source text.

    Raises :class:`CopylintError` for a path that does not exist or a bad configuration.
    """
    options = options or RunOptions()
    settings = as_resolver(settings)
    result = RunResult()
    kept: dict[str, str] = {}
    items = list(sources(paths, settings))
    files = [i for i in items if isinstance(i, Source) and i.path != "-"]
    jobs = options.jobs or os.cpu_count() or 1
    parallel: dict[str, FileResult] = {}
    if jobs > 1 and len(files) >= PARALLEL_MIN_FILES:
        parallel = _run_parallel(files, settings, options, jobs, result)
    for item in items:
        if isinstance(item, InputError):
            result.errors.append(item)
            continue
        if item.path == "-":
            name = options.stdin_filename or "<stdin>"
            fmt = (format_for_path(options.stdin_filename) if options.stdin_filename else "txt") or "txt"
            file_result = lint_file(settings.for_file(options.stdin_filename), Source(name, fmt),
                                    options.keep_sources, data=sys.stdin.buffer.read())
        elif item.path in parallel:
            _collect(parallel[item.path], result, kept)
            continue
        else:
            file_result = lint_file(settings.for_file(item.path), item, options.keep_sources, cache=options.cache)
        _collect(file_result, result, kept)
        if options.on_file:
            options.on_file(file_result.path)
    if options.cache is not None and options.cache.warning:
        result.warnings.append(options.cache.warning)
    result.issues.sort(key=Issue.sort_key)
    return result, kept


def _collect(file_result: FileResult, result: RunResult, kept: dict[str, str]) -> None:
    result.errors.extend(file_result.errors)
    result.warnings.extend(w for w in file_result.warnings if w not in result.warnings)
    if not file_result.linted:
        return
    result.files += 1
    result.issues.extend(file_result.issues)
    if file_result.source is not None:
        kept[file_result.path] = file_result.source


# -- worker processes --------------------------------------------------------------

_WORKER: tuple[SettingsResolver, bool, ResultCache | None] | None = None


def _init_worker(settings: SettingsResolver, keep_sources: bool, cache: ResultCache | None) -> None:
    global _WORKER
    _WORKER = (settings, keep_sources, cache)


def _lint_batch(batch: list[Source]) -> list[FileResult]:
    assert _WORKER is not None
    settings, keep, cache = _WORKER
    return [lint_file(settings.for_file(src.path), src, keep, cache=cache) for src in batch]


def _run_parallel(
    files: list[Source], settings: SettingsResolver, options: RunOptions, jobs: int, result: RunResult
) -> dict[str, FileResult]:
    """Lint ``files`` in worker processes; a batch whose worker died is re-linted here."""
    size = max(1, min(32, len(files) // (jobs * 4)))
    batches = [files[i : i + size] for i in range(0, len(files), size)]
    done: dict[str, FileResult] = {}
    failed: list[list[Source]] = []
    with ProcessPoolExecutor(
        max_workers=jobs, initializer=_init_worker, initargs=(settings, options.keep_sources, options.cache)
    ) as pool:
        submitted: list[tuple[list[Source], Future[list[FileResult]]]] = []
        for n, batch in enumerate(batches):
            try:
                submitted.append((batch, pool.submit(_lint_batch, batch)))
            except BrokenProcessPool:  # a worker died before everything was handed out
                failed.extend(batches[n:])
                break
        for batch, future in submitted:
            try:
                for file_result in future.result():
                    done[file_result.path] = file_result
                    if options.on_file:
                        options.on_file(file_result.path)
            except BrokenProcessPool:
                failed.append(batch)
    if failed:
        count = sum(len(b) for b in failed)
        result.warnings.append(
            f"a worker process died during the run; {count} file(s) were linted again in the main process"
        )
        for batch in failed:
            for src in batch:
                file_result = lint_file(settings.for_file(src.path), src, options.keep_sources, cache=options.cache)
                done[file_result.path] = file_result
                if options.on_file:
                    options.on_file(file_result.path)
    return done
