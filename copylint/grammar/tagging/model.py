"""The averaged-perceptron tagger: the shipped weights and greedy left-to-right decoding.

The model is ``data/tagger.json.gz`` (gzip-compressed JSON, never pickle), written by
``python -m copylint.grammar.tagging.train`` and read once per process, on first use.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from copylint.grammar.tagging.features import END, START, norm, token_features

MODEL_PATH = Path(__file__).resolve().parent / "data" / "tagger.json.gz"
FORMAT = "copylint-tagger/1"


class ModelError(Exception):
    """The shipped model file is missing or not a tagger model."""


@dataclass(frozen=True)
class Model:
    tags: tuple[str, ...]  # joint "XPOS UPOS" classes
    weights: dict[str, tuple[tuple[int, float], ...]]  # feature -> ((class, weight), ...)
    tagdict: dict[str, int]  # unambiguous frequent words -> class
    lemmas: dict[str, str] = field(default_factory=dict)  # "word XPOS" -> lemma, where the rules miss

    def predict(self, words: list[str]) -> list[str]:
        """The joint tag of each word of one sentence."""
        if not words:
            return []
        lows = [START[0], START[1], *(norm(w) for w in words), END[0], END[1]]
        padded = [START[0], START[1], *words, END[0], END[1]]
        out: list[str] = []
        prev, prev2 = START[0], START[1]
        weights = self.weights
        tags = self.tags
        n = len(tags)
        for i in range(2, len(words) + 2):
            known = self.tagdict.get(lows[i])
            if known is not None:
                best = known
            else:
                scores = [0.0] * n
                for feat in token_features(padded, lows, i, prev, prev2):
                    row = weights.get(feat)
                    if row:
                        for cls, weight in row:
                            scores[cls] += weight
                best = max(range(n), key=scores.__getitem__)
            tag = tags[best]
            out.append(tag)
            prev2, prev = prev, tag
        return out


def to_json(model: Model, meta: dict) -> dict:
    return {
        "format": FORMAT,
        "lemmas": model.lemmas,
        "meta": meta,
        "tags": list(model.tags),
        "tagdict": model.tagdict,
        "weights": {f: [x for cls, w in sorted(row) for x in (cls, w)] for f, row in model.weights.items()},
    }


def from_json(data: object) -> Model:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ModelError(f"not a {FORMAT} model")
    tags = tuple(str(t) for t in data["tags"])
    weights = {}
    for feat, flat in data["weights"].items():
        weights[feat] = tuple((int(flat[k]), float(flat[k + 1])) for k in range(0, len(flat), 2))
    tagdict = {str(w): int(c) for w, c in data["tagdict"].items()}
    lemmas = {str(k): str(v) for k, v in data.get("lemmas", {}).items()}
    return Model(tags, weights, tagdict, lemmas)


@cache
def model() -> Model:
    """The shipped model, loaded on first use."""
    try:
        with gzip.open(MODEL_PATH, "rt", encoding="utf-8") as fh:
            return from_json(json.load(fh))
    except (OSError, ValueError, KeyError, TypeError, IndexError) as exc:
        raise ModelError(f"{MODEL_PATH}: cannot load the tagger model: {exc}") from exc
