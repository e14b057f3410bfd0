"""Part-of-speech tagger: accuracy on the held-out test split of Universal Dependencies
English EWT, and speed.

    python benchmarks/tagger_accuracy.py [--ewt PATH/TO/UD_English-EWT]

The treebank is not part of copylint (CC BY-SA 4.0; see
copylint/grammar/tagging/data/SOURCE.md): fetch it and pass its folder with ``--ewt`` (or
set COPYLINT_UD_EWT). The test split was never seen in training (the dev split picked the
number of passes). Prints XPOS (Penn), UPOS and lemma accuracy, overall and on words unseen
in training, then tagging speed in tokens per CPU-second and the model's load time.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import print_table  # noqa: E402
from copylint.grammar.tagging import tag_sentence  # noqa: E402
from copylint.grammar.tagging.conllu import ewt_split, read_all  # noqa: E402
from copylint.grammar.tagging.features import norm  # noqa: E402
from copylint.grammar.tagging.model import MODEL_PATH, model  # noqa: E402

DEFAULT = Path(__file__).resolve().parent.parent / ".cache" / "ud" / "ewt"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ewt", type=Path, default=Path(os.environ.get("COPYLINT_UD_EWT", DEFAULT)))
    args = ap.parse_args(argv)
    try:
        test = read_all(ewt_split(args.ewt, "test"))
        train_words = {norm(f) for s in read_all(ewt_split(args.ewt, "train")) for f, *_ in s}
    except OSError as exc:
        print(f"error: cannot read the EWT treebank under {args.ewt}: {exc}\n"
              "Fetch github:UniversalDependencies/UD_English-EWT and pass its folder with --ewt.", file=sys.stderr)
        return 2

    started = time.process_time()
    m = model()
    load_cpu = time.process_time() - started

    counts = {k: [0, 0, 0, 0] for k in ("all", "unseen")}  # xpos, upos, lemma right; total
    tokens = 0
    cpu = 0.0
    for sent in test:
        forms = [f for f, *_ in sent]
        t0 = time.process_time()
        tagged = tag_sentence(forms, split=False)
        cpu += time.process_time() - t0
        tokens += len(forms)
        for (form, xpos, upos, lemma), t in zip(sent, tagged, strict=True):  # gold tokens: already split
            for key in ("all", "unseen") if norm(form) not in train_words else ("all",):
                c = counts[key]
                c[0] += t.tag == xpos
                c[1] += t.upos == upos
                c[2] += t.lemma.lower() == lemma.lower()
                c[3] += 1
    rows = [[k, c[3], c[0] / c[3], c[1] / c[3], c[2] / c[3]] for k, c in counts.items() if c[3]]
    print_table(["tokens", "count", "XPOS acc", "UPOS acc", "lemma acc"], rows,
                title=f"UD English EWT test split ({args.ewt})")
    print_table(["measure", "value"], [
        ["tokens tagged", tokens],
        ["CPU seconds", round(cpu, 3)],
        ["tokens per CPU-second", int(tokens / cpu) if cpu else 0],
        ["model load, CPU s", round(load_cpu, 3)],
        ["model file, bytes", MODEL_PATH.stat().st_size],
        ["features kept", len(m.index)],
    ], title="Speed (tag_sentence on the test split: tagging and lemmas)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
