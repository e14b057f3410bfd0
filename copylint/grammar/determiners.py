"""Determiner and noun that disagree in number: "a people are", "these kind of", "much people",
"an informations", "many year"."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from copylint.checks.base import Example, RuleInfo
from copylint.grammar.classes import AUXILIARIES, CONJUNCTIONS, DETERMINERS, POSSESSIVES, PREPOSITIONS
from copylint.grammar.hit import Hit
from copylint.grammar.lexicon import verb_tags, word_tags
from copylint.grammar.stream import Word, after, before

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import Final

RULE: Final = RuleInfo(
    id="grammar.determiner-noun",
    category="grammar",
    severity="error",
    summary='A determiner that does not match its noun in number ("these kind", "much people", "an informations").',
    rationale=(
        "Singular determiners (\"a\", \"an\", \"this\", \"every\", \"each\", \"another\") take a "
        "singular noun, plural ones (\"these\", \"those\", \"many\", \"several\", \"both\", "
        "\"various\", \"numerous\") a plural one, and \"much\" a mass noun. A mismatch is usually a "
        "half-finished edit (\"these kind of attacks\", \"a informations\"). Mass nouns such as "
        "\"information\", \"advice\" and \"equipment\" have no plural. The rule checks the noun "
        "directly after the determiner and only when the noun ends its phrase (it is followed by "
        "a verb, a preposition, a conjunction or punctuation), so plural nouns used as modifiers "
        "(\"a sports car\", \"a jobs report\") and quantities (\"a few\", \"a lot\") are left alone. "
        "\"One of the\" picks from a plural: \"one of the largest cities\", not \"city\"."
    ),
    bad=(
        Example("Officials said [[these kind]] of attacks are rare."),
        Example("[[Much people]] were left without power."),
        Example("The ministry published [[an informations]] sheet."),
        Example("The agency gave [[many advices]] to travellers."),
        Example("[[Every players]] in the squad was tested."),
        Example("[[Several witness]] said the car was speeding."),
        Example("The club signed [[a players]] from Brazil."),
        Example("[[This proposals]] would cut taxes."),
        Example("[[Those type]] of loans are risky."),
        Example("[[Each countries]] sends two delegates."),
        Example("The army lost [[much equipments]] in the retreat."),
        Example("[[Various option]] are being considered."),
        Example("He was one of the [[winner]] of the contest."),
        Example("Lagos is one of the largest [[city]] in Africa."),
    ),
    good=(
        Example("Officials said this kind of attack is rare."),
        Example("Many people were left without power."),
        Example("The ministry published an information sheet."),
        Example("The club signed a sports scientist from Brazil."),
        Example("A few players were tested."),
        Example("The Kurds are a people without a state."),
        Example("Each country sends two delegates."),
        Example("These kinds of loans are risky."),
        Example("Much of the equipment was lost."),
        Example("A series of attacks hit the city."),
        Example("The report found that these measures work."),
        Example("Both sides claimed victory."),
        Example("Several people said a lot was at stake."),
        Example("He was one of the winners of the contest."),
        Example("One of the best was left out."),
    ),
    fix_safe=False,
)

_SINGULAR_DETS: Final = frozenset("a an this every each another".split())
_PLURAL_DETS: Final = frozenset("these those many several both various numerous".split())
# nouns with no plural in ordinary use
MASS_NOUNS: Final = frozenset(
    """information advice equipment furniture luggage baggage homework knowledge evidence research
    feedback machinery software hardware jewellery jewelry clothing rubbish garbage traffic""".split()
)
_MASS_PLURALS: Final = {n + "s": n for n in MASS_NOUNS}
# singular in form, plural in sense: "many people", "those police"
_PLURAL_SENSE: Final = frozenset(
    """people police cattle staff personnel clergy livestock folk poultry offspring aircraft sheep deer
    fish species series means crossroads headquarters barracks data media news militia youth elderly
    public""".split()
)
_NOT_NOUNS: Final = frozenset("other others more less same such own few lot little much".split())
_KIND: Final = frozenset("kind sort type".split())
_VERBLESS_NEXT: Final = PREPOSITIONS | CONJUNCTIONS | AUXILIARIES | frozenset("of".split())


def find(text: str, words: list[Word], sites: Iterable[int] | None = None) -> Iterator[Hit]:
    """Hits in one segment's stream; only at ``sites`` (indexes of ``TRIGGERS`` words, in
    order) when given, which is where any can be."""
    for i in range(len(words)) if sites is None else sites:
        w = words[i]
        low = w.low
        if low == "one":
            hit = _one_of(words, i)
            if hit is not None:
                yield hit
        elif low in _SINGULAR_DETS or low in _PLURAL_DETS or low == "much":
            hit = _check(words, i, w)
            if hit is not None:
                yield hit


def _check(words: list[Word], i: int, d: Word) -> Hit | None:
    n = after(words, i)
    if n is None:
        return None
    # what every branch below needs, tested first (most determiners stand before a word that
    # fits them): a plural-only noun, "people" or a mass plural after a singular determiner or
    # "much"; a singular-only noun, "kind"/"sort"/"type" or a mass plural after a plural one
    noun = n.low
    tags = word_tags(noun)
    if d.low in _PLURAL_DETS:
        if tags != "n" and noun not in _MASS_PLURALS and noun not in _KIND:
            return None
    elif tags != "N" and noun not in _MASS_PLURALS and noun != "people":
        return None
    if not n.plain:
        return None
    b = before(words, i)
    if d.low in ("that", "this") and b is not None and b.low in ("like", "as"):
        return None
    if noun in _NOT_NOUNS:
        return None
    fix: str | None = None
    if d.low in _SINGULAR_DETS:
        if noun in _MASS_PLURALS:
            fix = _MASS_PLURALS[noun]
        elif tags == "N" and not verb_tags(noun) and _ends_phrase(words, n.index):
            single = _singular(noun)
            fix = single
        elif noun == "people" and d.low in ("a", "an"):
            nxt = after(words, n.index)
            if nxt is not None and nxt.low in ("are", "were", "have"):
                fix = "person"
        if fix is None:
            return None
        message = f"\u201c{d.text}\u201d takes a singular noun: \u201c{d.text} {fix}\u201d?"
        if noun in _MASS_PLURALS and d.low in ("a", "an"):
            message = f"\u201c{fix}\u201d has no plural and takes no \u201c{d.text}\u201d."
        return Hit(RULE.id, d.start, n.end, message, (f"{d.text} {fix}",))
    if d.low == "much":
        if noun in _MASS_PLURALS:
            fix = f"much {_MASS_PLURALS[noun]}"
        elif noun == "people" or (tags == "N" and not verb_tags(noun) and _ends_phrase(words, n.index)):
            fix = f"many {noun}"
        if fix is None:
            return None
        return Hit(RULE.id, d.start, n.end, f"\u201cmuch\u201d goes with mass nouns: \u201c{fix}\u201d?", (fix,))
    # plural determiners
    if noun in _MASS_PLURALS:
        fix = _MASS_PLURALS[noun]
        return Hit(RULE.id, d.start, n.end, f"\u201c{fix}\u201d has no plural.", (f"{d.text} {fix}",))
    if noun in _KIND:
        nxt = after(words, n.index)
        if nxt is not None and nxt.low == "of":
            return Hit(RULE.id, d.start, n.end,
                       f"\u201c{d.text}\u201d is plural: \u201c{d.text} {noun}s of\u201d or "
                       f"\u201c{'this' if d.low == 'these' else 'that'} {noun} of\u201d.",
                       (f"{d.text} {noun}s",))
        return None
    # "many fear", "those affected", "these include": pronouns before a verb; "several" and
    # "various" never stand alone, so there a noun that is also a verb still counts
    pronoun_use = d.low not in ("several", "various", "numerous")
    if d.low == "both" and _followed_by_and(words, n.index):
        return None  # "both production and export"
    if tags != "n" or (verb_tags(noun) and pronoun_use) or noun in _PLURAL_SENSE or noun in MASS_NOUNS:
        return None
    if not _ends_phrase(words, n.index):
        return None
    plural = _plural(noun)
    if plural is None:
        return None
    return Hit(RULE.id, d.start, n.end, f"\u201c{d.text}\u201d takes a plural noun: \u201c{d.text} {plural}\u201d?",
               (f"{d.text} {plural}",))


_ONE_OF_DETS: Final = frozenset("the his her their its our my your these those".split())


def _one_of(words: list[Word], i: int) -> Hit | None:
    """"one of the winner", "one of the largest city": "one of" picks from a plural."""
    o = after(words, i)
    d = after(words, o.index) if o is not None and o.low == "of" else None
    if d is None or d.low not in _ONE_OF_DETS:
        return None
    k = d.index
    for _ in range(3):
        n = after(words, k)
        if n is None or not n.plain:
            return None
        tags = word_tags(n.low)
        if tags == "j" or (tags == "jr" and n.low.endswith("est")):
            k = n.index  # "one of the largest ..."
            continue
        if tags != "n" or verb_tags(n.low) or n.low in _PLURAL_SENSE or n.low in MASS_NOUNS or n.low in _NOT_NOUNS:
            return None
        if not _ends_phrase(words, n.index):
            return None
        plural = _plural(n.low)
        if plural is None:
            return None
        return Hit(RULE.id, n.start, n.end, f"\u201cone of {d.text}\u201d takes a plural: \u201c{plural}\u201d.",
                   (plural,))
    return None


def _ends_phrase(words: list[Word], i: int) -> bool:
    """The noun at ``words[i]`` ends its noun phrase: punctuation, a preposition, a conjunction,
    an auxiliary or a plain verb follows (not another noun: "a sports car")."""
    n = after(words, i)
    if n is None:  # punctuation or a paragraph break follows, unless it joins words ("education/employer")
        return i + 1 >= len(words) or not any(c in "/&+-" for c in words[i + 1].gap)
    if not n.word:
        return False
    if n.low in _VERBLESS_NEXT or n.low == "that":
        return True
    tags = verb_tags(n.low)
    return bool(tags) and not word_tags(n.low) and not n.cap and n.low not in _DETERMINERS_POSSESSIVES


_DETERMINERS_POSSESSIVES: Final = DETERMINERS | POSSESSIVES


def _followed_by_and(words: list[Word], i: int) -> bool:
    n = after(words, i)
    return n is not None and n.low in ("and", "or")


def _plural(noun: str) -> str | None:
    for plural in (noun + "s", noun + "es", noun[:-1] + "ies" if noun.endswith("y") else ""):
        if plural and "N" in word_tags(plural):
            return plural
    return None


def _singular(plural: str) -> str | None:
    for single in (plural[:-1], plural[:-2] if plural.endswith("es") else "",
                   plural[:-3] + "y" if plural.endswith("ies") else ""):
        if single and "n" in word_tags(single) and _plural(single) == plural:
            return single
    return None


#: the only words ``find`` looks at: the grammar check passes it their indexes as ``sites``
TRIGGERS: Final[frozenset[str]] = frozenset({"one", "much"}) | _SINGULAR_DETS | _PLURAL_DETS
