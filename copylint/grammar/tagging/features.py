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


@lru_cache(maxsize=65536)
def fine_shape(word: str) -> str:
    """The word's letters mapped to X, x and d with runs of one class cut to two ("McCain" ->
    "XxXx", "COVID-19" -> "XX-dd")."""
    out: list[str] = []
    for c in word:
        k = "X" if c.isupper() else "x" if c.isalpha() else "d" if c.isdigit() else c
        if len(out) < 2 or out[-1] != k or out[-2] != k:
            out.append(k)
    return "".join(out)


@lru_cache(maxsize=65536)
def word_features(word: str) -> tuple[str, ...]:
    """The features of a token that depend on its own spelling alone (the same wherever it
    stands, so a tagger may score them once per distinct word)."""
    w = norm(word)
    x = lexicon_class(w)
    h = shape(word)
    spelled = spelling_features(w)
    feats = [*spelled[:_SPELLED], "h=" + h, "f=" + fine_shape(word), "hx=" + h + "|" + x, "x=" + x]
    if word != w:
        feats.append("W=" + word)
    if len(spelled) > _SPELLED:  # a hyphenated word: its last part's suffix, then its class
        feats.append(spelled[_SPELLED])
        feats.append("hyx=" + lexicon_class(w.rsplit("-", 1)[1]))
    return tuple(feats)


#: how many features :func:`spelling_features` gives a word with no inner hyphen
_SPELLED = 10


@lru_cache(maxsize=65536)
def spelling_features(low: str) -> tuple[str, ...]:
    """The features of :func:`word_features` that depend on the :func:`norm` form ``low``
    alone: not on the word lists (``lexicon_class``) nor on capitals or the raw spelling, so
    their score may be worked out ahead for frequent words (the tagger's packed copy)."""
    feats = ("b", "w=" + low, "s4=" + low[-4:], "s3=" + low[-3:], "s2=" + low[-2:], "s1=" + low[-1:],
             "p1=" + low[:1], "p2=" + low[:2], "p3=" + low[:3], "p4=" + low[:4])
    if "-" in low[1:-1]:
        return (*feats, "hy3=" + low.rsplit("-", 1)[1][-3:])
    return feats


def look_features(word: str) -> tuple[str, ...]:
    """The features of :func:`word_features` that :func:`spelling_features` leaves out (the
    word's shape and capitals, and what the word lists say of it)."""
    feats = word_features(word)
    if len(spelling_features(norm(word))) > _SPELLED:  # (hy3, second to last, is spelling)
        return feats[_SPELLED:-2] + feats[-1:]
    return feats[_SPELLED:]


@lru_cache(maxsize=65536)
def neighbour_features(low: str, offset: int) -> tuple[str, ...]:
    """The features a neighbour gives a token on its own (``low`` is the neighbour's
    :func:`norm` form, ``offset`` where it stands: -1, 1 or 2), the same for every token it
    stands beside, so a tagger may score them once per distinct neighbour."""
    if offset == -1:
        return ("w-1=" + low, "s-1=" + low[-3:], "x-1=" + lexicon_class(low))
    if offset == 1:
        return ("w+1=" + low, "s+1=" + low[-3:], "x+1=" + lexicon_class(low))
    return ("w+2=" + low, "x+2=" + lexicon_class(low))


def pair_features(words: list[str], lows: list[str], i: int) -> list[str]:
    """The features of token ``i`` that look at two words at once (indexes into the padded
    lists: two sentinels each side)."""
    w = lows[i]
    nxt = lows[i + 1]
    prv = lows[i - 1]
    h = shape(words[i])
    feats = [
        f"hh={shape(words[i - 1])}|{h}|{shape(words[i + 1])}",
        f"w-1w={prv}|{w}",
        "w-2=" + lows[i - 2],
        f"ww+1={w}|{nxt}",
        f"w-1+1={prv}|{nxt}",
        f"w+12={nxt}|{lows[i + 2]}",
    ]
    if i == 2:
        feats.append("first=" + h + "|" + lexicon_class(w))
    return feats


def context_features(words: list[str], lows: list[str], i: int) -> list[str]:
    """The features of token ``i`` that look at its neighbours and do not depend on the tags
    chosen so far (indexes into the padded lists: two sentinels each side)."""
    return [*neighbour_features(lows[i - 1], -1), *neighbour_features(lows[i + 1], 1),
            *neighbour_features(lows[i + 2], 2), *pair_features(words, lows, i)]


def static_features(words: list[str], lows: list[str], i: int) -> list[str]:
    """The features of token ``i`` that do not depend on the tags chosen so far (indexes into
    the padded lists: two sentinels each side)."""
    return [*word_features(words[i]), *context_features(words, lows, i)]


def dynamic_features(lows: list[str], i: int, prev: str, prev2: str) -> list[str]:
    """The features of token ``i`` that depend on the two previous tags: those of the tags and
    the token's lexicon class alone, and those of the tags with the token's word or the next."""
    return [*tag_features(prev, prev2, lexicon_class(lows[i])), *word_tag_features(lows, i, prev, prev2)]


def tag_features(prev: str, prev2: str, x: str) -> tuple[str, ...]:
    """The features of a token that depend on the two previous tags and its lexicon class
    ``x`` alone (the same for every token with these, so a tagger may score them once)."""
    return ("t1=" + prev, f"t2={prev2}|{prev}", f"xt1={prev}|{x}")


def word_tag_features(lows: list[str], i: int, prev: str, prev2: str) -> list[str]:
    """The features of token ``i`` that pair the previous tags with its word or the next."""
    w = lows[i]
    return [f"t1w={prev}|{w}", f"t2w={prev2}|{w}", f"t1w+1={prev}|{lows[i + 1]}"]


def right_features(lows: list[str], i: int, prev: str, nxt: str, nxt2: str) -> list[str]:
    """The features of token ``i`` that see the tags a first pass gave the next two tokens
    (used by the second, final pass)."""
    w = lows[i]
    return [*right_tag_features(prev, nxt, nxt2, lexicon_class(w)), right_word_feature(w, nxt)]


def right_tag_features(prev: str, nxt: str, nxt2: str, x: str) -> tuple[str, ...]:
    """The second pass's features of a token that depend on tags (the previous one and the
    first pass's next two) and its lexicon class ``x`` alone."""
    return ("r1=" + nxt, f"r12={nxt}|{nxt2}", f"t1r1={prev}|{nxt}", f"r1x={nxt}|{x}")


def right_word_feature(low: str, nxt: str) -> str:
    """The second pass's feature pairing a token's word with the next token's first-pass tag."""
    return f"r1w={nxt}|{low}"


def token_features(words: list[str], lows: list[str], i: int, prev: str, prev2: str) -> list[str]:
    """Features of token ``i`` (indexes into the padded lists: two sentinels each side) given
    the two previous tags."""
    return static_features(words, lows, i) + dynamic_features(lows, i, prev, prev2)
