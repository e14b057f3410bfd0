"""Lemmas (dictionary forms) of tagged words, from the grammar word data
(``copylint.grammar.lexicon``) plus the exceptions the training script learned from the
treebank (irregular plurals, pronouns, clitics)."""

from __future__ import annotations

from functools import lru_cache

from copylint.grammar.lexicon import lemmas as verb_lemmas
from copylint.grammar.lexicon import word_tags

_CLITICS = {"n't": "not", "'re": "be", "'m": "be", "'ve": "have", "'ll": "will", "ca": "can", "wo": "will",
            "sha": "shall"}


@lru_cache(maxsize=65536)
def rule_lemma(low: str, xpos: str, text: str) -> str:
    """The lemma by rule: verb forms through the verb table, plural nouns and comparatives by
    their endings when the shorter form is a known word; the word itself otherwise (memoised:
    the word data it reads never changes in a process)."""
    if xpos.startswith("NNP"):
        return text
    if xpos.startswith("VB") or xpos == "MD":
        if low in _CLITICS:
            return _CLITICS[low]
        found = verb_lemmas(low)
        if found:
            return found[0]
        return low
    if xpos == "NNS":
        return _singular(low)
    if xpos in ("JJR", "JJS", "RBR", "RBS"):
        return _positive(low, xpos[-1] == "S")
    return low


def _singular(low: str) -> str:
    if low.endswith("ies") and "n" in word_tags(low[:-3] + "y"):
        return low[:-3] + "y"
    if low.endswith("es") and "n" in word_tags(low[:-2]) and low[-3:-2] in ("s", "x", "z", "h", "o"):
        return low[:-2]
    if low.endswith("s") and not low.endswith("ss") and "n" in word_tags(low[:-1]):
        return low[:-1]
    if low.endswith("s") and not low.endswith("ss") and not word_tags(low):
        return low[:-1]
    return low


def _positive(low: str, superlative: bool) -> str:
    end = "est" if superlative else "er"
    if not low.endswith(end):
        return low
    stem = low[: -len(end)]
    for cand in (stem, stem + "e", stem[:-1] + "y" if stem.endswith("i") else "",
                 stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""):
        if cand and "j" in word_tags(cand) or cand and "r" in word_tags(cand):
            return cand
    return low
