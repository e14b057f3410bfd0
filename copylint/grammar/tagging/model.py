"""The averaged-perceptron tagger: the shipped weights and greedy left-to-right decoding.

The model is ``data/tagger.json.gz`` (gzip-compressed JSON, never pickle), written by
``python -m copylint.grammar.tagging.train`` and read once per process, on first use.
"""

from __future__ import annotations

import base64
import binascii
import gzip
import json
import operator
import sys
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from copylint.grammar.tagging.features import END, START, norm, token_features

MODEL_PATH = Path(__file__).resolve().parent / "data" / "tagger.json.gz"
FORMAT = "copylint-tagger/2"
SCALE = 1000  # weights are stored as integers: weight * SCALE, rounded


class ModelError(Exception):
    """The shipped model file is missing or not a tagger model."""


@dataclass(frozen=True)
class Model:
    """Weights in three parallel arrays: feature ``features[n]`` has the entries
    ``offsets[n]:offsets[n + 1]`` of ``classes`` (a class index) and ``values`` (its weight,
    times ``SCALE``)."""

    tags: tuple[str, ...]  # joint "XPOS UPOS" classes
    index: dict[str, int]  # feature -> n
    offsets: Sequence[int]
    classes: Sequence[int]
    values: Sequence[int]
    tagdict: dict[str, int]  # unambiguous frequent words -> class
    lemmas: dict[str, str] = field(default_factory=dict)  # "word XPOS" -> lemma, where the rules miss
    _rows: dict[str, tuple[tuple[int, int], ...]] = field(default_factory=dict, repr=False, compare=False)

    def _row(self, feat: str) -> tuple[tuple[int, int], ...] | None:
        """The (class, weight) pairs of a known feature, decoded on first use."""
        k = self.index.get(feat)
        if k is None:
            return None
        lo, hi = self.offsets[k], self.offsets[k + 1]
        row = self._rows[feat] = tuple(zip(self.classes[lo:hi], self.values[lo:hi], strict=True))
        return row

    def predict(self, words: list[str]) -> list[str]:
        """The joint tag of each word of one sentence."""
        if not words:
            return []
        lows = [START[0], START[1], *(norm(w) for w in words), END[0], END[1]]
        padded = [START[0], START[1], *words, END[0], END[1]]
        out: list[str] = []
        prev, prev2 = START[0], START[1]
        rows = self._rows
        tags = self.tags
        n = len(tags)
        for i in range(2, len(words) + 2):
            best = self.tagdict.get(lows[i])
            if best is None:
                scores = [0] * n
                for feat in token_features(padded, lows, i, prev, prev2):
                    row = rows.get(feat) or self._row(feat)
                    if row:
                        for cls, value in row:
                            scores[cls] += value
                best = max(range(n), key=scores.__getitem__)
            tag = tags[best]
            out.append(tag)
            prev2, prev = prev, tag
        return out

    def rows(self) -> dict[str, list[tuple[int, float]]]:
        """feature -> [(class, weight)] (for training tools and tests)."""
        return {f: [(self.classes[e], self.values[e] / SCALE) for e in range(self.offsets[k], self.offsets[k + 1])]
                for f, k in self.index.items()}


def build(tags: Sequence[str], weights: dict[str, dict[int, float]], tagdict: dict[str, int],
          lemmas: dict[str, str]) -> Model:
    """A model from feature -> {class: weight} (weights rounded to 1/SCALE; zeros dropped)."""
    index: dict[str, int] = {}
    offsets = array("I", [0])
    classes = array("H")
    values = array("i")
    for feat in sorted(weights):
        row = [(c, round(w * SCALE)) for c, w in sorted(weights[feat].items())]
        row = [(c, v) for c, v in row if v]
        if not row:
            continue
        index[feat] = len(index)
        for c, v in row:
            classes.append(c)
            values.append(v)
        offsets.append(len(classes))
    return Model(tuple(tags), index, offsets, classes, values, dict(tagdict), dict(lemmas))


def _b64(arr: array) -> str:
    if sys.byteorder != "little":
        arr = array(arr.typecode, arr)
        arr.byteswap()
    return base64.b64encode(arr.tobytes()).decode("ascii")


def _unb64(typecode: str, text: str) -> array:
    arr = array(typecode)
    arr.frombytes(base64.b64decode(text.encode("ascii"), validate=True))
    if sys.byteorder != "little":
        arr.byteswap()
    return arr


def to_json(model: Model, meta: dict) -> dict:
    """The model as plain JSON data: strings, numbers and base64-coded little-endian arrays."""
    features = sorted(model.index, key=model.index.__getitem__)
    return {
        "format": FORMAT,
        "meta": meta,
        "tags": list(model.tags),
        "tagdict": model.tagdict,
        "lemmas": model.lemmas,
        "features": "\n".join(features),
        "offsets": _b64(array("I", model.offsets)),
        "classes": _b64(array("H", model.classes)),
        "values": _b64(array("i", model.values)),
    }


def from_json(data: object) -> Model:
    """Check and load model data; anything malformed raises :class:`ModelError`."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ModelError(f"not a {FORMAT} model")
    try:
        tags = tuple(str(t) for t in data["tags"])
        features = str(data["features"]).split("\n")
        offsets = _unb64("I", data["offsets"])
        classes = _unb64("H", data["classes"])
        values = _unb64("i", data["values"])
        tagdict = {str(w): int(c) for w, c in data["tagdict"].items()}
        lemmas = {str(k): str(v) for k, v in data.get("lemmas", {}).items()}
    except (KeyError, TypeError, ValueError, AttributeError, binascii.Error) as exc:
        raise ModelError(f"malformed tagger model: {exc}") from exc
    if (len(offsets) != len(features) + 1 or offsets[0] != 0 or offsets[-1] != len(classes)
            or len(classes) != len(values) or not all(map(operator.le, offsets, offsets[1:]))
            or (classes and max(classes) >= len(tags)) or any(not 0 <= c < len(tags) for c in tagdict.values())):
        raise ModelError("malformed tagger model: inconsistent arrays")
    index = dict(zip(features, range(len(features)), strict=True))
    return Model(tags, index, offsets, classes, values, tagdict, lemmas)


@cache
def model() -> Model:
    """The shipped model, loaded on first use (from its packed copy in the derived-data
    cache when there is one: copylint.grammar.tagging.packed)."""
    from copylint.grammar.tagging.packed import load

    return load(MODEL_PATH, shipped_model, Model)


def shipped_model() -> Model:
    """The model read from ``tagger.json.gz`` itself."""
    try:
        with gzip.open(MODEL_PATH, "rt", encoding="utf-8") as fh:
            return from_json(json.load(fh))
    except (OSError, ValueError) as exc:
        raise ModelError(f"{MODEL_PATH}: cannot load the tagger model: {exc}") from exc
