"""An institution named "X of Y" without its "the": "he co-founded Pakistan Academy of
Sciences", "she joined Ministry of Defence" (``grammar.institution-article``)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from copylint.checks.base import Example, RuleInfo
from copylint.grammar.classes import PREPOSITIONS
from copylint.grammar.hit import Hit
from copylint.grammar.stream import Word, after, before

RULE = RuleInfo(
    id="grammar.institution-article",
    category="grammar",
    severity="warning",
    summary='An institution called "X of Y" needs "the" ("joined the Ministry of Defence").',
    rationale=(
        "A name built as \"Academy of ...\", \"Ministry of ...\", \"University of ...\" is a "
        "common noun with an \"of\" phrase, so it takes \"the\" like any such phrase: \"she "
        "joined the Ministry of Defence\", \"he co-founded the Pakistan Academy of Sciences\". "
        "Writers who know the name from letterheads and logos, where the article is dropped, "
        "drop it in running text too. The rule looks at the object of a verb of founding, "
        "joining, leading or leaving (\"founded\", \"joined\", \"headed\", \"left\") written "
        "straight before such a name, with no article, possessive or other word between. It "
        "leaves alone a name used as a modifier (\"joined Ministry of Defence staff\"), headlines "
        "and lists (no verb before the name), names after a preposition (\"at University of "
        "Texas\" reads as a caption too often in news copy to flag), and names that take no "
        "article (\"Bank of America\" is not on the list). Measured (benchmarks/quality/grammar.py): "
        "no alert on the Wikinews or the US corpus."
    ),
    bad=(
        Example("In 1953 he [[co-founded Pakistan Academy of Sciences]]."),
        Example("She [[joined Ministry of Defence]] in 2004 as an analyst."),
        Example("He later [[headed Department of Physics]] at the college."),
        Example("The couple [[founded Museum of Rural Life]] in 1951."),
        Example("After the war he [[joined Royal Society of Chemistry]]."),
        Example("She [[left Institute of Fiscal Studies]] to run for office."),
        Example("He [[chaired Commission of Inquiry]] into the collapse."),
        Example("In 1990 they [[established Academy of Traditional Music]]."),
        Example("She [[attended University of Lagos]] before moving to London."),
        Example("He [[joined Ministry of Interior]] as a junior clerk."),
        Example("Her grandfather [[founded Society of Friends of the Museum]]."),
    ),
    good=(
        Example("In 1953 he co-founded the Pakistan Academy of Sciences."),
        Example("She joined the Ministry of Defence in 2004 as an analyst."),
        Example("He later headed the Department of Physics at the college."),
        Example("She joined Ministry of Defence staff on the trip."),
        Example("Researchers at University of Texas Arlington took part."),
        Example("He joined Bank of America in 2001."),
        Example("She attended Yale University before moving to London."),
        Example("Ministry of Defence confirms the test."),
        Example("They founded a Museum of Rural Life in every county."),
        Example("He joined his father's Institute of Tropical Medicine."),
        Example("She left Harvard, then joined University College London."),
    ),
    fix_safe=True,
)

# the verbs whose object is an institution's name often enough to matter
_VERBS = frozenset(
    "founded co-founded cofounded established joined rejoined headed chaired led left attended entered "
    "heads chairs leads joins founds".split()
)
# what may follow the name when it is the verb's object (anything else may make it a modifier)
_AFTER_NAME = PREPOSITIONS | frozenset(
    "and but or as where which that who before after while when until since because then".split()
)
_HEADS = frozenset(
    "academy institute ministry department museum society commission university".split()
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
TRIGGERS: frozenset[str] = _HEADS
