"""Deciding whether a document is written in US or British English.

The evidence is the document's own spellings of words that the two dialects spell
differently, from the spelling lexicon's dialect lists (see
:mod:`copylint.spelling.variants`): "colour", "defence", "travelled", "criticise" count for
British; "color", "defense", "traveled", "analyze" for American. An -ize form counts only
half for American, since Oxford British spelling uses it too; a capitalised word only half
(it may be a name: Pearl Harbor, the Labor Party); words correct in both dialects in some
sense (program, license, practice) not at all.

The dialect with more evidence wins; on a tie the first piece of evidence in the document
decides; with none, ``default``.
"""

from __future__ import annotations

from copylint.document import Document
from copylint.spelling.lexicon import DICT, GB, IZE, US
from copylint.spelling.speller import get_speller
from copylint.spelling.variants import AMBIGUOUS_GB, AMBIGUOUS_US, ize_form
from copylint.tokens import APOSTROPHES, token_list

_APOS = str.maketrans({a: "'" for a in APOSTROPHES})


def word_evidence(word: str) -> tuple[float, float]:
    """(British, American) evidence of one word as written."""
    speller = get_speller()
    low = word.lower().translate(_APOS)
    if low.endswith("'s"):
        low = low[:-2]
    weight = 1.0 if word[:1].islower() else 0.5
    e = speller.entry(low)
    if e is not None:
        if e.flags & GB and low not in AMBIGUOUS_GB:
            return weight, 0.0
        if e.flags & US and low not in AMBIGUOUS_US:
            return 0.0, weight
        if e.flags & IZE:
            return 0.0, weight / 2
        if e.flags & DICT:  # a word, but no evidence either way
            return 0.0, 0.0
    ize = ize_form(low)
    if ize is not None and speller.is_word(ize):
        return weight, 0.0
    return 0.0, 0.0


def detect_dialect(doc: Document, default: str = "en-US") -> str:
    """"en-GB" or "en-US" from the spellings the document uses; ``default`` when it cannot tell."""
    gb = us = 0.0
    first: str | None = None
    seen: dict[str, tuple[tuple[float, float], ...]] = {}  # a word's evidence, looked up once per document
    for seg in doc.segments:
        for tok in token_list(seg.text):
            if tok.kind != "word" or len(tok.text) < 4:
                continue
            found = seen.get(tok.text)
            if found is None:
                found = seen[tok.text] = tuple(e for e in map(word_evidence, (p.text for p in tok.parts())) if e[0] or e[1])
            for g, u in found:
                gb += g
                us += u
                if first is None:
                    first = "en-GB" if g else "en-US"
    if gb > us:
        return "en-GB"
    if us > gb:
        return "en-US"
    return first or default
