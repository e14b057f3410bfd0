"""A participle straight after its subject pronoun, with no auxiliary: "he born in 1950",
"they gone home" (``grammar.missing-auxiliary``)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from copylint.checks.base import Example, RuleInfo
from copylint.grammar.classes import AUXILIARIES
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
        "I\"). Measured (benchmarks/quality/grammar.py): no alert on the Wikinews or the US "
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
        Example("Witnesses said [[he fallen]] from the scaffold."),
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
        Example("Where have you been?"),
    ),
    fix_safe=False,
)

_SUBJECTS = frozenset("i he she we they".split())
_SINGULAR = frozenset("he she".split())


def find(text: str, words: list[Word], sites: Iterable[int] | None = None) -> Iterator[Hit]:
    """Hits in one segment's stream; only at ``sites`` (indexes of ``TRIGGERS`` words, in
    order) when given, which is where any can be."""
    for i in range(len(words)) if sites is None else sites:
        w = words[i]
        if w.low not in _SUBJECTS or not w.word:
            continue
        if w.low == "i" and (w.text != "I" or ((p := before(words, i)) is not None and p.cap)):
            continue  # "World War I", "Volume I"
        n = after(words, i)
        if n is None or not n.word or n.cap or verb_tags(n.low) != "p":
            continue
        if text[n.end:n.end + 1] in ("-", "'", "\u2019"):
            continue
        p = before(words, i)
        if p is not None and (p.low in AUXILIARIES or p.low in ("not", "only", "never", "nor")):
            continue  # an inverted question or conditional: "had he known"
        yield Hit(RULE.id, w.start, n.end, _message(w, n), _fixes(w, n))


def _fixes(w: Word, n: Word) -> tuple[str, ...]:
    if n.low == "born":
        return (f"{w.text} {'was' if w.low in _SINGULAR or w.low == 'i' else 'were'} born",)
    have = "has" if w.low in _SINGULAR else "have"
    if n.low == "been":
        return (f"{w.text} {have} been",)
    return (f"{w.text} {have} {n.text}", f"{w.text} {'was' if w.low in _SINGULAR or w.low == 'i' else 'were'} {n.text}")


def _message(w: Word, n: Word) -> str:
    return (f"\u201c{n.text}\u201d is a participle: it needs an auxiliary after \u201c{w.text}\u201d "
            f"(\u201c{_fixes(w, n)[0]}\u201d).")


#: the only words ``find`` looks at: the grammar check passes it their indexes as ``sites``
TRIGGERS: frozenset[str] = _SUBJECTS
