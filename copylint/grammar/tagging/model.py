"""The averaged-perceptron tagger: the shipped weights and greedy left-to-right decoding.

The model is ``data/tagger.json.gz`` (gzip-compressed JSON, never pickle), written by
``python -m copylint.grammar.tagging.train`` and read once per process, on first use.
"""

from __future__ import annotations

import binascii
import json
import sys
from array import array
from collections.abc import Callable, Sequence
from functools import cache
from itertools import accumulate
from operator import itemgetter, lshift
from pathlib import Path

from copylint.grammar.tagging.decode import argmax
from copylint.grammar.tagging.decode import predict as decode
from copylint.grammar.tagging.features import (
    look_features,
    neighbour_features,
    norm,
    right_tag_features,
    spelling_features,
    tag_features,
)
from copylint.grammar.tagging.packed import CLASS_SPAN
from copylint.memo import DecidedOnce
from copylint.records import field, record

MODEL_PATH = Path(__file__).resolve().parent / "data" / "tagger.json.gz"
FORMAT = "copylint-tagger/3"
SCALE = 100  # weights are stored as 16-bit integers: weight * SCALE, rounded
_LIMIT = 2**15 - 1


class ModelError(Exception):
    """The shipped model file is missing or not a tagger model."""


#: the memo of packed rows is emptied when it holds this many features (known and unknown):
#: a long-lived process meets ever more unknown ones
ROWS_LIMIT = 400_000
#: each memo of packed per-word scores is emptied when it holds this many words (a packed
#: score is about 500 bytes: the four memos stay under about 50 MB)
WORDS_LIMIT = 20_000
#: the most feature rows one token's score adds up (features.py gives at most 43): packed
#: score fields are sized to hold that many of the largest weight exactly
MAX_ROWS = 64


def _neighbour_scores(rows: DecidedOnce, spelled: DecidedOnce, offset: int) -> DecidedOnce:
    """low word -> the packed score of the features it gives a word at ``offset`` from it
    (``neighbour_features``): its spelling's (``spelled``) and its lexicon class's."""
    return DecidedOnce(lambda low: spelled[low] + rows[neighbour_features(low, offset)[-1]], WORDS_LIMIT)


def _word_scores(rows: DecidedOnce, features: Callable[..., Sequence[str]], start: int = 0) -> DecidedOnce:
    """key -> ``start`` plus the packed sum of the features it gives (``features(word)``, or
    ``features(*key)`` for a tuple): a word's own spelling, or a neighbour's, scores the same
    wherever it stands, and so do the previous tags with a word's lexicon class."""
    def score(key: str | tuple[str, ...]) -> int:
        return sum(map(rows.__getitem__, features(*key) if isinstance(key, tuple) else features(key)), start)

    return DecidedOnce(score, WORDS_LIMIT)


#: A model's memos of packed scores (see ``Model._memos``), in this order: rows (feature ->
#: packed row); own (word -> bias + its own features' score); prefers (word -> the class its
#: own features prefer); before (low word -> what it gives the word after it); after (... the
#: word before it); after2 (... the word two before it); tags ((prev, prev2, lexicon class) ->
#: score of tag_features); right ((prev, next, next2, lexicon class) -> score of
#: right_tag_features). A plain tuple, read by unpacking (a ``NamedTuple`` class costs some
#: 0.8 million instructions to make at import: ``namedtuple`` compiles its ``__new__``).
Memos = tuple[DecidedOnce, DecidedOnce, DecidedOnce, DecidedOnce, DecidedOnce, DecidedOnce, DecidedOnce, DecidedOnce]


class Layout(tuple):  # type: ignore[type-arg]
    """Packed scores: class ``c``'s score plus ``bias`` is the unsigned field of ``bits`` bits
    at bit ``bits * c``. The bias is a quarter of a field's range and a token's score stays
    within another quarter (at most :data:`MAX_ROWS` rows of the largest weight), so every
    field is positive and its top bit (set in ``guard``; ``marks[c]`` is class ``c``'s) clear:
    the guard bits survive subtracting any field-sized value from every field at once
    (``ones`` is 1 in each field, ``mask`` one field's bits).

    ``shifts[c]`` is the bit where class ``c``'s field starts; the numbers past the classes,
    up to :data:`CLASS_SPAN` (which only a tampered cache file holds: see
    copylint.grammar.tagging.packed), all start at the bit past the last class's field, so
    their weights land above every field and change no score (carries and borrows run
    upwards only).

    A tuple of the fields in that order (``bits, bias, guard, ones, mask, marks, shifts``),
    unpacked where it is used, with a property for each (as a ``NamedTuple``, which costs some
    0.8 million instructions to make at import: ``namedtuple`` compiles its ``__new__``)."""

    __slots__ = ()

    def __new__(cls, bits: int, bias: int, guard: int, ones: int, mask: int, marks: tuple[int, ...],
                shifts: tuple[int, ...]) -> Layout:
        return tuple.__new__(cls, (bits, bias, guard, ones, mask, marks, shifts))

    bits = property(itemgetter(0))
    bias = property(itemgetter(1))
    guard = property(itemgetter(2))
    ones = property(itemgetter(3))
    mask = property(itemgetter(4))
    marks = property(itemgetter(5))
    shifts = property(itemgetter(6))


#: the first class with the highest field of packed scores, found by checking a guess (see
#: copylint.grammar.tagging.decode, compiled)
_argmax = argmax


@record(frozen=True)
class Model:
    """Weights in three parallel arrays: feature ``features[n]`` has the entries
    ``offsets[n]:offsets[n + 1]`` of ``classes`` (a class index) and ``values`` (its weight,
    times ``SCALE``).

    Scoring adds whole rows at once: a feature's row is packed into one Python integer with a
    fixed-width bit field per class (weight ``v`` of class ``c`` is ``v << (width * c)``,
    negative weights included), so the scores of a token are one ``sum()`` of integers plus a
    bias that lifts every field above zero, whose highest field :func:`_argmax` finds with a
    few whole-integer operations. Integer sums are exact, so this is the same arithmetic as adding the weights one by one, in any
    order and in any grouping: the features a token's own spelling gives, and those each of
    its neighbours gives it on its own (``neighbour_features``), are summed once per distinct
    word and memoised, and the second decoding pass adds its features to the first pass's
    total wherever the two previous tags did not change."""

    tags: tuple[str, ...]  # joint "XPOS UPOS" classes
    index: dict[str, int]  # feature -> n
    offsets: Sequence[int]
    classes: Sequence[int]
    values: Sequence[int]
    tagdict: dict[str, int]  # unambiguous frequent words -> class
    lemmas: dict[str, str] = field(default_factory=dict)  # "word XPOS" -> lemma, where the rules miss
    decode_passes: int = 1  # 2: a second pass that sees the first pass's tags to the right
    _memo: list = field(default_factory=list, repr=False, compare=False)
    _packing: list = field(default_factory=list, repr=False, compare=False)

    def _layout(self) -> Layout:
        """How packed scores are laid out (see :class:`Layout`): fields just wide enough."""
        if not self._packing:
            if getattr(self.values, "itemsize", 8) <= 2:  # 16-bit weights (as stored): no need to scan them
                peak = 1 << 15
            else:
                peak = max(max(self.values, default=0), -min(self.values, default=0), 1)
            bits = (peak * MAX_ROWS).bit_length() + 2  # |score| < 2 ** (bits - 2)
            ones = sum(1 << (bits * c) for c in range(len(self.tags)))
            self._packing.append(Layout(bits, ones << (bits - 2), ones << (bits - 1), ones, (1 << bits) - 1,
                                        tuple(1 << (bits * c + bits - 1) for c in range(len(self.tags))),
                                        tuple(bits * min(c, len(self.tags))
                                              for c in range(max(len(self.tags), CLASS_SPAN)))))
        return self._packing[0]

    def _memos(self) -> Memos:
        """The packed-row memo, and memos of sums of rows that recur: a word's own features
        (with the bias) and the class those alone prefer (the first guess :func:`_argmax`
        checks); the features a word gives the word after it, the word before it and the
        word two before it; the features of the tags around a token with its lexicon class,
        in each pass (shared by every thread: a race only builds an entry twice, with the
        same value)."""
        if not self._memo:
            # feature -> packed row, built on first use; 0 for a feature the model does not know
            # (adding it changes nothing, and ``filter(None, ...)`` skips it), so
            # ``sum(map(rows.__getitem__, feats))`` runs at C speed
            rows = DecidedOnce(self._row, ROWS_LIMIT)
            layout = self._layout()
            spelled = self._spelled(rows, layout)
            own = DecidedOnce(lambda word: sum(map(rows.__getitem__, look_features(word)),
                                               layout.bias + spelled[0][norm(word)]), WORDS_LIMIT)
            # the class with the highest own score (any class would be a correct guess: this
            # one is right for about four in five tokens)
            prefers = DecidedOnce(lambda word: _argmax(own[word], 0, layout), WORDS_LIMIT)
            memos: Memos = (rows, own, prefers,
                            *(_neighbour_scores(rows, part, k) for part, k in zip(spelled[1:], (-1, 1, 2), strict=True)),
                            _word_scores(rows, tag_features), _word_scores(rows, right_tag_features))  # type: ignore[assignment]
            self._memo.append(memos)
        return self._memo[0]

    def _spelled(self, rows: DecidedOnce, layout: Layout) -> list[DecidedOnce]:
        """Memos of the scores of a word's spelling features (:func:`norm` form -> packed
        score): its own (``spelling_features``), and those it gives the word after it, the word
        before it and the word two before it (``neighbour_features`` but the last): read from
        the packed copy's stored scores of frequent words (``packed.WordRows``) where it has
        the word, added up from the rows otherwise (the same sum)."""
        stored = getattr(self.index, "words", None)
        if stored is not None and stored.bits != layout.bits:  # (stored for another layout)
            stored = None
        numbers = DecidedOnce(stored.find if stored is not None else lambda low: None, WORDS_LIMIT)

        def spelled(part: int, features: Callable[[str], Sequence[str]]) -> DecidedOnce:
            def score(low: str) -> int:
                number = numbers[low]
                if number is not None:
                    return stored.score(number, part)  # type: ignore[union-attr, no-any-return]
                return sum(map(rows.__getitem__, features(low)))

            return DecidedOnce(score, WORDS_LIMIT)

        return [spelled(0, spelling_features),
                *(spelled(part, lambda low, k=k: neighbour_features(low, k)[:-1]) for part, k in ((1, -1), (2, 1), (3, 2)))]

    def _row(self, feat: str) -> int:
        """The packed row of a feature (0 for one the model does not know)."""
        k = self.index.get(feat)
        if k is None:
            return 0
        lo, hi = self.offsets[k], self.offsets[k + 1]
        layout = self._layout()
        dense = getattr(self.index, "dense", None)  # (the packed copy's rows of many weights, stored whole)
        # (only a feature of that many weights has a stored row: the others are added up
        # without searching the stored ones, some 5,000 instructions a feature)
        if dense is not None and hi - lo >= dense.at and dense.bits == layout.bits:
            stored = dense.get(k)
            if stored is not None:
                return stored  # type: ignore[no-any-return]
        return self._summed(lo, hi, layout)

    def summed_row(self, k: int) -> int:
        """The packed row of feature number ``k``, added up from its weights (one big integer
        per weight, shifted to its class's field of :meth:`_layout`)."""
        return self._summed(self.offsets[k], self.offsets[k + 1], self._layout())

    def _summed(self, lo: int, hi: int, layout: Layout) -> int:
        """The packed row of the weights ``lo:hi`` (see :meth:`summed_row`)."""
        return sum(map(lshift, self.values[lo:hi], map(layout.shifts.__getitem__, self.classes[lo:hi])))

    def predict(self, words: list[str]) -> list[str]:
        """The joint tag of each word of one sentence: a greedy pass left to right, then (for a
        two-pass model) a second one whose features also see the first pass's tags of the next
        two words. The features that do not depend on tags are scored once, for both passes;
        each pass's best class is found by checking a guess (:func:`_argmax`): the class the
        word's own features prefer, then the first pass's choice."""
        return decode(words, self.tags, self.tagdict, self._memos(), self._layout(), self.decode_passes)

    def rows(self) -> dict[str, list[tuple[int, float]]]:
        """feature -> [(class, weight)] (for training tools and tests)."""
        return {f: [(self.classes[e], self.values[e] / SCALE) for e in range(self.offsets[k], self.offsets[k + 1])]
                for f, k in self.index.items()}


def build(tags: Sequence[str], weights: dict[str, dict[int, float]], tagdict: dict[str, int],
          lemmas: dict[str, str], decode_passes: int = 1) -> Model:
    """A model from feature -> {class: weight} (weights rounded to 1/SCALE, zeros dropped,
    kept within 16 bits)."""
    if len(tags) > 256:
        raise ModelError("a model holds at most 256 classes")
    index: dict[str, int] = {}
    offsets = array("I", [0])
    classes = array("B")
    values = array("h")
    for feat in sorted(weights):
        row = [(c, max(-_LIMIT, min(_LIMIT, round(w * SCALE)))) for c, w in sorted(weights[feat].items())]
        row = [(c, v) for c, v in row if v]
        if not row:
            continue
        index[feat] = len(index)
        for c, v in row:
            classes.append(c)
            values.append(v)
        offsets.append(len(classes))
    return Model(tuple(tags), index, offsets, classes, values, dict(tagdict), dict(lemmas), decode_passes)


def _b64(arr: array) -> str:
    if sys.byteorder != "little":
        arr = array(arr.typecode, arr)
        arr.byteswap()
    import base64  # (the shipped model's format: a check reads the packed copy instead)

    return base64.b64encode(arr.tobytes()).decode("ascii")


def _unb64(typecode: str, text: str) -> array:
    import base64  # (the shipped model's format: a check reads the packed copy instead)

    arr = array(typecode)
    arr.frombytes(base64.b64decode(text.encode("ascii"), validate=True))
    if sys.byteorder != "little":
        arr.byteswap()
    return arr


def to_json(model: Model, meta: dict) -> dict:
    """The model as plain JSON data: strings, numbers and base64-coded little-endian arrays
    (each feature's number of weights, their classes and their values times ``SCALE``)."""
    features = sorted(model.index, key=model.index.__getitem__)
    offsets = model.offsets
    return {
        "format": FORMAT,
        "meta": meta,
        "scale": SCALE,
        "tags": list(model.tags),
        "tagdict": model.tagdict,
        "lemmas": model.lemmas,
        "decode_passes": model.decode_passes,
        "features": "\n".join(features),
        "lengths": _b64(array("B", (offsets[k + 1] - offsets[k] for k in range(len(features))))),
        "classes": _b64(array("B", model.classes)),
        "values": _b64(array("h", model.values)),
    }


def from_json(data: object) -> Model:
    """Check and load model data; anything malformed raises :class:`ModelError`."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ModelError(f"not a {FORMAT} model")
    try:
        tags = tuple(str(t) for t in data["tags"])
        features = str(data["features"]).split("\n")
        lengths = _unb64("B", data["lengths"])
        classes = _unb64("B", data["classes"])
        values = _unb64("h", data["values"])
        tagdict = {str(w): int(c) for w, c in data["tagdict"].items()}
        lemmas = {str(k): str(v) for k, v in data.get("lemmas", {}).items()}
        decode_passes = int(data.get("decode_passes", 1))
        scale = int(data.get("scale", SCALE))
    except (KeyError, TypeError, ValueError, AttributeError, binascii.Error) as exc:
        raise ModelError(f"malformed tagger model: {exc}") from exc
    offsets = array("I", [0])
    offsets.extend(accumulate(lengths))
    if (len(lengths) != len(features) or offsets[-1] != len(classes) or len(classes) != len(values)
            or (classes and max(classes) >= len(tags)) or any(not 0 <= c < len(tags) for c in tagdict.values())
            or decode_passes not in (1, 2) or scale != SCALE):
        raise ModelError("malformed tagger model: inconsistent arrays")
    index = dict(zip(features, range(len(features)), strict=True))
    return Model(tags, index, offsets, classes, values, tagdict, lemmas, decode_passes)


@cache
def model() -> Model:
    """The shipped model, loaded on first use (from its packed copy in the derived-data
    cache when there is one: copylint.grammar.tagging.packed)."""
    from copylint.grammar.tagging.packed import load

    return load(MODEL_PATH, shipped_model, Model)


def preload() -> Model:
    """The model with its whole feature index built: for a long-lived process that would
    otherwise build it in the middle of some request (see packed.FeatureIndex)."""
    loaded = model()
    materialise = getattr(loaded.index, "materialise", None)
    if materialise is not None:
        materialise()
    return loaded


def shipped_model() -> Model:
    """The model read from ``tagger.json.gz`` itself."""
    import gzip  # (a check reads the packed copy: copylint.grammar.tagging.packed)

    try:
        with gzip.open(MODEL_PATH, "rt", encoding="utf-8") as fh:
            return from_json(json.load(fh))
    except (OSError, ValueError) as exc:
        raise ModelError(f"{MODEL_PATH}: cannot load the tagger model: {exc}") from exc
