"""A century named by its ordinal alone: "in the opening years of the 19th, the town"
(``grammar.ordinal-century``, off by default)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from copylint.checks.base import Example, RuleInfo
from copylint.grammar.hit import Hit
from copylint.grammar.stream import Word, after

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import Final

RULE: Final = RuleInfo(
    id="grammar.ordinal-century",
    category="grammar",
    severity="warning",
    summary='A part of a century with the word "century" missing ("in the opening years of the 19th,"); off by default.',
    rationale=(
        "\"In the opening years of the 19th\" leaves the reader to supply a noun; with no "
        "\"century\" just before it, it is usually \"century\" dropped in an edit. The "
        "rule flags an ordinal from 1st to 21st after \"half of the\", \"part of the\", \"quarter "
        "of the\", \"turn of the\", \"middle of the\", \"beginning of the\", \"decades of the\" or "
        "\"years of the\" when the clause ends straight after it and no \"century\" or "
        "\"centuries\" comes before it in the same sentence or the one before (\"the 18th century "
        "and the middle of the 19th\" is a correct ellipsis; an ellipsis takes its noun from "
        "close by, not from a mention several sentences back). It leaves alone an ordinal "
        "followed by any word (\"the 19th and 20th centuries\", \"the 18th hole\") and innings "
        "and rounds (\"the bottom half of the 12th\"). Off by default: its only evidence is one editor's fix in the development corpus "
        "it was written from, the clean corpora give no case to test it on, and dates and sport "
        "(\"the middle of the 14th\" of a month, a 14th hole) can end the same way. Measured "
        "(benchmarks/quality/grammar.py): no alert on the Wikinews or the US corpus (0 per 1,000 "
        "words on each); its recall on unseen copy is unknown. Turn it on for history and "
        "reference copy."
    ),
    bad=(
        Example("The abbey was rebuilt in the opening years of the [[17th,]] then burned again."),
        Example("Wool prices collapsed in the last quarter of the [[19th;]] mills shut."),
        Example("The dialect spread in the first half of the [[16th.]]"),
        Example("At the turn of the [[19th,]] the port had 9,000 people."),
        Example("In the latter half of the [[18th,]] the canal reached the town."),
        Example("The guild faded in the middle of the [[15th.]]"),
        Example("From the beginning of the [[20th,]] the village shrank."),
        Example("In the first decades of the [[21st,]] rents doubled."),
        Example("Much of the later part of the [[14th:]] famine and revolt."),
        Example("By the second quarter of the [[12th,]] the town had a charter."),
        Example("The 17th century was lean. Prices fell. Wages fell. In the opening years of the [[18th,]] trade revived."),
    ),
    good=(
        Example("The abbey was rebuilt in the opening years of the 17th century, then burned again."),
        Example("Wool prices collapsed in the 18th and 19th centuries."),
        Example("At the turn of the 19th century, the port had 9,000 people."),
        Example("The mill thrived in the 18th century and closed in the middle of the 19th."),
        Example("The 17th century was lean. By the opening years of the 18th, trade had revived."),
        Example("He birdied at the end of the 16th, then three-putted."),
        Example("Rent is due in the first half of the 15th month."),
        Example("It was built in the first half of the 19th-century boom."),
        Example("The first half of the 14th of June was wet."),
        Example("The middle of the 4th, a quiet inning, passed fast."),
        Example("Profits rose in the first half of the season."),
        Example("She doubled in the top half of the 11th."),
    ),
    fix_safe=False,
    default_enabled=False,
)

_PARTS: Final = frozenset("half part quarter turn middle beginning decades years".split())
_ORDINAL: Final = re.compile(r"(?:[1-9]|1\d|2[01])(?:st|nd|rd|th)")
_ENDS: Final = frozenset(",.;:")
_CENTURY: Final = re.compile(r"\bcentur(?:y|ies)\b", re.IGNORECASE)
_SENTENCE_END: Final = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+")


def find(text: str, words: list[Word], sites: Iterable[int] | None = None) -> Iterator[Hit]:
    """Hits in one segment's stream; only at ``sites`` (indexes of ``TRIGGERS`` words, in
    order) when given, which is where any can be."""
    for i in range(len(words)) if sites is None else sites:
        if words[i].low not in _PARTS:
            continue
        of = after(words, i)
        the = after(words, of.index) if of is not None and of.low == "of" else None
        num = after(words, the.index) if the is not None and the.low == "the" else None
        if num is None or num.kind != "number" or not _ORDINAL.fullmatch(num.low):
            continue
        punct, space = text[num.end:num.end + 1], text[num.end + 1:num.end + 2]
        if punct not in _ENDS:
            continue  # a word or hyphen follows ("the 20th century", "the 20th-century boom"), or nothing
        if num.index + 1 < len(words) and space not in ("", " ", "\n"):
            continue  # more than a space after the punctuation: a quote, a bracket, a longer token
        if words[i].low in ("middle", "half") and (int(num.low[:-2]) < 10 or _inning(words, i)):
            continue  # "the middle of the 5th", "the bottom half of the 12th": innings and rounds
        if _CENTURY.search(text, _window_start(text, num.start), num.start):
            continue  # "the 18th century and the middle of the 19th": the ellipsis has its noun
        # the span takes in the punctuation after the ordinal: the noun goes between them
        yield Hit(RULE.id, num.start, num.end + 1,
                  f"\u201cthe {num.text}\u201d needs its noun: \u201cthe {num.text} century\u201d?",
                  (f"{num.text} century{punct}",))


def _window_start(text: str, end: int) -> int:
    """Where the sentence before the one holding ``end`` starts: an ellipsis ("the 19th") takes
    its noun from the same sentence or the one before it, not from a mention further back."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, end)]
    return ends[-2] if len(ends) >= 2 else 0


def _inning(words: list[Word], i: int) -> bool:
    b = words[i - 1] if i > 0 else None
    return b is not None and b.low in ("top", "bottom")


#: the only words ``find`` looks at: the grammar check passes it their indexes as ``sites``
TRIGGERS: Final[frozenset[str]] = _PARTS
