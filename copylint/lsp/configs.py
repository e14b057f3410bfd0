"""Settings and linters for the server, per configuration file, reloaded when files change.

Each lint looks up the configuration file above the document (a few ``stat`` calls) and
compares its modification stamp, and those of the word lists it names, with the ones
seen last; a changed file is re-read and gets a fresh :class:`~copylint.engine.Linter`.
Heavy resources (dictionaries, grammar backends) are cached per process by the checks
themselves, so a fresh linter reuses them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from copylint.config import Settings, find_config_file, load_config_file
from copylint.engine import Linter, get_linter
from copylint.errors import ConfigError

Stamp = tuple[tuple[str, int, int], ...]


def file_stamps(paths: tuple[str, ...] | list[str]) -> Stamp:
    """(path, mtime_ns, size) of each file; (path, -1, -1) for one that does not exist."""
    out = []
    for path in paths:
        try:
            st = os.stat(path)
            out.append((path, st.st_mtime_ns, st.st_size))
        except OSError:
            out.append((path, -1, -1))
    return tuple(out)


def word_list_files(settings: Settings) -> tuple[str, ...]:
    return settings.spelling.accept + settings.spelling.reject


@dataclass
class _Entry:
    stamp: Stamp
    settings: Settings | None
    error: ConfigError | None


@dataclass
class Resolved:
    """The settings and linter for one document (``error`` when the config is broken)."""

    settings: Settings | None
    linter: Linter | None
    config: str | None  # the configuration file, if any
    error: ConfigError | None = None


class ConfigCache:
    """Finds, loads and caches configuration; ``config`` forces one file (``copylint lsp --config``)."""

    def __init__(self, config: str | None = None, default_root: str | None = None) -> None:
        self.forced = os.path.abspath(config) if config else None
        self.default_root = default_root or os.getcwd()
        self._settings: dict[str | None, _Entry] = {}
        self._linters: dict[Settings, tuple[Stamp, Linter]] = {}

    def config_for(self, folder: str | None) -> str | None:
        if self.forced:
            return self.forced
        found = find_config_file(folder or self.default_root)
        return str(found) if found else None

    def resolve(self, folder: str | None) -> Resolved:
        """Settings and linter for documents in ``folder`` (None: the workspace root)."""
        config = self.config_for(folder)
        entry = self._load(config)
        if entry.settings is None:
            return Resolved(None, None, config, entry.error)
        try:
            linter = self._linter(entry.settings)
        except ConfigError as exc:  # e.g. a rule id that names no rule: say so, as the CLI does
            return Resolved(None, None, config, exc)
        return Resolved(entry.settings, linter, config, entry.error)

    def _load(self, config: str | None) -> _Entry:
        stamp = file_stamps([config]) if config else ()
        entry = self._settings.get(config)
        if entry is not None and entry.stamp == stamp:
            return entry
        if config is None:
            new = _Entry(stamp, Settings(root=self.default_root), None)
        else:
            try:
                new = _Entry(stamp, load_config_file(config), None)
            except ConfigError as exc:
                # keep linting with the last good settings, and say why they are old
                new = _Entry(stamp, entry.settings if entry else None, exc)
        self._settings[config] = new
        return new

    def _linter(self, settings: Settings) -> Linter:
        stamp = file_stamps(word_list_files(settings))
        cached = self._linters.get(settings)
        if cached is not None and cached[0] == stamp:
            return cached[1]
        if cached is None:
            linter = get_linter(settings)
        else:  # a word list changed: the checks must read it again
            cached[1].close()
            linter = Linter(settings)
        self._linters[settings] = (stamp, linter)
        return linter

    def close(self) -> None:
        for _, linter in self._linters.values():
            linter.close()
        self._linters.clear()


def folder_of(path: str | None) -> str | None:
    return str(Path(path).parent) if path else None
