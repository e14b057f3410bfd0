"""A passive with its auxiliary lost after a subject pronoun: "he injured in the crash", "in
which they involved." (``grammar.missing-passive``)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from copylint.checks.base import Example, RuleInfo
from copylint.grammar.classes import AUXILIARIES, SAY_VERBS
from copylint.grammar.hit import Hit
from copylint.grammar.stream import Word, after, before

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import Final

RULE: Final = RuleInfo(
    id="grammar.missing-passive",
    category="grammar",
    severity="error",
    summary='A passive that lost its "was" or "were" after a pronoun ("he injured in the crash").',
    rationale=(
        "Some verbs cannot stand without an object: one injures, arrests, sentences or "
        "appoints someone. Their past form right after a subject pronoun and then no object "
        "(the clause ends, or adverbs and then the clause ends, or a preposition follows) can "
        "only be a passive whose auxiliary was dropped: \"he injured in the crash\" is \"he was "
        "injured\", \"in which they involved.\" is \"they were involved\". The slip is common in "
        "copy by writers of English as a second language and in text cut in an edit. The rule "
        "knows a closed list of such verbs (harm, arrest and trial, appointment and award, "
        "schooling and posting, involvement and location; not verbs that may also be "
        "intransitive, such as \"trained\", \"married\", \"shot\" or \"killed\", nor \"elected "
        "to\", \"appointed as\" and \"named as\", which a writer may use with the object moved to "
        "the end). It asks that the pronoun open its clause (the sentence start, after a "
        "conjunction, a comma, a verb of saying, or \"which\" after a preposition): after a "
        "noun, \"the man he wounded in the raid\" is a relative clause whose object is that noun. "
        "\"It\" and \"you\" are left out, as they may be objects. Measured "
        "(benchmarks/quality/grammar.py, benchmarks/quality/new_rules.py --heldout): no alert "
        "on the Wikinews or the US corpus, nor on the UD English treebanks' test and dev text."
    ),
    bad=(
        Example("[[He injured]] in a crash on the ring road in May."),
        Example("Police said [[she arrested]] at the airport on Friday."),
        Example("The firm said [[they based]] in Leeds until 2019."),
        Example("The car overturned, and [[she injured]] badly and spent a month in hospital."),
        Example("It is a scheme in which [[they involved]]."),
        Example("The court heard that [[he sentenced]] to five years in 2004."),
        Example("[[She appointed]] to the board in March."),
        Example("In 1990 [[they evicted]] from the flat, the tenants said."),
        Example("Her lawyer said [[she detained]] for a week without charge."),
        Example("[[We educated]] at the village school, the twins said."),
        Example("He moved to Rome, and [[he ordained]] there in 1961."),
        Example("[[I diagnosed]] with asthma at the age of four."),
    ),
    good=(
        Example("He was injured in a crash on the ring road in May."),
        Example("Police said she was arrested at the airport on Friday."),
        Example("The guard he wounded in the raid has recovered."),
        Example("He injured his knee badly in training."),
        Example("They trained in Leeds until 2019."),
        Example("She elected to stay in the city."),
        Example("The club appointed as its captain a young defender."),
        Example("The men that they arrested in May were released."),
        Example("They married in 1990."),
        Example("Had he injured anyone, the charge would be graver."),
        Example("In 1944 he wounded badly the pride of his rivals."),
        Example("It is the case in which they involved him."),
    ),
    fix_safe=False,
)

# past forms (also past participles) of verbs that need an object, each a whole field of
# meaning: harm; arrest, trial and punishment; appointment, award and honour; schooling and
# posting; involvement and location. Left out: forms with an intransitive use ("trained",
# "married", "shot", "killed", "transferred", "deployed", "released", "located", "admitted")
_PASSIVE_ONLY: Final = frozenset(
    """injured wounded maimed paralysed paralyzed hospitalised hospitalized infected diagnosed
    arrested detained imprisoned jailed sentenced convicted acquitted indicted charged fined
    kidnapped abducted deported extradited evicted exiled expelled banned suspended dismissed
    sacked demoted
    appointed nominated awarded knighted crowned ordained baptised baptized inaugurated
    promoted honoured honored decorated
    educated employed stationed assigned posted raised
    involved based situated headquartered""".split()
)
# "charged at", "posted on", "raised in" a meeting: forms with an intransitive or shifted use
# before some prepositions; after them only a clause end or an adverb counts
_NOT_BEFORE: Final = {
    "charged": frozenset("at into through toward towards down up across".split()),
    "posted": frozenset("on to in online".split()),
    "raised": frozenset("in at during with by on".split()),
    "assigned": frozenset("to".split()),
    "employed": frozenset("in by".split()),
}
_SUBJECTS: Final = frozenset("i he she we they".split())  # not "it" or "you": they may be objects
_SINGULAR: Final = frozenset("i he she".split())
# a preposition that may follow a passive with no agent or complement of its own
_AFTER: Final = frozenset(
    "in at on during by near after before for from to with since until outside inside into under "
    "while when".split()
)
# words after which the pronoun opens its clause (not "that", "which", "who": those may open a
# relative clause whose object is the noun before them)
_OPENERS: Final = frozenset(
    "and but so yet then because although though while whereas when whenever if unless until since "
    "after before once as where later".split()
)
_CLAUSE_END: Final = frozenset(".,;:!?)\u2026\u2014\u2013")


def find(text: str, words: list[Word], sites: Iterable[int] | None = None) -> Iterator[Hit]:
    """Hits in one segment's stream; only at ``sites`` (indexes of ``TRIGGERS`` words, in
    order) when given, which is where any can be. The rule wakes on the verb (rarer than the
    pronouns) and looks back at its subject."""
    for i in range(len(words)) if sites is None else sites:
        n = words[i]
        if n.low not in _PASSIVE_ONLY or n.cap or text[n.end:n.end + 1] in ("-", "'", "\u2019"):
            continue
        w = before(words, i)
        if w is None or w.low not in _SUBJECTS or not w.word or (w.low == "i" and w.text != "I"):
            continue
        if not _opens_clause(words, w.index) or not _no_object(text, words, n):
            continue
        aux = "was" if w.low in _SINGULAR else "were"
        fix = f"{w.text} {aux} {n.text}"
        yield Hit(RULE.id, w.start, n.end,
                  f"\u201c{n.text}\u201d needs an object, and none follows: the passive is "
                  f"\u201c{fix}\u201d.", (fix,))


def _opens_clause(words: list[Word], i: int) -> bool:
    """The pronoun ``words[i]`` opens its clause: at a clause start, after a conjunction, a
    verb of saying or "that" after one, a number or year ("In 1990 they"), or "which" after a
    preposition ("in which they")."""
    w = words[i]
    if w.clause_start:
        return True
    p = before(words, i)
    if p is None:
        return True
    if p.low in AUXILIARIES or p.low in ("not", "only", "never", "nor"):
        return False  # an inverted question or conditional: "had he injured"
    if p.low in _OPENERS or p.low in SAY_VERBS or p.kind == "number":
        return True
    q = before(words, p.index)
    if p.low == "that":
        return q is not None and q.low in SAY_VERBS | _THAT_VERBS
    if p.low in ("which", "whom"):
        return q is not None and q.low in _PREPOSITIONS_BEFORE_WHICH
    return False


_THAT_VERBS: Final = frozenset("heard learned learnt found showed shows show reported reports believe believed believes "
                        "know knew knows think thought thinks confirmed confirms".split())
_PREPOSITIONS_BEFORE_WHICH: Final = frozenset("in at on during by for from with to under".split())


def _no_object(text: str, words: list[Word], n: Word) -> bool:
    """No object follows the verb ``n``: after it and any adverbs (in -ly, or of place and
    time: "badly", "there", "later"), the clause ends, or a preposition follows (not one the verb
    may take intransitively), or, after an adverb, "and" or "but" ("wounded badly and died")."""
    w, adverbs = n, 0
    while True:
        if _ends_after(text, words, w):
            return True
        m = after(words, w.index)
        if m is None or not m.word:
            return False
        if m.low in _AFTER:
            return m.low not in _NOT_BEFORE.get(n.low, ())
        if adverbs and m.low in ("and", "but"):
            return True
        if not (m.low in _ADVERBS or m.low.endswith("ly") and len(m.low) > 4 and not m.cap):
            return False
        w, adverbs = m, adverbs + 1
        if adverbs > 2:
            return False


_ADVERBS: Final = frozenset("there here abroad home later again twice once yesterday today overnight".split())


def _ends_after(text: str, words: list[Word], w: Word) -> bool:
    """Clause punctuation or the segment's end follows ``w``."""
    k = w.index + 1
    if k >= len(words):
        return not text[w.end:].strip() or text[w.end:].lstrip()[:1] in _CLAUSE_END
    return not _CLAUSE_END.isdisjoint(words[k].gap) or words[k].text[:1] in _CLAUSE_END


#: the only words ``find`` looks at: the grammar check passes it their indexes as ``sites``
TRIGGERS: Final[frozenset[str]] = _PASSIVE_ONLY
