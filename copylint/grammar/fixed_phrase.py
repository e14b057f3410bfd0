"""A fixed phrase with a word swapped for a sound-alike: "the extent in which", "for all
intensive purposes", "baited breath" (``grammar.fixed-phrase``)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

from copylint.checks.base import Example, RuleInfo
from copylint.grammar.hit import Hit
from copylint.grammar.stream import Word, after

RULE = RuleInfo(
    id="grammar.fixed-phrase",
    category="grammar",
    severity="error",
    summary='A set phrase with a wrong word ("the extent in which", "baited breath", "one in the same").',
    rationale=(
        "Idioms and set phrases are learnt by ear, so a writer can swap one word for another that "
        "sounds alike or fits the rhythm (\"for all intensive purposes\", \"a case and point\", "
        "\"dire straights\") or pick the wrong preposition in a fixed construction (\"the extent "
        "in which\" for \"the extent to which\"). Every word is spelt right, so a spell checker "
        "passes it. The rule matches whole phrases from a short list whose wrong form has no other "
        "reading: a phrase that can be meant literally (\"pour over the sauce\", \"a shoe in the "
        "river\") is not on it. Measured (benchmarks/quality/grammar.py): no alert on the Wikinews "
        "or the US corpus."
    ),
    bad=(
        Example("Studies measured the [[extent in which]] the rules apply."),
        Example("Analysts asked to what [[extent in which]] prices would rise."),
        Example("[[For all intensive purposes]], the deal is dead."),
        Example("The two offices are [[one in the same]]."),
        Example("The stalled bridge is a [[case and point]]."),
        Example("Fans waited with [[baited breath]] for the result."),
        Example("The town faces a [[deep-seeded]] distrust of outsiders."),
        Example("Backbenchers refused to [[tow the line]]."),
        Example("Insurance gives owners [[piece of mind]]."),
        Example("Schools will have to [[make due]] with less."),
        Example("The firm is in [[dire straights]] after the recall."),
        Example("Storms [[wreck havoc]] on the coast each winter."),
        Example("The country is [[in the throws of]] a crisis."),
        Example("The singer damaged her [[vocal chords]]."),
        Example("The law has a [[statue of limitations]] of six years."),
    ),
    good=(
        Example("It is unclear to what extent the rules apply."),
        Example("Analysts asked the extent to which prices would rise."),
        Example("For all intents and purposes, the deal is dead."),
        Example("The two offices are one and the same."),
        Example("The stalled bridge is a case in point."),
        Example("Fans waited with bated breath for the result."),
        Example("The town faces a deep-seated distrust of outsiders."),
        Example("Backbenchers refused to toe the line."),
        Example("Insurance gives owners peace of mind."),
        Example("Schools will have to make do with less."),
        Example("The extent in hectares of the damage is unknown."),
        Example("The crew had to tow the lifeboat to shore."),
        Example("He throws the ball; the chord progression is simple."),
        Example("A statue of the king was removed."),
    ),
    fix_safe=False,
)

# "wrong phrase => right phrase"; the wrong phrase is matched word by word, case-insensitively
_PHRASES = """
extent in which => extent to which
for all intensive purposes => for all intents and purposes
one in the same => one and the same
case and point => case in point
baited breath => bated breath
deep-seeded => deep-seated
deep seeded => deep-seated
tow the line => toe the line
towed the line => toed the line
towing the line => toeing the line
tows the line => toes the line
piece of mind => peace of mind
make due => make do
made due with => made do with
making due with => making do with
per say => per se
nip it in the butt => nip it in the bud
nipped in the butt => nipped in the bud
damp squid => damp squib
wet their appetite => whet their appetite
wet the appetite => whet the appetite
wet your appetite => whet your appetite
mute point => moot point
hunger pains => hunger pangs
statue of limitations => statute of limitations
escape goat => scapegoat
by in large => by and large
beckon call => beck and call
slight of hand => sleight of hand
tongue and cheek => tongue in cheek
road to hoe => row to hoe
bare in mind => bear in mind
on tender hooks => on tenterhooks
wreck havoc => wreak havoc
wrecked havoc => wreaked havoc
wrecking havoc => wreaking havoc
all of the sudden => all of a sudden
in the throws of => in the throes of
vocal chords => vocal cords
dire straights => dire straits
taken for granite => taken for granted
sort of speak => so to speak
"""


@cache
def _table() -> dict[str, list[tuple[tuple[str, ...], int, str]]]:
    """Anchor word -> [(the wrong phrase's words, the anchor's place in them, the right
    phrase)], longest first. The anchor is the phrase's longest word, so the rule wakes on
    "intensive" or "straights", not on every "in" or "the"."""
    table: dict[str, list[tuple[tuple[str, ...], int, str]]] = {}
    for line in _PHRASES.strip().splitlines():
        wrong, right = (part.strip() for part in line.split("=>"))
        words = tuple(wrong.split())
        anchor = max(range(len(words)), key=lambda k: len(words[k]))
        table.setdefault(words[anchor], []).append((words, anchor, right))
    for entries in table.values():
        entries.sort(key=lambda e: -len(e[0]))
    return table


def find(text: str, words: list[Word], sites: Iterable[int] | None = None) -> Iterator[Hit]:
    """Hits in one segment's stream; only at ``sites`` (indexes of ``TRIGGERS`` words, in
    order) when given, which is where any can be."""
    table = _table()
    for i in range(len(words)) if sites is None else sites:
        entries = table.get(words[i].low)
        if entries is None or not words[i].word:
            continue
        for phrase, anchor, right in entries:
            span = _match(words, i - anchor, phrase)
            if span is None:
                continue
            first, last = span
            wrong = text[first.start:last.end]
            fix = right[:1].upper() + right[1:] if first.cap and first.sentence_start else right
            yield Hit(RULE.id, first.start, last.end, f"\u201c{wrong}\u201d should read \u201c{fix}\u201d.",
                      (fix,))
            break


def _match(words: list[Word], i: int, phrase: tuple[str, ...]) -> tuple[Word, Word] | None:
    """The first and last words of ``phrase`` when it starts at ``words[i]``, its words
    spaced by spaces only."""
    if i < 0 or words[i].low != phrase[0]:
        return None
    w = words[i]
    for part in phrase[1:]:
        n = after(words, w.index)
        if n is None or n.low != part:
            return None
        w = n
    if w.index + 1 < len(words) and words[w.index + 1].gap == "" and words[w.index + 1].word:
        return None  # glued to a longer word
    return words[i], w


#: the only words ``find`` looks at: the grammar check passes it their indexes as ``sites``
TRIGGERS: frozenset[str] = frozenset(_table())
