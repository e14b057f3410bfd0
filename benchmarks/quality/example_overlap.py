"""Where corpus text leaked into our rules, their examples and the tests.

    python benchmarks/quality/example_overlap.py [--ngram 6] [--top 50000] [--only TEXT] [--paths P ...]

The brief forbids fitting rules to the development corpora, and a rule whose examples and tests
reuse corpus sentences or names is measured in-sample there. This script reads every string we
wrote and reports the ones that share with ``/work/shared/corpus/{wikinews,us,real-errors}``
(``$COPYLINT_CORPORA`` overrides the folder):

- ``N-gram``: a run of ``--ngram`` (default 6) words, case and punctuation ignored;
- ``rare word``: a word outside wordfreq's ``--top`` (default 50,000) English words, used in the
  corpus too (a rare name such as "Toppan" or "Digor", a corpus misspelling);
- ``name 4-gram``: a run of four words, one of them a capitalised word inside the string (a name),
  that the corpus has too ("co-founded Pakistan Academy of", "Antonys troops entered the").

- ``fix site``: the wrong words of one of real-errors' fluency fixes ("air frame", "extent in
  which": the fix's words, with a word either side when it is one word), the trace a rule fitted
  to that one fix leaves in its examples and word lists.

A run made only of everyday words (wordfreq's top 2,000: "in the second half of the") is marked
", everyday words": such runs turn up in any English text and are rarely a leak.

Strings read:

- every rule's good and bad examples, its summary and its rationale, from the registry
  (all rules copylint ships, all style packs loaded), reported under the rule's id;
- every string literal (docstrings included) and every ``#`` comment (a run of comment lines
  read as one) in the Python files under ``tests/`` (except ``tests/corpus``, a licensed copy
  of the Wikinews corpus itself), ``copylint/grammar/``, ``copylint/spelling/`` and
  ``copylint/checks/`` (rule data lists, word lists, the examples comments cite), reported under
  the file with its line (``12 #`` for a comment); a literal that is a rule example is reported
  under its rule only.

A hit is a lead, not a verdict: common phrases ("at the end of the year") and well-known names
turn up in any news text. Each table is meant to be read by a person. Without the corpus the
script says so and exits 0.
"""

from __future__ import annotations

import ast
import io
import json
import os
import re
import sys
import tokenize
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.corpus import print_table  # noqa: E402

CORPORA = ("wikinews", "us", "real-errors")
#: a shared run made only of the commonest words (wordfreq's top 2,000) is marked "everyday words"
EVERYDAY = 2_000
DEFAULT_PATHS = ("tests", "copylint/grammar", "copylint/spelling", "copylint/checks")
SKIP_DIRS = ("tests/corpus",)

#: words about our own tooling that the corpora happen to hold too (their source's name)
META_WORDS = frozenset({"wikinews", "wikipedia", "wikivoyage", "iterater", "copylint"})
_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W\d_]+)?")
_MARK = re.compile(r"\[\[|\]\]")


def corpus_root() -> Path:
    return Path(os.environ.get("COPYLINT_CORPORA", "/work/shared/corpus"))


# -- the corpora ---------------------------------------------------------------------------

def _real_error_texts(path: Path) -> Iterator[str]:
    """Each revision's text before the edits and after all of them."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        text = item["text"]
        yield text
        if item.get("text_raw"):
            yield item["text_raw"]
        edits = sorted(item.get("errors", []) + item.get("other_edits", []), key=lambda e: e["start"])
        after, last = [], 0
        for e in edits:
            if e["start"] < last:
                continue  # overlapping edits: keep the first
            after.append(text[last:e["start"]])
            after.append(e.get("correction") or "")
            last = e["end"]
        after.append(text[last:])
        yield "".join(after)


def fix_sites(root: Path) -> set[tuple[str, ...]]:
    """The wrong text of every fluency fix in real-errors, as words: the fix's own words when
    they are two or more ("air frame", "mountain sides"), else with one word either side
    ("extent in which", "joined the compete"). These are what a rule fitted to one fix repeats."""
    sites: set[tuple[str, ...]] = set()
    for path in sorted((root / "real-errors").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            text = item["text"]
            for e in item.get("errors", []):
                own = tokens(text[e["start"]:e["end"]])
                if len(own) < 2:
                    left, right = tokens(text[max(0, e["start"] - 60):e["start"]]), tokens(text[e["end"]:e["end"] + 60])
                    if not left or not right:
                        continue
                    own = left[-1:] + own + right[:1]
                if 2 <= len(own) <= 8:
                    sites.add(tuple(own))
    return sites


def corpus_texts(name: str, root: Path) -> list[str]:
    base = root / name
    if name == "real-errors":
        return [t for path in sorted(base.glob("*.jsonl")) for t in _real_error_texts(path)]
    return [p.read_text(encoding="utf-8") for p in sorted(base.glob("*/*.txt"))]


def tokens(text: str) -> list[str]:
    """Lower-case words (hyphenated compounds in their parts), in order."""
    return [w.lower().replace("\u2019", "'") for w in _WORD.findall(_MARK.sub("", text).replace("-", " "))]


@dataclass
class Corpus:
    name: str
    grams: set[tuple[str, ...]] = field(default_factory=set)
    quads: set[tuple[str, ...]] = field(default_factory=set)
    vocabulary: set[str] = field(default_factory=set)
    words: int = 0

    @classmethod
    def read(cls, name: str, root: Path, n: int) -> Corpus:
        corpus = cls(name)
        for text in corpus_texts(name, root):
            toks = tokens(text)
            corpus.words += len(toks)
            corpus.vocabulary.update(toks)
            corpus.grams.update(_ngrams(toks, n))
            corpus.quads.update(_ngrams(toks, 4))
        return corpus


def _ngrams(toks: list[str], n: int) -> Iterator[tuple[str, ...]]:
    for i in range(len(toks) - n + 1):
        yield tuple(toks[i:i + n])


# -- what we wrote -------------------------------------------------------------------------

@dataclass(frozen=True)
class Item:
    origin: str  # a rule id or a file path
    where: str  # "bad 3", "good 0", "rationale", or a line number
    text: str


def rule_items() -> tuple[list[Item], set[str]]:
    """Every rule's examples, summary and rationale, and the raw example strings."""
    from copylint.engine import Linter
    from copylint.registry import example_settings

    items, raw = [], set()
    for rule in Linter(example_settings()).rules.values():
        for kind, examples in (("bad", rule.bad), ("good", rule.good)):
            for k, example in enumerate(examples):
                items.append(Item(rule.id, f"{kind} {k}", example.text))
                raw.add(example.text)
        items.append(Item(rule.id, "summary", rule.summary))
        items.append(Item(rule.id, "rationale", rule.rationale))
    return items, raw


def literal_items(paths: Iterable[str], skip: set[str]) -> list[Item]:
    """Every string literal in the Python files under ``paths`` (relative to the repo)."""
    items = []
    for base in paths:
        root = ROOT / base
        files = [root] if root.is_file() else sorted(root.rglob("*.py"))
        for path in files:
            rel = path.relative_to(ROOT).as_posix()
            if any(rel.startswith(d + "/") for d in SKIP_DIRS):
                continue
            try:
                tree = ast.parse(path.read_text(encoding="utf-8"), rel)
            except (SyntaxError, UnicodeDecodeError) as exc:
                print(f"{rel}: cannot parse ({exc}); skipped", file=sys.stderr)
                continue
            for node in ast.walk(tree):
                if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value not in skip:
                    items.append(Item(rel, str(node.lineno), node.value))
            items += _comment_items(rel, path.read_text(encoding="utf-8"))
    return items


def _comment_items(rel: str, source: str) -> list[Item]:
    """The ``#`` comments of one file (a word cited in a comment is a leak too), a run of
    comment lines joined into one item."""
    items: list[Item] = []
    last = -2
    try:
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
            if tok.type != tokenize.COMMENT:
                continue
            text = tok.string.lstrip("#:").strip()
            alone = tok.line.lstrip().startswith("#")  # a comment line, not a comment after code
            if items and alone and tok.start[0] == last + 1:
                items[-1] = Item(rel, items[-1].where, f"{items[-1].text} {text}")
            elif text:
                items.append(Item(rel, f"{tok.start[0]} #", text))
            last = tok.start[0] if alone else -2
    except (tokenize.TokenError, SyntaxError):
        pass
    return items


# -- matching ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Hit:
    item: Item
    kind: str  # "6-gram", "rare word", "name 4-gram"
    shared: str
    corpora: tuple[str, ...]


def _common_words(top: int) -> set[str]:
    from wordfreq import top_n_list

    return set(top_n_list("en", top))


def _is_common(word: str, common: set[str]) -> bool:
    if word in common or word in META_WORDS or any(c.isdigit() for c in word) or len(word) < 3:
        return True
    return word.endswith("'s") and word[:-2] in common


def _names(text: str) -> set[str]:
    """Capitalised words not at the start of a sentence or a quoted string."""
    names = set()
    for m in _WORD.finditer(_MARK.sub("", text).replace("-", " ")):
        w = m.group()
        if not w[:1].isupper() or w.isupper():  # an acronym or a single capital ("U.S.")
            continue
        before = text[:m.start()].rstrip(" \"'\u201c\u2018([")
        if before and before[-1] not in ".!?:;\n":
            names.add(w.lower().replace("\u2019", "'"))
    return names


def find_hits(items: list[Item], corpora: list[Corpus], n: int, common: set[str],
              everyday: set[str], fixes: set[tuple[str, ...]] = frozenset()) -> list[Hit]:
    """The shared runs and rare words of each item; a run made only of ``everyday`` words
    ("in the second half of the") is marked as such: any English text has those."""
    hits = []
    fix_lengths = sorted({len(f) for f in fixes})
    for item in items:
        toks = tokens(item.text)
        if len(toks) < 1:
            continue
        found: dict[tuple[str, str], list[str]] = defaultdict(list)
        for c in corpora:
            for gram in _merge_runs([g for g in _ngrams(toks, n) if g in c.grams], n):
                found[(f"{n}-gram", gram)].append(c.name)
            for word in dict.fromkeys(toks):
                if not _is_common(word, common) and word in c.vocabulary:
                    found[("rare word", word)].append(c.name)
            names = _names(item.text)
            if names:
                quads = [g for g in _ngrams(toks, 4) if g in c.quads and names.intersection(g)]
                for gram in _merge_runs(quads, 4):
                    found[("name 4-gram", gram)].append(c.name)
        for size in fix_lengths:
            for gram in dict.fromkeys(_ngrams(toks, size)):
                if gram in fixes and not all(w in everyday for w in gram):
                    found[("fix site", " ".join(gram))].append("real-errors")
        covered = " ".join(s for (k, s) in found if k.endswith("-gram") and k != "name 4-gram")
        for (kind, shared), names_ in found.items():
            if kind == "name 4-gram" and shared in covered:
                continue  # inside a longer shared run already reported
            if kind.endswith("-gram") and all(w in everyday for w in shared.split()):
                kind += ", everyday words"
            hits.append(Hit(item, kind, shared, tuple(names_)))
    return hits


def _merge_runs(grams: list[tuple[str, ...]], n: int) -> list[str]:
    """Overlapping shared n-grams, in order, merged into runs of words."""
    runs: list[list[str]] = []
    for g in grams:
        if runs and tuple(runs[-1][-(n - 1):]) == g[:n - 1]:
            runs[-1].append(g[-1])
        else:
            runs.append(list(g))
    return [" ".join(r) for r in runs]


# -- report --------------------------------------------------------------------------------

def report(hits: list[Hit], n: int) -> None:
    by_origin: dict[str, list[Hit]] = defaultdict(list)
    for h in hits:
        by_origin[h.item.origin].append(h)
    summary = []
    for origin in sorted(by_origin, key=lambda o: (not o.startswith(("grammar.", "spelling.", "style.",
                                                                      "structure.")), o)):
        rows = []
        for h in by_origin[origin]:
            text = " ".join(_MARK.sub("", h.item.text).split())
            rows.append([h.item.where, h.kind, _clip(h.shared, 48), ",".join(h.corpora), _clip(text, 60)])
        print_table(["where", "match", "shared", "corpus", "string"], rows, title=f"{origin}")
        kinds = defaultdict(int)
        for h in by_origin[origin]:
            kinds[h.kind] += 1
        everyday = sum(c for k, c in kinds.items() if k.endswith("everyday words"))
        summary.append([origin, kinds.get(f"{n}-gram", 0), kinds.get("rare word", 0), kinds.get("name 4-gram", 0),
                        kinds.get("fix site", 0), everyday, len({h.item for h in by_origin[origin]})])
    print_table(["rule or file", f"{n}-gram", "rare word", "name 4-gram", "fix site", "runs of everyday words only",
                 "strings"],
                summary, title="Summary: strings sharing text with the corpora (leads to read, not verdicts)")


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 1] + "\u2026"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    n = int(argv[argv.index("--ngram") + 1]) if "--ngram" in argv else 6
    top = int(argv[argv.index("--top") + 1]) if "--top" in argv else 50_000
    only = argv[argv.index("--only") + 1] if "--only" in argv else None
    paths = argv[argv.index("--paths") + 1:] if "--paths" in argv else list(DEFAULT_PATHS)
    root = corpus_root()
    present = [name for name in CORPORA if (root / name).is_dir()]
    if not present:
        print(f"No corpus at {root} (set COPYLINT_CORPORA): nothing to compare against; no overlap reported.")
        return 0
    missing = sorted(set(CORPORA) - set(present))
    if missing:
        print(f"Corpora missing under {root}: {', '.join(missing)}; compared with {', '.join(present)} only.")
    corpora = [Corpus.read(name, root, n) for name in present]
    print_table(["corpus", "words", f"distinct {n}-grams", "vocabulary"],
                [[c.name, c.words, len(c.grams), len(c.vocabulary)] for c in corpora], title="Corpora")
    items, raw = rule_items()
    items += literal_items(paths, raw)
    if only:
        items = [i for i in items if only in i.origin]
    fixes = fix_sites(root) if "real-errors" in present else set()
    hits = find_hits(items, corpora, n, _common_words(top), _common_words(EVERYDAY), fixes)
    print(f"\n{len(items)} strings read; {len({h.item for h in hits})} share text with the corpora.")
    report(hits, n)
    return 0


if __name__ == "__main__":
    sys.exit(main())
