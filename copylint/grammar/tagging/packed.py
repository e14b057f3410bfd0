"""The tagger model as a sealed binary file in the derived-data cache, loaded in milliseconds.

Reading ``tagger.json.gz`` costs a process about 150 ms of CPU (gunzip, JSON, base64,
checks and a 113,000-entry feature index), while one article tags a few dozen words. The
packed form (:func:`pack`) keeps the arrays as raw little-endian bytes and the features
sorted, so loading is a read, a SHA-256 check and a few copies; a feature is found by a
hash look-up (:class:`FeatureIndex`, :class:`copylint.datacache.HashSlots`), and the full index is built only once a process
has looked up enough features for it to pay (a long file, a folder of articles).

The file is :func:`copylint.datacache.cached_bytes` data: named by the content of the
shipped model, sealed, and checked here before use (a stored file is untrusted): every
length, every class and feature number in range, or it is rebuilt from the shipped model.
"""

from __future__ import annotations

import json
import sys
from array import array
from bisect import bisect_left
from collections.abc import Callable
from pathlib import Path
from zlib import crc32

from copylint.datacache import HashSlots, SearchedMapping, cached_bytes, pack_slots
from copylint.grammar.tagging.features import neighbour_features, spelling_features

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import Any

    from copylint.grammar.tagging.model import Model

#: class numbers below this have a place in the model's ``Layout.shifts`` (the classes and, past
#: them, numbers whose weights count nowhere): a packed copy whose class numbers are all
#: ASCII (below 128) is then safe to use without comparing each with the number of tags
CLASS_SPAN = 128
MAGIC = b"copylint-tagger-packed-6\n"  # (4: class numbers one byte each; 5: dense rows pre-packed;
#                                             6: frequent words' spelling scores)
#: a feature with at least this many weights has its packed row stored whole (see
#: :func:`pack`): about 1,900 features, 0.6 MB, hold most of the weights a cold check adds up
DENSE_AT = 16
#: how many words have their spelling scores stored (see :func:`pack`): the model's most
#: frequent, as the number of weights of their word features tells (some 80% of the words a
#: check tags, 324 bytes a score)
WORD_ROWS = 8_000
#: the scores stored for each of those words, in this order: its own spelling features
#: (``features.spelling_features``), and the spelling features it gives the word after it,
#: the word before it and the word two before it (``features.neighbour_features`` but the
#: last, its lexicon class)
WORD_PARTS = 4
#: after this many look-ups a process builds the whole feature -> number dict
SWITCH_AFTER = 8_000
_CODES = {"I": 4, "B": 1, "h": 2}


class PackError(ValueError):
    """Packed model bytes that are malformed or inconsistent (the cached copy is then rebuilt)."""


def _raw(typecode: str, values: object) -> bytes:
    arr = array(typecode, values)  # type: ignore[arg-type]
    if arr.itemsize != _CODES[typecode]:
        raise PackError(f"array type {typecode!r} is not {_CODES[typecode]} bytes here")
    if sys.byteorder != "little":
        arr.byteswap()
    return arr.tobytes()


def _array(typecode: str, data: memoryview) -> array | memoryview:
    """The numbers in ``data``: on a little-endian machine a view of the (mapped) file
    itself, no copy; otherwise an array, byte-swapped."""
    if len(data) % _CODES[typecode]:
        raise PackError("packed tagger: bad array length")
    if sys.byteorder == "little":
        return data.cast(typecode)
    arr = array(typecode)
    if arr.itemsize != _CODES[typecode]:
        raise PackError("packed tagger: bad array length")
    arr.frombytes(data)
    if sys.byteorder != "little":
        arr.byteswap()
    return arr


def pack(model: Model) -> bytes:
    """The packed form of a model (features sorted by their UTF-8 bytes, with their numbers)."""
    features = sorted(((f.encode("utf-8", "surrogatepass"), n) for f, n in model.index.items()))
    blob = b"\n".join(f for f, _ in features)
    starts = array("I", [0])
    for f, _ in features:
        starts.append(starts[-1] + len(f) + 1)
    slots, size, longest = pack_slots([f for f, _ in features])
    # The packed rows (Model._row) of the dense features, whole: a row is a sum of one big
    # integer per weight (a cold check's first article adds up some 10,000 of them, 30
    # million instructions, 86% of them in rows of DENSE_AT weights or more), read back
    # with one int.from_bytes. Laid out as Model._layout lays rows out (``bits`` recorded:
    # a model laid out otherwise ignores them).
    layout = model._layout()
    offsets = model.offsets
    dense = [k for k in range(len(offsets) - 1) if offsets[k + 1] - offsets[k] >= DENSE_AT]
    row_bytes = (layout.bits * len(model.tags)) // 8 + 2  # (signed: a row may be negative)
    rows = b"".join(model.summed_row(k).to_bytes(row_bytes, "little", signed=True) for k in dense)
    words = frequent_words(model, WORD_ROWS)
    word_blob = b"\n".join(w.encode("utf-8", "surrogatepass") for w in words)
    word_starts = array("I", [0])
    for w in words:
        word_starts.append(word_starts[-1] + len(w.encode("utf-8", "surrogatepass")) + 1)
    word_slots, word_size, word_longest = pack_slots([w.encode("utf-8", "surrogatepass") for w in words])
    word_rows = b"".join(score.to_bytes(row_bytes, "little", signed=True) for score in _word_scores(model, words))
    header = json.dumps({
        "tags": list(model.tags), "tagdict": model.tagdict, "lemmas": model.lemmas,
        "decode_passes": model.decode_passes,
        "features": len(features), "entries": len(model.classes), "blob": len(blob),
        "slots": size, "probes": longest,
        "dense": len(dense), "row_bytes": row_bytes, "bits": layout.bits,
        "words": len(words), "word_blob": len(word_blob), "word_slots": word_size, "word_probes": word_longest,
    }, ensure_ascii=False).encode("utf-8")
    parts = [MAGIC, len(header).to_bytes(4, "little"), header,
             _raw("I", model.offsets), _raw("B", model.classes), _raw("h", model.values),
             _raw("I", [n for _, n in features]), _raw("I", starts), _raw("I", dense), rows, slots, blob,
             word_rows, _raw("I", word_starts), word_slots, word_blob]
    return b"".join(parts)


def frequent_words(model: Model, count: int) -> list[str]:
    """The ``count`` words (:func:`features.norm` forms) with the most weights in the word
    features of their own and of their neighbours (``w=``, ``w-1=``, ``w+1=``, ``w+2=``): a
    word met often in training has weights for many tags there. Ties go by the word."""
    weights: dict[str, int] = {}
    offsets = model.offsets
    for feature, k in model.index.items():
        kind, _, word = feature.partition("=")
        if kind in ("w", "w-1", "w+1", "w+2"):
            weights[word] = weights.get(word, 0) + offsets[k + 1] - offsets[k]
    return sorted(weights, key=lambda w: (-weights[w], w))[:count]


def _word_scores(model: Model, words: list[str]) -> list[int]:
    """The :data:`WORD_PARTS` scores of each word, in that order (packed rows added up, as
    ``Model._row`` would, with the model's layout)."""
    index = model.index
    rows: dict[str, int] = {}

    def row(feature: str) -> int:
        found = rows.get(feature)
        if found is None:
            k = index.get(feature)
            found = rows[feature] = 0 if k is None else model.summed_row(k)
        return found

    out = []
    for low in words:
        out.append(sum(map(row, spelling_features(low))))
        out.extend(sum(map(row, neighbour_features(low, k)[:-1])) for k in (-1, 1, 2))
    return out


def unpack(data: memoryview, model_type: Any) -> Model:
    """A ``model_type`` (:class:`copylint.grammar.tagging.model.Model`, passed in: that module
    imports this one) from :func:`pack`'s bytes; :class:`PackError` (or another exception)
    for anything malformed."""
    if bytes(data[: len(MAGIC)]) != MAGIC:
        raise PackError("packed tagger: not a packed model")
    pos = len(MAGIC)
    size = int.from_bytes(data[pos : pos + 4], "little")
    head = json.loads(bytes(data[pos + 4 : pos + 4 + size]).decode("utf-8"))
    pos += 4 + size
    tags = tuple(str(t) for t in head["tags"])
    tagdict = {str(w): int(c) for w, c in head["tagdict"].items()}
    lemmas = {str(k): str(v) for k, v in head["lemmas"].items()}
    n, entries, blob_len = int(head["features"]), int(head["entries"]), int(head["blob"])
    decode_passes = int(head["decode_passes"])
    if decode_passes not in (1, 2):
        raise PackError("packed tagger: bad number of decoding passes")
    if min(n, entries, blob_len) < 0:
        raise PackError("packed tagger: negative size")
    dense_n, row_bytes, bits = int(head["dense"]), int(head["row_bytes"]), int(head["bits"])
    if min(dense_n, row_bytes, bits) < 0 or (dense_n and row_bytes < 1):
        raise PackError("packed tagger: negative size")
    fields = []
    for typecode, count in (("I", n + 1), ("B", entries), ("h", entries), ("I", n), ("I", n + 1), ("I", dense_n)):
        end = pos + count * _CODES[typecode]
        fields.append(_array(typecode, data[pos:end]))
        pos = end
    offsets, classes, values, order, starts, dense = fields
    rows = data[pos : pos + dense_n * row_bytes]
    pos += dense_n * row_bytes
    size = int(head["slots"])
    slots = HashSlots(data[pos : pos + 4 * size], size, int(head["probes"]), n)
    pos += 4 * size
    blob = data[pos : pos + blob_len]  # (a view of the mapped file: a look-up reads a few of its pages, no copy)
    pos += blob_len
    words = _word_rows(data[pos:], head, row_bytes, bits)
    if (len(offsets) != n + 1 or len(classes) != entries or len(values) != entries or len(order) != n
            or len(dense) != dense_n or len(rows) != dense_n * row_bytes
            or len(starts) != n + 1 or len(blob) != blob_len or offsets[0] != 0 or offsets[-1] != entries
            or starts[0] != 0 or starts[-1] != blob_len + 1 or not _classes_fit(classes, len(tags))
            or any(not 0 <= c < len(tags) for c in tagdict.values())):
        raise PackError("packed tagger: inconsistent arrays")
    # (offsets or starts out of order would give wrong weights, never an exception: slices of
    # equal-length arrays; the seal is what tells a damaged file. A feature number out of
    # range is checked where it is read: FeatureIndex.)
    # (dense numbers out of order or out of range, or a tampered row, give wrong weights,
    # never an exception: DenseRows.get finds a number by bisection and reads a
    # slice of fixed length; and a row decides only which tag wins, see model._argmax)
    index = FeatureIndex(blob, starts, order, slots, DenseRows(dense, rows, row_bytes, bits), words)
    return model_type(tags, index, offsets, classes, values, tagdict, lemmas,  # type: ignore[no-any-return]
                      decode_passes)


def _word_rows(data: memoryview, head: dict, row_bytes: int, bits: int) -> WordRows:
    """:class:`WordRows` from the bytes after the features' blob (the word scores, their
    words' starts, hash slots and blob); :class:`PackError` for sizes that do not fit."""
    count, blob_len, size = int(head["words"]), int(head["word_blob"]), int(head["word_slots"])
    if min(count, blob_len, size) < 0 or (count and row_bytes < 1):
        raise PackError("packed tagger: negative size")
    pos = count * WORD_PARTS * row_bytes
    rows = data[:pos]
    starts = _array("I", data[pos : pos + 4 * (count + 1)])
    pos += 4 * (count + 1)
    slots = HashSlots(data[pos : pos + 4 * size], size, int(head["word_probes"]), count)
    blob = data[pos + 4 * size :]
    if (len(rows) != count * WORD_PARTS * row_bytes or len(starts) != count + 1 or starts[0] != 0
            or starts[-1] != blob_len + 1 or len(blob) != blob_len):
        raise PackError("packed tagger: inconsistent word scores")
    # (starts out of order find no word or the wrong one, and a tampered score gives wrong
    # weights: never an exception, as with the dense rows)
    return WordRows(blob, starts, slots, rows, row_bytes, bits)


class WordRows:
    """The stored scores of frequent words (see :func:`pack`): :meth:`find` gives a word's
    number, :meth:`score` one of its :data:`WORD_PARTS` scores, each a packed row laid out
    ``bits`` a field (as :class:`DenseRows`)."""

    __slots__ = ("_blob", "_rows", "_size", "_slots", "_starts", "bits")

    def __init__(self, blob: memoryview, starts: array | memoryview, slots: HashSlots, rows: memoryview,
                 size: int, bits: int) -> None:
        self._blob, self._starts, self._slots = blob, starts, slots
        self._rows, self._size, self.bits = rows, size, bits

    def _word(self, i: int) -> memoryview:
        return self._blob[self._starts[i] : self._starts[i + 1] - 1]

    def find(self, low: str) -> int | None:
        """The number of the word ``low`` (a :func:`features.norm` form), or None."""
        return self._slots.find(low.encode("utf-8", "surrogatepass"), self._word)

    def score(self, number: int, part: int) -> int:
        """Score ``part`` (below :data:`WORD_PARTS`) of word ``number``."""
        size = self._size
        at = (number * WORD_PARTS + part) * size
        return int.from_bytes(self._rows[at : at + size], "little", signed=True)


class DenseRows:
    """The stored packed rows of the dense features (see :func:`pack`): feature numbers,
    ascending, and their rows, each ``row_bytes`` long, for rows laid out ``bits`` a field."""

    __slots__ = ("_numbers", "_rows", "_size", "bits")
    #: every stored row is of a feature with at least this many weights (:func:`pack`)
    at = DENSE_AT

    def __init__(self, numbers: array | memoryview, rows: memoryview, size: int, bits: int) -> None:
        self._numbers = numbers
        self._rows = rows
        self._size = size
        self.bits = bits

    def get(self, k: int) -> int | None:
        """The packed row of feature ``k``, or None when it is not stored."""
        numbers = self._numbers
        j = bisect_left(numbers, k)
        if j == len(numbers) or numbers[j] != k:
            return None
        size = self._size
        return int.from_bytes(self._rows[j * size : j * size + size], "little", signed=True)


def _classes_fit(classes: array | memoryview, tags: int) -> bool:
    """Whether every class number has a place in the model's layout: below the number of
    tags, or, for a model of at most :data:`CLASS_SPAN`
    tags, merely ASCII (below 128): ``Layout.shifts`` puts a number between the two above
    every score field, where its weights change no score (a tampered cache file's wrong
    weights, as a tampered stored row's, never an exception). ``isascii`` tests eight bytes
    at a time: about 0.5 million instructions for the shipped model's 1.4 million entries,
    where comparing each with the number of tags (:func:`_classes_below`) costs 14 million."""
    if tags <= CLASS_SPAN <= 128:
        return bytes(classes).isascii()
    return _classes_below(classes, tags)


def _classes_below(classes: array | memoryview, limit: int) -> bool:
    """Whether every class number (one byte each: a model holds at most 256 classes) is
    below ``limit``, at C speed: the bytes left after deleting those below it (no int per
    entry; with two-byte numbers the check needed two strided copies, 1.7 ms a start; a
    regular-expression search of the mapped bytes, which needs no copy, costs 15 million
    instructions, a copy of the half megabyte some 130 page faults)."""
    return not classes or not bytes(classes).translate(None, bytes(range(min(limit, 256))))


class FeatureIndex(SearchedMapping[int]):
    """feature -> number over the packed, sorted features: hashed look-ups in ``slots``
    until :data:`SWITCH_AFTER` look-ups, then a dict."""

    def __init__(self, blob: bytes | memoryview, starts: array, order: array, slots: HashSlots,
                 dense: DenseRows | None = None, words: WordRows | None = None) -> None:
        super().__init__()
        self.dense = dense
        self.words = words
        self._blob = blob
        self._starts = starts
        self._order = order
        self._slots = slots

    def _switch_after(self) -> int:
        return SWITCH_AFTER

    def get(self, key: str, default: int | None = None) -> int | None:  # type: ignore[override]
        """:meth:`SearchedMapping.get` with the hashed search written out in one frame (a
        cold check's first article looks up some 600 features, each through four calls
        before): the same slots probed in the same order, the same answers."""
        full = self._dict
        if full is not None:
            return full.get(key, default)
        self._lookups += 1
        if self._lookups > SWITCH_AFTER:
            try:
                return self._full().get(key, default)
            except ValueError:  # damaged data: keep searching, never switch
                self._lookups = -(1 << 62)
        want = key.encode("utf-8", "surrogatepass")
        hashed = self._slots
        slots, mask, count = hashed._slots, hashed._mask, hashed._count
        starts, blob = self._starts, self._blob
        i = crc32(want) & mask
        for _ in range(hashed._longest):
            pos = slots[i]
            if not pos:
                return default
            if pos <= count and blob[starts[pos - 1] : starts[pos] - 1] == want:
                k = self._order[pos - 1]
                return k if k < len(self._order) else default  # (out of range: a tampered file)
            i = (i + 1) & mask
        return default

    def _feature(self, i: int) -> bytes | memoryview:
        return self._blob[self._starts[i] : self._starts[i + 1] - 1]

    def _build(self) -> dict[str, int]:
        if self._order and max(self._order) >= len(self._order):
            raise PackError("packed tagger: feature number out of range")
        names = str(self._blob, "utf-8", "surrogatepass").split("\n") if self._order else []
        return dict(zip(names, self._order, strict=True))

    def _search(self, want: bytes) -> int | None:
        n = len(self._order)
        i = self._slots.find(want, self._feature)
        if i is None or self._order[i] >= n:  # (HashSlots.find compared the feature; out of range: a tampered file)
            return None
        return self._order[i]

    def __len__(self) -> int:
        return len(self._order)


def load(path: Path, read_json: Callable[[], Model], model_type: Any) -> Model:
    """The model at ``path``, from the derived-data cache when it holds it (built there from
    ``read_json()``, the shipped model, otherwise)."""
    return cached_bytes("tagger", [path, Path(__file__), Path(__file__).with_name("features.py")],
                        lambda: pack(read_json()),
                        lambda data: unpack(data, model_type), use_mmap=True)
