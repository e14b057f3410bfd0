"""Words made from a known word by regular English word formation, which no dictionary
lists in full: scientific and technical compounds of a combining form
("cardiosurgeons", "magnetoresistivity", "matrifocal"), adverbs of -able/-ible
adjectives ("reusably"), -ism words ("proceduralism"), -like adjectives ("tanklike"),
British -oural forms of -oral adjectives in use ("humoural"), Greek privative a- ("aseismic")
and the nouns of the -onym family ("toponym", "endonymic").

Each pattern asks that what is left once the affix is taken off be a dictionary word as
written (a slip in the stem keeps the word unknown: "cardiosurgoens"), and the loosest
ones ask more: a -like stem must be a common word of four letters or more, and a- needs an
adjective stem and the whole word in wordfreq's use. Checked against codespell's list of
real-world misspellings: see tests/test_spelling_derivation.py, which measures how few of
them these patterns accept.
"""

from __future__ import annotations

from collections.abc import Callable

#: Greek and Latin combining forms of scientific, medical and technical vocabulary, each
#: standing before a whole word ("cardio" + "surgeons", "magneto" + "resistivity"); only
#: forms of five letters or more that begin few everyday words (not "mono", "peri", "poly",
#: "proto", "iso": "monotired", "perisist" and "protocall" are slips, not compounds).
COMBINING_FORMS = (
    "anthropo", "archaeo", "arterio", "bacterio", "cardio", "cerebro", "chrono", "cranio", "dermato", "electro",
    "entero", "gastro", "hepato", "hetero", "immuno", "magneto", "matri", "morpho", "nephro", "neuro", "osteo",
    "palaeo", "patho", "patri", "pharmaco", "phyto", "psycho", "socio", "spectro", "thermo", "toxico",
)
#: Suffixes that make a word of a whole known word, with the shortest stem each allows:
#: proceduralism, incrementalisms.
_WHOLE_STEM_SUFFIXES = (("isms", 6), ("ism", 6))  # not -ist: "analist", "earlist", "playist" are slips
#: Adverbs of -able/-ible adjectives: reusably (reusable), feasibly (feasible).
_ABLY = (("ably", "able"), ("ibly", "ible"))
#: Endings of adjectives that take the Greek privative a-: ahistoric, apolitical, amoral.
_PRIVATIVE_STEM_ENDINGS = ("ic", "ical", "ous")  # not -al: "anormal" is a slip
# what follows a combining form is a word of at least this many letters
MIN_REST = 5
# a -like stem is a common word (Zipf) of at least this many letters: boxlike, warlike, not "diss" + "like"
LIKE_STEM_ZIPF = 3.5
LIKE_STEM_LENGTH = 3
# a privative a- word is one wordfreq has seen at least this often
PRIVATIVE_ZIPF = 0.9
_VOWELS = frozenset("aeiou")
#: The English nouns of the Greek "-onym" (name) family, a closed class of terms of language
#: and naming that dictionaries list only in part; their -s, -ic, -y and -ous forms are words too.
ONYMS = frozenset("""acronym allonym anthroponym antonym aptronym autonym backronym capitonym choronym
    cryptonym demonym endonym eponym ethnonym exonym hagionym heteronym holonym homonym hydronym hypernym
    hyponym matronym meronym metonym metronym numeronym odonym oronym paronym patronym pseudonym retronym
    synonym tautonym theonym toponym troponym zoonym""".split())
_ONYM_ENDINGS = ("s", "ic", "y", "ous", "ies")


def derived(low: str, is_word: Callable[[str], bool], zipf: Callable[[str], float]) -> bool:
    """Whether ``low`` (a lower-case word the dictionary lacks) is made from a dictionary
    word by one of the regular patterns above."""
    if "nym" in low and (low in ONYMS or any(low.endswith(e) and low[: -len(e)] in ONYMS for e in _ONYM_ENDINGS)):
        return True  # toponym, toponymy, hydronymic
    for form in COMBINING_FORMS:
        if low.startswith(form) and len(low) - len(form) >= MIN_REST:
            if is_word(low[len(form):]):
                return True
    for ending, whole in _ABLY:
        if low.endswith(ending) and len(low) > len(ending) + 3 and is_word(low[: -len(ending)] + whole):
            return True
    for ending, min_stem in _WHOLE_STEM_SUFFIXES:
        if low.endswith(ending) and len(low) - len(ending) >= min_stem and is_word(low[: -len(ending)]):
            return True
    if low.endswith("like"):
        stem = low[:-4]
        if len(stem) >= LIKE_STEM_LENGTH and is_word(stem) and zipf(stem) >= LIKE_STEM_ZIPF:
            return True
    if low.endswith("oural") and is_word(low[:-2]) and (is_word(low[:-5] + "oral") or zipf(low[:-5] + "oral") > 0):
        return True  # British -oural for an -oral adjective in use, of an -our noun: behavioural, humoural
    if low.startswith("a") and len(low) >= 7 and low[1] not in _VOWELS and low.endswith(_PRIVATIVE_STEM_ENDINGS) \
            and is_word(low[1:]) and zipf(low) >= PRIVATIVE_ZIPF:
        return True
    return False
