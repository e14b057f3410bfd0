"""This user's key for sealing caches whose content must not be planted by anyone else.

Some cached data would let whoever writes the cache folder change what copylint does (a
pattern that takes forever, a regular-expression program that matches something else): a
shared CI cache restored from another job, a folder others can write. Such files are sealed
with a MAC (keyed BLAKE2b: :func:`copylint.digests.mac`) under a key of this user's own, kept outside the cache folder
(``$XDG_STATE_HOME/copylint/rules-cache.key``, else ``~/.local/state/...``, made on first
use, readable by the user only); ``COPYLINT_RULES_CACHE_KEY_DIR`` moves it (tests). A file
whose seal does not verify is a cache miss. Without a usable key (an unwritable home)
nothing is cached. Users: :mod:`copylint.style.compiled` (validated rules) and
:mod:`copylint.regex_cache` (compiled patterns).
"""

from __future__ import annotations

import os
from pathlib import Path

from copylint.digests import MAC_SIZE, mac, same
from copylint.reading import read_limited

KEY_BYTES = 32


def key_dir() -> Path:
    env = os.environ.get("COPYLINT_RULES_CACHE_KEY_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_STATE_HOME") or os.path.join(os.path.expanduser("~"), ".local", "state")
    return Path(base) / "copylint"


def key_path() -> Path:
    return key_dir() / "rules-cache.key"


def user_key() -> bytes | None:
    """This user's key (made on first use), or None when it cannot be read or made."""
    path = key_path()
    for _ in range(2):
        try:
            key = read_limited(str(path), KEY_BYTES + 1)
            return key if len(key) == KEY_BYTES else None
        except Exception:  # noqa: BLE001 - missing (make it), or unreadable (no cache)
            if path.exists() or path.is_symlink():
                return None
        try:
            from copylint.cachefile import replace_file

            replace_file(path, os.urandom(KEY_BYTES))  # a temporary file of mode 0600, renamed
        except OSError:
            return None
    return None


def seal_with(key: bytes, payload: bytes) -> bytes:
    """``payload`` followed by its MAC under ``key`` (:func:`copylint.digests.mac`)."""
    return payload + mac(key, payload)


def unseal_with(key: bytes, data: bytes) -> bytes | None:
    """The payload of ``data`` sealed by :func:`seal_with` under ``key``, or None."""
    if len(data) < MAC_SIZE:
        return None
    payload, sealed = data[:-MAC_SIZE], data[-MAC_SIZE:]
    return payload if same(mac(key, payload), sealed) else None
