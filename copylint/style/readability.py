"""Readability formulas over plain English text (counts of sentences, words, syllables)."""

from __future__ import annotations

import math
import re
from functools import lru_cache

from copylint.records import record

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019\-][^\W\d_]+)*")
_VOWEL_GROUPS = re.compile(r"[aeiouy]+")
_HIATUS = re.compile(r"(?<![tscgx])(?:ia|io|eo|iu|ua)|(?:ea(?=t))")


@lru_cache(maxsize=65536)
def syllables(word: str) -> int:
    """A heuristic syllable count: vowel groups, less a silent final e, plus common hiatuses."""
    w = word.lower().replace("\u2019", "'")
    w = re.sub(r"'s$", "", w)
    if len(w) <= 3:
        return 1
    n = len(_VOWEL_GROUPS.findall(w))
    consonant_before = w[-3] not in "aeiouy" if len(w) >= 3 else False
    if w.endswith("e") and w[-2] not in "aeiouyl" and n > 1:
        n -= 1  # silent e: "make", "state" (not "table")
    elif w.endswith("es") and consonant_before and not w.endswith(("ses", "zes", "ces", "ges", "xes", "shes", "ches")) and n > 1:
        n -= 1  # "makes", "states"
    elif w.endswith("ed") and consonant_before and not w.endswith(("ted", "ded")) and n > 1:
        n -= 1  # "jumped", "called"
    n += len(_HIATUS.findall(w))  # two syllables in one vowel group: "create", "video", "science"
    return max(1, n)


@record(frozen=True)
class Counts:
    sentences: int
    words: int
    syllables: int
    letters: int
    complex_words: int  # three syllables or more

    @classmethod
    def of(cls, text: str, sentences: int) -> Counts:
        words = _WORD.findall(text)
        sy = list(map(syllables, words))
        return cls(max(sentences, 1), len(words), sum(sy), sum(map(len, words)), len(sy) - sy.count(1) - sy.count(2))

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.sentences + other.sentences, self.words + other.words, self.syllables + other.syllables,
                      self.letters + other.letters, self.complex_words + other.complex_words)


def flesch_reading_ease(c: Counts) -> float:
    return 206.835 - 1.015 * c.words / c.sentences - 84.6 * c.syllables / c.words


def flesch_kincaid_grade(c: Counts) -> float:
    return 0.39 * c.words / c.sentences + 11.8 * c.syllables / c.words - 15.59


def gunning_fog(c: Counts) -> float:
    return 0.4 * (c.words / c.sentences + 100 * c.complex_words / c.words)


def coleman_liau(c: Counts) -> float:
    return 0.0588 * 100 * c.letters / c.words - 0.296 * 100 * c.sentences / c.words - 15.8


def automated_readability(c: Counts) -> float:
    return 4.71 * c.letters / c.words + 0.5 * c.words / c.sentences - 21.43


def smog(c: Counts) -> float:
    return 1.043 * math.sqrt(c.complex_words * 30 / c.sentences) + 3.1291


FORMULAS = {
    "flesch-reading-ease": flesch_reading_ease,
    "flesch-kincaid-grade": flesch_kincaid_grade,
    "gunning-fog": gunning_fog,
    "coleman-liau": coleman_liau,
    "automated-readability": automated_readability,
    "smog": smog,
}
