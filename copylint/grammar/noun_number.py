"""A singular count noun where a plural one belongs: after a number above one ("three book",
"two year ago"), after "a few", "a couple of", "dozens of", "a number of", and after a
partitive that picks from a plural ("each of the candidate", "one of the best player")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from copylint.checks.base import Example, RuleInfo
from copylint.grammar.classes import COLLECTIVE_NOUNS, CONJUNCTIONS, DETERMINERS, POSSESSIVES, PREPOSITIONS, SAY_VERBS
from copylint.grammar.determiners import (
    _NOT_NOUNS,
    _ONE_OF_DETS,
    _PLURAL_SENSE,
    MASS_NOUNS,
    _ends_phrase,
    _one_of,
    _plural,
)
from copylint.grammar.hit import Hit
from copylint.grammar.lexicon import lemmas, verb_tags, word_tags
from copylint.grammar.stream import NUMBER, Word, after, before

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import Final

RULE: Final = RuleInfo(
    id="grammar.noun-number",
    category="grammar",
    severity="error",
    summary='A singular noun after a number or quantity above one ("three book", "two year ago", "each of the candidate").',
    rationale=(
        "A count noun after a number above one, \"a few\", \"a couple of\", \"dozens of\" (and "
        "\"scores\", \"hundreds\", \"thousands\", \"millions\", \"billions of\") or \"a number of\" "
        "is plural: \"three books\", \"two years ago\", \"a few days\". So is the noun after a "
        "partitive that picks from a group (\"each of the candidates\", \"both of the teams\", "
        "\"one of the best players\"). A singular there is usually a slip in typing or an edit. "
        "The rule looks only at a noun that ends its phrase (punctuation, a preposition, a "
        "conjunction, a verb or \"ago\" follows), so compound modifiers (\"a three year plan\", "
        "\"two year olds\", \"the 2019 election\") are left to other rules, and it leaves alone "
        "nouns with no plural or a plural sense (\"two percent\", \"five dozen\", \"three "
        "sheep\", \"thousands of staff\"), capitalised words (names, headlines), numbers that "
        "label something (\"chapter two\", \"flight 93\", \"a 20 minute\", decimals, years), and "
        "collective nouns after a partitive (\"one of the family\" is a person of the family). "
        "A word that can also be a verb or an adjective is checked by the part-of-speech tagger "
        "before it is flagged (\"the two head to Paris\" is a verb). Measured (benchmarks/quality/new_rules.py, "
        "the rule alone): on clean copy 2 alerts on Wikinews (0.066 per 1,000 words, both true "
        "errors in interview transcripts: no false alarm) and 2 on the US corpus (0.009, one "
        "false alarm twice); none on 41,000 words of held-out treebank text; recall on injected "
        "errors 0.87 (Wikinews) and 0.90 (US). The clean corpora were read while writing it."
    ),
    bad=(
        Example("The appeal took [[three year]] to reach court."),
        Example("The bridge opened [[two decade]] ago."),
        Example("She spent [[a few day]] in hospital."),
        Example("The ferry carries about [[40 passenger]] at a time."),
        Example("Voters backed the change by [[five vote]] to two."),
        Example("Police arrested [[dozens of protester]] outside the embassy."),
        Example("Each of the [[candidate]] was interviewed twice."),
        Example("Turnout was one of the highest [[figure]] on record."),
        Example("The council has [[a number of concern]] about the plan."),
        Example("He scored [[twenty-two goal]] in the league."),
        Example("The museum holds [[thousands of painting]], most of them in storage."),
        Example("Neither of the [[driver]] was hurt."),
        Example("The trial lasted [[seven week]]."),
    ),
    good=(
        Example("The appeal took three years to reach court."),
        Example("They signed a three year deal."),
        Example("The bridge opened two decades ago."),
        Example("Two year olds need more sleep."),
        Example("The 2019 election was close."),
        Example("Read chapter two before Friday."),
        Example("The shares fell two percent on the day."),
        Example("The farm lost three sheep in the storm."),
        Example("Thousands of staff walked out."),
        Example("She is one of the family now."),
        Example("The two head to Paris on Monday."),
        Example("He paid for a 20 minute session with the coach."),
        Example("Each of the candidates spoke for ten minutes."),
        Example("The Two Sisters bakery opened in May."),
        Example("A few days later the talks resumed."),
    ),
    fix_safe=False,
)

_UNITS: Final = "two three four five six seven eight nine".split()
_TEENS: Final = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS: Final = "twenty thirty forty fifty sixty seventy eighty ninety".split()
#: number words above one, hyphenated compounds included ("twenty-two")
NUMBER_WORDS: Final = frozenset(_UNITS + _TEENS + _TENS + [f"{t}-{u}" for t in _TENS for u in ["one"] + _UNITS])
#: words that multiply the number before them ("two hundred", "5 million")
_MULTIPLIERS: Final = frozenset("hundred thousand million billion trillion dozen".split())
#: "dozens of", "thousands of": a plural quantity before "of"
_PLURAL_QUANTITIES: Final = frozenset("dozens scores hundreds thousands millions billions tens".split())
#: partitives that pick from a plural: "each of the candidates"
_PARTITIVES: Final = frozenset("each either neither both one".split()) | NUMBER_WORDS
#: nouns that stay singular after a number ("two percent", "five dozen", "three sheep",
#: "100 head of cattle", "ten yen", "six foot tall"), beside those with a plural sense
_INVARIABLE: Final = frozenset(
    """percent dozen hundred thousand million billion trillion score head stone foot yen yuan renminbi
    baht rand won kip riel kyat euro sheep deer fish salmon trout cod moose bison swine aircraft
    spacecraft hovercraft craft offspring species series means crossroads headquarters barracks
    hertz horsepower buffalo elk antelope caribou reindeer grouse quail squid shrimp carp pike tuna
    halibut mackerel herring crew""".split()
) | _PLURAL_SENSE  # ("crew" counts members: "a ship with 30 crew")
#: nouns for a body of people or things: "one of the family" names a member, not a family
_GROUP_NOUNS: Final = COLLECTIVE_NOUNS | frozenset(
    """crew jury gang pair couple trio duo quartet quintet household public audience cast class faculty
    squad panel tribe clan congregation community population majority minority rest remainder bunch
    batch set herd flock pack unit delegation regiment battalion platoon troop fleet convoy choir
    orchestra army navy cabinet family""".split()
)
#: words before a number that make it a label or part of a modifier ("a 20 minute walk",
#: "per 100 resident" is left to the reader)
_MODIFIER_OPENERS: Final = frozenset("a an one this that".split())
_DETERMINER_HEADS: Final = frozenset("the these those all".split()) | POSSESSIVES
_DIGITS: Final = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")
_LABEL_WORDS: Final = frozenset("no num number nos".split())


def find(text: str, words: list[Word], sites: Iterable[int] | None = None) -> Iterator[Hit]:
    """Hits in one segment's stream; only at ``sites`` (indexes of ``TRIGGERS`` words and
    number tokens, in order) when given, which is where any can be."""
    for i in range(len(words)) if sites is None else sites:
        w = words[i]
        low = w.low
        if w.kind == "number":
            hit = _after_number(words, i, digits=True)
        elif (o := after(words, i)) is not None and o.low == "of":
            hit = _after_of(words, o.index)  # "dozens of", "each of the", "two of the"
        elif low in NUMBER_WORDS or low == "few":
            hit = _after_number(words, i, digits=False)
        else:
            hit = None
        if hit is not None:
            yield hit


def _after_number(words: list[Word], i: int, digits: bool) -> Hit | None:
    """"three book", "40 passenger", "a few day": the noun after a number above one."""
    w = words[i]
    if digits:
        if not _DIGITS.fullmatch(w.low):
            return None
        value = int(w.low.replace(",", ""))
        if value < 2 or ("," not in w.low and len(w.low) == 4 and 1000 <= value <= 2199):
            return None  # one, or a year ("the 2019 election")
    first = w
    if i > 0 and w.gap and not w.gap.isspace() and not w.gap.endswith((" ", "\n", "(")):
        return None  # joined to what precedes: "4-2", "24/7", "9:30"
    b = before(words, i)
    if w.low == "few":
        if b is None or b.low != "a":
            return None  # "few doubt it": "few" alone is often a pronoun
        first = b
    elif b is not None:
        if b.kind == "number" or b.low in _LABEL_WORDS or (b.cap and not b.sentence_start and not b.possessive):
            return None  # "chapter Two", "No. 2", "Apollo 11", "20 to 30"
        if b.low in _MULTIPLIERS or b.low in NUMBER_WORDS:
            return None  # a later word of a number already looked at ("two hundred")
        if b.low in ("in", "out") and (bb := before(words, b.index)) is not None and (
                bb.kind == "number" or bb.low in NUMBER_WORDS or bb.low in ("one", "of")):
            return None  # odds: "a one in ten chance", "a 1 in 5 chance", "nine out of ten"
        if b.low in _PERSONAL_PRONOUNS:
            return None  # "you two", "we three": the number stands for people
        if word_tags(b.low) == "n" and not verb_tags(b.low) and b.low not in _FUNCTION_WORDS:
            return None  # "flight 93", "tier two": the number labels the noun before it
        if digits and (b.low in _DETERMINER_HEADS or b.possessive or b.low in ("a", "an")):
            return None  # "the 737 jet", "the 500 mark": after "the" a figure often labels its noun
        if b.low in _MODIFIER_OPENERS or (b.word and ("j" in word_tags(b.low) or "n" in word_tags(b.low))
                                          and b.low not in PREPOSITIONS and (bb := before(words, b.index))
                                          is not None and bb.low in _MODIFIER_OPENERS):
            return None  # "a 20 minute walk", "a top 10 finish": part of a modifier
    # "two hundred", "5 million", "three dozen": the noun comes after the multipliers
    k = i
    n = after(words, k)
    while n is not None and (n.low in _MULTIPLIERS or n.low in NUMBER_WORDS):
        k = n.index
        n = after(words, k)
    if n is None or not _singular_count_noun(n):
        return None
    if not _ends(words, n.index):
        return None
    plural = _plural(n.low)
    if plural is None:
        return None
    if b is not None and b.low in ("with", "without") and "g" in verb_tags(n.low):
        return None  # "with 12 opening this year": an absolute clause
    if "j" in word_tags(n.low) and not _ends_clearly(words, n.index):
        return None  # "three young swimmers": an adjective before a noun the lexicon may lack
    if _ambiguous(n.low):
        # a word that is also a verb or an adjective: after "the two", a sentence start or
        # "and" it may be a verb ("the two head to Paris"); elsewhere the tagger decides
        # (with punctuation straight after, as in "two candidate, ...", a verb is unlikely: the
        # tagger decides there too)
        clause_end = after(words, n.index) is None
        if b is None and (w.sentence_start or not clause_end):
            return None
        if b is not None and (b.low in _DETERMINER_HEADS or b.possessive or b.low in SAY_VERBS
                              or (b.low in ("and", "or", "but") and not clause_end)):
            return None
        if not _tagged_noun(words, n.index):
            return None
    quantity = "".join(words[j].text if j == first.index else words[j].gap + words[j].text
                       for j in range(first.index, k + 1))
    return Hit(RULE.id, first.start, n.end, f"\u201c{quantity}\u201d takes a plural noun: \u201c{plural}\u201d.",
               (_replace_tail(words, first.index, n, plural),))


_PERSONAL_PRONOUNS: Final = frozenset("you we us they them".split())
_FUNCTION_WORDS: Final = PREPOSITIONS | CONJUNCTIONS | DETERMINERS | POSSESSIVES | frozenset("of to".split())


def _after_of(words: list[Word], i: int) -> Hit | None:
    """"dozens of protester", "a number of concern", "each of the candidate"."""
    q = before(words, i)
    if q is None or not q.word or q.cap and not q.sentence_start:
        return None
    ql = q.low
    if ql in _PLURAL_QUANTITIES or ql == "couple" or ql == "number":
        if ql in ("couple", "number"):
            a = before(words, q.index)
            # "a couple of", "a number of", "a large number of"
            if a is not None and a.low != "a" and "j" in word_tags(a.low):
                a = before(words, a.index)  # the article before the adjective
            if a is None or a.low != "a":
                return None
            return _plural_after(words, i, q, a, partitive=False)
        return _plural_after(words, i, q, q, partitive=False)
    if ql in _PARTITIVES:
        d = after(words, i)
        if d is None or d.low not in _ONE_OF_DETS:
            return None
        if ql == "one" and _one_of(words, q.index) is not None:
            return None  # grammar.determiner-noun says it already
        return _plural_after(words, d.index, q, q, partitive=True)
    return None


def _plural_after(words: list[Word], k: int, q: Word, first: Word, partitive: bool) -> Hit | None:
    """The head noun of the phrase after ``words[k]``: up to two modifiers (adjectives,
    superlatives), then a singular count noun that ends the phrase."""
    for _ in range(3):
        n = after(words, k)
        if n is None or not n.plain:
            return None
        if n.low in _NOT_NOUNS or n.low in NUMBER_WORDS or n.low in _MULTIPLIERS:
            return None  # "one of the two engine": the number's own alert
        tags = word_tags(n.low)
        if _ends(words, n.index):
            if not _singular_count_noun(n) or (partitive and n.low in _GROUP_NOUNS):
                return None
            plural = _plural(n.low)
            if plural is None:
                return None
            if "j" in tags and not _ends_clearly(words, n.index):
                return None
            if _ambiguous(n.low) and not _tagged_noun(words, n.index):
                return None
            quantity = f"{q.text} of {words[q.index + 2].text}" if partitive else f"{q.text} of"
            message = f"\u201c{quantity}\u201d takes a plural noun: \u201c{plural}\u201d."
            if partitive:  # "each of the [[candidate]]"
                return Hit(RULE.id, n.start, n.end, message, (plural,))
            return Hit(RULE.id, first.start, n.end, message, (_replace_tail(words, first.index, n, plural),))
        # a modifier: an adjective, a superlative, "most"/"more" before one
        if "j" not in tags and n.low not in ("most", "more", "least") and not n.low.endswith("ly") and not (
                (p := before(words, n.index)) is not None and p.low in ("most", "more", "least")):
            return None  # (after "most" a participle is an adjective: "the most challenging")
        if "N" in tags:
            return None
        k = n.index
    return None


def _singular_count_noun(n: Word) -> bool:
    if not n.plain:
        return False
    low = n.low
    tags = word_tags(low)
    return "n" in tags and "N" not in tags and low not in _INVARIABLE and low not in MASS_NOUNS \
        and low not in _NOT_NOUNS


def _ends(words: list[Word], i: int) -> bool:
    """The noun ends its phrase; "ago" ends it too ("two year ago"). Not when it modifies a
    later noun: "gas and power lines", "a 30 foot (9 metre) wall", "two senior partners"."""
    n = after(words, i)
    if n is not None and n.low == "ago":
        return True
    if i + 1 < len(words) and words[i + 1].gap.lstrip().startswith(")"):
        return False  # a measure converted in brackets is usually a modifier
    if n is not None and n.word:
        if n.low in ("and", "or", "&"):
            m = after(words, n.index)
            p = after(words, m.index) if m is not None and m.word else None
            if p is not None and m is not None and p.word and "N" in word_tags(p.low) and not m.cap and m.low not in DETERMINERS \
                    and m.low not in POSSESSIVES:
                return False  # "gas and power lines"
        tags = verb_tags(n.low)
        if "z" in tags and any("n" in word_tags(lemma) for lemma in lemmas(n.low)):
            return False  # a plural noun that is also a verb form: "two senior partners"
    return _ends_phrase(words, i)


def _ends_clearly(words: list[Word], i: int) -> bool:
    """Punctuation, a preposition, a conjunction or "ago" follows ``words[i]``."""
    n = after(words, i)
    if n is None:  # not a comma: "two junior, unpaid posts" lists adjectives
        return _ends_phrase(words, i) and (i + 1 >= len(words) or "," not in words[i + 1].gap)
    return n.low == "ago" or n.low in PREPOSITIONS or n.low in ("of", "and", "or", "but", "that", "than")


def _ambiguous(low: str) -> bool:
    return bool(verb_tags(low)) or "j" in word_tags(low) or "r" in word_tags(low)


def _tagged_noun(words: list[Word], n: int) -> bool:
    """The tagger reads ``words[n]`` as a singular common noun."""
    from copylint.grammar.tagging import tagged_word

    parts = tagged_word(words, n)
    return bool(parts) and parts[0].tag == "NN"


def _replace_tail(words: list[Word], i: int, n: Word, plural: str) -> str:
    """The words from ``words[i]`` to ``n`` with the noun made plural."""
    parts = [words[j].text if j == i else words[j].gap + words[j].text for j in range(i, n.index)]
    return "".join(parts) + n.gap + plural


#: the only words ``find`` looks at: the grammar check passes it their indexes as ``sites``
TRIGGERS: Final[frozenset[str]] = NUMBER_WORDS | _PLURAL_QUANTITIES | _PARTITIVES | frozenset({"few", "couple", "number",
                                                                                        NUMBER})
