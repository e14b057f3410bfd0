"""Verb-or-noun pairs decided by the words around them: affect/effect, lead/led,
accept/except, advice/advise, past/passed, breath/breathe."""

from __future__ import annotations

from collections.abc import Iterator

from copylint.grammar.classes import COLLECTIVE_NOUNS
from copylint.grammar.confusion.context import Site, fixed_tag
from copylint.grammar.confusion.rules import rule
from copylint.grammar.hit import Hit
from copylint.grammar.lexicon import MODALS, verb_tags, word_tags
from copylint.grammar.tagging.tagger import sentence_bounds, tagged_word

BE = frozenset("be is are was were been being am 's 're".split())
HAVE = frozenset("have has had having 've".split())
NEGATIONS = frozenset("not n't never".split())
DETERMINERS = frozenset("the a an no any its his her their our my your this these those some every each".split())
_INTENSIFIERS = frozenset(
    "also badly most worst severely seriously directly adversely negatively positively greatly deeply heavily "
    "hardest hard significantly strongly mostly largely not".split()
)

# nouns "effect" takes as "bring about": "to effect change", "repairs were effected"
_BRING_ABOUT = frozenset(
    "change changes reform reforms transition transfer transfers rescue rescues cure cures repair repairs "
    "improvement improvements arrest arrests entry escape reconciliation solution settlement peace saving "
    "savings merger takeover turnaround compromise shift shifts withdrawal handover recovery revolution "
    "coup landing regime".split()
)

AFFECT = rule(
    "affect",
    summary='"effect" used as a verb for "affect" ("would effect funding"), or "affect" as a noun ("the affect of").',
    rationale=(
        "\"Affect\" is the verb (\"the cuts will affect funding\"), \"effect\" the noun (\"the effect "
        "of the cuts\"). \"Effect\" is a verb only in the sense of bringing something about (\"to "
        "effect change\"), so it is flagged after \"to\", a modal or an auxiliary unless its object is "
        "a change, reform, rescue or the like; \"affect\" is flagged where a noun must stand: after an "
        "article or possessive, and in \"take affect\", \"in affect\", \"side affects\"."
        " Also: \"affect(s)\" before \"of\"/\"on\" or after an adjective at a phrase's end, \"effect\" after a subject pronoun or \"which\", \"effected\" with an object that is not brought about."
    ),
    bad=(
        "The cuts would [[effect]] funding for schools.",
        "The [[affect]] of the strike was felt across the city.",
        "Residents [[effected]] by the floods will be rehoused.",
        "The new law takes [[affect]] on Monday.",
        "Doctors warned of serious side [[affects]].",
        "The drought has [[effected]] crops across the region.",
        "It is not clear how the ruling will [[effect]] the talks.",
        "The ban had little [[affect]] on prices.",
        "The worst [[effected]] areas were in the north.",
        "The decision could [[effect]] thousands of workers.",
        "Officials played down the [[affects]] of the leak.",
        "Scientists studied the harmful [[affects]] of smog.",
        "Nobody knows how they [[effect]] local shops.",
        "The closure hit sales, which [[effected]] their ability to pay staff.",
    ),
    good=(
        "The cuts would affect funding for schools.",
        "The effect of the strike was felt across the city.",
        "Residents affected by the floods will be rehoused.",
        "The new law takes effect on Monday.",
        "The government hopes to effect change through the courts.",
        "Engineers effected repairs overnight.",
        "The changes were effected without a vote.",
        "The ban had little effect on prices.",
        "Doctors warned of serious side effects.",
        "Factors that affect turnout include the weather.",
        "The storm will affect travel in the region.",
        "To that effect, the board agreed.",
        "Nobody knows how they affect local shops.",
    ),
    fix_safe=False,
)


def _affect(site: Site) -> Iterator[Hit]:
    low = site.w.low
    p1 = site.low(-1)
    p2 = site.low(-2)
    if low.startswith("effect"):
        ending = low[len("effect"):]
        verb = {"": "affect", "s": "affects", "ed": "affected", "ing": "affecting"}.get(ending)
        if verb is None:
            return
        msg = f"\u201c{site.w.text}\u201d means bringing about; for having an influence on, write \u201c{verb}\u201d."
        if ending == "":
            as_verb = p1 in MODALS or p1 == "to" and site.tag(-1) == "TO" or p1 in NEGATIONS or p1 in ("did", "does", "do")
            as_verb = as_verb or (p1 in _INTENSIFIERS and (p2 in MODALS or p2 == "to"))
            subject = p1 in ("they", "we", "you", "i", "that", "which", "who") and site.tag(-1) in ("PRP", "WDT", "WP")
            if subject and site.tag(1) not in ("DT", "PRP$", "NNS", "JJ", "CD"):
                subject = False  # "that effect" as a determiner and noun: "to that effect"
            if (as_verb or subject) and site.object_head(1) not in _BRING_ABOUT and site.low(1) not in ("of", "on", "in"):
                yield site.hit(AFFECT.id, msg, verb)
        elif ending == "ed":
            passive = p1 in BE or (p1 in _INTENSIFIERS and p2 in BE | HAVE) or p1 in HAVE
            adjective = (p1 in DETERMINERS or p1 in _INTENSIFIERS or p1 == "those") and site.tag(1).startswith("NN")
            if site.low(1) == "by" and (site.tag(-1).startswith("NN") or p1.endswith("ly") or p1 in (
                    "less", "more", "least", "most", "worst", "badly")):
                adjective = True  # "residents effected by", "less effected by"
            nxt = site.word(1)
            if nxt is not None and not nxt.cap and site.tag(1) in ("NN", "NNS") and site.low(1) not in _BRING_ABOUT and (
                    not site.tag(-1).startswith(("NN", "PRP"))):
                adjective = True  # "protecting effected communities"
            if nxt is None and p1 not in _BRING_ABOUT and (site.tag(-1) == "NNS" or p1 in ("those", "all", "most",
                                                                                              "worst", "badly")):
                adjective = True  # "the airlines effected,", "all those effected."
            if site.tag(-1) in ("WDT", "RB") and site.tag(1) in ("PRP$", "NNS", "DT", "JJ") and (
                    p1.endswith("ly") or p1 in ("which", "that", "who")):
                adjective = True  # "which effected their ability", "disproportionately effected young people"
            if p1 in HAVE and site.object_head(1) in _BRING_ABOUT:
                return
            if passive and _subject_brings_about(site):
                return
            if (passive or adjective) and site.object_head(1) not in _BRING_ABOUT:
                yield site.hit(AFFECT.id, msg, verb)
        elif ending == "ing":
            if site.tag(1) in ("DT", "PRP$", "PRP", "NNS", "NNP", "NNPS", "JJ") and site.object_head(1) not in _BRING_ABOUT:
                if p1 in BE or p1 in ("is", "are", "was", "were") or site.tag(-1).startswith("NN"):
                    yield site.hit(AFFECT.id, msg, verb)
        elif ending == "s":
            if site.low(1) == "of":
                return  # "the effects of": the hit below needs another word after (settled before any tag)
            pronoun = p1 in ("it", "this", "which", "that", "who", "he", "she", "also")
            adverb = p1.endswith("ly") and "j" not in word_tags(p1) and p1 not in ("only", "early", "family")
            subject = (not pronoun and p1 not in _EFFECT_COMPOUNDS and site.tag(1) in ("DT", "PRP$")
                       and site.tag(-1) in ("NN", "NNS", "NNP"))
            if (pronoun or adverb or subject) and site.low(1) != "of" and not site.tag(1).startswith(("VB", "MD")) and (
                    site.object_head(1) not in _BRING_ABOUT):
                yield site.hit(AFFECT.id, msg, verb)
        return
    ending = low[len("affect"):]
    noun = {"": "effect", "s": "effects"}.get(ending)
    if noun is None:
        return
    msg = f"As a noun, the word is \u201c{noun}\u201d; \u201caffect\u201d is the verb."
    p1_tag = site.tag(-1)
    fixed = p1 in ("take", "takes", "took", "taken", "taking", "into", "in", "side", "and") and ending in ("", "s")
    if p1 == "in" and site.low(1) not in ("", "from", "of", "on", "until", "since", "for", "as", "when", "because"):
        fixed = False  # "in affect" only as "in effect"
    if p1 == "and" and p2 != "cause":
        fixed = False
    after_det = p1 in DETERMINERS - {"this", "these", "those", "that", "each", "every", "some", "any"} or (
        p1 in ("little", "much", "lasting", "desired", "opposite", "knock-on", "domino", "ripple", "chilling", "net",
               "positive", "negative", "adverse", "profound", "major", "significant", "big", "huge", "real", "same",
               "greatest", "biggest", "long-term", "short-term", "devastating", "dramatic", "damaging")
    )
    n1 = site.low(1)
    # a noun's slots: before "of"/"on"/"upon" ("the affects of"), after an adjective at a
    # phrase's end ("harmful affects."), after "these"/"those" for the plural
    noun_slot = n1 in ("of", "on", "upon") and site.word(1) is not None or p1_tag in ("JJ", "JJS") and p1 not in (
        "that", "all") and site.tag(1) not in ("DT", "PRP$", "PRP", "NN", "NNS", "NNP", "CD", "JJ") or (
        ending == "s" and p1 in ("these", "those") and not site.tag(1).startswith(("DT", "PRP")))
    if p1 == "in" and n1 == "with":
        fixed = True
    if after_det or fixed or noun_slot:
        yield site.hit(AFFECT.id, msg, noun)


_EFFECT_COMPOUNDS = frozenset("side knock-on health greenhouse adverse economic special sound visual after domino ripple "
                              "placebo negative positive cumulative secondary net personal lasting long-term "
                              "environmental".split())


def _subject_brings_about(site: Site) -> bool:
    """ "the change was effected": a bring-about noun just before the auxiliary."""
    for k in range(-2, -5, -1):
        low = site.low(k)
        if low in _BRING_ABOUT:
            return True
        if not low:
            return False
    return False


LEAD = rule(
    "lead",
    summary='"lead" (the present, or the metal) where the past tense "led" belongs, or "led" for "lead".',
    rationale=(
        "The past tense and participle of \"lead\" is \"led\"; \"lead\" is the present, the noun (\"took "
        "the lead\") and the metal. Flagged: \"lead\" after \"has\", \"had\" or a form of \"be\" before an "
        "object or \"by\", and after a singular subject (\"the mayor, who lead the recovery\"; \"she lead "
        "the team\"), where the present would be \"leads\"; and \"led\" after \"to\", a modal or \"the\"."
        " Also: \"led\" after a modal and an adverb or a negated modal, and \"lead\" after a singular noun before its object."
    ),
    bad=(
        "The mayor, who [[lead]] the city's recovery, stepped down.",
        "The inquiry was [[lead]] by a retired judge.",
        "The protests have [[lead]] to dozens of arrests.",
        "She [[lead]] the party to victory in 2019.",
        "A delegation [[lead]] by the foreign minister arrived on Monday.",
        "He has [[lead]] the company since 2015.",
        "Voters were [[lead]] to believe the tax would fall.",
        "The rebels are expected to [[led]] the talks.",
        "The team took the [[led]] early in the second half.",
        "Mr Smith will [[led]] the delegation.",
        "The coach, who [[lead]] the side to the title last year, was sacked.",
        "The committee chairman [[lead]] a delegation to Paris last week.",
        "The bridge repair also [[lead]] to queues.",
        "The reforms will undoubtedly [[led]] to savings.",
    ),
    good=(
        "The mayor, who led the city's recovery, stepped down.",
        "The inquiry was led by a retired judge.",
        "The protests have led to dozens of arrests.",
        "She will lead the party into the election.",
        "Officials found lead in the water supply.",
        "The team took the lead early in the second half.",
        "Those who lead the party must answer for it.",
        "Old houses have lead pipes.",
        "He was lead singer of the band.",
        "The company has a lead of ten points.",
        "Ministers lead by example, she said.",
        "The pipes contain lead.",
        "The chairmen lead a delegation every year.",
    ),
    fix_safe=False,
)

_LEAD_OBJECT_TAGS = frozenset("DT PRP$ PRP NNP NNPS TO CD".split())
_LEAD_NOUNS = frozenset(
    "singer role actor actress author investigator prosecutor negotiator story character guitarist vocalist "
    "designer researcher candidate counsel attorney detective agency".split()
)
_LET_VERBS = frozenset("let lets make makes made help helps helped see saw watch watched would could will".split())


def _lead(site: Site) -> Iterator[Hit]:
    low = site.w.low
    p1 = site.low(-1)
    n1 = site.low(1)
    if low == "led":
        k = 2 if (p1.endswith("ly") or p1 in ("also", "still", "just")) and site.tag(-1) == "RB" else 1  # "will undoubtedly led"
        aux = site.low(-k)
        bare = aux in MODALS or aux in _NEGATED_MODALS or (aux == "to" and site.tag(-k) == "TO") or aux in (
            "did", "does", "do")
        if site.low(-2) in ("help", "helps", "let", "lets") and site.tag(-1) == "PRP":
            bare = True  # "help us led"
        if bare:
            yield site.hit(LEAD.id, "After \u201cto\u201d or a modal, the verb is \u201clead\u201d.", "lead")
        elif p1 in ("the", "a", "an", "their", "his", "her", "its", "our", "early", "commanding", "narrow",
                    "slender", "overall") and (n1 in _LEAD_NOUNS or not site.tag(1).startswith("NN")):
            yield site.hit(LEAD.id, "The noun is \u201clead\u201d.", "lead")
        return
    if low != "lead":
        return
    msg = "The past tense of \u201clead\u201d is \u201cled\u201d."
    p2 = site.low(-2)
    if p1 == "and" and _joined_to_a_past(site):
        yield site.hit(LEAD.id, msg, "led")  # "she served on the board and lead two inquiries"
        return
    if p1 in _SUBJECT_VERB_ADVERBS and ")" in site.at(-1).gap and _object_starts(site):
        yield site.hit(LEAD.id, msg, "led")  # "Rep. Smith (D-Ohio) today lead a letter": a name before
        return
    if _singular_subject_before(site) and _plural_subject(site, site.at(-1).index if site.word(-1) else 0) is not True and (
            site.tag(1) in ("DT", "PRP$", "CD", "NNP", "NNPS", "TO") or n1 in (
            "nearly", "more", "almost", "about", "some", "to", "them", "him", "us", "me")):
        yield site.hit(LEAD.id, msg, "led")  # "Sen. Jones lead nearly 50 members", "the repair also lead to"
        return
    if _lead_the_sentences_only_verb(site, p1):
        yield site.hit(LEAD.id, msg, "led")
        return
    if p1 in ("this", "that") and n1 == "to" and site.word(-1) is not None and site.at(-1).clause_start:
        yield site.hit(LEAD.id, msg, "led")  # "This lead to a rise": a demonstrative subject, singular
        return
    titled = ")" in site.w.gap or any(site.words[k].low in _TITLES for k in range(max(0, site.i - 4), site.i))
    if not (p1 in HAVE or p1 in BE or p1 in _INTENSIFIERS or p1 in ("he", "she", "it", "who") or n1 == "by" or titled
            or n1 in ("to", "the", "a", "an", "his", "her", "their", "its") and p2 in ("the", "a", "an", "this", "that")
            or p1 in ("that", "which") and (n1 == "to" or n1 in DETERMINERS)):
        return
    if n1 == "by":
        n2 = site.low(2)
        after = {n2, site.low(3), site.low(4)}
        if n2 and n2 != "example" and site.tag(2) != "CD" and not after & _MARGINS and (
                site.at(2).cap or n2 in ("his", "her", "their", "its", "our", "the", "a", "an")):
            yield site.hit(LEAD.id, msg, "led")  # "a delegation lead by the minister", ", lead by Sen. Jones"
        return
    named = site.tag(-1) == "NNP" or site.tag(-1) == "NN" and site.word(-1) is not None and site.at(-1).cap
    if titled and (named or ")" in site.w.gap) and (
            site.tag(1) in ("DT", "PRP$", "CD", "NNP", "NNS") or n1 in ("a", "an", "the", "more", "nearly", "almost",
                                                                       "about", "over", "some", "with", "on", "in",
                                                                       "against", "for", "during")) and (
            n1 not in ("with", "on", "in", "against", "for", "during") or not any(
                site.words[j].low in ("and", "&") for j in range(max(0, site.i - 6), site.i))):
        # (after a preposition, not two joined names, who lead in the present: "Sen. A and Rep. B lead on")
        yield site.hit(LEAD.id, msg, "led")  # "Rep. Smith lead a letter": a named person, not a plural
        return
    n1_tag = site.tag(1)
    p1_tag = site.tag(-1)
    aux = p1 if p1 not in _INTENSIFIERS else p2
    if aux in HAVE and p1 != "'ve" or aux in ("have", "has", "had"):
        if n1_tag in _LEAD_OBJECT_TAGS or n1 in ("to", "by", "the", "a", "an", "them", "us", "him", "her"):
            yield site.hit(LEAD.id, msg, "led")
        return
    if aux in BE:
        if n1 in ("by", "to", "away", "astray", "off", "out", "into", "through", "from"):
            yield site.hit(LEAD.id, msg, "led")
        return
    if p1 in ("he", "she", "it") and site.low(-2) not in _LET_VERBS and n1_tag in _LEAD_OBJECT_TAGS | {"IN", "NN", "NNS"}:
        if n1_tag != "IN" or n1 in ("to", "by"):
            yield site.hit(LEAD.id, msg, "led")
        return
    if p2 in ("the", "a", "an", "this", "that") and p1_tag == "NN" and p1 not in _COLLECTIVE and not site.at(-1).cap:
        if n1 in ("to", "the", "a", "an", "his", "her", "their", "its") and _plural_subject(site, site.i - 1) is not True:
            yield site.hit(LEAD.id, msg, "led")  # "the attention lead to": a singular subject
        return
    if p1 == "who" and (n1_tag in _LEAD_OBJECT_TAGS or n1_tag in ("NN", "NNS", "JJ")) and _singular_before_who(site):
        yield site.hit(LEAD.id, msg, "led")
    elif p1 in ("that", "which") and "," not in site.w.gap and (n1 == "to" or n1 in DETERMINERS) and (
            site.tag(-1) == "WDT" and _singular_before_who(site)):
        yield site.hit(LEAD.id, msg, "led")  # "the process that lead to the crisis": a singular antecedent


_PAST_BREAKS = frozenset("to will would can could may might must shall should do does did and or but not "
                          "that which who when while if because".split())


def _object_starts(site: Site) -> bool:
    """By the words alone, an object or "to" follows the trigger ("lead a letter", "lead to")."""
    n1, nxt = site.low(1), site.word(1)
    return n1 in DETERMINERS or n1 in ("to", "nearly", "more", "almost", "about", "some", "them", "him", "us") or (
        nxt is not None and (nxt.cap or nxt.kind == "number"))


def _joined_to_a_past(site: Site) -> bool:
    """ "and lead" + an object or "to", joined to a verb in the past with the same subject
    ("she served as a clerk and lead the outreach", "the flood forced evacuations and lead to
    a settlement"): the first verb of that clause, within ten words, is a past form with no
    "to", modal or "do" before it, so the joined verb is past too, "led"."""
    n1 = site.low(1)
    k = 2 if n1.endswith("ly") and "r" in word_tags(n1) else 1
    if not (site.low(k) in DETERMINERS or site.low(k) in ("to", "numerous", "several", "many", "it", "them", "him",
                                                          "her", "us")
            or site.word(k) is not None and site.at(k).kind == "number") or "," in site.at(-1).gap:
        return False
    for j in range(2, 12):
        w = site.word(-j)
        if w is None:
            return False
        if w.low in _PAST_BREAKS or w.low in MODALS:
            return False
        tags = verb_tags(w.low)
        if "d" in tags and "v" not in tags and w.low not in ("led",):
            # a finite past or a participle after "has" or "was" ("has served ... and led"), not a
            # participle in a noun phrase ("the elected officials")
            before = site.low(-j - 1) if site.tag(-j - 1) != "RB" else site.low(-j - 2)
            if site.tag(-j) == "VBN":  # after an auxiliary, or a past read as a participle after its subject
                return before in ("has", "have", "had", "was", "were", "is", "are", "been") or (
                    site.tag(-j - 1) in ("NN", "NNS", "NNP", "PRP") and site.low(-j + 1) not in ("by",))
            return site.tag(-j) == "VBD" and site.tag(-j - 1) not in ("DT", "JJ", "PRP$", "TO", "IN", "POS", "VBZ")
        if site.tag(-j).startswith(("VB", "MD")):
            return False  # a verb of another form comes first: "plans to serve and lead"
    return False


_TITLES = frozenset("rep sen senator senators congressman congresswoman representative representatives mr mrs ms dr "
                    "president minister chairman chairwoman chair governor mayor secretary leader".split())
_MARGINS = frozenset("margin points point goals goal votes seats runs strokes length lengths percent wide narrow "
                     "large".split())
_COLLECTIVE = COLLECTIVE_NOUNS | frozenset('people management lead'.split())


# adverbs of time and manner that stand between a subject and its verb ("Rep. Smith today lead a march")
_SUBJECT_VERB_ADVERBS = frozenset("also then recently successfully once today yesterday previously earlier later "
                                  "again first jointly personally formerly originally subsequently".split())
_NEGATED_MODALS = frozenset("cannot can't couldn't won't wouldn't shouldn't mustn't don't doesn't didn't".split())


def _singular_subject_before(site: Site) -> bool:
    """A singular noun right before "lead" (an adverb may come between), not a possessive,
    a collective noun or part of a title in capitals: "lead" would need to be "leads"."""
    k = 2 if site.low(-1) in _SUBJECT_VERB_ADVERBS else 1
    w = site.word(-k)
    if w is None or w.possessive or w.low in _COLLECTIVE or site.w.cap or w.low in DETERMINERS:
        return False
    n1 = site.low(1)
    nxt = site.word(1)
    object_start = n1 in DETERMINERS or n1 in ("to", "nearly", "more", "almost", "about", "some", "them", "him",
                                               "us", "me") or nxt is not None and (nxt.cap or nxt.kind == "number")
    unknown = not word_tags(w.low) and not verb_tags(w.low)  # a noun the lists lack ("congresswoman"): the tagger decides
    if not (w.cap or set(word_tags(w.low)) & {"n", "N"} or unknown) or not object_start:
        return False  # not after a noun, or no object follows: settled by the words alone
    tag = site.tag(-k)
    if tag == "NNP":
        return site.tag(-k - 1) in ("NNP", "") and site.low(-k - 1) not in ("the",)
    return tag == "NN" and site.tag(-k - 1) in ("DT", "NN", "JJ", "PRP$") and not w.low.endswith("s")


def _singular_before_who(site: Site) -> bool:
    """The noun before "who" (across a comma) is singular: "the mayor, who lead"."""
    tagged = site.sentence()
    k = next((n for n, t in enumerate(tagged) if t.word == site.i - 1), None)
    if k is None:
        return False
    k -= 1
    while k >= 0 and tagged[k].word == -1 and tagged[k].text == ",":
        k -= 1
    if k < 0:
        return False
    t = tagged[k]
    return t.tag in ("NN", "NNP") and t.text.lower() not in ("people", "police", "staff", "team", "crew", "family",
                                                             "government", "party", "club", "side", "band", "group")


RULES = (AFFECT, LEAD)
FINDERS = {
    AFFECT.id: (_affect, frozenset("affect affects effect effects effected effecting".split())),
    LEAD.id: (_lead, frozenset({"lead", "led"})),
}


ACCEPT = rule(
    "accept",
    summary='"except" used as the verb "accept" ("will except the offer"), or "accept" for "except" ("accept for").',
    rationale=(
        "\"Accept\" is the verb (\"accept an offer\"); \"except\" means \"but\" or \"leaving out\". "
        "Flagged: \"except\" after \"to\", a modal, \"not\" or a subject pronoun, \"excepted\" after an "
        "auxiliary (not \"excepted from\"), and \"accept\" after a comma, a noun or \"everyone\", "
        "\"all\" and the like before \"for\" or a noun phrase (\"everyone accept the mayor\")."
        " Also: \"except\" at a clause's end or after \"that\" before its object, \"excepted\" with an object and no \"from\"."
    ),
    bad=(
        "The union is expected to [[except]] the offer.",
        "The council will not [[except]] late bids.",
        "Everyone [[accept]] the mayor voted for the plan.",
        "The shops were closed, [[accept]] for a bakery.",
        "The proposal was [[excepted]] by the board.",
        "He has [[excepted]] the nomination.",
        "We [[except]] the court's ruling, she said.",
        "The minister could [[except]] responsibility for the error.",
        "All the roads [[accept]] the motorway were shut.",
        "They refused to [[except]] the result.",
        "The shops that [[except]] cash are few.",
        "Few voters read the rules they [[except]].",
    ),
    good=(
        "The union is expected to accept the offer.",
        "Everyone except the mayor voted for the plan.",
        "The shops were closed, except for a bakery.",
        "The proposal was accepted by the board.",
        "Small firms are excepted from the rule.",
        "We accept the court's ruling, she said.",
        "The council will not accept late bids.",
        "No one was hurt, except the driver.",
        "The club accepts cash only.",
        "All the roads except the motorway were shut.",
        "Few voters read the rules they accept.",
        "Every shop except the bakery closed early.",
    ),
)

_SUBJECTS = frozenset("i we they you he she".split())
_EVERYONE = frozenset("everyone everybody all anyone anybody nobody everything anything nothing none everywhere "
                      "anywhere nowhere".split())
# adverbs that focus a phrase and so may stand before the preposition "except": "only except"
_FOCUS_ADVERBS = frozenset("only mainly mostly especially largely entirely exactly particularly possibly probably "
                           "certainly nearly generally usually namely chiefly simply".split())


def _accept(site: Site) -> Iterator[Hit]:
    low = site.w.low
    p1 = site.low(-1)
    n1 = site.low(1)
    if low == "except":
        nxt = site.word(1)
        follows = site.words[site.i + 1].gap.strip()[:1] if site.i + 1 < len(site.words) else "."
        manner = p1.endswith("ly") and site.tag(-1) == "RB" and p1 not in _FOCUS_ADVERBS
        if nxt is None and follows in (".", "!", "?") and (manner or site.tag(-1) in ("NNS", "PRP")) or (
                p1 in ("that", "which", "who") and site.tag(1) in ("NNP", "NN", "NNS", "DT") and "," not in site.w.gap):
            yield site.hit(ACCEPT.id, "\u201cexcept\u201d means \u201cbut\u201d; the verb is \u201caccept\u201d.", "accept")
            return  # "users unknowingly except.", "facilities that except Medicare funding"
        verb_slot = p1 in MODALS or p1 in NEGATIONS or p1 in ("did", "does", "do") or (
            p1 == "to" and site.tag(-1) == "TO") or p1 in _SUBJECTS and not site.w.clause_start
        if verb_slot and n1 and n1 not in ("for", "that", "when", "where", "in", "as", "from", "to", "if", "on", "at"):
            yield site.hit(ACCEPT.id, "\u201cexcept\u201d means \u201cbut\u201d; the verb is \u201caccept\u201d.", "accept")
    elif low == "excepted":
        with_object = site.tag(1) in ("NN", "NNS", "DT", "PRP$", "JJ") and not site.w.cap and p1 not in DETERMINERS and (
            "from" not in {site.low(k) for k in range(1, 8)}) and site.tag(-1) not in ("DT", "JJ", "IN")
        if with_object and site.tag(-1) in ("NNP", "NN", "PRP", "CC", "VBD", "") and site.tag(1) != "JJ":
            yield site.hit(ACCEPT.id, "\u201cexcepted\u201d means left out; the verb is \u201caccepted\u201d.", "accepted")
        elif (p1 in BE or p1 in HAVE) and n1 not in ("from", "", "in"):
            yield site.hit(ACCEPT.id, "\u201cexcepted\u201d means left out; the verb is \u201caccepted\u201d.", "accepted")
        elif _accepted_meant(site, p1, n1):
            yield site.hit(ACCEPT.id, "\u201cexcepted\u201d means left out; the verb is \u201caccepted\u201d.", "accepted")
    elif low == "accept":
        if site.w.gap.strip() == "," and n1 in ("through", "in", "at", "when", "where", "if", "during", "with", "as"):
            yield site.hit(ACCEPT.id, "For \u201cbut\u201d or \u201cleaving out\u201d, write \u201cexcept\u201d.", "except")
        elif n1 == "for" and (site.w.gap.strip() == "," or p1 in _EVERYONE or site.w.sentence_start and _comma_closes(site) and (
                site.tag(2) in ("DT", "CD", "PRP$", "PRP", "NNP") or site.low(2) in ("some", "one", "two", "three"))):
            yield site.hit(ACCEPT.id, "For \u201cbut\u201d or \u201cleaving out\u201d, write \u201cexcept\u201d.", "except")
        elif _after_a_singular_universal(site) and site.tag(1) in ("DT", "NNP", "CD", "NNS", "NN"):
            yield site.hit(ACCEPT.id, "For \u201cbut\u201d or \u201cleaving out\u201d, write \u201cexcept\u201d.", "except")
        elif (p1 in _EVERYONE or site.tag(-1) == "NNS" and "all" in (site.low(-2), site.low(-3))) and (
                site.tag(1) in ("DT", "NNP", "CD") and site.tag(2) != "VB"):
            yield site.hit(ACCEPT.id, "For \u201cbut\u201d or \u201cleaving out\u201d, write \u201cexcept\u201d.", "except")


def _comma_closes(site: Site) -> bool:
    """The trigger's phrase ends at a comma within eight words ("Accept for a few delays, the
    trip ..."): an introductory phrase, which holds no verb's clause."""
    last = None
    for k in range(1, 9):
        w = site.word(k)
        if w is None:
            break
        last = w
    j = (last.index if last is not None else site.i) + 1
    return j < len(site.words) and site.words[j].gap.strip()[:1] == ","


def _after_a_singular_universal(site: Site) -> bool:
    """ "every day accept Sunday", "each state accept Ohio": a noun phrase opened by "every",
    "each" or "no" is singular, so a bare "accept" after it is no verb of its; the
    preposition "except" was meant."""
    for k in (2, 3):
        if site.low(-k) in ("every", "each", "no") and site.tag(-1) == "NN" and (
                k == 2 or site.tag(-2) in ("JJ", "NN")):
            return True
    return False


# adverbs of how widely or willingly something is taken ("widely accepted", "gladly accepted")
_ACCEPT_ADVERBS = frozenset("widely generally universally commonly readily fully graciously gladly reluctantly "
                            "formally officially unanimously broadly".split())


# what is accepted, not left out ("the offer was accepted")
_ACCEPTED_THINGS = frozenset("offer offers application applications proposal proposals bid bids invitation invitations "
                             "nomination nominations apology apologies resignation resignations terms deal deals "
                             "settlement plea pleas request requests recommendation recommendations submission "
                             "submissions entry entries donation donations payment payments award".split())
_MONTHS = frozenset("january february march april may june july august september october november december".split())


def _clause_ends_after(site: Site) -> bool:
    """A full stop, question mark or the text's end follows the trigger."""
    j = site.i + 1
    return j >= len(site.words) or site.words[j].gap.strip()[:1] in (".", "!", "?")


def _accepted_meant(site: Site, p1: str, n1: str) -> bool:
    """ "was excepted into the program", "widely excepted", "who excepted the offer":
    "excepted" (left out) takes "from"; admitted "into" or "as", taken "widely", or with
    an object after a relative pronoun, the verb is "accepted"."""
    if "from" in {site.low(k) for k in range(1, 8)}:
        return False  # "excepted from the rule"
    if n1 in ("into", "onto") or p1 in _ACCEPT_ADVERBS:
        return True
    if p1 in BE and site.low(-2) in _ACCEPTED_THINGS and (not n1 and _clause_ends_after(site) or n1 == "in" and (
            site.word(2) is not None and (site.at(2).kind == "number" or site.low(2) in _MONTHS))):
        return True  # "the offer was excepted.", "her bid was excepted in March" (not "small firms are excepted")
    return p1 in ("who", "which", "that") and site.tag(1) in ("DT", "PRP$") and "," not in site.w.gap


ADVICE = rule(
    "advice",
    summary='"advise" (the verb) used as the noun "advice", or "advice" as a verb.',
    rationale=(
        "\"Advice\" is the noun (\"legal advice\"), \"advise\" the verb (\"lawyers advise clients\"). "
        "Flagged: \"advise\" after an article, a possessive, an adjective or \"seek\", \"take\", "
        "\"follow\", \"on the\"; and \"advice\" after \"to\", a modal or a subject pronoun when an "
        "object or \"against\" follows."
        " Also: \"advise\" after a possessive or a preposition (\"per advise from\") or as a compound's first part."
    ),
    bad=(
        "She ignored the [[advise]] of her lawyers.",
        "Residents should seek medical [[advise]].",
        "The minister acted on his [[advise]].",
        "We [[advice]] travellers to avoid the area.",
        "Officials will [[advice]] the public on Monday.",
        "The panel was asked to [[advice]] the government.",
        "Doctors [[advice]] against travel, the report said.",
        "The board took legal [[advise]] before voting.",
        "Follow the [[advise]] of the police.",
        "Police [[advice]] residents to stay indoors.",
        "The minister's [[advise]] was ignored.",
        "They acted per [[advise]] from lawyers.",
        "The panel was set up to [[advice]] her on policy.",
    ),
    good=(
        "She ignored the advice of her lawyers.",
        "Residents should seek medical advice.",
        "We advise travellers to avoid the area.",
        "Officials will advise the public on Monday.",
        "The panel was asked to advise the government.",
        "Doctors advise against travel, the report said.",
        "The board took legal advice before voting.",
        "He turned to advice from friends.",
        "Police advised residents to stay indoors.",
        "The advice was clear.",
        "They need advice from lawyers.",
        "The panel was set up to advise her on policy.",
    ),
)

_ADVICE_TAKERS = frozenset("seek seeking sought take took taking follow followed following ignore ignored ignoring "
                           "heed heeded legal medical expert financial professional good bad sound "
                           "independent practical".split())


_ADVISERS = frozenset("police doctors experts officials lawyers we they".split())


def _verb_slot_possible(site: Site, p1: str) -> bool:
    """What the verb slot of "advice" below (a modal, "to", an adverb in -ly or a subject before it) needs of the
    word before, by the words and that word's fixed tag (see ``fixed_tag``) alone: False
    settles that no hit comes, before any tag (a speed path)."""
    if p1 in MODALS or p1 == "to" or p1 in _SUBJECTS or p1 in _ADVISERS or p1.endswith("ly"):
        return True  # (an adverb in -ly: "we strongly advice against")
    prev = site.word(-1)
    return prev is not None and not prev.cap and fixed_tag(p1) in (None, "NNS", "NNP")


def _advice(site: Site) -> Iterator[Hit]:
    low = site.w.low
    p1 = site.low(-1)
    n1 = site.low(1)
    if low == "advise":
        prev = site.word(-1)
        noun_slot = prev is not None and (prev.possessive or (site.tag(-1) == "IN" or p1 in (
            "per", "by", "including", "without", "with", "for")) and p1 not in ("to", "that", "as", "so")
                                          or n1 in ("column", "columns", "columnist", "columnists", "line", "service"))
        if noun_slot or prev is not None and site.tag(-1) == "NN" and not prev.cap and site.word(1) is None:
            yield site.hit(ADVICE.id, "The noun is \u201cadvice\u201d; \u201cadvise\u201d is the verb.", "advice")
            return  # "the Minister's advise", "per advise from", "seeking budget advise."
        if p1 in DETERMINERS - {"this", "these", "those", "some", "each", "every"} or p1 in _ADVICE_TAKERS or (
                site.tag(-1) in ("JJ", "PRP$") and p1 not in ("further", "also", "only")):
            if n1 not in ("them", "him", "her", "us", "me", "you", "against") and site.tag(1) not in ("DT", "PRP"):
                yield site.hit(ADVICE.id, "The noun is \u201cadvice\u201d; \u201cadvise\u201d is the verb.", "advice")
    elif low == "advice":
        if n1 in ("from", "of", "on") or not _verb_slot_possible(site, p1):
            return  # settled by the words, before any tag
        if not (site.tag(1) in ("DT", "PRP", "NNS", "NNP", "PRP$") or n1 == "against") or n1 in ("from", "of", "on"):
            return
        subject = (p1 in _SUBJECTS or site.tag(-1) in ("NNS", "NNP") and not site.at(-1).cap) and not site.w.clause_start
        if p1 in _ADVISERS:
            subject = True
        if p1.endswith("ly") and site.tag(-1) == "RB" and "j" not in word_tags(p1):
            subject = True  # "we strongly advice against": an adverb of manner modifies a verb, not a noun
        to_verb = p1 == "to" and (site.tag(1) in ("DT", "PRP", "NNS") or site.tag(1) in ("PRP$", "NNP") and (
            site.tag(-1) == "TO" or n1 in ("her", "his", "their", "our", "my")))  # "to advice Her Majesty"
        slot = p1 in MODALS or to_verb and n1 not in ("from", "of") or subject
        if slot and (site.tag(1) in ("DT", "PRP", "NNS", "NNP", "PRP$") or n1 == "against") and n1 not in ("from", "of", "on"):
            yield site.hit(ADVICE.id, "The verb is \u201cadvise\u201d; \u201cadvice\u201d is the noun.", "advise")


PAST = rule(
    "past",
    summary='"passed" (the verb) used for "past" ("the passed week", "walked passed"), or "past" for "passed".',
    rationale=(
        "\"Passed\" is the past of the verb \"pass\" (\"the bill passed\"); \"past\" is the noun, "
        "adjective and preposition (\"the past week\", \"walked past the gate\"). Flagged: \"passed\" "
        "after \"the\" before a span of time, after a verb of motion before an article, and in \"half "
        "passed\"; \"past\" after \"has\"/\"have\"/\"had\" or a subject before an article, in \"past "
        "away\", and after a form of \"be\" before \"by\"."
        " Also: \"past\" as the verb of a clause after a subject pronoun, a bill number or \"if\" (\"we past the budget\"), and \"passed\" in \"long passed time\", \"are passed their\" and before days and months."
    ),
    bad=(
        "Prices rose sharply over the [[passed]] week.",
        "The motorcade drove [[passed]] the crowd.",
        "The deadline has [[past]] without a deal.",
        "The Senate [[past]] the bill on Tuesday.",
        "Her father [[past]] away in 2019.",
        "Fighting has eased in the [[passed]] few days.",
        "The law was [[past]] by a narrow margin.",
        "Protesters marched [[passed]] the embassy.",
        "The train left at half [[passed]] nine.",
        "The storm had [[past]] by the morning.",
        "We [[past]] the budget in March.",
        "If [[past]] by the Senate, the bill becomes law.",
        "It is long [[passed]] time to act.",
        "The pipes are [[passed]] their useful life.",
        "This [[passed]] Friday, the mayor resigned.",
    ),
    good=(
        "Prices rose sharply over the past week.",
        "The motorcade drove past the crowd.",
        "The deadline has passed without a deal.",
        "The Senate passed the bill on Tuesday.",
        "Her father passed away in 2019.",
        "The law was passed by a narrow margin.",
        "In the past, the plant made cars.",
        "It was well past midnight.",
        "The past few days have been calm.",
        "The bill passed the House in May.",
        "It was ten past nine.",
        "He walked past the church.",
        "We passed the budget in March.",
    ),
)

# spans of time that "the past" and "this past" measure: units of the calendar and the clock, the
# named days, months and seasons, the terms of institutions, and the counts before them ("the
# past few weeks", "the past two years")
_TIME_SPANS = frozenset(
    "few several couple two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty "
    "fifty hundred "
    "second seconds minute minutes hour hours night nights morning mornings evening evenings afternoon afternoons "
    "day days weekend weekends week weeks fortnight fortnights month months quarter quarters year years decade "
    "decades century centuries millennium era period periods generation generations "
    "spring summer autumn fall winter season seasons "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december "
    "term terms session sessions semester semesters cycle cycles".split())
_SUBJECT_PRONOUNS = frozenset("we they he she i".split())
_MOTION = frozenset("walked walk walks walking ran run runs running drove drive drives driving went go goes going "
                    "sped rushed rush marched march flew fly swept moved slipped raced stormed sailed rode cycled "
                    "strolled wandered crept edged".split())
_PAST_OK_BEFORE = frozenset(
    "years months weeks days hours minutes seconds decades centuries miles kilometres kilometers metres meters yards "
    "feet point mark halfway way well long just far slightly shortly right quarter half ten twenty five gone the "
    "a an in of for times season seasons year month week day century decade summer winter spring autumn".split())
_PASSED_NEXT = frozenset("house senate h.r. s. the a an through in by unanimously primarily overwhelmingly easily on with along last "
                         "both two this its their his her".split())
_PAST_ADVERBS = frozenset("already just also recently finally since now unanimously".split())
_PASSED_OBJECTS = frozenset("bill bills law laws legislation resolution motion amendment measure budget act test exam "
                            "milestone threshold".split())


def _past(site: Site) -> Iterator[Hit]:
    low = site.w.low
    p1 = site.low(-1)
    n1 = site.low(1)
    if low == "passed":
        nxt = site.word(1)
        the_past = p1 in ("the", "a") and (nxt is None or site.tag(1) == "CD" or n1 in ("is", "was", "has", "and", "or")
                                          or site.low(-2) in ("in", "from", "of", "over", "the") and not site.tag(1).startswith("NN"))
        if the_past or p1 in ("from", "of") and site.tag(1) == "NNS" and site.low(1).endswith("s"):
            yield site.hit(PAST.id, "For time gone by, write \u201cpast\u201d.", "past")
        elif n1 == "time" and p1 in ("long", "far", "well", "way", "it's", "is", "was", "it\u2019s"):
            yield site.hit(PAST.id, "For time gone by, write \u201cpast\u201d.", "past")  # "it is long passed time"
        elif p1 in BE and site.tag(1) == "PRP$":
            yield site.hit(PAST.id, "For beyond, write \u201cpast\u201d.", "past")  # "lines that are passed their useful lives"
        elif p1 in ("the", "this") and n1 in _TIME_SPANS or p1 == "half" and (site.tag(1) == "CD" or n1 in (
                "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "midnight")):
            yield site.hit(PAST.id, "For time gone by, write \u201cpast\u201d.", "past")
        elif p1 in _MOTION and n1 in ("the", "a", "an", "his", "her", "their", "its", "my", "your", "our"):
            yield site.hit(PAST.id, "After a verb of motion, the preposition is \u201cpast\u201d.", "past")
    elif low == "past":
        if p1.replace("\u2019", "'").endswith("'ve"):
            p1 = "have"  # "we've past": the perfect's "have" joined to its subject
        if p1 == "if" and site.word(1) is None and site.i + 1 < len(site.words) and site.words[site.i + 1].gap.strip()[:1] == "," and (
                site.words[site.i + 1].low in _MAIN_CLAUSE_STARTS):  # a main clause follows, not a list ("If past, present and ...")
            yield site.hit(PAST.id, "The verb is \u201cpassed\u201d.", "passed")  # "If past, the bill will ..."
        elif _past_as_verb(site, p1, n1) or _past_in_a_verb_frame(site, p1, n1) or _past_the_sentences_only_verb(site, p1):
            yield site.hit(PAST.id, "The verb is \u201cpassed\u201d.", "passed")
        elif n1 == "away" and p1 not in ("the", "in"):
            yield site.hit(PAST.id, "The verb is \u201cpassed\u201d.", "passed")
        elif p1 not in _PAST_OK_BEFORE and not p1.endswith("ly") and site.tag(-1) in ("NN", "NNS", "NNP", "NNPS", "WDT") and (
                site.word(1) is None or site.at(1).kind == "abbrev" or n1 in _PASSED_NEXT or site.tag(1) == "CD") and (
                not _noun_before_is_no_subject(site)) and (not site.w.cap or site.w.sentence_start):
            # (a capital "Past" inside a sentence is a headline's, in title case: "Budget Past Its Deadline")
            yield site.hit(PAST.id, "The verb is \u201cpassed\u201d.", "passed")  # "the House past the bill"
        elif p1 in _PAST_ADVERBS | {"not", "never"} and site.low(-2) in ("has", "have", "had", "was", "were", "been") or (
                p1 in ("was", "were", "been", "is", "are") and n1.endswith("ly") and site.tag(1) == "RB"):
            yield site.hit(PAST.id, "The verb is \u201cpassed\u201d.", "passed")
        elif p1 in ("has", "have", "had") and n1 not in ("", "the") and not site.tag(1).startswith("NN") or (
                p1 in ("has", "have", "had") and n1 in ("", "by", "without", "the", "and", "before", "with")):
            if n1 == "the" and _object_head_past(site) is False:
                return
            yield site.hit(PAST.id, "The verb is \u201cpassed\u201d.", "passed")
        elif p1 in BE - {"be"} and (n1 == "by" and site.tag(2) in ("DT", "NNP", "JJ") or n1 == "to" and site.tag(2) == "VB" or (
                n1 == "in" and site.word(2) is not None and site.at(2).kind == "number" and len(site.low(2)) == 4)):
            # a passive: "was past by the Senate", "was past in 1998" (a year)
            yield site.hit(PAST.id, "The verb is \u201cpassed\u201d.", "passed")
        elif (p1 in ("senate", "house", "congress", "parliament", "he", "she", "they", "it", "we", "assembly",
                     "council", "committee") and n1 in ("the", "a", "its", "their") and site.tag(-1) in ("NNP", "PRP")):
            head = site.low(2) if site.tag(2).startswith("NN") else site.low(3)
            if head in _PASSED_OBJECTS:
                yield site.hit(PAST.id, "The verb is \u201cpassed\u201d.", "passed")


# prepositions of path that a verb of motion takes, and "past" (itself one) cannot: "the comet
# past between" needs the verb "passed"
_PATH_PREPOSITIONS = frozenset("between through into across along beneath underneath within onto".split())
_CLAUSE_SUBORDINATORS = frozenset("as when while because after before since if once until unless although though "
                                   "whereas".split())
# adverbs of manner or time that may stand before a participle in a noun phrase ("the recently
# passed law"), and the time nouns "past" itself describes ("the recently past decade")
_PARTICIPLE_ADVERBS = frozenset("recently newly just unanimously overwhelmingly narrowly finally quietly hastily "
                                "already".split())


def _past_in_a_verb_frame(site: Site, p1: str, n1: str) -> bool:
    """ "past" where only the verb "passed" fits: after a noun phrase that opens the clause,
    before a preposition of path ("the comet past between the two") or before "and" and a
    second verb ("the amendment past and was added"); after an article and an adverb before a
    noun that is no span of time ("the recently past transit law")."""
    if p1 in ("the", "a", "an") or site.word(-1) is None:
        return False
    if p1 in _PARTICIPLE_ADVERBS and site.low(-2) in ("the", "a", "an", "this", "its", "their", "his", "her"):
        return n1 not in _TIME_SPANS and site.tag(1).startswith(("NN", "JJ")) and not site.tag(1) == "CD" and (
            n1 not in ("few", "two", "three"))
    j = 3 if n1 == "and" and site.low(2).endswith("ly") else 2  # "past and ultimately was"
    if not (n1 in _PATH_PREPOSITIONS or n1 == "and" and (site.low(j) in ("was", "is", "became", "then") or (
            site.tag(j) == "VBD"))):
        return False  # settled by the words
    if site.tag(-1) not in ("NN", "NNS", "NNP", "NNPS") or p1 in _PAST_OK_BEFORE:
        return False
    for k in range(2, 6):  # the noun phrase opens its clause: "The amendment", "the Senate bill"
        w = site.word(-k)
        if w is None or w.low in _CLAUSE_SUBORDINATORS:
            return True  # (or a subordinator opens it: "as the comet past between")
        if site.tag(-k) not in ("DT", "JJ", "NN", "NNP", "NNS", "CD", "POS", "PRP$"):
            return False
        if w.sentence_start or w.clause_start:
            return True
    return False


# auxiliaries that put a subject after them in a question ("Are we past the worst?")
_QUESTION_INVERTERS = frozenset("am is are was were have has had do does did will would can could shall should may "
                                "might must aren't isn't weren't wasn't haven't hasn't don't didn't won't".split())
# words that start a main clause's subject ("If past, the bill ...")
_MAIN_CLAUSE_STARTS = frozenset("the a an this these that those it its they their he his she her we our you your i "
                            "there".split())


def _past_as_verb(site: Site, p1: str, n1: str) -> bool:
    """ "past" as a clause's verb: after a subject pronoun ("we past the bill"), a bill's
    number ("H.R. 4628 past the House"), or a name or "which" and an adverb ("the House also
    past", "which past as part of"), before an object or a phrase of how and when; "if past
    by the Senate"; "marked up and past the bill"."""
    if p1 == "just" and site.low(-2) in _SUBJECT_PRONOUNS and site.low(-3) not in _QUESTION_INVERTERS:
        return True  # "the budget we just past": "just past" (a little beyond) needs a verb before it
    prev = site.word(-1)
    subject_like = p1 in _SUBJECT_PRONOUNS or p1 in ("it", "if", "and", "which") or prev is not None and (
        prev.cap or prev.kind == "number" or p1.endswith("ly") or p1 in ("also", "just", "then", "already"))
    if p1 in ("also", "then", "already", "recently", "finally") and site.low(-2) in _SUBJECT_PRONOUNS and (
            site.low(-3) not in _QUESTION_INVERTERS) and n1[:1] in ("$", "\u00a3", "\u20ac"):
        return True  # "he also past $9 million": a sum after a pronoun subject and its verb
    if not subject_like or p1 in _PAST_OK_BEFORE or not n1 or site.tag(1) == "CD" or n1 in ("midnight", "noon", "hour", "o'clock", "one", "two", "three", "four",
                                               "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"):
        return False  # "ten past nine", "at 10 past the hour"
    if p1 == "if" and n1 in ("by", "without", "unanimously", "into", "in"):
        return True
    k = 2 if site.tag(-1) == "RB" and p1 in ("also", "recently", "just", "finally", "unanimously", "already",
                                              "then", "overwhelmingly", "successfully") else 1
    subj = site.word(-k)
    if subj is None:
        return False
    subj_low = subj.low
    subj_tag = site.tag(-k)
    if subj_low == "and" and site.tag(-k - 1) in ("VBD", "VBN", "RP"):
        return n1 in _PASSED_NEXT or site.tag(1) in ("NNP", "DT", "PRP$")  # "marked up and past the bill"
    object_next = n1 in _PASSED_NEXT | {"my", "our", "your", "as", "legislation"} or site.tag(1) in ("NNP", "PRP$")
    if subj_low in _SUBJECT_PRONOUNS:
        # a personal subject needs a verb ("they past the budget"), unless a question put it after its
        # verb ("Are we past the worst?")
        return site.low(-k - 1) not in _QUESTION_INVERTERS
    if subj_low in _SUBJECT_PRONOUNS or subj_low == "it" and (subj.clause_start or site.low(-k - 1) in (
            "when", "after", "before", "since", "once", "if", "because")):
        return object_next or site.tag(1) in ("DT", "$")
    if subj_tag == "CD" and site.low(-k - 1).replace(".", "") in ("hr", "s", "h", "res", "act", "of"):
        return object_next  # "H.R. 4628 past the House", "the Act of 2021 past in the House"
    if subj_tag in ("NNP", "NNPS", "WDT") and subj_low not in _PAST_OK_BEFORE and not subj.possessive:
        return k == 2 and object_next or subj_low == "which" and n1 in ("as", "in", "the", "unanimously")
    return False


# what may stand in a noun phrase before its head noun
_NP_WORD_TAGS = frozenset("DT PDT PRP$ JJ JJR JJS CD POS HYPH NN NNS NNP NNPS VBN VBG".split())
# words before a noun phrase that open a clause, where the noun phrase may be a subject
_CLAUSE_OPENERS = frozenset(
    "that which who because if although though since while when whenever as until till before after whether once "
    "unless whereas where and but or so then said says say told thought think believe believed reported".split())


def _noun_before_is_no_subject(site: Site) -> bool:
    """The noun phrase that ends just before "past" can't be the subject of a verb "passed":
    it is the object of a verb or a preposition in a clause that has its finite verb already
    ("led the march past", "joined the parade past the hall", "took a walk past the mill"),
    or a finite verb follows the phrase "past" opens, so that phrase sits inside a subject
    ("the road past the church floods"). "past" is then the preposition or the noun of
    "march past"."""
    if site.word(1) is None:  # at the clause's end, after a possessive and its modifiers: "the city's Ottoman past"
        j = -1
        while j > -4 and site.tag(j) in ("JJ", "NNP", "NNPS") and not site.low(j).endswith(("'s", "\u2019s")):
            j -= 1
        if j < -1 and (site.tag(j) == "PRP$" or site.low(j).endswith(("'s", "\u2019s"))):
            return True
    k = -1
    while k > -8:
        if site.tag(k) in _NP_WORD_TAGS or site.low(k) == "of" and site.tag(k - 1).startswith("NN"):
            k -= 1  # "of" inside the phrase: "the Assembly of Wardens"
            continue
        break
    before = site.word(k)
    if before is not None and k < -1 and before.low not in _CLAUSE_OPENERS and (
            site.tag(k) in ("IN", "TO") or site.tag(k).startswith("VB") and before.low not in _BE_HAVE_DO):
        if site.tag(k - 1) == "VBG":
            return True  # the phrase of a participle: "soldiers taking part in the march past"
        for j in range(k, k - 20, -1):  # the clause's finite verb, before the phrase
            if site.word(j) is None:
                break
            if site.tag(j) in ("VBD", "VBZ", "VBP", "MD"):
                return True
    return site.low(1) in ("the", "a", "an", "this", "that", "its", "their", "his", "her") and site.np_then_finite_verb(1)


_BE_HAVE_DO = frozenset("be is are am was were been being have has had having do does did".split())
# a sentence's finite verbs and auxiliaries by the word lists (a check beside the tagger's)
_FINITE_WORDS = frozenset("is are was were am has have had do does did can could will would shall should may might "
                          "must".split())
_OBJECT_OPENERS = frozenset("the a an this that these those his her its their our my your".split())


def _verb_the_sentence_lacks(site: Site) -> bool:
    """The trigger's sentence has no finite verb besides the trigger (by the tagger and the
    word lists), six words or more, and at least two lowercase words of four letters or more:
    no headline in title case and no short fragment. A sentence needs a finite verb, so a
    trigger that may be one (the verb "passed", "led") must be it."""
    if not _sentence_may_lack_a_verb(site):
        return False
    words = site.words
    lo, hi = sentence_bounds(words, site.i)
    return not any(j != site.i and words[j].word and any(t.tag in ("VBD", "VBZ", "VBP", "MD") for t in tagged_word(words, j))
                   for j in range(lo, hi))


def _sentence_may_lack_a_verb(site: Site) -> bool:
    """The word-list half of :func:`_verb_the_sentence_lacks` (False settles it, with no tag):
    six words or more, no auxiliary, modal or negated verb besides the trigger, and at least
    two lowercase words of four letters or more."""
    words = site.words
    lo, hi = sentence_bounds(words, site.i)
    if hi - lo < 6:
        return False
    lower = 0
    for j in range(lo, hi):
        w = words[j]
        if j != site.i and (w.low in _FINITE_WORDS or w.low.endswith(("n't", "n\u2019t")) or w.low in MODALS):
            return False
        lower += w.word and w.text[:1].islower() and len(w.low) > 3
    return lower >= 2


def no_noun_before(p1: str) -> bool:
    """:func:`_noun_before` is None, decided by the word before the trigger alone (``p1``,
    its ``low``): a determiner, a span of time or a word that stands before "past" as the
    preposition. A pre-check: the finders that need a noun there ask it before any tag."""
    return p1 in _PAST_OK_BEFORE or p1 in _TIME_SPANS or p1 in DETERMINERS


def only_verb_cannot_fire(site: Site, p1: str) -> bool:
    """The pre-check of :func:`_lead_the_sentences_only_verb` and
    :func:`_past_the_sentences_only_verb`, asked before they tag anything: True where the words
    alone settle that they say False (``p1`` is the word before the trigger, as they take it):
    no noun can end a phrase before the trigger (:func:`_noun_before` is None), or the sentence
    holds another finite verb or is too short (:func:`_verb_the_sentence_lacks` is False);
    both tests need to pass for either finder. tests/test_confusion_prechecks.py runs the
    finders with it and with ``lambda site, p1: False`` in its place and gets the same hits."""
    return no_noun_before(p1) or not _sentence_may_lack_a_verb(site)


def _noun_before(site: Site, p1: str) -> int | None:
    """The index of the noun that ends a noun phrase just before the trigger, or before an
    adverb there ("the committee also past"), or before the comma that closes an apposition
    ("the Act, also past"; "the chair of the panel, lead the group"); None if none does."""
    if no_noun_before(p1):
        return None  # settled by the words, before any tag
    words = site.words
    adverb = (p1.endswith("ly") or p1 in _PAST_ADVERBS) and site.tag(-1) == "RB"
    j = site.i - 2 if adverb else site.i - 1
    if j < 0 or words[j].low in _PAST_OK_BEFORE or words[j].low in _TIME_SPANS:
        return None
    tags = tagged_word(words, j)
    return j if tags and tags[-1].tag in ("NN", "NNS", "NNP", "NNPS") else None


def _plural_subject(site: Site, j: int) -> bool | None:
    """Whether the subject whose phrase ends with the noun ``words[j]`` is plural: its head is
    the phrase's first noun run, before any "of"/preposition phrase ("members of the panel"
    is plural, "the chair of the committees" singular); two heads joined by "and" are plural,
    and so is a collective noun, which British English takes as one ("the team lead the
    league"). None when the words before are no noun phrase's."""
    words = site.words
    head: int | None = j
    k = j
    while k > 0 and not words[k].clause_start:
        t = tagged_word(words, k - 1)
        tag = t[-1].tag if t else ""
        if tag == "CC" and words[k - 1].low in ("and", "&"):
            return True  # two heads: "the chair and the clerk lead"
        if tag == "IN":
            head = None  # the head lies before the preposition
        elif tag.startswith("NN"):
            if head is None:
                head = k - 1
        elif tag not in _NP_WORD_TAGS:
            break
        k -= 1
    if head is None:
        return None
    t = tagged_word(words, head)
    low = words[head].low
    if not t or words[head].possessive:
        return None
    return t[-1].tag in ("NNS", "NNPS") or low in _COLLECTIVE or low.endswith("s") and t[-1].tag == "NNP"


def _past_the_sentences_only_verb(site: Site, p1: str) -> bool:
    """ "The committee also past the plan.", "In April, the assembly past Smith's bill to cut
    fees.": "past" after a noun (and perhaps an adverb), before a noun phrase, in a sentence
    with no other finite verb (:func:`_verb_the_sentence_lacks`): "past" as a preposition or
    adjective would leave it without one, so the verb "passed" was meant."""
    nxt = site.word(1)
    if nxt is None or not (site.low(1) in _OBJECT_OPENERS or nxt.cap) or not p1:
        return False  # settled by the words
    if only_verb_cannot_fire(site, p1):
        return False  # settled by the words, before any tag
    if site.word(-1) is None and site.tag(-1) != "RB" or _noun_before(site, p1) is None:
        return False
    if nxt.cap and site.low(1) not in _OBJECT_OPENERS and site.tag(1) not in ("NNP", "NNPS"):
        return False
    return _verb_the_sentence_lacks(site)


def _lead_the_sentences_only_verb(site: Site, p1: str) -> bool:
    """ "The chair of the panel lead nine members on a visit.": "lead" after a singular noun
    (no plural subject, for which "lead" is the present), before its object, in a sentence with
    no other finite verb: "lead" is the verb, and a singular subject's is "led" (or "leads")."""
    if only_verb_cannot_fire(site, p1):
        return False  # settled by the words, before ``site.tag(1)`` tags the window or the sentence
    if not (_object_starts(site) or site.tag(1) == "CD") or (j := _noun_before(site, p1)) is None:
        return False
    return _plural_subject(site, j) is False and _verb_the_sentence_lacks(site)


def _object_head_past(site: Site) -> bool:
    return site.object_head(2) in _PASSED_OBJECTS | {"deadline", "point", "stage", "peak"}


BREATH = rule(
    "breath",
    summary='"breath" (the noun) where the verb "breathe" belongs ("could not breath"), or the reverse.',
    rationale=(
        "\"Breath\" is the noun (\"out of breath\"), \"breathe\" the verb (\"unable to breathe\"). "
        "Flagged: \"breath\" after \"to\", a modal or \"not\", and \"breath in\"/\"breath out\" as a "
        "command; \"breathe\" after an article, a possessive, an adjective, \"of\" or \"for\"."
    ),
    bad=(
        "He said he could not [[breath]] in the smoke.",
        "Rescuers found the man struggling to [[breath]].",
        "She took a deep [[breathe]] and began.",
        "The runner was out of [[breathe]].",
        "Hold your [[breathe]] as long as you can.",
        "Patients who cannot [[breath]] unaided are ventilated.",
        "The announcement was a [[breathe]] of fresh air.",
        "Firefighters had to stop to catch their [[breathe]].",
        "Many people can't [[breath]] in the heat.",
        "He gasped for [[breathe]] after the climb.",
        "Miners were made to [[breath]] coal dust for years.",
    ),
    good=(
        "He said he could not breathe in the smoke.",
        "Rescuers found the man struggling to breathe.",
        "She took a deep breath and began.",
        "The runner was out of breath.",
        "Hold your breath as long as you can.",
        "Patients who cannot breathe unaided are ventilated.",
        "The announcement was a breath of fresh air.",
        "Trees help cities breathe.",
        "He gasped for breath after the climb.",
        "Fresh air lets patients breathe easier.",
        "Miners were made to breathe coal dust for years.",
    ),
    fix_safe=True,
)


def _breath(site: Site) -> Iterator[Hit]:
    low = site.w.low
    p1 = site.low(-1)
    if low == "breath":
        if p1 in MODALS or p1 in NEGATIONS or p1 in ("cannot", "can't", "couldn't", "did", "does", "do") or (
                p1 == "to" and site.low(-2) not in ("close", "next", "back", "due", "owing") and (
                    site.tag(-1) == "TO" or site.low(1) in ("", "in", "out", "again", "easily", "freely", "normally"))):
            yield site.hit(BREATH.id, "The verb is \u201cbreathe\u201d.", "breathe")
        elif p1 == "to" and site.low(1) not in ("of", "") and (
                site.tag(-2).startswith("VB") or site.low(-2) in ("able", "unable", "hard", "difficult", "easier")
                or site.tag(-2) == "NNS" and site.low(-3) == "for"):
            yield site.hit(BREATH.id, "The verb is \u201cbreathe\u201d.", "breathe")  # "forced to breath polluted air"
    elif low == "breathe":
        if p1 in DETERMINERS or p1 in ("of", "for", "deep", "fresh", "last", "short", "bad") or site.tag(-1) in ("JJ", "PRP$"):
            if p1 not in ("to", "and"):
                yield site.hit(BREATH.id, "The noun is \u201cbreath\u201d.", "breath")


RULES = RULES + (ACCEPT, ADVICE, PAST, BREATH)
FINDERS.update({
    ACCEPT.id: (_accept, frozenset({"except", "excepted", "accept"})),
    ADVICE.id: (_advice, frozenset({"advise", "advice"})),
    PAST.id: (_past, frozenset({"past", "passed"})),
    BREATH.id: (_breath, frozenset({"breath", "breathe"})),
})


LOSE_ID = "grammar.confusables.lose"
_LOSE_OBJECTS = frozenset("their his her its our my your the".split())


def _lose_extra(site: Site) -> Iterator[Hit]:
    """More lose/loose contexts: "loose" as the verb after a plural subject or before a
    possessive ("families loose their homes"); "lose" as the adjective after an article."""
    low = site.w.low
    p1 = site.low(-1)
    n1 = site.low(1)
    if low == "loose" and site.word(1) is not None and (p1 in ("they", "we", "i", "you") or site.tag(-1) == "RB" and (
            site.low(-2) in MODALS or site.low(-2) in ("to", "they", "we", "i", "you"))):
        yield site.hit(LOSE_ID, "The verb is \u201close\u201d.", "lose")  # "they loose access", "will likely loose"
        return
    if low == "loose" and _plural_subject_loses(site):
        yield site.hit(LOSE_ID, "The verb is \u201close\u201d.", "lose")  # "most storms loose strength"
        return
    if low == "loose" and (n1 in _LOSE_OBJECTS - {"the"} or n1 in ("sight", "weight", "control", "interest", "faith",
                                                                   "money", "jobs", "ground", "touch")):
        if p1 not in ("cut", "cuts", "set", "sets", "let", "lets", "break", "broke", "turn", "turned", "shake", "shook"):
            yield site.hit(LOSE_ID, "The verb is \u201close\u201d.", "lose")
    elif low == "lose" and p1 in ("a", "an", "the", "too", "very", "so") and site.tag(1) in ("NN", "NNS", "JJ", ""):
        if not (p1 == "the" and site.low(-2) == "on"):
            yield site.hit(LOSE_ID, "The adjective is \u201cloose\u201d.", "loose")


# verbs that leave their object loose: "set the dogs loose", "wear the shirts loose"
_MAKE_LOOSE = frozenset("cut cuts set sets let lets break breaks broke turn turns turned shake shakes shook leave leaves "
                        "left keep keeps kept wear wears wore hang hangs hung tie ties tied work works worked come comes "
                        "came knock knocks knocked pull pulls pulled shake shaken tear tears tore".split())


def _plural_subject_loses(site: Site) -> bool:
    """ "loose" between a plural noun and the start of a noun phrase ("the storms loose
    strength", "some crops loose more yield"): the adjective cannot stand there (it goes
    before its noun, or after a verb that leaves something loose), so it is the verb "lose"."""
    if not site.low(-1).endswith("s") or site.tag(-1) not in ("NNS", "NNPS"):
        return False  # settled by the words alone for most text: the tagger is asked only here
    if any(site.low(-k) in _MAKE_LOOSE for k in range(2, 5)):
        return False  # "set the dogs loose", "left the ropes loose"
    nxt = site.word(1)
    if nxt is None or nxt.cap or site.low(1) in ("enough", "again", "and", "or"):
        return False
    tag = site.tag(1)
    if tag in ("DT", "PRP$", "JJR", "CD"):
        return site.low(1) not in ("this", "that", "these", "those") or site.tag(2) not in ("NN", "NNS")  # "loose this summer"
    return tag in ("NN", "NNS") and site.tag(2) not in ("NN", "NNS") and bool(set(word_tags(site.low(1))) & {"n", "N"})


EXTRA_FINDERS = {LOSE_ID: (_lose_extra, frozenset({"loose", "lose"}))}
