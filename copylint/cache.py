"""A result cache keyed by file content, effective configuration and copylint version.

Entries are small JSON files under the cache folder (``$COPYLINT_CACHE_DIR``, else
``$XDG_CACHE_HOME/copylint``, else ``~/.cache/copylint``), written to a temporary file
and renamed, so concurrent runs never see a half-written entry. A corrupt or unreadable
entry is a miss; a cache folder that cannot be written is skipped with a warning.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from copylint.cachefile import replace_file
from copylint.config import Settings
from copylint.digests import LARGE, sha256
from copylint.errors import InputError
from copylint.issue import CATEGORIES, SEVERITIES, Issue
from copylint.jsonload import loads
from copylint.reading import read_limited
from copylint.records import fields
from copylint.version import __version__

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import Any

_FIELDS = [f.name for f in fields(Issue)]


def default_cache_dir() -> Path:
    env = os.environ.get("COPYLINT_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "copylint"


def _hash_file(h: Any, path: str) -> None:
    h.update(path.encode())
    try:
        if os.path.isdir(path):
            for folder, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    _hash_file(h, os.path.join(folder, name))
        else:
            h.update(read_limited(path))  # a word list at /dev/zero or a FIFO: bounded, never waited on
    except (OSError, InputError):
        h.update(b"<unreadable>")


def _code_fingerprint(h: Any) -> None:
    """Size and modification time of every file of the installed package (code, data, packs,
    and the shipped packs' folder in a source checkout), so an edited or upgraded copylint
    never serves results of the old one."""
    from copylint.style.packs import builtin_root

    package = Path(__file__).resolve().parent
    roots = [package] if builtin_root().is_relative_to(package) else [package, builtin_root()]
    for root in roots:
        _stat_tree(h, root)


def _stat_tree(h: Any, root: Path) -> None:
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
    h = sha256()
    h.update(__version__.encode())
    _code_fingerprint(h)
    h.update(repr(settings).encode())
    for path in (*settings.spelling.accept, *settings.spelling.reject, *settings.style.paths):
        _hash_file(h, path)
    return h.hexdigest()


#: a cache entry larger than this is not one copylint wrote for a file within max_file_size
MAX_ENTRY = 64_000_000

_TYPES = {
    "path": str, "line": int, "column": int, "end_line": int, "end_column": int, "rule": str,
    "category": str, "severity": str, "message": str, "offset": int, "end_offset": int,
    "fix_safe": bool, "text": str,
}


def _issue(d: dict) -> Issue | None:
    """An Issue from a stored entry, or None when the entry is not a valid one."""
    if set(d) != set(_FIELDS) or d["severity"] not in SEVERITIES or d["category"] not in CATEGORIES:
        return None
    if not all(type(d[name]) is kind for name, kind in _TYPES.items()):
        return None
    suggestions = d["suggestions"]
    if not isinstance(suggestions, list) or not all(isinstance(x, str) for x in suggestions):
        return None
    return Issue(**{**d, "suggestions": tuple(suggestions)})


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
        h = sha256(fingerprint.encode(), large=len(data) >= LARGE)
        h.update(b"\0" + path.encode("utf-8", "surrogateescape") + b"\0")
        h.update(data)
        return h.hexdigest()

    def _entry(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key[2:]}.json"

    def get(self, key: str) -> list[Issue] | None:
        """The cached issues, or None: a missing entry, or one that is not exactly what
        :meth:`put` writes (corrupt, nested too deep, an unknown severity or category, a
        field of the wrong type) is a miss, never an exception."""
        try:
            data = loads(read_limited(str(self._entry(key)), MAX_ENTRY))  # a planted FIFO: refused
            issues = [_issue(d) for d in data["issues"]]
        except (InputError, OSError, ValueError, KeyError, TypeError, AttributeError):
            return None
        return issues if all(i is not None for i in issues) else None  # type: ignore[return-value]

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
