"""Compound modifiers before a noun written without their hyphen: "the mid 1980s", "a low
risk loan", "a market driven approach" (``grammar.compound-modifier``, on by default) and "a ten
minute drive", "a 23 year old" (``grammar.measure-modifier``, off by default: see its
rationale)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from copylint.checks.base import Example, RuleInfo
from copylint.grammar.classes import DETERMINERS, POSSESSIVES, PREPOSITIONS
from copylint.grammar.hit import Hit
from copylint.grammar.lexicon import is_noun, verb_tags, word_tags
from copylint.grammar.stream import Word

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import Final

RULE: Final = RuleInfo(
    id="grammar.compound-modifier",
    category="grammar",
    severity="warning",
    summary='A compound modifier before a noun needs its hyphen ("the mid-1980s", "a low-risk loan").',
    rationale=(
        "Two words that together describe the noun after them are joined by a hyphen, so the "
        "reader takes them as one modifier: \"a low-risk loan\", \"a market-driven "
        "approach\". AP, Chicago, the Guardian and Wikipedia's manual of style agree on this, and "
        "on \"mid-1980s\". The rule looks only at shapes where the missing hyphen is beyond "
        "doubt, each a whole class: \"mid\" before a decade, century or month; a degree adjective "
        "(small/large, high/low, long/short, wide/narrow, deep/shallow, full/part, upper/lower, "
        "top/bottom, middle, half) with a noun of the scale it measures (scale, term, level, range, "
        "risk, speed, cost, quality...) between a determiner or preposition and a noun (\"a low "
        "risk loan\", \"the long term effects\"); \"left\" or \"right\" with \"wing\", "
        "\"hand\" or \"angle\" (not \"the right angle\" before a verb form, where \"right\" may "
        "mean correct); and a noun with a participle that is never a past tense (\"driven\", "
        "\"stricken\", \"torn\") or an -ed participle of such compounds (\"based\", \"minded\") "
        "before a singular noun. Left alone: the compound after its noun (\"the loan was low "
        "risk\"), an adverbial phrase before a subject (\"in the long term prices will fall\"), "
        "scale nouns that head compounds of their own (\"small energy producers\") and an -ed "
        "form before a plural, which may be its object (\"the company based operations in Ohio\"). "
        "Wider shapes, each a class whose first word does not describe the noun alone, after a "
        "determiner, possessive, preposition, number or \"and\": \"well\", \"ill\", \"better\", "
        "\"best\", \"ever\", \"never\" or a degree word used as an adverb (long, short, high, low, full, "
        "part, half, deep, top) with a participle (\"a well known author\", \"the long awaited "
        "report\"); a span of time with \"old\" or \"long\" (\"a century old church\", \"a month "
        "long strike\"); an adjective or number with an -ed word for a part of the body or for "
        "character (\"blue eyed\", \"kind hearted\"), a number with one for a part of a thing (\"two "
        "sided\", \"four wheeled\"); and a noun with an adjective that takes it as complement "
        "(\"user friendly\", \"drug resistant\", \"energy efficient\"). Left alone there: a size "
        "word with a participle (\"a large painted sign\"), a degree word with an -ing noun (\"a short "
        "training course\"), \"well\" or an adjective as a noun before a past tense (\"the well "
        "emitted gas\", \"the young faced hardship\") and anything after an adverb of degree "
        "(\"the most well known\"). It still covers a small part of all compound modifiers, since "
        "most pair a noun or adjective with a noun (\"health-care\", \"open-source\"), which only "
        "meaning tells from an open compound: measured (benchmarks/quality/grammar.py and "
        "new_rules.py --heldout), with the hyphen taken out of every hyphenated two-word modifier "
        "before a noun it finds 2 of 13 on Wikinews and 13 of 60 on the US corpus, and 5 of 92 in "
        "the Universal Dependencies EWT and PUD treebanks (text it was never tuned on); on its own "
        "shapes, 38 of 48. On clean copy: 0.033 alerts per 1,000 words on Wikinews and 0.014 on "
        "the US corpus, each one a missing hyphen."
    ),
    bad=(
        Example("Sales of vinyl slumped in the [[mid 1980s]]."),
        Example("Prices peaked in [[mid July]]."),
        Example("The plan is a [[small scale]] trial of the drug."),
        Example("The [[long term]] effects are unknown."),
        Example("Critics attacked the [[market driven]] approach."),
        Example("A [[London based]] charity paid for the repairs."),
        Example("The [[high level]] talks ended without a deal."),
        Example("The firm relies on [[full time]] staff."),
        Example("It was a [[drought stricken]] region."),
        Example("The town grew in the [[mid 19th century]]."),
        Example("The bank made a [[low risk]] loan to the farm."),
        Example("A [[left wing]] party won the seat."),
        Example("Aid reached the [[war torn]] province in March."),
        Example("Buses use the [[right hand]] lane."),
        Example("The canal makes a [[right angle]] turn at the lock."),
        Example("The mayor chose a [[well known]] architect."),
        Example("An [[ill timed]] joke ended the speech."),
        Example("The [[long awaited]] bypass opened on Monday."),
        Example("A [[century old]] elm was felled."),
        Example("The union called a [[week long]] strike."),
        Example("Keepers found a [[two headed]] snake."),
        Example("The [[water borne]] infection spread fast."),
        Example("The firm sells a [[user friendly]] printer."),
        Example("Ward staff feared a [[drug resistant]] germ."),
    ),
    good=(
        Example("Sales of vinyl recovered by the mid-1990s."),
        Example("In the long term, prices will fall."),
        Example("The study was small scale."),
        Example("The charity is London based."),
        Example("Over the long term the fund grew."),
        Example("She was born in 1990 and driven to succeed."),
        Example("The talks were held at a high level."),
        Example("The staff work full time."),
        Example("It is a small-scale trial."),
        Example("The region was drought stricken."),
        Example("He was in the middle of the 1950s boom."),
        Example("In the short term rates will rise."),
        Example("In 2010 the firm based operations in Leeds."),
        Example("Crews cleared the silt drawn up by the dredger."),
        Example("Cyclists wait in the right turn box."),
        Example("The wall meets the road at a right angle to the kerb."),
        Example("Finding the right angle helps the photographer."),
        Example("For him the right angle makes the shot."),
        Example("The architect is well known."),
        Example("The well emitted gas for a week."),
        Example("During the day old friends met for lunch."),
        Example("A large painted sign hung outside."),
        Example("The young faced hardship after the war."),
        Example("A short training course begins in May."),
        Example("The strike was a week long."),
        Example("The printer is user friendly."),
    ),
)

MEASURE_RULE: Final = RuleInfo(
    id="grammar.measure-modifier",
    category="grammar",
    severity="warning",
    summary='A number and unit before a noun need a hyphen ("a 20-minute walk", "a 19-year-old").',
    rationale=(
        "A number with a unit that describes the noun after it is one modifier and takes a "
        "hyphen, with the unit in the singular: \"a ten-minute drive\", \"a 3.5-inch pipe\", "
        "\"a 23-year-old driver\" (and \"a 23-year-old\" as a noun). AP, Chicago, the Guardian and "
        "Wikipedia's manual of style agree. A singular unit after a number other than one is the "
        "sign: \"20 minutes\" and \"6 foot tall\" are left alone, and so are abbreviated units "
        "(\"10 km\"), which most houses space, and years (\"the 2011 stage play\"). Off by default "
        "because it fires more often than copylint's limit of 0.05 alerts per 1,000 words on "
        "edited copy: measured (benchmarks/quality/grammar.py) 0.229 per 1,000 words on the "
        "Wikinews corpus (7 alerts) and 0.018 on the US corpus (4), every one of them a real "
        "missing hyphen (a number and a time unit before a noun); a desk that "
        "follows AP or Chicago should switch it on (--enable grammar.measure-modifier)."
    ),
    bad=(
        Example("The depot is a [[ten minute]] drive from the bridge."),
        Example("The shop runs a [[24 hour]] helpline."),
        Example("A [[3.5 inch]] pipe burst under the road."),
        Example("The court fined a [[23 year old]] driver on Monday."),
        Example("The driver got a [[30 month]] ban."),
        Example("The village keeps a [[500 year old]] custom."),
        Example("The estate sold a [[300 acre]] farm."),
        Example("They faced a [[nine hour]] flight home."),
        Example("A [[two week]] strike closed the port."),
        Example("The [[40 metre]] mast was lit."),
    ),
    good=(
        Example("The depot is a ten-minute drive from the bridge."),
        Example("The walk takes 20 minutes."),
        Example("He stands 6 foot tall."),
        Example("The march was 10 km long."),
        Example("The man, 19, was jailed on Monday."),
        Example("The union is one step from a deal."),
        Example("The 2011 stage play opened in May."),
        Example("The drive took seven hours."),
        Example("A 10 km walk ended the day."),
        Example("He was 19 years old."),
    ),
    default_enabled=False,
)

MONTHS: Final = "January|February|March|April|May|June|July|August|September|October|November|December"
# units of measure and of time written out (abbreviations such as "km" are spaced by most houses)
UNITS: Final = ("inch|foot|mile|metre|meter|kilometre|kilometer|centimetre|centimeter|millimetre|millimeter|"
         "acre|hectare|yard|pound|ton|tonne|gallon|litre|liter|ounce|kilogram|kilogramme|gram|degree|"
         "year|month|week|day|hour|minute|second|storey|story|megawatt|kilowatt|watt|volt|mph")
# a number other than one ("one step closer" is no measure)
_NUMBER: Final = (r"(?:\d[\d,]*(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
           r"twenty|thirty|forty|fifty|sixty|hundred|thousand)")
_MEASURE: Final = re.compile(rf"(?<![\w.,\u2013-])({_NUMBER}) ({UNITS})\b(?![-'\u2019])(?: (old)\b(?![-'\u2019]))?(?: ([a-z]+)\b(?![-'\u2019]))?")
_MID: Final = re.compile(rf"\b([Mm]id) (\d{{4}}s|\d0s|'\d0s|\d+(?:st|nd|rd|th) century|(?:{MONTHS})\b|"
                  r"(?:seventeenth|eighteenth|nineteenth|twentieth|twenty-first) century)")
# A degree adjective with a noun naming the scale it measures on: together they modify the
# next noun ("a low-risk loan", "long-term effects"). The adjectives are the dimension and
# degree adjectives of English that pair as opposites (small/large, high/low, long/short,
# wide/narrow, deep/shallow, full/part, upper/lower, top/bottom), with "middle" and "half";
# the nouns are the nouns of a scale or quantity such an adjective places a thing on. Left
# out: nouns that close up with these adjectives ("heavyweight", "highway", "longhand"),
# compounds with a noun of their own ("high school", "deep sea", "top flight"), and scale nouns
# that head noun compounds of their own, where the adjective may describe the whole compound
# ("small energy producers", "a high power line", "a low price tag").
_SIZE: Final = "small|large|full|part|high|low|long|short|wide|narrow|deep|shallow|upper|lower|middle|top|bottom|half"
_MEASURE_NOUN: Final = ("scale|term|run|time|range|level|size|class|grade|rank|quality|income|cost|risk|speed|altitude|"
                 "distance|density|frequency|pressure|intensity|priority|profile|angle|end|tech")
_SIZED: Final = re.compile(rf"(({_SIZE}) ({_MEASURE_NOUN})) ([a-z]+)\b(?![-'\u2019])")
# left and right with "wing" and "hand", the compound modifiers of side ("a left-wing party",
# "the right-hand lane"), and "angle" ("a right-angle bend", "the left-angle bracket"); their own
# pattern, so "right" and "left" pair with nothing else
_SIDE: Final = re.compile(r"((left|right) (wing|hand|angle)) ([a-z]+)\b(?![-'\u2019])")
_SIZE_WORDS: Final = frozenset(_SIZE.split("|"))
_SIDE_WORDS: Final = frozenset({"left", "right"})
# Past participles that are never a past tense (driven, ridden, stricken, torn, borne, woven,
# eaten...) and the -ed participles that make compound modifiers with a noun and are seldom a
# past tense with an object ("London-based", "drug-related", "export-oriented"): with
# a noun before them and a noun after, they make one modifier ("market-driven", "war-torn").
# An -ed form is a past tense too, so before a plural (which can be its bare object: "the
# company based operations in Ohio") it is left alone.
_PARTICIPLES: Final = ("driven|ridden|stricken|grown|born|torn|worn|drawn|blown|written|based|bound|minded|sized|shaped|themed|"
                "borne|woven|sewn|sown|hewn|eaten|beaten|bitten|shaken|trodden|related|oriented|infested|laden")
_PARTICIPLE_WORDS: Final = frozenset(_PARTICIPLES.split("|"))
_NOUN_PARTICIPLE: Final = re.compile(rf"(([A-Za-z]+) ({_PARTICIPLES})) ([a-z]+)\b(?![-'\u2019])")
# the word before the compound: a determiner or a preposition
_LEADS: Final = frozenset("a an the this that these those its their his her our each every no with of for by in on".split())
# prepositions that open an adverbial phrase ("in the long term", "for a short time")
_PREPOSITIONS: Final = frozenset("in on at for over during after before by with from within across throughout".split())
# words after a unit that show it is no modifier ("20 minute or so", "6 foot tall"); the
# nouns that stand as adverbs of time and place ("in the upper range today") and adverb
# particles ("silt drawn up by the dredger") are no head
_NOT_A_HEAD: Final = frozenset("of per a an the and or to in on at for by from with ago tall high long wide deep later "
                        "earlier before after away than when that which as is was are were today tonight tomorrow "
                        "yesterday now home here there overnight up down out off back".split())
# an auxiliary or modal: the noun before it is a subject ("... prices will fall")
_AUXILIARIES: Final = frozenset("will would can could may might must shall should is are was were has have had do does "
                         "did".split())
_NEXT_WORD: Final = re.compile(r"\s+([a-z]+)")

# -- the wider shapes: each a class of English compound modifiers whose first word does not
# describe the noun on its own ("a well known author" is no well, "a long awaited report" is not
# long). Like the shapes above, each needs a determiner or preposition before the compound and
# a noun after it (:func:`_wider`).

# Adverbs of manner, degree and time that make a compound with a participle ("well-known",
# "ill-advised", "better-paid", "best-known", "ever-growing", "never-ending"); "better" and
# "best" only with a past participle:
# before an -ing noun they are adjectives of the whole ("the best supporting actor").
_MANNER: Final = frozenset("well ill better best ever never".split())
_MANNER_ING: Final = frozenset("well ill ever never".split())
# Degree adjectives that act as adverbs of time or degree before a participle ("long-awaited",
# "short-lived", "high-powered", "low-paid", "full-grown", "part-funded", "half-built",
# "deep-rooted", "top-seeded"). Left out: the other size words of :data:`_SIZE`, which describe
# the noun itself ("a large painted canvas", "a narrow paved lane").
_ADVERBIAL_SIZE: Final = frozenset("long short high low full part half deep top".split())
# Nouns of a span of time before "old" or "long" ("a century-old church", "a month-long
# strike"); after a number ("a 12 week old") they are grammar.measure-modifier's.
_TIME_SPANS: Final = frozenset("minute hour day night week weekend fortnight month year decade century millennium "
                        "season".split())
_SPAN_ADJECTIVES: Final = frozenset({"old", "long"})
_ARTICLES: Final = frozenset({"a", "an", "the"})
# -ed adjectives made from a noun for a part of the body, or for character, after an adjective
# or a number ("blue-eyed", "kind-hearted", "two-headed", "single-minded"), and "sized" and
# "shaped" ("medium-sized", "odd-shaped"): such a word is never used alone before a noun, so the
# word before it belongs to the compound.
_ATTRIBUTES: Final = frozenset(
    "eyed haired handed hearted headed legged footed faced skinned tongued winged bodied lipped necked nosed tailed "
    "horned toothed chested shouldered blooded throated limbed jawed browed cheeked bellied boned hoofed clawed "
    "fingered tempered natured spirited minded sized shaped".split())
# -ed adjectives made from a noun for a part of a thing, only after a number ("two-sided",
# "four-wheeled", "three-tiered", "twin-engined"): after an adjective, the adjective may
# describe the noun ("a large walled garden" is a large garden with walls)
_PART_COUNTS: Final = frozenset("sided roofed walled edged leaved stemmed decked tiered storeyed storied pronged bladed "
                         "engined hulled wheeled coloured colored".split())
# number words that begin such compounds ("a two-sided coin", "a single-minded aim")
_COUNT_WORDS: Final = frozenset("one two three four five six seven eight nine ten eleven twelve twenty hundred single double "
                         "triple twin multi".split())
# Adjectives that take a noun as their complement inside a compound ("user-friendly",
# "drug-resistant", "energy-efficient", "carbon-neutral", "cost-conscious", "drought-tolerant",
# "power-hungry", "oil-dependent", "country-specific"), after a singular noun that is no
# adjective: the noun does not describe the head, so the two are one modifier.
_NOUN_ADJECTIVES: Final = frozenset("friendly resistant efficient neutral conscious tolerant hungry dependent specific".split())
# adverbs of degree, which modify the adjective after them and take no hyphen ("a very
# sided ...", "a more rounded view"); some are adjectives too in the lexicon
_DEGREE_ADVERBS: Final = frozenset("very too so quite rather fairly pretty most more less least really".split())
# words the lexicon also lists as nouns that, after a participle, are adverbs of time, place or
# degree ending a reduced clause ("the money hidden inside", "the meal eaten last"): no head
_ADVERB_NOUNS: Final = frozenset("last next enough apart alone together again once twice abroad ahead along aside around "
                          "inside outside forward forwards instead already still".split())
# quantity words, which open a noun phrase of their own ("the well emitted more than ..."): no head
_QUANTITIES: Final = frozenset("more less most much little few fewer many several some all both each any".split())
#: what cannot head a compound modifier's noun in grammar.compound-modifier
_NO_HEAD: Final = _NOT_A_HEAD | _ADVERB_NOUNS | _QUANTITIES
# "well" and "ill" are nouns too ("the well", "the ill"): after a determiner, a past participle
# that is also a past tense may be their verb ("the well emitted gas")
_NOUN_TOO: Final = frozenset({"well", "ill"})


# the words before a wider shape: those of :data:`_LEADS`, every determiner, possessive and
# preposition, a number, and "and"/"or" ("long and well paid careers"); not an adverb of
# degree, after which guides differ on the hyphen ("the most well known")
_WIDER_LEADS: Final = (_LEADS | DETERMINERS | POSSESSIVES | PREPOSITIONS | _COUNT_WORDS | frozenset({"and", "or"})) - _DEGREE_ADVERBS


def _plain(w: Word) -> bool:
    """A lowercase word of ASCII letters only."""
    t = w.text
    return t.isascii() and t.isalpha() and t.islower()


def _participle_after(first: str, second: str) -> bool:
    """``second`` is a participle that ``first`` (of :data:`_MANNER` or
    :data:`_ADVERBIAL_SIZE`) makes a compound with: a past participle that is no base form
    ("set", "cut" are base forms too), or an -ing form where the class allows one."""
    tags = verb_tags(second)
    if not tags or "v" in tags:
        return False
    if "p" in tags:
        return True
    if "g" not in tags:
        return False
    if first in _MANNER:
        return first in _MANNER_ING
    # only an -ing form the lexicon knows as an adjective ("long-lasting"): another may be a
    # verb of the noun the degree word describes ("a long winding road", "a short training course")
    tags = word_tags(second)
    return "j" in tags and "n" not in tags


def _first_of_wider(words: list[Word], i: int) -> int | None:
    """The index of the first word of a wider-shape compound that the trigger ``words[i]``
    belongs to, or None."""
    w = words[i]
    low = w.low
    nxt = words[i + 1] if i + 1 < len(words) else None
    if (low in _MANNER or low in _ADVERBIAL_SIZE) and nxt is not None and nxt.gap == " " and _plain(w) \
            and _plain(nxt) and _participle_after(low, nxt.low):
        return i
    if i < 2 or w.gap != " " or not _plain(w):
        return None
    first = words[i - 1]
    if not _plain(first):
        return None
    if low in _SPAN_ADJECTIVES:
        if first.low not in _TIME_SPANS or words[i - 2].low not in _ARTICLES:
            return None
        if words[i - 2].low == "the" and i >= 3 and words[i - 3].low in _PREPOSITIONS:
            return None  # "during the day old people ...": a phrase of time, then an adjective
        return i - 1
    if low in _NOUN_ADJECTIVES:
        tags = word_tags(first.low)
        return i - 1 if "n" in tags and "j" not in tags else None
    if low in _PART_COUNTS:
        return i - 1 if first.low in _COUNT_WORDS else None
    if low in _ATTRIBUTES:  # (not after a determiner that the lexicon lists as an adjective: "several")
        if first.low in _COUNT_WORDS:
            return i - 1
        tags = word_tags(first.low)
        if "j" not in tags or first.low.endswith("ly") or first.low in _DEGREE_ADVERBS or first.low in DETERMINERS:
            return None
        if "d" in verb_tags(low) and "n" in tags and words[i - 2].low == "the":
            return None  # "the young faced hardship": an adjective as a noun, and a past tense
        return i - 1
    return None


def _wider(text: str, words: list[Word], i: int) -> Hit | None:
    """The hit of a wider shape at the trigger ``words[i]``, or None."""
    k = _first_of_wider(words, i)
    if k is None or k == 0 or k + 2 >= len(words):
        return None
    first, second, head = words[k], words[k + 1], words[k + 2]
    lead = words[k - 1]
    if not first.joined or not (lead.low in _WIDER_LEADS or lead.kind == "number") or head.gap != " " \
            or not _plain(head):
        return None
    if text[head.end:head.end + 1] in ("-", "'", "\u2019"):
        return None
    if head.low in _NO_HEAD or not is_noun(head.low):
        return None
    if first.low in _NOUN_TOO and words[k - 1].low not in _PREPOSITIONS and words[k - 1].low not in ("a", "an") \
            and "d" in verb_tags(second.low):
        return None
    if second.low == "old" and "N" in word_tags(head.low):
        return None  # "the day old people came": a time adverbial, then an adjective
    if _in_phrase_of_place_or_time(words, k) and _verb_after(text, head.end):
        return None
    fixed = f"{first.text}-{second.text}"
    return Hit(RULE.id, first.start, second.end,
               f"A compound modifier before \u201c{head.text}\u201d: write \u201c{fixed}\u201d.", (fixed,))



def _in_phrase_of_place_or_time(words: list[Word], k: int) -> bool:
    """The compound starting at ``words[k]`` follows a preposition, or a determiner after
    one ("in the long term", "for a short time")."""
    low = words[k - 1].low
    if low in _PREPOSITIONS:
        return True
    return k >= 2 and words[k - 1].joined and words[k - 2].low in _PREPOSITIONS


def _verb_after(text: str, end: int) -> bool:
    """An auxiliary or modal is the word after ``end``."""
    m = _NEXT_WORD.match(text, end)
    return m is not None and m.group(1) in _AUXILIARIES


def find_measures(text: str) -> Iterator[Hit]:
    """The hits of ``grammar.measure-modifier``."""
    for m in _MEASURE.finditer(text):
        number, unit, old, head = m.group(1), m.group(2), m.group(3), m.group(4)
        if old is not None:
            if unit in ("year", "month", "week", "day"):
                fixed = f"{number}-{unit}-old"
                yield Hit(MEASURE_RULE.id, m.start(1), m.end(3), f"Hyphenate \u201c{fixed}\u201d.", (fixed,))
            continue
        if head is None or head in _NOT_A_HEAD or not is_noun(head):
            continue
        if re.fullmatch(r"1\d{3}|20\d\d", number) and unit not in ("metre", "meter", "mile", "foot", "acre", "yard"):
            continue  # "the 2011 stage play": a year, not a count
        fixed = f"{number}-{unit}"
        yield Hit(MEASURE_RULE.id, m.start(1), m.end(2),
                  f"A compound modifier before \u201c{head}\u201d: write \u201c{fixed}\u201d.", (fixed,))


def find(text: str, words: list[Word], sites: Iterable[int] | None = None) -> Iterator[Hit]:
    """Hits in one segment's stream; only at ``sites`` (indexes of ``TRIGGERS`` words, in
    order) when given, which is where any can be."""
    end = -1  # where the last hit ends: a wider shape's hit never overlaps it
    for i in range(len(words)) if sites is None else sites:
        hit = _narrow(text, words, i)
        if hit is None:
            hit = _wider(text, words, i)
            if hit is None or hit.start < end:
                continue
        end = hit.end
        yield hit


def _narrow(text: str, words: list[Word], i: int) -> Hit | None:
    """The hit of the first shapes ("mid", a degree adjective with a scale noun, left/right
    wing/hand, a noun with a participle) at the trigger ``words[i]``, or None."""
    w = words[i]
    low = w.low
    if low == "mid":
        m = _MID.match(text, w.start)
        if m is None:
            return None
        fixed = f"{m.group(1)}-{m.group(2)}"
        return Hit(RULE.id, m.start(1), m.end(2), f"Hyphenate \u201c{fixed}\u201d.", (fixed,))
    if low in _SIZE_WORDS:
        pattern, first = _SIZED, w
    elif low in _SIDE_WORDS:
        pattern, first = _SIDE, w
    elif low in _PARTICIPLE_WORDS and i > 1 and w.joined:
        pattern, first = _NOUN_PARTICIPLE, words[i - 1]
        if not (first.cap or (is_noun(first.low) and "j" not in word_tags(first.low))):
            return None
    else:
        return None
    k = first.index
    if k == 0 or not first.joined or words[k - 1].low not in _LEADS:
        return None
    m = pattern.match(text, first.start)
    if m is None:
        return None
    head = m.group(4)
    if head in _NO_HEAD or not is_noun(head):
        return None
    if m.group(3) == "angle" and words[k - 1].low == "the" and verb_tags(head):
        return None  # "the right angle makes the shot": "right" may be "correct", the next word a verb
    if pattern is _NOUN_PARTICIPLE and m.group(3).endswith("ed") and "N" in word_tags(head):
        return None  # "the company based operations in Ohio": an -ed form is a past tense too, a plural its object
    if _in_phrase_of_place_or_time(words, k) and _verb_after(text, m.end(4)):
        return None  # "in the long term prices will fall": the phrase is adverbial, the noun a subject
    fixed = f"{m.group(2)}-{m.group(3)}"
    return Hit(RULE.id, m.start(1), m.end(1),
               f"A compound modifier before \u201c{head}\u201d: write \u201c{fixed}\u201d.", (fixed,))


#: the only words ``find`` looks at: the grammar check passes it their indexes as ``sites``
TRIGGERS: Final[frozenset[str]] = (frozenset({"mid"}) | _SIZE_WORDS | _SIDE_WORDS | _PARTICIPLE_WORDS | _MANNER | _ADVERBIAL_SIZE
                             | _SPAN_ADJECTIVES | _ATTRIBUTES | _PART_COUNTS | _NOUN_ADJECTIVES)
