"""A century named by its ordinal alone: "in the second half of the 20th, there were"
(``grammar.ordinal-century``)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from copylint.checks.base import Example, RuleInfo
from copylint.grammar.hit import Hit
from copylint.grammar.stream import Word, after

RULE = RuleInfo(
    id="grammar.ordinal-century",
    category="grammar",
    severity="warning",
    summary='A part of a century with the word "century" missing ("the second half of the 20th,").',
    rationale=(
        "\"The second half of the 20th\" leaves the reader to supply a noun; in running text it "
        "is nearly always \"century\" dropped in an edit. The rule flags an ordinal from 1st to "
        "21st after \"half of the\", \"part of the\", \"quarter of the\", \"turn of the\", "
        "\"middle of the\", \"beginning of the\", \"decades of the\" or \"years of the\" when the "
        "clause ends straight after it. It leaves alone an ordinal followed by any word (\"the "
        "19th and 20th centuries\", \"the turn of the 20th century\", \"the 18th hole\") and the "
        "end or start of a numbered day or hole (\"by the end of the 18th\" is not on the list, "
        "because golf and dates use it). The alert covers the ordinal and the punctuation after "
        "it, where the noun goes. Measured (benchmarks/quality/grammar.py): no alert on the "
        "Wikinews or the US corpus (neither has a site to inject the error into, so its recall "
        "is measured by its examples and the real-error corpus only)."
    ),
    bad=(
        Example("By the second half of the [[20th,]] few farms were left."),
        Example("The style faded in the first half of the [[19th.]]"),
        Example("Trade grew in the latter part of the [[18th;]] ports expanded."),
        Example("At the turn of the [[20th,]] the town had 4,000 people."),
        Example("In the last quarter of the [[19th,]] railways reached the valley."),
        Example("The church was rebuilt in the middle of the [[17th.]]"),
        Example("From the beginning of the [[21st,]] sales have fallen."),
        Example("In the early decades of the [[20th,]] the mill closed."),
        Example("During the early years of the [[20th,]] the port grew."),
        Example("Much of the second half of the [[16th:]] war and plague."),
    ),
    good=(
        Example("By the second half of the 20th century, few farms were left."),
        Example("The style faded in the first half of the 19th and 20th centuries."),
        Example("At the turn of the 20th century, the town had 4,000 people."),
        Example("He bogeyed at the end of the 18th, then recovered."),
        Example("Payment is due in the first half of the 20th month."),
        Example("It was built in the second half of the 20th-century boom."),
        Example("The first half of the 20th of May was dry."),
        Example("In the second half of the game, he scored twice."),
        Example("The middle of the 5th, a quiet inning, passed quickly."),
        Example("Sales rose in the second half of the year."),
        Example("He homered in the bottom half of the 12th."),
    ),
    fix_safe=False,
)

_PARTS = frozenset("half part quarter turn middle beginning decades years".split())
_ORDINAL = re.compile(r"(?:[1-9]|1\d|2[01])(?:st|nd|rd|th)")
_ENDS = frozenset(",.;:")


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
        # the span takes in the punctuation after the ordinal: the noun goes between them
        yield Hit(RULE.id, num.start, num.end + 1,
                  f"\u201cthe {num.text}\u201d needs its noun: \u201cthe {num.text} century\u201d?",
                  (f"{num.text} century{punct}",))


def _inning(words: list[Word], i: int) -> bool:
    b = words[i - 1] if i > 0 else None
    return b is not None and b.low in ("top", "bottom")


#: the only words ``find`` looks at: the grammar check passes it their indexes as ``sites``
TRIGGERS: frozenset[str] = _PARTS
