"""Train the part-of-speech tagger shipped in ``data/tagger.json.gz``.

    python -m copylint.grammar.tagging.train --ewt PATH/TO/UD_English-EWT [--pud PATH/TO/UD_English-PUD] [--final]

An averaged perceptron over the features of ``copylint.grammar.tagging.features``, trained
on EWT's train split (``--pud`` adds the Wikipedia half of UD English PUD; ``--final`` adds
EWT's dev split and keeps the last pass); without ``--final`` the dev split picks the number
of passes. Classes are joint "XPOS UPOS" pairs. With two decoding passes (the default) each
sentence is tagged left to right twice, the second pass also seeing the first pass's tags
of the next two words; both passes learn from the same weights. Weights below ``--prune``
are dropped and the rest rounded, which keeps the model small; frequent words seen with one
tag only go to a tag dictionary and skip scoring. The treebanks are not part of copylint:
see ``data/SOURCE.md`` for their licences and the commits used.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import subprocess
import sys
import time
from array import array
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

from copylint.grammar.tagging.clusters import read_clusters
from copylint.grammar.tagging.conllu import GUM_OPEN_GENRES, Sentence, ewt_split, gum_open, pud_wikipedia, read_all
from copylint.grammar.tagging.features import END, START, dynamic_features, norm, right_features, static_features
from copylint.grammar.tagging.lemmas import rule_lemma
from copylint.grammar.tagging.model import MODEL_PATH, Model, build, from_json, to_json

_BIG_ENDIAN = sys.byteorder != "little"


def joint(xpos: str, upos: str) -> str:
    return f"{xpos} {upos}"


class Perceptron:
    """Averaged perceptron over integer feature ids. Like the shipped model (see
    ``Model``), each feature's weights are one packed integer with a 32-bit field per class, so
    scoring a token is one ``sum()``; averaging is lazy: ``sums`` holds, per feature and in
    64-bit fields, each update times the step it happened at, and the average is
    ``weight - sums / steps``."""

    def __init__(self, classes: list[str]) -> None:
        self.classes = classes
        self.index = {c: k for k, c in enumerate(classes)}
        self.ids: dict[str, int] = {}
        n = len(classes)
        self.weights: dict[int, int] = {}
        self.sums: dict[int, int] = {}
        self.touched: dict[int, int] = {}  # feature -> bit mask of the classes it has weights for
        self.one = [1 << (32 * c) for c in range(n)]
        self.one_sum = [1 << (64 * c) for c in range(n)]
        self.bias = sum(1 << (32 * c + 31) for c in range(n))
        self.size = 4 * n
        self.step = 0

    def feature_ids(self, feats: list[str]) -> list[int]:
        ids = self.ids
        return [ids.setdefault(f, len(ids)) for f in feats]

    def predict(self, feats: list[int]) -> int:
        get = self.weights.get
        total = self.bias
        for f in feats:
            total += get(f, 0)
        fields = array("I", total.to_bytes(self.size, "little"))
        if _BIG_ENDIAN:
            fields.byteswap()
        return fields.index(max(fields))

    def update(self, truth: int, guess: int, feats: list[int]) -> None:
        self.step += 1
        if truth == guess:
            return
        delta = self.one[truth] - self.one[guess]
        delta_sum = self.step * (self.one_sum[truth] - self.one_sum[guess])
        mask = (1 << truth) | (1 << guess)
        weights, sums, touched = self.weights, self.sums, self.touched
        for f in feats:
            weights[f] = weights.get(f, 0) + delta
            sums[f] = sums.get(f, 0) + delta_sum
            touched[f] = touched.get(f, 0) | mask

    def averaged(self) -> dict[str, dict[int, float]]:
        names = {k: f for f, k in self.ids.items()}
        steps = max(self.step, 1)
        bias_w = self.bias
        bias_s = sum(1 << (64 * c + 63) for c in range(len(self.classes)))
        out: dict[str, dict[int, float]] = {}
        for f, mask in self.touched.items():
            w = self.weights[f] + bias_w
            u = self.sums[f] + bias_s
            avg = {}
            c = 0
            while mask:
                if mask & 1:
                    value = ((w >> (32 * c)) & 0xFFFFFFFF) - (1 << 31) - (((u >> (64 * c)) & (2**64 - 1)) - (1 << 63)) / steps
                    if value:
                        avg[c] = value
                mask >>= 1
                c += 1
            if avg:
                out[names[f]] = avg
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


#: where a word stands -> (the prefix of its class features, the runtime word feature they fold into)
_CLUSTER_SLOTS = {0: (("cw", "cW", "cX", "cY"), "w="), -1: (("c-1", "C-1"), "w-1="), 1: (("c+1", "C+1"), "w+1="),
                  2: (("c+2",), "w+2=")}


def cluster_features(lows: list[str], i: int, clusters: dict[str, tuple[str, ...]]) -> list[str]:
    """Training-only features: the distributional classes (coarse, fine) of token ``i`` and of
    its neighbours; :func:`fold_clusters` moves their weights into the words' own rows."""
    out = []
    for offset, (names, _) in _CLUSTER_SLOTS.items():
        found = clusters.get(lows[i + offset])
        if found:
            out.extend(f"{name}={c}" for name, c in zip(names, found, strict=False))
    return out


def fold_clusters(weights: dict[str, dict[int, float]], clusters: dict[str, tuple[str, ...]],
                  class_prune: float = 0.0) -> dict[str, dict[int, float]]:
    """The weights with every class feature added into the rows of the words of that class
    (``cw=5`` into ``w=the`` for each word of class 5...) and dropped: the tagger then scores
    exactly what training scored, with no class table and no extra feature per word. A class
    feature's weights below ``class_prune`` are dropped first (the folded rows stay sparse:
    a smaller model, fewer weights to add when a word is first seen)."""
    class_names = {name for names, _ in _CLUSTER_SLOTS.values() for name in names}
    out = {f: row for f, row in weights.items() if f.split("=", 1)[0] not in class_names}
    kept = {f: {c: w for c, w in row.items() if abs(w) >= class_prune}
            for f, row in weights.items() if f.split("=", 1)[0] in class_names}
    for word, found in clusters.items():
        for names, target in _CLUSTER_SLOTS.values():
            rows = [kept.get(f"{name}={c}") for name, c in zip(names, found, strict=False)]
            rows = [r for r in rows if r]
            if not rows:
                continue
            merged = dict(out.get(target + word, {}))
            for row in rows:
                for c, w in row.items():
                    merged[c] = merged.get(c, 0.0) + w
            out[target + word] = merged
    return out


def train(sentences: list[Sentence], dev: list[Sentence], passes: int, seed: int = 1,
          keep_last: bool = False, decode_passes: int = 1, eval_from: int = 1,
          clusters: dict[str, tuple[str, ...]] | None = None, class_prune: float = 0.0) -> tuple[Model, int, list[float]]:
    """The model of the pass that scored best on ``dev`` (the last pass with ``keep_last``), its
    number, and the dev XPOS accuracy of each pass from ``eval_from`` on. With ``clusters``
    (word -> its distributional classes) the words' and neighbours' classes are features too,
    folded into the word rows of the model returned."""
    clusters = clusters or {}
    classes = sorted({joint(x, u) for s in sentences for _, x, u, _ in s})
    tagdict_tags = make_tagdict(sentences)
    p = Perceptron(classes)
    tagdict = {w: p.index[t] for w, t in tagdict_tags.items()}
    rng = random.Random(seed)
    history: list[float] = []
    best: tuple[float, int, Model] | None = None
    padded = []  # per sentence: (lows, static feature ids of each token, truth of each token)
    for sent in sentences:
        words = [START[0], START[1], *(f for f, *_ in sent), END[0], END[1]]
        lows = [START[0], START[1], *(norm(f) for f, *_ in sent), END[0], END[1]]
        statics = [None if lows[k + 2] in tagdict
                   else p.feature_ids(static_features(words, lows, k + 2) + cluster_features(lows, k + 2, clusters))
                   for k in range(len(sent))]
        padded.append((lows, statics, [p.index[joint(x, u)] for _, x, u, _ in sent]))
    order = list(range(len(padded)))
    for n in range(passes):
        started = time.process_time()
        rng.shuffle(order)
        right = total = 0
        for s_index in order:
            # With two passes, both tag the sentence with the weights as they were before it and
            # the updates come after: a second pass run on weights just corrected on this very
            # sentence would nearly always be right and its right-hand features learn nothing.
            lows, statics, truths = padded[s_index]
            guesses: list[int] = []
            updates: list[tuple[int, int, list[int]]] = []
            prev, prev2 = START[0], START[1]
            for k, truth in enumerate(truths):
                i = k + 2
                static = statics[k]
                if static is None:
                    guess = tagdict[lows[i]]
                else:
                    feats = static + p.feature_ids(dynamic_features(lows, i, prev, prev2))
                    guess = p.predict(feats)
                    if decode_passes == 2:
                        updates.append((truth, guess, feats))
                    else:  # one pass: learn from each word at once
                        p.update(truth, guess, feats)
                guesses.append(guess)
                prev2, prev = prev, classes[guess]
            if decode_passes == 2:  # the second pass sees the first pass's tags to the right
                first = [classes[g] for g in guesses] + [END[0], END[1]]
                prev, prev2 = START[0], START[1]
                for k, truth in enumerate(truths):
                    i = k + 2
                    static = statics[k]
                    if static is not None:
                        feats = static + p.feature_ids(dynamic_features(lows, i, prev, prev2)
                                                       + right_features(lows, i, prev, first[k + 1], first[k + 2]))
                        guesses[k] = p.predict(feats)
                        updates.append((truth, guesses[k], feats))
                    prev2, prev = prev, classes[guesses[k]]
            for update in updates:
                p.update(*update)
            right += sum(g == t for g, t in zip(guesses, truths, strict=True))
            total += len(truths)
        if n + 1 < min(eval_from, passes):
            print(f"pass {n + 1}: train {right / total:.4f} ({time.process_time() - started:.0f} CPU s)", file=sys.stderr)
            continue
        current = build(classes, fold_clusters(p.averaged(), clusters, class_prune), tagdict, {}, decode_passes)
        dev_acc = accuracy(current, dev)[0]
        history.append(dev_acc)
        print(f"pass {n + 1}: train {right / total:.4f}, dev XPOS {dev_acc:.4f} "
              f"({time.process_time() - started:.0f} CPU s)", file=sys.stderr)
        if best is None or dev_acc > best[0] or keep_last:
            best = (dev_acc, n + 1, current)
    assert best is not None
    return best[2], best[1], history


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
    return build(model.tags, rows, model.tagdict, model.lemmas, model.decode_passes)


def _commit(path: Path) -> str:
    try:
        out = subprocess.run(["git", "-C", str(path), "rev-parse", "HEAD"], capture_output=True, text=True, timeout=30)
        return out.stdout.strip() or "unknown"
    except OSError:
        return "unknown"


def _clusters_header(path: Path) -> str:
    """The first line of a classes file (its size and sources), for the model's metadata."""
    with path.open(encoding="utf-8") as fh:
        return fh.readline().lstrip("# ").strip()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ewt", type=Path, required=True, help="a UD_English-EWT checkout")
    ap.add_argument("--pud", type=Path, default=None,
                    help="a UD_English-PUD checkout: its Wikipedia sentences join the training data (not its news half)")
    ap.add_argument("--pud-commit", default=None, help="the PUD commit, when the checkout has no .git")
    ap.add_argument("--gum", type=Path, default=None,
                    help="a UD_English-GUM checkout: its openly licensed genres join the training data (see --gum-genres)")
    ap.add_argument("--gum-genres", default=",".join(GUM_OPEN_GENRES),
                    help="comma-separated GUM genres to train on (default: those its licence names as CC BY or public domain)")
    ap.add_argument("--gum-commit", default=None, help="the GUM commit, when the checkout has no .git")
    ap.add_argument("--clusters", type=Path, default=None,
                    help="distributional word classes (python -m copylint.grammar.tagging.clusters) as training features")
    ap.add_argument("--class-prune", type=float, default=0.0,
                    help="with --clusters: drop class-feature weights smaller than this before folding them into word rows")
    ap.add_argument("--seed", type=int, default=1, help="the training data's shuffling")
    ap.add_argument("--passes", type=int, default=8)
    ap.add_argument("--prune", type=float, default=1.2,
                    help="drop averaged weights smaller than this (keeps the model file small)")
    ap.add_argument("--eval-from", type=int, default=4, help="score the dev split after this pass and each later one")
    ap.add_argument("--decode-passes", type=int, choices=(1, 2), default=2,
                    help="2: a second left-to-right pass that also sees the first pass's tags of the next two words")
    ap.add_argument("--ewt-commit", default=None, help="the EWT commit, when the checkout has no .git")
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    ap.add_argument("--final", action="store_true",
                    help="train on train + dev for exactly --passes passes (the test split stays held out)")
    ap.add_argument("--score-test", action="store_true",
                    help="also score EWT's test split (only for the final model: tuning reads the dev split alone)")
    args = ap.parse_args(argv)
    train_set = read_all(ewt_split(args.ewt, "train"))
    if args.pud:
        train_set += pud_wikipedia(args.pud)
    gum_genres = [g for g in args.gum_genres.split(",") if g]
    if args.gum:
        train_set += gum_open(args.gum, gum_genres)
    dev = read_all(ewt_split(args.ewt, "dev"))
    if args.final:
        train_set += dev
    print(f"train {sum(map(len, train_set))} tokens, dev {sum(map(len, dev))}", file=sys.stderr)
    clusters = read_clusters(args.clusters) if args.clusters else None
    model, chosen, history = train(train_set, dev, args.passes, seed=args.seed, keep_last=args.final,
                                   decode_passes=args.decode_passes, eval_from=args.eval_from, clusters=clusters,
                                   class_prune=args.class_prune)
    small = prune(model, args.prune)
    dev_x, dev_u = accuracy(small, dev)
    print(f"pruned: {len(small.index)} features; dev XPOS {dev_x:.4f} UPOS {dev_u:.4f}", file=sys.stderr)
    test_x = test_u = None
    if args.score_test:  # once, for the final model: the test split never picks anything
        test_x, test_u = accuracy(small, read_all(ewt_split(args.ewt, "test")))
        print(f"test XPOS {test_x:.4f} UPOS {test_u:.4f}", file=sys.stderr)
    meta = {
        "trained_on": ["UD_English-EWT train" + (" + dev" if args.final else "")]
        + (["UD_English-PUD Wikipedia sentences"] if args.pud else [])
        + ([f"UD_English-GUM genres {', '.join(gum_genres)}"] if args.gum else []),
        **({"clusters": {"file_header": _clusters_header(args.clusters), "class_prune": args.class_prune}}
           if args.clusters else {}),
        "ewt_commit": args.ewt_commit or _commit(args.ewt),
        **({"pud_commit": args.pud_commit or _commit(args.pud)} if args.pud else {}),
        **({"gum_commit": args.gum_commit or _commit(args.gum)} if args.gum else {}),
        "passes": chosen,
        "decode_passes": args.decode_passes,
        "dev_xpos_by_pass": {n: round(a, 4) for n, a in enumerate(history, start=min(args.eval_from, args.passes))},
        "prune": args.prune,
        "dev": {"xpos": round(dev_x, 4), "upos": round(dev_u, 4)},
        **({"test": {"xpos": round(test_x, 4), "upos": round(test_u, 4)}} if test_x is not None else {}),
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
