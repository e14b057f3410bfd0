"""A verb whose tense contradicts an explicit time: "Yesterday the minister will announce",
"Tomorrow the council voted"."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from copylint.checks.base import Example, RuleInfo
from copylint.grammar.classes import DETERMINERS, POSSESSIVES
from copylint.grammar.day_preposition import DAYS, MONTHS
from copylint.grammar.hit import Hit
from copylint.grammar.lexicon import is_past, verb_tags, word_tags
from copylint.grammar.stream import NUMBER, Word, after

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import Final

RULE: Final = RuleInfo(
    id="grammar.tense-time",
    category="grammar",
    severity="error",
    summary='A tense that contradicts the time the sentence opens with ("Yesterday the minister will announce").',
    rationale=(
        "A sentence that opens with a past time (\"Yesterday\", \"Last week\", \"Two days ago\") "
        "cannot go on in the future, and one that opens with \"Tomorrow\" or \"Next week\" cannot "
        "go on in the past. The clash is typical of copy updated after the event (\"will "
        "announce\" left in after the announcement). The rule checks only the verb of the same "
        "clause, right after its subject (\"Yesterday the minister will\"), so reported speech "
        "(\"Yesterday she said she will\") and possessives (\"Last year's budget will\") are left "
        "alone."
    ),
    bad=(
        Example("Yesterday the minister [[will]] announce the budget."),
        Example("Last week, the council [[will]] vote on the plan."),
        Example("Two days ago police [[will]] raid the building."),
        Example("Tomorrow the committee [[announced]] its findings."),
        Example("Next week the Prime Minister [[visited]] Paris."),
        Example("Last year the company [[will]] make a loss."),
        Example("Last night fans [[will]] celebrate in the streets."),
        Example("Yesterday, the two leaders [[will]] meet in Geneva."),
        Example("Next month, the ministry [[published]] new figures."),
        Example("Last Monday the court [[will]] rule on the case."),
    ),
    good=(
        Example("Yesterday the minister announced the budget."),
        Example("Yesterday she said she will stand again."),
        Example("Last year's budget will be cut."),
        Example("Tomorrow the committee will announce its findings."),
        Example("Next week the Prime Minister visits Paris."),
        Example("Last week the council voted; it will vote again in May."),
        Example("Two days ago police raided the building."),
        Example("Next month's figures will show the cost."),
        Example("Next year marked the tenth anniversary."),
        Example("Tomorrow, those who signed will meet again."),
    ),
    fix_safe=False,
)

_UNITS: Final = frozenset("week month year night weekend spring summer autumn fall winter".split()) | {
    d.lower() for d in DAYS} | {m.lower() for m in MONTHS}
_AGO_UNITS: Final = frozenset("days weeks months years decades hours minutes".split())
_TRIGGERS: Final = frozenset("yesterday tomorrow last next two three four five six several a".split())


def find(text: str, words: list[Word], sites: Iterable[int] | None = None) -> Iterator[Hit]:
    """Hits in one segment's stream; only at ``sites`` (indexes of ``TRIGGERS`` words, in
    order) when given, which is where any can be."""
    for i in range(len(words)) if sites is None else sites:
        w = words[i]
        if w.low not in _TRIGGERS and w.kind != "number":
            continue
        if (i > 0) if w.gap == " " else not w.clause_start:  # (``clause_start``'s fast path, inline)
            continue
        end, past = _time(words, i)
        if end is None:
            continue
        hit = _clash(words, end + 1, past)
        if hit is not None:
            yield hit


def _time(words: list[Word], i: int) -> tuple[int | None, bool]:
    """The index of the time expression's last word and whether it is past."""
    w = words[i]
    if w.possessive:
        return None, False
    if w.low == "yesterday":
        return i, True
    if w.low == "tomorrow":
        return i, False
    if w.low in ("last", "next"):
        n = after(words, i)
        if n is not None and n.low in _UNITS and not n.possessive:
            return n.index, w.low == "last"
        return None, False
    if w.kind == "number" or w.low in ("two", "three", "four", "five", "six", "several", "a", "few"):
        n = after(words, i)
        m = after(words, n.index) if n is not None else None
        if n is not None and (n.low in _AGO_UNITS or n.low == "few") and m is not None:
            if m.low == "ago":
                return m.index, True
            if n.low == "few" and m.low in _AGO_UNITS:
                a = after(words, m.index)
                if a is not None and a.low == "ago":
                    return a.index, True
    return None, False


def _clash(words: list[Word], j: int, past: bool) -> Hit | None:
    """Scan the subject noun phrase from ``words[j]`` to its verb."""
    if j >= len(words):
        return None
    if words[j].gap.strip() not in ("", ","):
        return None
    nouns = 0
    for k in range(j, min(j + 7, len(words))):
        v = words[k]
        if k > j and not v.joined:
            return None
        if not v.word:
            return None
        low = v.low
        if nouns and past and low in ("will", "shall") :
            n = after(words, k)
            if n is not None and (verb_tags(n.low).startswith("v") or n.low in ("not", "be", "have")):
                return Hit(RULE.id, v.start, v.end, f"The sentence opens with a past time: the past tense, "
                           f"not \u201c{v.text}\u201d.", ())
            return None
        if nouns and not past and not v.cap and is_past(low) and not word_tags(low):
            return Hit(RULE.id, v.start, v.end, f"The sentence opens with a future time: \u201cwill\u201d + "
                       f"the base form, not \u201c{v.text}\u201d?", ())
        if v.possessive or low in DETERMINERS or low in POSSESSIVES or v.kind == "number":
            continue
        if v.cap or ("n" in word_tags(low) or "N" in word_tags(low)) and not _finite(low):
            nouns += 1
            continue
        if "j" in word_tags(low) and not verb_tags(low):
            continue
        return None
    return None


def _finite(low: str) -> bool:
    tags = verb_tags(low)
    return "d" in tags and "v" not in tags


#: the only words ``find`` looks at: the grammar check passes it their indexes as ``sites``
TRIGGERS: Final[frozenset[str]] = _TRIGGERS | {NUMBER}
