"""Running the linter over many files: discovery, reading, linting, in a stable order.

The engine lints one document; this module feeds it files (and stdin) and collects what
came back. The result cache and the worker processes wrap the same per-file step,
:func:`lint_file`, so a parallel or cached run gives exactly the serial run's result.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator

from copylint.backends import drain_warnings
from copylint.config import Settings, SettingsResolver
from copylint.decoding import decode
from copylint.discovery import Source, WalkWarning, discover
from copylint.errors import CopylintError, InputError
from copylint.issue import Issue
from copylint.readers import format_for_path
from copylint.reading import read_limited, read_stream, too_large
from copylint.records import field, record
from copylint.sourcefile import parse_document

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from concurrent.futures import Future

    from copylint.cache import ResultCache  # (imported by a run that caches: copylint.commands.check_run)

#: below this many files a pool costs more than it saves
PARALLEL_MIN_FILES = 8


@record
class RunResult:
    """The outcome of linting many files."""

    issues: list[Issue] = field(default_factory=list)
    errors: list[CopylintError] = field(default_factory=list)  # files skipped, checks that failed
    files: int = 0
    cached: int = 0  # of ``files``, those whose result came from the cache
    warnings: list[str] = field(default_factory=list)  # things the user should know; the run is complete


def as_resolver(settings: Settings | SettingsResolver) -> SettingsResolver:
    """A resolver; plain :class:`Settings` apply to every file."""
    return settings if isinstance(settings, SettingsResolver) else SettingsResolver(settings)


@record
class RunOptions:
    """How a run goes: sources kept, stdin name, progress callback, workers, result cache."""

    keep_sources: bool = False  # keep each document's source text (for reports that show articles)
    stdin_filename: str | None = None
    on_file: Callable[[str], None] | None = None  # called after each file (progress)
    jobs: int = 1  # worker processes; 0 = one per core
    cache: ResultCache | None = None


@record
class FileResult:
    """One file's outcome: its issues, errors and warnings."""

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
    """Read, parse and lint one file; whatever goes wrong with it becomes its error, not an exception.

    The file is read with a bound (``max_file_size``; a FIFO is refused, a device read no
    further than the bound: :mod:`copylint.reading`). A reader or check that fails on this
    file's content is reported as one error naming the file; every other file is unaffected.
    """
    try:
        if data is None:
            data = read_limited(source.path, settings.max_file_size)
        else:
            _check_size(source.path, len(data), settings)
        key, hit = _from_cache(settings, source, data, cache, keep_source)
        if hit is not None:
            return hit
        doc = parse_document(source.path, source.format, data)
        from copylint.engine import get_linter  # (a run whose every file is a cache hit never imports the checks)

        linter = get_linter(settings)
        issues = linter.lint(doc)
    except InputError as exc:
        return FileResult(source.path, False, errors=[exc])
    except CopylintError:  # the configuration (a word list, a pack): the run's error, said as it is
        raise
    except Exception as exc:  # noqa: BLE001 - a bug meets this file's content: contain it to the file
        with contextlib.suppress(Exception):
            from copylint.engine import get_linter

            get_linter(settings).take_failures()  # nothing of this file carries over to the next
        return FileResult(source.path, False, errors=[internal_error(source.path, exc)])
    failures = [f.as_error() for f in linter.take_failures()]
    if key is not None and not failures and not any(c.degraded for c in linter.checks):
        cache.put(key, issues)
    return FileResult(source.path, True, issues, failures, doc.source if keep_source else None,
                      warnings=drain_warnings())


def _from_cache(settings: Settings, source: Source, data: bytes, cache: ResultCache | None,
                keep_source: bool) -> tuple[str | None, FileResult | None]:
    """The file's cache key (None without a cache) and its cached result (None on a miss)."""
    if cache is None:
        return None, None
    key = cache.key(source.path, data, settings)
    hit = cache.get(key)
    if hit is None:
        return key, None
    text = decode(data, source.path).text if keep_source else None  # no parse needed
    return key, FileResult(source.path, True, hit, source=text, cached=True)


def cached_result(settings: Settings, source: Source, keep_source: bool, cache: ResultCache) -> FileResult | None:
    """The file's result from the cache without building a linter, or None: a miss, or a file
    that cannot be read (linting it then reports why)."""
    try:
        return _from_cache(settings, source, read_limited(source.path, settings.max_file_size), cache, keep_source)[1]
    except InputError:
        return None


def internal_error(path: str, exc: BaseException) -> InputError:
    """One line naming the file for an unexpected failure while reading or checking it.

    It names the exception and where copylint raised it, never the exception's text (which
    may quote the article: article text is never logged).
    """
    where = ""
    tb = exc.__traceback__
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if f"{os.sep}copylint{os.sep}" in filename:
            where = f" in copylint/{filename.rsplit(f'{os.sep}copylint{os.sep}', 1)[1]}"
        tb = tb.tb_next
    return InputError(
        f"could not be checked: internal error ({type(exc).__name__}{where}); "
        "other files are unaffected; please report this with the file",
        path,
    )


def _check_size(path: str, size: int, settings: Settings) -> None:
    if size > settings.max_file_size:
        raise InputError(too_large(f"file is {size / 1e6:.1f} MB", settings.max_file_size), path)


def sources(paths: list[str], settings: Settings | SettingsResolver) -> Iterator[Source | InputError | WalkWarning]:
    """Every file to lint under ``paths``; '-' (stdin) is yielded as a Source with path '-'.

    Symlinks in folders may point anywhere inside the folders named in ``paths``, no further.
    """
    roots = [p for p in paths if p != "-" and os.path.isdir(p)]
    for path in paths:
        if path == "-":
            yield Source("-", "txt")
        else:
            yield from discover([path], settings, roots=roots)


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
    if jobs > 1 and len(files) >= PARALLEL_MIN_FILES and options.cache is not None:
        # cache hits are answered here: a fully cached re-run starts no worker and builds no linter
        parallel = _cache_hits(files, settings, options)
        files = [f for f in files if f.path not in parallel]
    if jobs > 1 and len(files) >= PARALLEL_MIN_FILES:
        parallel.update(_run_parallel(files, settings, options, jobs, result))
    for item in items:
        if isinstance(item, InputError):
            result.errors.append(item)
            continue
        if isinstance(item, WalkWarning):
            result.warnings.append(item.message)
            continue
        if item.path == "-":
            name = options.stdin_filename or "<stdin>"
            fmt = (format_for_path(options.stdin_filename) if options.stdin_filename else "txt") or "txt"
            stdin_settings = settings.for_file(options.stdin_filename)
            try:
                data = read_stream(sys.stdin.buffer, stdin_settings.max_file_size, name, "stdin")
            except InputError as exc:
                file_result = FileResult(name, False, errors=[exc])
            else:
                file_result = lint_file(stdin_settings, Source(name, fmt), options.keep_sources, data=data)
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
    result.cached += file_result.cached
    result.issues.extend(file_result.issues)
    if file_result.source is not None:
        kept[file_result.path] = file_result.source


def _cache_hits(files: list[Source], settings: SettingsResolver, options: RunOptions) -> dict[str, FileResult]:
    assert options.cache is not None
    hits: dict[str, FileResult] = {}
    for src in files:
        hit = cached_result(settings.for_file(src.path), src, options.keep_sources, options.cache)
        if hit is not None:
            hits[src.path] = hit
            if options.on_file:
                options.on_file(src.path)
    return hits


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
    from concurrent.futures import ProcessPoolExecutor  # only a run with a pool pays for importing it
    from concurrent.futures.process import BrokenProcessPool

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
