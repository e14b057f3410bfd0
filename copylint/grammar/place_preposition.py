""""At" before a country ("at Germany"): countries take "in"."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from copylint.checks.base import Example, RuleInfo
from copylint.grammar.classes import AUXILIARIES, CONJUNCTIONS, PREPOSITIONS
from copylint.grammar.hit import Hit
from copylint.grammar.lexicon import place_kinds, verb_tags, word_tags
from copylint.grammar.stream import Word, after, before

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import Final

RULE: Final = RuleInfo(
    id="grammar.place-preposition",
    category="grammar",
    severity="warning",
    summary='"at" before a country ("a conference at Germany"): countries take "in".',
    rationale=(
        "A country is an area, so English puts \"in\" before it (\"a festival in Germany\", "
        "\"studied in France\"); \"at\" fits points and buildings (\"at the airport\"). \"At "
        "Germany\" is a common slip of writers whose first language uses one preposition for "
        "both. The rule leaves alone \"at\" after verbs and adjectives that take it (\"looked at "
        "Germany\", \"angry at France\", \"fired at Israel\"), possessives (\"at Germany's "
        "embassy\") and a country that begins a longer name (\"at Germany House\")."
    ),
    bad=(
        Example("The summit was held in 1998 [[at]] Austria."),
        Example("She studied medicine [[at]] France for two years."),
        Example("Talks took place [[at]] Norway, officials said."),
        Example("He worked as a diplomat [[at]] Japan and later in China."),
        Example("The company opened a factory [[at]] Vietnam in 2010."),
        Example("The team trained [[at]] Spain before the tournament."),
        Example("Thousands of refugees live [[at]] Peru."),
        Example("The festival is held every year [[at]] Brazil."),
        Example("He was born [[at]] India and moved to London."),
        Example("Elections were held [[at]] Kenya last week."),
    ),
    good=(
        Example("The event was held in Germany."),
        Example("Officials looked at Germany as a model."),
        Example("The minister was angry at France."),
        Example("Militants fired rockets at Israel."),
        Example("Protesters gathered at Germany's embassy."),
        Example("The reception was at Germany House."),
        Example("He aimed a jibe at Russia."),
        Example("She arrived at the airport."),
        Example("The goal came at Wembley in the final."),
        Example("Critics pointed at China and Iran."),
    ),
    fix_safe=False,
)

# verbs, adjectives and nouns after which "at" + a country is their object, not a location
_TAKES_AT: Final = frozenset(
    """look looks looked looking glance glanced stare stared aim aims aimed aiming point points pointed pointing
    fire fires fired firing shoot shoots shot shooting throw threw thrown hurl hurled direct directed
    target targeted targeting angry furious upset annoyed surprised shocked laugh laughed laughing smile
    smiled wave waved swipe swiped jab jabbed lash lashed hit strike struck strikes jibe dig digs barb barbs
    swipes attack attacks criticism anger outrage frustration rage protest protested protests yell yelled
    shout shouted hint hinted hints marvel marvelled marveled good bad better best play played playing win
    won beat""".split()
)


def find(text: str, words: list[Word], sites: Iterable[int] | None = None) -> Iterator[Hit]:
    """Hits in one segment's stream; only at ``sites`` (indexes of ``TRIGGERS`` words, in
    order) when given, which is where any can be."""
    kinds = None
    for i in range(len(words)) if sites is None else sites:
        w = words[i]
        if w.low != "at":
            continue
        n = after(words, i)
        if n is None or not n.cap or not n.word:
            continue
        if kinds is None:
            kinds = place_kinds()
        if kinds.get(n.text) != "country" or n.possessive:
            continue
        m = after(words, n.index)
        if m is not None and (m.cap or not m.word or not _ends(m)):
            continue
        b = before(words, i)
        if b is not None and b.possessive or _object_of(words, i):
            continue
        if b is not None and b.cap and not b.sentence_start:
            continue  # "Brazil at Germany": a fixture
        fix = "In" if w.text[0].isupper() else "in"
        yield Hit(RULE.id, w.start, w.end, f"\u201c{fix}\u201d before a country: \u201c{fix} {n.text}\u201d.", (fix,))


def _object_of(words: list[Word], i: int) -> bool:
    """A verb or adjective that takes "at" within the three words before ("fired rockets at")."""
    for j in range(i - 1, max(i - 4, -1), -1):
        if words[j].low in _TAKES_AT:
            return True
        if words[j + 1].clause_start:
            return False
    return False


def _ends(m: Word) -> bool:
    if m.low in PREPOSITIONS or m.low in CONJUNCTIONS or m.low in AUXILIARIES or m.low in ("and", "or", "of"):
        return m.low != "of"
    tags = verb_tags(m.low)
    return bool(tags) and not word_tags(m.low) or m.low in ("last", "next", "this", "every", "before", "after")


#: the only words ``find`` looks at: the grammar check passes it their indexes as ``sites``
TRIGGERS: Final[frozenset[str]] = frozenset({"at"})
