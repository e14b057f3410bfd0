"""Train the part-of-speech tagger shipped in ``data/tagger.json.gz``.

    python -m copylint.grammar.tagging.train --ewt PATH/TO/UD_English-EWT [--gum PATH/TO/UD_English-GUM]

An averaged perceptron (greedy, left to right) over the features of
``copylint.grammar.tagging.features``, trained on the treebanks' train splits; the dev
split of EWT picks the number of passes. Classes are joint "XPOS UPOS" pairs. Weights
below ``--prune`` are dropped and the rest rounded, which keeps the model small; frequent
words seen with one tag only go to a tag dictionary and skip scoring. The treebanks are
not part of copylint: see ``data/SOURCE.md`` for their licence and the commits used.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import subprocess
import sys
import time
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

from copylint.grammar.tagging.conllu import Sentence, ewt_split, read_all
from copylint.grammar.tagging.features import END, START, norm, token_features
from copylint.grammar.tagging.lemmas import rule_lemma
from copylint.grammar.tagging.model import MODEL_PATH, Model, build, from_json, to_json


def joint(xpos: str, upos: str) -> str:
    return f"{xpos} {upos}"


class Perceptron:
    """Averaged perceptron with lazy averaging (each weight keeps its running total and the
    step it last changed)."""

    def __init__(self, classes: list[str]) -> None:
        self.classes = classes
        self.index = {c: k for k, c in enumerate(classes)}
        self.weights: dict[str, dict[int, float]] = defaultdict(dict)
        self.totals: dict[tuple[str, int], float] = defaultdict(float)
        self.stamps: dict[tuple[str, int], int] = defaultdict(int)
        self.step = 0

    def predict(self, feats: list[str]) -> int:
        scores = [0.0] * len(self.classes)
        for f in feats:
            row = self.weights.get(f)
            if row:
                for cls, w in row.items():
                    scores[cls] += w
        return max(range(len(scores)), key=scores.__getitem__)

    def update(self, truth: int, guess: int, feats: list[str]) -> None:
        self.step += 1
        if truth == guess:
            return
        for f in feats:
            row = self.weights[f]
            for cls, delta in ((truth, 1.0), (guess, -1.0)):
                key = (f, cls)
                w = row.get(cls, 0.0)
                self.totals[key] += (self.step - self.stamps[key]) * w
                self.stamps[key] = self.step
                row[cls] = w + delta

    def averaged(self) -> dict[str, dict[int, float]]:
        out: dict[str, dict[int, float]] = {}
        for f, row in self.weights.items():
            avg = {}
            for cls, w in row.items():
                key = (f, cls)
                total = self.totals[key] + (self.step - self.stamps[key]) * w
                value = total / max(self.step, 1)
                if value:
                    avg[cls] = value
            if avg:
                out[f] = avg
        return out


def make_tagdict(sentences: list[Sentence], min_count: int = 20, min_share: float = 0.995) -> dict[str, str]:
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for sent in sentences:
        for form, xpos, upos, _ in sent:
            counts[norm(form)][joint(xpos, upos)] += 1
    out = {}
    for word, tags in counts.items():
        tag, n = tags.most_common(1)[0]
        total = sum(tags.values())
        if total >= min_count and n / total >= min_share and not word.startswith("!"):
            out[word] = tag
    return out


def train(sentences: list[Sentence], dev: list[Sentence], passes: int, seed: int = 1,
          keep_last: bool = False) -> tuple[Model, list[float]]:
    classes = sorted({joint(x, u) for s in sentences for _, x, u, _ in s})
    tagdict_tags = make_tagdict(sentences)
    p = Perceptron(classes)
    tagdict = {w: p.index[t] for w, t in tagdict_tags.items()}
    rng = random.Random(seed)
    order = list(sentences)
    history: list[float] = []
    best: tuple[float, Model] | None = None
    for n in range(passes):
        started = time.process_time()
        rng.shuffle(order)
        right = total = 0
        for sent in order:
            words = [START[0], START[1], *(f for f, *_ in sent), END[0], END[1]]
            lows = [START[0], START[1], *(norm(f) for f, *_ in sent), END[0], END[1]]
            prev, prev2 = START[0], START[1]
            for k, (_, xpos, upos, _) in enumerate(sent):
                i = k + 2
                truth = p.index[joint(xpos, upos)]
                known = tagdict.get(lows[i])
                if known is not None:
                    guess = known
                else:
                    feats = token_features(words, lows, i, prev, prev2)
                    guess = p.predict(feats)
                    p.update(truth, guess, feats)
                right += guess == truth
                total += 1
                prev2, prev = prev, classes[guess]
        current = build(classes, p.averaged(), tagdict, {})
        dev_acc = accuracy(current, dev)[0]
        history.append(dev_acc)
        print(f"pass {n + 1}: train {right / total:.4f}, dev XPOS {dev_acc:.4f} "
              f"({time.process_time() - started:.0f} CPU s)", file=sys.stderr)
        if best is None or dev_acc > best[0] or keep_last:
            best = (dev_acc, current)
    assert best is not None
    return best[1], history


def learn_lemmas(sentences: list[Sentence], min_count: int = 2) -> dict[str, str]:
    """ "word XPOS" -> lemma where the treebank's usual lemma differs from ``rule_lemma``."""
    seen: dict[str, Counter[str]] = defaultdict(Counter)
    for sent in sentences:
        for form, xpos, _, lemma in sent:
            seen[f"{norm(form)} {xpos}"][lemma] += 1
    out = {}
    for key, lemmas in seen.items():
        low, xpos = key.rsplit(" ", 1)
        lemma, n = lemmas.most_common(1)[0]
        if n < min_count or low.startswith("!") or lemma == "_":
            continue
        if xpos.startswith("NNP"):
            continue  # proper nouns are their own lemma
        if lemma != rule_lemma(low, xpos, low):
            out[key] = lemma
    return out


def accuracy(model: Model, sentences: list[Sentence]) -> tuple[float, float]:
    """(XPOS accuracy, UPOS accuracy) over every token."""
    right_x = right_u = total = 0
    for sent in sentences:
        for (_, xpos, upos, _), tag in zip(sent, model.predict([f for f, *_ in sent]), strict=True):
            gx, gu = tag.split(" ")
            right_x += gx == xpos
            right_u += gu == upos
            total += 1
    return right_x / max(total, 1), right_u / max(total, 1)


def prune(model: Model, threshold: float) -> Model:
    """Drop the weights smaller than ``threshold`` (and features left with none)."""
    rows = {f: {c: w for c, w in row if abs(w) >= threshold} for f, row in model.rows().items()}
    return build(model.tags, rows, model.tagdict, model.lemmas)


def _commit(path: Path) -> str:
    try:
        out = subprocess.run(["git", "-C", str(path), "rev-parse", "HEAD"], capture_output=True, text=True, timeout=30)
        return out.stdout.strip() or "unknown"
    except OSError:
        return "unknown"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ewt", type=Path, required=True, help="a UD_English-EWT checkout")
    ap.add_argument("--gum", type=Path, action="append", default=[], help="extra CoNLL-U training files (e.g. GUM train)")
    ap.add_argument("--passes", type=int, default=8)
    ap.add_argument("--prune", type=float, default=0.05)
    ap.add_argument("--ewt-commit", default=None, help="the EWT commit, when the checkout has no .git")
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    ap.add_argument("--final", action="store_true",
                    help="train on train + dev for exactly --passes passes (the test split stays held out)")
    args = ap.parse_args(argv)
    train_set = read_all(ewt_split(args.ewt, "train")) + read_all(args.gum)
    dev = read_all(ewt_split(args.ewt, "dev"))
    if args.final:
        train_set += dev
    test = read_all(ewt_split(args.ewt, "test"))
    print(f"train {sum(map(len, train_set))} tokens, dev {sum(map(len, dev))}, test {sum(map(len, test))}", file=sys.stderr)
    model, history = train(train_set, dev, args.passes, keep_last=args.final)
    small = prune(model, args.prune)
    dev_x, dev_u = accuracy(small, dev)
    test_x, test_u = accuracy(small, test)
    print(f"pruned: {len(small.index)} features; dev XPOS {dev_x:.4f} UPOS {dev_u:.4f}; "
          f"test XPOS {test_x:.4f} UPOS {test_u:.4f}", file=sys.stderr)
    meta = {
        "trained_on": ["UD_English-EWT train" + (" + dev" if args.final else "")] + [p.name for p in args.gum],
        "ewt_commit": args.ewt_commit or _commit(args.ewt),
        "passes": len(history),
        "dev_xpos_by_pass": [round(a, 4) for a in history],
        "prune": args.prune,
        "dev": {"xpos": round(dev_x, 4), "upos": round(dev_u, 4)},
        "test": {"xpos": round(test_x, 4), "upos": round(test_u, 4)},
    }
    small = replace(small, lemmas=learn_lemmas(train_set))
    meta["lemma_exceptions"] = len(small.lemmas)
    data = to_json(small, meta)
    assert from_json(json.loads(json.dumps(data))).tags == small.tags
    args.out.parent.mkdir(parents=True, exist_ok=True)
    raw = json.dumps(data, separators=(",", ":"), sort_keys=True, ensure_ascii=False).encode("utf-8")
    with gzip.GzipFile(args.out, "wb", mtime=0) as fh:
        fh.write(raw)
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
