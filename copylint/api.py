"""The library API: everything the CLI does, callable from Python.

>>> from copylint import lint_text
>>> [i.rule for i in lint_text("Storm hits coast\\n\\nIt hit the the coast.\\n")]
['style.repeated-word']
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field

from copylint.config import Settings, discover_settings, load_config_file
from copylint.decoding import decode
from copylint.document import Document
from copylint.engine import Linter
from copylint.errors import CopylintError
from copylint.issue import Issue
from copylint.readers import parse
from copylint.reading import read_limited

_LINTERS: dict[Settings, Linter] = {}


def _settings(config: Settings | str | os.PathLike[str] | None, near: str | None) -> Settings:
    if isinstance(config, Settings):
        return config
    if config is not None:
        return load_config_file(config)
    return discover_settings(near)


def get_linter(settings: Settings) -> Linter:
    """One Linter per configuration per process: heavy resources are built once."""
    linter = _LINTERS.get(settings)
    if linter is None:
        linter = _LINTERS[settings] = Linter(settings)
    return linter


def read_bytes(path: str) -> bytes:
    """A file's bytes; :class:`InputError` naming the file when it cannot be read.

    Bounded like every input (:mod:`copylint.reading`): at most the default
    ``max_file_size``, a FIFO refused rather than waited on.
    """
    return read_limited(path)


def read_document(path: str, fmt: str | None = None, data: bytes | None = None) -> Document:
    """Read and parse one file. Raises :class:`InputError` when it cannot be read."""
    return parse_document(path, fmt, read_bytes(path) if data is None else data)


def parse_document(path: str, fmt: str | None, data: bytes) -> Document:
    """Decode and parse a file's bytes. Raises :class:`InputError` when they are not text."""
    decoded = decode(data, path)
    doc = parse(decoded.text, path, fmt)
    doc.has_bom = decoded.has_bom
    doc.encoding = decoded.encoding
    return doc


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
    near = os.path.dirname(os.path.abspath(path)) if path != "<text>" else None
    settings = _settings(config, near)
    text = text.removeprefix("\ufeff")
    doc = parse(text, path, format)
    return get_linter(settings).lint(doc)


@dataclass
class RunResult:
    """The outcome of linting many files."""

    issues: list[Issue] = field(default_factory=list)
    errors: list[CopylintError] = field(default_factory=list)  # files skipped, checks that failed
    files: int = 0
    warnings: list[str] = field(default_factory=list)  # things the user should know; the run is complete


def lint_paths(
    paths: Iterable[str],
    config: Settings | str | os.PathLike[str] | None = None,
) -> RunResult:
    """Lint files and folders. Unreadable files are recorded in ``errors`` and skipped.

    Raises :class:`CopylintError` for a path that does not exist or a bad configuration.
    """
    from copylint.runner import run

    paths = list(paths)
    settings = _settings(config, paths[0] if paths else None)
    result, _ = run(paths, settings)
    return result
