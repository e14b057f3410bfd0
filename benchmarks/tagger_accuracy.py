"""Part-of-speech tagger: accuracy on the held-out test split of Universal Dependencies
English EWT (and on its dev split), and speed.

    python benchmarks/tagger_accuracy.py [--ewt PATH/TO/UD_English-EWT] [--pud PATH/TO/UD_English-PUD] [--model FILE] [--repeat N] [--against REF]

The treebank is not part of copylint (CC BY-SA 4.0; see
copylint/grammar/tagging/data/SOURCE.md): fetch it and pass its folder with ``--ewt`` (or
set COPYLINT_UD_EWT). The test split is never seen in training. The dev split picked the
number of passes; a model trained with ``--final`` also learned from it, so its dev figure is
marked "trained on" and is not a held-out score. Prints XPOS (Penn), UPOS and lemma
accuracy, overall and on words unseen in EWT's train split, then tagging speed in tokens
per CPU-second (``tag_sentence``: clitics, tagging and lemmas; the best of ``--repeat`` runs,
the first of which builds the packed weight rows it uses) and the model's load time.
When a UD_English-PUD checkout is found (``--pud``, COPYLINT_UD_PUD, or .cache/ud/pud; CC
BY-SA 3.0, see data/SOURCE.md), its two halves are scored too, as held-out text of other
kinds: "PUD news" (500 news sentences, the closest to copylint's own copy; never trained on)
and "PUD wiki" (500 Wikipedia sentences). PUD follows the same Penn tag set, with its own
annotators' habits, so its figures are for comparing models, not for comparing with EWT's.
``--model`` scores another model file (e.g. one written by the training script to /tmp).
``--against REF`` (a commit) measures that commit's tagger with its own shipped model in the
same run (a temporary ``git worktree``, child processes, --repeat interleaved rounds) and
prints both trees' accuracy and tokens per CPU-second side by side, with the speed ratio.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
if "--root" in sys.argv:  # a child measuring another tree: its copylint first
    sys.path.insert(0, sys.argv[sys.argv.index("--root") + 1])

from benchmarks.corpus import print_table  # noqa: E402
from copylint.grammar.tagging import tagger as tagger_module  # noqa: E402
from copylint.grammar.tagging.conllu import Sentence, ewt_split, read, read_all  # noqa: E402
from copylint.grammar.tagging.features import norm  # noqa: E402
from copylint.grammar.tagging.model import MODEL_PATH, Model, from_json  # noqa: E402

DEFAULT = Path(__file__).resolve().parent.parent / ".cache" / "ud" / "ewt"
DEFAULT_PUD = DEFAULT.parent / "pud"


def pud_halves(root: Path | None) -> dict[str, list[Sentence]]:
    """PUD's news and Wikipedia halves (by sentence id), or nothing without the treebank."""
    path = root / "en_pud-ud-test.conllu" if root else None
    if path is None or not path.is_file():
        return {}
    return {"PUD news": list(read(path, keep=lambda sent_id: sent_id.startswith("n"))),
            "PUD wiki": list(read(path, keep=lambda sent_id: sent_id.startswith("w")))}


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


def measure(ewt: Path, model_path: Path, repeat: int, pud: Path | None = None) -> dict:
    """Accuracy rows on the test and dev splits (and PUD's halves, when given), and the
    tagging speed, of one model file through this process's copylint."""
    splits = {name: read_all(ewt_split(ewt, name)) for name in ("test", "dev")}
    splits.update(pud_halves(pud))
    train_words = {norm(f) for s in read_all(ewt_split(ewt, "train")) for f, *_ in s}
    model, meta, load_cpu = load(model_path)
    tagger_module.model = lambda: model  # score this file through the public tagging path
    trained_on = meta.get("trained_on", [])
    rows = []
    for name, sentences in splits.items():
        counts, _, _ = score(sentences, train_words)
        label = name + (" (trained on)" if name == "dev" and any("+ dev" in t for t in trained_on) else "")
        rows += [[label, k, c[3], *(f"{c[n] / c[3]:.4f}" for n in range(3))] for k, c in counts.items() if c[3]]
    best = None
    tokens = 0
    for _ in range(max(repeat, 1)):
        _, tokens, cpu = score(splits["test"], train_words)
        best = cpu if best is None else min(best, cpu)
    return {"rows": rows, "trained_on": trained_on, "decode_passes": meta.get("decode_passes", 1),
            "tokens": tokens, "cpu": best, "load_cpu": load_cpu, "size": model_path.stat().st_size,
            "features": len(model.index)}


def _child(tree: Path, ewt: Path, repeat: int, pud: Path | None) -> dict:
    """:func:`measure` of another tree's copylint and shipped model, in a child process."""
    from benchmarks.worktree import env_for

    out = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--json", "--root", str(tree),
                          "--ewt", str(ewt.resolve()), "--repeat", str(repeat),
                          *(["--pud", str(pud.resolve())] if pud else [])],
                         capture_output=True, text=True, env=env_for(tree), check=True)
    return json.loads(out.stdout)


def compare(ewt: Path, refs: list[str], rounds: int, pud: Path | None = None) -> None:
    """Each tree's accuracy and speed with its own shipped model, measured in child processes
    in the same run, the rounds interleaved (the best round counts)."""
    from benchmarks.worktree import checkouts

    results: dict[str, dict] = {}
    with checkouts(refs) as trees:
        for _ in range(max(rounds, 1)):
            for name, tree in trees.items():
                got = _child(tree, ewt, 1, pud)
                if name not in results or got["cpu"] < results[name]["cpu"]:
                    results[name] = got
    rows = []
    for name, res in results.items():
        acc = {(r[0].split(" (")[0], r[1]): r[3] for r in res["rows"]}
        dev_label = next((r[0] for r in res["rows"] if r[0].startswith("dev")), "dev")
        dev = acc.get(("dev", "all"))
        rows.append([name, acc.get(("test", "all")), acc.get(("test", "unseen")),
                     f"{dev} (trained on)" if dev and dev_label != "dev" else dev,
                     acc.get(("PUD news", "all"), "-"), acc.get(("PUD wiki", "all"), "-"),
                     f"{res['tokens'] / res['cpu']:,.0f}", round(res["load_cpu"] * 1000), res["features"]])
    this = results["this tree"]
    print_table(["tree", "test XPOS", "test unseen XPOS", "dev XPOS", "PUD news XPOS", "PUD wiki XPOS", "tokens / CPU-s", "model load CPU ms (JSON)",
                 "features"], rows,
                title=f"Each tree with its own shipped model, EWT test split; speed: best of {max(rounds, 1)} "
                      "interleaved rounds (tag_sentence: clitics, tagging and lemmas)")
    for name, res in results.items():
        if name != "this tree":
            print(f"speed of this tree / {name}: {(this['tokens'] / this['cpu']) / (res['tokens'] / res['cpu']):.2f}x")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ewt", type=Path, default=Path(os.environ.get("COPYLINT_UD_EWT", DEFAULT)))
    ap.add_argument("--pud", type=Path, default=Path(os.environ.get("COPYLINT_UD_PUD", DEFAULT_PUD)),
                    help="a UD_English-PUD checkout (scored when present)")
    ap.add_argument("--model", type=Path, default=MODEL_PATH, help="the model file to score (default: the shipped one)")
    ap.add_argument("--repeat", type=int, default=2, help="timed runs over the test split (the best counts)")
    ap.add_argument("--against", action="append", default=[], metavar="REF",
                    help="also measure this commit's tagger with its own model (temporary git worktree), "
                         "interleaved with this tree's, --repeat rounds")
    ap.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--root", default=None, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    try:
        read_all(ewt_split(args.ewt, "test"))
    except OSError as exc:
        print(f"error: cannot read the EWT treebank under {args.ewt}: {exc}\n"
              "Fetch github:UniversalDependencies/UD_English-EWT and pass its folder with --ewt.", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(measure(args.ewt, MODEL_PATH, args.repeat, args.pud)))
        return 0
    if args.against:
        compare(args.ewt, args.against, args.repeat, args.pud)
        return 0
    try:
        res = measure(args.ewt, args.model, args.repeat, args.pud)
    except (OSError, ValueError) as exc:
        print(f"error: cannot load the tagger model {args.model}: {exc}", file=sys.stderr)
        return 2
    print_table(["split", "tokens", "count", "XPOS acc", "UPOS acc", "lemma acc"], res["rows"],
                title=f"UD English EWT ({args.ewt}){' and PUD' if pud_halves(args.pud) else ''}; model trained on: {', '.join(res['trained_on']) or 'unknown'}; "
                      f"{res['decode_passes']} decoding pass(es)")
    print_table(["measure", "value"], [
        ["tokens tagged", res["tokens"]],
        ["CPU seconds (best run)", round(res["cpu"], 3)],
        ["tokens per CPU-second", int(res["tokens"] / res["cpu"]) if res["cpu"] else 0],
        ["model load, CPU ms", round(res["load_cpu"] * 1000)],
        ["model file, bytes", res["size"]],
        ["features kept", res["features"]],
    ], title=f"Speed (tag_sentence on the test split: clitics, tagging and lemmas; best of {max(args.repeat, 1)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
