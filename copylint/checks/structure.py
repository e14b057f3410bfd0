"""Structure checks: the article's parts, not its sentences."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator

from copylint.checks.base import Check, CheckContext, Example, Finding, RuleInfo
from copylint.document import PLACEHOLDER, Document

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:  # (difflib is imported where a near-copy is compared: most articles never need it)
    from difflib import SequenceMatcher

DUPLICATE_HEADLINE = RuleInfo(
    id="structure.duplicate-headline",
    category="structure",
    severity="error",
    summary="The headline is repeated in the article text.",
    rationale=(
        "When copy is pasted from a CMS or a wire feed, the headline often comes along and "
        "ends up a second time at the top of the body. Readers see it twice on the page and "
        "it reads as a production error. The check compares the headline with each body "
        "block, ignoring case, punctuation, quote style and spacing, and also catches a "
        "near-copy that differs by a character or two."
    ),
    bad=(
        Example("Troops sent to Iraq\n\n[[Troops sent to Iraq]]\nThe US has sent troops.", "txt"),
        Example("Troops sent to Iraq\n\n[[TROOPS SENT TO IRAQ.]]\nThe US has sent troops.", "txt"),
        Example("Iran’s leader condemns ‘wickedness’\n[[Iran's leader condemns 'wickedness']]\nMore text.", "txt"),
        Example("# Storm hits coast\n\n[[Storm hits coast]]\n\nWinds reached 100mph.", "md"),
        Example("<title>Storm hits coast</title><h1>Storm hits coast</h1><p>[[Storm hits the coast]]</p>", "html"),
    ),
    good=(
        Example("Troops sent to Iraq\n\nThe US has sent troops to Iraq, officials said.", "txt"),
        Example("Storm hits coast\n\nThe storm that hits the coast tonight is the worst in years.", "txt"),
        Example("# Storm hits coast\n\nWinds reached 100mph.", "md"),
        Example("<title>Storm hits coast</title><h1>Storm hits coast</h1><p>Winds reached 100mph.</p>", "html"),
    ),
)

#: the quote style normalise's definition folds (a no-op on its result: see normalise)
_FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})


def normalise(text: str) -> str:
    """Lower case, one quote style, no punctuation, single spaces."""
    if text.isascii():  # (NFKC and the quote folding leave ASCII as it is; punctuation deleted on bytes)
        return " ".join(text.lower().encode("ascii").translate(None, _ASCII_PUNCTUATION).decode("ascii").split())
    # (the quote style folded by _FOLD is not applied: each character it folds, and what it
    # folds it to, is punctuation that the next step deletes; str.translate looks every
    # character up in the table)
    text = unicodedata.normalize("NFKC", text).lower().replace(PLACEHOLDER, " ")
    text = _PUNCTUATION.sub("", text)
    return " ".join(text.split())


_PUNCTUATION = re.compile(r"[^\w\s]")
_ASCII_PUNCTUATION = bytes(c for c in range(128) if _PUNCTUATION.match(chr(c)))
#: the ASCII word characters (``\\w``), as bytes to delete
_ASCII_WORD = bytes(c for c in range(128) if re.match(r"\w", chr(c)))
#: characters :func:`normalise` treats one by one: NFKC leaves them as they are and composes
#: nothing with them (ASCII, the quotes and dashes it folds, the placeholder)
_UNSTABLE = re.compile("[^\x00-\x7f\u2018\u2019\u201c\u201d\u2013\u2014\ufffc]")


def _longer_than(text: str, limit: int) -> bool:
    """Whether ``normalise(text)`` is surely longer than ``limit``, judged from a prefix of
    the text (False: cannot tell). Over characters that are normalised one by one, the
    normal form of a prefix is a prefix of the normal form of the whole (the prefix stops
    one character short of the checked stretch, so nothing after it can compose with it)."""
    k = 2 * limit + 2
    if len(text) <= k:
        return False
    if text.isascii():
        # the normal form keeps every word character (ASCII letters, digits, "_"): more of
        # them than ``limit`` make it longer, and counting them is cheaper than normalising
        prefix = text[:k - 1].encode("ascii")
        if len(prefix) - len(prefix.translate(None, _ASCII_WORD)) > limit:
            return True
    elif _UNSTABLE.search(text, 0, k) is not None:  # (ASCII never is)
        return False
    return len(normalise(text[:k - 1])) > limit


_SMALL_WORDS = frozenset("the a an of to in on at and for as by".split())


class _Headline:
    """A normalised headline, with what comparing a text to it needs computed once: the
    character matcher with the headline as its second sequence (difflib keeps its index of
    that sequence between texts) and the headline's character counts."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._chars: SequenceMatcher[str] | None = None  # made on first use
        # the headline's distinct characters and how often each occurs, then its words, their
        # set, and how often each occurs: made when a text near the headline's length is
        # compared (most articles have none); a text's counts are taken by ``str.count`` and
        # ``list.count``, in C (a Counter of each text cost more)
        self.counted = False
        self.chars: tuple[str, ...] = ()
        self.char_counts: tuple[int, ...] = ()
        self.words: list[str] = []
        self.word_set: frozenset[str] = frozenset()
        self.distinct_words: tuple[str, ...] = ()
        self.word_counts: tuple[int, ...] = ()
        self.slack = max(12, len(text) // 5)

    def _count(self) -> None:
        text = self.text
        self.counted = True
        self.chars = tuple(set(text))
        self.char_counts = tuple(map(text.count, self.chars))
        self.words = text.split()
        self.word_set = frozenset(self.words)
        self.distinct_words = tuple(self.word_set)
        self.word_counts = tuple(map(self.words.count, self.distinct_words))

    def same(self, text: str) -> bool:
        """:func:`_same` (the same answer, without building a matcher per text)."""
        headline = self.text
        if text == headline:
            return True
        if abs(len(text) - len(headline)) > self.slack:
            return False
        # SequenceMatcher.quick_ratio: the characters the two share, counted with multiplicity
        # (at most the shorter one's length: a cheaper bound first); the sum of each headline
        # character's count in the text, at most its count in the headline, is the size of
        # the two Counters' intersection
        if not self.counted:
            self._count()
        total = len(text) + len(headline)
        if 2.0 * min(len(text), len(headline)) / total >= 0.92 and \
                2.0 * sum(map(min, map(text.count, self.chars), self.char_counts)) / total >= 0.92:
            if self._chars is None:
                from difflib import SequenceMatcher

                self._chars = SequenceMatcher(None, "", headline, autojunk=False)
            self._chars.set_seq1(text)
            if self._chars.ratio() >= 0.92:
                return True
        return self._same_words(text)

    def _same_words(self, text: str) -> bool:
        """:func:`_same_words` of the text and the headline (the same answer, with the
        headline's words, their set and counts made once, and no Counter of the text)."""
        if not self.counted:
            self._count()
        a, b = text.split(), self.words
        if abs(len(a) - len(b)) > 2:
            return False
        if len(self.word_set.symmetric_difference(a)) > 2:  # (bounds of the count below)
            return False
        # the words in one and not the other, with multiplicity: both lengths less twice the
        # size of the two Counters' intersection (the headline's words' counts in the text,
        # each at most its count in the headline)
        if len(a) + len(b) - 2 * sum(map(min, map(a.count, self.distinct_words), self.word_counts)) > 2:
            return False
        return _small_words_apart(a, b)


def _same(text: str, headline: str) -> bool:
    """Equal, one or two characters apart, or apart only by small words ("the", "of")."""
    if text == headline:
        return True
    if abs(len(text) - len(headline)) > max(12, len(headline) // 5):
        return False
    from difflib import SequenceMatcher

    chars = SequenceMatcher(None, text, headline, autojunk=False)
    if chars.quick_ratio() >= 0.92 and chars.ratio() >= 0.92:  # (quick_ratio is an upper bound of ratio)
        return True
    return _same_words(text, headline)


def _same_words(text: str, headline: str) -> bool:
    """Apart only by one or two small words."""
    a, b = text.split(), headline.split()
    if abs(len(a) - len(b)) > 2 or len(set(a) ^ set(b)) > 2:  # (bounds of the count below)
        return False
    # every word in one and not the other is in a changed block: more than two, and no need to align
    if sum(((Counter(a) - Counter(b)) + (Counter(b) - Counter(a))).values()) > 2:
        return False
    return _small_words_apart(a, b)


def _small_words_apart(a: list[str], b: list[str]) -> bool:
    """Whether the word lists ``a`` and ``b``, aligned, differ by one or two small words."""
    from difflib import SequenceMatcher

    ops = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    changed = [w for tag, i1, i2, j1, j2 in ops if tag != "equal" for w in a[i1:i2] + b[j1:j2]]
    return 0 < len(changed) <= 2 and all(w in _SMALL_WORDS for w in changed)


class DuplicateHeadline(Check):
    rules = (DUPLICATE_HEADLINE,)

    def run(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        headlines = [_Headline(h) for h in (normalise(s.text) for s in doc.segments if s.kind == "headline")
                     if len(h.split()) >= 3]
        if not headlines:
            return
        limit = max(len(head.text) + head.slack for head in headlines)  # longer than this matches none
        # shorter than this matches none: an ASCII text's normal form is no longer than it
        # (lower case keeps its length; punctuation and spacing go)
        shortest = min(len(head.text) - head.slack for head in headlines)
        for seg in doc.segments:
            text = seg.text
            if seg.kind == "headline" or (len(text) < shortest and text.isascii()) or _longer_than(text, limit):
                continue
            norm = normalise(text)
            if not norm:
                continue
            for head in headlines:
                if head.same(norm):
                    yield Finding(
                        DUPLICATE_HEADLINE.id, seg, 0, len(seg.text),
                        "Headline repeated in the article text; delete the copy",
                    )
                    break
