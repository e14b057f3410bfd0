"""Archive mode: articles as JSON lines in, one JSON result line per article out.

Input records: ``{"id": ..., "headline": "...", "body": "...", "format": "txt"|"md"|"html"}``
(``format`` optional, default ``txt``). Each record is linted as the document
``headline + "\\n\\n" + body``: line 1 is the headline, the body starts on line 3, which is
exactly what ``copylint check`` reports for a file written that way. Output lines:
``{"id": ..., "issues": [...]}`` (issues as in ``--format json``, ``path`` = the id), or
``{"id": ..., "error": "..."}`` for a record that cannot be linted, or
``{"source": FILE, "line": N, "error": "..."}`` for a line that is not a valid record.
Results come out in input order; memory stays bounded however long the stream: a record
is read no further than ``max_file_size`` bytes (a longer one is an error line; an input
that does not end such a line within ten times the limit, such as ``/dev/zero``, is abandoned there); a named input
that is not a regular file (a FIFO, a device) is refused, not waited on; nesting in a record
is bounded (:mod:`copylint.jsonload`); a record whose reading or checking fails gets an
``error`` line and the records after it are checked as usual.
"""

from __future__ import annotations

import json
import os
import stat
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import IO, Any

from copylint.config import Settings, SettingsResolver
from copylint.document import with_headline
from copylint.engine import get_linter
from copylint.errors import CopylintError
from copylint.escaping import json_safe
from copylint.jsonload import loads
from copylint.readers import parse
from copylint.reading import DEFAULT_LIMIT
from copylint.runner import internal_error

FORMATS = ("txt", "md", "html")
BATCH = 64


@dataclass
class ArchiveStats:
    articles: int = 0
    issues: int = 0
    errors: int = 0
    severities: set[str] = field(default_factory=set)  # of the issues seen
    severities_by_input: dict[str, set[str]] = field(default_factory=dict)  # input name -> severities seen


def records(
    stream: IO[bytes], name: str, limit: int = DEFAULT_LIMIT
) -> Iterator[tuple[int, dict[str, Any] | str]]:
    """(line number, record) for each non-blank line; a problem is returned as a message."""
    for n, raw in enumerate(_lines(stream, limit), 1):
        if raw is None:
            yield n, f"record longer than max_file_size ({limit} bytes); skipped"
            continue
        if raw is _ABANDONED:
            yield n, (f"record longer than max_file_size ({limit} bytes) and no end of line within "
                      f"{SKIP_FACTOR * limit} bytes; the rest of {name} is not read")
            return
        if n == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield n, f"not valid UTF-8 ({exc.reason} at byte {exc.start})"
            continue
        if not line.strip():
            continue
        try:
            data = loads(line)
        except ValueError as exc:
            yield n, f"invalid JSON: {exc}"
            continue
        problem = validate_record(data)
        yield n, problem if problem else data


_ABANDONED = b"<abandoned>"
#: an over-long record is skipped to its end of line, read no further than this many times the limit
SKIP_FACTOR = 10


def _lines(stream: IO[bytes], limit: int) -> Iterator[bytes | None]:
    """The lines of ``stream``, each read no further than ``limit`` bytes: None for a line
    that is longer (skipped to its end), then :data:`_ABANDONED` if that end is not found
    within :data:`SKIP_FACTOR` times the limit (``/dev/zero``)."""
    while True:
        raw = stream.readline(limit + 1)
        if not raw:
            return
        if len(raw) <= limit or raw.endswith(b"\n"):
            yield raw
            continue
        skipped = len(raw)
        while True:  # the rest of the over-long line, in bounded pieces
            rest = stream.readline(limit + 1)
            skipped += len(rest)
            if not rest or rest.endswith(b"\n"):
                yield None
                break
            if skipped > SKIP_FACTOR * limit:
                yield _ABANDONED
                return


def validate_record(data: Any) -> str | None:
    """Why ``data`` is not a valid archive record, or None."""
    if not isinstance(data, dict):
        return "a record must be a JSON object"
    if "id" not in data:
        return "a record needs an \"id\""
    for key in ("headline", "body"):
        if not isinstance(data.get(key, ""), str):
            return f"\"{key}\" must be a string"
    if "headline" not in data and "body" not in data:
        return "a record needs a \"headline\" or a \"body\""
    fmt = data.get("format", "txt")
    if fmt not in FORMATS:
        return f"\"format\" must be one of {', '.join(FORMATS)}, got {fmt!r}"
    unknown = set(data) - {"id", "headline", "body", "format"}
    if unknown:
        return f"unknown field(s): {', '.join(sorted(unknown))}"
    return None


def lint_record(settings: Settings, record: dict[str, Any]) -> dict[str, Any]:
    """The result line for one valid record."""
    ident = record["id"]
    fmt = record.get("format", "txt")
    path = str(ident)
    try:
        body = parse(record.get("body", ""), path, "body" if fmt == "txt" else fmt)
        doc = with_headline(record.get("headline", ""), body)
        linter = get_linter(settings)
        issues = linter.lint(doc)
    except CopylintError:  # the configuration's error, not this record's
        raise
    except Exception as exc:  # noqa: BLE001 - contained to this record; the others are checked
        return {"id": ident, "error": internal_error(path, exc).message}
    failures = linter.take_failures()
    if failures:
        return {"id": ident, "error": failures[0].as_error().message}
    return {"id": ident, "issues": [i.to_dict() for i in issues]}


def _lint_batch(settings: Settings, batch: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [lint_record(settings, r) for r in batch]


def _batches(items: Iterable[tuple[str, int, dict[str, Any] | str]]) -> Iterator[list[tuple[str, int, dict[str, Any] | str]]]:
    """Runs of at most BATCH items, each from one input (so one configuration)."""
    batch: list[tuple[str, int, dict[str, Any] | str]] = []
    for item in items:
        if batch and batch[-1][0] != item[0]:
            yield batch
            batch = []
        batch.append(item)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def run_archive(inputs: list[tuple[str, IO[bytes]]], settings: Settings | SettingsResolver, out: IO[str],
                jobs: int = 1) -> ArchiveStats:
    """Lint every record of ``inputs`` ((name, stream) pairs) and write result lines to ``out``.

    Each archive's records get the configuration nearest that archive file (stdin: the
    current folder's), as files do; plain :class:`Settings` apply to all.
    """
    configs = settings if isinstance(settings, SettingsResolver) else SettingsResolver(settings)
    stats = ArchiveStats()
    items = ((name, n, rec) for name, stream in inputs
             for n, rec in records(stream, name, configs.for_file(None if name == "<stdin>" else name).max_file_size))
    jobs = jobs or os.cpu_count() or 1

    def settings_of(batch: list[tuple[str, int, dict[str, Any] | str]]) -> Settings:
        name = batch[0][0]
        return configs.for_file(None if name == "<stdin>" else name)

    def emit(batch: list[tuple[str, int, dict[str, Any] | str]], results: list[dict[str, Any]]) -> None:
        it = iter(results)
        for name, n, rec in batch:
            line = {"source": name, "line": n, "error": rec} if isinstance(rec, str) else next(it)
            _count(line, stats)
            if "issues" in line:
                stats.severities_by_input.setdefault(name, set()).update(i["severity"] for i in line["issues"])
            out.write(json_safe(json.dumps(line, ensure_ascii=False)) + "\n")  # no raw C1, bidi or U+2028 in a log

    def valid(batch: list[tuple[str, int, dict[str, Any] | str]]) -> list[dict[str, Any]]:
        return [rec for _, _, rec in batch if not isinstance(rec, str)]

    if jobs <= 1:
        for batch in _batches(items):
            emit(batch, _lint_batch(settings_of(batch), valid(batch)))
        return stats
    pending: deque[tuple[list[Any], Future[list[dict[str, Any]]]]] = deque()
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for batch in _batches(items):
            pending.append((batch, pool.submit(_lint_batch, settings_of(batch), valid(batch))))
            if len(pending) >= jobs * 3:  # bounded: results leave in order as they come
                done_batch, future = pending.popleft()
                emit(done_batch, future.result())
        while pending:
            done_batch, future = pending.popleft()
            emit(done_batch, future.result())
    return stats


def _count(line: dict[str, Any], stats: ArchiveStats) -> None:
    if "error" in line:
        stats.errors += 1
        return
    stats.articles += 1
    stats.issues += len(line["issues"])
    stats.severities.update(issue["severity"] for issue in line["issues"])


def open_inputs(paths: list[str]) -> list[tuple[str, IO[bytes]]]:
    """(name, byte stream) for each path; '-' is stdin. Raises CopylintError naming a bad path:
    one that cannot be opened, or is not a regular file (a FIFO is refused, not waited on)."""
    opened: list[tuple[str, IO[bytes]]] = []
    for path in paths:
        if path == "-":
            opened.append(("<stdin>", sys.stdin.buffer))
            continue
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
            kind = stat.S_IFMT(os.fstat(fd).st_mode)
            if kind != stat.S_IFREG:
                os.close(fd)
                what = "a folder" if kind == stat.S_IFDIR else "not a regular file (a FIFO, a device or a socket)"
                raise CopylintError(f"cannot read: {what}; give a file, or '-' for stdin", path)
            os.set_blocking(fd, True)
            opened.append((path, os.fdopen(fd, "rb")))  # closed by the caller
        except (OSError, CopylintError) as exc:
            for _, stream in opened:
                if stream is not sys.stdin.buffer:
                    stream.close()
            if isinstance(exc, CopylintError):
                raise
            raise CopylintError(f"cannot read: {exc.strerror or exc}", path) from None
    return opened
