"""Part-of-speech tagger: accuracy on the held-out test split of Universal Dependencies
English EWT (and on its dev split), and speed.

    python benchmarks/tagger_accuracy.py [--ewt PATH/TO/UD_English-EWT] [--model FILE] [--repeat N]

The treebank is not part of copylint (CC BY-SA 4.0; see
copylint/grammar/tagging/data/SOURCE.md): fetch it and pass its folder with ``--ewt`` (or
set COPYLINT_UD_EWT). The test split is never seen in training. The dev split picked the
number of passes; a model trained with ``--final`` also learned from it, so its dev figure is
marked "trained on" and is not a held-out score. Prints XPOS (Penn), UPOS and lemma
accuracy, overall and on words unseen in EWT's train split, then tagging speed in tokens
per CPU-second (``tag_sentence``: clitics, tagging and lemmas; the best of ``--repeat`` runs,
the first of which builds the packed weight rows it uses) and the model's load time.
``--model`` scores another model file (e.g. one written by the training script to /tmp).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import print_table  # noqa: E402
from copylint.grammar.tagging import tagger as tagger_module  # noqa: E402
from copylint.grammar.tagging.conllu import Sentence, ewt_split, read_all  # noqa: E402
from copylint.grammar.tagging.features import norm  # noqa: E402
from copylint.grammar.tagging.model import MODEL_PATH, Model, from_json  # noqa: E402

DEFAULT = Path(__file__).resolve().parent.parent / ".cache" / "ud" / "ewt"


def load(path: Path) -> tuple[Model, dict, float]:
    """The model, its training metadata and the CPU seconds loading took."""
    started = time.process_time()
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    loaded = from_json(data)
    return loaded, data.get("meta", {}), time.process_time() - started


def score(sentences: list[Sentence], train_words: set[str]) -> tuple[dict[str, list[int]], int, float]:
    """Right XPOS, UPOS and lemma counts (and totals) over all tokens and unseen ones, the
    number of tokens and the CPU seconds tagging took."""
    counts = {k: [0, 0, 0, 0] for k in ("all", "unseen")}  # xpos, upos, lemma right; total
    tokens = 0
    cpu = 0.0
    for sent in sentences:
        forms = [f for f, *_ in sent]
        t0 = time.process_time()
        tagged = tagger_module.tag_sentence(forms, split=False)
        cpu += time.process_time() - t0
        tokens += len(forms)
        for (form, xpos, upos, lemma), t in zip(sent, tagged, strict=True):  # gold tokens: already split
            for key in ("all", "unseen") if norm(form) not in train_words else ("all",):
                c = counts[key]
                c[0] += t.tag == xpos
                c[1] += t.upos == upos
                c[2] += t.lemma.lower() == lemma.lower()
                c[3] += 1
    return counts, tokens, cpu


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ewt", type=Path, default=Path(os.environ.get("COPYLINT_UD_EWT", DEFAULT)))
    ap.add_argument("--model", type=Path, default=MODEL_PATH, help="the model file to score (default: the shipped one)")
    ap.add_argument("--repeat", type=int, default=2, help="timed runs over the test split (the best counts)")
    args = ap.parse_args(argv)
    try:
        splits = {name: read_all(ewt_split(args.ewt, name)) for name in ("test", "dev")}
        train_words = {norm(f) for s in read_all(ewt_split(args.ewt, "train")) for f, *_ in s}
    except OSError as exc:
        print(f"error: cannot read the EWT treebank under {args.ewt}: {exc}\n"
              "Fetch github:UniversalDependencies/UD_English-EWT and pass its folder with --ewt.", file=sys.stderr)
        return 2
    try:
        model, meta, load_cpu = load(args.model)
    except (OSError, ValueError) as exc:
        print(f"error: cannot load the tagger model {args.model}: {exc}", file=sys.stderr)
        return 2
    tagger_module.model = lambda: model  # score this file through the public tagging path

    trained_on = meta.get("trained_on", [])
    rows = []
    for name, sentences in splits.items():
        counts, _, _ = score(sentences, train_words)
        label = name + (" (trained on)" if name == "dev" and any("+ dev" in t for t in trained_on) else "")
        rows += [[label, k, c[3], *(f"{c[n] / c[3]:.4f}" for n in range(3))] for k, c in counts.items() if c[3]]
    print_table(["split", "tokens", "count", "XPOS acc", "UPOS acc", "lemma acc"], rows,
                title=f"UD English EWT ({args.ewt}); model trained on: {', '.join(trained_on) or 'unknown'}; "
                      f"{meta.get('decode_passes', 1)} decoding pass(es)")

    best = None
    for _ in range(max(args.repeat, 1)):
        _, tokens, cpu = score(splits["test"], train_words)
        best = cpu if best is None else min(best, cpu)
    print_table(["measure", "value"], [
        ["tokens tagged", tokens],
        ["CPU seconds (best run)", round(best, 3)],
        ["tokens per CPU-second", int(tokens / best) if best else 0],
        ["model load, CPU ms", round(load_cpu * 1000)],
        ["model file, bytes", args.model.stat().st_size],
        ["features kept", len(model.index)],
    ], title=f"Speed (tag_sentence on the test split: clitics, tagging and lemmas; best of {max(args.repeat, 1)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
