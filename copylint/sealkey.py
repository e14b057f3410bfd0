"""This user's key for sealing caches whose content must not be planted by anyone else.

Some cached data would let whoever writes the cache folder change what copylint does (a
pattern that takes forever, a regular-expression program that matches something else): a
shared CI cache restored from another job, a folder others can write. Such files are sealed
with an HMAC-SHA-256 under a key of this user's own, kept outside the cache folder
(``$XDG_STATE_HOME/copylint/rules-cache.key``, else ``~/.local/state/...``, made on first
use, readable by the user only); ``COPYLINT_RULES_CACHE_KEY_DIR`` moves it (tests). A file
whose seal does not verify is a cache miss. Without a usable key (an unwritable home)
nothing is cached. Users: :mod:`copylint.style.compiled` (validated rules) and
:mod:`copylint.regex_cache` (compiled patterns).
"""

from __future__ import annotations

import hashlib
import hmac
import os
from pathlib import Path

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
    """``payload`` followed by its HMAC-SHA-256 under ``key``."""
    return payload + hmac.new(key, payload, hashlib.sha256).digest()


def unseal_with(key: bytes, data: bytes) -> bytes | None:
    """The payload of ``data`` sealed by :func:`seal_with` under ``key``, or None."""
    size = hashlib.sha256().digest_size
    if len(data) < size:
        return None
    payload, mac = data[:-size], data[-size:]
    return payload if hmac.compare_digest(hmac.new(key, payload, hashlib.sha256).digest(), mac) else None
