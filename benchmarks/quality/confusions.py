"""Confusion rules (grammar.confusables.*): false alarms on clean copy and recall on
injected confusions, per rule and per corpus.

    python benchmarks/quality/confusions.py [--show] [--per-pair N] [--seed N ...] [--split all|dev|heldout]
        [--corpus DIR ...] [--rule NAME ...] [--write-measured]

Corpora (default): the Wikinews set and the US set under /work/shared/corpus (override
with --corpus or COPYLINT_CORPORA, ':'-separated). For each corpus:

1. every confusion rule (those off by default included) runs over every article: alerts per
   1,000 words, per rule; on copy that was published, nearly all are false alarms
   (``--show`` prints each with its sentence to check by hand);
2. for each pair (e.g. "affect" -> "effect"), up to ``--per-pair`` occurrences of the one
   word (drawn with a fixed seed) are replaced, one at a time, by the other, keeping its
   capital; the paragraph is linted and the injection counts as caught when the pair's rule
   reports a span overlapping the changed word. Recall per rule, and over all injections.
   A swap is injected only where it makes an error a writer makes (``_real_error``): "led"
   for "lead" only where "lead" is the bare verb after "to", a modal or "do" (elsewhere
   "led" is a correct past tense, or the noun "lead", said "leed", which no one misspells
   "led"), and "lead" for "led" not after a plural subject ("panels lead to" is a correct
   present tense).

``--rule NAME`` (repeatable) measures only those rules, for quick checks while working.

Draws, development and held-out (issue 12, s25). One draw (``--seed``) can be fitted by
reading its misses, so recall is also measured on draws no one reads:

- ``--seed N`` (repeatable; default the benchmark's own seed) draws the injection sites with
  that seed; with several seeds the per-pair table sums the draws and a second table gives
  each draw's total;
- ``--split dev`` or ``--split heldout`` draws only from that half of each corpus's articles
  (a fixed hash of the article's file name, so the halves never share a sentence). Work on
  the rules reads misses of ``--split dev`` draws (seeds ``DEV_SEEDS``) only; the
  ``--split heldout`` draws (seeds ``HELDOUT_SEEDS``) are reported as totals and never read:
  ``--show`` is refused with ``--split heldout``. Draws over the whole corpus (``--split all``,
  the default) share sentences with the development half, so they are not held out.

``--treebanks`` also counts alerts on the test (and dev) sentences of the UD English
treebanks (EWT, PUD, GUM, GENTLE, LinES; read from fetched mirrors, as
``new_rules.py --heldout`` does): text never used to tune these rules, where a new frame's
false alarms would show out of sample. Every alert there needs reading: web text has real slips.

``--write-measured`` rewrites copylint/grammar/confusion/measured.py with these figures
(``copylint explain`` shows them); check every clean alert by hand (``--show``) first: the
text says they are real slips in the copy.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
import time
import zlib
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))

from benchmarks.corpus import print_table  # noqa: E402
from copylint.config import Settings  # noqa: E402
from copylint.engine import Linter  # noqa: E402
from copylint.grammar.confusables import RULES  # noqa: E402
from copylint.grammar.tagging.tagger import tag_sentence  # noqa: E402
from copylint.readers import parse  # noqa: E402

DEFAULT_CORPORA = ("/work/shared/corpus/wikinews", "/work/shared/corpus/us")
SEED = 20261201
DEV_SEEDS = (1, 2, 3)
HELDOUT_SEEDS = (4, 5, 6)
SPLITS = ("all", "dev", "heldout")
PREFIX = "grammar.confusables."

# (rule, word as written in clean copy, what it is swapped for); a "+" pattern needs a
# following word matching it (fewer + plural noun; number of + plural noun)
PAIRS: list[tuple[str, str, str]] = [
    ("its", "its", "it's"), ("its", "it's", "its"),
    ("their", "their", "there"), ("their", "there", "their"), ("their", "their", "they're"),
    ("their", "they're", "their"),
    ("your", "your", "you're"), ("your", "you're", "your"),
    ("whose", "whose", "who's"), ("whose", "who's", "whose"),
    ("than", "than", "then"), ("than", "then", "than"),
    ("too", "too", "to"), ("too", "to", "too"),
    ("were", "were", "where"), ("were", "where", "were"), ("were", "we're", "were"),
    ("affect", "affect", "effect"), ("affect", "affects", "effects"), ("affect", "affected", "effected"),
    ("affect", "affecting", "effecting"), ("affect", "effect", "affect"), ("affect", "effects", "affects"),
    ("lose", "lose", "loose"), ("lose", "losing", "loosing"), ("lose", "loose", "lose"),
    ("lead", "led", "lead"), ("lead", "lead", "led"),
    ("accept", "accept", "except"), ("accept", "accepted", "excepted"), ("accept", "except", "accept"),
    ("advice", "advice", "advise"), ("advice", "advise", "advice"),
    ("past", "past", "passed"), ("past", "passed", "past"),
    ("principal", "principal", "principle"), ("principal", "principle", "principal"),
    ("complement", "complement", "compliment"), ("complement", "compliment", "complement"),
    ("complement", "complementary", "complimentary"), ("complement", "complimentary", "complementary"),
    ("breath", "breath", "breathe"), ("breath", "breathe", "breath"),
    ("peak", "peak", "peek"), ("peak", "peek", "peak"), ("peak", "piqued", "peaked"),
    ("rein", "rein", "reign"), ("rein", "reins", "reigns"), ("rein", "reign", "rein"),
    ("site", "site", "sight"), ("site", "sight", "site"), ("site", "cite", "site"), ("site", "cited", "sited"),
    ("discreet", "discreet", "discrete"), ("discreet", "discrete", "discreet"),
    ("stationary", "stationary", "stationery"), ("stationary", "stationery", "stationary"),
    ("weather", "weather", "whether"), ("weather", "whether", "weather"),
    ("fewer", "fewer+", "less"),
    ("amount", "number of+", "amount of"),
]

# A swap is injected only where it makes a real error. "led" for "lead" only where "lead" is
# the bare verb after "to", a modal, "do" or "help/let/make" (+ object): "led" for the
# present ("the senators lead the effort") is a correct past tense, and "led" for the noun or
# adjective (said "leed": "the lead author") is no slip writers make. "lead" for "led" not
# after a plural subject: "wooden panels led to" -> "lead to" is a correct present tense.
_BARE_VERB_BEFORE = frozenset("to will would can could shall should may might must cannot do does did help helps "
                              "helped let lets make makes".split())
_PLURAL_SUBJECTS = frozenset("they we you i".split())
_TOKEN = re.compile(r"[\w'\u2019.-]*\w|[^\w\s]")


def _real_error(word: str, swap: str, text: str, start: int) -> bool:
    """Whether swapping the word at ``start`` makes an error (see above)."""
    if (word, swap) == ("lead", "led"):
        tags = _tags_before(text, start)
        return bool(tags) and tags[-1][1] == "VB" and any(w.lower() in _BARE_VERB_BEFORE for w, _ in tags[-4:-1])
    if (word, swap) == ("led", "lead"):
        tags = _tags_before(text, start)
        return len(tags) < 2 or not (tags[-2][1] in ("NNS", "NNPS") or tags[-2][0].lower() in _PLURAL_SUBJECTS)
    return True


def _tags_before(text: str, start: int) -> list[tuple[str, str]]:
    """(word, Penn tag) of the sentence up to and including the word at ``start``."""
    lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    hi = min(x for x in (text.find(". ", start), text.find("\n", start), len(text)) if x >= 0)
    tokens = [(m.start() + lo, m.group(0)) for m in _TOKEN.finditer(text[lo:hi])]
    out = []
    for t in tag_sentence([tok for _, tok in tokens]):
        out.append((t.text, t.tag))
        if tokens[t.word][0] == start:
            return out
    return []



def corpus_articles(root: Path) -> list[tuple[str, str]]:
    """(name, text) of every article under ``root`` (NNNN.txt files, recursively)."""
    return [(str(p.relative_to(root)), p.read_text(encoding="utf-8"))
            for p in sorted(root.rglob("[0-9]*.txt"))]


def in_split(name: str, split: str) -> bool:
    """Whether the article ``name`` (its path under the corpus root) belongs to ``split``: a
    fixed hash of the name puts every article in one half, "dev" or "heldout"."""
    if split == "all":
        return True
    half = "heldout" if zlib.crc32(name.encode("utf-8")) % 2 else "dev"
    return half == split


def _settings() -> Settings:
    ids = tuple(r.id for r in RULES)
    return replace(Settings(), enable=ids, disable=("ALL",))


def _alerts(linter: Linter, settings: Settings, text: str) -> list:
    doc = parse(text, "article.txt", "txt")
    return [i for i in linter.lint(doc, settings) if i.rule.startswith(PREFIX)]


def _pattern(word: str) -> re.Pattern[str]:
    follow = ""
    if word.endswith("+"):
        word = word[:-1]
        follow = r"(?= [a-z]+s\b)(?! (?:than|this|is|was|has|as|less|us|its|his)\b)"
    apos = word.replace("'", "['\u2019]")
    return re.compile(rf"(?<![\w'\u2019-])(?i:{apos[0]}){apos[1:]}(?![\w'\u2019-]){follow}")


def _paragraph(text: str, start: int, end: int) -> tuple[int, int]:
    lo = text.rfind("\n\n", 0, start)
    hi = text.find("\n\n", end)
    return (0 if lo < 0 else lo + 2), (len(text) if hi < 0 else hi)


MEASURED = Path(__file__).resolve().parent.parent.parent / "copylint" / "grammar" / "confusion" / "measured.py"
def _write_measured(rule_names, names, clean, words, recall) -> None:
    a, b = names
    sizes = f"{a} {words[a]:,} words, {b} {words[b]:,} words"
    rows = []
    for rid in rule_names:
        fa = [round(1000 * clean[n][rid] / max(words[n], 1), 3) for n in (a, b)]
        rec = ["{}/{}".format(*recall[n].get("rule:" + rid, [0, 0])) for n in (a, b)]
        rows.append(f'    "{rid}": ({fa[0]}, {fa[1]}, "{rec[0]}", "{rec[1]}"),\n')
    # only the figures and the corpus sizes are rewritten: the module's code stays as written
    text = MEASURED.read_text(encoding="utf-8")
    text, n_sizes = re.subn(r"(sites per pair and corpus;\s*)[^)]*(\))", lambda m: m[1] + sizes + m[2], text, count=1)
    text, n_rows = re.subn(r"(FIGURES: [^\n]*= \{\n).*?(^\}$)", lambda m: m[1] + "".join(rows) + m[2], text,
                           count=1, flags=re.DOTALL | re.MULTILINE)
    if n_sizes != 1 or n_rows != 1:
        raise SystemExit(f"{MEASURED}: no FIGURES block or sizes line to rewrite")
    MEASURED.write_text(text, encoding="utf-8")
    print(f"wrote {MEASURED}")


Recall = dict[str, list[int]]  # "affect -> effect" or "rule:affect" -> [caught, injected]


def _inject(linter: Linter, settings: Settings, arts: list[tuple[str, str]], rule_names: list[str],
            seed: int, per_pair: int, misses: list[str] | None) -> Recall:
    """One draw: up to ``per_pair`` sites per pair, drawn with ``seed``, each swapped and linted
    alone; a missed site is described in ``misses`` when that list is given."""
    rng = random.Random(seed)
    recall: Recall = defaultdict(lambda: [0, 0])
    for rid, word, swap in PAIRS:
        if rid not in rule_names:
            continue
        sites = [(art, text, m) for art, text in arts for m in _pattern(word).finditer(text)]
        sites = [s for s in sites if _real_error(word.rstrip("+"), swap, s[1], s[2].start())]
        rng.shuffle(sites)
        for _art, text, m in sites[:per_pair]:
            lo, hi = _paragraph(text, m.start(), m.end())
            found = m.group(0)
            new = swap if not found[:1].isupper() else swap[:1].upper() + swap[1:]
            para = text[lo:m.start()] + new + text[m.end():hi]
            start, end = m.start() - lo, m.start() - lo + len(new)
            caught = any(i.rule == PREFIX + rid and i.offset < end and i.end_offset > start
                         for i in _alerts(linter, settings, para))
            key = f"{word.rstrip('+')} -> {swap}"
            for k in (key, "rule:" + rid):
                recall[k][0] += caught
                recall[k][1] += 1
            if not caught and misses is not None:
                misses.append(f"MISS seed {seed} {key}: ...{para[max(0, start - 60):end + 60]}...".replace("\n", " "))
    return recall


def _pooled(draws: dict[int, Recall]) -> Recall:
    """The draws' counts summed, key by key."""
    out: Recall = defaultdict(lambda: [0, 0])
    for recall in draws.values():
        for k, (c, t) in recall.items():
            out[k][0] += c
            out[k][1] += t
    return out


def _total(recall: Recall) -> tuple[int, int]:
    rows = [v for k, v in recall.items() if k.startswith("rule:")]
    return sum(c for c, _ in rows), sum(t for _, t in rows)


def _print_recall(names: list[str], draws: dict[str, dict[int, Recall]], seeds: list[int], split: str) -> None:
    pooled = {n: _pooled(draws[n]) for n in names}
    what = f"split {split}, seed{'s' if len(seeds) > 1 else ''} {', '.join(map(str, seeds))}"
    if len(seeds) > 1:
        what += " (draws summed)"
    for kind in ("rule:", ""):
        keys = sorted({k for n in names for k in pooled[n] if k.startswith("rule:") == (kind == "rule:")})
        rows = []
        for k in keys:
            row: list[object] = [k.removeprefix("rule:")]
            for n in names:
                c, t = pooled[n].get(k, [0, 0])
                row += [f"{c}/{t}", (c / t) if t else "-"]
            rows.append(row)
        if kind == "rule:":
            all_row: list[object] = ["ALL"]
            for n in names:
                c, t = _total(pooled[n])
                all_row += [f"{c}/{t}", c / t if t else "-"]
            rows.append(all_row)
        title = f"Recall on injected confusions, per {'rule' if kind else 'injected pair'} ({what})"
        print_table(["rule" if kind else "pair"] + [h for n in names for h in (f"{n} caught", f"{n} recall")],
                    rows, title=title)
    if len(seeds) > 1:
        rows = []
        for seed in seeds:
            row = [seed]
            for n in names:
                c, t = _total(draws[n][seed])
                row += [f"{c}/{t}", c / t if t else "-"]
            rows.append(row)
        print_table(["seed"] + [h for n in names for h in (f"{n} caught", f"{n} recall")], rows,
                    title=f"Recall per draw, all rules (split {split})")


TREEBANKS = {f"{bank.lower()}-{part}": (f"UniversalDependencies+UD_English-{bank}", (f"en_{bank.lower()}-ud-{part}.conllu",))
             for bank, parts in (("EWT", ("test",)), ("PUD", ("test",)), ("GUM", ("dev", "test")),
                                 ("GENTLE", ("test",)), ("LinES", ("dev", "test"))) for part in parts}


def _treebank_table(linter: Linter, settings: Settings, rule_names: list[str], show: bool) -> None:
    """Alerts per rule on the treebanks' sentences (see ``--treebanks``)."""
    from benchmarks.quality import new_rules

    counts: Counter[str] = Counter()
    words = 0
    for name, source in TREEBANKS.items():
        new_rules.HELDOUT[name] = source
        items = new_rules.heldout(name)
        if items is None:
            continue
        words += sum(a.words for a in items)
        for article in items:
            for issue in _alerts(linter, settings, article.text):
                rid = issue.rule[len(PREFIX):]
                counts[rid] += 1
                if show:
                    ctx = article.text[max(0, issue.offset - 70):issue.end_offset + 70].replace("\n", " ")
                    print(f"TB {article.name} {rid}: ...{ctx}...")
    rows: list[list[object]] = [[rid, counts[rid], 1000 * counts[rid] / max(words, 1)] for rid in rule_names]
    rows.append(["ALL", sum(counts.values()), 1000 * sum(counts.values()) / max(words, 1)])
    print_table(["rule", "alerts", "/1k words"], rows,
                title=f"Alerts on UD treebank sentences never used for tuning ({', '.join(TREEBANKS)}: {words} words)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", action="append", type=Path, default=None)
    ap.add_argument("--per-pair", type=int, default=40)
    ap.add_argument("--seed", action="append", type=int, default=None,
                    help=f"draw the injection sites with this seed (repeatable; default {SEED})")
    ap.add_argument("--split", choices=SPLITS, default="all",
                    help="draw only from the development or the held-out half of the articles")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--no-inject", action="store_true")
    ap.add_argument("--write-measured", action="store_true")
    ap.add_argument("--treebanks", action="store_true", help="also count alerts on UD treebank sentences")
    ap.add_argument("--rule", action="append", default=None,
                    help="measure only these rules (e.g. --rule site --rule were); for quick checks")
    args = ap.parse_args(argv)
    if args.show and args.split == "heldout":
        ap.error("--show prints sentences: the held-out half is measured by its totals only")
    seeds = args.seed or [SEED]
    env = os.environ.get("COPYLINT_CORPORA")
    roots = args.corpus or [Path(p) for p in (env.split(":") if env else DEFAULT_CORPORA)]
    settings = _settings()
    linter = Linter(settings)
    rule_names = [r.id[len(PREFIX):] for r in RULES if not args.rule or r.id[len(PREFIX):] in args.rule]
    clean: dict[str, Counter[str]] = {}
    words: dict[str, int] = {}
    draws: dict[str, dict[int, Recall]] = {}
    misses: list[str] | None = [] if args.show else None
    cpu = time.process_time()
    for root in roots:
        arts = corpus_articles(root)
        name = root.name
        words[name] = sum(len(t.split()) for _, t in arts)
        clean[name] = Counter()
        for art, text in arts:
            for issue in _alerts(linter, settings, text):
                rid = issue.rule[len(PREFIX):]
                if rid not in rule_names:
                    continue
                clean[name][rid] += 1
                if args.show:
                    lo, hi = max(0, issue.offset - 70), issue.end_offset + 70
                    ctx = text[lo:hi].replace("\n", " ")
                    print(f"FA {name}/{art} {rid}: ...{ctx}...  [{text[issue.offset:issue.end_offset]}]")
        if args.no_inject:
            continue
        drawn = [(art, text) for art, text in arts if in_split(art, args.split)]
        draws[name] = {seed: _inject(linter, settings, drawn, rule_names, seed, args.per_pair, misses)
                       for seed in seeds}
    cpu = time.process_time() - cpu

    names = [r.name for r in roots]
    rows = []
    for rid in rule_names:
        row: list[object] = [rid]
        for n in names:
            row += [clean[n][rid], 1000 * clean[n][rid] / max(words[n], 1)]
        rows.append(row)
    total_row: list[object] = ["ALL"]
    for n in names:
        total = sum(clean[n].values())
        total_row += [total, 1000 * total / max(words[n], 1)]
    rows.append(total_row)
    headers = ["rule"] + [h for n in names for h in (f"{n} alerts", f"{n} /1k words")]
    print_table(headers, rows, title=f"Alerts on clean copy ({', '.join(f'{n}: {words[n]} words' for n in names)})")
    if draws:
        _print_recall(names, draws, seeds, args.split)
    if args.treebanks:
        _treebank_table(linter, settings, rule_names, args.show)
    for line in misses or ():
        print(line)
    if args.write_measured and draws and len(names) == 2 and not args.rule:
        if seeds != [SEED] or args.split != "all":
            raise SystemExit("--write-measured records the default draw only (no --seed, no --split)")
        _write_measured(rule_names, names, clean, words, {n: draws[n][SEED] for n in names})
    if linter.failures:  # a check that raised: its findings for that text are lost, so the figures are wrong
        print(f"\nCHECK FAILURES: {len(linter.failures)}")
        for failure in linter.failures[:10]:
            print(f"  {failure}")
    print(f"\nCPU seconds: {cpu:.1f}")
    return 1 if linter.failures else 0


if __name__ == "__main__":
    sys.exit(main())
