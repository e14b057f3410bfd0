""""Should of", "could of", "would of": "of" written for the "'ve" of "should've"."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from copylint.checks.base import Example, RuleInfo
from copylint.grammar.hit import Hit
from copylint.grammar.lexicon import verb_tags, word_tags
from copylint.grammar.stream import Word, after, before

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import Final

RULE: Final = RuleInfo(
    id="grammar.modal-of",
    category="grammar",
    severity="error",
    summary='"of" where "have" belongs after a modal ("should of acted", "could of been").',
    rationale=(
        "Spoken \"should've\" sounds like \"should of\", and the slip survives spell checking "
        "because both words are real. After \"should\", \"could\", \"would\", \"must\", \"might\" "
        "and \"may\" (and their negatives) the perfect needs \"have\": \"should have acted\". The "
        "rule fires only when \"of\" is followed by a past participle or a past form (\"of "
        "acted\", \"of been\", \"of went\"), so \"the might of the army\", \"could, of course,\" "
        "and \"must of necessity\" are left alone."
    ),
    bad=(
        Example("The council [[should of]] acted sooner, residents said."),
        Example("Officials [[could of]] been more careful."),
        Example("The result [[would of]] surprised the pollsters."),
        Example("The driver [[must of]] seen the warning signs."),
        Example("Nobody [[might of]] noticed without the audit."),
        Example("The letter [[may of]] reached him too late."),
        Example("They [[shouldn't of]] signed the deal."),
        Example("We [[would of]] gone ahead anyway, the coach said."),
        Example("The fire [[could of]] spread to nearby homes."),
        Example("He [[should of]] known better, the judge said."),
        Example("Voters [[wouldn't of]] accepted the plan."),
    ),
    good=(
        Example("The council should have acted sooner, residents said."),
        Example("The council should've acted sooner."),
        Example("The full might of the army was on display."),
        Example("The ministry could, of course, refuse."),
        Example("He could of course refuse the offer."),
        Example("Talks must of necessity continue."),
        Example("The first of May of that year was a Sunday."),
        Example("Officials could have been more careful."),
        Example("The might of Rome faded."),
        Example("Members may of their own accord leave the group."),
        Example("Nobody would have noticed without the audit."),
    ),
    fix_safe=True,
)

_MODALS: Final = frozenset(
    "should could would must might may shouldn't couldn't wouldn't mustn't mightn't".split()
)
_AFTER: Final = frozenset("been had done gone got seen known never not always already just".split())


def find(text: str, words: list[Word], sites: Iterable[int] | None = None) -> Iterator[Hit]:
    """Hits in one segment's stream; only at ``sites`` (indexes of ``TRIGGERS`` words, in
    order) when given, which is where any can be."""
    for i in range(len(words)) if sites is None else sites:
        w = words[i]
        if w.low != "of" or i == 0 or words[i - 1].low not in _MODALS:
            continue  # (the word before, if ``before`` gives one: the modal test first, it rules out most)
        m = before(words, i)
        if m is None or m.text == "May":
            continue
        n = after(words, i)
        if n is None or not n.word or n.cap or not _participle(n.low, loose=m.low[:5] in _NO_NOUN_USE):
            continue
        have = "Have" if w.text[0].isupper() else "have"
        yield Hit(RULE.id, m.start, w.end,
                  f"\u201c{m.text} of\u201d is a slip for \u201c{m.text} {have}\u201d.", (f"{m.text} {have}",))


# "should", "could" and "would" have no noun use, so any participle counts ("could of spread");
# "might", "must" and "may" do ("the might of"), so there the participle must be nothing else
_NO_NOUN_USE: Final = frozenset("shoul could would".split())


def _participle(low: str, loose: bool) -> bool:
    if low in _AFTER:
        return True
    tags = verb_tags(low)
    if loose:
        return "p" in tags or "d" in tags
    return ("p" in tags or "d" in tags) and "v" not in tags and "n" not in word_tags(low)


#: the only words ``find`` looks at: the grammar check passes it their indexes as ``sites``
TRIGGERS: Final[frozenset[str]] = frozenset({"of"})
