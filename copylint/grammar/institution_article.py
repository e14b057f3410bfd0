"""An institution named "X of Y" without its "the": "she joined Ministry of Fisheries", "he chaired
Council of Elders" (``grammar.institution-article``)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from copylint.checks.base import Example, RuleInfo
from copylint.grammar.classes import PREPOSITIONS
from copylint.grammar.hit import Hit
from copylint.grammar.stream import Word, after, before

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import Final

RULE: Final = RuleInfo(
    id="grammar.institution-article",
    category="grammar",
    severity="warning",
    summary='An institution called "X of Y" needs "the" ("joined the Ministry of Fisheries").',
    rationale=(
        "A name built as \"Academy of ...\", \"Ministry of ...\", \"University of ...\", "
        "\"Council of ...\" is a common noun with an \"of\" phrase, so it takes \"the\" like any "
        "such phrase: \"she joined the Ministry of Fisheries\", \"he chaired the Council of Elders\". "
        "Writers who know the name from letterheads and logos, where the article is dropped, "
        "drop it in running text too. The rule looks at the object of a verb that takes an "
        "organisation as its object (founding, joining, leading, leaving, attending, visiting, "
        "suing: \"founded\", \"joined\", \"headed\", \"left\", \"visited\", \"sued\") written "
        "straight before such a name, with no article, possessive or other word between. It "
        "leaves alone a name used as a modifier (\"joined Ministry of Fisheries staff\"), headlines "
        "and lists (no verb before the name), names after a preposition (\"at University of "
        "Leeds\" reads as a caption too often in news copy to flag), and heads whose names often "
        "take no article (\"Bank of America\", \"House of Fraser\": \"bank\" and \"house\" are "
        "not on the list). Measured (benchmarks/quality/grammar.py): at most 0.05 alerts per 1,000 "
        "words on the Wikinews and the US corpus (figures in the closing note of issue 12)."
    ),
    bad=(
        Example("In 1979 she [[co-founded Ghanaian Academy of Letters]]."),
        Example("He [[joined Ministry of Fisheries]] in 2010 as a statistician."),
        Example("She later [[headed Department of Geology]] at the polytechnic."),
        Example("The brothers [[founded Museum of Clocks]] in 1962."),
        Example("After university she [[joined Institute of Actuaries]]."),
        Example("He [[left Commission of Audit]] to stand for mayor."),
        Example("She [[chaired Council of Elders]] for a decade."),
        Example("In 1975 they [[established School of Nursing]] in the town."),
        Example("He [[attended University of Otago]] before moving to Perth."),
        Example("Campaigners [[sued Department of Transport]] over the bypass."),
        Example("The delegation [[visited Museum of Flight]] on Tuesday."),
        Example("Her aunt [[founded Society of Friends of the Library]]."),
    ),
    good=(
        Example("In 1979 she co-founded the Ghanaian Academy of Letters."),
        Example("He joined the Ministry of Fisheries in 2010 as a statistician."),
        Example("She later headed the Department of Geology at the polytechnic."),
        Example("He joined Ministry of Fisheries staff on the visit."),
        Example("Scientists at University of Otago Dunedin took part."),
        Example("She joined Bank of Montreal in 1999."),
        Example("He attended Cardiff University before moving to Perth."),
        Example("Ministry of Fisheries confirms the figures."),
        Example("They founded a Museum of Clocks in every county."),
        Example("She joined her uncle's Institute of Dentistry."),
        Example("He left Oxford, then joined University College Dublin."),
        Example("The council sued the Department of Transport over the bypass."),
    ),
    fix_safe=True,
)

# verbs whose object is often an organisation's name (and that take an object straight after them)
_VERBS: Final = frozenset(
    "founded co-founded cofounded established joined rejoined headed chaired led left attended entered "
    "heads chairs leads joins founds directed ran runs managed visited sued addressed dissolved created "
    "formed".split()
)
# what may follow the name when it is the verb's object (anything else may make it a modifier)
_AFTER_NAME: Final = PREPOSITIONS | frozenset(
    "and but or as where which that who before after while when until since because then".split()
)
# heads of "X of Y" names that take "the" (not "bank", "house", "party": "Bank of America", "House of
# Fraser" and many party names are used without it)
_HEADS: Final = frozenset(
    "academy institute ministry department museum society commission university college school council "
    "office board federation association league chamber bureau agency organisation organization "
    "assembly conservatory".split()
)


def find(text: str, words: list[Word], sites: Iterable[int] | None = None) -> Iterator[Hit]:
    """Hits in one segment's stream; only at ``sites`` (indexes of ``TRIGGERS`` words, in
    order) when given, which is where any can be."""
    for i in range(len(words)) if sites is None else sites:
        w = words[i]
        if w.low not in _HEADS or not w.cap:
            continue
        of = after(words, i)
        if of is None or of.text != "of":
            continue
        # the name's first word: the head, or capitalised words straight before it
        k = i
        while k > 0 and (p := before(words, k)) is not None and p.cap and p.word and not p.sentence_start \
                and p.low not in _VERBS and not p.possessive:
            k -= 1
        first = words[k]
        verb = before(words, k)
        if verb is None or verb.low not in _VERBS or verb.cap or first.sentence_start:
            continue
        end = _name_end(words, of.index)
        if end is None:
            continue
        nxt = after(words, end.index)
        if nxt is not None and nxt.word and nxt.low not in _AFTER_NAME:
            continue  # maybe the name as a modifier: "joined Ministry of Defence staff"
        # the span takes in the verb, so it covers the place where "the" belongs
        name = text[first.start:end.end]
        yield Hit(RULE.id, verb.start, end.end, f"\u201c{name}\u201d needs \u201cthe\u201d before it.",
                  (f"{verb.text} the {name}",))


def _name_end(words: list[Word], of: int) -> Word | None:
    """The last capitalised word of the name after its "of" ("of Rural Life", "of Friends of
    the Museum"), or None when no capitalised word follows."""
    end = None
    j = of
    while (n := after(words, j)) is not None and n.word:
        if n.cap:
            end = n
        elif n.low not in ("of", "the", "and", "for", "&"):
            break
        j = n.index
    return end


#: the only words ``find`` looks at: the grammar check passes it their indexes as ``sites``
TRIGGERS: Final[frozenset[str]] = _HEADS
