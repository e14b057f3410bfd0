"""A verb written where its noun belongs, after a determiner: "announced the withdraw", "their
arrive" (``grammar.verb-as-noun``)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

from copylint.checks.base import Example, RuleInfo
from copylint.grammar.hit import Hit
from copylint.grammar.stream import Word, before

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import Final

RULE: Final = RuleInfo(
    id="grammar.verb-as-noun",
    category="grammar",
    severity="warning",
    summary='A verb after "the", "a" or a possessive where its noun belongs ("the withdraw", "their arrive").',
    rationale=(
        "An article or a possessive opens a noun phrase, so a verb cannot stand straight after "
        "it: \"the withdraw\" is \"the withdrawal\", \"their arrive\" is \"their arrival\", "
        "\"entered the compete\" lost its \"to\" or its noun. It happens when a sentence is "
        "rewritten halfway or a suffix is dropped, and a spell checker cannot see it. The rule "
        "holds a general list of verbs that are never nouns (\"withdraw\", \"arrive\", "
        "\"compete\", \"decide\", \"approve\", \"testify\", \"proceed\") with the noun each "
        "makes, and flags one directly after \"the\", \"a\", \"an\", \"his\", \"their\", "
        "\"its\", \"our\", \"my\", \"your\" or \"every\". Words that are also nouns (\"refuse\", "
        "\"permit\", \"assist\", \"reject\", \"repeat\", \"reveal\") or name a button or a key in "
        "software copy (\"the publish button\", \"the enter key\") and determiners that can be "
        "pronouns (\"that\", \"those\", \"her\": \"let her decide\") are left out, and so is a "
        "capitalised word (a title: \"the Compete Act\"). Measured (benchmarks/quality/grammar.py): "
        "at most 0.05 alerts per 1,000 words on the Wikinews and the US corpus (figures in the "
        "closing note of issue 12)."
    ),
    bad=(
        Example("The minister announced [[the withdraw]] of the troops."),
        Example("The swimmer entered [[the compete]] at the last minute."),
        Example("Crowds gathered for [[their arrive]] at the harbour."),
        Example("The panel postponed [[the decide]] until June."),
        Example("The regulator gave [[its approve]] on Monday."),
        Example("Reporters noted [[his deny]] of the claims."),
        Example("Residents rejected [[the propose]] for a car park."),
        Example("Vets said [[the survive]] of the calf was unlikely."),
        Example("Supporters celebrated [[the acquit]] of the three nurses."),
        Example("The coach praised [[their perform]] in the second half."),
        Example("Historians doubt [[the exist]] of the letter."),
        Example("The witness began [[his testify]] after lunch."),
        Example("Officers stopped [[the proceed]] of the march."),
    ),
    good=(
        Example("The minister announced the withdrawal of the troops."),
        Example("The swimmer decided to compete at the last minute."),
        Example("Let her decide what happens next."),
        Example("Teams that compete abroad must register."),
        Example("Those arrive first who leave early."),
        Example("The Compete Act passed in 2007."),
        Example("The refuse was collected on Tuesday."),
        Example("The council issued a permit for the stall."),
        Example("She had an assist and a goal."),
        Example("The survival of the calf was a surprise."),
        Example("The jury said the nurses would be acquitted."),
        Example("The witness began his testimony after lunch."),
        Example("The big reveal came in the last episode."),
    ),
    fix_safe=False,
)

# "verb noun" pairs: the verb is never a noun, the noun is what a writer meant after a determiner
_PAIRS: Final = """
compete competition | arrive arrival | decide decision | withdraw withdrawal | approve approval
deny denial | propose proposal | survive survival | acquit acquittal | perform performance
appear appearance | maintain maintenance | pursue pursuit | occur occurrence | exist existence
succeed success | resist resistance | emerge emergence | depart departure | explain explanation
describe description | investigate investigation | prohibit prohibition | restrict restriction
expand expansion | destroy destruction | intervene intervention | participate participation
contribute contribution | recover recovery | deliver delivery | discover discovery | announce announcement
achieve achievement | assess assessment | agree agreement | enforce enforcement | complain complaint
apply application | admit admission | commit commitment | omit omission | submit submission
transmit transmission | attend attendance | encourage encouragement | choose choice | prove proof
believe belief | recognise recognition | recognize recognition | consider consideration | renew renewal
dismiss dismissal | remove removal | betray betrayal | acquire acquisition | ratify ratification
occupy occupation | oppose opposition | protect protection | evacuate evacuation | evaluate evaluation
negotiate negotiation | cooperate cooperation | collaborate collaboration | compensate compensation
resign resignation | retire retirement | accuse accusation | analyse analysis | analyze analysis
testify testimony | proceed proceeding | respond response | react reaction | conclude conclusion
persuade persuasion | prefer preference | prevent prevention | receive receipt | extend extension
detain detention | disclose disclosure | dispose disposal | bury burial | allege allegation | assume assumption
seize seizure | violate violation | justify justification | imply implication | insist insistence
interfere interference | escalate escalation | exclude exclusion | hesitate hesitation | perceive perception
deprive deprivation | embarrass embarrassment | abolish abolition | inherit inheritance | rely reliance
revise revision | criticise criticism | criticize criticism | acknowledge acknowledgement | solve solution
"""
_OPENERS: Final = frozenset("the a an his their its our my your every".split())


@cache
def _nouns() -> dict[str, str]:
    return dict(pair.split() for pair in _PAIRS.replace("\n", "|").split("|") if pair.strip())


def find(text: str, words: list[Word], sites: Iterable[int] | None = None) -> Iterator[Hit]:
    """Hits in one segment's stream; only at ``sites`` (indexes of ``TRIGGERS`` words, in
    order) when given, which is where any can be."""
    nouns = _nouns()
    for i in range(len(words)) if sites is None else sites:
        w = words[i]
        noun = nouns.get(w.low)
        if noun is None or not w.word or w.cap:
            continue
        d = before(words, i)
        if d is None or d.low not in _OPENERS or not d.word:
            continue
        if text[w.end:w.end + 1] in ("-", "'", "\u2019") or text[d.start - 1:d.start] in ("-",):
            continue
        yield Hit(RULE.id, d.start, w.end,
                  f"\u201c{w.text}\u201d is a verb; after \u201c{d.text}\u201d a noun belongs: "
                  f"\u201c{d.text} {noun}\u201d.", (f"{d.text} {noun}",))


#: the only words ``find`` looks at: the grammar check passes it their indexes as ``sites``
TRIGGERS: Final[frozenset[str]] = frozenset(_nouns())
