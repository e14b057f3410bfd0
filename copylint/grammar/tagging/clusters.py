"""Distributional word classes for training the tagger (a training-time tool; needs numpy).

    python -m copylint.grammar.tagging.clusters --ewt PATH/TO/UD_English-EWT \\
        --wikitext PATH/TO/pytorch-examples --nltk-data PATH/TO/nltk_data --wordnet /usr/share/wordnet \\
        --out /tmp/clusters.tsv

Words that occur in the same contexts get the same class: each word of the unlabelled
text (openly licensed only, never news; see ``data/SOURCE.md``) is described by the words
seen just before and just after it, weighted by positive pointwise mutual information,
reduced to a few dozen dimensions (randomised SVD) and grouped by spherical k-means at two
granularities. The training script (``train.py --clusters FILE``) gives the perceptron a
word's classes and its neighbours' classes as features and then folds their weights into
the word's own rows (``w=``, ``w-1=``, ``w+1=``, ``w+2=``), so the shipped model keeps its
format, its features and its cost per word; no class table is shipped.

Sources read: the EWT train split's forms (never dev or test), WikiText-2's validation and
test files (as kept in the pytorch/examples repository), the public-domain State of the
Union and inaugural addresses of nltk_data, and WordNet 3.0's glosses and examples.
"""

from __future__ import annotations

import argparse
import io
import re
import subprocess
import sys
import zipfile
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from copylint.grammar.tagging.conllu import ewt_split, read_all
from copylint.grammar.tagging.features import norm
from copylint.grammar.tagging.tagger import split_clitics

_TOKEN = re.compile(r"[A-Za-z0-9$£€][\w'’.$%£€&/-]*[\w%]|[\w]|[^\w\s]")
_WIKI_JOINS = (("@-@", "-"), ("@,@", ","), ("@.@", "."))


def tokens(line: str) -> list[str]:
    """A line of running text as tagger-style tokens (clitics split, end full stops apart)."""
    out: list[str] = []
    for tok in _TOKEN.findall(line):
        if len(tok) > 1 and tok.endswith(".") and tok.count(".") == 1:
            out.extend((tok[:-1], "."))
            continue
        out.extend(split_clitics(tok))
    return out


def _git_show(repo: Path, path: str) -> bytes:
    return subprocess.run(["git", "-C", str(repo), "show", f"HEAD:{path}"], capture_output=True, check=True).stdout


def wikitext(repo: Path) -> Iterator[list[str]]:
    for name in ("valid", "test"):  # (train.txt is not in the stored snapshot)
        text = _git_show(repo, f"word_language_model/data/wikitext-2/{name}.txt").decode("utf-8")
        for line in text.splitlines():
            line = line.strip()
            if not line or line.startswith("="):
                continue
            for a, b in _WIKI_JOINS:
                line = line.replace(f" {a} ", b)
            for sent in re.split(r"(?<= [.?!]) ", line):
                yield [t for t in sent.split() if t != "<unk>"] + [""]  # (an <unk> breaks the context: "")


def nltk_zip(repo: Path, name: str) -> Iterator[list[str]]:
    data = _git_show(repo, f"packages/corpora/{name}.zip")
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for info in sorted(zf.infolist(), key=lambda i: i.filename):
            if not info.filename.endswith(".txt"):
                continue
            text = zf.read(info).decode("latin-1")
            for para in re.split(r"\n\s*\n", text):
                for sent in re.split(r"(?<=[.?!])\s+", " ".join(para.split())):
                    if sent:
                        yield tokens(sent)


def wordnet(root: Path) -> Iterator[list[str]]:
    for pos in ("noun", "verb", "adj", "adv"):
        for line in (root / f"data.{pos}").read_text(encoding="latin-1").splitlines():
            if line.startswith("  ") or "| " not in line:
                continue
            for part in line.split("| ", 1)[1].split(";"):
                part = part.strip().strip('"').strip()
                if part:
                    yield tokens(part)


def ewt_train(root: Path) -> Iterator[list[str]]:
    for sent in read_all(ewt_split(root, "train")):
        yield [form for form, *_ in sent]


def vectors(sentences: Iterable[list[str]], min_count: int, max_words: int, contexts: int, dims: int, seed: int):  # noqa: ANN201
    import numpy as np

    lows = [[norm(t) if t else "" for t in s] for s in sentences]
    counts = Counter(w for s in lows for w in s if w)
    vocab = [w for w, n in counts.most_common(max_words) if n >= min_count]
    ctx = [w for w, _ in counts.most_common(contexts)]
    vid = {w: k for k, w in enumerate(vocab)}
    cid = {w: k for k, w in enumerate(ctx)}
    edge = len(ctx)  # the sentence's start or end
    width = 2 * (edge + 1)
    rows: list[int] = []
    cols: list[int] = []
    for s in lows:
        padded = ["<s>", *s, "</s>"]
        for i in range(1, len(padded) - 1):
            k = vid.get(padded[i])
            if k is None:
                continue
            left, right = padded[i - 1], padded[i + 1]
            lc = edge if left == "<s>" else cid.get(left)
            rc = edge if right == "</s>" else cid.get(right)
            if lc is not None:
                rows.append(k)
                cols.append(lc)
            if rc is not None:
                rows.append(k)
                cols.append(edge + 1 + rc)
    mat = np.zeros((len(vocab), width), dtype=np.float64)
    np.add.at(mat, (np.array(rows), np.array(cols)), 1.0)
    total = mat.sum()
    pw = mat.sum(axis=1, keepdims=True) / total
    pc = mat.sum(axis=0, keepdims=True) / total
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log((mat / total) / (pw * pc))
    ppmi = np.where(np.isfinite(pmi) & (pmi > 0), pmi, 0.0)
    rng = np.random.default_rng(seed)
    q = ppmi @ rng.standard_normal((width, dims + 20))
    for _ in range(3):  # power iterations
        q, _r = np.linalg.qr(q)
        q = ppmi @ (ppmi.T @ q)
    q, _r = np.linalg.qr(q)
    u, sv, _vt = np.linalg.svd(q.T @ ppmi, full_matrices=False)
    emb = (q @ u)[:, :dims] * np.sqrt(sv[:dims])
    emb /= np.maximum(np.linalg.norm(emb, axis=1, keepdims=True), 1e-9)
    return vocab, counts, emb


def kmeans(emb, k: int, seed: int, iterations: int = 25):  # noqa: ANN001, ANN201
    import numpy as np

    rng = np.random.default_rng(seed)
    centres = emb[rng.choice(len(emb), k, replace=False)].copy()
    assign = np.zeros(len(emb), dtype=np.int64)
    for _ in range(iterations):
        assign = np.argmax(emb @ centres.T, axis=1)
        for c in range(k):
            members = emb[assign == c]
            if len(members):
                v = members.sum(axis=0)
                centres[c] = v / max(np.linalg.norm(v), 1e-9)
            else:
                centres[c] = emb[rng.integers(len(emb))]
    return assign


def read_clusters(path: Path) -> dict[str, tuple[str, ...]]:
    """word -> its classes, coarse to fine, from :func:`main`'s file."""
    out: dict[str, tuple[str, ...]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, *classes = line.split("\t")
            out[word] = tuple(classes)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ewt", type=Path, required=True)
    ap.add_argument("--wikitext", type=Path, help="a pytorch/examples checkout (git)")
    ap.add_argument("--nltk-data", type=Path, help="an nltk/nltk_data checkout (git): state_union, inaugural")
    ap.add_argument("--wordnet", type=Path, help="WordNet 3.0's dict folder (Debian's wordnet-base: /usr/share/wordnet)")
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--max-words", type=int, default=30_000)
    ap.add_argument("--contexts", type=int, default=1000)
    ap.add_argument("--dims", type=int, default=64)
    ap.add_argument("--k", default="64,512", help="class counts, coarse to fine")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    sents: list[list[str]] = list(ewt_train(args.ewt))
    sources = [f"EWT train {sum(map(len, sents))}"]
    for name, it in (("WikiText-2 valid+test", wikitext(args.wikitext) if args.wikitext else None),
                     ("state_union", nltk_zip(args.nltk_data, "state_union") if args.nltk_data else None),
                     ("inaugural", nltk_zip(args.nltk_data, "inaugural") if args.nltk_data else None),
                     ("WordNet glosses", wordnet(args.wordnet) if args.wordnet else None)):
        if it is None:
            continue
        part = list(it)
        sents += part
        sources.append(f"{name} {sum(map(len, part))}")
    print("tokens: " + ", ".join(sources), file=sys.stderr)
    vocab, counts, emb = vectors(sents, args.min_count, args.max_words, args.contexts, args.dims, args.seed)
    ks = [int(k) for k in args.k.split(",")]
    assigns = [kmeans(emb, k, args.seed + n) for n, k in enumerate(ks)]
    with args.out.open("w", encoding="utf-8") as fh:
        fh.write(f"# {len(vocab)} words; k {args.k}; sources: {'; '.join(sources)}\n")
        for k, word in enumerate(vocab):
            fh.write(word + "\t" + "\t".join(str(int(a[k])) for a in assigns) + "\n")
    print(f"wrote {args.out}: {len(vocab)} words", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
