"""The compact lexicon: every word copylint knows, looked up without loading it.

The lexicon is one binary file (built once by :mod:`copylint.spelling.build`, cached by
:mod:`copylint.spelling.store`) read through ``mmap``: opening it costs well under a
millisecond whatever its size, and a lookup is a hash and a byte comparison or two. It holds
two open-addressing hash tables keyed by the UTF-8 of a lowercase word:

- **words**: each known form with its wordfreq Zipf frequency (one byte, tenths), flags
  (:data:`DICT`, :data:`GB`, :data:`US`, :data:`IZE`, :data:`LISTED`, :data:`PLACE`,
  :data:`SUGGEST`) and a note: codespell's corrections of a listed misspelling, or the
  other dialect's form of a variant;
- **deletes**: for every word that may be suggested, each string made by deleting one of
  its letters, pointing back at the words (the symmetric-delete method): the words within
  one edit of a misspelling are found from the misspelling's own deletes, a dozen lookups
  instead of hundreds.

Layout (integers little-endian, slot arrays in the machine's order, which the cache key
records): a header, the records, then the two slot arrays. A slot holds a record's offset
(0 = empty); probing is linear from ``crc32(key) & mask``.
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Iterable
from zlib import crc32

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import NamedTuple
else:
    from copylint.named_tuple import NamedTuple

DICT = 1  # a dictionary word (either dialect)
GB = 2  # a British-only form: reported in American copy
US = 4  # an American-only form: reported in British copy (unless IZE)
IZE = 8  # an -ize form: American, and also correct (Oxford) British spelling
LISTED = 16  # in codespell's list of real-world misspellings
PLACE = 32  # a place name in the gazetteer
SUGGEST = 64  # may be offered as a suggestion (indexed in the deletes table)

MAGIC = b"CLLEX\x00\x00\x03"
#: the header: the magic, then six little-endian 32-bit integers (words slots offset and count,
#: deletes slots offset and count, size, entries), as ``struct`` format ``<8sIIIIII`` (which only
#: building uses: a check reads the six with ``int.from_bytes``, without importing ``struct``)
_HEADER_FORMAT = "<8sIIIIII"
_HEADER_SIZE = 32


class Entry(NamedTuple):
    """A word's entry. (A named tuple: a check looks up a few hundred words an article, each
    made once a process, and a tuple is made fastest.)"""

    word: str
    zipf: float  # wordfreq Zipf frequency; 0.0 when wordfreq has not seen it
    flags: int
    note: str  # codespell corrections ("a, b") or the other dialect's form

    def has(self, flag: int) -> bool:
        return bool(self.flags & flag)

    @property
    def corrections(self) -> tuple[str, ...]:
        if not self.flags & LISTED:
            return ()
        return tuple(c.strip() for c in self.note.split(",") if c.strip())


_new_entry = Entry._make
_tuple_new = tuple.__new__  # (an Entry of four fields, made without _make's length check)
_NO_NOTE = b"\0\0\0\0"  # a record's note offset when it has none


class Lexicon:
    """Read-only lookups over a serialised lexicon (``mmap``, ``bytes`` or ``bytearray``)."""

    def __init__(self, buf) -> None:  # noqa: ANN001 - any buffer supporting slicing
        if len(buf) < _HEADER_SIZE:
            raise ValueError("not a copylint lexicon")
        magic = bytes(buf[:8])
        wslots, wcount, dslots, dcount, size, entries = (int.from_bytes(buf[i: i + 4], "little")
                                                          for i in range(8, _HEADER_SIZE, 4))
        if magic != MAGIC or size != len(buf):
            raise ValueError("not a copylint lexicon, or a truncated one")
        self._buf = buf
        view = memoryview(buf)
        self._words = view[wslots: wslots + 4 * wcount].cast("I")
        self._wmask = wcount - 1
        self._deletes = view[dslots: dslots + 4 * dcount].cast("I")
        self._dmask = dcount - 1
        self.size = entries

    def _find(self, slots: memoryview, mask: int, key: bytes) -> int:
        buf = self._buf
        n = len(key)
        i = crc32(key) & mask
        while True:
            off = slots[i]
            if not off:
                return 0
            if buf[off] == n and buf[off + 1: off + 1 + n] == key:
                return off
            i = (i + 1) & mask

    def _entry_at(self, off: int, word: str | None = None) -> Entry:
        """The entry of the record at ``off`` (``word``: its word, when the caller has it)."""
        buf = self._buf
        p = off + 1 + buf[off]
        if word is None:
            word = bytes(buf[off + 1: p]).decode("utf-8")
        note = ""
        note_off = int.from_bytes(buf[p + 2: p + 6], "little")
        if note_off:
            ln = int.from_bytes(buf[note_off: note_off + 2], "little")
            note = bytes(buf[note_off + 2: note_off + 2 + ln]).decode("utf-8")
        return _new_entry((word, buf[p] / 10, buf[p + 1], note))

    def get(self, word: str) -> Entry | None:
        """The entry of ``word`` (lowercase, straight apostrophes), or None: :meth:`_find` and
        :meth:`_entry_at` in one frame (the first lookup of each word of a check's first
        article comes here, a few hundred of them)."""
        key = word.encode("utf-8")
        n = len(key)
        if n > 255:
            return None
        buf = self._buf
        slots = self._words
        mask = self._wmask
        i = crc32(key) & mask
        while True:
            off = slots[i]
            if not off:
                return None
            if buf[off] == n and buf[off + 1: off + 1 + n] == key:
                break
            i = (i + 1) & mask
        # (the record's word is ``key``, so it is ``word``: not decoded again)
        p = off + 1 + n
        raw = buf[p + 2: p + 6]
        note = ""
        if raw != _NO_NOTE:  # (most words have no note)
            note_off = int.from_bytes(raw, "little")
            ln = int.from_bytes(buf[note_off: note_off + 2], "little")
            note = bytes(buf[note_off + 2: note_off + 2 + ln]).decode("utf-8")
        return _tuple_new(Entry, (word, buf[p] / 10, buf[p + 1], note))

    def near(self, word: str, deletes: int = 1) -> set[str]:
        """Suggestable words that share a one-letter delete with ``word`` (or, with
        ``deletes=2``, with a two-letter delete of it): a superset of the words within
        one edit (transposition counted as one), to be verified by the caller."""
        if len(word) > 64:
            return set()
        keys = {word}
        frontier = {word}
        for _ in range(deletes):
            frontier = {w[:i] + w[i + 1:] for w in frontier if len(w) > 1 for i in range(len(w))}
            keys |= frontier
        found: set[str] = set()
        buf = self._buf
        for key in keys:
            raw = key.encode("utf-8")
            if len(raw) > 255:
                continue
            off = self._find(self._words, self._wmask, raw)
            if off and buf[off + 2 + buf[off]] & SUGGEST:
                found.add(key)
            off = self._find(self._deletes, self._dmask, raw)
            if off:
                p = off + 1 + buf[off]
                count = int.from_bytes(buf[p: p + 2], "little")
                for j in range(count):
                    target = int.from_bytes(buf[p + 2 + 4 * j: p + 6 + 4 * j], "little")
                    found.add(bytes(buf[target + 1: target + 1 + buf[target]]).decode("utf-8"))
        found.discard(word)
        return found


def _table(keys_offsets: list[tuple[bytes, int]]) -> array:
    size = 1
    while size < 2 * max(len(keys_offsets), 1):
        size *= 2
    mask = size - 1
    slots = array("I", bytes(4 * size))
    for key, off in keys_offsets:
        i = crc32(key) & mask
        while slots[i]:
            i = (i + 1) & mask
        slots[i] = off
    return slots


def serialise(entries: dict[str, tuple[int, int, str]], suggest: Iterable[str]) -> bytes:
    """Serialise ``word -> (zipf tenths, flags, note)``; ``suggest`` are the words to index
    in the deletes table (their entries get :data:`SUGGEST`)."""
    import struct  # (building only)

    header = struct.Struct(_HEADER_FORMAT)
    out = bytearray(header.size)
    notes: dict[str, int] = {}
    note_fixups: list[tuple[int, str]] = []
    word_offsets: dict[str, int] = {}
    suggest = sorted(set(suggest) & entries.keys())
    suggest_set = set(suggest)
    for word in sorted(entries):
        zipf, flags, note = entries[word]
        key = word.encode("utf-8")
        if len(key) > 255:
            continue
        if word in suggest_set:
            flags |= SUGGEST
        word_offsets[word] = len(out)
        out.append(len(key))
        out += key
        out.append(max(0, min(255, zipf)))
        out.append(flags)
        if note:
            note_fixups.append((len(out), note))
        out += b"\0\0\0\0"
    for note in sorted({note for _, note in note_fixups}):
        raw = note.encode("utf-8")
        notes[note] = len(out)
        out += len(raw).to_bytes(2, "little") + raw
    for pos, note in note_fixups:
        out[pos: pos + 4] = notes[note].to_bytes(4, "little")

    # Every (delete, word offset) pair as one bytes object "delete NUL offset": sorting them
    # orders deletes as sorted() orders the strings (UTF-8 keeps code-point order; NUL puts
    # "ab" before "abc") and each delete's offsets numerically (big-endian). A dict of lists
    # of ints would cost several times the memory at build time.
    pairs: list[bytes] = []
    for word in suggest:
        off = word_offsets[word].to_bytes(4, "big")
        for i in range(len(word)):
            d = word[:i] + word[i + 1:]
            if d:
                pairs.append(d.encode("utf-8") + b"\0" + off)
    pairs.sort()
    delete_offsets: list[tuple[bytes, int]] = []
    n = 0
    while n < len(pairs):
        key = pairs[n][:-5]
        targets: list[int] = []
        while n < len(pairs) and pairs[n][:-5] == key:
            t = int.from_bytes(pairs[n][-4:], "big")
            if not targets or targets[-1] != t:
                targets.append(t)
            n += 1
        if len(key) > 255:
            continue
        targets = targets[:65535]
        delete_offsets.append((key, len(out)))
        out.append(len(key))
        out += key
        out += len(targets).to_bytes(2, "little")
        out += b"".join(t.to_bytes(4, "little") for t in targets)
    del pairs

    while len(out) % 4:
        out.append(0)
    wslots = _table([(w.encode("utf-8"), off) for w, off in word_offsets.items()])
    wstart = len(out)
    out += wslots.tobytes()
    dslots = _table(delete_offsets)
    dstart = len(out)
    out += dslots.tobytes()
    header.pack_into(out, 0, MAGIC, wstart, len(wslots), dstart, len(dslots), len(out), len(word_offsets))
    return bytes(out)


BYTEORDER = sys.byteorder
