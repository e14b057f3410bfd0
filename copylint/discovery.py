"""Finding the articles under the paths a user names."""

from __future__ import annotations

import os
from collections.abc import Iterator

from copylint.config import Settings, SettingsResolver
from copylint.errors import CopylintError, InputError
from copylint.readers import FORMATS, format_for_path
from copylint.records import record


@record(frozen=True, slots=True)
class WalkWarning:
    """Something a folder walk skipped that the user should know about (not an error)."""

    message: str


@record(frozen=True, slots=True)
class Source:
    """A file to lint: the path as shown to the user, and its format."""

    path: str
    format: str


def discover(
    paths: list[str], settings: Settings | SettingsResolver, force_exclude: bool = False,
    roots: list[str] | None = None,
) -> Iterator[Source | InputError | WalkWarning]:
    """Articles under ``paths`` in a stable order: files as named, folders recursively.

    Hidden files and folders, configured excludes and well-known non-article files
    (``skip-files``) are skipped inside folders, and with ``force_exclude`` also when named
    (the pre-commit hook names every staged file); symlinked folders are not followed (no
    loops). A symlink found in a folder is followed only when its target lies inside one of
    ``roots`` (default: the folders in ``paths``, the ones named on the command line); one
    that leaves them is skipped with a :class:`WalkWarning` naming it, so a contributed
    ``notes.txt -> ~/.netrc`` is never read. A path that does not exist raises.
    """
    force_exclude = force_exclude or getattr(settings, "force_exclude", False)
    if roots is None:
        roots = [p for p in paths if os.path.isdir(p)]
    inside = [os.path.realpath(r) for r in roots]
    seen: set[str] = set()
    for given in paths:
        if not os.path.lexists(given):
            raise CopylintError("no such file or directory", given)
        if os.path.isdir(given):
            for src in _walk(given, settings, inside):
                if isinstance(src, WalkWarning):
                    yield src
                    continue
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


def _leaves(path: str, inside: list[str]) -> bool:
    """True when the symlink at ``path`` points outside every folder in ``inside`` (real paths)."""
    target = os.path.realpath(path)
    return not any(target == root or target.startswith(root.rstrip(os.sep) + os.sep) for root in inside)


def _outside(path: str) -> WalkWarning:
    return WalkWarning(f"{path}: symbolic link to a file outside the folders named on the command line; "
                       "not followed")


def _walk(root: str, settings: Settings, inside: list[str]) -> Iterator[Source | WalkWarning]:
    for folder, dirs, files in os.walk(root, onerror=None, followlinks=False):
        dirs[:] = sorted(
            d for d in dirs
            if not d.startswith(".") and not settings.is_excluded(os.path.join(folder, d))
        )
        for d in dirs:  # symlinked folders are never followed; say so when one leads outside
            path = os.path.join(folder, d)
            if os.path.islink(path) and _leaves(path, inside):
                yield _outside(path)
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = os.path.join(folder, name)
            fmt = FORMATS.get(os.path.splitext(name)[1].lower())
            if fmt is None or settings.is_excluded(path) or settings.skips_file(path):
                continue
            if os.path.islink(path) and _leaves(path, inside):
                yield _outside(path)
                continue
            yield Source(path, fmt)
