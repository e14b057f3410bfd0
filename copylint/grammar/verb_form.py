"""The base form after "to", a modal or "did not": "to took", "will went", "did not went"."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

from copylint.checks.base import Example, RuleInfo
from copylint.grammar.classes import DETERMINERS, POSSESSIVES, SUBJECT_PRONOUNS
from copylint.grammar.hit import Hit
from copylint.grammar.lexicon import MODALS, is_distinct_past, is_past, lemmas, verb_form, verb_tags, word_tags
from copylint.grammar.stream import Word, after, before

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import Final

RULE: Final = RuleInfo(
    id="grammar.verb-form",
    category="grammar",
    severity="error",
    summary='The wrong verb form after "to", a modal, have, be or do ("to took", "will went", "has went", "was took").',
    rationale=(
        "After \"to\", a modal (\"will\", \"could\", \"must\") or \"did not\" English needs the "
        "base form of the verb: \"to take\", \"will go\", \"did not go\". A past form there is "
        "a leftover from rewriting a sentence from one tense to another. After \"to\", which is "
        "also a preposition, only past forms that can be nothing else are flagged (\"took\", "
        "\"went\", not \"left\" or \"found\"); after a modal any past or -s form is. \"Will\", "
        "\"can\", \"might\" and \"must\" used as nouns (\"against their will\", \"military "
        "might\") and \"May\" with a capital are left alone. After \"have\" and \"be\" a past form that "
        "cannot be a participle (\"has went\", \"was took\", \"had broke\") needs the participle, and "
        "after \"did\" the base form; a free relative before the auxiliary makes it a main verb "
        "(\"what he did went unnoticed\") and is left alone."
    ),
    bad=(
        Example("He was expected to [[took]] office in March."),
        Example("The ministry will [[went]] ahead with the plan."),
        Example("Police did not [[went]] into the building."),
        Example("The company could [[lost]] its licence."),
        Example("She didn't [[knew]] about the payments."),
        Example("Voters must [[chose]] a new leader by Friday."),
        Example("The minister would [[gave]] no details."),
        Example("Officials said they wanted to [[wrote]] the report first."),
        Example("The court may [[decided]] the case next week."),
        Example("The plan will also [[requires]] a vote."),
        Example("A warship was deployed to [[retrieved]] them."),
        Example("The minister has [[went]] on holiday."),
        Example("The suspect was [[took]] to hospital."),
        Example("Protesters had [[broke]] into the building."),
        Example("He did [[went]] to the meeting, aides said."),
        Example("The police can [[goes]] in without a warrant."),
        Example("Crowds began to [[stood]] up and cheer."),
        Example("The members urge the FBI to [[provided]] additional information about it."),
        Example("The website, which has [[became]] a marketplace, was closed."),
        Example("The minority was large enough to [[vetoed]] any bill."),
    ),
    good=(
        Example("The cuts led to increased demand for food banks."),
        Example("Aid went to armed groups and to displaced families."),
        Example("He was expected to take office in March."),
        Example("The ministry will go ahead with the plan."),
        Example("Police did not enter the building."),
        Example("The decision was left to the council."),
        Example("They returned to found a new party."),
        Example("Against their will, residents were moved."),
        Example("May went to Brussels on Monday."),
        Example("Russia's military might remains a concern."),
        Example("What he did mattered less than what he said."),
        Example("The court will need more time."),
        Example("The minister has gone on holiday."),
        Example("The suspect was taken to hospital."),
        Example("What it was became clear only later."),
        Example("What he did went unnoticed."),
        Example("Crowds began to stand up and cheer."),
        Example("The grant led to improved safety on the road."),
        Example("The rise was due to reduced spending."),
    ),
    fix_safe=False,
)

# words after which "to" starts an infinitive, never a prepositional phrase
_INFINITIVE_HEADS: Final = frozenset(
    """want wants wanted wanting try tries tried trying plan plans planned planning decide decides decided
    agree agrees agreed fail fails failed failing refuse refuses refused hope hopes hoped hoping expect expects
    expected attempt attempts attempted intend intends intended aim aims aimed seek seeks sought seeking
    promise promises promised vow vows vowed threaten threatens threatened need needs needed seem seems seemed
    appear appears appeared tend tends tended manage manages managed choose chose chosen continue continues
    continued begin began begun start started prepare prepared pledge pledged going able unable likely
    unlikely willing unwilling ready eager keen opportunity chance bid effort ability ought order have has had
    scheduled""".split()
)
_NEGATIONS: Final = frozenset("didn't doesn't don't".split())
_DO: Final = frozenset("did does do".split())
_NEG_MODALS: Final = frozenset("won't wouldn't can't cannot couldn't shouldn't mustn't".split())
_NOUN_MODALS: Final = frozenset("will can might must".split())
_NOUN_BEFORE: Final = (DETERMINERS - {"that", "all", "both", "each", "some", "many", "most", "several", "few"}) | POSSESSIVES | frozenset("own free good ill political popular public military sheer".split())


_HAVE: Final = frozenset("has have had having hasn't haven't hadn't 've 'd".split())
_BE: Final = frozenset("is are was were be been being isn't aren't wasn't weren't 's 're 'm".split())
_DID: Final = frozenset("did does do".split())
# a free relative or question before the auxiliary makes it a main verb: "what he did went",
# "what it was became clear", "all they had went"
_FREE_RELATIVE: Final = frozenset("what whatever all everything which that who how why where".split())
# "which has became" is a slip: after have and be only a free relative makes the verb a main verb
_FREE_RELATIVE_BE: Final = frozenset("what whatever all everything".split())


def find(text: str, words: list[Word], sites: Iterable[int] | None = None) -> Iterator[Hit]:
    """Hits in one segment's stream; only at ``sites`` (indexes of ``TRIGGERS`` words, in
    order) when given, which is where any can be."""
    triggers = _triggers()
    for i in range(len(words)) if sites is None else sites:
        w = words[i]
        low = w.low
        if low not in triggers:
            continue
        if low == "to":
            n = after(words, i)
            # (a past form, which each test below needs, first: a C look-up rules out most)
            if n is not None and "d" in verb_tags(n.low) and n.word and not n.cap and not (
                    n.low in _AUXILIARY_FORMS and _cleft(words, i)) and (
                    is_distinct_past(n.low) or _irregular_participle(n.low)
                    or (is_past(n.low) and (_infinitive_head(words, i) or _object_follows(words, n.index)
                                            or _tagged_base(words, n.index)))) and not _place_clause(words, n):
                yield _hit(n, "to")
            continue
        if low in _HAVE or low in _BE or (low in _DID and not _negated(words, i)):
            n = _next_verb_slot(words, i)
            # (the most selective test first: few words after have, be or do are past forms)
            if n is not None and "d" in verb_tags(n.low):
                yield from _perfect_passive(words, i, n)
            continue
        modal = low in MODALS or low in _NEG_MODALS
        negated_do = low in _NEGATIONS
        if low in _DO:
            n = after(words, i)
            negated_do = n is not None and n.low == "not"
        if not (modal or negated_do):
            continue
        if low in ("may", "will", "can") and w.cap:
            continue  # May the name and month, Will the name
        if low in _NOUN_MODALS and _noun_use(words, i):
            continue
        n = _next_verb_slot(words, i)
        if n is None or not n.word or n.cap:
            continue
        tags = verb_tags(n.low)
        if is_past(n.low) and n.low != "used":
            yield _hit(n, w.text)  # "will went", "did not went", "could lost"
        elif modal and "z" in tags and "v" not in tags:
            yield _hit(n, w.text)  # "will requires"


_AUXILIARY_FORMS: Final = frozenset("was were had did".split())


@cache
def _triggers() -> frozenset[str]:
    return frozenset({"to"}) | _HAVE | _BE | _DID | MODALS | _NEG_MODALS | _NEGATIONS | _DO


def _tagged_base(words: list[Word], i: int) -> bool:
    """The part-of-speech tagger reads ``words[i]`` (a past form after "to") as a base verb:
    the context wants an infinitive ("urged the FBI to provided additional information"),
    where "to increased demand" reads as a participle. Only such candidates are tagged."""
    from copylint.grammar.tagging import tagged_word

    parts = tagged_word(words, i)
    return len(parts) == 1 and parts[0].tag == "VB"


def _cleft(words: list[Word], i: int) -> bool:
    """"What they committed to was ...": a "what" earlier in the sentence."""
    for j in range(i - 1, max(i - 16, -1), -1):
        if words[j].low in ("what", "whatever", "all"):
            return True
        if words[j + 1].sentence_start:
            return False
    return False


def _negated(words: list[Word], i: int) -> bool:
    n = after(words, i)
    return n is not None and n.low == "not"


def _irregular_participle(low: str) -> bool:
    """An irregular past that is also the participle and nothing else ("stood", "held", "brought")."""
    return verb_tags(low) == "dp" and not word_tags(low) and not low.endswith("ed")


def _perfect_passive(words: list[Word], i: int, n: Word) -> Iterator[Hit]:
    """"has went", "was took", "did went": a past form that can be nothing else after have, be
    or do (whose participle differs from it); ``n`` is the word the auxiliary governs, a
    past form."""
    w = words[i]
    if not n.word or n.cap or n.low == w.low:
        return  # "was was" is the repeated-word rule's
    if w.cap and w.sentence_start:
        return  # a question: "Did the minister ...", "Was" + subject
    if w.low in _BE and n.low in ("was", "were"):
        return  # "this is were the path ends", "the question is were they told": a place word or a
        # question's verb, which the were/where rule judges; "is been" is never the fix
    # "was broke" (had no money) is fine, "had broke" is not: after have, any past-only form
    if n.low.endswith("ed") or (n.low in _AUXILIARY_FORMS and (w.low in _DID or n.low != "did" and _cleft(words, i))):
        return  # regular pasts are participles too ("has learned"); "the first thing he did was"
    if not (is_distinct_past(n.low) or (w.low in _HAVE and verb_tags(n.low) == "d" and "n" not in word_tags(n.low))):
        return
    free = _FREE_RELATIVE if w.low in _DID else _FREE_RELATIVE_BE
    for j in range(i - 1, max(i - 4, -1), -1):
        if words[j].low in free:
            return
        if words[j + 1].clause_start:
            break
    bases = lemmas(n.low)
    if not bases:
        return
    fix: str | None
    if w.low in _DID:
        fix = bases[0]
    else:
        fix = verb_form(bases[0], "p")
    if not fix or fix == n.low:
        return
    yield Hit(RULE.id, n.start, n.end, f"After \u201c{w.text}\u201d use \u201c{fix}\u201d, not \u201c{n.text}\u201d.",
              (fix,))


def _place_clause(words: list[Word], n: Word) -> bool:
    """ "were" after "to" that opens a clause ("went back to were the path starts"): the place
    word "where" was meant, which the were/where rule says; "be" would be the wrong fix."""
    if n.low != "were":
        return False
    m = after(words, n.index)
    if m is None or not (m.low in DETERMINERS or m.low in POSSESSIVES or m.low in SUBJECT_PRONOUNS):
        return False
    for _ in range(5):  # a finite verb of the clause's own: "to were the bus waits"
        m = after(words, m.index)
        if m is None:
            return False
        if {"d", "z"} & set(verb_tags(m.low)):
            return True
    return False


def _infinitive_head(words: list[Word], i: int) -> bool:
    """ "wanted to", "is expected to", "in order to": the "to" before ``words[i]`` is infinitival."""
    b = before(words, i)
    return b is not None and b.low in _INFINITIVE_HEADS


# after "to" + a past form, these show the form is a verb taking an object ("to retrieved
# them", "to vetoed any bill", "to moved away"), not an adjective ("to increased demand")
_OBJECT_STARTS: Final = frozenset(
    "them him her it us me you a an the this these those its their his our my your any every away back".split()
)


def _object_follows(words: list[Word], i: int) -> bool:
    n = after(words, i)
    return n is not None and n.low in _OBJECT_STARTS and words[i].low != "used"


def _noun_use(words: list[Word], i: int) -> bool:
    """"their will", "military might", "a can": the modal's spelling used as a noun."""
    b = before(words, i)
    if b is None:
        return False
    return b.low in _NOUN_BEFORE or b.possessive or "j" in word_tags(b.low) and not verb_tags(b.low)


def _next_verb_slot(words: list[Word], i: int) -> Word | None:
    """The word a modal or "did not" governs, past "not" and up to two adverbs."""
    n = after(words, i)
    skipped = 0
    while n is not None and skipped < 3:
        if n.low == "not" or (word_tags(n.low) == "r" and not verb_tags(n.low)):
            n = after(words, n.index)
            skipped += 1
            continue
        return n
    return None


def _hit(w: Word, trigger: str) -> Hit:
    bases = lemmas(w.low)
    suggestions = tuple(b for b in bases if b != w.low)[:3]
    want = f"\u201c{suggestions[0]}\u201d" if len(suggestions) == 1 else "the base form"
    return Hit(RULE.id, w.start, w.end, f"After \u201c{trigger}\u201d use {want}, not \u201c{w.text}\u201d.", suggestions)


#: the only words ``find`` looks at: the grammar check passes it their indexes as ``sites``
TRIGGERS: Final[frozenset[str]] = _triggers()
