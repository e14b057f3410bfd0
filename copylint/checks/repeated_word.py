"""The same word twice in a row: "the the"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from copylint.checks.base import Check, CheckContext, Example, Finding, RuleInfo
from copylint.document import Document

REPEATED_WORD = RuleInfo(
    id="style.repeated-word",
    category="style",
    severity="error",
    summary="A word is repeated by mistake (\"the the\").",
    rationale=(
        "A doubled word is one of the commonest slips in fast-edited copy, and the eye skips "
        "it, especially across a line break. Pairs that English uses on purpose (\"had had\", "
        "\"that that\", \"is is\" in \"what it is is\"), reduplicated names (\"Sirhan Sirhan\", "
        "\"Duran Duran\") and interjections (\"bye bye\") are left alone. Removing the second "
        "word is a safe fix."
    ),
    bad=(
        Example("Troops were sent to [[the the]] embassy."),
        Example("Troops were sent to [[the\nthe]] embassy."),
        Example("[[The the]] embassy was stormed."),
        Example("He said that [[he he]] would stay."),
        Example("The protesters [[were were]] gathered outside."),
        Example("It is a matter [[of of]] time."),
        Example("The bill passed [[in in]] the Senate."),
        Example("Officials said [[it it]] was unsafe."),
    ),
    good=(
        Example("She had had enough of the delays."),
        Example("He said that that decision was final."),
        Example("What it is is a failure of planning."),
        Example("Sirhan Sirhan was denied parole."),
        Example("The band Duran Duran played in London."),
        Example("The score was 20 20 at half time."),
        Example("It ended. The the-word game was over."),
        Example("She waved bye bye to the crowd."),
        Example("It was the first FIRST Global robotics contest."),
    ),
    fix_safe=True,
)

_PAIR = re.compile(r"(?<![\w'’-])([^\W\d_][\w'’]*)(\s+)(\1)(?![\w'’-])", re.IGNORECASE)
# doubles that English uses on purpose
_ALLOWED = frozenset(
    "had that is does do bye ha ho no so very really far knock tut chop yeah blah boo hush "
    "aye wink pom tom dum mahi bora can cha".split()
)
_FUNCTION = frozenset(
    "the a an to of in on at for and but or is was were are be it he she they we you i with by "
    "from as that this his her their its our my your not".split()
)


class RepeatedWord(Check):
    rules = (REPEATED_WORD,)
    segment_local = True

    def run(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        for seg in doc.segments:
            text = seg.text
            for m in _PAIR.finditer(text):
                first, gap, second = m.group(1), m.group(2), m.group(3)
                low = first.lower()
                if low in _ALLOWED:
                    continue
                if first[0].isupper() and second[0].isupper() and low not in _FUNCTION:
                    continue  # a name: Sirhan Sirhan, Duran Duran
                if (first.isupper() and len(first) > 1) != (second.isupper() and len(second) > 1):
                    continue  # an acronym beside the ordinary word: "the first FIRST competition"
                if gap.count("\n") > 1:
                    continue
                yield Finding(
                    REPEATED_WORD.id, seg, m.start(), m.end(),
                    f"Repeated word \u201c{second}\u201d",
                    (first,),
                )
