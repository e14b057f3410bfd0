"""A closed compound written as two words: "head quarters" for "headquarters", "fire fighters"
for "firefighters" (``grammar.split-compound``)."""

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
    id="grammar.split-compound",
    category="grammar",
    severity="warning",
    summary='A closed compound split in two ("head quarters", "fire fighter", "them selves").',
    rationale=(
        "Some compounds are written solid in every major dictionary, British and American alike "
        "(\"headquarters\", \"birthday\", \"newspaper\", \"firefighter\", \"themselves\"), and "
        "a spell checker passes them split in two because each half is a word. The rule holds a "
        "general list of such compounds (people, places, buildings, weather, sport, reflexive "
        "pronouns) whose split form is never a phrase of its own: a pair that can also be a verb "
        "and its object or a verb with a particle (\"the sun set\", \"play off\", \"heard the gun "
        "fire\", \"draw back the curtain\", \"ended up coming\", \"back ground troops\", "
        "\"play ground balls\", \"man power stations\"), an adjective with its noun (\"wet "
        "land\", \"a wild life\", \"a key word\", \"a sound track record\"), an adverb phrase "
        "(\"over time\", \"stayed there after\") or a form dictionaries allow open (\"health "
        "care\", \"work force\", \"air strike\", \"heat wave\", \"home town\", \"trade mark\", "
        "\"every day\", \"any more\") is left out. A capitalised pair inside a sentence is taken "
        "for a name (\"Country Side Farm\") and left alone. Measured (benchmarks/quality/grammar.py): "
        "0.033 alerts per 1,000 words on the Wikinews corpus and 0.009 on the US corpus, each a "
        "compound the dictionaries write solid (\"rainstorm\", \"checkpoints\", \"seabeds\")."
    ),
    bad=(
        Example("The bank moved its [[head quarters]] to Bristol."),
        Example("The councillors found [[them selves]] outvoted."),
        Example("She marked her 40th [[birth day]] on the picket line."),
        Example("Travellers slept at the [[air port]] overnight."),
        Example("The [[news paper]] printed an apology on Friday."),
        Example("Four [[fire fighters]] were treated for burns."),
        Example("The [[court room]] was cleared before the verdict."),
        Example("A [[spokes woman]] for the trust declined to comment."),
        Example("The merger was approved by [[share holders]] in May."),
        Example("Hail stopped play, and a [[thunder storm]] followed."),
        Example("The [[eye witness]] described a red van."),
        Example("Residents complained to their [[land lord]] about the damp."),
        Example("Volunteers cleaned the [[bill board]] before the fair."),
        Example("Officers searched the [[house hold]] for a second phone."),
        Example("The club's [[foot ball]] academy closed in June."),
        Example("Campaigners said the [[tax payers]] would foot the bill."),
        Example("The [[work shop]] on the quay reopened last week."),
        Example("The firm hired a [[care taker]] for the empty mill."),
    ),
    good=(
        Example("The bank moved its headquarters to Bristol."),
        Example("The councillors found themselves outvoted."),
        Example("The sun set at six and the play off was postponed."),
        Example("Neighbours heard the gun fire twice."),
        Example("The wet land was hard to plough."),
        Example("Health care costs rose by 4% in the year."),
        Example("She visited the Country Side Farm near Ripon."),
        Example("He is a United States man of business."),
        Example("Prices have fallen over time, and the side streets are quiet."),
        Example("He ended up coming third and led a wild life after."),
        Example("She stayed there after the war; the key word is patience."),
        Example("Please draw back the curtain; the data show room for growth."),
        Example("Her self-esteem grew, and the firefighters left."),
        Example("Allies may back ground troops, and he can play ground balls."),
        Example("Crews man power stations; the firm has a sound track record."),
    ),
    fix_safe=True,
)

# "first second joined" (a "+" after an entry: the noun also takes a plural in -s, and "man"
# / "woman" make "men" / "women"); chosen so that the split pair is no phrase of its own
_COMPOUNDS: Final = """
air frame airframe+ | air port airport+ | air craft aircraft | space craft spacecraft | news paper newspaper+
air line airline+ | air field airfield+ | air space airspace | air strip airstrip+ | air lift airlift+
head quarters headquarters | mountain side mountainside+ | hill side hillside+ | country side countryside
fire fighter firefighter+ | life time lifetime+ | data base database+ | web site website+
fire arm firearm+ | fire work firework+ | fire place fireplace+ | fire wall firewall+
birth day birthday+ | birth place birthplace+ | bed room bedroom+ | class room classroom+ | court room courtroom+
news room newsroom+ | bath room bathroom+ | ball room ballroom+ | board room boardroom+ | store room storeroom+
earth quake earthquake+ | foot print footprint+ | share holder shareholder+ | stake holder stakeholder+
stock holder stockholder+ | land owner landowner+ | land lord landlord+ | land lady landlady | land ladies landladies
land slide landslide+ | land mark landmark+ | house hold household+ | news letter newsletter+
law maker lawmaker+ | peace keeper peacekeeper+ | peace keeping peacekeeping | nation wide nationwide
gun man gunman+ | hand gun handgun+ | shot gun shotgun+ | gun point gunpoint
wild fire wildfire+ | farm land farmland+ | main land mainland | grass land grassland+ | wood land woodland+
coast line coastline+ | dead line deadline+ | sky line skyline+ | time line timeline+ | pipe line pipeline+
head light headlight+ | head master headmaster+ | side line sideline+
soft ware software | hard ware hardware | mal ware malware | pass word password+ | web cam webcam+
work place workplace+ | work shop workshop+ | work load workload+ | ware house warehouse+
court house courthouse+ | court yard courtyard+ | church yard churchyard+ | grave yard graveyard+
ship yard shipyard+ | team work teamwork | blood shed bloodshed | body guard bodyguard+ | book store bookstore+
drug store drugstore+ | super market supermarket+ | super star superstar+ | super power superpower+
book case bookcase+ | book keeper bookkeeper+ | note book notebook+ | text book textbook+
guide book guidebook+ | cook book cookbook+ | hand book handbook+ | hand bag handbag+ | hand cuffs handcuffs
chair man chairman+ | chair woman chairwoman+ | spokes man spokesman+
spokes woman spokeswoman+ | spokes person spokesperson+ | business man businessman+
business woman businesswoman+ | police man policeman+ | police woman policewoman+ | congress man congressman+
congress woman congresswoman+ | fisher man fisherman+ | sales man salesman+ | sales woman saleswoman+
sports man sportsman+ | post man postman+ | water front waterfront+ | river bank riverbank+
river bed riverbed+ | sea bed seabed+ | sea shore seashore+ | sea port seaport+ | sea food seafood
sea weed seaweed | week end weekend+ | week day weekday+ | mid night midnight | night club nightclub+
night mare nightmare+ | night fall nightfall | team mate teammate+ | class mate classmate+ | room mate roommate+
hand shake handshake+ | grand father grandfather+ | grand mother grandmother+ | grand son grandson+
grand daughter granddaughter+ | grand parent grandparent+ | grand child grandchild | grand children grandchildren
step father stepfather+ | step mother stepmother+ | step son stepson+ | step daughter stepdaughter+
stand point standpoint+ | view point viewpoint+ | eye witness eyewitness+ | eye sight eyesight
foot note footnote+ | foot path footpath+ | foot step footstep+ | foot ball football+ | base ball baseball+
basket ball basketball+ | volley ball volleyball+
care taker caretaker+ | care giver caregiver+ | check point checkpoint+ | high way highway+
honey moon honeymoon+ | life guard lifeguard+ | life boat lifeboat+ | life style lifestyle+ | mile stone milestone+
motor cycle motorcycle+ | motor way motorway+ | out break outbreak+ | out post outpost+
out rage outrage+ | pay check paycheck+ | rail road railroad+ | rail way railway+ | shop keeper shopkeeper+
side walk sidewalk+ | sky scraper skyscraper+ | snow storm snowstorm+ | thunder storm thunderstorm+
rain storm rainstorm+ | sand storm sandstorm+ | stair case staircase+ | tax payer taxpayer+
tooth paste toothpaste | tooth brush toothbrush+ | year book yearbook+ | door step doorstep+ | door way doorway+
lap top laptop+ | hall way hallway+ | bed side bedside | bill board billboard+ | black mail blackmail
dead lock deadlock+ | loop hole loophole+ | neighbour hood neighbourhood+ | neighbor hood neighborhood+
pass port passport+ | sauce pan saucepan+ | scape goat scapegoat+
name sake namesake+ | sun light sunlight | moon light moonlight | with out without | with draw withdraw
through out throughout | hence forth henceforth
where abouts whereabouts | some where somewhere | every where everywhere
any where anywhere | there fore therefore | never the nevertheless | him self himself | them selves themselves
our selves ourselves | your selves yourselves | it self itself | any how anyhow | some how somehow
"""
# "never the" is only a compound when "less" follows: checked in ``find``
_NEEDS_THIRD: Final = {("never", "the"): "less"}


@cache
def _table() -> dict[tuple[str, str], str]:
    table: dict[tuple[str, str], str] = {}
    for entry in _COMPOUNDS.replace("\n", "|").split("|"):
        if not entry.strip():
            continue
        first, second, joined = entry.split()
        plural = joined.endswith("+")
        joined = joined.rstrip("+")
        table[(first, second)] = joined
        if plural:
            if second.endswith("man"):
                table[(first, second[:-3] + "men")] = joined[:-3] + "men"
            else:
                table[(first, second + "s")] = joined + "s"
    return table


def find(text: str, words: list[Word], sites: Iterable[int] | None = None) -> Iterator[Hit]:
    """Hits in one segment's stream; only at ``sites`` (indexes of ``TRIGGERS`` words, in
    order) when given, which is where any can be."""
    table = _table()
    for i in range(len(words)) if sites is None else sites:
        w = words[i]
        n = after(words, i)
        if n is None or not w.word or not n.word:
            continue
        second, tail = n.low, ""
        if second.endswith(("'s", "s'")) and len(second) > 3:  # "a web site's database"
            second, tail = (second[:-2], n.text[-2:]) if second.endswith("'s") else (second[:-1], n.text[-1:])
        joined = table.get((w.low, second))
        if joined is None:
            continue
        if n.cap or (w.cap and not w.sentence_start):
            continue  # a name: "Country Side Farm", "United States man"
        if text[n.end:n.end + 1] in ("-", "\u2011") or text[w.start - 1:w.start] in ("-", "\u2011"):
            continue  # part of a longer hyphenated compound
        end = n.end
        third = _NEEDS_THIRD.get((w.low, n.low))
        if third is not None:
            t = after(words, n.index)
            if t is None or t.low != third:
                continue
            end = t.end
        fix = joined[:1].upper() + joined[1:] if w.cap else joined
        fix += tail if end == n.end else ""
        split = text[w.start:end]
        yield Hit(RULE.id, w.start, end, f"\u201c{split}\u201d is one word: \u201c{fix}\u201d.", (fix,))


#: the only words ``find`` looks at: the grammar check passes it their indexes as ``sites``
TRIGGERS: Final[frozenset[str]] = frozenset(first for first, _ in _table())
