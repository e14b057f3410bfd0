"""A result cache keyed by file content, effective configuration and copylint version.

Entries are small JSON files under the cache folder (``$COPYLINT_CACHE_DIR``, else
``$XDG_CACHE_HOME/copylint``, else ``~/.cache/copylint``), written to a temporary file
and renamed, so concurrent runs never see a half-written entry. A corrupt or unreadable
entry is a miss; a cache folder that cannot be written is skipped with a warning.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import fields
from pathlib import Path

from copylint.cachefile import replace_file
from copylint.config import Settings
from copylint.issue import Issue
from copylint.version import __version__

_FIELDS = [f.name for f in fields(Issue)]


def default_cache_dir() -> Path:
    env = os.environ.get("COPYLINT_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "copylint"


def _hash_file(h: hashlib._Hash, path: str) -> None:
    h.update(path.encode())
    try:
        if os.path.isdir(path):
            for folder, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    _hash_file(h, os.path.join(folder, name))
        else:
            with open(path, "rb") as fh:
                h.update(fh.read())
    except OSError:
        h.update(b"<unreadable>")


def _code_fingerprint(h: hashlib._Hash) -> None:
    """Size and modification time of every file of the installed package (code, data, packs,
    and the shipped packs' folder in a source checkout), so an edited or upgraded copylint
    never serves results of the old one."""
    from copylint.style.packs import builtin_root

    package = Path(__file__).resolve().parent
    roots = [package] if builtin_root().is_relative_to(package) else [package, builtin_root()]
    for root in roots:
        _stat_tree(h, root)


def _stat_tree(h: hashlib._Hash, root: Path) -> None:
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            try:
                st = os.stat(os.path.join(folder, name))
            except OSError:
                continue
            h.update(f"{folder}/{name}:{st.st_size}:{st.st_mtime_ns}".encode())


def settings_fingerprint(settings: Settings) -> str:
    """Everything outside the article that can change its result."""
    h = hashlib.sha256()
    h.update(__version__.encode())
    _code_fingerprint(h)
    h.update(repr(settings).encode())
    for path in (*settings.spelling.accept, *settings.spelling.reject, *settings.style.paths):
        _hash_file(h, path)
    return h.hexdigest()


class ResultCache:
    """Issues of one file, stored under a key of its content, its path and the settings."""

    def __init__(self, folder: Path, fingerprint: str = "") -> None:
        self.folder = folder
        self.fingerprint = fingerprint
        self.writable = True
        self.warning: str | None = None
        self._fingerprints: dict[Settings, str] = {}  # each file's own configuration

    def key(self, path: str, data: bytes, settings: Settings | None = None) -> str:
        fingerprint = self.fingerprint
        if settings is not None:
            fingerprint = self._fingerprints.get(settings) or self._fingerprints.setdefault(
                settings, settings_fingerprint(settings))
        h = hashlib.sha256(fingerprint.encode())
        h.update(b"\0" + path.encode("utf-8", "surrogateescape") + b"\0")
        h.update(data)
        return h.hexdigest()

    def _entry(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key[2:]}.json"

    def get(self, key: str) -> list[Issue] | None:
        try:
            with open(self._entry(key), encoding="utf-8") as fh:
                data = json.load(fh)
            return [Issue(**{**d, "suggestions": tuple(d["suggestions"])}) for d in data["issues"]]
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, key: str, issues: list[Issue]) -> None:
        if not self.writable:
            return
        entry = self._entry(key)
        payload = {"issues": [{name: getattr(i, name) for name in _FIELDS} for i in issues]}
        try:
            replace_file(entry, json.dumps(payload, ensure_ascii=False).encode("utf-8"))
        except OSError as exc:
            self.writable = False
            self.warning = f"cache folder {self.folder} is not writable ({exc.strerror or exc}); running without a cache"
