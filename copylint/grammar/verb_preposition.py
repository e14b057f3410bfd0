"""A preposition between a verb and its direct object: "discussed about the plan",
"emphasised on the need", "comprises of four members", "awaiting for the verdict"."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from copylint.checks.base import Example, RuleInfo
from copylint.grammar.hit import Hit
from copylint.grammar.lexicon import MODALS, verb_form, verb_tags, word_tags
from copylint.grammar.stream import Word, after, before

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import Final

RULE: Final = RuleInfo(
    id="grammar.verb-preposition",
    category="grammar",
    severity="error",
    summary='A preposition between a verb and its object ("discussed about the plan", "comprises of", "awaiting for").',
    rationale=(
        "Some verbs take their object directly, with no preposition: one discusses a plan, "
        "mentions, describes or highlights a problem, emphasises or stresses a point, awaits a "
        "verdict, resembles a parent, lacks money, investigates or researches a "
        "case; a whole comprises its parts. "
        "The nouns beside them do take one (\"a discussion about\", \"emphasis on\", \"a lack "
        "of\", \"a resemblance to\"), which is where the slip comes from: \"discussed about the "
        "plan\", \"emphasised on the need\", \"comprises of four members\". The rule keeps to "
        "verbs whose preposition is wrong in all but rare senses. It leaves alone \"about\" that "
        "means \"roughly\" (\"discussed about 20 bills\"), \"on\" that gives a time, a place or a "
        "medium (\"emphasised on Monday\", \"mentioned on the radio\", \"investigated into the "
        "night\"), \"for\" that gives a span or a turn (\"awaited for years\", \"awaited for the "
        "first time\"), passives and reduced "
        "clauses (\"little was said or mentioned about it\", \"the issues discussed about the "
        "case\", told apart by the part-of-speech tagger), \"is comprised of\" (disputed, but "
        "standard in many dictionaries) and noun uses (\"no mention about\", \"research about\", "
        "\"a lack of\"). \"Reach to\" (\"the coat reached to her knees\") and \"explain about\" "
        "are correct English and are not flagged. Measured (benchmarks/quality/new_rules.py, the rule alone): no alert on clean "
        "Wikinews, the US corpus or 41,000 words of held-out treebank text; recall on injected "
        "errors 1.00 (15 of 15, Wikinews) and 0.91 (US)."
    ),
    bad=(
        Example("The committee [[discussed about]] the budget on Tuesday."),
        Example("She [[mentioned about]] the delay in her speech."),
        Example("The new board [[comprises of]] nine members."),
        Example("The report [[emphasises on]] the need for training."),
        Example("The family is [[awaiting for]] the verdict."),
        Example("They [[described about]] a loud bang."),
        Example("The town [[resembles to]] a fortress."),
        Example("The plan [[lacked of]] detail."),
        Example("Police are [[investigating about]] the fire."),
        Example("We will [[discuss about]] it next week."),
        Example("He [[emphasized on]] the importance of trade."),
        Example("The students [[researched about]] local history."),
        Example("She [[stressed on]] the need for calm."),
        Example("They [[highlighted on]] the weak spots in the plan."),
        Example("Detectives [[investigated into]] the robbery."),
    ),
    good=(
        Example("The committee discussed the budget on Tuesday."),
        Example("The committee discussed about 20 bills."),
        Example("She emphasised on Monday that the talks would go on."),
        Example("The plan was mentioned on the radio."),
        Example("Little was said or mentioned about the cost."),
        Example("The board is comprised of nine members."),
        Example("There was no mention about the cost."),
        Example("The coat reached to her knees."),
        Example("He explained about the delay."),
        Example("The lack of detail worried investors."),
        Example("Her research about local history won a prize."),
        Example("The report placed emphasis on training."),
        Example("The family awaits the verdict."),
        Example("The town has awaited for years a new bridge."),
        Example("The verdict was awaited for weeks."),
        Example("Detectives investigated into the night."),
        Example("The stress on nurses is rising."),
    ),
    fix_safe=False,
)

#: verb -> (the prepositions wrongly put before its object, the forms (v z d p g) the rule checks).
#: "comprised of" is left alone (standard in many dictionaries); "lack", "research" and
#: "mention" are nouns too, so their base and -s forms count only in a verb's slot.
VERB_PREPOSITIONS: Final[dict[str, tuple[tuple[str, ...], str]]] = {
    "discuss": (("about",), "vzdpg"),
    "mention": (("about",), "vzdpg"),
    "describe": (("about",), "vzdpg"),
    "comprise": (("of",), "vzg"),
    "emphasise": (("on", "upon"), "vzdpg"),
    "emphasize": (("on", "upon"), "vzdpg"),
    "await": (("for",), "vzdpg"),
    "resemble": (("to", "with"), "vzdpg"),
    "lack": (("of",), "vzdpg"),
    "investigate": (("about", "into"), "vzdpg"),
    "research": (("about",), "vzdpg"),
    "stress": (("on", "upon"), "vzdpg"),
    "highlight": (("on", "about"), "vzdpg"),
}

_BE_GET: Final = frozenset("be is are was were been being am get gets got gotten getting 's 're".split())
_HAVE: Final = frozenset("have has had having 've 'd".split())
_SUBJECTS: Final = frozenset("i you he she it we they who which that".split())
_FREQUENCY: Final = frozenset("often still also never always sometimes usually rarely seldom only".split())
_VERB_SLOT: Final = _SUBJECTS | MODALS | frozenset("to not never also do does did don't doesn't didn't".split())
#: words before an infinitive's "to" ("want to mention", "going to research")
_TAKES_TO_INFINITIVE: Final = frozenset(
    """want wants wanted going used need needs needed have has had ought able unable likely unlikely
    plan plans planned hope hopes hoped try tries tried began begin begins continue continues continued
    seem seems seemed appear appears appeared decided decide agreed agree refused refuse forgot forget
    like liked would""".split()
)
#: "about" meaning "roughly": a number or a fraction follows
_APPROX: Final = frozenset("half twice once a an one two three four five six seven eight nine ten eleven twelve "
                    "twenty thirty forty fifty sixty seventy eighty ninety hundred thousand dozen".split())
_AMOUNT_AFTER_A: Final = frozenset(
    """dozen hundred thousand million billion quarter third fifth tenth half hour minute second day week
    month year decade century mile kilometre kilometer metre meter foot yard inch pound kilo ton tonne
    litre liter gallon acre hectare dollar percent""".split()
)
#: "on" that gives a time, a place or a medium: "emphasised on Monday", "on the radio"
_ON_SETTING: Final = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday day days night nights evening morning
    afternoon weekend weekends eve occasion occasions date anniversary television tv radio air camera
    stage record tape video podcast website websites site sites social twitter facebook phone call calls
    visit visits tour trip arrival return behalf condition floor show programme program platform page
    pages panel sidelines eve basis hours early late blog blogs interview interviews broadcast channel
    screen newsletter stream livestream feed account""".split()
)
_DETS: Final = frozenset("the a an his her their its our my your this that these those".split())
#: "for" that gives a span of time or a turn: "awaited for years", "awaited for the first time"
_SPANS: Final = frozenset("years months weeks days hours decades ages centuries minutes long years' time while".split())
_TURNS: Final = frozenset("first second third last final next time".split())


def _duration(words: list[Word], o: Word) -> bool:
    if o.kind == "number" or o.low in _SPANS or o.low in _APPROX and o.low not in ("a", "an", "half"):
        return True
    n = after(words, o.index)
    if n is None:
        return False
    if o.low in ("the", "a", "an", "some", "so", "too", "as", "several", "many", "decades", "another"):
        return n.low in _TURNS or n.low in _SPANS or n.low in ("long", "while", "time", "moment", "year",
                                                                 "month", "week", "day", "decade", "period")
    return False


def _forms() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Every checked verb form -> (its verb, the wrong prepositions)."""
    out: dict[str, tuple[str, tuple[str, ...]]] = {}
    for lemma, (preps, tags) in VERB_PREPOSITIONS.items():
        for tag in tags:
            form = verb_form(lemma, tag)
            if form:
                out[form] = (lemma, preps)
    return out


_FORMS: dict[str, tuple[str, tuple[str, ...]]] | None = None


def find(text: str, words: list[Word], sites: Iterable[int] | None = None) -> Iterator[Hit]:
    """Hits in one segment's stream; only at ``sites`` (indexes of ``TRIGGERS`` words, in
    order) when given, which is where any can be."""
    global _FORMS
    if _FORMS is None:
        _FORMS = _forms()
    forms = _FORMS
    for i in range(len(words)) if sites is None else sites:
        v = words[i]
        p = after(words, i)
        if p is None or v.low not in forms or v.cap and not v.sentence_start:
            continue
        lemma, preps = forms[v.low]
        if p.low not in preps:
            continue
        hit = _check(words, v, p, lemma)
        if hit is not None:
            yield hit


def _check(words: list[Word], v: Word, p: Word, lemma: str) -> Hit | None:
    o = after(words, p.index)
    if o is None or not o.word and o.kind != "number":
        return None  # "the plan he mentioned about." : nothing to be the object
    if p.low == "about" and _approximate(words, o):
        return None
    if p.low in ("on", "upon", "into") and _setting(words, o):
        return None
    if p.low == "for" and _duration(words, o):
        return None
    if o.low in ("to", "that", "whether") and p.low != "about":
        return None
    if p.low == "to" and _extent(words, o):
        return None
    tags = verb_tags(v.low)
    b = before(words, v.index)
    if word_tags(v.low) and ("v" in tags or "z" in tags):
        # also a noun ("mention", "research", "lack"): only in a verb's slot
        # (the tagger is no help here: the stray preposition makes it read a noun)
        if b is None or not (b.low in _VERB_SLOT or b.low in _FREQUENCY or b.low.endswith("ly")
                             or word_tags(b.low) == "N" or b.low in ("and", "or")):
            return None
        if b.low in ("to", "and", "or") and ((bb := before(words, b.index)) is None or bb.low not in _TAKES_TO_INFINITIVE) \
                and _tag(words, v) not in ("VB", "VBP"):
            return None  # "owing to lack of rain": "to" before a noun
    if "d" in tags or "p" in tags:
        if not _active_past(words, v):
            return None
    return Hit(RULE.id, v.start, p.end,
               f"\u201c{lemma}\u201d takes a direct object: \u201c{v.text}\u201d without \u201c{p.text}\u201d.",
               (v.text,))


def _extent(words: list[Word], o: Word) -> bool:
    """"to some extent", "to a large degree": an adverbial, not an object."""
    for _ in range(3):
        if o.low in ("extent", "degree"):
            return True
        n = after(words, o.index)
        if n is None or not n.word:
            return False
        o = n
    return False


def _approximate(words: list[Word], o: Word) -> bool:
    if o.kind == "number" or o.low in _APPROX and o.low not in ("a", "an"):
        return True
    if o.low in ("a", "an"):
        n = after(words, o.index)
        return n is not None and n.low in _AMOUNT_AFTER_A
    return o.low in ("as", "the") and (n := after(words, o.index)) is not None and n.low in ("same", "many", "much")


def _setting(words: list[Word], o: Word) -> bool:
    """The phrase after "on" names a time, a place or a medium: one of its first three words
    is capitalised, a number or a word for a time, an occasion or a medium ("on Monday", "on
    several occasions", "on her blog")."""
    for _ in range(3):
        if o.cap or o.kind == "number" or o.low in _ON_SETTING:
            return True
        n = after(words, o.index)
        if n is None or not (n.word or n.kind == "number"):
            return False
        o = n
    return False


def _active_past(words: list[Word], v: Word) -> bool:
    """An -ed form used actively ("she mentioned about", "has discussed about"), not a passive
    or a reduced clause ("was mentioned about", "the issues discussed about")."""
    k = v.index
    b = before(words, k)
    if b is not None and b.low in _SUBJECTS and b.low not in ("that", "which", "who"):
        return True  # "she mentioned about"
    for _ in range(4):  # "was not yet discussed", "has also been mentioned"
        b = before(words, k)
        if b is None:
            break
        if b.low in _BE_GET:
            return False
        if b.low in _HAVE:
            return True
        if b.low in ("and", "or") and (c := before(words, b.index)) is not None and "p" in verb_tags(c.low):
            k = c.index  # "was said or mentioned about"
            continue
        if not b.low.endswith("ly") and b.low not in ("not", "never", "also", "already", "just", "yet", "even"):
            break
        k = b.index
    if _tag(words, v) not in ("VBD", "VBN"):
        return False
    return not _finite_verb_follows(words, v)


def _finite_verb_follows(words: list[Word], v: Word) -> bool:
    """A finite verb follows in the same clause: ``v`` heads a reduced clause inside the
    subject ("the facts mentioned about him were wrong"), not the sentence's own verb."""
    from copylint.grammar.tagging import sentence_tags

    for t in sentence_tags(words, v.index):
        if t.word <= v.index + 1 and t.word != -1:
            continue
        if t.word == -1 or t.tag in ("CC", "WDT", "WP", ",", ":", ".") or t.text.lower() in ("that", "because", "while"):
            return False
        if t.tag in ("VBD", "VBZ", "VBP", "MD"):
            return True
    return False


def _tag(words: list[Word], v: Word) -> str | None:
    """The tagger's tag for ``v`` in its sentence."""
    from copylint.grammar.tagging import tagged_word

    parts = tagged_word(words, v.index)
    return parts[0].tag if parts else None


#: the only words ``find`` looks at: the grammar check passes it their indexes as ``sites``
#: (every form of the table's verbs, written out so that importing the module loads no word data;
#: a test checks it against the verb table)
TRIGGERS: Final[frozenset[str]] = frozenset(
    """discuss discusses discussed discussing mention mentions mentioned mentioning describe describes
    described describing comprise comprises comprising emphasise emphasises emphasised emphasising
    emphasize emphasizes emphasized emphasizing await awaits awaited awaiting resemble resembles
    resembled resembling lack lacks lacked lacking investigate investigates investigated investigating
    research researches researched researching stress stresses stressed stressing highlight highlights
    highlighted highlighting""".split()
)
