"""Comparatives marked twice or mixed: "more better", "most biggest", "as big than"."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from copylint.checks.base import Example, RuleInfo
from copylint.grammar.hit import Hit
from copylint.grammar.lexicon import word_tags
from copylint.grammar.stream import Word, after, before

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import Final

RULE: Final = RuleInfo(
    id="grammar.comparative",
    category="grammar",
    severity="error",
    summary='A comparative marked twice ("more better", "most biggest") or "as ... than" ("as big than").',
    rationale=(
        "An adjective is compared either with -er/-est or with \"more\"/\"most\", never both: "
        "\"better\", not \"more better\"; \"easiest\", not \"most easiest\". And \"as\" pairs with "
        "\"as\" (\"as big as\"), \"-er\" with \"than\" (\"bigger than\"); \"as big than\" mixes the "
        "two. \"More\" before a comparative is left alone when it counts the noun that follows "
        "(\"more older people\" means a larger number of older people): the rule fires only when "
        "the comparative is not followed by a noun."
    ),
    bad=(
        Example("The new system is [[more better]] than the old one."),
        Example("Travel has become [[more easier]] since the bridge opened."),
        Example("The storm was [[most worst]] in the north."),
        Example("It was the [[most biggest]] crowd of the season."),
        Example("The deficit is [[as big than]] last year's."),
        Example("Prices rose [[more faster]] than wages."),
        Example("The road is [[more safer]] now, officials said."),
        Example("The second test was [[more harder]] than the first."),
        Example("The tower is [[as tall than]] the cathedral."),
        Example("This year's harvest was [[more larger]] than expected."),
        Example("The vote was the [[most closest]] in decades."),
    ),
    good=(
        Example("The new system is better than the old one."),
        Example("More older people are using the internet."),
        Example("The deficit is as big as last year's."),
        Example("The deficit is bigger than last year's."),
        Example("The party won more seats than expected."),
        Example("More younger voters turned out."),
        Example("The plan is more popular than the last one."),
        Example("He was more eager than ever to leave."),
        Example("It is as good or better than the original."),
        Example("Most other parties backed the bill."),
        Example("The most senior officials were absent."),
    ),
    fix_safe=False,
)

_IRREGULAR: Final = {"better": "good", "worse": "bad", "best": "good", "worst": "bad"}


def find(text: str, words: list[Word], sites: Iterable[int] | None = None) -> Iterator[Hit]:
    """Hits in one segment's stream; only at ``sites`` (indexes of ``TRIGGERS`` words, in
    order) when given, which is where any can be."""
    for i in range(len(words)) if sites is None else sites:
        w = words[i]
        if w.low in ("more", "most"):
            n = after(words, i)
            if n is None or not n.word or n.cap:
                continue
            degree = _degree(n.low)
            if degree is None or (degree == "er") != (w.low == "more"):
                continue
            if degree == "er" and _noun_follows(words, n.index):
                continue  # "more older people": "more" counts the noun
            yield Hit(RULE.id, w.start, n.end,
                      f"\u201c{n.text}\u201d is already {'comparative' if degree == 'er' else 'superlative'}: "
                      f"drop \u201c{w.text}\u201d.", (n.text,))
        elif w.low == "than" and i >= 2:
            a = before(words, i)
            s = before(words, a.index) if a is not None else None
            if a is None or s is None or s.low != "as" or not a.word:
                continue
            if a.low in ("more", "less", "fewer", "rather", "other") or (
                    "j" not in word_tags(a.low) and a.low not in ("much", "many", "well", "far", "long", "soon")):
                continue
            if _degree(a.low) is not None:
                continue  # "as better than": another slip, other words
            yield Hit(RULE.id, s.start, w.end, f"\u201cas {a.text}\u201d pairs with \u201cas\u201d, not \u201cthan\u201d.",
                      (f"as {a.text} as",))


def _noun_follows(words: list[Word], i: int) -> bool:
    m = after(words, i)
    if m is None or not m.word:
        return False
    if m.cap or "-" in m.text:
        return True
    tags = word_tags(m.low)
    return "N" in tags or m.low in _PLURAL_SENSE or ("n" in tags and "r" not in tags and m.low != "than")


_PLURAL_SENSE: Final = frozenset("people police staff personnel cattle".split())


def _degree(low: str) -> str | None:
    """"er" for a comparative adjective, "est" for a superlative, else None."""
    if low in _IRREGULAR:
        return "er" if low in ("better", "worse") else "est"
    for suffix in ("er", "est"):
        if not low.endswith(suffix) or "j" not in word_tags(low) or len(low) < len(suffix) + 3:
            continue
        stem = low[: -len(suffix)]
        bases = {stem, stem + "e"}
        if stem.endswith("i"):
            bases.add(stem[:-1] + "y")
        if len(stem) > 2 and stem[-1] == stem[-2]:
            bases.add(stem[:-1])
        if any(word_tags(b) and "j" in word_tags(b) for b in bases):
            return suffix
    return None


#: the only words ``find`` looks at: the grammar check passes it their indexes as ``sites``
TRIGGERS: Final[frozenset[str]] = frozenset({"more", "most", "than"})
