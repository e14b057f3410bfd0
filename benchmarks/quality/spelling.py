"""Spelling quality on two corpora, each reported separately: recall and first-suggestion
accuracy on errors injected into the articles, dialect-mix recall in American and in British
copy, and alerts per 1,000 words on the articles as published.

    python benchmarks/quality.py spelling
    python benchmarks/quality/spelling.py [--corpus wikinews|us|all] [--show] [--per-article N]

Corpora: the Wikinews corpus shipped in tests/corpus/wikinews (mixed British and American),
and the US development set (``$COPYLINT_US_CORPUS``, default /work/shared/corpus/us: 400
congressional press releases, public domain, and 150 American-spelled Wikinews articles,
CC BY 2.5; see its SOURCE.md). A corpus that is not on the machine is skipped with a note.

Injected errors, ONE per article copy, each replacing a dictionary word:

- **listed**: a real-world misspelling from codespell's curated list (``recieve`` for
  ``receive``), where the list has exactly one correction and the misspelling is not itself
  a dictionary word. Measured twice: with copylint as shipped, and with copylint's own use
  of that list switched off, so the general speller is measured on the same errors;
- **typos**: generated slips of four kinds (two neighbouring letters swapped, a letter
  dropped, a letter doubled, a letter replaced by a neighbouring key), kept only when the
  result is not a word (not in pyspellchecker's dictionary, nor a British/American form);
- **capitalised** and **headline**: the same slips (and listed misspellings) in a
  capitalised dictionary word inside a body sentence ("the Senate Armed Services
  Committee") and in a headline word;
- **dialect mix**: each article is first written wholly in one dialect (every spelling
  with a British/American pair, "percent"/"per cent", date order, "Mr."/"Mr" and
  "toward"/"towards" converted; British copy gets -ise, as most British house styles), then one
  lower-case word is given the other dialect's spelling ("color" -> "colour" in American
  copy, "centre" -> "center" in British copy; -ise -> -ize is not an error in British
  copy and is not injected there). The dialect is ``auto``, as shipped; an article whose
  other evidence is too little is judged against ``dialect_fallback``, so British copy is
  measured both with the default fallback (en-US) and with a British newsroom's (en-GB).

Body targets are lower-case dictionary words of four letters or more, or such a word
capitalised at the start of a sentence. An injection is caught when the rule reports exactly
the injected word's span; its first suggestion is right when it is the original word.

The clean run lints every article as published. The corpora are edited copy, not
error-free: each alert they raise was read and given a verdict (``REVIEWED``,
``REVIEWED_US``), so the tables show both all alerts and the false alarms among them. The
whole default configuration's warning-or-error alerts per 1,000 words are given too.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))

from benchmarks.corpus import Article, articles, print_table, total_words  # noqa: E402
from copylint.config import Settings  # noqa: E402
from copylint.engine import Linter  # noqa: E402
from copylint.grammar import lexicon  # noqa: E402
from copylint.readers import parse  # noqa: E402
from copylint.spelling import sources  # noqa: E402
from copylint.spelling import speller as speller_module  # noqa: E402
from copylint.spelling.lexicon import GB, IZE, US  # noqa: E402
from copylint.spelling.speller import Speller, get_speller  # noqa: E402
from copylint.spelling.suggest import adjacent  # noqa: E402
from copylint.spelling.variants import AMBIGUOUS_GB, AMBIGUOUS_US, ize_form  # noqa: E402
from copylint.tokens import sentences  # noqa: E402

SEED = 20200101
PER_ARTICLE = 12  # injections of each kind per article at most (Wikinews corpus)
PER_ARTICLE_US = 2  # the same on the US set (550 articles)
RULE = "spelling.misspelling"
MIX_RULE = "spelling.dialect-mix"
US_CORPUS = Path(os.environ.get("COPYLINT_US_CORPUS", "/work/shared/corpus/us"))

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
    ("news/0003", "Brin"): ("false", "a surname (Sergey Brin) that codespell lists as a slip for 'bring'"),
    ("news/0017", "Enver"): ("false", "a first name (Enver Solomon) that codespell lists as a slip for 'never'"),
    ("news/0002", "criticised"): ("false", "the article's one British spelling; its only other clue is a month-day "
                                           "dateline, so it is judged American"),
    ("news/0007", "colour"): ("false", "the article's one British spelling, judged against a month-day dateline"),
    ("news/0008", "favoured"): ("false", "the article's one British spelling, judged against 'percent' and "
                                         "month-day dates"),
    ("news/0009", "labelled"): ("false", "the article's one British spelling, judged against a month-day dateline"),
    ("news/0012", "labour"): ("false", "the article's one British spelling, judged against a month-day dateline"),
    ("interviews/0013", "favourite"): ("mix", "British 'favourite' in an American interview"),
}


#: Every spelling alert on the US set as published, read and judged the same way.
REVIEWED_US: dict[tuple[str, str], tuple[str, str]] = {
    ('congress_press/0005', 'reportconcluded'): ('error', "'report concluded': space missing"),
    ('congress_press/0016', 'missionized'): ('false', "military coinage ('missionized C-130J'), in no dictionary"),
    ('congress_press/0020', 'Servico'): ('false', "a company's name (Servico Gin)"),
    ('congress_press/0032', 'condeming'): ('error', 'condemning'),
    ('congress_press/0055', 'businessowners'): ('error', "'business owners': no dictionary closes it up"),
    ('congress_press/0065', 'weaking'): ('error', 'weakening'),
    ('congress_press/0066', 'Weill'): ('false', "a name (UCSF Weill Institute) that codespell lists as a slip for 'will'"),
    ('congress_press/0105', 'andthe'): ('error', "'and the': space missing"),
    ('congress_press/0124', 'bipartisanly'): ('false', 'nonce adverb used on Capitol Hill'),
    ('congress_press/0149', 'Actfor'): ('error', "'Act for': space missing"),
    ("congress_press/0151", "Vanice"): ("false", "a surname"),
    ("wikinews_2019_2020/0091", "Konger"): ("false", "a surname"),
    ("wikinews_2019_2020/0146", "Symplicity"): ("false", "a company's name"),
    ('congress_press/0162', 'tribesaid'): ('error', "'tribe said': space missing"),
    ('congress_press/0189', 'payfors'): ('false', "budget jargon ('pay-fors')"),
    ('congress_press/0192', 'ahistorical'): ('false', 'a dictionary word (Merriam-Webster) missing from ours'),
    ('congress_press/0214', 'isworth'): ('error', "'is worth': space missing"),
    ('congress_press/0215', 'thdeadline'): ('error', "'8th deadline': space missing"),
    ('congress_press/0216', 'Plemon'): ('false', 'a first name (Imam Plemon T. El-Amin)'),
    ('congress_press/0222', 'combatting'): ('false', "a recognised variant of 'combating' (codespell lists it)"),
    ('congress_press/0224', 'Janer'): ('false', 'a surname (Viviana Janer)'),
    ('congress_press/0227', 'hereand'): ('error', "'here and': space missing"),
    ('congress_press/0227', 'combatting'): ('false', "a recognised variant of 'combating' (codespell lists it)"),
    ('congress_press/0249', 'Steo'): ('false', 'a surname (Amber Steo)'),
    ('congress_press/0252', 'needsso'): ('error', "'needs so': space missing"),
    ('congress_press/0252', 'acequias'): ('false', 'Spanish loanword (irrigation ditches) in New Mexico'),
    ('congress_press/0256', 'schoolyears'): ('error', "'school years' (quoted speech)"),
    ('congress_press/0275', 'ashfall'): ('false', 'a dictionary word (Merriam-Webster) missing from ours'),
    ('congress_press/0319', 'Dimond'): ('false', "a surname that codespell lists as a slip for 'diamond'"),
    ('congress_press/0319', 'Pushee'): ('false', 'a surname (Sergeant Geoff Pushee)'),
    ('congress_press/0320', 'Combatting'): ('false', "a recognised variant of 'combating' (codespell lists it)"),
    ('congress_press/0325', 'combatting'): ('false', "a recognised variant of 'combating' (codespell lists it)"),
    ('congress_press/0340', 'whichprohibited'): ('error', "'which prohibited': space missing"),
    ('congress_press/0342', 'foundhere'): ('error', "'found here': space missing"),
    ('congress_press/0349', 'ofall'): ('error', "'of all': space missing"),
    ('congress_press/0365', 'totalling'): ('mix', "British 'totalling' in American copy that also writes 'totaling'"),
    ('congress_press/0369', 'preseved'): ('error', 'preserved'),
    ('congress_press/0377', 'guestworker'): ('error', "'guest worker' (Merriam-Webster)"),
    ('wikinews_2019_2020/0003', 'Represenative'): ('error', 'Representative'),
    ('wikinews_2019_2020/0006', 'hopitalised'): ('error', 'hospitalised'),
    ('wikinews_2019_2020/0007', 'ageing'): ('mix', "British 'ageing' in American copy"),
    ('wikinews_2019_2020/0012', 'oyamel'): ('false', "a fir's Spanish name (oyamel fir)"),
    ('wikinews_2019_2020/0025', 'crewable'): ('false', "coinage ('human-crewable')"),
    ('wikinews_2019_2020/0032', 'coastdown'): ('false', "a testing term ('coastdown testing')"),
    ('wikinews_2019_2020/0034', 'biomechanicist'): ('false', 'a rare but regular derivation'),
    ('wikinews_2019_2020/0044', 'intregrate'): ('error', 'integrate'),
    ('wikinews_2019_2020/0045', 'Lousiana'): ('error', 'Louisiana'),
    ('wikinews_2019_2020/0052', 'freeflight'): ('false', "a product term ('freeflight flying device')"),
    ('wikinews_2019_2020/0054', 'tulinde'): ('false', 'Swahili, in a three-word phrase too short to identify'),
    ('wikinews_2019_2020/0056', 'eyepatches'): ('false', "'eyepatch' is in Merriam-Webster"),
    ('wikinews_2019_2020/0058', 'agrobusiness'): ('error', 'agribusiness'),
    ('wikinews_2019_2020/0058', 'Ane'): ('false', 'a first name (Ane Alencar) that codespell lists'),
    ('wikinews_2019_2020/0073', 'prorogating'): ('false', 'a real word (prorogate) missing from our dictionary'),
    ('wikinews_2019_2020/0073', 'spokeman'): ('error', 'spokesman'),
    ('wikinews_2019_2020/0074', 'vapour'): ('mix', "British 'vapour' in American copy (three times)"),
    ('wikinews_2019_2020/0074', 'analyzed'): ('false', "the American form, flagged because this American article writes 'vapour' three times"),
    ('wikinews_2019_2020/0075', 'Sarea'): ('false', 'a surname (Yahya Sarea)'),
    ('wikinews_2019_2020/0075', 'honourable'): ('mix', "British 'honourable' (in a quotation) in American copy"),
    ('wikinews_2019_2020/0082', 'missles'): ('error', 'missiles'),
    ('wikinews_2019_2020/0094', 'coralliilyticus'): ('false', 'a species epithet (Vibrio coralliilyticus)'),
    ('wikinews_2019_2020/0095', 'favorable'): ('false', "American form; the article's British 'judgement' and 'harmonised' outvote it"),
    ('wikinews_2019_2020/0095', 'facsist'): ('error', 'fascist'),
    ('wikinews_2019_2020/0107', 'jeopardised'): ('mix', "British 'jeopardised' (in a quotation) in American copy"),
    ('wikinews_2019_2020/0113', 'faeces'): ('mix', "British 'faeces' in American copy"),
    ('wikinews_2019_2020/0123', 'weilding'): ('error', 'wielding'),
    ('wikinews_2019_2020/0124', 'mobilisation'): ('mix', "British 'mobilisation' (in a quotation) in American copy"),
    ('wikinews_2019_2020/0132', 'lifepath'): ('error', "'life path'"),
    ('wikinews_2019_2020/0141', 'offenses'): ('false', "American form; the article's British 'radicalised', 'radicalisation' outvote it"),
    ('wikinews_2019_2020/0141', 'taghut'): ('false', "Arabic term in a quotation, glossed '[idolatry]'"),
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


# -- the US development set ------------------------------------------------------------

def us_articles(root: Path = US_CORPUS) -> list[Article]:
    """The US set's articles ("congress_press/0001", "wikinews_2019_2020/0001"), in order."""
    out = []
    for folder in ("congress_press", "wikinews_2019_2020"):
        for path in sorted((root / folder).glob("[0-9][0-9][0-9][0-9].txt")):
            out.append(Article(f"{folder}/{path.stem}", path.read_text(encoding="utf-8")))
    return out


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
_WORD_RE = re.compile(r"(?<![\w'\u2019@#.\-\[])[A-Za-z]{4,}(?![\w'\u2019@\-\]]|\.\w)")


def _body_start(text: str) -> int:
    return text.index("\n") + 1 if "\n" in text else len(text)


def _targets(text: str, speller: Speller, where: str = "body") -> list[tuple[int, int, str]]:
    """Dictionary words to inject into. ``body``: lower-case ones (and such words capitalised
    at a sentence start); ``capitalised``: capitalised ones inside a body sentence;
    ``headline``: any in the headline (the first line)."""
    body = _body_start(text)
    starts = {s for s, _ in sentences(text)}
    out = []
    lo, hi = (0, body) if where == "headline" else (body, len(text))
    for m in _WORD_RE.finditer(text, lo, hi):
        word = m.group()
        if where == "headline":
            ok = word.islower() or (word[0].isupper() and word[1:].islower())
        else:
            initial = m.start() in starts or (m.start() > 0 and text[m.start() - 1] in "\"\u201c'\u2018(" and m.start() - 1 in starts)
            titled = word[0].isupper() and word[1:].islower()
            ok = (word.islower() or (initial and titled)) if where == "body" else (titled and not initial)
        if ok and speller.is_word(word.lower()) and (word.islower() or _common_word(word.lower())):
            out.append((m.start(), m.end(), word))
    return out


def _common_word(low: str) -> bool:
    """A common noun, verb, adjective or adverb (the grammar lexicon's), not a name: a slip
    in "Kristina" or "Larsen" is beyond any dictionary."""
    return bool(lexicon.word_tags(low) or lexicon.verb_tags(low))


def _case(wrong: str, model: str) -> str:
    return wrong[:1].upper() + wrong[1:] if model[:1].isupper() else wrong


def _inject(art: Article, kind: str, start: int, end: int, original: str, wrong: str) -> Injection:
    return Injection(kind, art.name, art.text[:start] + wrong + art.text[end:], start, start + len(wrong), original, wrong)


def injections(items: list[Article], speller: Speller, per_article: int) -> list[Injection]:
    rng = random.Random(SEED)
    listed = listed_misspellings(speller)
    out = []
    for art in items:
        targets = _targets(art.text, speller)
        pool = [t for t in targets if t[2].lower() in listed]
        for start, end, word in rng.sample(pool, min(per_article, len(pool))):
            out.append(_inject(art, "listed", start, end, word, _case(rng.choice(listed[word.lower()]), word)))
        for kind in TYPO_KINDS:
            out += _typos(art, kind, targets, max(1, per_article // 2), speller, rng)
        for where in ("capitalised", "headline"):
            places = _targets(art.text, speller, where)
            kinds = [k for k in TYPO_KINDS]
            for start, end, word in rng.sample(places, min(max(1, per_article // 4), len(places))):
                if word.lower() in listed and rng.random() < 0.5:
                    wrong = _case(rng.choice(listed[word.lower()]), word)
                else:
                    wrong = typo(word.lower(), rng.choice(kinds), rng)
                    wrong = _case(wrong, word) if wrong else None
                if wrong and not speller.is_word(wrong.lower()):
                    out.append(_inject(art, where, start, end, word, wrong))
    return out


def _typos(art: Article, kind: str, targets: list, limit: int, speller: Speller, rng: random.Random) -> list[Injection]:
    out = []
    for start, end, word in rng.sample(targets, len(targets)):
        if len(out) >= limit:
            break
        wrong = typo(word.lower(), kind, rng)
        wrong = _case(wrong, word) if wrong else None
        if not wrong or speller.is_word(wrong.lower()):
            continue  # a real word: not a non-word typo
        out.append(_inject(art, kind, start, end, word, wrong))
    return out


# -- dialects ---------------------------------------------------------------------------

_LOWER_RE = re.compile(r"(?<![\w'\u2019\-])[a-z]{4,}(?![\w'\u2019\-])")
_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
           "Jan\\.|Feb\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\.")
_MD = re.compile(rf"\b({_MONTHS}) (\d{{1,2}})(?:, (\d{{4}}))?\b")
_DM = re.compile(rf"\b(\d{{1,2}}) ({_MONTHS})(?: (\d{{4}}))?\b")


def _other_form(speller: Speller, low: str, target: str) -> str | None:
    """``low`` spelt for ``target`` ("en-US" or "en-GB"), or None when it is already right
    or has no pair. British copy keeps -ize (Oxford spelling)."""
    e = speller.entry(low)
    if target == "en-US":
        if e is not None and e.flags & GB and e.note and low not in AMBIGUOUS_GB and " " not in e.note:
            return e.note
        ize = ize_form(low)
        return ize if ize is not None and speller.is_word(ize) and speller.zipf(ize) >= speller.zipf(low) - 0.5 else None
    if e is not None and e.flags & US and not e.flags & IZE and e.note and low not in AMBIGUOUS_US and " " not in e.note:
        return e.note
    if e is not None and e.flags & IZE:  # most British house styles write -ise (Oxford -ize is not wrong)
        ise = re.sub(r"iz(e|ed|es|ing|ation|ations)$", r"is\1", low)
        return ise if ise != low and ize_form(ise) == low else None
    return None


def in_dialect(text: str, speller: Speller, target: str) -> str:
    """``text`` written wholly in one dialect: paired spellings (lower case, or capitalised at
    the start of a sentence), "percent"/"per cent" and date order."""
    def word(m: re.Match[str]) -> str:
        w = m.group()
        other = _other_form(speller, w.lower(), target) if (w.islower() or w[1:].islower()) else None
        return _case(other, w) if other else w

    text = re.sub(r"[A-Za-z]+", word, text)
    if target == "en-GB":
        text = re.sub(r"\bpercent\b", "per cent", text)
        text = re.sub(r"\b(Mr|Mrs|Ms|Dr)\. (?=[A-Z])", r"\1 ", text)
        text = re.sub(r"\btoward\b", "towards", text)
        return _MD.sub(lambda m: f"{m.group(2)} {m.group(1)}" + (f" {m.group(3)}" if m.group(3) else ""), text)
    text = re.sub(r"\bper cent\b", "percent", text)
    text = re.sub(r"\b(Mr|Mrs|Ms|Dr) (?=[A-Z])", r"\1. ", text)
    return _DM.sub(lambda m: f"{m.group(2)} {m.group(1)}" + (f", {m.group(3)}" if m.group(3) else ""), text)


def mix_injections(items: list[Article], speller: Speller, target: str, per_article: int) -> list[Injection]:
    """Copies of each article written in ``target``, each with one lower-case word given the
    other dialect's spelling."""
    rng = random.Random(SEED + (1 if target == "en-GB" else 2))
    other = "en-US" if target == "en-GB" else "en-GB"
    out = []
    for art in items:
        text = in_dialect(art.text, speller, target)
        copy = Article(art.name, text)
        places = []
        for m in _LOWER_RE.finditer(text, _body_start(text)):
            wrong = _other_form(speller, m.group(), other)
            if wrong is not None and target == "en-GB":  # only American-only forms are wrong in British copy
                e = speller.entry(wrong)
                if e is None or not e.flags & US or e.flags & IZE or wrong in AMBIGUOUS_US:
                    wrong = None
            if target == "en-US" and wrong is None:  # -ize -> -ise is British, wrong in American copy
                ise = re.sub(r"iz(e|ed|es|ing|ation|ations)$", r"is\1", m.group())
                wrong = ise if ise != m.group() and ize_form(ise) == m.group() else None
            if wrong:
                places.append((m.start(), m.end(), m.group(), wrong))
        for start, end, word, wrong in rng.sample(places, min(per_article, len(places))):
            out.append(_inject(copy, f"mix in {'American' if target == 'en-US' else 'British'} copy", start, end, word,
                               wrong))
    return out


# -- running ------------------------------------------------------------------------

def _linter() -> Linter:
    return Linter(Settings(enable=("spelling.misspelling", "spelling.dialect-mix"), disable=("ALL",)))


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


def measure(linter: Linter, items: list[Injection], show: bool, rule: str = RULE) -> dict[str, Score]:
    scores: dict[str, Score] = defaultdict(Score)
    for inj in items:
        issues = [i for i in _lint(linter, inj.article, inj.text) if i.rule == rule]
        hit = next((i for i in issues if i.offset == inj.start and i.end_offset == inj.end), None)
        keys = [inj.kind]
        if inj.kind in TYPO_KINDS:
            keys.append("all typos")
        if rule == RULE:
            keys.append("all misspellings and typos")
        for key in keys:
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


def default_alerts(items: list[Article]) -> tuple[int, dict[str, int]]:
    """Warning-or-error alerts of the whole default configuration, by rule."""
    linter = Linter(Settings())
    by_rule: Counter[str] = Counter()
    for art in items:
        for issue in _lint(linter, art.name, art.text):
            if issue.severity in ("warning", "error"):
                by_rule[issue.rule] += 1
    return sum(by_rule.values()), dict(by_rule)


def report(label: str, items: list[Article], reviewed: dict, per_article: int, show: bool) -> None:
    words = total_words(items)
    started, cpu = time.perf_counter(), time.process_time()
    speller = get_speller()
    linter = _linter()
    print(f"\n### {label}: {len(items)} articles, {words:,} words")

    alerts = clean_run(linter, items)
    verdicts: Counter[str] = Counter()
    rows = []
    for name, rule, text in alerts:
        verdict, why = reviewed.get((name, text), ("unreviewed", ""))
        verdicts[verdict] += 1
        rows.append([name, rule.split(".")[1], text, verdict, why])
    print_table(["article", "rule", "word", "verdict", "why"], rows, title=f"Spelling alerts on {label} as published")
    false = verdicts["false"] + verdicts["unreviewed"]
    spelling_false = sum(1 for (name, rule, text) in alerts if rule == RULE
                         and reviewed.get((name, text), ("unreviewed",))[0] in ("false", "unreviewed"))
    total, by_rule = default_alerts(items)
    print_table(
        ["alerts", "count", "per 1,000 words"],
        [["all spelling alerts", len(alerts), 1000 * len(alerts) / words],
         ["  real misspellings in the published text", verdicts["error"], 1000 * verdicts["error"] / words],
         ["  real dialect mixes", verdicts["mix"], 1000 * verdicts["mix"] / words],
         ["  false alarms (incl. unreviewed)", false, 1000 * false / words],
         ["  spelling.misspelling false alarms (incl. unreviewed)", spelling_false, 1000 * spelling_false / words],
         ["whole default configuration, warning or error", total, 1000 * total / words]],
        title=f"Clean copy: {label}",
    )
    print("  default configuration by rule: " + ", ".join(f"{r} {n}" for r, n in sorted(by_rule.items(), key=lambda x: -x[1])))

    injected = injections(items, speller, per_article)
    listed = [i for i in injected if i.kind == "listed"]
    with_list = measure(linter, injected, show)
    speller_module._SPELLER = Speller(speller.lexicon, use_list=False)
    try:
        without = measure(_linter(), listed, show)
    finally:
        speller_module._SPELLER = speller
    headers = ["errors injected", "n", "caught", "recall", "first suggestion right", "caught, no suggestion"]
    rows = [with_list["listed"].row("listed misspellings (copylint as shipped)"),
            without["listed"].row("listed misspellings (copylint's own use of the list off)"),
            with_list["all typos"].row("non-word typos, all kinds")]
    rows += [with_list[k].row(f"  {k}") for k in TYPO_KINDS]
    rows += [with_list["capitalised"].row("capitalised words inside a sentence (slips and listed)"),
             with_list["headline"].row("headline words (slips and listed)"),
             with_list["all misspellings and typos"].row("ALL misspellings and typos")]
    print_table(headers, rows, title=f"Injected misspellings and typos, {label} (one per article copy)")

    only = Settings(enable=("spelling.misspelling", "spelling.dialect-mix"), disable=("ALL",))
    american, british = mix_injections(items, speller, "en-US", 1), mix_injections(items, speller, "en-GB", 1)
    us_default = measure(Linter(only), american, show, MIX_RULE)["mix in American copy"]
    gb_own = measure(Linter(replace(only, dialect_fallback="en-GB")), british, show, MIX_RULE)["mix in British copy"]
    gb_default = measure(Linter(only), british, False, MIX_RULE)["mix in British copy"]
    print_table(headers, [us_default.row("mix in American copy (auto, fallback en-US: the default)"),
                          gb_own.row("mix in British copy (auto, fallback en-GB: a British newsroom's setting)"),
                          gb_default.row("mix in British copy (auto, fallback en-US: the default)")],
                title=f"Injected dialect mixes, {label} (article converted to one dialect, one word in the other)")
    print(f"\n(first suggestion right = share of caught errors whose first suggestion is the original word; "
          f"{time.perf_counter() - started:.1f} s wall, {time.process_time() - cpu:.1f} s CPU)")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--show", action="store_true", help="print every miss and wrong first suggestion")
    parser.add_argument("--corpus", choices=("wikinews", "us", "all"), default="all")
    parser.add_argument("--per-article", type=int, default=None)
    args = parser.parse_args(argv if argv is not None else [])
    if args.corpus in ("wikinews", "all"):
        report("the Wikinews corpus", articles(), REVIEWED, args.per_article or PER_ARTICLE, args.show)
    if args.corpus in ("us", "all"):
        if not (US_CORPUS / "congress_press").is_dir():
            print(f"\n[the US set is not at {US_CORPUS}: set COPYLINT_US_CORPUS to measure it]")
        else:
            report("the US set", us_articles(), REVIEWED_US, args.per_article or PER_ARTICLE_US, args.show)


if __name__ == "__main__":
    main(sys.argv[1:])
