"""Is this word a misspelling? The word-level decision, with its reasons.

Order of evidence, most certain first:

1. codespell's list of real-world misspellings (a listed word is wrong wherever it is
   written in lower case; a capitalised one only when it is not a name in use: "Claus");
2. the dictionary (pyspellchecker's words, both dialects' forms, -ise forms of -ize words,
   a known prefix on a known word): correct;
3. a lower-case word no source has seen is a misspelling; one that wordfreq has seen is a
   rare real word unless a known word one slip away is far likelier (the error model of
   :mod:`copylint.spelling.suggest`): "seige" is a misspelling of "siege", "quern" a word;
4. a capitalised word is presumed a name (Khamenei, Esper, Mousavi): it is flagged only
   when nothing but a typo explains it: the gazetteer and wordfreq have not seen it in
   use, and a common word is one slip away ("Engneering").

A listed misspelling is never taken for a name because the document repeats or capitalises
it ("The Goverment said ... the Goverment"): only frequency data can make it one (a word
in use as often as "Claus", or a place), or, for a sound-alike entry three or more edits
from its correction ("Markey" for "marquee"), a capital in the middle of a body sentence.

Short forms: a token of up to four letters with no vowel letter (mln, dlrs, pct, bpd, cts)
that wordfreq has seen in use is a unit or wire shorthand when a number stands beside it
("5 mln dlrs", "Shr 12 cts"), never a slip for a common word.

Verdicts are cached per process.
"""

from __future__ import annotations

from collections.abc import Callable

from copylint.memo import DecidedOnce
from copylint.records import record
from copylint.spelling.derivation import derived
from copylint.spelling.lexicon import DICT, GB, IZE, LISTED, PLACE, US, Entry, Lexicon
from copylint.spelling.suggest import TWO_EDITS, Candidate, distance, edit_weight, match_case, rank
from copylint.spelling.variants import AMBIGUOUS_GB, AMBIGUOUS_US, ize_form
from copylint.spelling.words import is_shorthand_shape

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import TypeVar

    _Memo = TypeVar("_Memo")

# A lower-case word that wordfreq has seen is a misspelling when a word one slip away is
# this many times likelier than the word itself.
LOWER_RATIO = 20.0
# A capitalised word in use at least this often (Zipf) is a name, not a typo.
NAME_ZIPF = 2.0
# Otherwise it is a typo when a known word one slip away is this many times likelier
# than a name seen this rarely.
NAME_RATIO = 100.0
NAME_FLOOR_ZIPF = 1.5
# A capitalised listed misspelling is taken for a name when it is in use this often.
LISTED_NAME_ZIPF = 3.0
# A capitalised word that wordfreq has (almost) never seen is a slip, even beside other capitalised
# words or when short, when a word at least this common is one slip of at least this
# weight away (a swap, a doubled, dropped or neighbouring letter: "Develipment", "Ofice").
UNSEEN_ZIPF = 1.5  # below this, wordfreq has barely seen it: web typos ("soceity") sit here
UNSEEN_NAME_WORD_ZIPF = 3.0
UNSEEN_NAME_WEIGHT = 0.25
UNSEEN_SHORT_NAME_WEIGHT = 0.5  # under six letters: a swap, a doubled letter, a vowel or a neighbouring key
UNSEEN_SHORT_NAME_WORD_ZIPF = 4.0  # ... of a word at least this common
# A capitalised word shorter than this is a name unless it starts a sentence (short names
# are too many for a one-letter slip from a common word to mean a typo: Tarn, Orla, Oduk).
NAME_MIN_LENGTH = 6
# Two words run together are suggested apart when both are at least this common.
SPLIT_MIN_ZIPF = 3.0
SPLIT_SHORT_ZIPF = 5.5  # a half of one or two letters must be one of the commonest words
SPLIT_WEIGHT = 0.1  # the error model's weight of a missing space, against the slips of suggest.py
#: Endings that are words in the dictionary but never the second of two words run together.
SPLIT_NOT_TAIL = frozenset("ing ed er est ly ness ment tion able ible ful less".split())
# A sound-alike listed entry at least this far from each correction may be a name.
LISTED_NAME_DISTANCE = 3
# A part of a hyphenated compound in use at least this often is not a slip ("have-nots",
# "wi-fi", "willy-nilly"): parts need not stand alone.
COMPOUND_PART_ZIPF = 2.5
# Longer runs of letters are not judged (the longest dictionary words have about 30).
MAX_WORD_LENGTH = 45
# Suggestions: at most this many, each at least 1/SUGGEST_SPREAD as likely as the best.
MAX_SUGGESTIONS = 3
SUGGEST_SPREAD = 20.0
# A two-edit correction is offered only for a word at least this common.
TWO_EDIT_MIN_ZIPF = 3.0

#: Prefixes that make a word of a known word: "remilitarize", "counterterrorism".
PREFIXES = (
    "anti", "auto", "bio", "co", "counter", "cyber", "de", "dis", "eco", "geo", "hyper", "inter", "macro",
    "mega", "micro", "mid", "mini", "mis", "multi", "neo", "non", "out", "over", "post", "pre", "pro",
    "pseudo", "re", "semi", "sub", "super", "tele", "trans", "ultra", "un", "under",
)
#: What may stand before a hyphen without being a word: alt-right, neo-pagan, e-mail.
COMPOUND_HEADS = frozenset(PREFIXES) | frozenset({"alt", "ex", "e", "x", "self", "quasi", "vice"})
#: ``initial`` for a title-case headline word that the body never writes: judged as a
#: lower-case word unless it is a place or a name in use.
HEADLINE = 2
_CONTRACTIONS = ("n't", "'s", "'ve", "'ll", "'re", "'d", "'m")
# Regular derivations: (ending, endings of the base word it is made from, shortest stem).
_DERIVATIONS = (
    ("ically", ("ic",), 4), ("isation", ("ise", "ize"), 3), ("ization", ("ize",), 3),
    ("isations", ("ise", "ize"), 3), ("izations", ("ize",), 3), ("ish", ("",), 5),  # bureaucratish
)


@record(frozen=True, slots=True)
class Verdict:
    ok: bool
    suggestions: tuple[str, ...] = ()
    listed: bool = False  # from the curated list of real-world misspellings
    reason: str = ""

    @property
    def safe(self) -> bool:
        """A fix that can be applied unseen: a listed misspelling with exactly one correction."""
        return self.listed and len(self.suggestions) == 1


OK = Verdict(True)


def shape_of(word: str) -> str:
    """"lower", "title" (Capitalised), "upper" (ACRONYM) or "mixed" (McCain, iPhone)."""
    if word.islower():
        return "lower"
    if word.isupper():
        return "upper"
    rest = word[1:]
    if word[:1].isupper() and rest == rest.lower():
        return "title"
    return "mixed"


class Speller:
    """Word-level spelling decisions over a :class:`~copylint.spelling.lexicon.Lexicon`."""

    def __init__(self, lexicon: Lexicon, use_list: bool = True) -> None:
        self.lexicon = lexicon
        self.use_list = use_list  # False: ignore codespell's list (to measure the rest alone)
        self._listed = LISTED if use_list else 0
        self._entries: dict[str, Entry | None] = DecidedOnce(lexicon.get, 500_000)  # lowercase word -> entry
        self._verdicts: dict[tuple[str, str, bool, bool], Verdict] = {}
        self._forms = DecidedOnce(self._other_forms, 200_000)  # lowercase word -> other_forms(word)
        self._memos: dict[str, object] = {}  # see memo()

    def memo(self, name: str, make: Callable[[], _Memo]) -> _Memo:
        """This speller's memo ``name`` (made by ``make`` when first asked for): where a check
        keeps what it decided with this speller's word lists (per distinct word or piece of
        text), so that a process whose speller is swapped (a benchmark, a test) finds the new
        speller's memos empty and never an answer the old one gave. (The memo lives as long as
        the speller; bounding its size is the memo's business: :class:`DecidedOnce`.)"""
        found = self._memos.get(name)
        if found is None:
            found = self._memos[name] = make()
        return found  # type: ignore[return-value]

    # -- lookups ---------------------------------------------------------------
    def entry(self, word: str) -> Entry | None:
        """The lexicon entry of a lowercase word (cached)."""
        return self._entries[word]  # (a word not yet looked up: DecidedOnce asks the lexicon, no KeyError raised)

    def is_word(self, word: str) -> bool:
        """A dictionary word (lowercase), in either dialect, -ise forms included."""
        e = self._entries[word]
        if e is not None and e.flags & DICT and not e.flags & self._listed:
            return True
        ize = ize_form(word)
        if ize is not None:
            e = self._entries[ize]
            return e is not None and bool(e.flags & DICT)
        return False

    def plain_word(self, low: str) -> bool:
        """A dictionary word (lowercase) as it stands, not a listed misspelling: correct
        wherever it is written and however it is capitalised (:meth:`judge` says so first)."""
        e = self._entries[low]
        return e is not None and bool(e.flags & DICT) and not e.flags & self._listed

    def sure_name(self, low: str) -> bool:
        """A lowercase word that, capitalised (Iran, Trump, Paris), is a name wherever it
        stands: a place, or written as often as names are (:data:`NAME_ZIPF`), and not a
        listed misspelling (:meth:`judge` says so before it looks at context)."""
        e = self._entries[low]
        return e is not None and not e.flags & self._listed and bool(e.flags & PLACE or e.zipf >= NAME_ZIPF)

    def other_forms(self, low: str) -> tuple[str | None, str | None]:
        """(American, British): the other dialect's spelling of a lowercase word, were the
        copy British (an American-only form: "color" -> "colour"; never an -ize form or an
        ambiguous one) or American (a British-only form, or an -ise form of a common -ize
        word: "colour" -> "color", "mobilise" -> "mobilize"); None where there is none."""
        return self._forms[low]

    def _other_forms(self, low: str) -> tuple[str | None, str | None]:
        e = self._entries[low]
        american = british = None
        if e is not None and e.flags & US and not e.flags & IZE and low not in AMBIGUOUS_US and e.note:
            american = e.note
        if e is not None and e.flags & GB and low not in AMBIGUOUS_GB and e.note:
            british = e.note
        elif american is None:
            ize = ize_form(low)
            if ize is not None and self.is_word(ize) and self.zipf(ize) >= self.zipf(low) - 0.5:
                british = ize
        return american, british

    def zipf(self, word: str) -> float:
        e = self._entries[word]
        return e.zipf if e else 0.0

    def _phrase_zipf(self, text: str) -> float:
        """Zipf of a word, or of its rarest word for a correction of several ("a lot")."""
        return min(self.zipf(w) for w in text.split()) if " " in text else self.zipf(text)

    def candidates(self, word: str, two_edits: bool = False) -> list[Candidate]:
        """Known words one slip (or, with ``two_edits``, two) from ``word``, best first."""
        near = self.lexicon.near(word, 1)
        found = {c: self.zipf(c) for c in near}
        ranked = rank(word, found)
        if not ranked and two_edits and len(word) >= 5:
            near = self.lexicon.near(word, 2)
            ranked = [c for c in rank(word, {c: self.zipf(c) for c in near}) if c.zipf >= TWO_EDIT_MIN_ZIPF]
        return ranked

    def suggestions(self, word: str, ranked: list[Candidate] | None = None) -> tuple[str, ...]:
        """Corrections for ``word`` as written, best first; none when the best is a guess."""
        low = word.lower()
        if ranked is None:
            ranked = self.candidates(low, two_edits=True)
        if not ranked:
            return ()
        best = ranked[0]
        if best.weight <= TWO_EDITS * 3 and best.zipf < TWO_EDIT_MIN_ZIPF:
            return ()
        keep = [c.word for c in ranked if c.score * SUGGEST_SPREAD >= best.score][:MAX_SUGGESTIONS]
        return tuple(match_case(w, word) for w in keep)

    def _with_split(self, word: str, suggestions: tuple[str, ...]) -> tuple[str, ...]:
        """A long unknown word that is two words run together gets them apart: first unless
        a common slip (a swap, a doubled letter, a vowel, a neighbouring key) explains it."""
        if len(word) < 7:
            return suggestions
        low = word.lower()
        apart = self.split(low)
        if apart is None:
            return suggestions
        first = suggestions[0].lower() if suggestions else None
        split_score = SPLIT_WEIGHT * 10 ** min(self.zipf(w) for w in apart.split())
        if first is not None and edit_weight(low, first) * 10 ** self._phrase_zipf(first) >= split_score:
            return (*suggestions[:MAX_SUGGESTIONS - 1], match_case(apart, word))
        return (match_case(apart, word), *suggestions)[:MAX_SUGGESTIONS]

    # -- decisions --------------------------------------------------------------
    def judge(self, word: str, shape: str | None = None, initial: bool = False, name_context: bool = False,
              *, by_number: bool = False, part: bool = False, mid_body: bool = False) -> Verdict:
        """The verdict on one word as written (straight apostrophes, no possessive ending).

        ``shape`` overrides the capitalisation class: "name" marks a word the context shows
        to be part of a name (the lower-case half of "Kwok-hing", a species epithet).
        ``initial``: the word starts a sentence, so its capital says nothing.
        ``name_context``: the document shows a capitalised word to be a name (it stands
        beside another capitalised word, or is written the same way more than once).
        ``by_number``: a number stands beside it (a unit or wire shorthand may follow).
        ``part``: one part of a hyphenated compound whose whole is unknown.
        ``mid_body``: capitalised in the middle of a body sentence (not a headline).
        """
        shape = shape or shape_of(word)
        key = (word, shape, initial, name_context, by_number, part, mid_body)
        verdict = self._verdicts.get(key)
        if verdict is None:
            if len(self._verdicts) > 200_000:
                self._verdicts.clear()
            verdict = self._verdicts[key] = self._judge(word, shape, initial, name_context and shape != "lower",
                                                        by_number, part, mid_body)
        return verdict

    def _judge(self, word: str, shape: str, initial: bool, name_context: bool, by_number: bool = False,
               part: bool = False, mid_body: bool = False) -> Verdict:
        if shape == "mixed" or not 2 <= len(word) <= MAX_WORD_LENGTH:
            return OK  # not a word: a letter, or a run of letters no dictionary could hold
        low = word.lower()
        if shape == "upper" and len(low) <= 4:
            return OK  # an acronym (RFTA, ACCN), even where it spells a listed slip
        e = self._entries[low]
        if by_number and e is not None and e.zipf > 0 and is_shorthand_shape(low):
            return OK  # a unit or wire shorthand beside a number: 5 mln dlrs, 12 cts
        if e is not None and e.flags & self._listed and self._listed_applies(e, shape, name_context, mid_body):
            fixes = e.corrections
            if len(fixes) > 1:  # rank the list's corrections by the error model
                order = {c.word: n for n, c in enumerate(rank(low, {f: self._phrase_zipf(f) for f in fixes}))}
                fixes = tuple(sorted(fixes, key=lambda f: order.get(f, len(order))))
            return Verdict(False, tuple(match_case(f, word) for f in fixes), listed=True, reason="listed")
        if self.is_word(low):
            return OK
        if "'" in low:
            return self._apostrophe(word, shape, initial, name_context)
        if not low.isascii():
            return OK  # a foreign word or name with accents: not ours to judge
        if shape == "upper" and len(low) <= 5:
            return OK  # an acronym
        if part and e is not None and e.zipf >= COMPOUND_PART_ZIPF:
            return OK  # have-nots, wi-fi, willy-nilly
        if shape == "lower":
            return self._lower(word, low, e)
        return self._name(word, low, e, initial, name_context)

    def _listed_applies(self, e: Entry, shape: str, name_context: bool, mid_body: bool) -> bool:
        """Whether a listed misspelling written this way is the misspelling (not a name).
        Repetition and capitals are no evidence of a name; frequency data is."""
        if shape == "lower":
            return True
        if e.zipf >= LISTED_NAME_ZIPF or e.flags & PLACE:
            return False  # in use as a name: Claus
        if mid_body and all(distance(e.word, c) >= LISTED_NAME_DISTANCE for c in e.corrections):
            return False  # a sound-alike entry capitalised mid-sentence: Senator Markey
        return True

    def _apostrophe(self, word: str, shape: str, initial: bool, name_context: bool) -> Verdict:
        low = word.lower()
        for ending in _CONTRACTIONS:
            if low.endswith(ending) and len(low) > len(ending) + 1:
                return self.judge(word[: -len(ending)], shape, initial, name_context)
        parts = [p for p in word.split("'") if p]
        if len(parts) > 1:  # O'Brien, Qur'an, rock'n'roll
            for part in parts:
                if len(part) > 1:
                    v = self.judge(part, "name" if shape != "lower" else None, initial, name_context)
                    if not v.ok:
                        return Verdict(False, (), reason=v.reason)
            return OK
        return self.judge(word.replace("'", ""), shape, initial, name_context) if parts else OK

    def _morphology(self, low: str) -> bool:
        """A known word with a prefix ("reupholstered"), a regular derivation of one
        ("telegenically", "fluoridisation"), the plural of one ("antivirals"), or two
        known words closed up ("bikeshed")."""
        for prefix in PREFIXES:
            if low.startswith(prefix) and len(low) - len(prefix) >= 4 and self.is_word(low[len(prefix):]):
                return True
        for ending, base_endings, min_stem in _DERIVATIONS:
            if low.endswith(ending) and len(low) - len(ending) >= min_stem:
                stem = low[: -len(ending)]
                if any(self.is_word(stem + b) for b in base_endings):
                    return True
        if low.endswith("s") and len(low) >= 6 and not low.endswith("ss"):
            stem = low[:-1]
            if self.is_word(stem) or (low.endswith("es") and low[-3] in "hsxz" and self.is_word(low[:-2])):
                return True  # the plural of a known word: antivirals, misreadings
        return derived(low, self.is_word, self.zipf)  # psychoacousticians, decidably, emergentism

    def split(self, low: str) -> str | None:
        """Two known words run together ("councilvoted", "budgetcuts"), written apart;
        None when no split into two words in common use (Zipf 3 or more) exists."""
        best, best_zipf = None, 0.0
        for i in range(1, len(low)):
            head, tail = low[:i], low[i:]
            if len(head) + len(tail) < 5 or (len(head) == 1 and head not in "ai") or len(tail) == 1 \
                    or tail in SPLIT_NOT_TAIL:
                continue
            if self.is_word(head) and self.is_word(tail):
                z = min(self.zipf(head), self.zipf(tail))
                short = min(len(head), len(tail)) <= 2  # "of", "is", "to", not "ci"
                if z >= (SPLIT_SHORT_ZIPF if short else SPLIT_MIN_ZIPF) and z > best_zipf:
                    best, best_zipf = f"{head} {tail}", z
        return best

    def _lower(self, word: str, low: str, e: Entry | None) -> Verdict:
        if self._morphology(low):
            return OK
        own = e.zipf if e is not None else 0.0
        if own <= 0:
            return Verdict(False, self._with_split(word, self.suggestions(word)), reason="unknown")
        ranked = self.candidates(low, two_edits=True)
        if ranked and ranked[0].score >= LOWER_RATIO * 10 ** own:
            return Verdict(False, self.suggestions(word, ranked), reason="likely")
        return OK

    def _name(self, word: str, low: str, e: Entry | None, initial: bool, name_context: bool) -> Verdict:
        if e is not None and (e.flags & PLACE or e.zipf >= NAME_ZIPF):
            return OK
        if initial == HEADLINE:  # title case says nothing, and the body never writes it: a word
            return self._lower(word, low, e)
        unseen = e is None or e.zipf < UNSEEN_ZIPF
        if (name_context or (not initial and len(low) < NAME_MIN_LENGTH)) and not unseen:
            return OK
        if self._morphology(low):
            return OK
        ranked = self.candidates(low)
        if not ranked:
            return OK
        if unseen and (name_context or (not initial and len(low) < NAME_MIN_LENGTH)):
            # no name in use is written this way, and a common word is one common slip away:
            # "Economic Develipment Administration", "the Ofice of"
            best = ranked[0]
            short = len(low) < NAME_MIN_LENGTH
            weight = UNSEEN_SHORT_NAME_WEIGHT if short else UNSEEN_NAME_WEIGHT
            if best.zipf >= (UNSEEN_SHORT_NAME_WORD_ZIPF if short else UNSEEN_NAME_WORD_ZIPF) and best.weight >= weight:
                return Verdict(False, self.suggestions(word, ranked), reason="typo")
            return OK
        own = max(e.zipf if e is not None else 0.0, NAME_FLOOR_ZIPF)
        if ranked[0].score >= NAME_RATIO * 10 ** own:
            return Verdict(False, self.suggestions(word, ranked), reason="typo")
        return OK


_SPELLER: Speller | None = None


def get_speller() -> Speller:
    """The process's speller (the lexicon is opened, or built, on first call)."""
    global _SPELLER
    if _SPELLER is None:
        from copylint.spelling.store import load_lexicon

        _SPELLER = Speller(load_lexicon())
    return _SPELLER
