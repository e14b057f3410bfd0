"""Derived word data cached between runs, so a new process does not rebuild it.

Files live in ``$COPYLINT_LEXICON_DIR``, else ``$XDG_CACHE_HOME/copylint/lexicon``, else
``~/.cache/copylint/lexicon``. Nothing in them can run code:

- the file name carries a hash of the *content* of the inputs (never their dates or
  paths), so every installation with the same data finds the same file and none of them
  rebuilds or deletes another's copy;
- the file is plain data (JSON, ``marshal`` of plain containers with every object's type
  checked after loading, or the lexicon's own binary tables) followed by a SHA-256 of the
  data (:func:`seal`); a file whose hash does not match, that is truncated, or that
  does not parse is a cache miss and is rebuilt (never ``pickle``: anyone who can write the
  folder, a shared CI cache, could otherwise run code as the user);
- writing goes through a temporary file and a rename (:func:`copylint.cachefile.replace_file`).

Any problem (an unwritable folder, a corrupt file) means building in memory: slower, never
wrong. Files not used for :data:`STALE_DAYS` days are removed.

Hashing the inputs and checking a data file's SHA-256 read megabytes (the lexicon's 30 MB,
the tagger's 8 MB: about 40 ms of a cold start), so a small sealed JSON **stamp**
(:class:`Stamp`, ``<name>-<hash of the input paths>.stamp``) records what an earlier run
learnt: the inputs' content key as of their file status (device, inode, size, modification
and change times), and the status of each data file whose SHA-256 it checked. While every
status is unchanged the run takes the key and trusts the check; any write to a file, even
one that restores its modification time, changes its change time (which no one can set)
and means hashing again. A file changed less than :data:`RACY_S` seconds before it is
looked at is never recorded (a second change within the clock's resolution could keep
every time the same). A stamp is a hint, never trusted for safety: a wrong or planted one
can only point at another sealed file, which is checked like any other (decoders check
what they read), or make a run hash again.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import time
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from zlib import crc32

from copylint.cachefile import replace_file
from copylint.digests import sha256
from copylint.reading import read_limited

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import Any, TypeVar

    T = TypeVar("T")
    V = TypeVar("V")


#: bumped when the sealed-file layout changes
FORMAT = b"copylint-data-1"
DIGEST = 32  # (SHA-256)
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


#: a file changed less than this many seconds ago is not recorded in a stamp (see above)
RACY_S = 2.0
#: no stamp is larger; a larger one is not ours
STAMP_MAX = 64_000


def content_key(inputs: Iterable[Path | bytes]) -> str:
    """A hash of the inputs' content (files are read; bytes are taken as they are).

    A missing file counts as a distinct input, so installing it later changes the key.
    """
    h = sha256(FORMAT, large=True)  # (the inputs are word lists and models: megabytes)
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
    return payload + sha256(payload).digest()


def unseal(data: bytes | memoryview) -> memoryview | None:
    """The payload of a sealed file, or None when its hash does not match (corrupt, truncated, tampered)."""
    view = memoryview(data)
    if len(view) < DIGEST:
        return None
    payload = view[: len(view) - DIGEST]
    if sha256(payload).digest() != bytes(view[len(view) - DIGEST :]):
        return None
    return payload


def read_sealed_file(path: Path, limit: int = MAX_SIZE, use_mmap: bool = False) -> tuple[Any, os.stat_result] | None:
    """The whole content of the regular file at ``path`` (bytes, or with ``use_mmap`` a
    read-only map where the file system allows one) and the status of the file read, or
    None when it is missing, unreadable, not a regular file (a planted FIFO or device is
    never waited on), no longer than a seal or larger than ``limit``. Nothing is checked."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return None
    try:
        st = os.fstat(fd)  # the file read, not whatever the name points at by now
        if not stat.S_ISREG(st.st_mode) or not DIGEST < st.st_size <= limit:
            return None
        data: Any = None
        if use_mmap:
            import mmap

            with contextlib.suppress(OSError, ValueError):  # a file system that cannot map: read it
                data = mmap.mmap(fd, 0, access=mmap.ACCESS_READ)
        if data is None:
            with open(os.dup(fd), "rb", buffering=0) as fh:
                data = fh.read(limit + 1)
    except (OSError, ValueError):
        return None
    finally:
        os.close(fd)
    return (data, st) if len(data) == st.st_size else None


def _status(st: os.stat_result) -> list[int]:
    return [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns]


def _settled(st: os.stat_result) -> bool:
    """Whether the file was last changed long enough ago for its status to be recorded."""
    return max(st.st_mtime, st.st_ctime) < time.time() - RACY_S


def fingerprint(path: str | os.PathLike[str], limit: int) -> bytes:
    """What a cache key needs of a regular file at most ``limit`` bytes long, without reading
    it when it can: its status (device, inode, size, modification and change times) once it
    has settled (any write changes its change time, which no one can set), else its content
    (two writes within the clock's resolution could keep every time the same). Raises
    OSError (missing, unreadable) or ValueError (not a regular file, or too large; a FIFO or
    device is never opened, so never waited on)."""
    st = os.stat(path)
    if not stat.S_ISREG(st.st_mode) or st.st_size > limit:
        raise ValueError(f"{os.fspath(path)}: not a regular file of at most {limit} bytes")
    if _settled(st):
        return b"S%d:%d:%d:%d:%d" % tuple(_status(st))
    data = read_limited(os.fspath(path), limit)  # (refuses a file swapped for a FIFO or device since)
    return b"C%d:" % len(data) + data


class Stamp:
    """What earlier runs learnt about the named data built from ``inputs`` (see the module
    docstring): :meth:`key` is :func:`content_key` of the inputs without reading them while
    their status is unchanged; :meth:`read` skips the SHA-256 of a data file whose status
    is recorded as checked. :meth:`save` writes what this run learnt (only if it learnt
    something). Any problem with the stamp file (missing, damaged, not ours) is an empty
    stamp: the run hashes as it would without one."""

    def __init__(self, name: str, inputs: list[Path | bytes]) -> None:
        self._inputs = inputs
        where = sha256(FORMAT + name.encode("utf-8", "surrogatepass"))
        for item in inputs:
            where.update(b"B%d:" % len(item) + item if isinstance(item, bytes) else
                         b"P:" + os.fsencode(item) + b"\0")
        self.path = cache_dir() / f"{name}-{where.hexdigest()[:16]}.stamp"
        self._name = name
        self._record: dict[str, Any] = {}
        self._changed = False
        try:
            payload = unseal(read_limited(str(self.path), STAMP_MAX))
            if payload is not None:
                import json  # (here, not at the top: copylint.regex_cache imports this module before
                # its stored patterns are in re's cache, and json compiles patterns when imported)

                record = json.loads(bytes(payload).decode("utf-8"))
                if isinstance(record, dict):
                    self._record = record
        except Exception:  # noqa: BLE001 - missing, unreadable, damaged or not a file: an empty stamp
            pass

    def _input_status(self) -> list[list[int] | None]:
        out: list[list[int] | None] = []
        for item in self._inputs:
            if isinstance(item, bytes):
                continue
            try:
                st = os.stat(item)
            except OSError:
                out.append(None)
                continue
            if not _settled(st):
                raise _Unsettled
            out.append(_status(st))
        return out

    def key(self) -> str:
        """:func:`content_key` of the inputs (from the stamp while their status is unchanged)."""
        try:
            status = self._input_status()
        except _Unsettled:
            return content_key(self._inputs)
        known = self._record.get("key")
        if isinstance(known, str) and self._record.get("inputs") == status:
            return known
        key = content_key(self._inputs)
        try:  # the status again: an input changed while it was read is not recorded
            if self._input_status() == status:
                self._record = {"inputs": status, "key": key, "checked": {}}
                self._changed = True
        except _Unsettled:
            pass
        return key

    def read(self, path: Path, limit: int = MAX_SIZE, use_mmap: bool = False) -> memoryview | None:
        """The payload of the sealed file at ``path`` (its SHA-256 checked, unless this stamp
        records its status unchanged since a check), or None when it is missing, not a
        regular file, larger than ``limit`` or fails the check. ``use_mmap`` maps the file
        rather than reading it (a large file of which a run reads a few pages)."""
        opened = read_sealed_file(path, limit, use_mmap)
        if opened is None:
            return None
        data, st = opened
        checked = self._record.get("checked")
        if isinstance(checked, dict) and checked.get(path.name) == _status(st):
            return memoryview(data)[: len(data) - DIGEST]
        payload = unseal(data)
        if payload is not None and isinstance(checked, dict) and _settled(st):
            checked[path.name] = _status(st)
            self._changed = True
        return payload

    def forget(self, path: Path) -> None:
        """``path`` held data its decoder refused: never skip its check again."""
        checked = self._record.get("checked")
        if isinstance(checked, dict) and checked.pop(path.name, None) is not None:
            self._changed = True

    def save(self) -> None:
        """Write what this run learnt (nothing when it learnt nothing); errors are ignored."""
        if not self._changed:
            return
        import json

        try:
            replace_file(self.path, seal(json.dumps(self._record, separators=(",", ":")).encode("utf-8")))
        except (OSError, TypeError, ValueError):
            return
        self._changed = False
        prune(self.path.parent, f"{self._name}-*.stamp", self.path)


class _Unsettled(Exception):
    """An input changed too recently to be recorded."""


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


def _stored_or_built(name: str, inputs: list[Path | bytes], suffix: str, decode: Callable[[memoryview], T],
                     fresh: Callable[[], tuple[T, Callable[[], bytes]]], use_mmap: bool = False) -> T:
    """``decode`` of the sealed ``<name>-<key>.<suffix>`` file of an earlier run with the
    same input content, or the value ``fresh()`` builds, stored (``fresh`` returns it with
    a function giving its bytes) for the next run. Anything wrong with the stored file
    (missing, a bad seal, ``decode`` raising) is a miss; a value that cannot be encoded or
    written is returned unstored."""
    stamp = Stamp(name, list(inputs))
    path = cache_dir() / f"{name}-{stamp.key()}.{suffix}"
    try:
        payload = stamp.read(path, use_mmap=use_mmap)  # a planted FIFO or device: refused
        if payload is not None:
            value = decode(payload)
            touch_if_old(path)
            stamp.save()
            return value
    except Exception:  # noqa: BLE001 - corrupt or refused by decode: build it
        stamp.forget(path)
    value, encoded = fresh()
    try:
        replace_file(path, seal(encoded()))
    except (OSError, TypeError, ValueError):
        return value
    stamp.save()
    prune(path.parent, f"{name}-*.{suffix}", path)
    return value


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
    import json

    def decode(payload: memoryview) -> T:
        value = json.loads(bytes(payload).decode("utf-8"))
        return revive(value) if revive is not None else value  # type: ignore[no-any-return]

    def fresh() -> tuple[T, Callable[[], bytes]]:
        value = build()
        return value, lambda: json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

    return _stored_or_built(name, list(inputs), "json", decode, fresh)


def cached_bytes(name: str, inputs: list[Path | bytes], build: Callable[[], bytes], decode: Callable[[memoryview], T],
                 use_mmap: bool = False) -> T:
    """``decode(build())``, with the bytes ``build`` returns kept from an earlier run with
    the same input content: for data whose JSON would be slow to parse (arrays, blobs).

    ``decode`` must check what it reads and raise on anything malformed (a stored file is
    untrusted: whoever can write the folder can re-seal it); any exception from reading,
    unsealing or decoding the stored file is a miss, and the data is built again. The
    freshly built bytes go through the same ``decode``, so both paths give the same value.
    ``use_mmap`` maps a stored file rather than reading it: ``decode`` may then keep views of
    it instead of copies (pages are read only when used).
    """
    def fresh() -> tuple[T, Callable[[], bytes]]:
        data = build()
        return decode(memoryview(data)), lambda: data

    return _stored_or_built(name, inputs, "bin", decode, fresh, use_mmap)


def str_dict(value: object) -> bool:
    """Whether ``value`` is a dict of str to str (checked at C speed: a set of the types)."""
    return type(value) is dict and set(map(type, value)) <= {str} and set(map(type, value.values())) <= {str}


def cached_marshal(name: str, inputs: list[Path | bytes], build: Callable[[], T],
                   check: Callable[[Any], bool]) -> T:
    """``build()``, or its ``marshal``-stored copy from an earlier run with the same input
    content: for plain containers (dicts, tuples, frozensets of strings and numbers) that
    take milliseconds to build and a fraction of one to load (``marshal.loads`` makes them
    at C speed).

    The stored file is untrusted (whoever can write the folder can re-seal it): after its
    seal, what it holds must pass ``check``, which must confirm the exact type of every
    object in it (e.g. :func:`str_dict`; sets of the types, ``set(map(type, ...))``, cost
    far less than a walk in Python): so no code object or other non-data value, which
    ``marshal`` could make, reaches the caller (a ``marshal`` load itself runs no code).
    Anything else is a miss and the value is built again. The marshal format and the
    interpreter's version are part of the key. ``build()``'s own value is returned as built
    (the same value the stored copy gives: marshal round-trips plain data exactly)."""
    import marshal

    def decode(payload: memoryview) -> T:
        value = marshal.loads(payload)
        if not check(value):
            raise ValueError(f"{name}: stored data of an unexpected shape")
        return value  # type: ignore[no-any-return]

    def fresh() -> tuple[T, Callable[[], bytes]]:
        value = build()
        return value, lambda: marshal.dumps(value)

    version = b"marshal %d python %d.%d" % (marshal.version, *sys.version_info[:2])
    return _stored_or_built(name, [*inputs, version], "marshal", decode, fresh)


# -- hash slots: a key's position found in one or two probes, no dict built at load -------------

#: a table whose longest probe sequence is longer than this is not ours (crc32 over a
#: table at most two-thirds full gives a few dozen at worst)
MAX_PROBES = 4096


def pack_slots(keys: list[bytes]) -> tuple[bytes, int, int]:
    """An open-addressing hash table of ``keys``' positions: (slots as little-endian 32-bit
    numbers, each a position + 1 or 0 for empty; the number of slots, a power of two at least
    1.5 times the keys; the longest probe sequence). A key's first slot is ``crc32(key)``
    masked, then the next ones in turn (:class:`HashSlots`)."""
    size = 8
    while size * 2 < len(keys) * 3:
        size *= 2
    mask = size - 1
    slots = array("I", bytes(4 * size))
    longest = 0
    for pos, key in enumerate(keys, 1):
        i = crc32(key) & mask
        probes = 1
        while slots[i]:
            i = (i + 1) & mask
            probes += 1
        slots[i] = pos
        longest = max(longest, probes)
    if longest > MAX_PROBES:
        raise ValueError("hash slots: too many collisions")
    if sys.byteorder != "little":
        slots.byteswap()
    return slots.tobytes(), size, longest


class HashSlots:
    """:func:`pack_slots`' table, read back: :meth:`find` gives a key's position. The data
    are untrusted (a re-sealed cache file): a slot pointing past the keys is skipped, and no
    look-up probes more than the recorded longest sequence (at most :data:`MAX_PROBES`), so
    a tampered table can hide keys, never point at a wrong one, raise or loop."""

    def __init__(self, data: bytes | memoryview, size: int, longest: int, count: int) -> None:
        if size < 1 or size & (size - 1) or not 0 <= longest <= MAX_PROBES or len(data) != 4 * size:
            raise ValueError("hash slots: bad sizes")
        self._slots = _uint32s(data, size)
        self._mask = size - 1
        self._longest = longest
        self._count = count

    def find(self, want: bytes, key_at: Callable[[int], bytes]) -> int | None:
        """The position of ``want``, given each position's key, or None."""
        slots, mask, count = self._slots, self._mask, self._count
        i = crc32(want) & mask
        for _ in range(self._longest):
            pos = slots[i]
            if not pos:
                return None
            if pos <= count and key_at(pos - 1) == want:
                return pos - 1
            i = (i + 1) & mask
        return None


def _uint32s(data: bytes | memoryview, count: int) -> array | memoryview:
    """``count`` little-endian 32-bit numbers: a view of ``data`` where the machine's order
    is the same (no copy), else a byte-swapped array."""
    if sys.byteorder == "little":
        view = memoryview(data)[: 4 * count]
        if len(view) != 4 * count:
            raise ValueError("short array")
        return view.cast("I")
    out = array("I")
    if out.itemsize != 4:
        out = array("L")
    if out.itemsize != 4:
        raise ValueError("no 32-bit array type")
    out.frombytes(data[: 4 * count])
    if sys.byteorder != "little":
        out.byteswap()
    if len(out) != count:
        raise ValueError("short array")
    return out


# -- sorted tables: str -> value, found by hashing, no dict built at load --------------

#: after this many hashed look-ups a table builds its whole dict (a long run pays once)
TABLE_SWITCH_AFTER = 8_000


#: the first bytes of :func:`pack_table`'s output (a table of another layout is refused)
TABLE_MAGIC = b"T2 "


def pack_table(table: dict[str, str]) -> bytes:
    """``table`` as bytes for :class:`SortedTable`: a header line (:data:`TABLE_MAGIC`, the
    number of keys, of hash slots and the longest probe), where each key and each value
    starts (little-endian 32-bit), the hash slots (:func:`pack_slots`), then the keys sorted
    by their UTF-8 bytes and the values, each followed by a newline (so none may hold one)."""
    keys = sorted(table, key=lambda k: k.encode("utf-8", "surrogatepass"))
    if any("\n" in k or "\n" in table[k] for k in keys):
        raise ValueError("a table key or value holds a newline")
    key_items = [k.encode("utf-8", "surrogatepass") for k in keys]
    value_items = [table[k].encode("utf-8", "surrogatepass") for k in keys]
    slots, size, longest = pack_slots(key_items)
    parts = [TABLE_MAGIC + b"%d %d %d\n" % (len(keys), size, longest)]
    for items in (key_items, value_items):
        starts = array("I", [0])
        for item in items:
            starts.append(starts[-1] + len(item) + 1)
        if sys.byteorder != "little":
            starts.byteswap()
        parts.append(starts.tobytes())
    parts.append(slots)
    return b"".join([*parts, *(k + b"\n" for k in key_items), *(v + b"\n" for v in value_items)])


def _starts(data: bytes | memoryview, pos: int, n: int) -> array | memoryview:
    starts = _uint32s(data[pos : pos + 4 * (n + 1)], n + 1)
    if starts[0] != 0:
        raise ValueError("sorted table: bad offsets")
    return starts


class SearchedMapping(Mapping[str, "V"]):  # (V is a name for type checkers only: quoted)
    """A read-only ``str -> V`` mapping over packed, sorted keys: each look-up is a search
    of the packed data (:meth:`_search`) until :meth:`_switch_after` look-ups, then one dict
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
        data, which keeps searching the packed data."""
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


class SortedTable(SearchedMapping["V"]):
    """A read-only mapping over :func:`pack_table`'s bytes: each look-up hashes the key and
    compares it with the one or two keys in its slots (no dict of tens of thousands of
    entries built for the few hundred words of one article) until :data:`TABLE_SWITCH_AFTER` look-ups, then one dict.

    ``parse`` turns a stored value into the mapping's value; it returns None for a value it
    refuses (the entry then counts as absent: a tampered file can hide or change data,
    never crash a check). Malformed sizes raise ValueError on construction.
    """

    def __init__(self, data: bytes | memoryview, parse: Callable[[str], V | None]) -> None:
        super().__init__()
        raw = memoryview(data)  # views of it, not copies: a look-up reads a few of its pages
        head = bytes(raw[:64])
        line = head.find(b"\n")
        if line < 1 or not head.startswith(TABLE_MAGIC):
            raise ValueError("not a sorted table")
        n, size, longest = (int(x) for x in head[len(TABLE_MAGIC) : line].split(b" "))
        if n < 0:
            raise ValueError("sorted table: bad size")
        pos = line + 1
        self._key_starts = _starts(raw, pos, n)
        pos += 4 * (n + 1)
        self._value_starts = _starts(raw, pos, n)
        pos += 4 * (n + 1)
        self._slots = HashSlots(raw[pos : pos + 4 * size], size, longest, n)
        pos += 4 * size
        key_len = self._key_starts[-1]  # every key and value ends with a newline
        self._keys = raw[pos : pos + key_len]
        self._values = raw[pos + key_len :]
        if len(self._keys) != key_len or len(self._values) != self._value_starts[-1]:
            raise ValueError("sorted table: bad sizes")
        self._parse = parse
        self._n = n

    def _key(self, i: int) -> bytes | memoryview:
        return self._keys[self._key_starts[i] : self._key_starts[i + 1] - 1]

    def _value(self, text: bytes | memoryview) -> V | None:
        try:
            return self._parse(str(text, "utf-8", "surrogatepass"))
        except ValueError:  # (UnicodeDecodeError too)
            return None

    def _build(self) -> dict[str, V]:
        full: dict[str, V] = {}
        if self._n:
            keys = str(self._keys[:-1], "utf-8", "surrogatepass").split("\n")
            values = str(self._values[:-1], "utf-8", "surrogatepass").split("\n")
            if len(keys) != self._n or len(values) != self._n:
                raise ValueError("sorted table: wrong number of items")
            for key, value in zip(keys, map(self._parse, values), strict=True):
                if value is not None:
                    full[key] = value
        return full

    def _search(self, want: bytes) -> V | None:
        i = self._slots.find(want, self._key)
        if i is None:
            return None
        starts = self._value_starts
        return self._value(self._values[starts[i] : starts[i + 1] - 1])
