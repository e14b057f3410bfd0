"""Frames for the possessives and their sound-alikes (issue 12, s26), beside those of
``frames`` and ``pronouns``; each a whole class of contexts from the grammar of English:

- "its" before a predicate adjective that no noun follows, where only "it is" fits: before
  "that", "to", "than", a preposition or the clause's end ("its essential that", "its
  fitting that", "its more complicated than", "its proud of"): a possessive needs a noun;
- "their" joined by "and"/"or" to something other than another possessive ("the files were
  their and nobody read them"): two possessives may share a noun ("their and our
  children", "their and the council's staff"), a place word may not;
- "it's", "they're" or "you're" joined by "and"/"or" to a possessive ("blamed you're and
  the mayor's staff", "serves they're and our members"): the pair shares one noun, so both
  are possessives.
"""

from __future__ import annotations

from collections.abc import Iterator

from copylint.grammar.classes import POSSESSIVES, SUBJECT_PRONOUNS
from copylint.grammar.confusion.context import NOT_OBJECT_VERBS, PREDICATE_NOUNS, Site, ends_clause
from copylint.grammar.confusion.pronouns import ING_NOUNS, RANK_IDIOMS
from copylint.grammar.hit import Hit
from copylint.grammar.lexicon import is_adjective_only, verb_tags, word_tags
from copylint.grammar.tagging.tagger import sentence_bounds

ITS_ID = "grammar.confusables.its"
THEIR_ID = "grammar.confusables.their"
YOUR_ID = "grammar.confusables.your"
WHOSE_ID = "grammar.confusables.whose"

_DEGREE = frozenset("more less so too very really quite pretty most least".split())
# adjectives a possessive takes before its noun as a phrase of their own ("its own", "its
# best", "its first"), or that a noun may follow after a preposition
_POSSESSIVE_ADJECTIVES = frozenset("own only first last next latest former previous current new old other same whole "
                                   "entire main best worst top early late final very".split())
# words after a predicate adjective that no noun phrase of "its" can hold there
_AFTER_PREDICATE = frozenset("that to than of for about with at now then again anyway though enough indeed who what "
                             "whether how why when where if".split())
# words no possessive can stand before: another possessive or determiner ("its my honor", "its no
# secret", "its this week"), or "there" ("its there")
_NOT_AFTER_POSSESSIVE = frozenset("my our your their his no this these those there".split())
# what follows "it's all" as a clause ("it's all about jobs"), where "its all" (its everything,
# "gave its all") ends its phrase or takes a preposition
_ALL_CLAUSE = frozenset("about over right good gone done because thanks part so very true just".split())


def _its_before_predicate(site: Site) -> bool:
    """ "its essential that", "its more complicated than", "she thinks its funny.": "its"
    before an adjective (after a word of degree) that no noun follows."""
    k = 2 if site.low(1) in _DEGREE else 1
    adjective = site.low(k)
    if not adjective or adjective in _POSSESSIVE_ADJECTIVES or site.at(k).cap:
        return False
    tags = word_tags(adjective)
    if "j" not in tags:
        return False
    after = site.low(k + 1)
    if after in ("and", "or") and "j" in word_tags(site.low(k + 2)) and ends_clause(site, k + 2):
        after, k = "", k + 2  # two adjectives and the clause's end: "its more analytical and clinical?"
    if is_adjective_only(adjective):
        if not (after in _AFTER_PREDICATE or ends_clause(site, k)):
            return False
    elif after not in ("that", "than"):
        return False  # also a noun ("its essential", "its imperative"): only a clause after settles it
    if after == "to" and site.tag(k + 2) != "VB":
        return False  # "its close to", "its due to": prepositions after an adjective
    return site.tag(k) in ("JJ", "JJR", "VBN", "RB", "NN") and site.tag(k) != "JJS"


# nouns of an institution's or a work's life, as events ("since its founding", "after its launch")
_LIFE_EVENTS = frozenset("creation inception founding establishment formation enactment introduction passage launch "
                         "opening closure completion conclusion release debut arrival departure construction collapse "
                         "demise adoption approval ratification implementation expansion renovation restoration "
                         "reopening merger acquisition privatisation privatization dissolution abolition".split())
_TIME_SUBORDINATORS = frozenset("since after before until till upon".split())
_RANK_WORDS = frozenset("first second third last latest main chief sole former biggest largest closest newest "
                        "oldest".split())


def _contraction_before_event_or_rank(site: Site) -> bool:
    """ "since it's founding", "after they're merger": a subordinator of time, which takes
    either a clause or a noun phrase, before a noun of a life's events, which no clause opens
    with; "named as it's first chief justice", "as they're main rival": "as" and a
    ranking word before a singular count noun, which "it is" would need "the" before."""
    p1, n1 = site.low(-1), site.low(1)
    if p1 in _TIME_SUBORDINATORS:
        return n1 in _LIFE_EVENTS and site.word(1) is not None and not site.at(1).cap
    if p1 != "as" or n1 not in _RANK_WORDS:
        return False
    k = 3 if "j" in word_tags(site.low(2)) and "n" in word_tags(site.low(3)) else 2  # "first chief justice"
    head = site.low(k)
    tags = word_tags(head)
    if "n" not in tags or "N" in tags or is_adjective_only(head) or head in RANK_IDIOMS or site.at(k).cap:
        return False  # a singular count noun ("it is first minister" needs "the")
    return site.word(k + 1) is None or site.tag(k + 1) in ("IN", "CC", "TO") or site.tag(k + 1).startswith(("VB", "MD"))


_BE_FIRST = frozenset("is was are were am isn't wasn't aren't weren't".split())
_WH_WORDS = frozenset("what where when how why who which whose".split())


def _after_inverted_be(site: Site) -> bool:
    """ "Is you're business ready?", "Where is they're office?": a question's "is" before its
    subject; a clause ("you are ...") is no subject, so a possessive's noun phrase was meant.
    (After a subject, "is" may take a clause: "The truth is you're right.")"""
    prev = site.word(-1)
    if prev is None or prev.low not in _BE_FIRST:
        return False
    if not (prev.sentence_start or prev.clause_start or site.low(-2) in _WH_WORDS and (
            site.at(-2).sentence_start or site.at(-2).clause_start)):
        return False
    return site.noun_phrase_at(1)


def _shares_a_noun(site: Site) -> bool:
    """After "and"/"or" straight after the trigger, a possessive comes within three words ("and
    our", "and the council's", "or anyone else's")."""
    if site.low(1) not in ("and", "or"):
        return False
    for k in range(2, 5):
        w = site.word(k)
        if w is None:
            return False
        if w.low in POSSESSIVES or w.possessive:
            return True
    return False


# verbs of giving and sending, which take a person and then a thing ("send us your views") but
# never a clause after their person
_GIVING_VERBS = frozenset(
    """give gives gave given giving send sends sent sending hand hands handed handing lend lends lent lending
    email emails emailed emailing mail mails mailed mailing bring brings brought bringing pass passes passed
    passing offer offers offered offering forward forwards forwarded forwarding grant grants granted granting
    owe owes owed owing""".split())
_PERSONS = frozenset("me us them him her you".split())
# the possessive that matches each contraction's person
_SAME_PERSON = {"it's": "its", "it\u2019s": "its", "they're": "their", "they\u2019re": "their", "you're": "your",
                "you\u2019re": "your"}


def _after_giving_verb_and_person(site: Site) -> bool:
    """ "send us you're comments", "gave them they're share": a verb of giving, its person, then a
    noun phrase, the thing given; a clause ("you are ...") cannot stand there."""
    if site.low(-1) not in _PERSONS or site.low(-2) not in _GIVING_VERBS:
        return False
    n1 = site.low(1)
    if not set(word_tags(n1)) & {"n", "N", "j"} or n1.endswith("ing") or n1 in _DEGREE or n1 in ("not", "all", "here"):
        return False  # settled by the words
    return site.tag(-2).startswith("VB") and site.noun_phrase_at(1)


def _own_possessive_ahead(site: Site, same: str) -> bool:
    """What :func:`_joined_to_own_possessive`'s loop needs of the words alone (a speed path that
    spares its tags): "and"/"or" 2 to 4 words on, with no possessive before it, then ``same``."""
    for k in range(2, 5):
        low = site.low(k)
        if low in ("and", "or"):
            return site.low(k + 1) == same
        if not low or low in POSSESSIVES:
            return False
    return False


def _joined_to_own_possessive(site: Site) -> bool:
    """ "hear you're vision and your needs", "the museum tells it's history and its future": the
    contraction and a noun, then "and"/"or" and the possessive of the same person: the two
    phrases are a pair of possessions, and the first is the possessive too."""
    same = _SAME_PERSON.get(site.w.low)
    if same is None or site.low(1) in PREDICATE_NOUNS:
        return False  # ("it's time and its cost that count": "it is time" is a whole clause)
    if not _own_possessive_ahead(site, same):
        return False  # settled by the words, before any tag
    if site.word(-1) is None or not site.tag(-1).startswith(("VB", "IN", "TO")):
        return False  # the contraction opens its clause: "They're friends and their parents know it"
    for k in range(2, 5):
        low = site.low(k)
        if low in ("and", "or"):
            if any(site.tag(j) in ("VBZ", "VBP", "VBD", "MD") for j in range(k + 2, k + 6)):
                return False  # a clause of its own follows: "... and their kids play together"
            return site.low(k + 1) == same and site.word(k + 1) is not None and site.np_tag(k - 1).startswith("NN") and (
                site.noun_phrase_at(1))
        if not low or low in POSSESSIVES:
            return False
    return False


# prepositions that are never subordinators, so no clause ("it is ...") can follow them
_PURE_PREPOSITIONS = frozenset("of for with from in on at by about into onto through over under against without among "
                               "between during despite within across behind toward towards upon via amid "
                               "regarding concerning including throughout beside".split())
_PARTICLES = frozenset("out back up down off away over".split())


def _after_preposition_or_particle(site: Site) -> bool:
    """ "for they're Summer Reading Program", "took out they're phones", "pay back it's loans":
    a preposition that is never a subordinator, or a verb's particle, before the contraction,
    which then opens the preposition's or the verb's object, a noun phrase; a name's capital
    opens one as surely as a noun ("for it's Clean Water Fund")."""
    p1, n1 = site.low(-1), site.low(1)
    nxt = site.word(1)
    if nxt is None or n1 in ("not", "all", "just", "also", "still", "only", "been", "being", "going", "got"):
        return False
    if p1 in _PARTICLES:
        if not site.tag(-2).startswith("VB") or site.tag(-1) not in ("RP", "RB", "IN"):
            return False
    elif p1 not in _PURE_PREPOSITIONS or site.word(-1) is None:
        return False
    if nxt.cap and not nxt.sentence_start:
        return site.tag(1) in ("NNP", "NNPS", "NN", "JJ")  # a name's words
    if p1 in _PURE_PREPOSITIONS and n1 in PREDICATE_NOUNS and (site.word(2) is None or site.low(2) in _PURE_PREPOSITIONS):
        return True  # "in you're home.": a noun the tagger reads as an adverb after the contraction
    return site.noun_phrase_at(1)


_SMALL_TITLE_WORDS = frozenset("a an the and or but nor for of to in on at by as with from into over per vs".split())


def _title_case(site: Site) -> bool:
    """The trigger's sentence is a headline in title case: every word of four letters or more
    capitalized, at least three of them."""
    words = site.words
    lo, hi = sentence_bounds(words, site.i)
    long = [w for w in words[lo:hi] if len(w.text) >= 4 and w.text[:1].isalpha()]
    return len(long) >= 3 and all(w.text[:1].isupper() for w in long)


def _possessive_in_a_headline(site: Site) -> bool:
    """ "Agency Must Disclose It's Plans to Act", "End They're War on Coal": in a headline in title
    case, where capitals hide the nouns from the tagger, the contraction after a verb that takes
    an object or a preposition, before a noun (by the word lists) that is no predicate noun
    ("It's Time") and that no other noun follows ("It's Budget Season"): the possessive."""
    w, p1, n1 = site.w, site.low(-1), site.low(1)
    if w.sentence_start or not w.cap or site.word(1) is None or site.word(-1) is None:
        return False
    tags = word_tags(n1)
    if "n" not in tags and "N" not in tags or "j" in tags or n1 in PREDICATE_NOUNS or n1 in _POSSESSIVE_ADJECTIVES:
        return False
    verb = verb_tags(p1)
    if not (p1 in _PURE_PREPOSITIONS or verb and p1 not in NOT_OBJECT_VERBS and p1 not in _BE_FIRST and (
            not word_tags(p1) or "v" in verb)):
        return False
    n2 = site.low(2)
    if n2 and (set(word_tags(n2)) & {"n", "N"}) and n2 not in _SMALL_TITLE_WORDS and not verb_tags(n2):
        return False
    return _title_case(site)


def _compared_noun_phrase(site: Site) -> bool:
    """ "rates greater than they're younger peers", "the same rights as they're married
    neighbours": after a comparison's "than" (or "as" after "same"), an adjective and a plural
    noun that ends the phrase; what is compared is a noun phrase, and "they are younger peers"
    compares nothing."""
    p1 = site.low(-1)
    if p1 != "than" and not (p1 == "as" and any(site.words[j].low == "same" for j in range(max(0, site.i - 8), site.i))):
        return False
    if "j" not in word_tags(site.low(1)) or "N" not in word_tags(site.low(2)) and not site.low(2).endswith("s"):
        return False  # settled by the words
    return site.tag(1) in ("JJ", "JJR", "VBN") and site.tag(2) == "NNS" and (
        site.word(3) is None or site.tag(3) in ("IN", "CC", "TO"))


_CLAUSE_OPENERS = frozenset("once when whenever if because since after before until unless while whether as so that "
                             "and but though although".split())
_PREDICATE_ENDS = frozenset("if to for in on at by with about from up out off and or but because when as that".split())


def _possessive_before_a_predicate(site: Site) -> bool:
    """ "your eligible if you live here", "once their signed up": "your"/"their" before a word
    that is only an adjective or only a participle (no noun reading, no plain verb), which
    then ends its phrase or takes a preposition or "if": a possessive needs a noun, the
    contraction ("you're", "they're") takes a predicate."""
    n1 = site.low(1)
    tags = verb_tags(n1)
    participle = "p" in tags and "v" not in tags and not word_tags(n1).replace("j", "") and n1.endswith(("ed", "en"))
    if not (participle or is_adjective_only(n1)) or n1 in _POSSESSIVE_ADJECTIVES:
        return False  # settled by the words
    if not (site.w.sentence_start or site.w.clause_start or site.low(-1) in _CLAUSE_OPENERS):
        return False  # after a verb or preposition an adjective may stand for people: "cared for their wounded"
    if site.word(2) is None:
        return False  # "Their unemployed." (the unemployed among them)
    if site.word(2) is not None and site.low(2) not in _PREDICATE_ENDS:
        return False
    return site.tag(1) in ("JJ", "VBN", "VBD") and site.tag(2) not in ("NN", "NNS", "NNP")


# words that only a whole clause (a subject and its finite verb) may follow: subordinators that
# take no noun phrase ("after", "since", "before", "until" and "as" do: "after their meeting"),
# the complementiser "that", and "think", which takes a clause and no verb in -ing as its object
_CLAUSE_ONLY = frozenset("when whenever if unless because although though whereas whether while that think thinks "
                         "thought".split())
# the finite verbs and auxiliaries by the word lists (the tagger may read a verb after a
# possessive as a noun, never an auxiliary)
_FINITE = frozenset("is are was were am has have had do does did can could will would shall should may might must "
                    "'s 're 've 'll 'd".split())
# words that open a main clause after the subordinate clause's comma ("When their leaving, we ...")
_CLAUSE_OPENING = SUBJECT_PRONOUNS | frozenset("the a an this these those there his her their our my your its".split())


def _possessive_as_subject_before_ing(site: Site) -> bool:
    """ "when their investing in", "do you think their kidding?", "if your waiting for":
    after a word that only a clause may follow, the possessive stands where that clause's
    subject stands, a verb in -ing follows, and no finite verb comes in the rest of the clause:
    the clause has its verb only if the possessive is "they are", "you are", "it is". (The
    -ing word, not a noun of the word lists, is a verb; a noun in -ing heading the subject
    would need a finite verb after it: "when their funding runs out".)"""
    n1 = site.low(1)
    if site.low(-1) not in _CLAUSE_ONLY or not n1.endswith("ing") or "g" not in verb_tags(n1) or n1 in ING_NOUNS:
        return False
    if site.low(-1) in ("that", "think", "thinks", "thought") and site.tag(-1) not in ("IN", "VBP", "VB", "VBZ", "VBD"):
        return False  # ("that" as a pronoun, "thought" as a noun)
    last = None
    for k in range(2, 16):
        w = site.word(k)
        if w is None:
            break
        if w.low in _FINITE or w.low.endswith(("n't", "n\u2019t")) or site.tag(k) in ("VBD", "VBZ", "VBP", "MD"):
            return False
        last = w
    else:
        return False  # a long clause: its verb may lie further on
    j = (last.index if last is not None else site.at(1).index) + 1
    if j >= len(site.words):
        return True
    mark = site.words[j].gap.strip()[:1]
    if mark in (".", "?", "!", ";", ":"):
        return True
    return mark == "," and site.words[j].low in _CLAUSE_OPENING and "," not in site.w.gap


def _its_before_no_noun(site: Site) -> bool:
    """ "its my honor", "its no secret", "its there", "its one of the best", "its all about
    jobs": after "its" a word that no possessive stands before, so "it is" was meant."""
    n1, n2 = site.low(1), site.low(2)
    if n1 in _NOT_AFTER_POSSESSIVE:
        return n1 != "his" or not site.at(1).cap  # (not a name: "its His Majesty's ...")
    return n1 == "one" and n2 == "of" and site.low(3) != "a" or n1 == "all" and n2 in _ALL_CLAUSE  # (not "its one of a kind ...")


def _its(site: Site) -> Iterator[Hit]:
    low = site.w.low
    if low == "its" and site.low(1) and (_its_before_predicate(site) or _its_before_no_noun(site)
                                         or _possessive_as_subject_before_ing(site)):
        yield site.hit(ITS_ID, "\u201cits\u201d is the possessive: \u201cit\u2019s\u201d (it is)?", "it's")
    elif low == "it's" and (_shares_a_noun(site) or _contraction_before_event_or_rank(site) or _after_inverted_be(site)
                            or _after_giving_verb_and_person(site) or _joined_to_own_possessive(site)
                            or _after_preposition_or_particle(site) or _possessive_in_a_headline(site)):
        yield site.hit(ITS_ID, "\u201cit\u2019s\u201d is a contraction: the possessive is \u201cits\u201d.", "its")


def _their(site: Site) -> Iterator[Hit]:
    low = site.w.low
    if low == "their" and site.low(1) and (_possessive_before_a_predicate(site) or _possessive_as_subject_before_ing(site)):
        yield site.hit(THEIR_ID, "\u201ctheir\u201d is the possessive: \u201cthey\u2019re\u201d (they are)?", "they're")
        return
    if low == "their" and site.low(1) in ("and", "or") and site.word(-1) is not None and not _shares_a_noun(site):
        if site.low(2) and site.tag(-1).startswith("VB"):
            yield site.hit(THEIR_ID, "\u201ctheir\u201d is the possessive: \u201cthere\u201d?", "there")
    elif low == "they're" and (_shares_a_noun(site) or _contraction_before_event_or_rank(site) or (
            _after_inverted_be(site)) or _after_giving_verb_and_person(site) or _joined_to_own_possessive(site)
                            or _after_preposition_or_particle(site) or _possessive_in_a_headline(site)
                            or _compared_noun_phrase(site)):
        yield site.hit(THEIR_ID, "\u201cthey\u2019re\u201d is a contraction: the possessive is \u201ctheir\u201d.", "their")


def _your(site: Site) -> Iterator[Hit]:
    if site.w.low == "your":
        if site.low(1) and (_possessive_before_a_predicate(site) or _possessive_as_subject_before_ing(site)):
            yield site.hit(YOUR_ID, "\u201cyour\u201d is the possessive: \u201cyou\u2019re\u201d (you are)?", "you're")
        return
    if _shares_a_noun(site) or site.low(-1) in _TIME_SUBORDINATORS and _contraction_before_event_or_rank(site) or (
            _after_inverted_be(site)) or _after_giving_verb_and_person(site) or _joined_to_own_possessive(site) or (
            _after_preposition_or_particle(site)) or _possessive_in_a_headline(site):
        yield site.hit(YOUR_ID, "\u201cyou\u2019re\u201d is a contraction: the possessive is \u201cyour\u201d.", "your")


def _whose(site: Site) -> Iterator[Hit]:
    """ "people who's lives changed", "pupils who's parents work": "who's" before a plural noun
    (by the word lists, whatever the tagger made of a verb-like "lives"), then the finite verb
    of the relative clause: "who is/has lives" makes no clause, the possessive "whose" was
    meant."""
    n1 = site.low(1)
    nxt = site.word(1)
    if nxt is None or site.word(-1) is None:
        return
    plural = "N" in word_tags(n1) or n1.endswith("s") and "n" in word_tags(n1[:-1])
    if not plural or nxt.cap or n1 in ("been", "being", "going", "got", "gotten"):
        return
    tag2 = site.tag(2)
    if (tag2 in ("VBD", "VBZ", "VBP", "MD") or tag2 == "VBN" and "d" in verb_tags(site.low(2))) and (
            site.low(2) not in ("'s",)):
        yield site.hit(WHOSE_ID, "\u201cwho\u2019s\u201d means \u201cwho is\u201d: the possessive is \u201cwhose\u201d.",
                       "whose")


EXTRA_FINDERS = {
    WHOSE_ID: (_whose, frozenset({"who's", "who\u2019s"})),
    ITS_ID: (_its, frozenset({"its", "it's"})),
    THEIR_ID: (_their, frozenset({"their", "they're"})),
    YOUR_ID: (_your, frozenset({"you're", "your"})),
}
RULES = ()
FINDERS: dict = {}
