"""A fixed phrase with a word swapped for a sound-alike: "for all intensive purposes",
"baited breath", "one in the same" (``grammar.fixed-phrase``)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

from copylint.checks.base import Example, RuleInfo
from copylint.grammar.hit import Hit
from copylint.grammar.stream import Word, after

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import Final

RULE: Final = RuleInfo(
    id="grammar.fixed-phrase",
    category="grammar",
    severity="error",
    summary='A set phrase with a wrong word ("for all intensive purposes", "baited breath", "one in the same").',
    rationale=(
        "Idioms and set phrases are learnt by ear, so a writer can swap one word for another that "
        "sounds alike or fits the rhythm (\"for all intensive purposes\", \"a case and point\", "
        "\"dire straights\", \"low and behold\", \"pass mustard\"). Every word is "
        "spelt right, so a spell checker passes it. The rule holds a general list of such "
        "corruptions of common English idioms, written from usage guides' advice rather than from "
        "any corpus, and matches whole phrases whose wrong form has no other reading: a phrase that "
        "can be meant literally (\"pour over the sauce\", \"a shoe in the river\", \"lost in the mist "
        "of\", \"a key tenant of the building\") or that dictionaries accept as a variant (\"hone in "
        "on\", \"just desserts\", \"champing\" and \"chomping at the bit\") is not on it. Confusions "
        "a word rule already decides (\"free reign\", \"sneak peak\") are left to that rule. "
        "It also holds set phrases whose preposition is fixed, written with another (\"in "
        "accordance to\", \"in a daily basis\", \"with regards to\", \"despite of\"), again only "
        "those with no literal reading (\"in the other hand\" can be a hand), and \"extent\" "
        "with \"in\" where the idiom takes \"to\" (\"the extent in which\", \"in some extent\", "
        "\"in a large extent\" but not \"a large extent of moorland\"). "
        "Measured (benchmarks/quality/grammar.py): no alert on the Wikinews or the US corpus."
    ),
    bad=(
        Example("For [[all intensive purposes]], the merger is finished."),
        Example("The mayor and the landlord turned out to be [[one in the same]]."),
        Example("The late ferry is a [[case and point]]."),
        Example("Growers waited with [[baited breath]] for the frost to lift."),
        Example("The hospital trust is in [[dire straights]] after the audit."),
        Example("[[Low and behold]], the missing ledger was in the vault."),
        Example("The draft rules did not [[pass mustard]] with the regulator."),
        Example("Gales [[wrecked havoc]] on the pier, and floods will [[wreck havoc]] again."),
        Example("The club's finances are [[chalk full]] of surprises."),
        Example("The union is [[sewing the seeds of]] another strike."),
        Example("The speech seemed designed to [[illicit a response]] from rivals."),
        Example("The hosts blamed the visitors and [[visa versa]]."),
        Example("Fishermen struggle to [[eek out]] a living on the estuary."),
        Example("Three clubs went down [[in one foul swoop]]."),
        Example("The singer strained her [[vocal chords]] in the final."),
        Example("The [[nerve-wrecking]] penalty shoot-out lasted ten minutes."),
        Example("The ruling came [[without further adieu]]."),
        Example("The mill runs [[in a regular basis]] again."),
        Example("The board acted [[in accordance to]] its own charter."),
        Example("Ferries cross the sound [[in a daily basis]] in summer."),
        Example("[[With regards to]] the bypass, the council has no money."),
        Example("The depot sits [[in close proximity of]] two schools."),
        Example("[[Despite of]] the rain, the fair went ahead."),
        Example("The forecast was [[based off of]] old data."),
        Example("Talks stalled; [[on the meantime]], prices rose."),
        Example("The airline is [[in the brink of]] collapse."),
        Example("Nobody knows the [[extent in which]] the dam leaks."),
        Example("The ban worked [[in some extent]], officials said."),
        Example("[[In what extent]] the tariff helped is unclear."),
        Example("Growers rely [[in a large extent]] on migrant labour."),
        Example("The levy fell [[in a lesser extent]] on small firms."),
    ),
    good=(
        Example("For all intents and purposes, the merger is finished."),
        Example("The mayor and the landlord turned out to be one and the same."),
        Example("The late ferry is a case in point."),
        Example("Growers waited with bated breath for the frost to lift."),
        Example("The hospital trust is in dire straits after the audit."),
        Example("Lo and behold, the missing ledger was in the vault."),
        Example("The draft rules did not pass muster with the regulator."),
        Example("Gales wreaked havoc on the pier and wrecked two boats."),
        Example("The barn was chock-full of hay bales."),
        Example("A tug had to tow the line of barges upstream."),
        Example("The pianist played a low chord and the choir sang."),
        Example("Sewing the seeds into the lining took an hour."),
        Example("Courts must make due allowance for his age; pass mustard to the guests."),
        Example("Police seized an illicit shipment of tobacco."),
        Example("Her visa was refused and she flew home."),
        Example("Mist hung over the valley in the morning."),
        Example("The owl swooped on a mouse near the barn."),
        Example("The mill runs on a regular basis again."),
        Example("In a regular week the mill runs six shifts."),
        Example("The board acted in accordance with its own charter."),
        Example("Ferries cross the sound on a daily basis in summer."),
        Example("With regard to the bypass, the council has no money."),
        Example("She held a torch in the other hand."),
        Example("The report looked at the effect on the process of drying hay."),
        Example("Gulls floated on the wake of the ferry."),
        Example("Despite the rain, the fair went ahead."),
        Example("The team based offshore is led from Oslo."),
        Example("Nobody knows the extent to which the dam leaks."),
        Example("The ban worked to some extent, officials said."),
        Example("The estate sits in a large extent of moorland."),
        Example("Nobody knows to what extent the dam leaks."),
    ),
    fix_safe=False,
)

# "wrong phrase => right phrase [! words]"; the wrong phrase is matched word by word,
# case-insensitively, and not when one of the words after "!" follows it (there it is literal).
# A general list of common corruptions of English idioms and fixed constructions (from usage
# guides' advice, not from any corpus). Left out on purpose: corruptions that can be meant
# literally ("pour over", "a shoe in", "in the mist of", "tenant of"), forms dictionaries accept
# ("hone in on", "just desserts", "chomping at the bit", "wile away", "cut and dry"), and
# confusions a word rule decides ("free reign", "sneak peak", "peaked my interest").
# The last block is set phrases whose preposition is fixed, written with another one
# ("in accordance to", "in a daily basis", "despite of"), each with no literal
# reading; left out: those with one ("in the other hand", "on the process of", "in the verge
# of" a road, "on the wake of" a boat, "the degree in which" she enrolled), variants that
# dictionaries accept ("in behalf of", "on first glance", "in regard of") and dialect choices
# ("different to", "different than").
_PHRASES = """
all intensive purposes => all intents and purposes
one in the same => one and the same
case and point => case in point
baited breath => bated breath
deep-seeded => deep-seated
deep seeded => deep-seated
tow the line => toe the line ! of behind to across into out back ashore astern along up with
towed the line => toed the line ! of behind to across into out back ashore astern along up with
towing the line => toeing the line ! of behind to across into out back ashore astern along up with
tows the line => toes the line ! of behind to across into out back ashore astern along up with
tow the party line => toe the party line
piece of mind => peace of mind
make due => make do ! allowance allowances provision provisions diligence regard reference payment payments
made due with => made do with
making due with => making do with
per say => per se
nip it in the butt => nip it in the bud
nipped in the butt => nipped in the bud
damp squid => damp squib
wet their appetite => whet their appetite
wet the appetite => whet the appetite
wet your appetite => whet your appetite
wet our appetite => whet our appetite
mute point => moot point
hunger pains => hunger pangs
statue of limitations => statute of limitations
escape goat => scapegoat
by in large => by and large
beckon call => beck and call
slight of hand => sleight of hand
tongue and cheek => tongue in cheek
tongue-and-cheek => tongue-in-cheek
road to hoe => row to hoe
bare in mind => bear in mind
bare with me => bear with me
bare with us => bear with us
on tender hooks => on tenterhooks
wreck havoc => wreak havoc
wrecked havoc => wreaked havoc
wrecking havoc => wreaking havoc
wrecks havoc => wreaks havoc
reek havoc => wreak havoc
reeked havoc => wreaked havoc
reeking havoc => wreaking havoc
all of the sudden => all of a sudden
in the throws of => in the throes of
vocal chords => vocal cords
dire straights => dire straits
taken for granite => taken for granted
sort of speak => so to speak
low and behold => lo and behold
pass mustard => pass muster ! to and or
passed mustard => passed muster ! to and or
in one foul swoop => in one fell swoop
at one foul swoop => at one fell swoop
make ends meat => make ends meet
without further adieu => without further ado
chalk full => chock-full
chalk-full => chock-full
strike a cord => strike a chord
struck a cord => struck a chord
strikes a cord => strikes a chord
striking a cord => striking a chord
visa versa => vice versa
daring-do => derring-do
eek out => eke out
eeked out => eked out
eeking out => eking out
out of wack => out of whack
of the upmost importance => of the utmost importance
play it by year => play it by ear
playing it by year => playing it by ear
played it by year => played it by ear
the brunt of the joke => the butt of the joke
died in the wool => dyed in the wool
died-in-the-wool => dyed-in-the-wool
doggy dog world => dog-eat-dog world
doggy-dog world => dog-eat-dog world
shoe-in => shoo-in
nerve-wrecking => nerve-racking
hair-brained => hare-brained
heart-rendering => heart-rending
soft-peddle => soft-pedal
soft-peddled => soft-pedalled
en mass => en masse
on the same token => by the same token
hare's breadth => hair's breadth
by the waste side => by the wayside
the mother load => the mother lode
take a different tact => take a different tack
took a different tact => took a different tack
taking a different tact => taking a different tack
takes a different tact => takes a different tack
hail and hearty => hale and hearty
seize and desist => cease and desist
sew the seeds of => sow the seeds of
sews the seeds of => sows the seeds of
sewed the seeds of => sowed the seeds of
sewn the seeds of => sown the seeds of
sewing the seeds of => sowing the seeds of
a forgone conclusion => a foregone conclusion
lessor of two evils => lesser of two evils
with wrapped attention => with rapt attention
peddle to the metal => pedal to the metal
illicit a response => elicit a response
illicit a reaction => elicit a reaction
a site for sore eyes => a sight for sore eyes
rein supreme => reign supreme
reined supreme => reigned supreme
pre-madonna => prima donna
in regards to => in regard to
with regards to => with regard to
in respect to => with respect to
with respect of => with respect to
in accordance to => in accordance with
in compliance to => in compliance with
in close proximity of => in close proximity to
based off of => based on
despite of => despite
in spite the fact => in spite of the fact
on the meantime => in the meantime
at the meantime => in the meantime
at the same token => by the same token
in the same token => by the same token
on the midst of => in the midst of
in the brink of => on the brink of
in a daily basis => on a daily basis
in a weekly basis => on a weekly basis
in a monthly basis => on a monthly basis
in a yearly basis => on a yearly basis
in an annual basis => on an annual basis
in a regular basis => on a regular basis
in a voluntary basis => on a voluntary basis
in a temporary basis => on a temporary basis
in a permanent basis => on a permanent basis
in a full-time basis => on a full-time basis
in a part-time basis => on a part-time basis
extent in which => extent to which
in some extent => to some extent
in what extent => to what extent
in a large extent => to a large extent ! of
in a great extent => to a great extent ! of
in a certain extent => to a certain extent
in a lesser extent => to a lesser extent
in a greater extent => to a greater extent
in such an extent => to such an extent
in the extent that => to the extent that
"""


#: the words after which a phrase is literal, for the phrases with none (one shared set)
_NO_WORDS: Final[frozenset[str]] = frozenset()


@cache
def _table() -> dict[str, list[tuple[tuple[str, ...], int, str, frozenset[str]]]]:
    """Anchor word -> [(the wrong phrase's words, the anchor's place in them, the right
    phrase, the words after which it is literal)], longest first. The anchor is the phrase's
    longest word, so the rule wakes on "intensive" or "straights", not on every "in" or "the"."""
    # (built at import, for ``TRIGGERS``: each line taken apart by ``partition`` on its
    # one-space-padded marks, the anchor found by ``max`` with the C ``len`` as its key, about
    # half the instructions of stripping each part in a generator and a lambda key per word;
    # tests/test_grammar_speed_paths.py holds every line to that layout)
    table: dict[str, list[tuple[tuple[str, ...], int, str, frozenset[str]]]] = {}
    for line in _PHRASES.strip().splitlines():
        wrong, _, rest = line.partition(" => ")
        right, _, literal = rest.partition(" ! ")
        words = tuple(wrong.split())
        anchor = words.index(max(words, key=len))  # (the first longest word: an earlier equal one is as long)
        entry = (words, anchor, right, frozenset(literal.split()) if literal else _NO_WORDS)
        entries = table.get(words[anchor])
        if entries is None:
            table[words[anchor]] = [entry]
        else:
            entries.append(entry)
    for entries in table.values():
        if len(entries) > 1:
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
        for phrase, anchor, right, literal in entries:
            span = _match(words, i - anchor, phrase)
            if span is None:
                continue
            first, last = span
            if literal and (n := after(words, last.index)) is not None and n.low in literal:
                continue  # meant literally: "tow the line of barges"
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
TRIGGERS: Final[frozenset[str]] = frozenset(_table())
