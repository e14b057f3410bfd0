"""A closed compound written as two words: "air frame" for "airframe", "mountain sides" for
"mountainsides" (``grammar.split-compound``)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

from copylint.checks.base import Example, RuleInfo
from copylint.grammar.hit import Hit
from copylint.grammar.stream import Word, after

RULE = RuleInfo(
    id="grammar.split-compound",
    category="grammar",
    severity="warning",
    summary='A closed compound split in two ("air frame", "head quarters", "them selves").',
    rationale=(
        "Some compounds are written solid in every major dictionary, British and American alike "
        "(\"airframe\", \"mountainside\", \"headquarters\", \"birthday\", \"themselves\"), and "
        "a spell checker passes them split in two because each half is a word. The rule holds a "
        "list of such compounds whose split form is never a phrase of its own: a pair that can "
        "also be a verb and its object or a verb with a particle (\"the sun set\", \"play off\", "
        "\"heard the gun fire\"), an adjective with its noun (\"wet land\", \"a light house\") or a "
        "form dictionaries allow open (\"health care\", \"work force\", \"air strike\", "
        "\"heat wave\", \"every day\", \"any more\") is left out. A capitalised pair inside a "
        "sentence is taken for a name (\"Country Side Farm\") and left alone. Measured "
        "(benchmarks/quality/grammar.py): no alert on the Wikinews or the US corpus."
    ),
    bad=(
        Example("The missile's [[air frame]] was built in Quebec."),
        Example("Snow covered the [[mountain sides]] by October."),
        Example("The company moved its [[head quarters]] to Leeds."),
        Example("The ministers found [[them selves]] outvoted."),
        Example("He celebrated his 60th [[birth day]] in prison."),
        Example("Passengers were stranded at the [[air port]] overnight."),
        Example("The [[news paper]] printed a correction on Monday."),
        Example("Three [[fire fighters]] were treated for smoke inhalation."),
        Example("The [[court room]] fell silent as the verdict was read."),
        Example("Hackers stole the [[pass words]] of 2,000 staff."),
        Example("Officials said the [[gun man]] acted alone."),
        Example("The [[dead line]] for applications is Friday."),
        Example("A [[spokes woman]] for the council declined to comment."),
        Example("The board said the deal was good for [[share holders]]."),
        Example("Villages on the [[hill side]] lost power."),
        Example("[[Law makers]] voted 52 to 48 for the bill."),
        Example("The attack crashed the [[web site's]] database."),
    ),
    good=(
        Example("The missile's airframe was built in Quebec."),
        Example("Snow covered the mountainsides by October."),
        Example("The company moved its headquarters to Leeds."),
        Example("The ministers found themselves outvoted."),
        Example("The sun set at six and the play off was postponed."),
        Example("Residents heard the gun fire twice."),
        Example("The wet land was hard to plough."),
        Example("Health care costs rose by 4% in the year."),
        Example("She visited the Country Side Farm near York."),
        Example("He is a United States man of business."),
        Example("The lawmakers met their spokeswoman on Monday."),
        Example("Her self-esteem grew, and the firefighters left."),
    ),
    fix_safe=True,
)

# "first second joined" (a "+" after an entry: the noun also takes a plural in -s, and "man"
# / "woman" make "men" / "women"); chosen so that the split pair is no phrase of its own
_COMPOUNDS = """
air frame airframe+ | air port airport+ | air craft aircraft | space craft spacecraft | news paper newspaper+
head quarters headquarters | mountain side mountainside+ | hill side hillside+ | country side countryside
fire fighter firefighter+ | life time lifetime+ | data base database+ | web site website+
birth day birthday+ | bed room bedroom+ | class room classroom+ | court room courtroom+ | news room newsroom+
earth quake earthquake+ | foot print footprint+ | share holder shareholder+ | stake holder stakeholder+
law maker lawmaker+ | peace keeper peacekeeper+ | peace keeping peacekeeping | nation wide nationwide
gun man gunman+ | hand gun handgun+ | wild fire wildfire+ | farm land farmland+ | main land mainland
grass land grassland+ | wood land woodland+ | coast line coastline+ | dead line deadline+ | sky line skyline+
time line timeline+ | soft ware software | pass word password+ | work place workplace+ | ware house warehouse+
court house courthouse+ | team work teamwork | blood shed bloodshed | body guard bodyguard+
book store bookstore+ | chair man chairman+ | chair woman chairwoman+ | spokes man spokesman+
spokes woman spokeswoman+ | spokes person spokesperson+ | business man businessman+
business woman businesswoman+ | police man policeman+ | police woman policewoman+ | congress man congressman+
congress woman congresswoman+ | fisher man fisherman+ | water front waterfront+ | river bank riverbank+
river bed riverbed+ | sea bed seabed+ | sea shore seashore+ | week end weekend+ | week day weekday+
mid night midnight | team mate teammate+ | class mate classmate+ | room mate roommate+ | hand shake handshake+
grand father grandfather+ | grand mother grandmother+ | grand son grandson+ | grand daughter granddaughter+
grand parent grandparent+ | grand child grandchild | grand children grandchildren | step father stepfather+
step mother stepmother+ | step son stepson+ | step daughter stepdaughter+ | stand point standpoint+
view point viewpoint+ | where abouts whereabouts | some where somewhere | every where everywhere
any where anywhere | there fore therefore | never the nevertheless | him self himself | them selves themselves
our selves ourselves | your selves yourselves | it self itself | any how anyhow | some how somehow
"""
# "never the" is only a compound when "less" follows: checked in ``find``
_NEEDS_THIRD = {("never", "the"): "less"}


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
TRIGGERS: frozenset[str] = frozenset(first for first, _ in _table())
