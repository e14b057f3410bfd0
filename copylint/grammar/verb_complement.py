"""A verb or adjective with the wrong complement: "avoided to pay" (-ing), "made me to wait"
(bare infinitive), "capable to run", "insisted to go", "prevented him to leave" (a preposition
and -ing) (``grammar.verb-complement``)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from copylint.checks.base import Example, RuleInfo
from copylint.grammar.hit import Hit
from copylint.grammar.lexicon import verb_form, verb_tags, word_tags
from copylint.grammar.stream import Word, after, before

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import Final

RULE: Final = RuleInfo(
    id="grammar.verb-complement",
    category="grammar",
    severity="error",
    summary='A verb or adjective with the wrong complement ("avoided to pay", "made me to wait", "capable to run").',
    rationale=(
        "English verbs choose the form of the verb after them, and learners of English (and "
        "translated copy) often put the infinitive everywhere. Some verbs take only an -ing "
        "form (\"avoid paying\", \"enjoy swimming\", \"postpone voting\", \"resist selling\", "
        "\"finish writing\", \"risk losing\", \"delay opening\"); \"make\" and \"let\" with an "
        "object take the bare infinitive (\"made me wait\", \"let them go\"); and some take a "
        "preposition and -ing (\"capable of running\", \"insisted on going\", \"succeeded in "
        "winning\", \"prevented him from leaving\"). The rule flags \"to\" and a verb's base form "
        "after them. It leaves alone a passive with a purpose clause (\"the vote was postponed "
        "to allow debate\", \"was made to wait\": a form of \"be\" or \"get\" before the -ed form), "
        "\"to\" before a noun (\"postponed to spring\", \"succeeded to the throne\", \"finished to "
        "applause\": after verbs that also take \"to\" + a noun, only a word that is nothing but "
        "a verb counts), \"made it to\" (reached), and \"quit\", \"stop\" and \"mind\" (\"quit to "
        "join a rival\", \"stopped to ask\" and \"minded to approve\" are correct). Measured "
        "(benchmarks/quality/grammar.py, benchmarks/quality/new_rules.py --heldout): no alert on "
        "the Wikinews or the US corpus, nor on the UD English treebanks' test and dev text."
    ),
    bad=(
        Example("The firm [[avoided to pay]] the fine for a year."),
        Example("Tourists [[enjoy to swim]] in the lake."),
        Example("The board [[postponed to decide]] on the plan."),
        Example("She [[finished to write]] the report on Friday."),
        Example("Investors [[risked to lose]] their savings."),
        Example("The officer [[made me to wait]] outside."),
        Example("The guards [[let them to go]] at dawn."),
        Example("The new engine is [[capable to run]] on hydrogen."),
        Example("The mayor [[insisted to attend]] the hearing."),
        Example("The team [[succeeded to reduce]] costs."),
        Example("Fog [[prevented us to land]] at the airport."),
        Example("Residents are [[avoiding to drive]] into the centre."),
    ),
    good=(
        Example("The firm avoided paying the fine for a year."),
        Example("Tourists enjoy swimming in the lake."),
        Example("The vote was postponed to allow more debate."),
        Example("The match was postponed to spring."),
        Example("The prince succeeded to the throne in 1910."),
        Example("The officer made me wait outside."),
        Example("Staff were made to wait outside."),
        Example("The team made it to the final."),
        Example("He quit to join a rival club."),
        Example("She finished to loud applause."),
        Example("The council is minded to approve the plan."),
        Example("Fog prevented us from landing at the airport."),
        Example("The engine is capable of running on hydrogen."),
    ),
    fix_safe=False,
)

# verbs that take an -ing form, never "to" + a verb: lemma -> its forms the rule wakes on
# (not "quit", "stop", "mind", "consider", "keep", "admit", "deny", "miss", "suggest" or
# "recommend": each has a correct "to" after it, a purpose, a passive or an indirect object)
_ING_VERBS: Final = {
    "avoid": "avoid avoids avoided avoiding",
    "enjoy": "enjoy enjoys enjoyed enjoying",
    "postpone": "postpone postpones postponed postponing",
    "resist": "resist resists resisted resisting",
    "finish": "finishes finished finishing",  # (not "finish": the noun, "a finish to")
    "risk": "risked risking",  # (not "risk", "risks": the noun, "a risk to health")
    "delay": "delayed delaying",
}
# verbs that may take "to" + a noun (a date, a reward, a place): only a word that is nothing
# but a verb's base form counts after them
_NOUN_AFTER: Final = frozenset("postpone finish delay resist".split())
_ING: Final = {form: lemma for lemma, forms in _ING_VERBS.items() for form in forms.split()}
# verbs that take an object and the bare infinitive
_BARE: Final = frozenset("make makes made making let lets letting".split())
# verbs that take an object, "from" and -ing
_FROM: Final = frozenset("prevent prevents prevented preventing".split())
_OBJECTS: Final = frozenset("me him her us them you".split())
# words that take a preposition and -ing: word -> the preposition
_PREPOSITION: Final = {
    "capable": "of", "incapable": "of",
    "insist": "on", "insists": "on", "insisted": "on", "insisting": "on",
    "succeed": "in", "succeeds": "in", "succeeded": "in", "succeeding": "in",
}
_PASSIVE_BEFORE: Final = frozenset("be is are was were been being am get gets got getting gotten 's 're".split())


def find(text: str, words: list[Word], sites: Iterable[int] | None = None) -> Iterator[Hit]:
    """Hits in one segment's stream; only at ``sites`` (indexes of ``TRIGGERS`` words, in
    order) when given, which is where any can be."""
    for i in range(len(words)) if sites is None else sites:
        w = words[i]
        if not w.word or (w.cap and not w.sentence_start):
            continue
        low = w.low
        if low in _BARE or low in _FROM:
            hit = _with_object(text, words, w)
        else:
            hit = _with_to(text, words, w)
        if hit is not None:
            yield hit


def _with_to(text: str, words: list[Word], w: Word) -> Hit | None:
    """ "avoided to pay", "capable to run": the word, "to", a verb's base form."""
    to = after(words, w.index)
    if to is None or to.low != "to":
        return None
    v = after(words, to.index)
    lemma = _ING.get(w.low)
    if lemma is not None:
        if w.low.endswith("ed") and _passive(words, w):
            return None  # "the vote was postponed to allow debate": a purpose clause
        if v is None or not _verb(v, only=lemma in _NOUN_AFTER):
            return None
        fixed = f"{w.text} {_ing(v)}"
        return Hit(RULE.id, w.start, v.end, f"\u201c{lemma}\u201d takes an -ing form: \u201c{fixed}\u201d.", (fixed,))
    prep = _PREPOSITION.get(w.low)
    # after "insisted" and "succeeded", "to" may open a noun ("insisted to police", "succeeded
    # to power"): only a word that is nothing but a verb counts; "capable to" takes no noun
    if prep is None or v is None or not _verb(v, only=prep != "of"):
        return None
    fixed = f"{w.text} {prep} {_ing(v)}"
    return Hit(RULE.id, w.start, v.end, f"\u201c{w.text}\u201d takes \u201c{prep}\u201d and an -ing form: "
               f"\u201c{fixed}\u201d.", (fixed,))


def _with_object(text: str, words: list[Word], w: Word) -> Hit | None:
    """ "made me to wait", "prevented him to leave": the verb, an object pronoun, "to", a verb."""
    o = after(words, w.index)
    if o is None or o.low not in _OBJECTS:
        return None
    to = after(words, o.index)
    if to is None or to.low != "to":
        return None
    v = after(words, to.index)
    if v is None or not _verb(v, only=False):
        return None
    if w.low in _BARE:
        fixed = f"{w.text} {o.text} {v.text}"
        return Hit(RULE.id, w.start, v.end, f"\u201c{w.text}\u201d takes the bare infinitive: \u201c{fixed}\u201d.",
                   (fixed,))
    fixed = f"{w.text} {o.text} from {_ing(v)}"
    return Hit(RULE.id, w.start, v.end, f"\u201c{w.text}\u201d takes \u201cfrom\u201d and an -ing form: "
               f"\u201c{fixed}\u201d.", (fixed,))


def _verb(v: Word, only: bool) -> bool:
    """``v`` is a verb's base form (``only``: nothing else, not a noun or an adjective too)."""
    if not v.word or v.cap or v.gap != " " or "-" in v.text:
        return False
    tags = verb_tags(v.low)
    if only:
        return tags == "v" and not word_tags(v.low)
    return "v" in tags and verb_form(v.low, "g") is not None


def _passive(words: list[Word], w: Word) -> bool:
    """A form of "be" or "get" in the two words before ``w`` ("was postponed", "was not postponed")."""
    b = before(words, w.index)
    if b is None:
        return False
    if b.low in _PASSIVE_BEFORE:
        return True
    c = before(words, b.index)
    return c is not None and c.low in _PASSIVE_BEFORE


def _ing(v: Word) -> str:
    return verb_form(v.low, "g") or f"{v.text}ing"


#: the only words ``find`` looks at: the grammar check passes it their indexes as ``sites``
TRIGGERS: Final[frozenset[str]] = frozenset(_ING) | _BARE | _FROM | frozenset(_PREPOSITION)
