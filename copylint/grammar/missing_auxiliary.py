"""A participle straight after its subject pronoun, with no auxiliary: "he born in 1950",
"they gone home" (``grammar.missing-auxiliary``)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from copylint.checks.base import Example, RuleInfo
from copylint.grammar.classes import AUXILIARIES, CONJUNCTIONS, SUBJECT_PRONOUNS
from copylint.grammar.hit import Hit
from copylint.grammar.lexicon import verb_tags
from copylint.grammar.stream import Word, after, before

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import Final

RULE: Final = RuleInfo(
    id="grammar.missing-auxiliary",
    category="grammar",
    severity="error",
    summary='A participle after its subject with no auxiliary ("he born in 1950", "they gone").',
    rationale=(
        "A past participle that is never a past tense (\"born\", \"gone\", \"seen\", \"taken\", "
        "\"written\") cannot be a sentence's verb alone: it needs \"was\" or \"were\" for the "
        "passive (\"he was born in 1950\") or a form of \"have\" for the perfect (\"they have "
        "gone\"). The slip is common in copy written or translated by non-native writers and in "
        "dictated notes. The rule flags such a participle directly after \"I\", \"he\", "
        "\"she\", \"we\" or \"they\", which can only be subjects; which forms are participles "
        "only comes from the lexicon, not from a list of its own. It leaves alone \"it\" and "
        "\"you\", which can be objects (\"made it known\", \"had you seen\"), inverted questions "
        "and conditionals (\"had he known\", \"have they gone?\"), forms that are also past "
        "tenses (\"they found\", \"he wounded\": a passive that lost its \"was\" there cannot be "
        "told from an active verb without a parser) and \"I\" after a capitalised word (\"World "
        "War I\", \"Volume I\"). Measured (benchmarks/quality/grammar.py): no alert on the "
        "Wikinews or the US corpus."
    ),
    bad=(
        Example("[[She born]] in Accra in 1962 and trained as a nurse."),
        Example("Staff said [[they gone]] before the alarm sounded."),
        Example("The manager said [[he been]] ill since the spring."),
        Example("Organisers said [[we taken]] every step to keep fans safe."),
        Example("Neighbours say [[she seen]] the van three times."),
        Example("After the audit [[they given]] the contract to a rival."),
        Example("The poet said [[he written]] most of the book on trains."),
        Example("[[I done]] everything by the book, the clerk told the panel."),
        Example("His sister said [[he known]] about the loan for months."),
        Example("By spring [[they chosen]] a new captain."),
        Example("As [[I seen]] at the depot, drivers are exhausted."),
        Example("Once in the navy [[I chosen]] to train as a diver."),
        Example("Police said [[he fallen]] from the roof of the barn."),
        Example("Rescuers said [[we driven]] through the floods to reach them."),
        Example("At the NHS [[I seen]] nurses in tears."),
    ),
    good=(
        Example("She was born in Accra in 1962 and trained as a nurse."),
        Example("Staff said they had gone before the alarm sounded."),
        Example("Had she known, she would have stayed."),
        Example("Have they gone already?"),
        Example("The mayor made it known that he would retire."),
        Example("The treaty was signed after World War I ended."),
        Example("Volume I written in 1820 is lost."),
        Example("They found the van on Friday."),
        Example("Not only had he seen the report, he had signed it."),
        Example("The manager said he's been ill since the spring."),
        Example("He injured his knee badly in training."),
        Example("They wounded two guards, the army said."),
    ),
    fix_safe=False,
)

_SUBJECTS: Final = SUBJECT_PRONOUNS - {"it", "you"}  # those two can be objects: "made it known"
_SINGULAR: Final = frozenset("he she".split())


def find(text: str, words: list[Word], sites: Iterable[int] | None = None) -> Iterator[Hit]:
    """Hits in one segment's stream; only at ``sites`` (indexes of ``TRIGGERS`` words, in
    order) when given, which is where any can be."""
    for i in range(len(words)) if sites is None else sites:
        w = words[i]
        if w.low not in _SUBJECTS or not w.word:
            continue
        if w.low == "i" and (w.text != "I" or _numeral(words, i)):
            continue  # "World War I", "Volume I"
        n = after(words, i)
        if n is None or not n.word:
            continue
        if verb_tags(n.low) != "p":  # "born", "gone": never a past tense
            continue
        if n.cap:
            continue
        if text[n.end:n.end + 1] in ("-", "'", "\u2019"):
            continue
        p = before(words, i)
        if p is not None and (p.low in AUXILIARIES or p.low in ("not", "only", "never", "nor")):
            continue  # an inverted question or conditional: "had he known"
        fixes = _fixes(w, n)
        yield Hit(RULE.id, w.start, n.end,
                  f"\u201c{n.text}\u201d is a participle: it needs an auxiliary after \u201c{w.text}\u201d "
                  f"(\u201c{fixes[0]}\u201d).", fixes)


def _numeral(words: list[Word], i: int) -> bool:
    """"I" as a Roman numeral after a name or title word ("World War I", "Volume I"); not
    after a capitalised conjunction or adverb ("As I", "Then I") or an acronym ("at the NHS I")."""
    p = before(words, i)
    return (p is not None and p.cap and not p.text.isupper() and p.low not in CONJUNCTIONS
            and p.low not in _OPENING_ADVERBS)


_OPENING_ADVERBS: Final = frozenset("then now today yesterday here there still also".split())  # (and, but, so, yet: CONJUNCTIONS)


def _fixes(w: Word, n: Word) -> tuple[str, ...]:
    passive = f"{w.text} {'was' if w.low in _SINGULAR or w.low == 'i' else 'were'} {n.text}"
    if n.low == "born":
        return (passive,)
    have = "has" if w.low in _SINGULAR else "have"
    if n.low == "been":
        return (f"{w.text} {have} been",)
    return (f"{w.text} {have} {n.text}", passive)


#: the only words ``find`` looks at: the grammar check passes it their indexes as ``sites``
TRIGGERS: Final[frozenset[str]] = _SUBJECTS
