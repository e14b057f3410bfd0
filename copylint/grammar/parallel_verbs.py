"""Parallel verbs: "They trashed a reception area and smashing windows"."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from copylint.checks.base import Example, RuleInfo
from copylint.grammar.classes import AUXILIARIES, DETERMINERS, OBJECT_PRONOUNS, POSSESSIVES, PREPOSITIONS
from copylint.grammar.hit import Hit
from copylint.grammar.lexicon import is_past, lemmas, verb_form, verb_tags, word_tags
from copylint.grammar.stream import Word, after, before

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import Final

RULE: Final = RuleInfo(
    id="grammar.parallel-verbs",
    category="grammar",
    severity="warning",
    summary='An -ing verb joined by "and" to a past-tense verb ("trashed the lobby and smashing windows").',
    rationale=(
        "Verbs joined by \"and\" share their subject and take the same form: \"they trashed the "
        "lobby and smashed windows\". An -ing verb after \"and\" in a clause whose verb is in the "
        "past tense is a leftover from a rewrite. The rule flags it only when the past verb "
        "follows its subject directly, no -ing verb comes between them and the -ing word cannot "
        "be a noun (\"training\", \"funding\", \"killing\"), and it takes an object of its own. "
        "The suggestion is the past form."
    ),
    bad=(
        Example("They trashed a reception area and [[smashing]] windows."),
        Example("Protesters blocked the road and [[throwing]] stones at police."),
        Example("He resigned from the board and [[selling]] his shares."),
        Example("The rebels seized the airport and [[looting]] shops."),
        Example("She wrote the report and [[sending]] it to the minister."),
        Example("Police arrested two men and [[seizing]] their phones."),
        Example("Officials closed the border, and [[cancelling]] all flights."),
        Example("The company sacked its chief and [[hiring]] a new one."),
    ),
    good=(
        Example("They trashed a reception area and smashed windows."),
        Example("Protesters were blocking the road and throwing stones."),
        Example("He was seen running and shouting at police."),
        Example("The army provided weapons and training to the rebels."),
        Example("The group claimed the bombing and killing of two soldiers."),
        Example("She spent years writing and editing the book."),
        Example("They enjoyed swimming and sailing."),
        Example("Police arrested two men after searching the house and seizing their phones."),
        Example("He resigned, saying the board had ignored him."),
    ),
    fix_safe=False,
)

_SUBJECTS: Final = frozenset("i he she it we they you who".split())
_PARTICLES: Final = frozenset("up down out off away back over".split())


def find(text: str, words: list[Word], sites: Iterable[int] | None = None) -> Iterator[Hit]:
    """Hits in one segment's stream; only at ``sites`` (indexes of ``TRIGGERS`` words, in
    order) when given, which is where any can be."""
    for i in range(len(words)) if sites is None else sites:
        w = words[i]
        if w.low != "and":
            continue
        v2 = after(words, i)
        if v2 is None or not v2.low.endswith("ing") or "g" not in verb_tags(v2.low) or v2.cap:
            continue
        if word_tags(v2.low):  # also a noun or adjective: "training", "killing", "amazing"
            continue
        obj = after(words, v2.index)
        if obj is None or not _object_start(obj):
            continue
        v1 = _finite_past(words, i)
        if v1 is None:
            continue
        past = [verb_form(b, "d") for b in lemmas(v2.low) if b != v2.low]
        suggestions = tuple(dict.fromkeys(p for p in past if p))[:2]
        yield Hit(RULE.id, v2.start, v2.end,
                  f"\u201c{v2.text}\u201d should match \u201c{v1.text}\u201d: "
                  + (f"\u201c{suggestions[0]}\u201d?" if suggestions else "use the past tense."),
                  suggestions)


def _object_start(w: Word) -> bool:
    if w.kind == "number":
        return True
    if w.low in DETERMINERS or w.low in POSSESSIVES or w.low in OBJECT_PRONOUNS or w.low in _PARTICLES \
            or w.low in ("it", "you"):
        return True
    if w.cap:
        return True
    tags = word_tags(w.low)
    return "N" in tags or ("j" in tags and "n" not in tags) or (w.low in PREPOSITIONS and w.low in ("at", "to"))


def _finite_past(words: list[Word], i: int) -> Word | None:
    """The past-tense verb the "and" at ``words[i]`` coordinates with, if it has a subject right
    before it and no -ing verb or auxiliary comes between."""
    j = i - 1
    while j >= 0 and i - j <= 10:
        w = words[j]
        if words[j + 1].sentence_start and j + 1 <= i:
            return None
        if w.low in AUXILIARIES or w.low == "and":
            return None
        if w.low.endswith("ing") and "g" in verb_tags(w.low):
            return None  # "blocking the road and throwing": already parallel
        if is_past(w.low) and not w.cap:
            s = before(words, j)
            if s is None:
                return None
            if s.low in _SUBJECTS or (s.cap and s.word) or ("n" in word_tags(s.low) or "N" in word_tags(s.low)):
                if s.low in AUXILIARIES or s.low in PREPOSITIONS:
                    return None
                return w
            return None
        j -= 1
    return None


#: the only words ``find`` looks at: the grammar check passes it their indexes as ``sites``
TRIGGERS: Final[frozenset[str]] = frozenset({"and"})
