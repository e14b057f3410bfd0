"""Spelling quality: recall and first-suggestion accuracy on misspellings injected into the
Wikinews corpus, and alerts per 1,000 words on the articles as published.

    python benchmarks/quality.py spelling
    python benchmarks/quality/spelling.py [--show] [--per-article N]

Two kinds of injected error, ONE per article copy, each replacing a dictionary word:

- **listed**: a real-world misspelling from codespell's curated list (``recieve`` for
  ``receive``), where the list has exactly one correction and the misspelling is not itself
  a dictionary word. Measured twice: with copylint as shipped, and with copylint's own use
  of that list switched off, so the general speller is measured on the same errors;
- **typos**: generated slips of four kinds (two neighbouring letters swapped, a letter
  dropped, a letter doubled, a letter replaced by a neighbouring key), kept only when the
  result is not a word (not in pyspellchecker's dictionary, nor a British/American form).

Target words are lower-case dictionary words of four letters or more, or such a word
capitalised at the start of a sentence; capitalised words inside a sentence are names, whose
slips no dictionary can catch, and are not used. An injection is caught when
``spelling.misspelling`` reports exactly the injected word's span; its first suggestion is
right when it is the original word.

The clean run lints every article as published. The corpus is edited copy, not error-free:
the alerts it raises are listed with a verdict from a reading of each (``REVIEWED``), so
the table shows both all alerts and the false alarms among them.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))

from benchmarks.corpus import Article, articles, print_table, total_words  # noqa: E402
from copylint.config import Settings  # noqa: E402
from copylint.engine import Linter  # noqa: E402
from copylint.readers import parse  # noqa: E402
from copylint.spelling import sources  # noqa: E402
from copylint.spelling import speller as speller_module  # noqa: E402
from copylint.spelling.speller import Speller, get_speller  # noqa: E402
from copylint.spelling.suggest import adjacent  # noqa: E402
from copylint.tokens import sentences  # noqa: E402

SEED = 20200101
PER_ARTICLE = 12  # injections of each kind per article at most
RULE = "spelling.misspelling"

#: Every alert on the published corpus, read and judged: "error" (a real misspelling or
#: slip in the published text), "mix" (a real dialect mix), "false" (a false alarm), with why.
REVIEWED: dict[tuple[str, str], tuple[str, str]] = {
    ("news/0001", "Technlogy"): ("error", "'Science and Technlogy': Technology"),
    ("news/0007", "Brazillian"): ("error", "Brazilian"),
    ("news/0016", "anniversay"): ("error", "anniversary"),
    ("news/0016", "recieve"): ("error", "receive"),
    ("news/0019", "debutans"): ("error", "debutants (the same article writes 'debutants' earlier)"),
    ("news/0020", "pilgrams"): ("error", "pilgrims"),
    ("news/0020", "collasped"): ("error", "collapsed"),
    ("news/0022", "diety"): ("error", "deity"),
    ("interviews/0015", "youll"): ("error", "you'll (a fan's poem quoted in an interview)"),
    ("interviews/0001", "petridishes"): ("error", "petri dishes (space missing)"),
    ("news/0005", "lifehood"): ("error", "not an English word ('a lifehood of slavery': livelihood? lifetime?)"),
    ("interviews/0001", "studymate"): ("false", "an interviewee's coinage (study mate), kept as said"),
    ("interviews/0008", "aywv"): ("false", "an unexplained lower-case name in quotes (a show? 'take over \"aywv\"')"),
    ("news/0021", "ideologized"): ("false", "rare derived word (ideologize), in no dictionary"),
    ("news/0010", "defense"): ("mix", "'the parents' defense' in an article that otherwise spells British"),
    ("news/0013", "goiter"): ("mix", "American 'goiter' in a British article (iodised, organisation)"),
    ("interviews/0013", "favourite"): ("mix", "British 'favourite' in an American interview"),
}


@dataclass(frozen=True)
class Injection:
    kind: str  # "listed" or a typo kind
    article: str
    text: str  # the article with the error
    start: int
    end: int
    original: str
    wrong: str


# -- sources of errors -------------------------------------------------------------

def listed_misspellings(speller: Speller) -> dict[str, list[str]]:
    """correct word -> codespell misspellings of it (one correction, not themselves words)."""
    out: dict[str, list[str]] = defaultdict(list)
    for wrong, fixes in sorted(sources.codespell_misspellings().items()):
        if len(fixes) != 1 or " " in fixes[0] or not wrong.isalpha() or not wrong.islower():
            continue
        if speller.is_word(wrong) or not speller.is_word(fixes[0]):
            continue
        out[fixes[0]].append(wrong)
    return out


def typo(word: str, kind: str, rng: random.Random) -> str | None:
    n = len(word)
    if kind == "transposed":
        i = rng.randrange(n - 1)
        return None if word[i] == word[i + 1] else word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind == "dropped":
        i = rng.randrange(n)
        return word[:i] + word[i + 1:]
    if kind == "doubled":
        i = rng.randrange(n)
        return word[: i + 1] + word[i] + word[i + 1:]
    if kind == "neighbour key":
        i = rng.randrange(n)
        keys = [k for k in "abcdefghijklmnopqrstuvwxyz" if adjacent(word[i], k)]
        return word[:i] + rng.choice(keys) + word[i + 1:] if keys else None
    raise ValueError(kind)


TYPO_KINDS = ("transposed", "dropped", "doubled", "neighbour key")


def _targets(text: str, speller: Speller) -> list[tuple[int, int, str]]:
    """Lower-case dictionary words (and such words capitalised at a sentence start)."""
    starts = {s for s, _ in sentences(text)}
    out = []
    for m in re.finditer(r"(?<![\w'\u2019@#.\-])[A-Za-z]{4,}(?![\w'\u2019@\-]|\.\w)", text):
        word = m.group()
        initial = m.start() in starts or (m.start() > 0 and text[m.start() - 1] in "\"\u201c'\u2018(" and m.start() - 1 in starts)
        if not (word.islower() or (initial and word[0].isupper() and word[1:].islower())):
            continue
        if speller.is_word(word.lower()):
            out.append((m.start(), m.end(), word))
    return out


def _case(wrong: str, model: str) -> str:
    return wrong[:1].upper() + wrong[1:] if model[:1].isupper() else wrong


def injections(items: list[Article], speller: Speller, per_article: int) -> list[Injection]:
    rng = random.Random(SEED)
    listed = listed_misspellings(speller)
    out = []
    for art in items:
        targets = _targets(art.text, speller)
        pool = [t for t in targets if t[2].lower() in listed]
        for start, end, word in rng.sample(pool, min(per_article, len(pool))):
            wrong = _case(rng.choice(listed[word.lower()]), word)
            out.append(Injection("listed", art.name, art.text[:start] + wrong + art.text[end:], start,
                                 start + len(wrong), word, wrong))
        for kind in TYPO_KINDS:
            made = 0
            for start, end, word in rng.sample(targets, len(targets)):
                if made >= per_article // 2:
                    break
                wrong = typo(word.lower(), kind, rng)
                wrong = _case(wrong, word) if wrong else None
                if not wrong or speller.is_word(wrong.lower()):
                    continue  # a real word: not a non-word typo
                made += 1
                out.append(Injection(kind, art.name, art.text[:start] + wrong + art.text[end:], start,
                                     start + len(wrong), word, wrong))
    return out


# -- running ------------------------------------------------------------------------

def _linter() -> Linter:
    return Linter(Settings(enable=("spelling",), disable=("ALL",)))


def _lint(linter: Linter, name: str, text: str):
    return linter.lint(parse(text, f"{name}.txt", "txt"))


@dataclass
class Score:
    total: int = 0
    caught: int = 0
    first_right: int = 0
    no_suggestion: int = 0

    def row(self, label: str) -> list[object]:
        recall = self.caught / self.total if self.total else 0.0
        first = self.first_right / self.caught if self.caught else 0.0
        return [label, self.total, self.caught, recall, first, self.no_suggestion]


def measure(linter: Linter, items: list[Injection], show: bool) -> dict[str, Score]:
    scores: dict[str, Score] = defaultdict(Score)
    for inj in items:
        issues = [i for i in _lint(linter, inj.article, inj.text) if i.rule == RULE]
        hit = next((i for i in issues if i.offset == inj.start and i.end_offset == inj.end), None)
        for key in (inj.kind, "all typos" if inj.kind != "listed" else None):
            if key is None:
                continue
            s = scores[key]
            s.total += 1
            if hit is not None:
                s.caught += 1
                if hit.suggestions and hit.suggestions[0].lower() == inj.original.lower():
                    s.first_right += 1
                elif not hit.suggestions:
                    s.no_suggestion += 1
        if show:
            if hit is None:
                print(f"  MISS {inj.kind:13} {inj.article} {inj.wrong!r} (for {inj.original!r})")
            elif not hit.suggestions or hit.suggestions[0].lower() != inj.original.lower():
                print(f"  SUGG {inj.kind:13} {inj.article} {inj.wrong!r} -> {list(hit.suggestions)} (for {inj.original!r})")
    return scores


def clean_run(linter: Linter, items: list[Article]) -> list[tuple[str, str, str]]:
    found = []
    for art in items:
        for issue in _lint(linter, art.name, art.text):
            found.append((art.name, issue.rule, issue.text))
    return found


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--show", action="store_true", help="print every miss and wrong first suggestion")
    parser.add_argument("--per-article", type=int, default=PER_ARTICLE)
    args = parser.parse_args(argv if argv is not None else [])
    items = articles()
    words = total_words(items)
    started = time.perf_counter()
    speller = get_speller()
    linter = _linter()

    # clean copy
    alerts = clean_run(linter, items)
    verdicts = Counter()
    rows = []
    for name, rule, text in alerts:
        verdict, why = REVIEWED.get((name, text), ("unreviewed", ""))
        verdicts[verdict] += 1
        rows.append([name, rule.split(".")[1], text, verdict, why])
    print_table(["article", "rule", "word", "verdict", "why"], rows,
                title=f"Alerts on the published corpus ({len(items)} articles, {words:,} words)")
    false = verdicts["false"] + verdicts["unreviewed"]
    print_table(
        ["alerts", "count", "per 1,000 words"],
        [["all spelling alerts", len(alerts), 1000 * len(alerts) / words],
         ["  real misspellings in the published text", verdicts["error"], 1000 * verdicts["error"] / words],
         ["  real dialect mixes", verdicts["mix"], 1000 * verdicts["mix"] / words],
         ["  false alarms (incl. unreviewed)", false, 1000 * false / words]],
        title="Clean corpus",
    )

    # injected errors
    injected = injections(items, speller, args.per_article)
    listed = [i for i in injected if i.kind == "listed"]
    typos = [i for i in injected if i.kind != "listed"]
    with_list = measure(linter, injected, args.show)
    speller_module._SPELLER = Speller(speller.lexicon, use_list=False)
    try:
        without = measure(_linter(), listed, args.show)
    finally:
        speller_module._SPELLER = speller
    headers = ["errors injected", "n", "caught", "recall", "first suggestion right", "caught, no suggestion"]
    rows = [with_list["listed"].row("listed misspellings (copylint as shipped)"),
            without["listed"].row("listed misspellings (copylint's own use of the list off)"),
            with_list["all typos"].row("non-word typos, all kinds")]
    rows += [with_list[k].row(f"  {k}") for k in TYPO_KINDS]
    print_table(headers, rows, title=f"Injected errors ({len(listed)} listed, {len(typos)} typos; one per article copy)")
    print(f"\n(first suggestion right = share of caught errors whose first suggestion is the original word; "
          f"{time.perf_counter() - started:.1f} s)")


if __name__ == "__main__":
    main(sys.argv[1:])
