"""A participle straight after its subject pronoun, with no auxiliary: "he born in 1950",
"they gone home" (``grammar.missing-auxiliary``)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from copylint.checks.base import Example, RuleInfo
from copylint.grammar.classes import AUXILIARIES, CONJUNCTIONS, SUBJECT_PRONOUNS
from copylint.grammar.hit import Hit
from copylint.grammar.lexicon import verb_tags
from copylint.grammar.stream import Word, after, before

RULE = RuleInfo(
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
        "\"she\", \"we\" or \"they\", which can only be subjects. It leaves alone \"it\" and "
        "\"you\", which can be objects (\"made it known\", \"had you seen\"), inverted questions "
        "and conditionals (\"had he known\", \"have they gone?\"), forms that are also past "
        "tenses (\"they found\") and \"I\" after a capitalised word (\"World War I\", \"Volume "
        "I\"). A verb of harm that needs an object (\"wounded\", \"injured\", \"killed\") with only "
        "an adverb after it (\"he wounded badly\") is a passive that lost its \"was\" too. Measured "
        "(benchmarks/quality/grammar.py): no alert on the Wikinews or the US "
        "corpus."
    ),
    bad=(
        Example("[[He born]] in Lagos in 1950 and moved to London at 12."),
        Example("Police said [[they gone]] before officers arrived."),
        Example("The coach said [[she been]] injured since March."),
        Example("Officials said [[we taken]] every precaution."),
        Example("Neighbours say [[he seen]] the car twice that week."),
        Example("After the vote [[they given]] the job to a rival."),
        Example("The novelist said [[she written]] most of it in prison."),
        Example("[[I done]] nothing wrong, the driver told the court."),
        Example("The family said [[he known]] about the debt for years."),
        Example("By then [[they chosen]] a new leader."),
        Example("As [[I seen]] on the ward, staff are exhausted."),
        Example("While in ROTC [[I chosen]] to fly."),
        Example("Witnesses said [[he fallen]] from the scaffold."),
        Example("He fought at Kohima, and [[he wounded]] badly in the leg."),
        Example("Two days later [[they injured]] seriously in a crash."),
    ),
    good=(
        Example("He was born in Lagos in 1950 and moved to London at 12."),
        Example("Police said they had gone before officers arrived."),
        Example("Had he known, he would have resigned."),
        Example("Have they gone already?"),
        Example("The minister made it known that she would stand."),
        Example("The law was passed after World War I ended."),
        Example("Volume I written in 1850 is lost."),
        Example("They found the car on Tuesday."),
        Example("Not only had she seen the letter, she had kept it."),
        Example("The coach said she's been injured since March."),
        Example("He wounded badly the pride of his rivals, critics said."),
        Example("They injured two officers, police said."),
    ),
    fix_safe=False,
)

_SUBJECTS = SUBJECT_PRONOUNS - {"it", "you"}  # those two can be objects: "made it known"
_SINGULAR = frozenset("he she".split())


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
        if verb_tags(n.low) != "p" and not _passive_only(words, n):  # "born", "gone": never a past tense
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
    after a capitalised conjunction or adverb ("As I", "Then I") or an acronym ("in ROTC I")."""
    p = before(words, i)
    return (p is not None and p.cap and not p.text.isupper() and p.low not in CONJUNCTIONS
            and p.low not in _OPENING_ADVERBS)


_OPENING_ADVERBS = frozenset("then now today yesterday here there still also".split())  # (and, but, so, yet: CONJUNCTIONS)


# "he wounded badly": these verbs need an object, so with an adverb of harm and nothing else
# after them they can only be a passive that lost its "was"
_HARM_VERBS = frozenset("wounded injured killed".split())
_HARM_ADVERBS = frozenset("badly seriously severely critically fatally slightly gravely instantly".split())


def _passive_only(words: list[Word], n: Word) -> bool:
    if n.low not in _HARM_VERBS:
        return False
    a = after(words, n.index)
    if a is None or a.low not in _HARM_ADVERBS:
        return False
    b = after(words, a.index)
    return b is None or not b.word or b.low in ("in", "on", "at", "when", "during", "after", "and", "by")


def _fixes(w: Word, n: Word) -> tuple[str, ...]:
    passive = f"{w.text} {'was' if w.low in _SINGULAR or w.low == 'i' else 'were'} {n.text}"
    if n.low == "born" or n.low in _HARM_VERBS:
        return (passive,)
    have = "has" if w.low in _SINGULAR else "have"
    if n.low == "been":
        return (f"{w.text} {have} been",)
    return (f"{w.text} {have} {n.text}", passive)


#: the only words ``find`` looks at: the grammar check passes it their indexes as ``sites``
TRIGGERS: frozenset[str] = _SUBJECTS
