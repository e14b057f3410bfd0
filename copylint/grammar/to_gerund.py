"""A bare verb after a "to" that is a preposition: "look forward to hear", "in addition to
provide", "when it comes to decide" (``grammar.to-ing``)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from copylint.checks.base import Example, RuleInfo
from copylint.grammar.hit import Hit
from copylint.grammar.lexicon import lemmas, verb_form
from copylint.grammar.missing_to import bare_verb
from copylint.grammar.stream import Word, after, before

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import Final

RULE: Final = RuleInfo(
    id="grammar.to-ing",
    category="grammar",
    severity="error",
    summary='A bare verb after a "to" that is a preposition ("look forward to hear", "in addition to provide").',
    rationale=(
        "In some set phrases \"to\" is a preposition, not the mark of an infinitive, and a verb "
        "after it takes its -ing form: \"the club looks forward to hearing your views\", \"in addition to "
        "providing meals\", \"when it comes to deciding\", \"with a view to reducing costs\", "
        "\"prior to leaving\", \"she is accustomed to working late\". A bare verb there (\"look "
        "forward to hear\") is a common slip, since \"to\" + verb is so often an infinitive. The "
        "rule knows only phrases whose \"to\" is never an infinitive's (not \"used to\", \"committed "
        "to\" or \"key to\", where usage is divided or \"to\" may be either), and flags only a next "
        "word that can be nothing but a verb's base form (\"hear\", \"provide\"; not \"work\" or "
        "\"help\", also nouns: \"in addition to help from the state\"). Measured "
        "(benchmarks/quality/new_rules.py, the rule alone): no alert on the clean Wikinews (30,512 "
        "words) or US (220,141 words) corpus."
    ),
    bad=(
        Example("We look forward to [[hear]] from readers."),
        Example("The mayor is looking forward to [[greet]] the new council."),
        Example("In addition to [[provide]] meals, the charity runs a clinic."),
        Example("When it comes to [[decide]] the budget, the board is split."),
        Example("The plan was drawn up with a view to [[reduce]] waiting times."),
        Example("Prior to [[accept]] the post, she worked in Madrid."),
        Example("Staff are accustomed to [[obey]] strict rules."),
        Example("He looked forward to [[retire]] in the spring."),
        Example("She looks forward to [[receive]] visitors again."),
        Example("In addition to [[teach]] history, she coaches the junior team."),
        Example("The club is looking forward to [[compete]] in Europe."),
    ),
    good=(
        Example("The club looks forward to hearing your views."),
        Example("In addition to providing meals, the charity runs a clinic."),
        Example("In addition to help from the state, the charity raised funds."),
        Example("When it comes to budgets, the board is split."),
        Example("Prior to joining the firm, she worked in Madrid."),
        Example("The funds were used to provide meals."),
        Example("The council is committed to provide a report by June."),
        Example("Staff are accustomed to long queues."),
        Example("She looks forward to the summer."),
        Example("He wants to hear from readers."),
        Example("Prior to 2019, the firm had no office in Madrid."),
        Example("The team looked forward, to see what was coming."),
    ),
    fix_safe=False,
)

#: the phrases, by their last word before "to", each with the words that come before it
#: (read backwards): "look forward to", "in addition to", "when it comes to", "with a view
#: to", "prior to", "accustomed to"
_PHRASES: dict[str, tuple[tuple[frozenset[str], ...], ...]] = {
    "forward": ((frozenset("look looks looked looking".split()),),),
    "addition": ((frozenset(("in",)),),),
    "comes": ((frozenset(("it",)), frozenset(("when",))),),
    "came": ((frozenset(("it",)), frozenset(("when",))),),
    "view": ((frozenset(("a",)), frozenset(("with",))),),
    "prior": ((),),
    "accustomed": ((),),
}


def _opens_phrase(words: list[Word], k: int) -> bool:
    """Whether ``words[k]`` (the word before "to") ends one of the phrases."""
    w = words[k]
    shapes = _PHRASES.get(w.low)
    if shapes is None:
        return False
    for shape in shapes:
        j, ok = k, True
        for allowed in shape:
            b = before(words, j)
            if b is None or b.low not in allowed:
                ok = False
                break
            j = b.index
        if ok:
            return True
    return False


def find(text: str, words: list[Word], sites: Iterable[int] | None = None) -> Iterator[Hit]:
    """Hits in one segment's stream; only at ``sites`` (indexes of ``TRIGGERS`` words, in
    order) when given, which is where any can be."""
    for i in range(len(words)) if sites is None else sites:
        w = words[i]
        if w.low not in _PHRASES or not w.word:
            continue
        t = after(words, i)
        if t is None or t.low != "to":
            continue
        n = after(words, t.index)
        if n is None or not bare_verb(n) or not _opens_phrase(words, i):
            continue
        base = next(iter(lemmas(n.low)), n.low)
        ing = verb_form(base, "g")
        if not ing:
            continue
        yield Hit(RULE.id, n.start, n.end,
                  f"\u201c{w.text} to\u201d takes the -ing form: \u201cto {ing}\u201d.", (ing,))


#: the only words ``find`` looks at: the grammar check passes it their indexes as ``sites``
TRIGGERS: Final[frozenset[str]] = frozenset(_PHRASES)
