"""From a segment's prose to the words the speller judges (tokenisation glue).

Built on :func:`copylint.tokens.tokens`, which already keeps numbers and units (750,
5,000m, £600m, 2bn), URLs, e-mail addresses, domains, @handles and #hashtags out of the
words. Here:

- curly and straight apostrophes are one (’ ' ʼ), and a possessive ending is not part of
  the word (militias’, Iran's);
- a hyphenated compound is judged as a whole first (co-ordinated = coordinated, e-mail),
  then part by part (Tehran-aligned, pro-Iran); the lower-case parts of a compound that
  starts with a name are name parts ("Kwok-hing");
- words in code spans (`like_this` in plain text; Markdown and HTML code is already out of
  the prose), words with digits (COVID-19, F-16, mp3), words marked [sic], single letters,
  dotted names (index.html) and foreign phrases in ``data/phrases.txt`` (ad hoc, fait
  accompli, vis-à-vis) are skipped;
- a word written with editorial brackets inside it ("[T]hough", "remai[n]",
  "brisk[ly]") is judged as the word it stands for, spanning the brackets;
- a word joined to other letters by a damaged character ("?", U+FFFD) or by a left
  quote standing for an okina ("Ko‘ie‘ie") is a fragment, not judged;
- each word knows whether it starts a sentence, the words beside it, and whether a
  number stands right before or after it ("5 mln dlrs", "Shr 12 cts").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from itertools import chain, compress
from operator import itemgetter
from pathlib import Path

from copylint.memo import DecidedOnce
from copylint.tokens import APOSTROPHES, END, HYPHENS, KIND, START, TEXT, TokenRow, sentences, token_list

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import NamedTuple
else:
    from copylint.named_tuple import NamedTuple

_APOS_TABLE = str.maketrans({a: "'" for a in APOSTROPHES})
_CODE = re.compile(r"`[^`\n]+`")
_SIC = re.compile(r"\s*[\[(]\s*sic\s*[\])]", re.IGNORECASE)
_INITIAL = re.compile(r"(?<![\w.])[A-Z]\.\s+$")  # "Q. tenvillae": a genus abbreviated
# a title or an initial before a name: "Sen. Markey", "Edward J. Markey"
_HONORIFIC = re.compile(r"(?<![\w.])(?:[A-Z]|Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Reps|Sens|Gov|Gen|Col|Lt|Sgt|Capt|Adm|Rev|Hon|Pres|St)\.\s+$")
_HYPHEN_SPLIT = re.compile(f"[{re.escape(HYPHENS)}]")
# letters joined by editorial brackets: [T]hough, remai[n], gar[d]ens, brisk[ly]
_BRACKETED = re.compile(r"(?<![\w\]])(?=\[?[^\W\d_])(?:[^\W\d_]*\[[^\W\d_]{1,4}\])+[^\W\d_]*(?![\w\[])")
# A bracketed word :func:`_bracketed` keeps (it holds a "[" and is not all in brackets) has a
# letter right before one of its brackets' "[" (it does not start with "[": its first group is
# letters, "[", one to four letters and "]") or right after one's "]" (it starts with "[" but
# does not end with "]": letters follow the last group): text where no bracketed group of
# one to four letters touches a letter ("[sic]", "[the]", most text with a "[") has none, and
# is not searched with the pattern above (tried at every position, some 500 instructions a
# character). The search starts at a "[" (a literal: fast).
_BRACKET_BY_LETTER = re.compile(r"\[(?:(?<=[^\W\d_]\[)[^\W\d_]{1,4}\]|[^\W\d_]{1,4}\][^\W\d_])")
# characters that, between letters, mean the word is damaged or in another orthography
_FRAGMENT_JOINERS = "?\ufffd\u2018\u02bb"
_PHRASES_FILE = Path(__file__).resolve().parent / "data" / "phrases.txt"
_ACCENTED = {"a": "a\u00e0\u00e1\u00e2\u00e4\u00e3", "e": "e\u00e9\u00e8\u00ea\u00eb",
             "i": "i\u00ed\u00ec\u00ee\u00ef", "o": "o\u00f3\u00f2\u00f4\u00f6\u00f5",
             "u": "u\u00fa\u00f9\u00fb\u00fc", "c": "c\u00e7", "'": APOSTROPHES}


@lru_cache(maxsize=1)
def _phrase_lines() -> tuple[str, ...]:
    """The foreign phrases of ``data/phrases.txt``, lower-cased, in file order (the file is
    read once: :func:`_phrase_table` and :func:`_phrase_index` both start from these)."""
    with open(_PHRASES_FILE, encoding="utf-8") as fh:
        lines = (line.strip().lower() for line in fh)
        return tuple(phrase for phrase in lines if phrase and not phrase.startswith("#"))


PhraseTable = tuple[tuple[str, frozenset[str]], ...]
PhraseIndex = dict[str, tuple[tuple[int, frozenset[str]], ...]]


@lru_cache(maxsize=1)
def _phrase_tables() -> tuple[PhraseTable, PhraseIndex]:
    """(:func:`_phrase_table`, :func:`_phrase_index`): built from ``data/phrases.txt`` (some 5
    million instructions, a cold start's), or loaded from their ``marshal`` copy in the
    derived-data cache (a tenth of that), every object's type checked before use
    (:func:`copylint.datacache.cached_marshal`, :func:`_phrase_tables_shape`). The key is the
    content of the phrase file and of this module (the code that builds them)."""
    from copylint.datacache import cached_marshal

    return cached_marshal("phrases", [_PHRASES_FILE, Path(__file__)],
                          _build_phrase_tables, _phrase_tables_shape)


def _build_phrase_tables() -> tuple[PhraseTable, PhraseIndex]:
    table = _build_phrase_table()
    return table, _build_phrase_index(table)


def _phrase_tables_shape(value: object) -> bool:
    """Whether a stored ``(table, index)`` is made of exactly what :func:`_phrase_tables`
    builds: tuples, a dict, frozensets and strings, each index entry naming a row of the table."""
    if type(value) is not tuple or len(value) != 2:
        return False
    table, index = value
    if type(table) is not tuple or type(index) is not dict or not set(map(type, table)) <= {tuple}:
        return False
    if any(len(row) != 2 for row in table):
        return False
    patterns, runs = zip(*table, strict=True) if table else ((), ())
    if not set(map(type, patterns)) <= {str} or not set(map(type, runs)) <= {frozenset}:
        return False
    if not set(map(type, chain.from_iterable(runs))) <= {str}:
        return False
    if not set(map(type, index)) <= {str} or not set(map(type, index.values())) <= {tuple}:
        return False
    entries = tuple(chain.from_iterable(index.values()))
    if not set(map(type, entries)) <= {tuple} or any(len(entry) != 2 for entry in entries):
        return False
    rows, needed = zip(*entries, strict=True) if entries else ((), ())
    return (set(map(type, rows)) <= {int} and all(0 <= row < len(table) for row in rows)
            and set(map(type, needed)) <= {frozenset} and set(map(type, chain.from_iterable(needed))) <= {str})


def _phrase_table() -> PhraseTable:
    """Each foreign phrase of ``data/phrases.txt`` as its alternative of :func:`_phrases` (accents
    and hyphens optional) and the runs of letters it is made of (folded, see :func:`_phrase_runs`),
    in the pattern's order: the longest alternative first (see :func:`_phrase_tables`)."""
    return _phrase_tables()[0]


def _build_phrase_table() -> PhraseTable:
    """Each foreign phrase of ``data/phrases.txt`` as its alternative of :func:`_phrases` (accents
    and hyphens optional) and the runs of letters it is made of (folded, see :func:`_phrase_runs`),
    in the pattern's order: the longest alternative first."""
    as_pattern = _as_pattern()
    joiner = f"[\\s{re.escape(HYPHENS)}]+"
    table = [(joiner.join([word.translate(as_pattern) for word in phrase.split()]), frozenset(runs))
             for phrase, runs in zip(_phrase_lines(), _phrase_run_lists(), strict=True)]
    table.sort(key=lambda entry: len(entry[0]), reverse=True)
    return tuple(table)


_WORD_RUNS = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _phrase_run_lists() -> tuple[list[str], ...]:
    """Each phrase's runs of letters (folded, see :func:`_phrase_runs`), in file order: found
    once for both :func:`_phrase_table` and :func:`_phrase_index`."""
    return tuple(_WORD_RUNS.findall(phrase.translate(_FOLD)) for phrase in _phrase_lines())


@lru_cache(maxsize=1)
def _as_pattern() -> dict[int, str]:
    """A word of a phrase as its pattern in one ``str.translate``: each character as
    ``re.escape`` writes it (it escapes ASCII characters only), a letter of :data:`_ACCENTED`
    as the class of its accented forms (a character at a time, the table took 2 ms a start)."""
    table = {i: re.escape(chr(i)) for i in range(128) if re.escape(chr(i)) != chr(i)}
    table.update((ord(ch), f"[{re.escape(chars)}]") for ch, chars in _ACCENTED.items())
    return table


@lru_cache(maxsize=1)
def _phrases() -> re.Pattern[str]:
    """The foreign phrases of ``data/phrases.txt`` as one pattern (accents and hyphens optional)."""
    return _phrases_among(tuple(range(len(_phrase_table()))))


@lru_cache(maxsize=256)
def _phrases_among(indexes: tuple[int, ...]) -> re.Pattern[str]:
    """:func:`_phrases` with only the phrases at ``indexes`` of :func:`_phrase_table` (in order)."""
    table = _phrase_table()
    return re.compile(rf"(?<!\w)(?:{'|'.join(table[i][0] for i in indexes)})(?!\w)", re.IGNORECASE)


# For the phrase prefilter: İ before lower-casing (it lower-cases to two characters), then
# every character the phrase pattern takes for a letter (accents, dotless i, long s, curly
# apostrophes) as that letter: one character for one, so word boundaries stay where they are.
_BEFORE_LOWER = str.maketrans({"\u0130": "i"})
_FOLD = str.maketrans({ch: base for base, chars in _ACCENTED.items() for ch in chars} | {"\u0131": "i", "\u017f": "s"})


@lru_cache(maxsize=1)
def _phrase_runs() -> dict[str, tuple[frozenset[str], ...]]:
    """Each phrase of ``data/phrases.txt`` as the runs of letters it is made of (folded as
    above), filed under its longest run: a phrase can stand in text only where all its runs
    stand as whole words (folded), so text without them is not searched with the long pattern."""
    return {key: tuple(runs for _, runs in entries) for key, entries in _phrase_index().items()}


def _phrase_index() -> PhraseIndex:
    """:func:`_phrase_runs` with each phrase's index in :func:`_phrase_table` (see :func:`_phrase_tables`)."""
    return _phrase_tables()[1]


def _build_phrase_index(table: PhraseTable) -> PhraseIndex:
    by_key: dict[str, list[tuple[int, frozenset[str]]]] = {}
    order = {}  # runs of the phrases in file order -> their indexes in the table, in turn
    for i, (_, runs) in enumerate(table):
        order.setdefault(runs, []).append(i)
    for runs in _phrase_run_lists():
        by_key.setdefault(max(runs, key=len), []).append((order[frozenset(runs)].pop(0), frozenset(runs)))
    return {key: tuple(entries) for key, entries in by_key.items()}


# The runs of word characters of the text as they are once folded: the fold maps one character
# to one, a word character to a word character, except the modifier apostrophe (a word character
# folded to "'"), so the folded text's whole words are the folded runs of this pattern.
_RUN = re.compile(r"[^\W\u02bc]+")


def _fold(run: str) -> str:
    return run.translate(_BEFORE_LOWER).lower().translate(_FOLD)


def _has_key(piece: str) -> bool:
    """Whether a run of ``piece`` folds to a phrase's longest run."""
    index = _phrase_runs()
    return any(_FOLDED[run] in index for run in _RUN.findall(piece))


#: run -> :func:`_fold` of it
_FOLDED = DecidedOnce(_fold)
#: piece of text between spaces -> :func:`_has_key`
_PIECE_HAS_KEY = DecidedOnce(_has_key)


def _may_have_phrase(text: str) -> bool:
    """Whether every run of some phrase stands in ``text`` as a whole word, folded."""
    return bool(_phrase_candidates(text))


def _phrase_candidates(text: str) -> tuple[int, ...]:
    """The phrases (indexes in :func:`_phrase_table`, in order) all of whose runs stand in
    ``text`` as whole words, folded: no other phrase can match in it."""
    # First, cheaply: no run of the text folds to a phrase's longest run (most paragraphs),
    # looked up by the pieces of the text between spaces (no run holds a space), each
    # distinct piece decided once.
    if not any(map(_PIECE_HAS_KEY.__getitem__, text.split())):
        return ()
    present = set(map(_FOLDED.__getitem__, _RUN.findall(text)))
    index = _phrase_index()
    return tuple(sorted(i for key in present & index.keys() for i, needed in index[key] if needed <= present))


@lru_cache(maxsize=1)
def _phrase_words() -> frozenset[str]:
    """Every run of letters of every phrase, folded (as :func:`_phrase_runs` has them)."""
    return frozenset(run for alternatives in _phrase_runs().values() for runs in alternatives for run in runs)


def _in_phrase_words(text: str) -> bool:
    """Whether a run of ``text`` (a token's) folds to a run of a phrase."""
    words = _phrase_words()
    return any(_FOLDED[run] in words for run in _RUN.findall(text))


#: token text -> :func:`_in_phrase_words`
_TOKEN_IN_PHRASES = DecidedOnce(_in_phrase_words)


def _may_start_in_phrase(found: tuple[TokenRow, ...], pending: Iterable[int]) -> bool:
    """Whether one of the words to judge may start inside a foreign phrase: inside a match of
    the phrase pattern a word token starts where a run of the phrase's letters does (the letter
    before it, in the same run, would be in the token before: tokens take every letter after
    their first; a phrase's runs are whole: a separator or no letter follows each), so one of
    its runs is the phrase's run (folded). Words none of whose runs is a phrase's cannot be
    skipped as part of one, and the long phrase pattern need not run for them."""
    return any(_TOKEN_IN_PHRASES[found[i][TEXT]] for i in pending if found[i][KIND] == "word")


def _phrase_spans(text: str) -> list[tuple[int, int]]:
    """The spans of :func:`_phrases`' matches in ``text``, found with a pattern of only the
    phrases that can stand in it (the others match nowhere in it, so the matches are the
    same; a pattern of a few phrases is tried at each position far faster than of all)."""
    candidates = _phrase_candidates(text)
    if not candidates:
        return []
    return [m.span() for m in _phrases_among(candidates).finditer(text)]


class WordUse(NamedTuple):
    """One word (or part of a compound) to judge: ``text`` is ``prose[start:end]`` with
    straight apostrophes and without a possessive ending."""

    text: str
    start: int
    end: int
    initial: bool  # the first word of its sentence (or segment)
    compound: str | None  # the whole hyphenated compound this is a part of
    part: int  # index within the compound (0 when not a compound)
    prev_word: str | None  # the word just before (same sentence, only spaces between), if any
    next_word: str | None  # the word just after (same sentence, only spaces between), if any
    prev_is_initial: bool  # the word before is a genus initial such as "E."
    by_number: bool = False  # a number stands right before or after it (only spaces between)
    after_title: bool = False  # a title or an initial stands before it: "Sen. Markey", "J. Markey"


def _strip_possessive(text: str) -> str:
    if text.endswith("'s") and len(text) > 2:
        return text[:-2]
    if text.endswith("'") and len(text) > 1:
        return text[:-1]
    return text


def _dotted(text: str, start: int, end: int) -> bool:
    """Part of a dotted name such as alt.religion.scientology or index.html, or the key of
    a markup attribute or code written into the text (alt=, width=)."""
    if end + 1 < len(text) and (text[end] == "=" or text[end] == "." and text[end + 1].isalnum()):
        return True
    return start >= 2 and text[start - 1] == "." and text[start - 2].isalnum()


def _fragment(text: str, start: int, end: int) -> bool:
    """Joined to other letters by a damaged character or an okina: "Ko‘ie‘ie", "I?a"."""
    return ((start >= 2 and text[start - 1] in _FRAGMENT_JOINERS and text[start - 2].isalpha())
            or (end + 1 < len(text) and text[end] in _FRAGMENT_JOINERS and text[end + 1].isalpha()))


def _bracketed(text: str) -> list[WordUse]:
    """Words written with editorial brackets inside them, as the words they stand for."""
    out: list[WordUse] = []
    if _BRACKET_BY_LETTER.search(text) is None:
        return out  # (none to keep: see _BRACKET_BY_LETTER)
    for m in _BRACKETED.finditer(text):
        written = m.group()
        if "[" not in written or written.startswith("[") and written.endswith("]"):
            continue
        word = written.replace("[", "").replace("]", "")
        if len(word) > 1:
            out.append(WordUse(word, m.start(), m.end(), False, None, 0, None, None, False))
    return out


def _near_number(found: tuple[TokenRow, ...], i: int, text: str, chain: bool = True) -> bool:
    """A number right before or after token ``i`` (only spaces between), or, before it, a
    short vowel-less token that has one ("5 mln dlrs")."""
    for j in (i - 1, i + 1):
        if not 0 <= j < len(found):
            continue
        a, b = (found[j][END], found[i][START]) if j < i else (found[i][END], found[j][START])
        if text[a:b].strip():
            continue
        tok_text, _, _, kind = found[j]
        if kind == "number":
            return True
        if chain and j < i and kind == "word" and is_shorthand_shape(tok_text) and _near_number(found, j, text, False):
            return True
    return False


def glued(text: str) -> str | None:
    """A word token's text as the speller judges it: straight apostrophes, no possessive
    ending (militias’ -> militias, Iran's -> Iran); None for a word with a digit in it
    (COVID-19, mp3), which is not judged. A compound (:func:`is_compound`) is judged part by part."""
    written = _strip_possessive(text.translate(_APOS_TABLE))
    return None if any(ch.isdigit() for ch in written) else written


def is_compound(written: str) -> bool:
    return bool(_HYPHEN_SPLIT.search(written))


def is_shorthand_shape(word: str) -> bool:
    """Up to four letters and no vowel letter: the shape of a unit or wire shorthand
    (mln, dlrs, pct, bpd, cts, kWh), never of an English word."""
    return len(word) <= 4 and word.isalpha() and not any(ch in "aeiouAEIOU" for ch in word)


#: A token's note (:class:`Settled`): its word is to be judged where it stands (not settled).
#: Other bits of a note are marks for other passes over the same tokens (dialect evidence).
JUDGE = 1


class Settled:
    """Which words need no judging where they stand: a word as written whose verdict no
    context can change (a dictionary word that is not a dialect form, say), decided once by
    ``decide`` and remembered, so that :func:`word_uses` can leave it out with one lookup.

    ``known`` (a :class:`DecidedOnce`) maps a token's text to its note, deciding a text not yet
    known on its first lookup: :data:`JUDGE` unless ``decide`` settles it, with ``marks(text)``
    (bits above :data:`JUDGE`, when given) beside it, so that one lookup a token serves both;
    :meth:`add` decides one afresh."""

    __slots__ = ("known", "marked")

    def __init__(self, decide: Callable[[str], bool], limit: int = 200_000,
                 marks: Callable[[str], int] | None = None,
                 shortcut: Callable[[str], int | None] | None = None) -> None:
        """``shortcut`` (with ``marks``): a text's note found more cheaply for the texts it
        knows (None for the others, decided by ``decide`` and ``marks``); it must give the
        note they would give (the spelling check's: a plain dictionary word's, by one lookup)."""
        self.marked = marks is not None
        if marks is None:
            self.known = DecidedOnce(lambda text: 0 if decide(text) else JUDGE, limit)
        elif shortcut is None:
            self.known = DecidedOnce(lambda text: (0 if decide(text) else JUDGE) | marks(text), limit)
        else:
            def note(text: str) -> int:
                found = shortcut(text)
                return (0 if decide(text) else JUDGE) | marks(text) if found is None else found

            self.known = DecidedOnce(note, limit)

    def add(self, text: str) -> int:
        return self.known.__missing__(text)

    def notes(self, found: tuple[TokenRow, ...], texts: list[str] | None = None) -> tuple[list[int], list[int]]:
        """Each token's note, and the indexes of the tokens with a note (the others are
        settled and marked for nothing), with C-level maps: one dictionary lookup a token
        (``texts``: the tokens' texts, :func:`copylint.tokens.token_texts`, when the caller has them)."""
        notes = list(map(self.known.__getitem__, map(_TEXT, found) if texts is None else texts))
        # (most segments have no token with a note: ``any`` finds that without making an index a token)
        return notes, list(compress(range(len(found)), notes)) if any(notes) else []


def word_uses(text: str, settled: Settled | None = None, pending: list[int] | None = None) -> Iterator[WordUse]:
    """Every word of ``text`` (a segment's prose) that the speller should judge, in order;
    with ``settled``, without the words it settles (their neighbours still see them); with
    ``pending``, only the tokens at those indexes (a caller's :meth:`Settled.notes` with
    :data:`JUDGE`)."""
    found = token_list(text)
    if pending is None:
        pending = _unsettled(found, settled) if settled is not None else range(len(found))
    if not pending and "[" not in text:
        return  # every word settled: nothing to skip, nothing to judge
    skips = [m.span() for m in _CODE.finditer(text)] if "`" in text else []
    # The foreign phrases' spans: where a word to judge may start in one, or where a bracketed
    # word is (it is matched against them too); elsewhere they would skip nothing.
    phrases = _may_start_in_phrase(found, pending)
    if phrases:
        skips += _phrase_spans(text)
    if "[" in text:
        bracketed = _bracketed(text)
        if bracketed and not phrases:
            skips += _phrase_spans(text)
        bracketed = [u for u in bracketed if not any(a <= u.start < b for a, b in skips)]
        if bracketed:
            skips += [(u.start, u.end) for u in bracketed]
            yield from sorted([*bracketed, *_word_uses(text, found, pending, skips)], key=lambda u: u.start)
            return
    yield from _word_uses(text, found, pending, skips)


_TEXT = itemgetter(0)


def _unsettled(found: tuple[TokenRow, ...], settled: Settled) -> list[int]:
    """The indices of the tokens that ``settled`` does not settle (words to judge, and the
    tokens that are not words), found with C-level maps: one dictionary lookup a token."""
    if not settled.marked:  # a note is JUDGE or nothing
        return list(compress(range(len(found)), map(settled.known.__getitem__, map(_TEXT, found))))
    notes, indexes = settled.notes(found)
    return [i for i in indexes if notes[i] & JUDGE]


def _word_uses(text: str, found: tuple[TokenRow, ...], pending: Iterable[int],
               skips: list[tuple[int, int]]) -> Iterator[WordUse]:
    starts: list[int] | None = None  # sentence starts, found once a word needs them
    may_damage = may_sic = False
    last = len(found) - 1
    for i in pending:
        written, start, end, kind = found[i]
        if kind != "word":
            continue
        if starts is None:
            starts = [s for s, _ in sentences(text)]
            may_damage = any(ch in text for ch in _FRAGMENT_JOINERS)
            may_sic = ("[" in text or "(" in text) and "sic" in text.lower()  # (_SIC needs a bracket)
        if skips and any(a <= start < b for a, b in skips):
            continue
        if (may_sic and _SIC.match(text, end)) or _dotted(text, start, end):
            continue
        if may_damage and _fragment(text, start, end):
            continue
        # the sentence of each token: how many sentences start at or before it
        sentence = bisect_right(starts, start)
        j = i - 1  # the first word of its sentence: no word before it in the same sentence
        while j >= 0 and found[j][KIND] != "word":
            j -= 1
        initial = j < 0 or bisect_right(starts, found[j][START]) != sentence
        by_number = is_shorthand_shape(written) and _near_number(found, i, text)
        after_title = start >= 3 and text[start - 2] == "." and bool(_HONORIFIC.search(text, max(0, start - 7), start))
        prev_word = next_word = None
        if i > 0:
            prev_text, prev_start, prev_end, prev_kind = found[i - 1]
            if prev_kind == "word" and not text[prev_end: start].strip() and bisect_right(starts, prev_start) == sentence:
                prev_word = prev_text
        if i < last:
            next_text, next_start, _, next_kind = found[i + 1]
            if next_kind == "word" and not text[end: next_start].strip() and bisect_right(starts, next_start) == sentence:
                next_word = next_text
        prev_is_initial = start >= 3 and text[start - 2] == "." and bool(_INITIAL.search(text, max(0, start - 4), start))
        if not written.isalpha():
            written = glued(written)
            if written is None:
                continue
            if is_compound(written):
                pos = start
                parts = _HYPHEN_SPLIT.split(written)
                for j, part in enumerate(parts):
                    if len(part) > 1:
                        yield WordUse(part, pos, pos + len(part), initial and j == 0, written, j,
                                      prev_word if j == 0 else None, next_word if j == len(parts) - 1 else None,
                                      prev_is_initial and j == 0, by_number, after_title and j == 0)
                    pos += len(part) + 1
                continue
        if len(written) > 1:
            yield WordUse(written, start, start + len(written), initial, None, 0, prev_word, next_word, prev_is_initial,
                          by_number, after_title)
