"""The tagger's decoding loop: greedy passes over one sentence with packed scores
(``Model.predict`` calls :func:`predict`; see copylint.grammar.tagging.model for the model
and its packed layout). A module of its own so that it is compiled with mypyc
(copylint.native) while the model class, a ``record``, stays plain Python."""

from __future__ import annotations

from copylint.grammar.tagging.features import (
    END,
    START,
    lexicon_class,
    norm,
    pair_features,
    right_word_feature,
    word_tag_features,
)

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from copylint.memo import DecidedOnce

#: ``model.Layout`` (a tuple subclass) as its fields: bits, bias, guard, ones, mask, marks, shifts
LayoutFields = tuple[int, int, int, int, int, tuple[int, ...], tuple[int, ...]]


def argmax(packed: int, guess: int, layout: LayoutFields) -> int:
    """The first class with the highest field of ``packed`` (biased scores), found by
    checking ``guess``: one subtraction across all fields sets the guard bit of exactly the
    fields at least as high as the guess's, so a right guess costs a few integer operations
    and a near miss a few more (the few candidates read one by one)."""
    bits, _, guard, ones, mask, marks, _ = layout
    value: int = (packed >> (bits * guess)) & mask
    above: int = ((packed | guard) - value * ones) & guard  # the fields >= value
    if above == marks[guess]:  # only the guess itself
        return guess
    while above.bit_count() > 8:  # many candidates: raise the bar to a higher one
        higher: int = ((packed | guard) - (value + 1) * ones) & guard
        if not higher:  # the candidates tie
            break
        guess = ((higher & -higher).bit_length() - 1) // bits
        raised: int = (packed >> (bits * guess)) & mask
        if raised <= value:  # only fields that overflowed (rows from a tampered cache) do this: stop
            break
        value = raised
        above = ((packed | guard) - value * ones) & guard
    found = guess
    while above:  # the candidates from the highest class down: a tie goes to the lowest
        top = above.bit_length() - 1
        above ^= 1 << top
        c = top // bits
        v: int = (packed >> (bits * c)) & mask
        if v > value or (v == value and c < found):
            found, value = c, v
    return found


def predict(words: list[str], tags: tuple[str, ...], tagdict: dict[str, int], memos: tuple[DecidedOnce, ...],
            layout: LayoutFields, passes: int) -> list[str]:
    """The joint tag of each word of one sentence (see ``Model.predict``): ``memos`` are the
    model's memos of packed scores (``Model._memos``), ``layout`` its packed layout,
    ``passes`` its number of decoding passes."""
    if not words:
        return []
    lows = [START[0], START[1], *map(norm, words), END[0], END[1]]
    padded = [START[0], START[1], *words, END[0], END[1]]
    rows, own, prefers, before, after, after2, by_tags, by_right = memos
    row = rows.__getitem__
    _, _, guard, ones, mask, marks, shifts = layout

    # per token: the static score (with the bias), the first pass's total (static and tag
    # features) and class, and the lexicon class; None for a tag-dictionary word
    statics: list[int | None] = []
    totals: list[int] = []
    chosen: list[int] = []
    lexical: list[str] = []
    out: list[str] = []
    prev, prev2 = START[0], START[1]
    for i in range(2, len(words) + 2):
        low = lows[i]
        found = tagdict.get(low)
        if found is None:
            word = padded[i]
            x = lexicon_class(low)
            static: int = sum(filter(None, map(row, pair_features(padded, lows, i))),
                              own[word] + before[lows[i - 1]] + after[lows[i + 1]] + after2[lows[i + 2]])
            total: int = sum(filter(None, map(row, word_tag_features(lows, i, prev, prev2))),
                             static + by_tags[prev, prev2, x])
            statics.append(static)
            totals.append(total)
            lexical.append(x)
            found = prefers[word]
            # (:func:`argmax`'s first test, inline: the guess is right for most tokens)
            if ((total | guard) - ((total >> shifts[found]) & mask) * ones) & guard != marks[found]:
                found = argmax(total, found, layout)
        else:
            statics.append(None)
            totals.append(0)
            lexical.append("")
        chosen.append(found)
        tag = tags[found]
        out.append(tag)
        prev2, prev = prev, tag
    if passes < 2:
        return out
    first = [*out, END[0], END[1]]
    prev, prev2 = START[0], START[1]
    prev1, prev12 = START[0], START[1]  # the first pass's two previous tags
    for k, maybe in enumerate(statics):
        if maybe is not None:
            i = k + 2
            nxt = first[k + 1]
            x = lexical[k]
            if prev == prev1 and prev2 == prev12:  # the tag features as in the first pass
                total = totals[k] + by_right[prev, nxt, first[k + 2], x]
            else:
                total = sum(filter(None, map(row, word_tag_features(lows, i, prev, prev2))),
                            maybe + by_tags[prev, prev2, x] + by_right[prev, nxt, first[k + 2], x])
            extra: int = row(right_word_feature(lows[i], nxt))
            if extra:
                total += extra
            found = chosen[k]
            if ((total | guard) - ((total >> shifts[found]) & mask) * ones) & guard != marks[found]:
                found = argmax(total, found, layout)
            out[k] = tags[found]
        prev2, prev = prev, out[k]
        prev12, prev1 = prev1, first[k]
    return out
