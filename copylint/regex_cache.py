"""Compiled regular-expression programs kept on disk between runs of the command line.

Python's ``re`` parses and compiles every pattern afresh in each process, in Python code:
a one-article ``copylint check`` compiles about 150 patterns (its own, click's, the
standard library's), some 40 ms of CPU, a sixth of its cold start. The compiler's output is
plain data: the pattern, its flags, group count and names, and the program, a list of
integers that ``_sre`` (the C engine) takes as it is. :func:`warm` reads the programs an
earlier run stored and puts the patterns they make into ``re``'s own cache (``re._cache``),
so a later ``re.compile`` of the same pattern and flags finds it there: the same object
``re`` would have made (``_sre`` compares patterns by their program, and :func:`save`
checks each one before storing it), made without parsing. :func:`save`, at the end of the
command, stores the patterns this process compiled that the file did not hold.

Nothing in the file can run code, and nothing in it is trusted unsealed:

- it is ``marshal`` of plain data only (tuples of str, bytes and int, a dict of str to int);
  each entry's types and sizes are checked on reading, and a program is read as an array
  of unsigned 32-bit integers, never as objects;
- a program decides what a pattern matches, so whoever could plant one could make copylint
  miss or invent issues, or take forever: the file is sealed with a MAC under this
  user's key (:mod:`copylint.sealkey`), and one whose seal does not verify is ignored
  (and replaced);
- ``_sre`` checks every program it is given (an invalid one raises): a damaged program
  that somehow passed the seal is refused entry by entry, never run.

The file (in the derived-data cache, :func:`copylint.datacache.cache_dir`) is named by the
Python version and ``_sre``'s magic number, since programs differ between versions, by
copylint's version, since a release's patterns differ from the last one's, by
the key, so that users (or CI jobs) sharing a cache folder do not overwrite each other's,
and by the sub-command (:data:`COMMANDS`): a ``copylint check`` reads only the patterns
checks compiled (about 120 KB), not those of ``serve``, ``lsp`` or ``rules`` as well (the
whole file is read, unsealed and unmarshalled on every run). Only
the command line uses it (:mod:`copylint.__main__`); the library and the tests compile as
usual. Any problem (no key, an unreadable or damaged file, a Python whose ``re`` is laid
out otherwise) means compiling as usual: slower, never different.
"""

from __future__ import annotations

import contextlib
import marshal
import re
import sys
from array import array
from pathlib import Path

FORMAT = b"copylint-regex-2"  # (2: sealed with keyed BLAKE2b, not HMAC-SHA-256)
#: no programs file is larger (one article's check stores about 110 KB)
MAX_SIZE = 8_000_000
#: entries kept at most, below ``re``'s own cache size (512), so warming never evicts
MAX_ENTRIES = 400
#: and at most this many bytes of patterns and programs (a check's are about 105 KB): every
#: run reads and unseals the whole file, so patterns no run asks for again (the standard
#: library's tokenize builds one whose text changes with every process) must not pile up
MAX_BYTES = 300_000
#: flags whose programs are not stored: DEBUG prints (and bypasses ``re``'s cache); a
#: LOCALE pattern is matched under the locale of the moment
_SKIP_FLAGS = int(re.DEBUG | re.LOCALE)  # (an int: RegexFlag arithmetic is slow Python)

#: (kind: 0 str or 1 bytes, pattern, flags asked, flags of the compiled pattern, groups,
#: group names -> numbers, program as unsigned 32-bit integers)
Entry = tuple[int, "str | bytes", int, int, int, dict, bytes]

#: the sub-commands with a file of their own (``copylint.cli.COMMANDS``; a test keeps the
#: two alike): any other first argument shares one file
COMMANDS = frozenset({"check", "rules", "explain", "baseline", "lsp", "init", "serve"})

#: (kind, pattern, flags) -> entry, of every entry the file held (:func:`_stored_key` of
#: ``re``'s cache key); None: not warmed
_stored: dict[tuple[int, str | bytes, int], Entry] | None = None
#: whether this process made the user's key: then nothing is stored (see :func:`save`)
_new_key = False
#: the sub-command whose file :func:`warm` read (and :func:`save` writes)
_command = ""


def _path(key: bytes, command: str = "") -> Path:
    """The file for this Python, this key and this sub-command (a cache folder shared by
    users, or by CI jobs whose key is new each time, holds one file per key: none overwrites
    another's)."""
    import _sre

    from copylint.datacache import cache_dir
    from copylint.digests import sha256
    from copylint.version import __version__

    # (copylint's version too: a release whose patterns changed starts a file of its own, not
    # one full of the last release's patterns that no run asks for, read on every run until
    # MAX_BYTES pushes them out)
    tag = FORMAT + sys.version.encode() + str(_sre.MAGIC).encode() + __version__.encode() + key
    if command in COMMANDS:
        tag += b"\0" + command.encode()
    return cache_dir() / f"regex-{sha256(tag).hexdigest()[:24]}.bin"


def _pattern(entry: object) -> tuple[tuple[type, str | bytes, int], re.Pattern] | None:
    """The cache key and compiled pattern of a stored entry, or None if it is not one."""
    import _sre

    key = _key(entry)  # (the kind, pattern and flags checked there)
    if key is None:
        return None
    text_type, pattern, flags = key
    all_flags, groups, groupindex, program = entry[3:]  # type: ignore[index]
    if type(program) is not bytes or type(all_flags) is not int or type(groups) is not int \
            or type(groupindex) is not dict or flags & _SKIP_FLAGS or not 0 <= groups < 10_000 or len(program) % 4:
        return None
    indexgroup: list[str | None] = [None] * (groups + 1)
    for name, index in groupindex.items():
        if type(name) is not str or type(index) is not int or not 0 < index <= groups:
            return None
        indexgroup[index] = name
    code = array("I", program)
    if code.itemsize != 4:
        return None
    try:  # (_sre validates the program: an invalid one raises)
        compiled = _sre.compile(pattern, all_flags, code.tolist(), groups, groupindex, tuple(indexgroup))
    except Exception:  # noqa: BLE001 - refused: this pattern compiles as usual
        return None
    return key, compiled


def warm(command: str = "") -> None:
    """Make the stored programs of sub-command ``command`` (the file :func:`save` writes for
    it; one shared file for a name not in :data:`COMMANDS`) available to ``re``'s cache (once
    per process): on Python 3.11, whose ``re`` looks its cache up by subscript, the cache
    becomes a :class:`_Warm` that makes a stored pattern the first time ``re`` asks for it;
    on other versions every stored pattern is made now."""
    global _stored, _new_key, _command
    if _stored is not None:
        return
    _stored = {}
    _command = command if command in COMMANDS else ""
    try:
        from copylint.datacache import touch_if_old
        from copylint.reading import read_limited
        from copylint.sealkey import key_path, unseal_with, user_key

        _new_key = not key_path().exists()
        key = user_key()
        if key is None:
            return
        path = _path(key, _command)
        payload = unseal_with(key, read_limited(str(path), MAX_SIZE))
        if payload is None:
            return
        entries = marshal.loads(payload)
        touch_if_old(path)  # (kept by pruning while it is used)
    except Exception:  # noqa: BLE001 - missing, unreadable, damaged or refused: compile as usual
        return
    cache = getattr(re, "_cache", None)  # (a Python whose re keeps no such cache: nothing to warm)
    if not isinstance(entries, tuple) or not isinstance(cache, dict):
        return
    if sys.version_info[:2] == (3, 11) and type(cache) is dict:
        _stored = _index(entries[:MAX_ENTRIES])
        re._cache = _Warm(cache, _stored)  # type: ignore[attr-defined]
        return
    for entry in entries[:MAX_ENTRIES]:
        found = _pattern(entry)
        if found is not None:
            _stored[_stored_key(found[0])] = entry
            if found[0] not in cache:
                cache[found[0]] = found[1]


def _index(entries: tuple) -> dict[tuple[int, str | bytes, int], Entry]:
    """The stored entries by the (kind, pattern, flags) each begins with (the first of two
    alike kept). An entry is checked when its pattern is made (:func:`_pattern`), which only
    a key made from ``re``'s own looks up, and before :func:`save` stores it again."""
    try:  # (one pass in C for a file this module wrote: tuples, none alike)
        index = {entry[:3]: entry for entry in entries}
        if len(index) == len(entries):
            return index
    except Exception:  # noqa: BLE001 - not a tuple of tuples, or unhashable: entry by entry
        pass
    index = {}
    for entry in entries:
        key = _key(entry)
        if key is not None:
            index.setdefault(_stored_key(key), entry)
    return index


#: an entry's kind -> the type of its pattern
_KINDS = {0: str, 1: bytes}


def _stored_key(key: tuple[type, str | bytes, int]) -> tuple[int, str | bytes, int]:
    """The key of ``re``'s cache ``(type, pattern, flags)`` as the stored entries begin: the
    type as its kind (0 str, 1 bytes; -1 for anything else, which no entry has)."""
    text_type, pattern, flags = key
    return (0 if text_type is str else 1 if text_type is bytes else -1), pattern, flags


def _key(entry: object) -> tuple[type, str | bytes, int] | None:
    """The cache key a stored entry claims, or None (:func:`_pattern` checks the rest when
    the pattern is made)."""
    if not isinstance(entry, tuple) or len(entry) != 7:
        return None
    kind, pattern, flags = entry[:3]
    text_type = _KINDS.get(kind) if type(kind) is int else None
    if text_type is None or type(pattern) is not text_type or type(flags) is not int:
        return None
    return text_type, pattern, flags


class _Warm(dict):
    """``re``'s cache (Python 3.11's ``re._compile`` looks a pattern up as
    ``_cache[type, pattern, flags]``): a pattern it does not hold but the file does is made
    from its stored program when ``re`` first asks (checked as :func:`_pattern` checks it;
    an entry refused there is compiled as usual)."""

    __slots__ = ("_entries",)

    def __init__(self, compiled: dict, entries: dict) -> None:
        super().__init__(compiled)
        self._entries = entries

    def __missing__(self, key: object) -> re.Pattern:
        stored = _stored_key(key) if type(key) is tuple and len(key) == 3 else None  # type: ignore[arg-type]
        entry = self._entries.get(stored) if stored is not None else None
        found = _pattern(entry) if entry is not None else None
        if found is None or found[0] != key:
            if entry is not None:  # refused: compiled as usual, and stored anew by save()
                self._entries.pop(stored, None)
            raise KeyError(key)
        if len(self) >= getattr(re, "_MAXCACHE", 512):  # (as re makes room)
            with contextlib.suppress(StopIteration, RuntimeError, KeyError):
                del self[next(iter(self))]
        self[key] = found[1]
        return found[1]


def _entry(key: tuple[type, str | bytes, int], compiled: re.Pattern) -> Entry | None:
    """What to store of a pattern ``re`` compiled (its program made again, and checked to
    make the very same pattern), or None."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    text_type, pattern, flags = key
    if text_type not in (str, bytes) or flags & _SKIP_FLAGS or not isinstance(compiled, re.Pattern):
        return None
    code = array("I", _compiler._code(_parser.parse(pattern, flags), flags))
    entry: Entry = (0 if text_type is str else 1, pattern, flags, compiled.flags, compiled.groups,
                    dict(compiled.groupindex), code.tobytes())
    found = _pattern(entry)
    return entry if found is not None and found[1] == compiled else None


def save() -> None:
    """Store the programs of the patterns this process compiled that the file did not hold
    (nothing when :func:`warm` was not called, or nothing is new): this run's patterns
    first, then the file's others, :data:`MAX_ENTRIES` and :data:`MAX_BYTES` at most.

    Storing makes each new program again (about as long as compiling it), so a process
    that made the user's key stores nothing: with a key made afresh for every run (a CI job
    whose state folder is not kept) no later run could read the file, and the run would
    only pay for it. The next process with the same key stores them."""
    if _stored is None or _new_key or not isinstance(getattr(re, "_cache", None), dict):
        return
    cache = dict(re._cache)  # type: ignore[attr-defined]
    keys = {k: _stored_key(k) for k in cache if type(k) is tuple and len(k) == 3}
    new = [k for k, stored in keys.items() if stored not in _stored]  # (made from the file or never asked for: not new)
    if not new:
        return
    try:
        from copylint.sealkey import seal_with, user_key

        key = user_key()
        if key is None:
            return
        made = {keys[k]: _entry(k, cache[k]) for k in new}
        kept = {k: e for k, e in made.items() if e is not None}
        if not kept:  # (only patterns that are never stored)
            return
        for k in (*(k for k in keys.values() if k in _stored), *_stored):
            if k not in kept and _key(_stored[k]) is not None:  # (the file's: checked before storing again)
                kept[k] = _stored[k]
        entries, size = [], 0
        for entry in list(kept.values())[:MAX_ENTRIES]:
            size += len(entry[1]) + len(entry[6])
            if size > MAX_BYTES:
                break
            entries.append(entry)
        entries = tuple(entries)
        from copylint.cachefile import replace_file
        from copylint.datacache import prune

        path = _path(key, _command)
        replace_file(path, seal_with(key, marshal.dumps(entries)))
        prune(path.parent, "regex-*.bin", path)  # (another Python's, another key's: unused for weeks)
    except Exception:  # noqa: BLE001 - a cache that cannot be written: the next run compiles as usual
        return
    _stored.update((k, e) for k, e in made.items() if e is not None)
