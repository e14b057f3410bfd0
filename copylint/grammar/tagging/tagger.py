"""Tagging token lists and the grammar stream: clitic splitting, punctuation tokens,
lemmas, and the per-sentence memo the rules use."""

from __future__ import annotations

from _thread import _local as local
from collections.abc import Sequence
from functools import lru_cache, partial

from copylint.grammar.stream import Word
from copylint.grammar.tagging.lemmas import rule_lemma
from copylint.grammar.tagging.model import model
from copylint.grammar.tagging.results import Tagged
from copylint.memo import DecidedOnce

_APOSTROPHES = "'\u2019\u02bc"
_SPECIAL_NEG = {"can't": ("ca", "n't"), "won't": ("wo", "n't"), "shan't": ("sha", "n't"), "cannot": ("can", "not")}


def split_clitics(text: str) -> list[str]:
    """A token's parts as the Penn Treebank writes them: "it's" -> ["it", "'s"]."""
    return list(_clitic_parts(text))


@lru_cache(maxsize=65536)
def _clitic_parts(text: str) -> tuple[str, ...]:
    return tuple(_split_clitics(text))


def _split_clitics(text: str) -> list[str]:
    low = text.lower()
    for a in _APOSTROPHES[1:]:
        low = low.replace(a, "'")
    if "'" not in low:
        if low == "cannot":
            return [text[:3], text[3:]]
        return [text]
    if low in _SPECIAL_NEG:
        first = len(_SPECIAL_NEG[low][0])
        return [text[:first], text[first:]]
    n = len(low)
    if n > 3 and low.endswith("n't"):
        return [text[:-3], text[-3:]]
    for suffix in ("'re", "'ve", "'ll"):
        if n > 3 and low.endswith(suffix):
            return [text[:-3], text[-3:]]
    for suffix in ("'s", "'m", "'d"):
        if n > 2 and low.endswith(suffix):
            return [text[:-2], text[-2:]]
    if n > 2 and low.endswith("s'"):
        return [text[:-1], text[-1:]]
    return [text]


def _lemmas(parts: Sequence[str], tags: Sequence[str]) -> list[str]:
    out = []
    table = model().lemmas
    if _lemma_memo_of[0] is not table:  # another model (a benchmark scoring a model file)
        _lemma_memo.clear()
        _lemma_memo_of[0] = table
    known = _lemma_memo
    for k, (text, tag) in enumerate(zip(parts, tags, strict=True)):
        lemma = known.get((text, tag))
        if lemma is None:
            low = text.lower().replace("\u2019", "'").replace("\u02bc", "'")
            if low in ("'s", "'d") and tag.startswith(("VB", "MD")):  # decided by the next word
                nxt = tags[k + 1] if k + 1 < len(tags) else ""
                if low == "'d":
                    out.append("have" if nxt == "VBN" else "would")
                else:
                    out.append("have" if nxt == "VBN" and k + 1 < len(parts) and parts[k + 1].lower() in ("been", "got")
                               else "be")
                continue
            if len(known) >= _LEMMAS_LIMIT:
                known.clear()
            lemma = known[text, tag] = table.get(f"{low} {tag}") or rule_lemma(low, tag, text)
        out.append(lemma)
    return out


#: (token, XPOS) -> lemma, for every pair whose lemma does not depend on the next word, with
#: the lemma table of the model it was made with
_lemma_memo: dict[tuple[str, str], str] = {}
_lemma_memo_of: list[object] = [None]
_LEMMAS_LIMIT = 50_000


def _split_tag(joint: str) -> tuple[str, str]:
    """"NN NOUN" -> ("NN", "NOUN")."""
    xpos, upos = joint.split(" ", 1)
    return xpos, upos


_tag_parts = DecidedOnce(_split_tag, 1_000)  # joint tag -> (XPOS, UPOS): a model has about a hundred
_make_tagged = partial(tuple.__new__, Tagged)  # Tagged from a tuple of its fields, at C speed


def _tag(parts: list[str], spans: list[tuple[int, int]], owners: list[int]) -> list[Tagged]:
    if not parts:
        return []
    xpos, upos = zip(*map(_tag_parts.__getitem__, model().predict(parts)), strict=True)  # (columns, at C speed)
    starts, ends = zip(*spans, strict=True)
    return list(map(_make_tagged, zip(parts, xpos, upos, _lemmas(parts, xpos), starts, ends, owners, strict=True)))


def tag_sentence(tokens: Sequence[str], split: bool = True) -> list[Tagged]:
    """Tag one sentence given as token strings (see the package docstring); ``split=False``
    for tokens already split the Penn way (a treebank's)."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    owners: list[int] = []
    pos = 0
    for n, token in enumerate(tokens):
        for part in _clitic_parts(token) if split else (token,):
            parts.append(part)
            spans.append((pos, pos + len(part)))
            owners.append(n)
            pos += len(part)
        pos += 1
    return _tag(parts, spans, owners)


def _gap_punct(gap: str, end: int, parts: list[str], spans: list[tuple[int, int]], owners: list[int]) -> None:
    """Punctuation in ``gap`` (which ends at offset ``end``) as tokens: runs of one character
    ("...", "--") stay together."""
    start = end - len(gap)
    k = 0
    while k < len(gap):
        c = gap[k]
        if c.isspace() or c.isalnum():
            k += 1
            continue
        j = k + 1
        while j < len(gap) and gap[j] == c:
            j += 1
        parts.append(gap[k:j])
        spans.append((start + k, start + j))
        owners.append(-1)
        k = j


def tag_words(words: Sequence[Word], lo: int = 0, hi: int | None = None) -> list[Tagged]:
    """Tag ``words[lo:hi]`` of a grammar stream, with the punctuation between them (and an
    opening quote or bracket before the first, the closing punctuation after the last)."""
    hi = len(words) if hi is None else hi
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    owners: list[int] = []
    for i in range(lo, hi):
        w = words[i]
        gap = w.gap
        if i == lo:
            gap = gap.rsplit(None, 1)[-1] if gap and not gap[-1].isspace() else ""  # an opening quote
        if gap != " ":  # (one space, most gaps, holds no punctuation: no call)
            _gap_punct(gap, w.start, parts, spans, owners)
        pos = w.start
        for part in _clitic_parts(w.text):
            parts.append(part)
            spans.append((pos, pos + len(part)))
            owners.append(i)
            pos += len(part)
    if hi < len(words):
        tail = words[hi].gap
        head = tail.split(None, 1)[0] if tail and not tail[0].isspace() else ""  # the full stop
        _gap_punct(head, words[hi].start - len(tail) + len(head), parts, spans, owners)
    if not parts:
        return []
    return _tag(parts, spans, owners)


def sentence_bounds(words: Sequence[Word], i: int) -> tuple[int, int]:
    """The indexes [lo, hi) of the sentence holding ``words[i]``."""
    lo = i
    while lo > 0 and not words[lo].sentence_start:
        lo -= 1
    hi = i + 1
    while hi < len(words) and not words[hi].sentence_start:
        hi += 1
    return lo, hi


class _Memo(local):  # (threading.local itself, without importing threading)
    """Tags of the stream the rules are looking at, per thread (threads of one process, as in
    a Dask or server worker, lint different segments at once)."""

    words: Sequence[Word] | None = None
    tags: dict[int, list[Tagged]]
    windows: dict[tuple[int, int, int], list[Tagged]]  # (i, before, after) -> the list in tags

    def __init__(self) -> None:
        self.tags = {}
        self.windows = {}

    def for_stream(self, words: Sequence[Word]) -> dict[int, list[Tagged]]:
        if self.words is not words:
            self.words = words
            self.tags = {}
            self.windows = {}
        return self.tags


_memo = _Memo()


def sentence_tags(words: Sequence[Word], i: int) -> list[Tagged]:
    """The tagged sentence holding ``words[i]``, memoised per sentence of this stream (the
    memo keeps the last stream only, per thread: rules run over one segment at a time)."""
    memo = _memo.for_stream(words)
    lo, hi = sentence_bounds(words, i)
    found = memo.get(lo)
    if found is None:
        found = memo[lo] = tag_words(words, lo, hi)
    return found


def window_tags(words: Sequence[Word], i: int, before: int = 8, after: int = 6) -> list[Tagged]:
    """The tags of a window of the sentence around ``words[i]``: at most ``before`` words
    before it and ``after`` after (cheaper than the whole sentence; a word near the window's
    start is tagged with less context). Memoised per window, like :func:`sentence_tags`, and
    per word it is asked for."""
    memo = _memo.for_stream(words)
    around = _memo.windows
    found = around.get((i, before, after))
    if found is not None:
        return found
    lo = i  # the sentence's bounds, looking no further than the window's
    stop = max(0, i - before)
    while lo > stop and not words[lo].sentence_start:
        lo -= 1
    hi = i + 1
    end = min(len(words), i + after + 1)
    while hi < end and not words[hi].sentence_start:
        hi += 1
    key = -1 - (lo * 100_000 + hi)  # sentences are keyed by their start (>= 0), windows below 0
    found = memo.get(key)
    if found is None:
        found = memo[key] = tag_words(words, lo, hi)
    around[i, before, after] = found
    return found


def tagged_word(words: Sequence[Word], i: int, window: int | None = None) -> list[Tagged]:
    """The tagged part(s) of ``words[i]`` ("it's" has two), from its whole sentence, or with
    ``window`` (the index of a trigger word) from the window around that word."""
    tagged = sentence_tags(words, i) if window is None else window_tags(words, window)
    return [t for t in tagged if t.word == i]
