"""less/fewer and amount/number: quantities of things that are counted."""

from __future__ import annotations

from collections.abc import Iterator

from copylint.grammar.confusion.context import Site
from copylint.grammar.confusion.rules import rule
from copylint.grammar.hit import Hit
from copylint.grammar.lexicon import word_tags

# plurals that "less" may go with: plurals used as mass nouns or with no singular in the sense
# meant ("goods", "earnings", "news", "premises"), sums of money and resources ("funds", "taxes",
# "costs"), and units of measure ("dollars", "miles", "years": "less than ten years")
_MASS_PLURALS = frozenset(
    "goods earnings savings means news series species damages proceeds data media arms odds riches thanks "
    "winnings finances outskirts premises headquarters surroundings belongings remains "
    "funds taxes costs resources wages revenues expenses benefits emissions sales supplies assets profits losses "
    "returns fees fares rates prices sums amounts levels stakes "
    "dollars pounds euros pence cents calories miles kilometres kilometers metres meters yards feet inches "
    "lengths years months weeks days hours minutes seconds percent points degrees".split()
)

FEWER = rule(
    "fewer",
    summary='"less" before a plural noun that is counted ("less nurses"): "fewer".',
    rationale=(
        "\"Fewer\" goes with things that are counted (\"fewer nurses\", \"fewer cases\"), \"less\" with "
        "amounts (\"less money\", \"less time\"). Flagged: \"less\" directly before a plural noun, "
        "except plurals that name an amount or a sum (\"less taxes\", \"less than ten years\" are "
        "left alone); \"less than\" is never flagged."
    ),
    bad=(
        "The hospital now employs [[less]] nurses than in 2010.",
        "There were [[less]] cases reported this week.",
        "[[Less]] people voted than at the last election.",
        "The new trains carry [[less]] passengers.",
        "The airline will run [[less]] flights in winter.",
        "Schools received [[less]] complaints this year.",
        "The party won [[less]] seats than expected.",
        "Police made [[less]] arrests during the match.",
        "The firm hired [[less]] workers in March.",
        "The region had [[less]] visitors over the summer.",
    ),
    good=(
        "The hospital now employs fewer nurses than in 2010.",
        "There was less traffic this week.",
        "Fewer people voted than at the last election.",
        "The new trains use less energy.",
        "The scheme costs less than 10 million pounds.",
        "He earned less money than his rivals.",
        "The party won fewer seats than expected.",
        "She served less than five years.",
        "Voters are less interested in the race.",
        "The firm paid less taxes after the reform.",
    ),
    severity="warning",
)

AMOUNT = rule(
    "amount",
    summary='"amount of" before a plural noun that is counted ("a large amount of people"): "number of".',
    rationale=(
        "\"Number\" goes with things that are counted (\"a number of people\"), \"amount\" with mass "
        "nouns (\"the amount of money\"). Flagged: \"amount of\" (or \"amounts of\") before a plural "
        "noun, optionally after one adjective, except plurals that name sums or supplies (\"the "
        "amount of funds\", \"large amounts of resources\")."
    ),
    bad=(
        "A large [[amount]] of people gathered outside.",
        "The [[amount]] of cases rose sharply in March.",
        "She was surprised by the [[amount]] of complaints.",
        "A record [[amount]] of visitors came this year.",
        "The [[amount]] of arrests has doubled.",
        "A huge [[amount]] of new homes will be built.",
        "The [[amount]] of students enrolled fell.",
        "Officials counted the [[amount]] of votes twice.",
        "The [[amount]] of deaths is still unknown.",
        "Police seized a small [[amount]] of weapons.",
        "The [[amount]] of bus drivers fell.",
    ),
    good=(
        "A large number of people gathered outside.",
        "The number of cases rose sharply in March.",
        "The amount of money raised was not disclosed.",
        "A record amount of rain fell this year.",
        "The amount of funds available is limited.",
        "Large amounts of resources were wasted.",
        "The amount of time spent on the case was huge.",
        "The amount of damage is still unknown.",
        "Police seized a small amount of cocaine.",
        "The amount paid to staff rose.",
        "The amount of money fell.",
    ),
    severity="warning",
)


_NUMBER_NOUNS = frozenset("hundreds thousands millions billions trillions tens dozens scores lots tons tonnes "
                          "loads heaps".split())


def _plural_count_noun(site: Site, offset: int) -> bool:
    w = site.word(offset)
    if w is None or w.cap or w.low in _MASS_PLURALS:
        return False
    if w.low in ("people", "children", "men", "women"):
        return True
    # the tagger, or the word lists when it reads the word as a verb after "less" ("less nurses")
    return w.low.endswith("s") and (site.tag(offset) == "NNS" or "N" in word_tags(w.low) and site.tag(offset) == "VBZ")


def _may_be_plural(low: str) -> bool:
    """What :func:`_plural_count_noun` needs of a word's letters: in -s, or a plural without it."""
    return low.endswith("s") or low in ("people", "children", "men", "women")


def _fewer(site: Site) -> Iterator[Hit]:
    n1 = site.low(1)
    if not n1 or n1 in ("than", "and", "or") or n1 in _MASS_PLURALS or site.low(-1) in ("no", "more", "or"):
        return
    if (n1.endswith("s") or n1 in ("people", "children", "men", "women")) and _plural_count_noun(site, 1):
        if site.low(2) in ("of",):
            return
        yield site.hit(FEWER.id, "For things that are counted, write \u201cfewer\u201d.", "fewer")


def _amount(site: Site) -> Iterator[Hit]:
    if site.low(1) != "of":
        return
    if not any(_may_be_plural(site.low(k)) for k in (2, 3, 4)):
        return  # the hit below needs a plural at one of these (settled by the words, before any tag)
    k = 2
    if site.tag(2) in ("JJ", "VBN") and site.low(3):
        k = 3
    if site.tag(k) == "NN" and site.low(k + 1).endswith("s") and _plural_count_noun(site, k + 1):
        k += 1  # a compound's head: "the amount of bus drivers"
    n = site.low(k)
    if (n.endswith("s") or n in ("people", "children", "men", "women")) and _plural_count_noun(site, k):
        if site.low(k + 1) == "'s" or site.low(k + 1) == "of" and n in _NUMBER_NOUNS:
            return  # "amounts of millions of dollars"
        replacement = "numbers" if site.w.low == "amounts" else "number"
        yield site.hit(AMOUNT.id, "For things that are counted, write \u201cnumber\u201d.", replacement)


RULES = (FEWER, AMOUNT)
FINDERS = {
    FEWER.id: (_fewer, frozenset({"less"})),
    AMOUNT.id: (_amount, frozenset({"amount", "amounts"})),
}
