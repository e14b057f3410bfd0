"""Syntactic frames where one member of a confusable pair cannot stand, whatever the words
(issue 12, s25). Each frame is a whole class of contexts, written from the grammar of English:

- a contraction ("it's", "they're", "you're") straight after a preposition, after "do", or
  after a noun and "and"/"or" before a noun phrase, stands where only a possessive fits
  ("for they're members", "do you're part", "the firm and it's staff"), as it does before
  "way" and a word of direction after a verb ("makes it's way to") and in an apposition of
  a ranking word and a noun ("Chrome, it's main rival, ...");
- "were" straight after a form of "be", a preposition, or a noun of place or situation or
  any plural noun but those that take a content clause, before a clause ("this is were the
  talks failed", "areas were fishing is banned", "clinics were patients wait");
- "were" with no subject after a pronoun and a verb taking a clause ("I think were ready");
- "where" after "there" before a quantity ("there where many"), after "who" or "which",
  before a past participle or an adjective that ends its clause ("the crew where injured.",
  "the tickets where ready"), and "where to" + verb in a conditional
  clause ("if the state where to adopt it");
- "their" before an indefinite pronoun ("is their anything") or a subordinator ("lived
  their when"); "there" after an object-taking verb before a participle and its noun
  ("cover there running costs") and after "do" ("did there best");
- "too" before an adverb and a plain verb ("urged the board too quickly act"), before a
  number ("limited too two terms"), and after a verb that takes an infinitive ("we want too
  make").

Each finder asks the words first and the tagger only where the words leave it open.
"""

from __future__ import annotations

from collections.abc import Iterator

from copylint.grammar.classes import SUBJECT_PRONOUNS
from copylint.grammar.confusion.context import (
    NOT_OBJECT_VERBS,
    PREDICATE_NOUNS,
    Site,
    fixed_tag,
    participle_relative,
    past_clause,
    s_verb_clause,
    zero_relative,
)
from copylint.grammar.confusion.pronouns import (
    PLACE_NOUNS,
    RANK_IDIOMS,
    THERE_STAYS,
    WHERE_OK_PARTICIPLES,
    inverted_question_after_be,
    plural_head_singular_verb,
)
from copylint.grammar.hit import Hit
from copylint.grammar.lexicon import MODALS, is_adjective_only, verb_tags, word_tags

ITS_ID = "grammar.confusables.its"
THEIR_ID = "grammar.confusables.their"
YOUR_ID = "grammar.confusables.your"
WERE_ID = "grammar.confusables.were"
TOO_ID = "grammar.confusables.too"

_POSSESSIVE = {"it's": ("its", ITS_ID), "they're": ("their", THEIR_ID), "you're": ("your", YOUR_ID)}
# prepositions that always take an object and are never a clause's verb particle or a
# conjunction: nothing but a noun phrase follows them, and "it is" is no noun phrase. ("for",
# "since", "as", "like", "than", "after", "before" and "until" also join clauses; "about",
# "around", "over", "up", "down", "out", "back" and "along" are also adverbs.)
_OBJECT_PREPOSITIONS = frozenset(
    "of in on at to from with by into onto through during among amongst against toward towards without within throughout "
    "across upon via per despite amid amidst beneath beside besides between behind beyond inside outside "
    "under underneath regarding concerning including excluding off".split())
_DO = frozenset("do does did doing".split())
# the words "way" takes in the "make one's way" construction
_DIRECTIONS = frozenset("to into through across back out up down onto toward towards along around past from home "
                        "forward forwards in round over".split())
_NP_FIRST = frozenset("NN NNS NNP NNPS JJ JJS JJR CD VBN VBG RBS".split())
# bare nouns that follow "it's"/"they're"/"you're" as a predicate ("they're friends", "it's
# news"), where "and" may join two clauses
_PREDICATES = PREDICATE_NOUNS | frozenset(
    "friends family enemies citizens members adults parents kids children heroes people fans experts professionals "
    "partners colleagues neighbours neighbors guests students law policy tradition fact".split())


def _possessive_hit(site: Site) -> Hit:
    word, rid = _POSSESSIVE[site.w.low]
    contraction = site.w.text.replace("\u2019", "'")
    return site.hit(rid, f"\u201c{contraction}\u201d is a contraction: the possessive is \u201c{word}\u201d.", word)


def _starts_noun_phrase(site: Site) -> bool:
    """A noun phrase opens after the trigger: a capitalised name, or a word the tagger reads as
    a noun phrase's first word, not a bare predicate noun."""
    nxt = site.word(1)
    if nxt is None or site.low(1) in _PREDICATES or site.low(1) in ("own", "not", "so", "very", "too"):
        return False
    return nxt.cap or site.np_tag(1) in _NP_FIRST


def _coordinated_noun_phrase(site: Site) -> bool:
    """ "the council and it's members": a noun, "and"/"or" (no comma), the trigger, then a noun
    (or an adjective or number and a noun) that no verb follows. Where "and" joins two clauses
    the trigger is a subject and its verb, and a participle, an adjective or a verb follows it:
    "and it's feared dozens died", "and it's likely prices rise", "and they're paid weekly"."""
    if "," in site.at(-1).gap or site.tag(-2) not in ("NN", "NNS", "NNP", "NNPS"):
        return False
    k = 2 if site.np_tag(1) in ("JJ", "JJS", "CD", "VBN") else 1  # ("and it's associated risks.")
    if site.np_tag(k) not in ("NN", "NNS") or site.low(k) in _PREDICATES:
        return False
    # a bare noun after "it's" is no predicate ("and it's profits rose"), but an adjective may be
    return k == 1 or not site.tag(k + 1).startswith(("VB", "MD", "TO"))


def _noun_phrase_after_of(site: Site) -> bool:
    """After "of" the pronoun may be the preposition's object and the verb its own clause's:
    "none of it's true", "all of you're invited", "the rest of it's happening". So a participle
    or a bare adjective after the trigger leaves it alone; a noun, or an adjective and a noun,
    is a possessive's phrase ("of it's staff", "of it's main rival")."""
    tag = site.np_tag(1)
    if tag in ("JJ", "JJR"):
        return site.np_tag(2) in ("NN", "NNS")
    if is_adjective_only(site.low(1)) and site.np_tag(2) not in ("NN", "NNS"):
        return False  # an adjective by the word lists, however tagged: "none of it's true"
    return tag not in ("VBG", "VBN", "RB")


_RANKS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth last latest main chief sole "
                   "principal former only biggest largest closest nearest oldest newest".split())




def _ranked_apposition(site: Site) -> bool:
    """ "Chrome, it's main rival, gained users", "its last flight, it's 39th mission.": after a
    noun and a comma, a ranking word and a noun that end the phrase name the noun again (an
    apposition), which needs the possessive; "it is main rival" is no clause. Asked of the
    words only (the tagger, misled by "it's", reads "rival" as an adjective)."""
    if "," not in site.w.gap or site.i == 0:
        return False
    before = site.words[site.i - 1]
    if not (before.cap or set(word_tags(before.low)) & {"n", "N"}):
        return False
    n1, head = site.low(1), site.low(2)
    ordinal = n1[:1].isdigit() and n1.endswith(("st", "nd", "rd", "th"))
    if not (n1 in _RANKS or ordinal) or "n" not in word_tags(head) or head.endswith("s") or head in RANK_IDIOMS:
        return False  # a singular count noun: "it is main rival" needs "the"
    return site.word(2) is not None and site.word(3) is None and site.i + 3 < len(site.words) + 1


def _contraction_for_possessive(site: Site) -> Iterator[Hit]:
    p1 = site.low(-1)
    if not p1 and site.low(1) and _ranked_apposition(site):
        yield _possessive_hit(site)
        return
    if not p1 or not site.low(1):
        return
    if p1 in _OBJECT_PREPOSITIONS:
        if _starts_noun_phrase(site) and (p1 != "of" or _noun_phrase_after_of(site)):
            yield _possessive_hit(site)
    elif p1 in MODALS and site.tag(-1) == "MD" and site.at(-1).index == site.i - 1:
        # a modal takes a plain verb or, inverted ("so must its members", "nor can their
        # leaders"), its subject: never "it is"/"they are", so a noun phrase here is a possessive's
        if site.low(1) not in ("not", "so", "too", "very", "also", "still", "just") and (
                site.at(1).cap or site.np_tag(1) in _NP_FIRST) and site.noun_phrase_at(1):
            yield _possessive_hit(site)
    elif p1 in _DO:
        # "do" takes no clause, so even a predicate noun is a possessive's here ("do you're part")
        if site.low(1) not in ("not", "so", "too", "very") and site.tag(-1).startswith("VB") and (
                site.at(1).cap or site.np_tag(1) in _NP_FIRST):
            yield _possessive_hit(site)
    elif p1 in ("and", "or"):
        if _starts_noun_phrase(site) and _coordinated_noun_phrase(site):
            yield _possessive_hit(site)
    elif site.low(1) == "way" and site.low(2) in _DIRECTIONS and p1 not in NOT_OBJECT_VERBS and verb_tags(p1) and (
            site.tag(-1).startswith("VB")):
        yield _possessive_hit(site)  # "makes it's way to", "forced they're way in"


def coordinated_clause(site: Site) -> bool:
    """Two noun phrases joined by "and"/"or", then a finite verb, from one place after the
    trigger: "were the buyer or the seller lives", "is were both parties and the court
    agree"."""
    first = site.tag(1) in ("DT", "PRP$", "NN", "NNS", "NNP", "NNPS", "JJ") or site.low(1) in ("both", "either", "neither")
    for k in range(2, 6):
        low = site.low(k)
        if not low or not first:
            return False
        if low in ("and", "or"):
            return site.tag(k - 1).startswith("NN") and (site.np_then_finite_verb(k + 1) or s_verb_clause(site, k + 1))
    return False


_BE = frozenset("is was are am be been".split())
_IS_JOINED = frozenset("that's here's there's it's what's this's".split())
_FOCUS_ADVERBS = frozenset("exactly precisely just also often usually still frankly probably perhaps really "
                           "typically generally clearly".split())
_EVEN = frozenset("even especially particularly exactly precisely mainly mostly primarily".split())
_QUANTITIES = frozenset("many no several some few fewer more less numerous countless also still not only "
                        "dozens hundreds thousands millions plenty lots".split())
_CONDITIONALS = frozenset("if unless wish wished though".split())


# verbs that take a clause with no "that": "I think we're ready"
_CLAUSE_VERBS = frozenset("think thought know knew believe believed hope guess feel felt mean meant say said suppose "
                          "expect reckon bet promise".split())
_STATES = frozenset("not going all here ready proud glad excited happy grateful pleased thrilled committed delighted "
                    "honored honoured sure confident hopeful optimistic determined able lucky fortunate close "
                    "working looking still already now".split())
_SUBJECTS = SUBJECT_PRONOUNS - {"it"}


def _were_for_we_are(site: Site) -> bool:
    """ "I think were going to win", "we know were not alone": a subject pronoun and a verb
    that takes a clause, then "were" with no subject of its own before its complement (not
    after a noun: "the games I think were close" is a relative clause)."""
    n1 = site.low(1)
    if site.low(-1) not in _CLAUSE_VERBS or site.low(-2) not in _SUBJECTS or not n1:
        return False
    before = site.word(-3)
    if before is not None and not site.at(-2).clause_start and (
            before.low in ("that", "which", "who", "whom") or site.tag(-3).startswith("NN")):
        return False
    return n1 in _STATES or n1.endswith("ing") and site.tag(1) == "VBG"


def _were_after_be(site: Site) -> bool:
    """ "this is were the talks failed", "that's were we differ", "regardless of were they
    live": a verb of being or a preposition cannot take "were" after it; with a clause after,
    the place word "where" was meant. (A preposition left at the end of a relative clause
    takes "were" as its clause's verb, "the towns they came from were small", but then no
    clause follows.)"""
    k = -1
    if site.low(-1) in _FOCUS_ADVERBS or site.low(-1).endswith("ly"):
        k = -2
    prev = site.word(k)
    if prev is None or any("," in site.at(j).gap for j in range(k + 1, 1)):
        return False
    low = prev.low.replace("\u2019", "'")
    even = site.low(-1) in _EVEN  # "even were the doctor objects": no subject can stand before a focus word and "were"
    if not (even or low in _BE or low in _IS_JOINED or k == -1 and low in _OBJECT_PREPOSITIONS and low != "off"):
        return False
    return site.np_then_finite_verb(1, pronoun=True) or coordinated_clause(site) or s_verb_clause(site) or (
        site.low(1) in ("i", "you", "we", "they") and site.tag(2) == "VB") or (  # "that's were you come in": a present read as VB
        low not in _OBJECT_PREPOSITIONS and past_clause(site))  # "the mill was were the children played."


# plural nouns that "were" + a clause may complete ("the worries were prices would rise"):
# nouns of saying, knowing and judging, which take a content clause
CONTENT_NOUNS = frozenset(
    """reasons problems results findings fears concerns worries hopes beliefs assumptions conclusions complaints
    claims arguments facts messages lessons points issues questions rules requirements terms conditions chances
    odds signs indications implications consequences effects ideas suggestions recommendations expectations
    rumours rumors reports allegations charges accusations thoughts feelings instructions orders answers
    explanations excuses fortunes dangers risks options choices plans proposals demands truths words
    predictions estimates figures numbers statistics""".split())
_NOT_CLAUSE_STARTS = frozenset("to not also still then now in on at by for with from of as and or but being so "
                                "too very more less just only all both each".split())  # (floating quantifiers:
# "the bridges were all repainted", "the teams were each given a pitch")
_CLAUSE_AFTER = frozenset("is are was were has have had will would can could may might must should".split())


def _were_after_place_noun(site: Site) -> bool:
    """ "the towns were new homes are planned", "areas were fishing was banned", "situations
    were there is no data", "programs were students learn": a noun of place or situation, or
    any plural noun but those that take a content clause, then a clause with its own subject
    and verb; "were" cannot take that clause, the place word "where" was meant."""
    p1, n1 = site.low(-1), site.low(1)
    place = p1 in PLACE_NOUNS
    if not place and ("N" not in word_tags(p1) or p1 in CONTENT_NOUNS) or "," in site.w.gap:
        return False  # (settled by the words, before any tag is asked for)
    if n1 == "there":
        return site.low(2) in _CLAUSE_AFTER
    if n1 in _NOT_CLAUSE_STARTS or verb_tags(n1) and not word_tags(n1) and not n1.endswith("ing"):
        return False  # a verb form, "to", "not", a preposition: "were told", "were in talks"
    if not finite_verb_ahead(site) or fixed_tag(n1) in _NOT_NP_TAGS:
        return False
    if not place and (fixed_tag(p1) or "NNS") != "NNS" or not place and not _plural_noun(site, p1):
        return False
    if site.tag(1) == "VBG" and site.tag(2) in ("VBD", "VBZ", "MD"):
        return True  # a gerund subject: "areas were fishing was banned"
    # not when the phrase after "were" has a plural head and a singular verb follows: "the
    # cause for many farmers were the floods of that spring was plain" ("were" is a verb there)
    return site.np_then_finite_verb(1, pronoun=True) and (place or not zero_relative(site)) and (
        not plural_head_singular_verb(site)) and (place or not participle_relative(site))




_NOT_NP_TAGS = frozenset("RB RBR IN TO CC MD VB VBD VBZ VBP VBN WDT WP WRB".split())
_FINITE_WORDS = frozenset("is are was were has have had do does did can could will would may might must shall "
                          "should".split())


def finite_verb_ahead(site: Site) -> bool:
    """By the words alone, a finite verb may stand two to eight words ahead: an auxiliary (or
    its negative, "shouldn't"), a form in -s or -ed, or a plain verb after a plural noun ("patients wait"). Asked before
    any tag, so that "were" in ordinary copy costs no tagging."""
    prev = site.low(1)
    for k in range(2, 9):  # as far as ``Site.np_then_finite_verb`` looks
        low = site.low(k)
        if not low:
            return False
        tags = verb_tags(low)
        if low in _FINITE_WORDS or low.endswith(("n't", "n\u2019t")) or "z" in tags or "d" in tags or "v" in tags and "N" in word_tags(prev):
            return True
        prev = low
    return False


def _plural_noun(site: Site, low: str) -> bool:
    """A plural noun by the word lists alone when it is no verb in -s ("clinics"), else by
    its tag ("results", "plans"): the tagger is asked only about the ambiguous ones."""
    if "z" not in verb_tags(low):
        return low.endswith("s") and "N" in word_tags(low)
    return site.tag(-1) == "NNS"


def _where_before_participle(site: Site, n1: str) -> bool:
    """ "two of the crew where injured.", "the bills where passed by the House": a clause
    after "where" needs a subject, and a past participle that ends the clause or takes its
    agent ("by") is none; after a subject the verb "were" was meant. Not the elliptical
    "where needed", "where cracked" ("help is given where needed", "paint the walls where
    cracked")."""
    if n1 in WHERE_OK_PARTICIPLES or n1.endswith("ing"):
        return False
    participle = "p" in verb_tags(n1) or n1.endswith("ed") and not verb_tags(n1) and not word_tags(n1) and (
        site.tag(1) in ("VBN", "VBD", "JJ"))  # a participle the word lists lack ("hospitalized")
    if participle and site.word(2) is not None and site.low(2) not in ("by", "and", "or", "but") and (
            site.tag(2) not in ("IN", "RB")):
        return False  # an object after: "where stood a church" (an inverted clause)
    if not participle and not _predicate_adjective(site, n1):
        return False
    if not (site.tag(-1).startswith(("NN", "CD")) or site.low(-1) in _PLURAL_PRONOUNS) or (
            site.tag(1) not in ("VBN", "VBD", "JJ")):
        return False
    return subject_before(site)


# quantifiers and demonstratives that stand as a plural subject ("many more where lost")
_PLURAL_PRONOUNS = frozenset("these those many more most several others both".split())


def _predicate_adjective(site: Site, n1: str) -> bool:
    """An adjective that ends its phrase ("the tickets where ready in minutes"), not one that
    opens a noun phrase ("where young people meet")."""
    if not is_adjective_only(n1) or verb_tags(n1) and site.tag(1) != "JJ":
        return False  # (a verb too, "ready", "open": only where the tagger reads an adjective)
    nxt = site.word(2)
    return nxt is None or site.low(2) in ("in", "at", "for", "to", "with", "about", "and", "by", "from", "of", "on")


_OPENERS = frozenset("when whenever if because since although though while once until unless after before as "
                     "that".split())
_SUBJECT_TAGS = frozenset("DT PDT CD JJ JJS NN NNS NNP NNPS POS PRP$ CC".split())


def subject_before(site: Site) -> bool:
    """The noun phrase before the trigger opens its clause, so it is a subject ("two of the
    crew where ..."), not an object or a preposition's noun ("paint the walls where cracked":
    "where" is elliptical there)."""
    for k in range(1, 9):
        w = site.word(-k)
        if w is None:
            return True  # punctuation or the start of the text before the noun phrase
        if w.low in _OPENERS:
            return True  # a subordinator opens the clause: "when fish where plentiful"
        if site.tag(-k) not in _SUBJECT_TAGS and w.low != "of":
            return False
        if w.sentence_start or w.clause_start:
            return True
    return False


def _where_for_were(site: Site) -> bool:
    """ "there where many": the dummy subject before a quantity needs its verb; "if the state
    where to adopt it": a subject in a conditional clause, then "to" and a plain verb."""
    p1, n1 = site.low(-1), site.low(1)
    if p1 in ("who", "which", "whom") and "," not in site.w.gap:
        return True  # a relative pronoun as subject needs its verb: "the songs, which where hits"
    if p1 and "," not in site.w.gap and _where_before_participle(site, n1):
        return True
    if p1 == "there" and not site.w.cap:
        return n1 in _QUANTITIES or site.word(1) is not None and site.at(1).kind == "number"
    if p1 in ("they", "we", "you"):
        return False  # "if they where to": the older rule marks the pair
    if n1 != "to" or site.tag(2) != "VB" or not site.tag(-1).startswith(("NN", "PRP")):
        return False
    for k in range(2, 7):
        low = site.low(-k)
        if low in _CONDITIONALS:
            return True
        if not low or site.tag(-k) not in ("DT", "NN", "NNS", "NNP", "NNPS", "JJ", "CD", "PRP", "POS", "PRP$"):
            return False
    return False


_INDEFINITE_PRONOUNS = frozenset("anything anyone anybody something someone somebody nothing nobody none enough "
                                 "plenty".split())
_SUBORDINATORS = frozenset("when while because until unless although though whereas".split())


# verbs after which "there" is a place and a noun phrase may still follow ("police found
# there stolen goods", "they moved there last year")
_THERE_PLACE_VERBS = THERE_STAYS | NOT_OBJECT_VERBS | frozenset(
    "find finds found see sees saw seen meet meets met move moves moved moving travel travels travelled traveled "
    "come comes came coming return returns returned returning fly flies flew flown drive drives drove driven "
    "send sends sent take takes took taken bring brings brought stand stands stood sit sits sat remain remains "
    "remained die dies died born build built".split())


def _there_for_their(site: Site) -> Iterator[Hit]:
    """ "there" where the possessive belongs: after a verb that takes an object, before a
    participle and its noun ("cover there running costs", "show there donated paintings"),
    and after "do" before a noun or a superlative ("did there best", "do there part")."""
    p1, n1 = site.low(-1), site.low(1)
    if not p1 or not n1 or "," in site.w.gap or site.at(1).cap:
        return
    if p1 in _DO:
        if n1 not in _INDEFINITE_PRONOUNS and site.tag(-1).startswith("VB") and site.tag(1) in ("JJS", "NN", "NNS"):
            yield site.hit(THEIR_ID, "For the possessive, write \u201ctheir\u201d.", "their")
        return
    if p1 in _THERE_PLACE_VERBS or not n1.endswith(("ing", "ed")) or not verb_tags(p1):
        return  # (settled by the words, before any tag)
    if site.tag(-1).startswith("VB") and site.tag(1) in ("VBG", "VBN") and site.tag(2) in ("NN", "NNS") and (
            not site.tag(3).startswith(("VB", "MD"))):
        yield site.hit(THEIR_ID, "For the possessive, write \u201ctheir\u201d.", "their")


def _their_for_there(site: Site) -> Iterator[Hit]:
    """ "their" where nothing possessed follows: before an indefinite pronoun ("is their
    anything left") or a subordinator that opens a clause ("lived their when")."""
    n1 = site.low(1)
    if n1 in _INDEFINITE_PRONOUNS or n1 in _SUBORDINATORS and site.word(-1) is not None:
        yield site.hit(THEIR_ID, "\u201ctheir\u201d is the possessive: \u201cthere\u201d?", "there")


def _their(site: Site) -> Iterator[Hit]:
    low = site.w.low
    yield from (_their_for_there if low == "their" else _there_for_their if low == "there" else
                _contraction_for_possessive)(site)


def _were_where(site: Site) -> Iterator[Hit]:
    if site.w.low == "were" and inverted_question_after_be(site):
        return  # "the question is were they told"
    if site.w.low == "were" and site.low(1) and (_were_after_be(site) or _were_after_place_noun(site)):
        yield site.hit(WERE_ID, "\u201cwere\u201d is the verb: for a place, write \u201cwhere\u201d.", "where")
    elif site.w.low == "were" and _were_for_we_are(site):
        yield site.hit(WERE_ID, "\u201cwere\u201d has no subject here: \u201cwe\u2019re\u201d (we are)?", "we're")
    elif site.w.low == "where" and site.low(1) and _where_for_were(site):
        yield site.hit(WERE_ID, "\u201cwhere\u201d is about place: the verb is \u201cwere\u201d.", "were")


# verbs that take a "to" infinitive and no adjective: "want too make" can only be "want to make"
_INFINITIVE_VERBS = frozenset(
    """want wants wanted wanting wish wishes wished hope hopes hoped hoping plan plans planned planning try tries
    tried trying seek seeks sought seeking aim aims aimed aiming intend intends intended intending fight fights
    fought fighting strive strives strove striving need needs needed needing decide decides decided deciding agree
    agrees agreed agreeing refuse refuses refused refusing promise promises promised promising vow vows vowed
    vowing pledge pledges pledged pledging attempt attempts attempted attempting fail fails failed failing manage
    manages managed managing continue continues continued continuing begin begins began beginning start starts
    started starting expect expects expected expecting threaten threatens threatened threatening
    prepare prepares prepared preparing offer offers offered offering choose chooses chose choosing
    work works worked working struggle struggles struggled struggling""".split())
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
                          "hundred thousand million billion".split())
_DEGREE_ADVERBS = frozenset("much far well long little".split())


def _plain_verb(site: Site, offset: int) -> bool:
    """The word there is a plain verb and nothing an adverb of degree could modify."""
    low = site.low(offset)
    return "v" in verb_tags(low) and "j" not in word_tags(low) and "r" not in word_tags(low) and (
        site.tag(offset) == "VB")


def _verb_after_adverb(site: Site) -> bool:
    """ "too boldly address the crisis": a verb (by the word lists, whatever the tagger made
    of it, but no adjective or adverb) right after "too" and an adverb in -ly."""
    low = site.low(2)
    tags = word_tags(low)
    if "v" not in verb_tags(low) or "j" in tags or "r" in tags:
        return False
    tag = site.tag(2)
    return tag in ("VB", "VBP") or tag == "NN" and site.tag(3) in ("DT", "PRP$", "JJ", "PRP")  # "too boldly address the"


def _too_for_to(site: Site) -> bool:
    n1 = site.low(1)
    if not n1 or site.w.cap:
        return False
    adverb = n1.endswith("ly") and "r" in word_tags(n1) and n1 not in ("early", "only", "likely", "daily")
    if adverb and _verb_after_adverb(site):
        return site.word(3) is not None and site.tag(3) in ("DT", "PRP$", "PRP", "NN", "NNS", "NNP", "JJ", "CD", "RP", "IN")
    number = site.at(1).kind == "number" or n1 in _NUMBER_WORDS
    if number and site.word(-1) is not None and site.tag(1) == "CD" and site.tag(-1) not in ("PRP", "NNP", "NNPS"):
        return site.low(2) not in ("many", "much", "few", "little")  # not "one too many"; "he too two years ago"
    if site.low(-1) in _INFINITIVE_VERBS and n1 not in _DEGREE_ADVERBS:
        k = 2 if n1 == "just" or adverb else 1
        return _plain_verb(site, k)
    return False


def _too(site: Site) -> Iterator[Hit]:
    if _too_for_to(site):
        yield site.hit(TOO_ID, "\u201ctoo\u201d means excessively or also: \u201cto\u201d?", "to")


EXTRA_FINDERS = {
    ITS_ID: (_contraction_for_possessive, frozenset({"it's"})),
    THEIR_ID: (_their, frozenset({"they're", "their", "there"})),
    YOUR_ID: (_contraction_for_possessive, frozenset({"you're"})),
    WERE_ID: (_were_where, frozenset({"were", "where"})),
    TOO_ID: (_too, frozenset({"too"})),
}
RULES = ()
FINDERS: dict = {}
