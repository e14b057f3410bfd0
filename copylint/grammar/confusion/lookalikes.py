"""Nouns and adjectives that look or sound alike, decided by the words they go with:
principal/principle, complement/compliment, peak/peek/pique, rein/reign,
site/sight/cite, discreet/discrete, stationary/stationery, weather/whether."""

from __future__ import annotations

from collections.abc import Iterator

from copylint.grammar.classes import DETERMINERS
from copylint.grammar.confusion.context import Site
from copylint.grammar.confusion.rules import rule
from copylint.grammar.hit import Hit
from copylint.grammar.lexicon import MODALS, word_tags

PRINCIPAL = rule(
    "principal",
    summary='"principle" (a rule or belief) used for "principal" (main; a head teacher), or the reverse.',
    rationale=(
        "\"Principal\" means main (\"the principal reason\") or the head of a school; \"principle\" is a "
        "rule or belief (\"in principle\", \"a matter of principle\"). Flagged: \"principle\" before a "
        "noun or a verb of saying, \"principal\" in \"in principal\", \"on principal\", \"matter of "
        "principal\", and \"principals\" after \"guiding\", \"moral\", \"democratic\" and the like."
    ),
    bad=(
        "The [[principle]] reason for the delay was cost.",
        "The two sides agreed in [[principal]] to a ceasefire.",
        "The school's [[principle]] said classes would resume.",
        "She refused on [[principal]] to sign.",
        "It is a matter of [[principal]], he said.",
        "The party abandoned its guiding [[principals]].",
        "Oil is the country's [[principle]] export.",
        "The [[principle]] investigator was not named.",
        "The new rules break basic democratic [[principals]].",
        "He is one of the [[principle]] authors of the report.",
        "She repaid the loan [[principle]] early.",
        "It is a long-standing [[principal]] that the court is independent.",
    ),
    good=(
        "The principal reason for the delay was cost.",
        "The two sides agreed in principle to a ceasefire.",
        "The school's principal said classes would resume.",
        "She refused on principle to sign.",
        "It is a matter of principle, he said.",
        "The party abandoned its guiding principles.",
        "Oil is the country's principal export.",
        "The principle of free movement applies.",
        "Repayments of principal and interest were delayed.",
        "The principles that guide the court are clear.",
        "It is a matter of principle that the court is independent.",
        "She repaid the loan principal early.",
    ),
)

_SAY = frozenset("said says told announced added wrote explained confirmed declined".split())
_PRINCIPLE_ADJ = frozenset("guiding moral democratic basic core fundamental founding ethical religious "
                           "constitutional first general key legal".split())


# words before the head of a school's title ("assistant principal", "school principal")
_PRINCIPAL_TITLES = frozenset("assistant vice deputy acting interim school school's".split())


def _abstract_of(site: Site) -> bool:
    """ "principal of equality", "the principals of free speech": "of" and a bare lowercase
    noun or adjective (no determiner, no plural, no name), the content of a rule: a school's or
    a firm's head is "the principal of the school", "of Lincoln High", "of three schools"."""
    nxt = site.word(2)
    if nxt is None or nxt.cap or nxt.kind == "number":
        return False
    tag = site.tag(2)
    if tag == "JJ":
        tag = site.tag(3) if site.tag(3) in ("NN", "NNS") else "NN"  # "of free speech", "of equal pay"
    return tag in ("NN", "VBG") and site.low(2) not in ("business", "record")


def _participle_compound(low: str) -> bool:
    """A hyphenated compound ending in a participle is an adjective ("long-standing",
    "well-established"), whatever the tagger made of it."""
    head = low.rpartition("-")[2]
    return "-" in low and len(head) > 4 and head.endswith(("ing", "ed"))


def _principal(site: Site) -> Iterator[Hit]:
    low = site.w.low
    p1 = site.low(-1)
    n1 = site.low(1)
    if low == "principle" and (p1 in ("mortgage", "loan", "loans", "debt", "bond") or n1 == "of" and any(
            site.low(k) in ("school", "academy", "college", "elementary") for k in range(2, 7)) or (
            site.tag(1) == "NNP" and site.tag(2) == "NNP" and site.tag(-1) in ("NNP", "") and site.low(-1) in (
                "school", "high", "elementary", "middle", "academy", "assistant", "deputy", ""))):
        # a loan's capital, the head of a school, a title before a name: "High School Principle Dan Smith"
        yield site.hit(PRINCIPAL.id, "For \u201cmain\u201d or a head teacher, write \u201cprincipal\u201d.", "principal")
        return
    if low == "principle" and p1 in _PRINCIPAL_TITLES and n1 not in ("of", "that", "and", "or") and (
            n1 or not site.w.cap):
        # a head teacher's title: "the assistant principle", "our school principle said"
        yield site.hit(PRINCIPAL.id, "For \u201cmain\u201d or a head teacher, write \u201cprincipal\u201d.", "principal")
        return
    if low in ("principal", "principals") and n1 == "of" and p1 not in _PRINCIPAL_TITLES and _abstract_of(site):
        plural = "s" if low.endswith("s") else ""
        yield site.hit(PRINCIPAL.id, "A rule or belief is a \u201cprinciple\u201d.", "principle" + plural)
        return
    if low == "principle":
        nxt = site.word(1)
        if nxt is not None and not nxt.cap and (n1 in _SAY or site.tag(1) in ("NN", "NNS") and n1 not in ("of", "that")):
            yield site.hit(PRINCIPAL.id, "For \u201cmain\u201d or a head teacher, write \u201cprincipal\u201d.", "principal")
    elif low == "principal" and n1 == "that" and (p1 in ("a", "the") or site.tag(-1) in ("JJ", "VBG") or _participle_compound(p1)) and (
            site.tag(2) not in ("VBZ", "VBD", "MD") or site.low(2) in ("is", "was")) and not site.w.cap:
        # "a principal that begins with", "the long-standing principal that one country..."
        yield site.hit(PRINCIPAL.id, "A rule or belief is a \u201cprinciple\u201d.", "principle")
    elif low == "principal":
        fixed = p1 in ("in", "on") and (not n1 or site.tag(1) in ("TO", "IN", "CC", "RB", "VBD", "VBZ") and n1 != "and")
        matter = p1 == "of" and site.low(-2) in ("matter", "question", "point", "issue") and not site.tag(1).startswith("NN")
        if fixed or matter:
            yield site.hit(PRINCIPAL.id, "A rule or belief is a \u201cprinciple\u201d.", "principle")
    elif low == "principals" and p1 in _PRINCIPLE_ADJ:
        yield site.hit(PRINCIPAL.id, "Rules or beliefs are \u201cprinciples\u201d.", "principles")


COMPLEMENT = rule(
    "complement",
    summary='"complement" (complete, go well with) and "compliment" (praise) mixed up in fixed phrases.',
    rationale=(
        "A \"compliment\" is praise (\"paid her a compliment\", \"complimentary tickets\" are free); a "
        "\"complement\" completes (\"a full complement of staff\", \"complementary skills\"). Flagged "
        "only where the phrase decides: \"full compliment of\", \"paid ... a complement\", "
        "\"complementary\" before tickets, drinks or meals, \"complimentary\" before medicine, "
        "therapies, skills or roles."
    ),
    bad=(
        "The ship sailed with a full [[compliment]] of crew.",
        "Guests received [[complementary]] drinks on arrival.",
        "She paid the chef a [[complement]] after the meal.",
        "The clinic offers [[complimentary]] medicine such as acupuncture.",
        "The two ministers have [[complimentary]] skills.",
        "Visitors get [[complementary]] tickets to the museum.",
        "He took it as a [[complement]].",
        "The unit has its full [[compliment]] of officers.",
        "Spectators were given [[complementary]] breakfast.",
        "The plan relies on [[complimentary]] therapies.",
    ),
    good=(
        "The ship sailed with a full complement of crew.",
        "Guests received complimentary drinks on arrival.",
        "She paid the chef a compliment after the meal.",
        "The clinic offers complementary medicine such as acupuncture.",
        "The two ministers have complementary skills.",
        "The wine is a fine complement to the dish.",
        "He took it as a compliment.",
        "The new line will complement the existing network.",
        "She complimented the staff on their work.",
        "The two reports are complementary.",
    ),
    severity="warning",
)

_FREE_THINGS = frozenset("tickets ticket drinks drink meal meals breakfast lunch dinner copies copy access shuttle "
                         "wifi wi-fi passes pass parking upgrade upgrades refreshments snacks coffee champagne "
                         "admission entry".split())
_COMPLETING_THINGS = frozenset("medicine medicines therapy therapies skills skill roles role strengths approach "
                               "approaches colours colors angles goals policies expertise".split())


def _complement(site: Site) -> Iterator[Hit]:
    low = site.w.low
    p1 = site.low(-1)
    n1 = site.low(1)
    if low == "compliment" and p1 == "full" and n1 == "of":
        yield site.hit(COMPLEMENT.id, "A full set is a \u201ccomplement\u201d.", "complement")
    elif low == "complement" and p1 == "a" and (site.low(-2) == "as" or {"paid", "pay", "pays", "paying"} & {
            site.low(-2), site.low(-3), site.low(-4)}):
        if n1 not in ("to", "of"):
            yield site.hit(COMPLEMENT.id, "Praise is a \u201ccompliment\u201d.", "compliment")
    elif low == "complementary" and n1 in _FREE_THINGS:
        yield site.hit(COMPLEMENT.id, "Free of charge is \u201ccomplimentary\u201d.", "complimentary")
    elif low == "complimentary" and n1 in _COMPLETING_THINGS:
        yield site.hit(COMPLEMENT.id, "Completing each other is \u201ccomplementary\u201d.", "complementary")


PEAK = rule(
    "peak",
    summary='"peak", "peek" and "pique" mixed up ("sneak peak", "peaked my interest", "reached its peek").',
    rationale=(
        "A \"peak\" is a summit or high point, a \"peek\" a quick look, and to \"pique\" is to arouse "
        "(interest, curiosity). Flagged: \"sneak peak\", \"peak\"/\"peek\" (any form) before a "
        "possessive and \"interest\" or \"curiosity\", \"take a peak at\", and \"peek\" after "
        "\"its\", \"the\", \"reached\" or \"at the\" where a high point is meant."
    ),
    bad=(
        "The studio released a sneak [[peak]] of the film.",
        "The case [[peaked]] my interest, she said.",
        "Infections reached their [[peek]] in January.",
        "Visitors can take a [[peak]] at the new galleries.",
        "The report [[peeked]] the curiosity of investors.",
        "Traffic is heaviest at the [[peek]] of the rush hour.",
        "The story will [[peak]] your interest.",
        "The fire was at its [[peek]] overnight.",
        "Fans got a sneak [[peak]] at the new stadium.",
        "The plan has [[peaked]] the interest of developers.",
        "Prices rise at times of [[peek]] demand.",
    ),
    good=(
        "The studio released a sneak peek of the film.",
        "The case piqued my interest, she said.",
        "Infections reached their peak in January.",
        "Visitors can take a peek at the new galleries.",
        "Prices peaked in 2008.",
        "Traffic is heaviest at the peak of the rush hour.",
        "The climbers reached the peak at noon.",
        "She peeked through the window.",
        "Interest peaked in the summer.",
        "Demand will peak at about 5,000 megawatts.",
        "She took a peek inside the box.",
    ),
)

_POSSESSIVES = frozenset("my his her their our your its the".split())


_PEAK_BEFORE = frozenset("at reached past near during from since after before to until beyond".split())
# nouns "peak" modifies as "at its highest": "peak demand", "peak hours" ("peek" modifies none)
_PEAK_COMPOUNDS = frozenset("demand hours hour season times time levels level load loads periods period rate rates "
                            "traffic production capacity performance price prices years year condition "
                            "conditions".split())


def _peak(site: Site) -> Iterator[Hit]:
    low = site.w.low
    p1 = site.low(-1)
    n1 = site.low(1)
    stem = "peak" if low.startswith("peak") else "peek" if low.startswith("peek") else ""
    if not stem:
        return
    ending = low[4:]
    if ending not in ("", "s", "ed", "ing"):
        return
    if n1 in _POSSESSIVES and site.low(2) in ("interest", "curiosity", "attention", "imagination") or (
            n1 in ("interest", "curiosity") and ending):
        pique = {"": "pique", "s": "piques", "ed": "piqued", "ing": "piquing"}[ending]
        yield site.hit(PEAK.id, "To arouse interest is to \u201cpique\u201d it.", pique)
    elif low == "peak" and p1 == "sneak":
        yield site.hit(PEAK.id, "A quick look is a \u201cpeek\u201d.", "peek")
    elif low == "peak" and p1 == "a" and site.low(-2) in ("take", "took", "taking", "takes", "have", "get", "got") and n1 in (
            "at", "inside", "into", "behind", "through"):
        yield site.hit(PEAK.id, "A quick look is a \u201cpeek\u201d.", "peek")
    elif low == "peek" and (p1 in ("its", "their", "reached", "reach", "reaches", "his", "her") or
                            p1 == "the" and n1 == "of" and site.low(-2) in _PEAK_BEFORE or
                            p1 == "a" and n1 == "of" and site.tag(2) in ("CD", "IN", "RB") or
                            n1 in _PEAK_COMPOUNDS and not site.w.cap):
        yield site.hit(PEAK.id, "A high point is a \u201cpeak\u201d.", "peak")


REIN = rule(
    "rein",
    summary='"reign" (to rule) for "rein" (to control: "rein in", "free rein"), or "rein" for "reign".',
    rationale=(
        "A \"rein\" is the strap that controls a horse, hence \"free rein\", \"rein in spending\" and "
        "\"the reins of power\"; to \"reign\" is to rule as a monarch. Flagged: \"free reign\", "
        "\"reign(s/ed/ing) in\" before an object, \"reigns of\" before power or government, and "
        "\"rein\" after a possessive before \"as\", \"over\", \"of\" or \"ended\"."
    ),
    bad=(
        "The coach was given free [[reign]] over the squad.",
        "The government promised to [[reign]] in spending.",
        "The bank [[reigned]] in lending last year.",
        "She took the [[reigns]] of power in 2016.",
        "His [[rein]] as king lasted 40 years.",
        "Regulators want to [[reign]] in the banks.",
        "The queen's long [[rein]] ended in 2022.",
        "The new chairman will hold the [[reigns]] of the company.",
        "Ministers are [[reigning]] in costs.",
        "Editors had free [[reign]] to choose.",
    ),
    good=(
        "The coach was given free rein over the squad.",
        "The government promised to rein in spending.",
        "The queen reigned for 70 years.",
        "She took the reins of power in 2016.",
        "His reign as king lasted 40 years.",
        "The king reigned in Spain until his death.",
        "The champion's reign ended in May.",
        "Ministers are reining in costs.",
        "A reign of terror followed.",
        "Editors had free rein to choose.",
    ),
    fix_safe=True,
)

_REIN_OBJECTS = frozenset("spending costs inflation borrowing lending debt deficits deficit prices expenses excesses "
                          "power banks the his her their its them it our".split())


def _rein(site: Site) -> Iterator[Hit]:
    low = site.w.low
    p1 = site.low(-1)
    n1 = site.low(1)
    if low == "reign" and p1 == "free":
        yield site.hit(REIN.id, "The phrase is \u201cfree rein\u201d.", "rein")
    elif low in ("reign", "reigns", "reigned", "reigning") and n1 == "in" and site.low(2) in _REIN_OBJECTS:
        if site.word(2) is not None and not site.at(2).cap:
            yield site.hit(REIN.id, "To control is to \u201crein in\u201d.", "rein" + low[5:])
    elif low == "reigns" and n1 == "of" and site.low(2) in ("power", "government", "the", "office", "state"):
        yield site.hit(REIN.id, "Control is held by the \u201creins\u201d.", "reins")
    elif low == "rein" and p1 in ("his", "her", "their", "its", "long", "brief", "short", "whose") and n1 in (
            "as", "over", "of", "ended", "began", "lasted"):
        yield site.hit(REIN.id, "A period of rule is a \u201creign\u201d.", "reign")


SITE = rule(
    "site",
    summary='"site" (a place), "sight" (seeing) and "cite" (to quote) mixed up.',
    rationale=(
        "A \"site\" is a place (\"building site\", \"web site\"), \"sight\" is seeing (\"out of "
        "sight\"), to \"cite\" is to quote or name as a reason. Flagged: \"sight\" after building, "
        "construction, crash, burial and other place words or as \"the sight of the attack\"; \"site\" "
        "in \"out of site\", \"lose site of\", \"catch site of\", \"in site\"; and \"site\"/\"sight\" "
        "(any form) used as a verb before reasons, concerns, figures or studies."
        " Also: \"sight\" as the head of a compound after a noun (\"testing sight\") or a place after a preposition of place, and \"site\" as a verb before something cited or in \"site X as Y\"."
    ),
    bad=(
        "Workers were injured at the construction [[sight]].",
        "The guards kept the prisoner out of [[site]].",
        "Officials [[sited]] security concerns for the delay.",
        "Investigators returned to the [[sight]] of the crash.",
        "Do not lose [[site]] of the goal, she said.",
        "The report [[sights]] figures from the census.",
        "The burial [[sight]] was found in 2012.",
        "Residents caught [[site]] of the bear on Tuesday.",
        "The firm resigned, [[siting]] reasons of health.",
        "He [[sighted]] a study by the university.",
        "Police cleared the testing [[sight]].",
        "Crowds gathered at the [[sight]] on Tuesday.",
        "Many tenants [[site]] high rents as the reason for moving.",
        "The report [[sites]] the ruling as an example.",
    ),
    good=(
        "Workers were injured at the construction site.",
        "The guards kept the prisoner out of sight.",
        "Officials cited security concerns for the delay.",
        "Investigators returned to the site of the crash.",
        "Do not lose sight of the goal, she said.",
        "The report cites figures from the census.",
        "The burial site was found in 2012.",
        "Residents caught sight of the bear on Tuesday.",
        "A whale was sighted off the coast.",
        "The sight of the flames shocked residents.",
        "They set their sights on the title.",
        "The gun sight was broken.",
        "It was love at first sight.",
        "The council will site the new school near the park.",
    ),
)

# words that name a kind of site (a place set aside for something) and so make "sight" after
# them a place: what is done or built there, what happened there, what it is held sacred for.
# Not adjectives that also describe things seen ("historic sights", "ancient sights" are the
# sights a tourist sees).
_PLACE_WORDS = frozenset(
    "archaeological burial building camp camping construction crash crime demolition dig disaster disposal "
    "drilling dump dumping excavation heritage holiest holy job landfill landing launch memorial mining nesting "
    "nuclear pilgrimage polling sacred storage test testing waste web blast bombing campaign".split())
# events whose place is a "site" ("the site of the attack"): attacks, crimes, accidents and disasters
_EVENTS = frozenset(
    "attack attacks crash crashes explosion explosions shooting shootings accident accidents bombing bombings blast "
    "blasts battle battles massacre massacres disaster disasters fire fires incident incidents collapse derailment "
    "murder murders killing killings blowout spill leak riot riots protest protests flood floods landslide "
    "earthquake eruption stabbing ambush raid siege clash clashes robbery assassination stampede shipwreck wreck "
    "tornado tsunami".split())


# words that name the web itself (not "page", "users", "visitors", "posts", "links", which
# news copy uses of print, tourism and transport alike)
_WEB_WORDS = frozenset("website websites web internet online wiki url domain blog blogs forum forums server servers "
                       "browser homepage webpage hackers hacked hosting".split())


def _web_context(site: Site) -> bool:
    """Web words in the same paragraph, or a domain name ("example.org sight")."""
    return any(w.low in _WEB_WORDS or w.kind in ("domain", "url") for w in site.words)


# nouns that make "sight" a compound's head as the aiming device or the faculty, or the
# spectacle of a tour: "gun sight", "night sight", "tourist sights"
_SIGHT_COMPOUNDS = frozenset("gun guns rifle rifles bomb laser night iron telescope telescopic weapon weapons eye "
                             "tourist tourists city x-ray line second long short "
                             # aiming and navigation sights: "the rear sight", "a noon sight" (a sextant reading)
                             "front rear sun star stars moon noon morning evening midday dawn dusk".split())
# verbs whose subject is a place or an organisation, not a spectacle: "the sight hosted"
_PLACE_VERBS = frozenset("hosted hosts host offers offered offer provides provided provide contains contained "
                         "features featured lists listed publishes published sells sold operates operated explains "
                         "explained allows allowed includes included receives received requires "
                         "required".split())
# verbs whose object is a place, not a thing seen: "police cordoned off the site", "visited the site"
_PLACE_OBJECT_VERBS = frozenset(
    "visit visited visiting reach reached reaching secure secured securing cordon cordoned clear cleared clearing "
    "seize seized seizing shutter shuttered close closed closing evacuate evacuated search searched raid raided "
    "inspect inspected occupy occupied guard guarded".split())
_PLACE_PREPOSITIONS = frozenset("at to near on around outside inside from across onto off".split())
# verbs and adjectives of reaction, which take the thing seen after "at" or "to": "gasped at the
# sight", "treated to the sight", "horrified at the sight"
_REACTIONS = frozenset(
    "gasp gasps gasped laugh laughs laughed marvel marvels marvelled marveled cheer cheers cheered wince winced "
    "shudder shuddered smile smiled weep wept cry cried recoil recoiled balk balked baulked rejoice rejoiced stare "
    "stared gaze gazed look looked glance glanced stop stopped pause paused treated accustomed used "
    "horrified amazed stunned shocked delighted surprised astonished appalled disgusted dismayed alarmed thrilled "
    "moved angry upset pleased overjoyed aghast startled frightened terrified saddened sickened".split())
# what is cited: sources and texts (a study, a ruling, figures) and reasons (concerns, costs, a lack)
_CITABLE = frozenset(
    "concerns concern reasons reason grounds figures figure numbers studies study statistics data evidence sources "
    "source research reports report surveys survey polls poll analysis analyses estimate estimates findings record "
    "records document documents letter letters memo paper papers book books cases case examples example precedent "
    "precedents ruling rulings judgment law laws statute statutes rule rules regulation regulations guidance "
    "guidelines article articles section sections clause clauses provision provisions decision decisions opinion "
    "testimony passage verse audit treaty authority authorities fears costs cost risk risks problems problem "
    "difficulties incidents incident factors factor lack shortage shortages barrier barriers".split())


def _sight_for_site(site: Site, low: str, p1: str, n1: str) -> bool:
    """ "sight" where a place is meant: the head of a compound after a noun ("a testing
    sight", "the news sight", "Riverside Sight") other than an aiming or seeing word; "the
    sight" after a preposition of place and not followed by "of" ("gathered at the sight");
    "the sight" as the subject of a verb only a place or an organisation takes."""
    prev = site.word(-1)
    if prev is None or p1 in _SIGHT_COMPOUNDS or p1 in ("in", "of", "out", "first", "lose", "lost", "catch", "caught",
                                                       "within", "into", "on", "plain", "common", "familiar"):
        return False
    if p1 in ("the", "this", "a") and _sight_as_a_place_by_what_follows(site, n1):
        return True
    if p1 == "the":
        at_place = site.low(-2) in _PLACE_PREPOSITIONS and site.low(-3) not in _REACTIONS
        if n1 in ("of", "that", "which", "to", "was", "is") or not (at_place or n1 in (
                _PLACE_VERBS) or site.low(-2) in _PLACE_OBJECT_VERBS):
            return p1 == "the" and n1 == "of" and _event_site(site, prev)
        return low == "sight"
    if not (set(word_tags(p1)) & {"n", "N"} or prev.cap):
        return False  # not after a noun by the words alone: the tagger is not asked
    if site.tag(-1) in ("NN", "NNS", "NNP", "NNPS") and p1 not in _SIGHT_COMPOUNDS and not prev.possessive:
        return site.tag(-2) not in ("IN",) or site.low(-2) not in ("in", "of", "within")  # not "in plain sight"
    return False


# participles said of a place, not of a spectacle: "the site was chosen", "the site was cleaned up"
_PLACE_PARTICIPLES = frozenset(
    "chosen selected picked identified located situated zoned rezoned cleaned contaminated polluted remediated "
    "developed redeveloped purchased acquired leased vacated abandoned demolished excavated surveyed fenced "
    "designated earmarked approved".split())
# the verbs of :data:`_PLACE_VERBS` as plain forms after a modal ("the site will host")
_PLACE_VERBS_PLAIN = frozenset("host house employ include provide offer contain feature require receive "
                               "operate".split())
# nouns that "site" heads as a place being planned, run, worked or surveyed ("site selection",
# "site manager"): after "sight" they show the place word was meant (a positive list: "sight"
# itself opens compounds of seeing and of the instruments one looks through, "sight lines",
# "sight glass")
_SITE_COMPOUNDS = frozenset(
    "selection plan plans planning visit visits manager managers management work works preparation cleanup "
    "clean-up remediation owner owners security survey surveys inspection inspections assessment assessments "
    "location boundary boundaries lease development director supervisor office map address layout design "
    "engineer engineers foreman safety operator operators access acquisition investigation evaluation "
    "characterization characterisation suitability conditions".split())


def _sight_as_a_place_by_what_follows(site: Site, n1: str) -> bool:
    """ "the sight will host 200 jobs", "the sight selection process", "the sight of the plant was
    chosen": "sight" as the subject of a verb said of places after a modal, as the first part of
    a compound that "site" heads (see ``_SITE_COMPOUNDS``), or as the subject of a passive said
    of places (chosen, cleaned, leased...)."""
    if n1 in MODALS:
        return site.low(2) in _PLACE_VERBS_PLAIN
    if n1 in _SITE_COMPOUNDS and not site.at(1).cap:
        return site.tag(1) in ("NN", "NNS", "VBP", "VB", "VBZ")  # (a noun read as a verb after "sight": "sight plans")
    for k in range(1, 9):
        low = site.low(k)
        if not low:
            return False
        if low in ("was", "were", "is", "has", "had", "been", "be"):
            nxt = site.low(k + 1)
            return nxt in _PLACE_PARTICIPLES or nxt in ("being", "been", "later", "then", "now") and (
                site.low(k + 2) in _PLACE_PARTICIPLES)
    return False


def _event_site(site: Site, prev) -> bool:
    """ "close to the sight of this disaster", "the refinery, the sight of the worst spill"."""
    return (site.low(-2) in _PLACE_PREPOSITIONS or "," in prev.gap) and site.object_head(2) in _EVENTS


def _site(site: Site) -> Iterator[Hit]:
    low = site.w.low
    p1 = site.low(-1)
    n1 = site.low(1)
    if low in ("sight", "sights") and _sight_for_site(site, low, p1, n1):
        yield site.hit(SITE.id, "A place is a \u201csite\u201d.", "site" + low[5:])
        return
    if low in ("site", "sites", "sited", "siting", "sight", "sights", "sighted", "sighting") and _cite_meant(site, low):
        ending = low[4:] if low.startswith("site") else low[5:]
        yield site.hit(SITE.id, "To quote or name as a reason is to \u201ccite\u201d.",
                       {"": "cite", "s": "cites", "d": "cited", "ed": "cited", "ing": "citing"}.get(ending, "cite"))
        return
    if low == "sited" and _cited_by_or_for(site, n1):
        yield site.hit(SITE.id, "To quote or name as a reason is to \u201ccite\u201d.", "cited")
        return
    if low in ("sight", "sights") and p1 in _PLACE_WORDS and not site.at(-1).cap:
        yield site.hit(SITE.id, "A place is a \u201csite\u201d.", "site" + low[5:])
    elif low in ("sight", "sights") and _web_context(site) and not (
            n1 in ("of", "on", "set") or p1 in ("of", "in", "first", "lose", "lost", "catch", "caught", "on", "line",
                                               "common", "familiar") or site.low(-2) == "of" and p1 in ("the", "a", "this", "that")
            or low == "sights" and "j" in word_tags(p1)):  # "pictures of the sight", "the main sights"
        yield site.hit(SITE.id, "A web site is a \u201csite\u201d.", "site" + low[5:])
    elif low == "sight" and p1 == "the" and n1 == "of" and site.low(2) == "the" and site.low(3) in _EVENTS and (
            site.low(-2) in ("to", "at", "near", "from", "on") or site.low(-2) in _PLACE_OBJECT_VERBS):
        yield site.hit(SITE.id, "A place is a \u201csite\u201d.", "site")
    elif low == "site" and (p1 == "of" and site.low(-2) == "out" or p1 in ("lose", "lost", "losing", "loses", "caught",
                                                                          "catch", "catching") and n1 == "of"):
        yield site.hit(SITE.id, "Seeing is \u201csight\u201d.", "sight")
    elif low in ("sited", "sighted", "sites", "sights", "siting", "sighting", "site", "sight") and (
            n1 in _CITABLE or n1 in DETERMINERS or set(word_tags(n1)) & {"n", "N", "j"}) and (
            site.tag(-1) not in ("DT", "JJ", "PRP$", "IN") and (
                site.tag(-1).startswith(("NN", "PRP", "VB")) or site.w.gap.strip() == ",")) and (
            site.object_head(1) in _CITABLE):  # what is cited heads the object: "sited security concerns"
        if low in ("site", "sight", "sites", "sights") and (site.tag(-1) not in ("NNS", "NNP", "PRP", "NN") or
                                                            p1 in _PLACE_WORDS):
            return
        ending = {"sited": "d", "sighted": "d", "sites": "s", "sights": "s", "siting": "ing", "sighting": "ing"}.get(low, "")
        yield site.hit(SITE.id, "To quote or name as a reason is to \u201ccite\u201d.",
                       "citing" if ending == "ing" else "cite" + {"d": "d", "s": "s"}.get(ending, ""))


# who cites: people and bodies named by their office or trade ("sited by President X" is "cited")
_CITERS = frozenset("president senator senators judge judges governor mayor minister ministers officials official "
                    "experts expert critics researchers scientists lawyers lawyer prosecutors prosecutor police "
                    "court courts congressman congresswoman representative secretary chairman chairwoman author "
                    "authors study report analysts analyst economists".split())
# what one is cited for: an offence or a merit ("was sited for speeding" is "cited")
_CITED_FOR = frozenset("speeding violation violations contempt bravery negligence misconduct trespassing littering "
                       "failure failing incident incidents infraction infractions offence offences offense offenses "
                       "excellence heroism gallantry valor valour courage drunk reckless careless".split())


def _cited_by_or_for(site: Site, n1: str) -> bool:
    """ "was sited by President Smith", "sited by critics", "was sited for three violations",
    "sited in the report", "as sited above": "sited by" a person or body that names things (a
    place is sited by a river, in lower case, or by a planner), "sited for" an offence or a
    merit, "sited in" a text, "as sited" + a pointer within a text."""
    n2 = site.low(2)
    if n1 == "by":
        return n2 in _CITERS or n2 in ("him", "her", "them", "us", "me") or n2 in ("the", "many", "several") and (
            site.low(3) in _CITERS)
    if n1 == "for":
        return n2 in _CITED_FOR or n2 in ("the", "a", "an", "his", "her", "their") and site.low(3) in _CITED_FOR
    if n1 == "in":  # "sited in the report": a text is where things are cited (a place is where things are sited)
        head = site.low(3) if n2 in DETERMINERS or n2 in ("his", "her", "their", "its", "our") else n2
        return head in _TEXTS
    return site.low(-1) == "as" and n1 in ("above", "below", "earlier", "previously", "herein")


# texts that cite ("cited in the report", "cited in a lawsuit")
_TEXTS = frozenset("report reports study studies lawsuit lawsuits complaint complaints letter letters article articles "
                   "paper papers book books ruling rulings decision decisions opinion opinions indictment filing "
                   "filings memo memos testimony survey surveys brief briefs statement statements speech speeches "
                   "interview interviews analysis audit audits review reviews footnote footnotes document documents "
                   "press".split())


def _cite_meant(site: Site, low: str) -> bool:
    """ "site" (to place) or "sight" (to see) used as a verb whose object is something cited:
    a reason, study, ruling or figure ("tenants site high rents as the reason"), or with "X as
    Y" ("the guidelines site the flood as an example"; "sited as the main obstacle")."""
    p1 = site.low(-1)
    if p1 in DETERMINERS or p1 in ("web", "of", "in", "on", "at", "to", "from", "first") and not low.endswith(("ed", "ing")):
        return False  # a noun by the words alone: the tagger is not asked
    n1 = site.low(1)
    if not (n1 in DETERMINERS or set(word_tags(n1)) & {"n", "N", "j"} or n1 == "as") or (
            "n" in word_tags(p1) and not p1.endswith("s") and n1 not in DETERMINERS and "j" not in word_tags(n1)):
        return False  # no object, or a compound ("the test site data"): the tagger is not asked
    p1_tag = site.tag(-1)
    if low in ("site", "sight", "sites", "sights") and not (
            p1_tag in ("NNS", "NNP", "PRP", "MD", "TO", "RB", "FW") or low.endswith("s") and p1_tag in ("NN", "NNP")
            or p1_tag == "NN" and site.tag(1) in ("DT", "JJ", "PRP$", "CD")):  # "adults without coverage site high costs"
        return False
    if p1_tag in ("DT", "JJ", "PRP$", "IN") or site.word(-1) is None and not site.w.sentence_start:
        return False
    if low.startswith("sight") and site.word(-1) is not None and site.low(-1) in ("first", "was", "were", "been"):
        return False  # "a whale was sighted"
    head = site.object_head(1)
    if head in _CITABLE:
        return True
    for k in range(2, 7):  # "site the flood as an example", "sited as the main obstacle"
        if site.low(k) == "as" and site.tag(k + 1) in ("DT", "VBG", "JJ", "JJS"):
            return site.tag(1) in ("DT", "NNP", "PRP$", "JJ", "CD") and all(
                site.tag(j) not in ("VBD", "VBZ", "VBP", "MD", "") for j in range(1, k))
    return low.endswith("ed") and site.low(1) == "as" and site.tag(2) in ("DT", "VBG", "JJS")


DISCREET = rule(
    "discreet",
    summary='"discreet" (tactful) and "discrete" (separate) mixed up.',
    rationale=(
        "\"Discreet\" means tactful or unobtrusive (\"a discreet inquiry\"); \"discrete\" means separate "
        "or distinct (\"discrete units\"). Flagged: \"discrete\" and \"discretely\" about behaviour "
        "(after be, remain, stay, very, most; before inquiries, enquiries, approach, silence), and "
        "\"discreet\" before units, parts, categories, steps and the like."
    ),
    bad=(
        "Officials made [[discrete]] inquiries about the deal.",
        "The company was divided into three [[discreet]] units.",
        "Staff were asked to remain [[discrete]].",
        "The minister left [[discretely]] by a side door.",
        "The data fall into [[discreet]] categories.",
        "The bank took a [[discrete]] approach to the matter.",
        "The process has four [[discreet]] steps.",
        "Guests were told to be [[discrete]] about the visit.",
        "Police kept a [[discrete]] watch on the house.",
        "The budget is split into [[discreet]] parts.",
    ),
    good=(
        "Officials made discreet inquiries about the deal.",
        "The company was divided into three discrete units.",
        "Staff were asked to remain discreet.",
        "The minister left discreetly by a side door.",
        "The data fall into discrete categories.",
        "The process has four discrete steps.",
        "Police kept a discreet watch on the house.",
        "Each region is a discrete market.",
        "She was discreet about her plans.",
        "The signals arrive at discrete intervals.",
    ),
)

_DISCREET_NOUNS = frozenset("inquiries inquiry enquiries enquiry approach silence watch distance manner way word "
                            "presence eye".split())
_DISCRETE_NOUNS = frozenset("units unit parts part categories category steps step elements element components "
                            "component variables variable groups group entities entity events values phases "
                            "stages sections segments intervals pieces".split())


def _discreet(site: Site) -> Iterator[Hit]:
    low = site.w.low
    p1 = site.low(-1)
    n1 = site.low(1)
    if low == "discrete" and (p1 in ("be", "remain", "remained", "stay", "stayed", "very", "most", "more", "being")
                              and site.tag(1) not in ("NN", "NNS") or n1 in _DISCREET_NOUNS):
        yield site.hit(DISCREET.id, "Tactful is \u201cdiscreet\u201d.", "discreet")
    elif low == "discretely" and site.tag(-1).startswith("VB"):
        yield site.hit(DISCREET.id, "Tactfully is \u201cdiscreetly\u201d.", "discreetly")
    elif low == "discreet" and n1 in _DISCRETE_NOUNS:
        yield site.hit(DISCREET.id, "Separate is \u201cdiscrete\u201d.", "discrete")


STATIONARY = rule(
    "stationary",
    summary='"stationary" (not moving) and "stationery" (paper, pens) mixed up.',
    rationale=(
        "\"Stationary\" means not moving (\"a stationary car\"); \"stationery\" is writing material. "
        "Flagged: \"stationery\" after be, remain, stay or before vehicle, car, traffic, target, front; "
        "\"stationary\" before shop, supplies, cupboard, items or after office, school, pens and."
    ),
    bad=(
        "The lorry hit a [[stationery]] car on the motorway.",
        "Traffic remained [[stationery]] for hours.",
        "The school ran out of [[stationary]] supplies.",
        "Thieves broke into a [[stationary]] shop.",
        "Pens and [[stationary]] were donated.",
        "The train was [[stationery]] when the fire began.",
        "Office [[stationary]] costs rose by 10 per cent.",
        "The cyclist struck a [[stationery]] vehicle.",
        "The [[stationary]] cupboard was locked.",
        "Police said the van was [[stationery]] at the time.",
    ),
    good=(
        "The lorry hit a stationary car on the motorway.",
        "Traffic remained stationary for hours.",
        "The school ran out of stationery supplies.",
        "Thieves broke into a stationery shop.",
        "Pens and stationery were donated.",
        "The train was stationary when the fire began.",
        "Office stationery costs rose by 10 per cent.",
        "The storm stayed stationary over the coast.",
        "The stationery cupboard was locked.",
        "A stationary front brought heavy rain.",
    ),
    fix_safe=True,
)

_MOVING = frozenset("vehicle vehicles car cars traffic target targets front lorry truck train bus van bike "
                    "bicycle object objects position".split())
_PAPER = frozenset("shop shops store stores supplies supply cupboard items set sets business".split())


def _stationary(site: Site) -> Iterator[Hit]:
    low = site.w.low
    p1 = site.low(-1)
    n1 = site.low(1)
    if low == "stationery" and (p1 in ("be", "is", "was", "were", "remain", "remained", "remains", "stay", "stayed",
                                       "stays", "been", "became", "become") and site.tag(1) not in ("NN", "NNS")
                                or n1 in _MOVING):
        yield site.hit(STATIONARY.id, "Not moving is \u201cstationary\u201d.", "stationary")
    elif low == "stationary" and (n1 in _PAPER or p1 in ("office", "school", "and") and (
            p1 != "and" or site.low(-2) in ("pens", "paper", "books", "envelopes"))):
        yield site.hit(STATIONARY.id, "Writing material is \u201cstationery\u201d.", "stationery")


WEATHER = rule(
    "weather",
    summary='"weather" used for "whether" ("unclear weather he will stay"), or the reverse.',
    rationale=(
        "\"Whether\" introduces alternatives (\"whether or not\", \"asked whether he would stay\"); "
        "\"weather\" is rain and shine, or to come through (\"weather the storm\"). Flagged: "
        "\"weather or not\", \"weather\" before a subject and verb or before \"to\" + verb after words "
        "that take a question (know, decide, unclear, ask), and \"whether\" after an article or an "
        "adjective of climate, or before forecast, conditions, warnings."
        " Also: \"weather\" before a clause or \"to\" + verb where neither the noun nor the verb fits (\"about weather schools can cope\"), and \"to whether the storm\"."
    ),
    bad=(
        "It is unclear [[weather]] the talks will resume.",
        "Voters will decide [[weather]] or not to back the plan.",
        "The bad [[whether]] delayed the launch.",
        "Officials are checking [[whether]] forecasts hourly.",
        "She did not say [[weather]] she would stand again.",
        "Ministers must decide [[weather]] to extend the ban.",
        "Severe [[whether]] closed roads across the region.",
        "[[Weather]] or not the deal survives is unclear.",
        "Police asked [[weather]] anyone had seen the car.",
        "The [[whether]] service issued a warning.",
        "Voters care about [[weather]] local schools can cope.",
        "Families hope to [[whether]] the storm.",
    ),
    good=(
        "It is unclear whether the talks will resume.",
        "Voters will decide whether or not to back the plan.",
        "The bad weather delayed the launch.",
        "Officials are checking weather forecasts hourly.",
        "The company hopes to weather the crisis.",
        "Ministers must decide whether to extend the ban.",
        "Severe weather closed roads across the region.",
        "Farmers said the weather was kind this year.",
        "Police asked whether anyone had seen the car.",
        "The weather service issued a warning.",
        "Weather forecasters expect rain.",
        "Small firms weather the downturn well.",
        "Turning to whether the plan works, she was unsure.",
    ),
    fix_safe=True,
)

_QUESTION_TAKERS = frozenset(
    "know knew known decide decided decides deciding determine determined unclear clear sure unsure uncertain ask "
    "asked asks asking wonder wondered question debate debated consider considered considering doubt see check "
    "checked say said about on over discuss discussed investigate investigating examine examining assess "
    "assessing choose chose matter matters whether".split()
)
_SUBJECT_WORDS = frozenset("he she it they we i you anyone someone there this the a his her their its".split())
_CLIMATE = frozenset("bad good cold hot severe extreme inclement wet warm dry stormy winter summer fine poor rough "
                     "harsh mild freezing windy foul the wintry autumn spring icy".split())
# words that follow the noun "weather" in a compound or a fixed phrase ("weather forecast",
# "weather permitting", "weather-related"): the forecast and its makers, warnings, the systems
# and records of meteorology, the harm weather does
_WEATHER_NOUNS = frozenset(
    "forecast forecasts forecaster forecasters forecasting conditions condition service services station stations "
    "warning warnings alert alerts watch watches advisory advisories report reports bulletin bulletins update updates "
    "outlook system systems pattern patterns event events front fronts map maps chart charts radar radars satellite "
    "satellites balloon balloons bureau office agency centre center data model models modelling modeling "
    "observation observations record records extremes phenomena phenomenon disaster disasters damage delays "
    "disruption disruptions app channel presenter presenters vane window expert experts permitting related".split())
_CONTRACTED_SUBJECTS = frozenset("it's that's there's they're we're you're he's she's i'm they'll we'll it'll you'll "
                                  "he'll she'll i'll they'd we'd".split())


def _clause_follows_weather(site: Site, p1: str, n1: str) -> bool:
    """ "weather" where no noun or verb "weather" fits, before a clause ("weather they like
    it or not", "about weather local schools can cope", "weather that's ...") or "to" and a
    verb ("including weather to stay"), and not after a determiner, an adjective, a modal or a
    subject (which make it the noun or the verb "weather the storm")."""
    p1_tag = site.tag(-1) if site.word(-1) is not None else ""
    if p1_tag in ("MD", "TO", "DT", "PRP$", "JJ", "JJS", "JJR"):
        return False
    # a subject pronoun cannot be the object of the verb "weather": "taxes weather they like it"
    subject_follows = n1 in ("they", "we", "he", "she", "i") and p1 not in _CLIMATE
    if p1_tag in ("NN", "NNS", "NNP", "NNPS", "PRP", "CD", "POS") and not subject_follows:
        return False
    if n1 in _CONTRACTED_SUBJECTS or n1 == "to" and site.tag(2) == "VB":
        return True
    tag1 = site.tag(1)
    if tag1 in ("PRP", "EX", "WP") and n1 not in ("it", "us", "them", "me", "him"):
        return any(site.tag(k) in ("VBD", "VBZ", "VBP", "MD") for k in range(2, 6 if tag1 == "WP" else 4))
    if n1 in _WEATHER_NOUNS or tag1 not in ("DT", "PRP$", "NN", "NNS", "JJ", "CD") or (
            n1 in ("that", "this") and site.tag(2) != "NN"):
        return False
    return site.np_then_finite_verb(1)


# words before "to whether" that take a question: "as to whether", "with regard to whether"
_TO_WHETHER = frozenset("as due regard respect attention according relating related close up referring reference "
                        "answer answers clue clues key thought turn turned turns comes came come pertaining "
                        "relates relate".split())


# words that take "to" and a verb, never "to" and a question: "hope to weather the storm"
_TO_INFINITIVE = frozenset("hope hopes hoped want wants wanted need needs needed try tries tried continue continues "
                           "help helps helped able unable managed manage plan plans planned expect expects expected "
                           "struggle struggled struggling fight ready designed enough support".split())


def _weather(site: Site) -> Iterator[Hit]:
    low = site.w.low
    p1 = site.low(-1)
    n1 = site.low(1)
    if low == "weather":
        if p1 in ("to", "can", "could", "will", "would", "must", "might", "may", "should", "the", "bad", "good"):
            return
        if _clause_follows_weather(site, p1, n1):
            yield site.hit(WEATHER.id, "For alternatives, write \u201cwhether\u201d.", "whether")
            return
        clause_start = site.w.sentence_start or "," in site.w.gap
        if clause_start and n1 in ("you", "it", "he", "she", "they", "we", "i") and site.tag(2)[:2] in ("VB", "MD"):
            yield site.hit(WEATHER.id, "For alternatives, write \u201cwhether\u201d.", "whether")
        elif n1 == "or" and site.low(2) == "not":
            yield site.hit(WEATHER.id, "For alternatives, write \u201cwhether\u201d.", "whether")
        elif p1 in _QUESTION_TAKERS and (n1 in _SUBJECT_WORDS or n1 == "to" and site.tag(2) == "VB"):
            yield site.hit(WEATHER.id, "For alternatives, write \u201cwhether\u201d.", "whether")
    elif low == "whether":
        if p1 == "to" and (site.tag(-1) == "TO" and site.low(-2) not in _TO_WHETHER or site.low(-2) in _TO_INFINITIVE) and (
                site.tag(1) in ("DT", "PRP$")):
            yield site.hit(WEATHER.id, "To come through is to \u201cweather\u201d.", "weather")  # "to whether the storm"
        elif p1 in _CLIMATE and not (p1 == "the" and n1 in ("or", "to", "he", "she", "it", "they")) or (
                n1 in _WEATHER_NOUNS and (site.w.cap and not site.w.sentence_start or not site.np_then_finite_verb(1))):
            # not a clause ("whether conditions improve"), or a name in title case ("the Whether Service")
            yield site.hit(WEATHER.id, "Rain and shine is \u201cweather\u201d.", "weather")


RULES = (PRINCIPAL, COMPLEMENT, PEAK, REIN, SITE, DISCREET, STATIONARY, WEATHER)
FINDERS = {
    PRINCIPAL.id: (_principal, frozenset({"principle", "principal", "principals"})),
    COMPLEMENT.id: (_complement, frozenset({"compliment", "complement", "complementary", "complimentary"})),
    PEAK.id: (_peak, frozenset("peak peaks peaked peaking peek peeks peeked peeking".split())),
    REIN.id: (_rein, frozenset({"reign", "reigns", "reigned", "reigning", "rein"})),
    SITE.id: (_site, frozenset("sight sights site sited sighted sites siting sighting".split())),
    DISCREET.id: (_discreet, frozenset({"discrete", "discretely", "discreet"})),
    STATIONARY.id: (_stationary, frozenset({"stationery", "stationary"})),
    WEATHER.id: (_weather, frozenset({"weather", "whether"})),
}
