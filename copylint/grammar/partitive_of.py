"""A partitive "of" with no determiner before a plural: "most of people", "many of
students", "each of candidates" (for "most people" or "most of the people")."""

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
    id="grammar.partitive-of",
    category="grammar",
    severity="error",
    summary='A partitive "of" with no determiner before a plural ("most of people", "each of candidates").',
    rationale=(
        "\"Most\", \"many\", \"some\", \"all\", \"each\", \"both\", \"none\", \"one\" and the other "
        "quantity words take a plural noun either directly (\"most people\") or through \"of\" "
        "and a determiner that names the group picked from (\"most of the people\", \"many of "
        "our readers\", \"each of these cases\"). \"Of\" straight before a bare plural (\"most of "
        "people\", \"one of reasons\") mixes the two; it is usually a \"the\" lost in an edit. The "
        "rule flags a lowercase plural noun, or an adjective and a plural noun, right after "
        "\"Q of\". It leaves alone pronouns, names, numbers and possessives after \"of\" (\"most "
        "of them\", \"most of Europe\", \"one of 12\", \"most of today's\"), mass and singular "
        "nouns (\"most of history\"), \"one of hundreds\" and \"one of many\" (quantities), "
        "a number or a quantity word that determines the noun itself (\"one of several "
        "ideas\", \"one of two ways\"), \"one of twins\" and playing cards (\"the two of hearts\"), and \"make the most of "
        "chances\" (\"the most\" is no quantity there). Measured (benchmarks/quality/new_rules.py, the rule alone): no "
        "alert on clean Wikinews, the US corpus or 41,000 words of held-out treebank text; 2 on "
        "the real-errors text, both errors its editors left; recall 1.00 on injected errors (a "
        "dropped \"the\"), both corpora."
    ),
    bad=(
        Example("[[Most of people]] in the town work at the port."),
        Example("[[Many of residents]] left before the storm."),
        Example("He was [[one of reasons]] for the delay."),
        Example("[[Each of candidates]] will speak for five minutes."),
        Example("[[Some of children]] were sent home early."),
        Example("The club lost [[all of players]] it signed last year."),
        Example("[[Both of teams]] scored twice."),
        Example("[[None of passengers]] was hurt."),
        Example("[[Several of shops]] on the street have closed."),
        Example("[[Most of young voters]] backed the plan."),
        Example("She met [[few of critics]] in person."),
    ),
    good=(
        Example("Most people in the town work at the port."),
        Example("Most of the people in the town work at the port."),
        Example("Many of our readers wrote in."),
        Example("Most of them left before the storm."),
        Example("Most of Europe was dry."),
        Example("She was one of hundreds who applied."),
        Example("He is one of twins."),
        Example("The winning card was the two of hearts."),
        Example("Players must make the most of chances."),
        Example("Most of history is unrecorded."),
        Example("One of 12 jurors was excused."),
        Example("Most of today's papers led on the vote."),
        Example("It was one of several ideas on the table."),
    ),
    fix_safe=False,
)

_QUANTIFIERS: Final = frozenset(
    """most many some several few all each both either neither none any one two three four five six
    seven eight nine ten""".split()
)
#: adjectives that count: they determine the noun themselves ("one of several reasons")
_QUANTITY_WORDS: Final = frozenset(
    """several many few various numerous countless multiple two three four five six seven eight nine ten
    eleven twelve twenty thirty forty fifty hundred thousand dozen""".split()
)
#: plural in sense though not in form
_PLURAL_SENSE: Final = frozenset("people police cattle personnel clergy livestock".split())
#: plurals that are quantities themselves, or that "one of" names idiomatically
_NOT_GROUPS: Final = frozenset(
    """hundreds thousands millions billions dozens scores tens twins triplets quadruplets hearts clubs
    diamonds spades others ones""".split()
)


def find(text: str, words: list[Word], sites: Iterable[int] | None = None) -> Iterator[Hit]:
    """Hits in one segment's stream; only at ``sites`` (indexes of ``TRIGGERS`` words, in
    order) when given, which is where any can be."""
    for k in range(len(words)) if sites is None else sites:
        q = words[k]
        of = after(words, k)
        if of is None or of.low != "of" or q.low not in _QUANTIFIERS or (q.cap and not q.sentence_start):
            continue
        b = before(words, q.index)
        if q.low == "most" and b is not None and b.low in ("the", "at"):
            continue  # "make the most of chances", "at most"
        hit = _check(words, q, of)
        if hit is not None:
            yield hit


def _check(words: list[Word], q: Word, of: Word) -> Hit | None:
    n = after(words, of.index)
    for step in range(2):
        if n is None or not n.plain:
            return None
        tags = word_tags(n.low)
        if _plural(n.low, tags):
            if n.low in _NOT_GROUPS:
                return None
            m = after(words, n.index)
            if m is not None and m.word and ("N" in word_tags(m.low) or m.low in _PLURAL_SENSE) and step == 0:
                n = m  # "most of arms dealers": the head is the last plural
            tail = _tail(words, of, n)
            return Hit(RULE.id, q.start, n.end,
                       f"\u201c{q.text} of\u201d needs a determiner before a plural: \u201c{q.text} of the "
                       f"{tail}\u201d or \u201c{q.text} {tail}\u201d.",
                       (f"{q.text} of the {tail}", f"{q.text} {tail}"))
        # one adjective before the plural: "most of young voters"; a number or a quantity
        # word is a determiner of its own ("one of several reasons", "one of two ways")
        if step or "j" not in tags or n.low in _QUANTITY_WORDS:
            return None
        n = after(words, n.index)
    return None


def _plural(low: str, tags: str) -> bool:
    return ("N" in tags and "n" not in tags) or low in _PLURAL_SENSE


def _tail(words: list[Word], of: Word, n: Word) -> str:
    return "".join(words[j].gap + words[j].text for j in range(of.index + 1, n.index + 1)).strip()


#: the only words ``find`` looks at: the grammar check passes it their indexes as ``sites``
TRIGGERS: Final[frozenset[str]] = _QUANTIFIERS
