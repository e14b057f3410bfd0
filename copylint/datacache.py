"""Derived word data cached between runs, so a new process does not rebuild it.

Files live in ``$COPYLINT_LEXICON_DIR``, else ``$XDG_CACHE_HOME/copylint/lexicon``, else
``~/.cache/copylint/lexicon``. Nothing in them can run code:

- the file name carries a hash of the *content* of the inputs (never their dates or
  paths), so every installation with the same data finds the same file and none of them
  rebuilds or deletes another's copy;
- the file is plain data (JSON, or the lexicon's own binary tables) followed by a SHA-256
  of the data (:func:`seal`); a file whose hash does not match, that is truncated, or that
  does not parse is a cache miss and is rebuilt (never ``pickle``: anyone who can write the
  folder, a shared CI cache, could otherwise run code as the user);
- writing goes through a temporary file and a rename (:func:`copylint.cachefile.replace_file`).

Any problem (an unwritable folder, a corrupt file) means building in memory: slower, never
wrong. Files not used for :data:`STALE_DAYS` days are removed.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from copylint.cachefile import replace_file
from copylint.reading import read_limited

T = TypeVar("T")

#: bumped when the sealed-file layout changes
FORMAT = b"copylint-data-1"
DIGEST = hashlib.sha256().digest_size
#: no derived-data file is larger; a larger one is not ours
MAX_SIZE = 256_000_000
#: cache files unused this long are removed (another version's data, long gone)
STALE_DAYS = 30


def cache_dir() -> Path:
    env = os.environ.get("COPYLINT_LEXICON_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "copylint" / "lexicon"


def content_key(inputs: Iterable[Path | bytes]) -> str:
    """A hash of the inputs' content (files are read; bytes are taken as they are).

    A missing file counts as a distinct input, so installing it later changes the key.
    """
    h = hashlib.sha256(FORMAT)
    for item in inputs:
        if isinstance(item, bytes):
            h.update(b"B%d:" % len(item) + item)
            continue
        try:
            data = item.read_bytes()
        except OSError:
            h.update(b"M:")
            continue
        h.update(b"F%d:" % len(data) + data)
    return h.hexdigest()[:32]


def seal(payload: bytes) -> bytes:
    """``payload`` followed by its SHA-256: what :func:`unseal` checks."""
    return payload + hashlib.sha256(payload).digest()


def unseal(data: bytes | memoryview) -> memoryview | None:
    """The payload of a sealed file, or None when its hash does not match (corrupt, truncated, tampered)."""
    view = memoryview(data)
    if len(view) < DIGEST:
        return None
    payload = view[: len(view) - DIGEST]
    if hashlib.sha256(payload).digest() != bytes(view[len(view) - DIGEST :]):
        return None
    return payload


def touch_if_old(path: Path) -> None:
    """Mark a cache file as used (at most once a day), so pruning keeps it."""
    try:
        if time.time() - path.stat().st_mtime > 86400:
            os.utime(path)
    except OSError:
        pass


def prune(folder: Path, pattern: str, keep: Path) -> None:
    """Remove files matching ``pattern`` unused for :data:`STALE_DAYS` days (never ``keep``)."""
    cutoff = time.time() - STALE_DAYS * 86400
    for old in folder.glob(pattern):
        try:
            if old != keep and old.stat().st_mtime < cutoff:
                old.unlink()
        except OSError:
            pass


def cached(
    name: str,
    inputs: list[Path],
    build: Callable[[], T],
    revive: Callable[[Any], T] | None = None,
) -> T:
    """``build()``, or its JSON-stored result from an earlier run with the same input content.

    ``build()`` must return JSON-representable data; ``revive`` turns the parsed JSON back
    into what ``build`` returns (tuples, for instance). Anything wrong with the stored file
    (a bad hash, invalid JSON, nesting too deep, ``revive`` refusing it) is a miss.
    """
    path = cache_dir() / f"{name}-{content_key(inputs)}.json"
    try:
        payload = unseal(read_limited(str(path), MAX_SIZE))  # a planted FIFO or device: refused
        if payload is not None:
            value = json.loads(bytes(payload).decode("utf-8"))
            result = revive(value) if revive is not None else value
            touch_if_old(path)
            return result
    except Exception:  # noqa: BLE001 - missing, corrupt, unreadable or not a file: build it
        pass
    value = build()
    try:
        replace_file(path, seal(json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")))
    except (OSError, TypeError, ValueError):
        return value
    prune(path.parent, f"{name}-*.json", path)
    return value


def cached_bytes(name: str, inputs: list[Path], build: Callable[[], bytes], decode: Callable[[memoryview], T]) -> T:
    """``decode(build())``, with the bytes ``build`` returns kept from an earlier run with
    the same input content: for data whose JSON would be slow to parse (arrays, blobs).

    ``decode`` must check what it reads and raise on anything malformed (a stored file is
    untrusted: whoever can write the folder can re-seal it); any exception from reading,
    unsealing or decoding the stored file is a miss, and the data is built again. The
    freshly built bytes go through the same ``decode``, so both paths give the same value.
    """
    path = cache_dir() / f"{name}-{content_key(inputs)}.bin"
    try:
        payload = unseal(read_limited(str(path), MAX_SIZE))  # a planted FIFO or device: refused
        if payload is not None:
            value = decode(payload)
            touch_if_old(path)
            return value
    except Exception:  # noqa: BLE001 - missing, corrupt, unreadable, not a file or malformed: build it
        pass
    data = build()
    value = decode(memoryview(data))
    try:
        replace_file(path, seal(data))
    except OSError:
        return value
    prune(path.parent, f"{name}-*.bin", path)
    return value
