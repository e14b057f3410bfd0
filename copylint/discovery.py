"""Finding the articles under the paths a user names."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass

from copylint.config import Settings, SettingsResolver
from copylint.errors import CopylintError, InputError
from copylint.readers import FORMATS, format_for_path


@dataclass(frozen=True, slots=True)
class Source:
    """A file to lint: the path as shown to the user, and its format."""

    path: str
    format: str


def discover(paths: list[str], settings: Settings | SettingsResolver,
             force_exclude: bool = False) -> Iterator[Source | InputError]:
    """Articles under ``paths`` in a stable order: files as named, folders recursively.

    Hidden files and folders, configured excludes and well-known non-article files
    (``skip-files``) are skipped inside folders, and with ``force_exclude`` also when named
    (the pre-commit hook names every staged file); symlinked folders are not followed (no
    loops). A path that does not exist raises.
    """
    force_exclude = force_exclude or getattr(settings, "force_exclude", False)
    seen: set[str] = set()
    for given in paths:
        if not os.path.lexists(given):
            raise CopylintError("no such file or directory", given)
        if os.path.isdir(given):
            for src in _walk(given, settings):
                key = os.path.realpath(src.path)
                if key not in seen:
                    seen.add(key)
                    yield src
        else:
            key = os.path.realpath(given)
            if key in seen:
                continue
            seen.add(key)
            if force_exclude and (settings.is_excluded(given) or settings.skips_file(given)):
                continue
            fmt = format_for_path(given)
            if fmt is None:
                yield InputError(
                    f"not an article file (copylint reads {', '.join(sorted(FORMATS))}); skipped", given
                )
                continue
            yield Source(given, fmt)


def _walk(root: str, settings: Settings) -> Iterator[Source]:
    for folder, dirs, files in os.walk(root, onerror=None, followlinks=False):
        dirs[:] = sorted(
            d for d in dirs
            if not d.startswith(".") and not settings.is_excluded(os.path.join(folder, d))
        )
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = os.path.join(folder, name)
            fmt = FORMATS.get(os.path.splitext(name)[1].lower())
            if fmt is None or settings.is_excluded(path) or settings.skips_file(path):
                continue
            yield Source(path, fmt)
