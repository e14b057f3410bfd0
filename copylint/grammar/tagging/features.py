"""The features the tagger sees for one token: shared by training and tagging, so the two
can never disagree."""

from __future__ import annotations

from functools import lru_cache

from copylint.grammar.lexicon import verb_tags, word_tags

START = ("-S1-", "-S2-")
END = ("-E1-", "-E2-")


@lru_cache(maxsize=65536)
def norm(word: str) -> str:
    """The form a word is known by: lowercase, straight apostrophes, digits folded."""
    low = word.lower().replace("\u2019", "'").replace("\u2018", "'").replace("\u02bc", "'")
    if any(c.isdigit() for c in low):
        if low.isdigit():
            return "!YEAR" if len(low) == 4 else "!DIGITS"
        return "!NUMLIKE" if low[0].isdigit() or low[0] in "$\u00a3\u20ac" else "!MIXED"
    return low


@lru_cache(maxsize=65536)
def shape(word: str) -> str:
    """A coarse spelling class: capitalised, all capitals, hyphenated, with digits, punctuation."""
    if not word:
        return "e"
    parts = []
    if word[0].isupper():
        parts.append("A" if word.isupper() and len(word) > 1 else "C")
    elif word[0].isalpha():
        parts.append("a")
    elif word[0].isdigit():
        parts.append("d")
    else:
        parts.append("p")
    if "-" in word:
        parts.append("-")
    if "." in word[1:]:
        parts.append(".")
    return "".join(parts)


@lru_cache(maxsize=65536)
def lexicon_class(low: str) -> str:
    """What the shipped word lists say a word can be: n N j r (nouns, adjectives, adverbs) and
    v z d p g (verb forms), sorted; "?" for a word they do not know."""
    tags = word_tags(low) + verb_tags(low)
    return "".join(sorted(set(tags))) or "?"


def token_features(words: list[str], lows: list[str], i: int, prev: str, prev2: str) -> list[str]:
    """Features of token ``i`` (indexes into the padded lists: two sentinels each side) given
    the two previous tags."""
    w = lows[i]
    word = words[i]
    nxt = lows[i + 1]
    prv = lows[i - 1]
    feats = [
        "b",
        "w=" + w,
        "s3=" + w[-3:],
        "s2=" + w[-2:],
        "s1=" + w[-1:],
        "p1=" + w[:1],
        "p3=" + w[:3],
        "h=" + shape(word),
        "t1=" + prev,
        "t2=" + prev2 + "|" + prev,
        "t1w=" + prev + "|" + w,
        "w-1=" + prv,
        "w-1w=" + prv + "|" + w,
        "s-1=" + prv[-3:],
        "w-2=" + lows[i - 2],
        "w+1=" + nxt,
        "ww+1=" + w + "|" + nxt,
        "s+1=" + nxt[-3:],
        "w+2=" + lows[i + 2],
        "x=" + lexicon_class(w),
        "x+1=" + lexicon_class(nxt),
        "xt1=" + prev + "|" + lexicon_class(w),
    ]
    if i == 2:
        feats.append("first=" + shape(word))
    return feats
