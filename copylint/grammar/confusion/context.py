"""What a confusion rule sees around a trigger word: its neighbours in the grammar stream
and, only when asked, their part-of-speech tags (the sentence is tagged on first request
and memoised, so sentences without a trigger are never tagged)."""

from __future__ import annotations

from collections.abc import Sequence

from copylint.grammar.hit import Hit
from copylint.grammar.stream import Word, after, before
from copylint.grammar.tagging.tagger import tagged_word, window_tags

_SUBORDINATORS = frozenset(
    "because if although though since while when whenever as that until till before after whether than so once "
    "unless whereas where like".split()
)
_NOT_OBJECT_VERBS = frozenset(
    """be is are was were been being am have has had having do does did say says said saying think thinks thought
    know knows knew believe believes believed hope hopes hoped guess feel feels felt mean means meant suppose
    realise realize realised realized suggest suggests suggested claim claims claimed argue argues argued insist
    insisted agree agreed admit admitted hear heard see sees saw seen find finds found show shows showed warn
    warned note noted add adds added explain explained tell told wonder wondered ensure ensured confirm confirmed
    announce announced predict predicted decide decided fear feared worry worried expect expected assume assumed
    understand understood remember remembered forget forgot notice noticed learn learned discover discovered
    prove proved recognise recognize imagine imagined wish wished seem seems seemed appear appears appeared
    guarantee guaranteed acknowledge acknowledged deny denied declare declared report reported stress stressed
    make makes made let lets get gets got guess reckon bet sure""".split()
)
# bare nouns that follow "it's" as a predicate: "it's time", "it's part of"
PREDICATE_NOUNS = frozenset(
    "time part home news business fun money war nothing something everything anything half enough history "
    "worth kind sort lot way crunch game life love luck work school bedtime dinner lunch".split()
)


class Site:
    """One trigger word ``words[i]`` in its stream."""

    __slots__ = ("words", "i", "w")

    def __init__(self, words: Sequence[Word], i: int) -> None:
        self.words = words
        self.i = i
        self.w = words[i]

    def low(self, offset: int) -> str:
        """The lowercase word ``offset`` places away when only spaces separate them, else ""."""
        w = self.word(offset)
        return w.low if w is not None else ""

    def word(self, offset: int) -> Word | None:
        k = self.i
        step = after if offset > 0 else before
        for _ in range(abs(offset)):
            nxt = step(self.words, k)  # type: ignore[arg-type]
            if nxt is None:
                return None
            k = nxt.index
        return self.words[k]

    def tag(self, offset: int = 0) -> str:
        """The Penn tag of the word ``offset`` places away (its first part for "it's"), "" past
        the clause edge."""
        w = self.word(offset)
        if w is None:
            return ""
        parts = tagged_word(self.words, w.index, window=self.i)
        return parts[0].tag if parts else ""

    def tags(self, offset: int = 0) -> list[str]:
        """The tags of every part of that word ("it's" -> ["PRP", "VBZ"])."""
        w = self.word(offset)
        return [] if w is None else [t.tag for t in tagged_word(self.words, w.index, window=self.i)]

    def possessive_slot(self) -> bool:
        """The trigger stands where only a possessive fits: after a preposition or a verb that
        takes an object (not a clause), and before a noun phrase without its own determiner
        ("for it's creation", "assemble they're robot", "increasing it's market share")."""
        prev = self.word(-1)
        if prev is None or not prev.word:
            return False
        prev_tag = self.tag(-1)
        low = prev.low
        if low in _SUBORDINATORS or low in _NOT_OBJECT_VERBS:
            return False
        if not (prev_tag == "IN" or prev_tag.startswith("VB") or low in ("of", "to") and prev_tag in ("IN", "TO")):
            return False
        return self.noun_phrase_at(1)

    def noun_phrase_at(self, offset: int) -> bool:
        """A determinerless noun phrase starts there: adjectives, numbers or participles, then a
        lowercase noun ("last mission", "market share", "50,000th article")."""
        for k in range(offset, offset + 4):
            w = self.word(k)
            if w is None:
                return False
            tag = self.tag(k)
            if tag in ("NN", "NNS"):
                return not w.cap or w.sentence_start
            if tag not in ("JJ", "JJS", "JJR", "CD", "VBN", "VBG", "HYPH", "NNP") or k > offset and tag == "NNP":
                return False
        return False

    def sentence(self):
        """The tagged window around the trigger (see ``window_tags``)."""
        return window_tags(self.words, self.i)

    def hit(self, rule: str, message: str, replacement: str, offset: int = 0, span: int = 1) -> Hit:
        """A hit on ``span`` words starting ``offset`` places away, suggesting ``replacement``
        (cased like the original's first letter)."""
        first = self.word(offset) or self.w
        last = self.word(offset + span - 1) or first
        if first.text[:1].isupper():
            replacement = replacement[:1].upper() + replacement[1:]
        return Hit(rule, first.start, last.end, message, (replacement,))
