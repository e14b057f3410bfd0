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

import bisect
import hashlib
import json
import os
import sys
import time
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, TypeVar

from copylint.cachefile import replace_file
from copylint.reading import read_limited

T = TypeVar("T")
V = TypeVar("V")

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


# -- sorted tables: str -> value, found by binary search, no dict built at load --------------

#: after this many binary searches a table builds its whole dict (a long run pays once)
TABLE_SWITCH_AFTER = 8_000


def pack_table(table: dict[str, str]) -> bytes:
    """``table`` as bytes for :class:`SortedTable`: a header line, where each key and each
    value starts (little-endian 32-bit), then the keys sorted by their UTF-8 bytes and the
    values, each followed by a newline (so none may hold one)."""
    keys = sorted(table, key=lambda k: k.encode("utf-8", "surrogatepass"))
    if any("\n" in k or "\n" in table[k] for k in keys):
        raise ValueError("a table key or value holds a newline")
    key_items = [k.encode("utf-8", "surrogatepass") for k in keys]
    value_items = [table[k].encode("utf-8", "surrogatepass") for k in keys]
    parts = [b"%d\n" % len(keys)]
    for items in (key_items, value_items):
        starts = array("I", [0])
        for item in items:
            starts.append(starts[-1] + len(item) + 1)
        if sys.byteorder != "little":
            starts.byteswap()
        parts.append(starts.tobytes())
    return b"".join([*parts, *(k + b"\n" for k in key_items), *(v + b"\n" for v in value_items)])


def _starts(data: bytes, pos: int, n: int) -> array:
    starts = array("I")
    if starts.itemsize != 4:
        starts = array("L")
    if starts.itemsize != 4:
        raise ValueError("no 32-bit array type")
    starts.frombytes(data[pos : pos + 4 * (n + 1)])
    if sys.byteorder != "little":
        starts.byteswap()
    if len(starts) != n + 1 or starts[0] != 0:
        raise ValueError("sorted table: bad offsets")
    return starts


class SearchedMapping(Mapping[str, V]):
    """A read-only ``str -> V`` mapping over packed, sorted keys: each look-up is a binary
    search (:meth:`_search`) until :meth:`_switch_after` look-ups, then one dict
    (:meth:`_build`) answers them all. A build that finds the data damaged raises ValueError;
    the mapping then keeps searching and never tries to build again."""

    def __init__(self) -> None:
        self._dict: dict[str, V] | None = None
        self._lookups = 0

    def _switch_after(self) -> int:
        return TABLE_SWITCH_AFTER

    def _search(self, want: bytes) -> V | None:
        raise NotImplementedError

    def _build(self) -> dict[str, V]:
        raise NotImplementedError

    def _full(self) -> dict[str, V]:
        full = self._dict
        if full is None:
            full = self._dict = self._build()
        return full

    def materialise(self) -> bool:
        """Build the whole dict now (a long-lived process, such as the server before it forks
        its workers, pays this once rather than inside some request); False for damaged
        data, which keeps the binary search."""
        try:
            self._full()
        except ValueError:
            self._lookups = -(1 << 62)
            return False
        return True

    def get(self, key: str, default: V | None = None) -> V | None:  # type: ignore[override]
        full = self._dict
        if full is not None:
            return full.get(key, default)
        self._lookups += 1
        if self._lookups > self._switch_after():
            try:
                return self._full().get(key, default)
            except ValueError:  # damaged data: keep searching, never switch
                self._lookups = -(1 << 62)
        value = self._search(key.encode("utf-8", "surrogatepass"))
        return default if value is None else value

    def __getitem__(self, key: str) -> V:
        value = self.get(key)
        if value is None:
            raise KeyError(key)
        return value

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self._full())

    def __len__(self) -> int:
        return len(self._full())


class SortedTable(SearchedMapping[V]):
    """A read-only mapping over :func:`pack_table`'s bytes: each look-up is a binary search
    (no dict of tens of thousands of entries built for the few hundred words of one
    article) until :data:`TABLE_SWITCH_AFTER` look-ups, then one dict.

    ``parse`` turns a stored value into the mapping's value; it returns None for a value it
    refuses (the entry then counts as absent: a tampered file can hide or change data,
    never crash a check). Malformed sizes raise ValueError on construction.
    """

    def __init__(self, data: bytes | memoryview, parse: Callable[[str], V | None]) -> None:
        super().__init__()
        raw = bytes(data)
        line = raw.find(b"\n", 0, 24)
        if line < 1:
            raise ValueError("not a sorted table")
        n = int(raw[:line])
        if n < 0:
            raise ValueError("sorted table: bad size")
        pos = line + 1
        self._key_starts = _starts(raw, pos, n)
        pos += 4 * (n + 1)
        self._value_starts = _starts(raw, pos, n)
        pos += 4 * (n + 1)
        key_len = self._key_starts[-1]  # every key and value ends with a newline
        self._keys = raw[pos : pos + key_len]
        self._values = raw[pos + key_len :]
        if len(self._keys) != key_len or len(self._values) != self._value_starts[-1]:
            raise ValueError("sorted table: bad sizes")
        self._parse = parse
        self._n = n

    def _key(self, i: int) -> bytes:
        return self._keys[self._key_starts[i] : self._key_starts[i + 1] - 1]

    def _value(self, text: bytes) -> V | None:
        try:
            return self._parse(text.decode("utf-8", "surrogatepass"))
        except ValueError:  # (UnicodeDecodeError too)
            return None

    def _build(self) -> dict[str, V]:
        full: dict[str, V] = {}
        if self._n:
            keys = self._keys[:-1].decode("utf-8", "surrogatepass").split("\n")
            values = self._values[:-1].decode("utf-8", "surrogatepass").split("\n")
            if len(keys) != self._n or len(values) != self._n:
                raise ValueError("sorted table: wrong number of items")
            for key, value in zip(keys, map(self._parse, values), strict=True):
                if value is not None:
                    full[key] = value
        return full

    def _search(self, want: bytes) -> V | None:
        i = bisect.bisect_left(range(self._n), want, key=self._key)
        if i >= self._n or self._key(i) != want:
            return None
        starts = self._value_starts
        return self._value(self._values[starts[i] : starts[i + 1] - 1])
