"""Literal tokens: how a phrase in a rule file becomes a pattern, and how every rule's
tokens are matched in one pass over the document.

A literal token matches:

- whole words only: not inside a longer word, not as the second part of a hyphenated
  compound or after an apostrophe ("gotten" does not match "ill-gotten"), not before an
  apostrophe and letters other than a possessive "'s" ("don" does not match "don't"), but
  it may be the first part of a compound or take a possessive ("US-led", "US's");
- any run of whitespace (including a line break) where the token has a space, any
  apostrophe (``'``, ``\u2019``, ``\u02bc``) where it has one, any hyphen where it has one;
- by case, per ``case``: ``sensitive``, ``insensitive``, or ``smart`` (the default): a
  token written in lower case matches any case, one with a capital matches exactly
  ("per cent" matches "Per cent"; "US" does not match "us").

All rules' tokens are indexed by their first word. :meth:`Lexicon.scan` walks the words
of the document once, looks each up, and confirms a candidate with that token's own
pattern at that position, so the cost hardly grows with the number of tokens or rules.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from copylint.document import Segment
from copylint.records import record
from copylint.style.needles import Needles, fold
from copylint.style.regexes import compile_trusted

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from copylint.style.multiscan import Found, MultiScan
    from copylint.style.scopes import DocView

APOSTROPHES = "'\u2019\u02bc"
HYPHENS = "-\u2010\u2011"
_LEAD = r"(?<![\w\-\u2010\u2011])(?<!\w['\u2019\u02bc])"
_TRAIL = r"(?!\w)(?!['\u2019\u02bc](?!s\b)\w)"  # "US's" counts as "US"; "don't" is not "don"
_FIRST_WORD = re.compile(r"\w+")


def token_regex(token: str) -> str:
    """The pattern for a literal phrase, with word boundaries where it starts or ends in a word."""
    parts: list[str] = []
    for ch in token:
        if ch.isspace():
            if not parts or parts[-1] != r"\s+":
                parts.append(r"\s+")
        elif ch in APOSTROPHES:
            parts.append("['\u2019\u02bc]")
        elif ch in HYPHENS:
            parts.append("[-\u2010\u2011]")
        else:
            parts.append(re.escape(ch))
    body = "".join(parts)
    first, last = token[0], token[-1]
    lead = _LEAD if (first.isalnum() or first == "_") else ""
    trail = _TRAIL if (last.isalnum() or last in "_.") else ""
    return lead + body + trail


#: at most this many strings for a token's beginning (each apostrophe or hyphen in it multiplies them by three)
_MAX_PREFIXES = 27


def token_prefix(token: str) -> list[str]:
    """Strings of which every match of :func:`token_regex` begins with one: the token up to
    its first space, each apostrophe and hyphen in any of its forms."""
    out = [""]
    for ch in token:
        if ch.isspace():
            break
        options = APOSTROPHES if ch in APOSTROPHES else HYPHENS if ch in HYPHENS else ch
        longer = [o + c for o in out for c in options]
        if len(longer) > _MAX_PREFIXES:
            break
        out = longer
    return out


def is_insensitive(token: str, case: str) -> bool:
    return case == "insensitive" or (case == "smart" and token == token.lower())


def keep_case(matched: str, replacement: str) -> str:
    """``replacement`` in the case of ``matched`` (for tokens matched regardless of case)."""
    if not replacement or not matched:
        return replacement
    letters = [c for c in matched if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return replacement.upper()
    if matched[0].isupper() and replacement[0].islower():
        return replacement[0].upper() + replacement[1:]
    return replacement


_CLOSERS = "\"'\u201d\u2019)]"


def mind_the_full_stop(text: str, start: int, end: int, replacement: str) -> tuple[int, str]:
    """Adjust a fix where a full stop is shared with the sentence: "US." becomes "U.S." (the
    match takes the stop, rather than "U.S.."), and "U.S." that ends a paragraph becomes
    "US." (the stop stays). Returns the new end of the span and the replacement."""
    if replacement.endswith(".") and text.startswith(".", end) and not text.startswith("..", end):
        return end + 1, replacement
    if text[start:end].endswith(".") and not replacement.endswith(".") and not text[end:].strip().strip(_CLOSERS):
        return end, replacement + "."
    return end, replacement


@record(frozen=True, slots=True)
class Hit:
    """A token of a literal set found in a segment's prose."""

    segment: Segment
    start: int
    end: int
    token: int  # index into the set's tokens


class LiteralSet:
    """A rule's literal tokens, compiled once."""

    def __init__(self, tokens: Sequence[str], case: str = "smart") -> None:
        self.tokens = tuple(t.strip() for t in tokens)
        self.case = case
        self.insensitive = tuple(is_insensitive(t, case) for t in self.tokens)
        self.patterns = tuple(
            compile_trusted(token_regex(t), re.IGNORECASE if ins else 0) for t, ins in zip(self.tokens, self.insensitive, strict=True)
        )
        self.keys: tuple[str | None, ...] = tuple(_key(t) for t in self.tokens)
        rest = [i for i, k in enumerate(self.keys) if k is None]
        self._fallback = [(i, self.patterns[i]) for i in rest]
        self.id = -1  # set by the Lexicon

    def scan_fallback(self, seg: Segment) -> Iterable[Hit]:
        """Tokens that do not start with a word character are searched for directly."""
        for i, pattern in self._fallback:
            for m in pattern.finditer(seg.text):
                if m.end() > m.start():
                    yield Hit(seg, m.start(), m.end(), i)


def _key(token: str) -> str | None:
    m = _FIRST_WORD.match(token)
    return m.group().lower() if m else None


class Lexicon:
    """Every literal set of a rule set, indexed by first word for a one-pass scan."""

    def __init__(self, sets: Iterable[LiteralSet], multiscan: MultiScan | None = None) -> None:
        #: the gates of the rule set's patterns (one multi-pattern pass per document)
        self.multiscan = multiscan
        self.sets: list[LiteralSet] = []
        self.index: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for ls in sets:
            ls.id = len(self.sets)
            self.sets.append(ls)
            for i, key in enumerate(ls.keys):
                if key is not None:
                    self.index[key].append((ls.id, i))
        self.index = dict(self.index)
        self._keys = frozenset(self.index)
        self._with_fallback = [ls for ls in self.sets if ls._fallback]
        # where each token can start: its leading literal text (exact, or folded when it ignores case)
        self._starts: dict[tuple[str, bool], set[str]] = {}
        for ls in self.sets:
            for token, key, insensitive in zip(ls.tokens, ls.keys, ls.insensitive, strict=True):
                if key is None:
                    continue  # not beginning with a word: searched for directly (scan_fallback)
                for s in token_prefix(token):
                    self._starts.setdefault((fold(s) if insensitive else s, insensitive), set()).add(key)
        if multiscan is not None and self._starts:
            multiscan.locate(Needles((s,), folded) for s, folded in self._starts)

    def scan(self, view: DocView) -> dict[int, list[Hit]]:
        """Every token of every set in the document: leftmost-longest, non-overlapping per set."""
        found: dict[int, list[Hit]] = defaultdict(list)
        multipass = view.multipass() if self.multiscan is not None else None
        if multipass is not None and multipass.located is not None:
            self._scan_words(view, multipass, found)
            for seg in view.segments:
                for ls in self._with_fallback:
                    found[ls.id].extend(ls.scan_fallback(seg))
        else:
            self._scan_plain(view, found)
        return {set_id: _leftmost_longest(hits, view) for set_id, hits in found.items()}

    def _scan_words(self, view: DocView, multipass: Found, found: dict[int, list[Hit]]) -> None:
        """Tokens where their first words begin, at the positions of the tokens' leading
        text that the multi-pattern pass found (the word-by-word scan reads every word)."""
        joined, segments, sets = multipass.joined, view.segments, self.sets
        located = multipass.located or {}
        starts: set[tuple[int, str]] = set()
        for needle, keys in self._starts.items():
            for pos in located.get(needle, ()):
                starts.update((pos, key) for key in keys)
        for pos, key in sorted(starts):
            end = pos + len(key)
            if (pos and _is_word(joined[pos - 1])) or (end < len(joined) and _is_word(joined[end])) \
                    or joined[pos:end].lower() != key:
                continue  # not where the word begins, or not the whole word
            i = multipass.segment_at(pos)
            seg = segments[i]
            local = pos - multipass.starts[i]
            for set_id, token in self.index[key]:
                mm = sets[set_id].patterns[token].match(seg.text, local)
                if mm is not None:
                    found[set_id].append(Hit(seg, local, mm.end(), token))

    def _scan_plain(self, view: DocView, found: dict[int, list[Hit]]) -> None:
        """Word by word, segment by segment (without the multi-pattern pass)."""
        index, sets, keys = self.index, self.sets, self._keys
        for seg in view.segments:
            text = seg.text
            # which first words occur at all (one pass in C); most paragraphs have none
            present = keys.intersection(_FIRST_WORD.findall(text.lower()))
            if present:
                for m in _FIRST_WORD.finditer(text):
                    word = m.group().lower()
                    if word not in present:
                        continue
                    pos = m.start()
                    for set_id, token in index[word]:
                        mm = sets[set_id].patterns[token].match(text, pos)
                        if mm is not None:
                            found[set_id].append(Hit(seg, pos, mm.end(), token))
            for ls in self._with_fallback:
                found[ls.id].extend(ls.scan_fallback(seg))


def _is_word(ch: str) -> bool:
    """A character of ``\\w`` (what :data:`_FIRST_WORD` reads as part of a word)."""
    return ch.isalnum() or ch == "_"


def _leftmost_longest(hits: list[Hit], view: DocView) -> list[Hit]:
    hits.sort(key=lambda h: (view.index_of(h.segment), h.start, -h.end))
    out: list[Hit] = []
    for h in hits:
        if out and out[-1].segment is h.segment and h.start < out[-1].end:
            continue
        out.append(h)
    return out
