"""Pronoun-and-contraction pairs decided by the tags around them: more contexts for
its/it's, their/there/they're, whose/who's and were/where/we're (rules declared in
``copylint.grammar.confusables``), and the your/you're rule."""

from __future__ import annotations

from collections.abc import Iterator

from copylint.grammar.classes import (
    AUXILIARIES,
    COLLECTIVE_NOUNS,
    CONJUNCTIONS,
    DETERMINERS,
    OBJECT_PRONOUNS,
    POSSESSIVES,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
)
from copylint.grammar.confusion.context import (
    DEGREE_ADVERBS,
    NOT_OBJECT_VERBS,
    PREDICATE_NOUNS,
    Site,
    ends_clause,
    fixed_tag,
    participle_relative,
    s_verb_clause,
    zero_relative,
)
from copylint.grammar.confusion.rules import rule
from copylint.grammar.hit import Hit
from copylint.grammar.lexicon import MODALS, verb_tags, word_tags

ITS_ID = "grammar.confusables.its"
THEIR_ID = "grammar.confusables.their"
WHOSE_ID = "grammar.confusables.whose"
WERE_ID = "grammar.confusables.were"

ING_NOUNS = frozenset(
    "meeting building funding spending training housing hearing ruling wedding being feeling earnings savings "
    "opening beginning ending offering painting setting finding warning morning evening reading recording "
    "shooting bombing killing timing thinking understanding well-being wellbeing".split()
)
_POSSESSIVE_ADVERBS = frozenset("very only most least more less much so own first last".split())
_POSSESSIVE_ADJECTIVES = frozenset("own first last next latest former previous current only new old other same whole "
                                   "entire various main best worst biggest largest top early late final".split())
# words after "its" that only "it is" explains: "its like", "its what", "its actually"
_CLAUSE_WORDS = frozenset("like what almost nothing about because as just still also actually really always never "
                          "here now hard easy true clear".split())
_TIME_NOUNS = frozenset(
    "today tonight yesterday tomorrow now year years week weeks month months day days night nights time times "
    "morning afternoon evening weekend summer winter spring autumn season decade century hours minutes "
    "anything something nothing anyone someone everyone nobody everything enough".split()
)
_BE_INVERTED = frozenset("is was are were be been am 's isn't wasn't aren't weren't".split())


def _verb_ing(site: Site, offset: int) -> bool:
    """The word there is a verb in -ing used as a verb ("going to", "planning to do", "seeking
    the"), not a noun in -ing ("their meeting", "its funding")."""
    low = site.low(offset)
    if not low.endswith("ing") or low in ING_NOUNS or "g" not in verb_tags(low):
        return False
    nxt = site.low(offset + 1)
    if nxt == "to":
        return site.tag(offset + 2) == "VB" or site.low(offset + 2) in ("be", "have")
    if "n" in word_tags(low):
        return False  # "their painting the", "its building the": could be the noun
    return site.tag(offset + 1) in ("DT", "PRP$", "PRP") and nxt not in ("that", "this", "these", "those")


# words that rank a thing among others of its kind ("it's first album", "it's biggest rival"): after "it's"
# they want the possessive; "new" is no rank ("it's new territory for us" is "it is"): it counts
# only where a verb follows its noun, which is then a subject ("it's new album sold well")
_RANKING = frozenset("first second third fourth fifth last next main primary principal chief sole former latest "
                     "biggest largest best worst own only new".split())
# ranking word + noun predicates that take no article ("it's first choice", "it's second nature")
RANK_IDIOMS = frozenset("choice place class priority nature hand rate time prize pick option stop".split())
_MASS_NOUNS = PREDICATE_NOUNS | frozenset(
    "nonsense progress chaos magic madness rubbish trouble politics science art music football freedom justice "
    "democracy peace fine okay over true possible crunch bedlam carnage heaven hell sport work business "
    "fact".split())
_FUNCTION_WORDS = frozenset(
    "a an the not been being going also just very really so too still only now here there this that all quite "
    "to of in on at for with by from as and or but if when is was are were be".split()
)


_ROLES = frozenset("president chairman chair leader head mayor governor director chief member minister manager "
                   "captain coach editor boss owner founder ceo secretary treasurer friends who responsible "
                   "there here".split())
_PREDICATE_PLURALS = PREDICATE_NOUNS | frozenset(
    "friends family enemies citizens members adults parents kids children heroes people fans experts "
    "professionals partners colleagues neighbours neighbors guests students".split())


def _noun_only(site: Site, offset: int) -> bool:
    """By the word lists, the word there is a noun and nothing else ("thoughts", "journey"),
    lowercase, and no noun that often follows "you're"/"they're" as a predicate."""
    w = site.word(offset)
    if w is None or w.cap or w.low in _PREDICATE_PLURALS:
        return False
    tags = set(word_tags(w.low))
    return bool(tags & {"n", "N"}) and not tags & {"j", "r"} and not verb_tags(w.low)


def _maybe_noun_phrase(site: Site) -> bool:
    """By the word lists alone, a noun phrase may start after the trigger (worth tagging)."""
    n1 = site.low(1)
    if not n1 or n1 in _FUNCTION_WORDS:
        return False
    tags = set(word_tags(n1))
    if tags & {"n", "N"} or not tags and not verb_tags(n1):
        return True
    n2 = site.low(2)
    if n1.endswith("ing") and "n" in word_tags(n2) and not n2.endswith("s") and n2 not in _FUNCTION_WORDS:
        return True  # a verb in -ing before a singular noun: "you're sweeping mandate locks" (see possessive_meant)
    k = 1
    if (n1 in DEGREE_ADVERBS or n1.endswith("ly")) and ("j" in word_tags(site.low(2)) or "p" in verb_tags(site.low(2))):
        k, tags = 2, set(word_tags(site.low(2))) | {"j"}  # "their most recent report", "its newly built stadium"
    ranking = n1 in _RANKING or site.at(1).kind == "number"
    if not ("j" in tags or ranking):
        return False
    if site.low(k + 1) in ("and", "or") and "j" in word_tags(site.low(k + 2)):
        k += 2  # "their swift and costly response"
    nxt = site.low(k + 1)
    # a noun, or a word the lists do not know that is no verb and no function word ("their
    # respective launchpads"; the lists hold no function words: "important that" is no noun phrase)
    return bool(set(word_tags(nxt)) & {"n", "N"}) or bool(nxt) and not word_tags(nxt) and not verb_tags(nxt) and (
        nxt not in _CLOSED_WORDS)


_CLOSED_WORDS = DETERMINERS | POSSESSIVES | SUBJECT_PRONOUNS | OBJECT_PRONOUNS | PREPOSITIONS | CONJUNCTIONS | (
    AUXILIARIES) | _FUNCTION_WORDS | frozenset("what whose whether how why there here it's they're you're".split())


def _maybe_not_noun(site: Site, n1: str) -> bool:
    """By the word lists alone, the word after a possessive may not start a noun phrase:
    a verb in -ing or -ed, an adverb, an article, a clause word, or an adjective that ends
    the clause."""
    if n1 in _CLAUSE_WORDS or n1.endswith(("ing", "ed", "ly")) or n1 in ("a", "an", "the", "him", "her", "them", "to") or (
            n1 in ("this", "that", "these", "those")):
        return True
    if "p" in verb_tags(n1) and not word_tags(n1):
        return True
    return "j" in word_tags(n1) and (site.word(2) is None or site.low(2) in ("to", "that", "for", "because", "when", "if"))


_BE_BEFORE = frozenset("is was are were what's that's where's how's who's".split())
_CONTRACTION_ADVERBS = frozenset("not also just actually already still now really currently always never being "
                                 "finally obviously clearly simply".split())
_CLAUSE_OPENERS = frozenset("if because although though unless whether since until while once when so now that "
                            "think thinks thought know knew said says and but".split())


_NP_FIRST_TAGS = frozenset("NN NNS NNP JJ JJS JJR CD VBN VBG RBS HYPH".split())


def _may_open_noun_phrase(site: Site, n1: str) -> bool:
    """False only when the word after the trigger has a fixed tag (see ``fixed_tag``) that
    ``Site.np_tag`` cannot read as a noun phrase's first word: settled without tagging."""
    fixed = fixed_tag(n1)
    if fixed is None or fixed in _NP_FIRST_TAGS:
        return True
    if fixed in ("RB", "RBR") and (n1.endswith("ly") or n1 in DEGREE_ADVERBS) and (
            "j" in word_tags(site.low(2)) or "p" in verb_tags(site.low(2))):
        return True  # an adverb of degree opening a noun phrase: "their already tenuous finances"
    if fixed in ("VBZ", "VBP", "VB", "RB", "VBD"):
        return bool(set(word_tags(n1)) & {"n", "N", "j"})  # np_tag may read it as a noun or ranking adjective
    return False


def possessive_meant(site: Site) -> bool:
    """ "it's", "they're", "you're" where the possessive belongs: after a form of "be" ("what
    is you're purpose"), or before a noun phrase without a determiner that a finite verb
    follows ("you're budget request reflects", "it's future looks")."""
    first = site.np_tag(1)
    if first not in ("NN", "NNS", "NNP", "JJ", "JJS", "JJR", "CD", "VBN", "VBG", "RBS"):
        return False
    if {site.low(1), site.low(2)} & (_MASS_NOUNS | _TIME_NOUNS):
        return False  # "it's high time the council acted", "it's good news voters ..."
    if site.low(-1) in _BE_BEFORE and site.word(-1) is not None:
        # not after a noun that "is" joins to a clause: "The truth is you're right", "the problem is they're late"
        return site.low(-2) not in _CLAUSE_NOUNS
    if first == "VBG" and not set(word_tags(site.low(1))) & {"n", "N", "j"}:
        # a verb in -ing: "they're doing work people value" is a clause of its own; only a verb
        # in -s the tagger read as a noun, with its object, makes the phrase a subject
        return _np_then_verb_read_as_plural(site)
    return site.np_then_finite_verb(1) or _np_then_verb_read_as_plural(site)


def _np_then_verb_read_as_plural(site: Site) -> bool:
    """ "you're sweeping mandate locks them out": a singular noun phrase, then a verb in -s
    the tagger read as a plural noun ("locks"), then its object (a pronoun, a determiner):
    the phrase is the verb's subject, so the trigger is its possessive."""
    noun = False
    for k in range(1, 6):
        tag = site.tag(k)
        if tag == "NN":
            noun = True
        elif tag in ("NNS", "VBZ") and noun:  # (read as a plural noun, or, by the s28 model, as the verb it is)
            return "z" in verb_tags(site.low(k)) and site.tag(k + 1) in ("PRP", "DT", "PRP$") and (
                site.low(k + 1) not in ("that", "this", "these", "those"))
        elif tag not in ("JJ", "VBG", "VBN", "CD") or noun:
            return False
    return False


# nouns that a form of "be" joins to a whole clause ("the truth is you're right", "my guess is they're late")
_CLAUSE_NOUNS = frozenset(
    """truth fact problem problems point thing reality answer worry trouble hope reason risk danger catch idea result
    upshot concern question issue news suggestion claim assumption fear belief view argument message lesson rule
    chance odds guess bet feeling sense understanding impression plan goal hope trick difference irony
    consensus verdict conclusion""".split())


def contraction_meant(site: Site) -> bool:
    """ "their", "your", "its" where "they're", "you're", "it's" belongs: before "not" or a
    clause adverb and a verb or adjective ("their not able"), before a preposition and its
    object ("your at the table"), or before a verb in -ing where a clause starts ("so their
    using different tricks")."""
    n1 = site.low(1)
    if not n1:
        return False
    if n1 in _CONTRACTION_ADVERBS:
        tag2 = site.tag(2)
        if tag2 in ("VBG", "JJ", "VBN", "IN", "RB", "DT", "TO") or n1 == "not":
            return not (tag2 in ("JJ", "VBN", "VBG") and site.tag(3) in ("NN", "NNS", "JJ"))  # "their already tenuous ..."
        return False
    if n1 in _CONTRACTION_PREPOSITIONS:
        tag2 = site.tag(2)
        return site.tag(1) == "IN" and (tag2 in ("DT", "PRP$", "PRP", "CD", "NNP") or tag2 == "NN" and site.tag(3) not in (
            "NN", "NNS"))  # "your at home", not "your in house lawyer"
    p1 = site.low(-1)
    opener = p1 in _CLAUSE_OPENERS or site.w.clause_start
    return opener and n1.endswith("ing") and n1 not in ING_NOUNS and not set(word_tags(n1)) & {"n", "N"} and (
        site.tag(1) == "VBG" and site.tag(2) not in ("NN", "NNS", "VBZ", "VBD", "MD"))


_CONTRACTION_PREPOSITIONS = frozenset("in at on from with under behind into among".split())


def _your_cannot_fire(n1: str) -> bool:
    """The pre-check of :func:`_your` at a "your" whose next word ``n1`` (its ``low``) no word
    list settles: True where the tests that need its tag cannot pass, decided by the words:
    ``n1`` is a noun by the word lists (so the adjective test fails) ending neither in -ing
    nor -ed (so the verb tests fail), and :func:`contraction_meant` is False (no clause
    adverb or preposition, and no verb in -ing). tests/test_confusion_prechecks.py runs the
    finder with it and with ``lambda n1: False`` in its place and gets the same hits."""
    return "n" in word_tags(n1) and not n1.endswith(("ing", "ed")) and n1 not in _CONTRACTION_ADVERBS and (
        n1 not in _CONTRACTION_PREPOSITIONS)


def _its_clause(site: Site, n1: str) -> bool:
    """Word-list contexts after "its" that only "it is/has" explains."""
    n2 = site.low(2)
    if n1 in ("very", "so", "really", "quite", "pretty") and "j" in word_tags(n2) and not site.tag(3).startswith("NN"):
        return True  # "its very beautiful", not "its very existence"
    if n1 in _ITS_DEGREE and site.word(3) is not None and site.tag(1) in ("RB", "RBR", "JJR") and (
            site.tag(2) in ("JJ", "JJR", "VBN") and (site.low(3) in ("than", "to") or site.tag(3) == "RB")):
        return True  # "its more subdued than", "its far easier to", not "its more recent report"
    if n1 in ("sort", "kind") and n2 == "of" and site.tag(3) in ("IN", "JJ", "RB", "DT", "VB"):
        return True
    if n1 in ("anything", "everything", "something", "why", "how", "where", "who"):
        return True
    if n1 == "time" and (site.word(2) is None or site.tag(2) in ("PRP", "DT")) or n1 in ("high", "past", "about") and (
            n2 == "time" or site.low(3) == "time"):
        return True
    if n1 == "long" and n2 == "past":
        return True
    return False


# adverbs of degree that "its" never takes before an adjective with no noun after it ("its
# more subdued than", "its far easier to")
_ITS_DEGREE = frozenset("more less far much even rather fairly extremely incredibly truly".split())


def _its_extra(site: Site) -> Iterator[Hit]:
    low = site.w.low
    n1 = site.low(1)
    if low == "its" and site.word(1) is None and site.i + 1 < len(site.words) and (
            site.words[site.i + 1].gap.lstrip()[:1] in ("\u2026", ".") and site.words[site.i + 1].gap.strip() != "."):
        yield site.hit(ITS_ID, "\u201cits\u201d is the possessive: \u201cit\u2019s\u201d (it is/has)?", "it's")
        return  # "I think its..."
    if not n1 or site.w.cap and site.at(1).cap:
        return  # a headline in title case: "Back to Its Old Home"
    if low == "its" and (_its_clause(site, n1) or contraction_meant(site)):
        apostrophe = "\u2019" if any("\u2019" in w.text for w in site.words) else "'"
        yield site.hit(ITS_ID, "\u201cits\u201d is the possessive: \u201cit\u2019s\u201d (it is/has)?", f"it{apostrophe}s")
        return
    if low == "its":
        if n1 in _POSSESSIVE_ADVERBS or n1 in ("a", "an", "the", "not", "been", "being", "going", "gonna", "got"):
            return  # the older rule decides these
        if not _maybe_not_noun(site, n1):
            return
        fixed = fixed_tag(n1)
        if fixed is not None and fixed not in ("VBN", "VBD", "RB", "JJ", "DT", "PRP") and n1 not in _CLAUSE_WORDS and (
                n1 != "to" and not n1.endswith("ing")):
            return  # every test below needs one of those tags, "to", a clause word or a verb in -ing
        tag = site.tag(1)
        verbal = _verb_ing(site, 1) or tag in ("VBN", "VBD") and (n1.endswith("ed") and tag == "VBN" or not word_tags(n1)) and (
            site.low(2) in ("to", "by", "")) or n1 == "to" and site.tag(2) == "VB"  # "its gone", "its to help"
        adverb = tag == "RB" and n1.endswith("ly") and site.tag(2) in ("JJ", "VBN", "VBG", "DT", "IN")
        if tag == "JJ" and n1 not in _POSSESSIVE_ADJECTIVES and site.low(2) == "to" and site.tag(3) == "VB":
            tag = "JJ-to"  # "its good to be"
        predicate = tag == "JJ-to" or tag == "JJ" and n1 not in _POSSESSIVE_ADJECTIVES and not set(word_tags(n1)) & {"n", "N"} and (
            site.word(2) is None or site.low(2) in ("to", "that", "for", "because", "when", "if"))
        if n1 in _CLAUSE_WORDS and not (n1 == "almost" and site.tag(2) == "CD"):
            predicate = True
        if tag in ("VBN", "VBD") and "p" in verb_tags(n1) and site.tag(2) in ("IN", "RP", "TO") and site.low(2) != "of":
            predicate = True
        determiner = tag in ("DT", "PRP") and n1 not in ("this", "that", "all", "each") and not site.tag(2).startswith("NN") or (
            n1 in ("this", "that", "these", "those") and tag == "DT" and site.tag(2) in ("JJ", "NN", "NNS", "CD"))
        # a possessive takes no demonstrative after it: "its this quiet town" is "it's this quiet town"
        if verbal or adverb or predicate or determiner:
            apostrophe = "\u2019" if "\u2019" in site.w.text or any("\u2019" in w.text for w in site.words) else "'"
            yield site.hit(ITS_ID, "\u201cits\u201d is the possessive: \u201cit\u2019s\u201d (it is/has)?",
                           f"it{apostrophe}s")
    elif low == "it's":
        if n1 == "own" or n1 in PREDICATE_NOUNS or n1 in _TIME_NOUNS or not _maybe_noun_phrase(site):
            return
        if not _may_open_noun_phrase(site, n1):
            return  # every test below needs a noun phrase's first word there
        k = 2 if site.tag(1) in ("JJ", "JJS", "CD") else 1
        tag = site.tag(k)
        noun = site.word(k)
        subject_np = tag in ("NN", "NNS") and site.tag(k + 1) in ("VBZ", "VBD", "MD") and site.low(k) not in PREDICATE_NOUNS
        ranked = k == 2 and (n1 in _RANKING and (n1 != "new" or site.tag(3).startswith(("VB", "MD"))) or site.tag(1) == "JJS" or site.at(1).kind == "number") and tag in ("NN", "NNS") and not (
            site.low(2) in RANK_IDIOMS and not site.tag(3).startswith(("VB", "MD")))  # "it's second nature"
        after = site.low(k + 1)
        plural = k == 1 and tag == "NNS" and noun is not None and noun.word and after not in ("like", "with", "who", "that", "which") and (
            site.word(k + 1) is None or site.tag(k + 1) == "IN")
        bare = (k == 1 and tag == "NN" and noun is not None and noun.word and not noun.cap and n1 not in _MASS_NOUNS
                and (site.word(2) is None or after in ("in", "of", "on", "at", "from", "since")))
        if site.possessive_slot() or subject_np or ranked or plural or bare or possessive_meant(site):
            yield site.hit(ITS_ID, "\u201cit\u2019s\u201d means \u201cit is\u201d: the possessive is \u201cits\u201d.", "its")


# verbs that the dummy subject "there" takes besides "be" ("there remain questions", "there
# seem to be delays"), in their plain present forms (the forms in -s are settled by the word lists)
_EXISTENTIAL_VERBS = frozenset("remain exist continue appear seem arise emerge follow come stand lie "
                               "occur".split())


def _their_extra(site: Site) -> Iterator[Hit]:
    low = site.w.low
    n1 = site.low(1)
    if low == "their" and site.word(1) is None and (site.i + 1 >= len(site.words) or site.words[site.i + 1].gap.strip()):
        if site.i + 1 < len(site.words) and site.words[site.i + 1].gap.strip()[:1] not in tuple(",.;:!?"):
            return  # a quote, bracket or dash follows: "their "number one" helmet", "[their]"
        if "[" in site.w.gap:
            return
        yield site.hit(THEIR_ID, "\u201ctheir\u201d is the possessive: \u201cthere\u201d?", "there")
        return
    if not n1:
        return
    if low == "their" and (n1 == "to" or "z" in verb_tags(n1) and not word_tags(n1) or (
            n1 in _EXISTENTIAL_VERBS and site.tag(1) in ("VBP", "VB") and site.low(2) not in ("of", "'s"))):
        yield site.hit(THEIR_ID, "\u201ctheir\u201d is the possessive: \u201cthere\u201d?", "there")
        return
    if low == "their":
        if n1 in ("is", "are", "was", "were"):
            return  # the older rule decides these
        if n1 in ("a", "an", "the", "any", "no", "some", "this", "these", "those") or (
                n1 in PREPOSITIONS and n1 not in ("like", "over", "off", "to")):
            yield site.hit(THEIR_ID, "\u201ctheir\u201d is the possessive: \u201cthere\u201d?", "there")
            return
        if n1 in ("shouldn't", "won't", "wouldn't", "can't", "couldn't", "mustn't", "isn't", "wasn't", "aren't", "weren't"):
            yield site.hit(THEIR_ID, "\u201ctheir\u201d is the possessive: \u201cthere\u201d?", "there")
            return
        if n1 in MODALS and (site.low(2) in ("be", "have", "not") or site.tag(2) == "VB") or (
                n1 in ("has", "have", "had") and site.low(2) == "been"):
            yield site.hit(THEIR_ID, "\u201ctheir\u201d is the possessive: \u201cthere\u201d?", "there")
        elif _verb_ing(site, 1) or contraction_meant(site):
            yield site.hit(THEIR_ID, "\u201ctheir\u201d is the possessive: \u201cthey\u2019re\u201d (they are)?", "they're")
    elif low == "there":
        p1 = site.low(-1)
        if n1 == "own" or p1 in _BE_INVERTED or n1 in _TIME_NOUNS:
            return
        if not n1.endswith("ing") and not _maybe_noun_phrase(site):
            return
        ing_clause = n1.endswith("ing") and n1 not in ("being",) and (site.w.clause_start or p1 in (
            "said", "and", "but", "because", "that", "if", "when")) and site.low(2) in ("to", "on", "back", "home")
        if (site.at(1).cap or p1 in THERE_STAYS) and not ing_clause:
            return  # neither hit below can fire: settled by the words alone, before any tag
        if not ing_clause and not _may_open_noun_phrase(site, n1):
            return  # the first hit needs a head, so a noun phrase's first word there: "there will", "there should"
        slot = site.tag(-1) in ("IN", "TO") or site.tag(-1).startswith("VB")  # "about there claims"
        tag = site.np_tag(1) if slot else site.tag(1)
        head = n1
        if tag in ("JJ", "JJR", "JJS", "VBN") and (site.np_tag(2) if slot else site.tag(2)) in ("NN", "NNS"):
            head = site.low(2)
        elif slot and tag in ("JJ", "RBS") and site.noun_phrase_at(1):
            head = next((site.low(k) for k in range(2, 6) if site.np_tag(k) in ("NN", "NNS")), "")  # "for there swift and costly response"
        elif tag not in ("NN", "NNS"):
            head = ""
        if head and p1 in _PLACE_PREPOSITIONS and site.np_then_finite_verb(1):
            head = ""  # "from there fresh supplies were sent": "there" ends the phrase, a clause follows
        prev_tag = site.tag(-1)
        if head and head not in _TIME_NOUNS and not site.at(1).cap and not prev_tag.startswith(("NN", "PRP", "CD")) and (
                p1 not in THERE_STAYS):
            yield site.hit(THEIR_ID, "For the possessive, write \u201ctheir\u201d.", "their")
        elif ing_clause and tag == "VBG":
            yield site.hit(THEIR_ID, "\u201cthere\u201d is a place: \u201cthey\u2019re\u201d (they are)?", "they're")
    elif low == "they're":
        if n1 in ("is", "are", "was", "were"):
            yield site.hit(THEIR_ID, "\u201cthey\u2019re\u201d means \u201cthey are\u201d: \u201cthere\u201d?", "there")
        elif not _may_open_noun_phrase(site, n1):
            return  # the three tests below all need a noun phrase's first word: "they're not", "they're also"
        elif site.possessive_slot() or possessive_meant(site) or _bare_count_noun(site):
            yield site.hit(THEIR_ID, "For the possessive, write \u201ctheir\u201d.", "their")


# words after which "there" is the place ("went there", "out there")
THERE_STAYS = frozenset("go went gone going live lived lives living stay stayed be been get got arrive arrived work "
                         "worked out up".split())
# prepositions that take "there" as their object ("from there", "near there"); not the
# subordinators tagged IN ("whether there citizens would" has no clause but a possessive)
_PLACE_PREPOSITIONS = frozenset("from to in into near around round through over under up down out past beyond along "
                                "across behind inside outside via toward towards".split())


def _whose_extra(site: Site) -> Iterator[Hit]:
    low = site.w.low
    n1 = site.low(1)
    if low == "who's" and n1 and n1 != "who" and not site.w.text[:3].isupper():  # not "WHO's" (the organisation)
        if n1 not in _ROLES and (_noun_only(site, 1) or site.tag(1) == "CD" and _noun_only(site, 2)):
            yield site.hit(WHOSE_ID, "For the possessive, write \u201cwhose\u201d.", "whose")
            return
        k = 2 if site.tag(1) in ("JJ", "JJS") else 1
        if site.tag(k) in ("NN", "NNS") and site.tag(k + 1) in ("VBZ", "VBD", "VBP", "MD") and not site.at(k).cap or (
                site.tag(1) not in ("VBG", "VBN") and possessive_meant(site)):
            yield site.hit(WHOSE_ID, "For the possessive, write \u201cwhose\u201d.", "whose")
    elif low == "whose" and n1 and n1 not in ("been", "going", "not", "a", "an", "the"):
        # (the tag of a word in -ly asked only of such a word: most words after "whose" are nouns)
        if n1 == "to" or _verb_ing(site, 1) or n1.endswith("ly") and site.tag(1) == "RB" and site.tag(2)[:2] in ("VB", "JJ") and (
                n1 not in _POSSESSIVE_ADJECTIVES) or (
                _whose_before_a_predicate(site, n1)):
            yield site.hit(WHOSE_ID, "\u201cwhose\u201d is the possessive: \u201cwho\u2019s\u201d (who is/has)?", "who's")


# words that end a predicate adjective's or verb's phrase, where no noun follows to make a
# possessive's phrase ("whose responsible for", "whose paying for it")
_PREDICATE_FOLLOWERS = frozenset("for to of about with in at on from by that if when as than up out".split())


def _whose_before_a_predicate(site: Site, n1: str) -> bool:
    """ "whose paying for it", "whose responsible for the delay", "Whose ready?": "whose"
    needs a noun after it, and a verb in -ing that is no noun by the word lists, or an
    adjective, then a preposition, "that" or the clause's end, makes no noun phrase: the
    contraction "who's" (who is) was meant."""
    nxt = site.word(1)
    if nxt is None or nxt.cap and not site.w.sentence_start or n1 in _POSSESSIVE_ADJECTIVES:
        return False
    ends = site.word(2) is None or site.low(2) in _PREDICATE_FOLLOWERS
    if not ends:
        return False  # settled by the words: a noun may follow ("whose leading role")
    if n1.endswith("ing") and "g" in verb_tags(n1) and n1 not in ING_NOUNS and not set(word_tags(n1)) & {"n", "N"}:
        return True
    return site.tag(1) == "JJ" and not n1.endswith("ing") and site.tag(2) not in ("NN", "NNS")


WHERE_OK_PARTICIPLES = frozenset(
    "needed required indicated noted stated specified permitted allowed possible necessary appropriate applicable "
    "available feasible practicable relevant warranted known".split()
)
_WHERE_CLAUSE_STARTS = frozenset("the a an he she they we i you it there this his her their its our my your".split())
# adjectives of feeling and stance that a person is ("we're hopeful", "we're determined"), and
# the -ing forms "working", "going"
_GLAD = frozenset("grateful happy proud excited pleased thrilled glad committed delighted honored honoured "
                  "hopeful confident optimistic eager determined encouraged humbled saddened heartbroken "
                  "disappointed concerned worried troubled outraged appalled relieved thankful "
                  "working going".split())
_WHERE_ADVERBS = frozenset("also then very now still later subsequently previously already mostly largely "
                           "successfully".split())
# words for a place or a situation that "where" may follow with no comma ("the town where",
# "the towns where", "cases where"), singular and plural: a plural one before "were" and a
# clause is the place of that clause, not its subject
PLACE_NOUNS = frozenset(
    """everywhere somewhere anywhere country countries place places area areas room rooms city cities town towns
    region regions district districts state states province provinces county counties village villages
    neighbourhood neighbourhoods neighborhood neighborhoods community communities street streets road roads
    site sites location locations spot spots zone zones part parts corner corners facility facilities camp camps
    market markets field fields farm farms island islands nation nations territory territories venue venues
    situation situations case cases instance instances circumstance circumstances scenario scenarios event events
    occasion occasions incident incidents stage stages""".split())
# adverbs that stand between a subject and its verb ("which also were", "who still are")
_PREVERBAL_ADVERBS = frozenset("also still then now already often once later previously never always usually "
                               "sometimes mostly largely mainly first".split())
_WHERE_ADJECTIVES = frozenset("able unable due likely unlikely expected forced set among being present pleased "
                              "ripe responsible aware".split())


_ASKERS = frozenset("know knew see saw wondering wonder wondered ask asked asking announces announced announce "
                    "find show shows showed tell told remember decide decided unclear sure".split())
_COLLECTIVE_NOUNS = COLLECTIVE_NOUNS | frozenset(
    "couple pair majority public audience jury crowd media press cabinet opposition minority rest "
    "number army navy".split()
)


_SUBORDINATORS = frozenset("if because although though unless whether since until while once whereas".split())
# words that make "that" a subordinator: "now that", "so that", "given that"
_THAT_SUBORDINATORS = frozenset("now so given provided providing except".split())
_SAY_VERBS = frozenset("said say says saying claim claims claimed think thinks thought believe believes believed hope "
                       "hopes hoped announced know knows knew mean means feel feels guess".split())
_THAT_OPENERS = _SAY_VERBS | _THAT_SUBORDINATORS  # "said that were", "now that were"
# after "were" these start its complement, not a clause of its own
_SUBJECT_TAGS = frozenset("DT PDT PRP PRP$ EX NNP NNPS CD NN NNS WP".split())
_NOT_PREPOSITION = frozenset("that as than so because if like whether since until while once although though "
                             "unless for".split())


def _no_subject_were(site: Site, p1: str, n1: str) -> bool:
    """ "were" where no subject stands before it: after "if", "because" and the like, after a
    verb of saying ("claim were serious"), at a clause start after adverbs only ("hopefully
    were going"), or after an introductory phrase ("With this bill, were ending ...") and
    followed by its complement, not a subject (which an inverted "Were they ..." has)."""
    quoted = any(q in site.w.gap for q in "\u2018\u201c\"") and not p1
    adverb_before = p1.endswith("ly") or p1 in ("now", "so", "and", "but", "meanwhile", "currently", "together", "still") or (
        p1 in _TIME_ADVERB_NOUNS)
    opener = p1 in _SUBORDINATORS or p1 in ("whatever", "as", "where", "what") or quoted or (
        p1 == "that" and site.low(-2) in _THAT_OPENERS)
    if not opener and not (adverb_before and not site.w.clause_start and any(
            site.word(-k) is not None and site.at(-k).clause_start for k in (1, 2)) or site.intro_phrase_before()):
        # settled by the words alone: the last test below needs adverbs after a clause start one
        # or two words back, or an introductory phrase
        return False
    tag1 = site.tag(1)
    if tag1 in _SUBJECT_TAGS and n1 not in ("all", "both", "no"):
        return False
    if p1 in _SUBORDINATORS or p1 == "that" and site.low(-2) in _THAT_SUBORDINATORS:
        return True  # "now that were in", "so that were ready"
    if p1 in ("whatever", "as", "where", "what") or any(q in site.w.gap for q in "\u2018\u201c\"") and not p1:
        return tag1 == "VBG" or n1 == "not" and site.tag(2) == "VBG" or not p1 and n1 in _GLAD | {"here", "ready"}
        # "whatever were going to", "\u2018were not going", "\u201cWere here to help\u201d"
    complement = tag1 in ("VBG", "JJ", "JJR", "VBN", "IN", "RB") or n1 in ("not", "going", "here")
    if p1 == "that" and site.low(-2) in _SAY_VERBS:  # not "the countries they said were involved"
        return tag1 == "VBG" or n1 in ("not", "going", "all", "already", "still") or tag1 == "JJ" and n1 != "there" or (
            tag1 == "IN" and site.tag(2) in ("DT", "PRP$"))  # "we know that were on the right track"
    if not complement:
        return False
    return site.clause_start_before() in (1, 2) and site.word(-1) is not None and (
        site.tag(-1) in ("RB",) or p1 in _TIME_ADVERB_NOUNS) or (
        site.intro_phrase_before())


def _compound_tags(low: str) -> str:
    """A word's classes by the word lists; for a hyphenated compound the lists do not hold,
    those of its last part ("agar-solution" a noun), and a compound ending in a participle
    is an adjective ("chlorine-containing", "state-funded")."""
    tags = word_tags(low)
    if tags or "-" not in low:
        return tags
    last = low.rsplit("-", 1)[1]
    return "j" if last.endswith(("ing", "ed")) and verb_tags(last) else word_tags(last)


_FINITE_WORDS = frozenset("is are was were has have had will would can could should may might must does did "
                          "isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't can't couldn't shouldn't "
                          "doesn't didn't".split())
_PLURAL_WORDS = frozenset("these those all both many some most others which who more".split())
# plurals not in -s ("the men where at home", "the children where asleep")
_IRREGULAR_PLURALS = frozenset("people men women children police cattle clergy folk personnel feet teeth mice "
                               "geese".split())
# words after which "there" opens its clause as the dummy subject ("if there where", "than there where")
_DUMMY_THERE_BEFORE = frozenset("and but if whether because that when while although though since unless than "
                                "so as".split())


def _where_opens_no_clause(site: Site, p1: str, n1: str) -> bool:
    """ "where" after a subject ("the Republicans where unanimous", "there where ten
    passengers") and no finite verb in the rest of its clause: "where" must open a clause
    ("where fighting broke out") unless elliptical ("where possible", "where to go"), so the
    verb "were" was meant."""
    if n1 == "to" and "if" in (site.low(-2), site.low(-3)) and site.tag(2) == "VB":
        return True  # "if Turkey where to reconsider"
    if site.w.cap and not site.w.sentence_start or n1 in ("to", "else", "exactly", "possible", "now", "next"):
        return False
    if n1 in WHERE_OK_PARTICIPLES and site.low(2) != "to":
        return False
    if not (p1 == "there" or p1.endswith("s") and set(word_tags(p1)) & {"n", "N"} or p1 in _PLURAL_WORDS
            or p1 in _IRREGULAR_PLURALS or p1 in _COLLECTIVE_NOUNS
            or "and" in (site.low(-2), site.low(-3)) or site.low(-2) == "of" or site.at(-1).kind == "number"):
        return False  # settled by the words alone: the tagger is not asked
    for k in range(1, 16):
        w = site.word(k)
        if w is None:
            break
        if w.low in _FINITE_WORDS:
            return False  # a finite verb by the words alone: "where the team is based"
    if p1 == "there":
        if not (site.at(-1).clause_start or site.low(-2) in _SAY_VERBS or site.low(-2) in _DUMMY_THERE_BEFORE
                or site.word(-2) is not None and site.at(-2).kind == "number"):
            return False  # (not after a verb: "they stayed there where jobs were scarce")
    elif not (site.tag(-1) in ("NNS", "NNPS", "NNP", "CD") or p1 in _PLURAL_WORDS or p1 in _IRREGULAR_PLURALS
              or p1 in _COLLECTIVE_NOUNS and site.tag(-1) == "NN" or p1.endswith("s") and site.tag(
            -1) == "VBZ" and set(word_tags(p1)) & {"n", "N"}):
        # a plural noun phrase: "Two pilots and a steward where", "gusts of wind where"
        if not (site.tag(-1) == "NN" and ("and" in (site.low(-2), site.low(-3)) or site.low(-2) == "of" and site.tag(
                -3) == "NNS")):
            return False
    words = 0
    for k in range(1, 16):
        w = site.word(k)
        if w is None:
            break
        tag = site.tag(k)
        if tag in ("VBD", "VBZ", "VBP", "MD") or w.low in ("is", "are", "was", "has", "have", "had"):
            return False
        if tag == "VBN" and k > 1 and site.tag(k - 1).startswith(("NN", "JJ")):
            return False  # "where a choir performed": a past tense read as a participle
        if tag == "NNS" and k > 1 and site.tag(k - 1) == "NN" and "z" in verb_tags(w.low) and (
                ends_clause(site, k) or site.tag(k + 1) in ("IN", "DT", "PRP$", "TO", "PRP", "RB", "RP")):
            return False  # "where the river bends,": after a singular noun, a verb in -s read as a plural noun
            # (not a compound's plural head: "the budget cuts and")
        words += 1
    return words > 0 and (site.i + words + 1 >= len(site.words) or not site.words[site.i + words + 1].gap.startswith("("))


def _finite_ahead(site: Site) -> bool:
    """By the word lists, a word that may be a finite verb follows within the clause (a gate
    before asking the tagger whether a clause follows)."""
    for k in range(2, 9):
        w = site.word(k)
        if w is None:
            return False
        if w.low in _FINITE_WORDS or set(verb_tags(w.low)) & {"d", "z"}:
            return True
    return False


def _where_were(site: Site, p1: str, n1: str) -> bool:
    """ "were" where only "where" fits: right after a preposition or a verb ("close to were the
    lava", "is were the money goes"), or before a clause (a subject and its verb)."""
    if not p1 or p1 in _NOT_PREPOSITION or p1 in _SAY_VERBS:
        return False
    if not (p1 in PREPOSITIONS or p1 in ("out", "up", "but", "and", "so") or set(verb_tags(p1)) & {"v", "z"} and (
            not word_tags(p1) and not p1.endswith("ed"))):
        return False  # settled by the words alone: the tagger is not asked
    p1_tag = site.tag(-1)
    if p1_tag in ("IN", "TO", "RP") and site.tag(1) in _SUBJECT_TAGS | {"JJ"}:
        if site.tag(-2).startswith("VB"):
            # a preposition after a verb may end a relative clause, and "were" is then the
            # verb of the noun before it ("the towns they came from were small"); "where"
            # only when a clause follows ("went back to were the path starts")
            return site.np_then_finite_verb(1, pronoun=True)
        return True
    if p1_tag in ("VB", "VBZ", "VBP") and p1 not in ("be", "is", "are", "am") and site.tag(1) in _SUBJECT_TAGS:
        return site.np_then_finite_verb(1, pronoun=True) or s_verb_clause(site)  # "go were the evidence leads"
    if site.clause_start_before() in (0, 1) and site.tag(1) in ("DT", "PRP$", "NNS") and n1 not in ("all", "both"):
        return site.np_then_finite_verb(1)  # "But were the money went, nobody knows"
    return False


def plural_head_singular_verb(site: Site) -> bool:
    """The noun phrase after "were" has a plural head and the finite verb after it is
    singular ("the worry for some parents were the fees of the school was plain"): that phrase is not
    the verb's subject, so it opens no "where" clause; "were" is the verb of what precedes."""
    head, fixed = "", False
    for k in range(1, 9):
        tag, low = site.tag(k), site.low(k)
        if tag.startswith("NN"):
            head = head if fixed else tag  # the last of the first run of nouns: "the city council vote"
        elif low == "of" and head:
            fixed = True  # "the number of victims": the head stays "number"
        elif tag in ("VBD", "VBZ", "VBP", "MD"):
            return head in ("NNS", "NNPS") and low in ("was", "is", "has", "does")
    return False


# the three messages of the were/where/we're rule, by the word it suggests
_WERE_FIXES = {
    "were": "\u201cwhere\u201d is about place: the verb is \u201cwere\u201d.",
    "we're": "\u201cwere\u201d has no subject here: \u201cwe\u2019re\u201d (we are)?",
    "where": "\u201cwere\u201d is the verb: for a place, write \u201cwhere\u201d.",
}
# words after "where" that a verb "were" would take: a predicate adjective, an adverb or a
# quantifier before a participle, a participle or an -ing form
_WERE_COMPLEMENT_WORDS = frozenset("not also still both all".split())
# words before "where" that stand for a plural subject ("those where", "not all where")
_PLURAL_SUBJECTS = frozenset("these those all both many some most others who which".split())
# words after "why/how/if ... were" that open an -ing clause: "because were going" is "we're"
_WE_ARE_AFTER = frozenset("because what how if when since so whether why".split())
# nouns of time that stand as adverbs at a clause's start ("Today were announcing": no subject)
_TIME_ADVERB_NOUNS = frozenset("today tonight yesterday tomorrow".split())
# after "were" at a sentence start: an auxiliary opens a question about place ("Were did
# they go"), an adverb or preposition follows "we're" ("Were in Leeds now")
_QUESTION_AUXILIARIES = frozenset("did do does can will should could would is are was has have".split())
_WE_ARE_OPENERS = frozenset("in at quite now currently still really not also right".split())
# after "were" and a subject pronoun, adverbs that may stand before the pronoun's verb
_MID_ADVERBS = frozenset("only now still also often never first once already usually always all both".split())
# quantifiers that open a subject before a plural noun (after "were" alone they float: "were all fined")
_QUANTIFIER_OPENERS = frozenset("all both most several few".split())
_NOUN_PHRASE_OPENERS = frozenset("the a an any many some his her their its our my your every each no another neither "
                                  "either".split())


def _were_extra(site: Site) -> Iterator[Hit]:
    low = site.w.low
    n1 = site.low(1)
    if not n1:
        return
    if low == "where":
        fix = "were" if _where_for_were(site, n1) else None
    elif low == "were":
        fix = None if inverted_question_after_be(site) else _were_for_where_or_we_are(site, n1)
    elif low == "we're" and site.low(-1) in ("they", "you", "he", "she", "i", "it"):
        yield site.hit(WERE_ID, "\u201cwe\u2019re\u201d means \u201cwe are\u201d: the verb is \u201cwere\u201d.", "were")
        return
    else:
        return
    if fix is not None:
        yield site.hit(WERE_ID, _WERE_FIXES[fix], fix)


def _where_for_were(site: Site, n1: str) -> bool:
    """ "where" written for the verb "were"."""
    p1 = site.low(-1)
    if p1 in ("they", "we", "you") or not p1:
        return False  # the older rule decides these
    if _elliptical_where_after_object(site):
        return False
    if _where_opens_no_clause(site, p1, n1):
        return True
    if site.low(-2) in ("who", "which") and p1 in _PREVERBAL_ADVERBS:
        return True  # a relative subject and an adverb: only a verb can follow ("which also where partners")
    if p1 in ("who", "which", "that") and n1 not in _WHERE_CLAUSE_STARTS and _participle_or_predicate(n1):
        return True
    after_adverb = _where_before_adverb_and_participle(site, n1)
    if after_adverb is not None:
        return after_adverb
    if not _may_follow_were(n1) or n1 in WHERE_OK_PARTICIPLES:
        return False
    prev_tag = "NNS" if p1 in _PLURAL_SUBJECTS else site.tag(-1)  # "those where", "not all where"
    if prev_tag not in ("NNS", "NNPS", "NNP", "CD", "NN"):
        return False
    return _were_complement_follows(site, n1, prev_tag)


_OBJECT_NP_TAGS = frozenset("DT PDT CD JJ JJS JJR NN NNS NNP NNPS POS PRP$".split())


def _elliptical_where_after_object(site: Site) -> bool:
    """ "paint the walls where cracked", "replace the tiles where broken": a participle or
    adjective alone after "where", ending the clause, and the noun phrase before is the object
    of a verb (not one of saying or knowing, whose noun phrase may be a clause's subject: "said
    the roads where closed"). "where" is elliptical there ("where they are cracked"); a verb
    "were" would need that phrase as its subject."""
    if site.word(2) is not None or site.tag(1) not in ("VBN", "JJ", "VBD"):
        return False
    for k in range(1, 7):
        w = site.word(-k)
        if w is None:
            return False
        tag = site.tag(-k)
        if tag in _OBJECT_NP_TAGS:
            if w.sentence_start or w.clause_start:
                return False  # the phrase opens its clause: a subject
            continue
        return k > 1 and tag.startswith("VB") and w.low not in NOT_OBJECT_VERBS and w.low not in _SAY_VERBS and (
            w.low not in AUXILIARIES)
    return False


_BE_FORMS = frozenset("is was 's \u2019s".split())


def inverted_question_after_be(site: Site) -> bool:
    """ "the question is were they told", "the issue was were the rules followed": after a noun
    that a form of "be" joins to a clause (see ``_CLAUSE_NOUNS``), "were", a subject and a
    participle or adjective make a question put as it was asked, and "were" is its verb (a
    place word would need a finite verb after its subject: "the question is where the money
    went"). "whether" would also need the words reordered, so nothing is suggested."""
    be = site.word(-1)
    if be is None or be.low not in _BE_FORMS and not be.low.endswith(("'s", "\u2019s")):
        return False
    noun = be.low.split("'")[0].split("\u2019")[0] if be.low not in _BE_FORMS else site.low(-2)
    if noun not in _CLAUSE_NOUNS:
        return False
    for k in range(1, 6):
        tag, low = site.tag(k), site.low(k)
        if k == 1 and low in ("they", "we", "you", "he", "she", "it", "i"):
            continue
        if tag in _NP_TAGS_AFTER_WERE:
            continue
        if k == 1:
            return False
        return ("p" in verb_tags(low) and tag in ("VBN", "VBD", "VBP", "JJ")) or tag in ("JJ", "VBG", "TO") or (
            low == "not")
    return False


_NP_TAGS_AFTER_WERE = frozenset("DT PDT CD JJ JJS PRP$ POS NN NNS NNP NNPS".split())


_RELATIVE_SUBJECTS = frozenset("he she they we i you".split())


def relative_clause_ends_before(site: Site) -> bool:
    """The verb before "were" closes a relative clause without "that" ("the men he knew were",
    "the people they told were"): a noun, then a subject pronoun and that verb; "were" is then
    the verb of the noun, not a question's place word ("nobody knows where")."""
    if site.low(-2) not in _RELATIVE_SUBJECTS:
        return False
    w = site.word(-3)
    return w is not None and (w.low in ("ones", "those", "one", "people") or site.tag(-3) in ("NN", "NNS", "NNPS"))


def _participle_or_predicate(n1: str) -> bool:
    """A word that follows a verb "were" and opens no clause: a participle, an adverb in -ly,
    an adjective or one of :data:`_WHERE_ADVERBS`."""
    return n1.endswith(("ed", "en", "ly")) or "p" in verb_tags(n1) or "j" in word_tags(n1) or n1 in _WHERE_ADVERBS


def _may_follow_were(n1: str) -> bool:
    """A word that may follow the verb "were": a predicate adjective of :data:`_WHERE_ADJECTIVES`,
    an adverb or quantifier, a participle or an -ing form."""
    return (n1 in _WHERE_ADJECTIVES or n1 in _WERE_COMPLEMENT_WORDS or n1.endswith(("ed", "en", "ing"))
            or "p" in verb_tags(n1))


def _where_before_adverb_and_participle(site: Site, n1: str) -> bool | None:
    """After "where", an adverb and then a participle or an adjective ("the seats where also
    sold", "where then able"): whether a noun phrase before makes "where" the verb; None when
    the words after are not of that shape."""
    n2 = site.low(2)
    only = n1 == "only" and not site.tag(3).startswith(("NN", "JJ"))  # "where only locked after", not "where only licensed boats"
    adverb = n1.endswith("ly") and n1 not in ("only",) or n1 in _WHERE_ADVERBS or only
    if not adverb:
        return None
    if n2.endswith("ly") and n2 != "only" and site.low(3).endswith("ed") and "p" in verb_tags(site.low(3)):
        n2 = site.low(3)  # a second adverb: "where also quietly replaced"
    participle_or_adjective = "p" in verb_tags(n2) and (n2.endswith("ed") or "d" not in verb_tags(n2) or (
        site.tag(2) == "VBN")) or n1 in _WHERE_ADVERBS and (
        "j" in word_tags(n2) and not site.tag(3).startswith("NN") or n2 in ("there", "present", "among"))
    if not participle_or_adjective:
        return None
    return site.tag(-1) in ("NNS", "NNPS", "NNP", "NN", "DT", "PRP", "CD")


def _were_complement_follows(site: Site, n1: str, prev_tag: str) -> bool:
    """After a noun and "where", what follows is the complement of a verb "were": a listed
    predicate adjective, a participle, an -ing form before a preposition or the end, or (after
    a plural) an adjective before a preposition or the end."""
    tag = site.tag(1)
    if tag in ("VBN", "VBD", "JJ") and site.tag(2).startswith("NN") and site.tag(3) in ("VBZ", "VBP", "VBD", "MD"):
        return False  # a participle or adjective before a noun and its verb opens a clause: "where detained migrants are held"
    if n1 in _WERE_COMPLEMENT_WORDS and site.tag(2) in ("VBN", "JJ"):
        tag = "VBN"
    participle = n1.endswith("ed") and "p" in verb_tags(n1) and tag in ("VBN", "VBD")
    ing = tag == "VBG" and (site.tag(2) in ("TO", "IN", "DT", "RP") or site.word(2) is None)
    tags1 = set(word_tags(n1))
    adjective = (prev_tag in ("NNS", "NNPS") and tags1 and tags1 <= {"j", "r"} and "j" in tags1
                 and (site.low(2) in ("in", "to", "for", "about", "with", "of", "and") or site.word(2) is None))
    return bool(n1 in _WHERE_ADJECTIVES or tag == "VBN" or participle or ing or adjective)


def _were_for_where_or_we_are(site: Site, n1: str) -> str | None:
    """The word meant by "were" ("where" or "we're"), or None when the verb is right."""
    p1 = site.low(-1)
    if _no_subject_were(site, p1, n1):
        return "we're"
    if _where_were(site, p1, n1) and not participle_relative(site):
        return "where"
    if p1 in _WE_ARE_AFTER and (n1.endswith("ing") and site.tag(1) == "VBG" or n1 == "not" and site.low(2) == "going"):
        return "we're"
    if site.w.sentence_start:
        return _were_at_sentence_start(site, n1)
    if p1 in _ASKERS:
        # "know were the money went": a question of place
        if relative_clause_ends_before(site):
            return None  # "the men he knew were the best": "were" is the verb of "the men"
        return None if n1 in ("to", "not", "also", "still", "all", "both") or n1.endswith(("ed", "ing")) else "where"
    subject, _, verb = n1.replace("\u2019", "'").partition("'")
    determiner_or_plural = n1 in _NOUN_PHRASE_OPENERS or n1.endswith("s") and "N" in word_tags(n1) or (
        n1 in _QUANTIFIER_OPENERS and "N" in word_tags(site.low(2)))  # "a space were all sides can agree"
    nominal = _noun_phrase_after_a_noun(site, p1, n1)
    if (determiner_or_plural or nominal) and subject not in SUBJECT_PRONOUNS and "," not in site.w.gap and (
            p1 not in PLACE_NOUNS) and fixed_tag(p1) not in (None, "NN", "NNS", "NNP", "NNPS"):
        return None  # before a noun phrase the word before must be a noun (tested below); "they were", "who were"
        # (asked only where the test below would tag: a fixed tag needs the tagger's model)
    if determiner_or_plural or nominal and site.tag(1) in ("NN", "NNS", "JJ", "CD", "PRP$", "NNP"):
        return "where" if _clause_after_place(site, p1) and not participle_relative(site) else None
    if subject in SUBJECT_PRONOUNS and verb in ("d", "ll", "ve", "re", "s"):
        # a subject and its verb in one word: "the valley were they've farmed"; a singular noun cannot be
        # the subject of "were" (a plural may be: "the rumours were they'd split")
        if site.word(2) is not None and (site.tag(-1) in ("NN", "NNP") or "," in site.w.gap):
            return "where"
    elif n1 in SUBJECT_PRONOUNS and _pronoun_and_verb_after(site, n1):
        return "where"
    return None


def _were_at_sentence_start(site: Site, n1: str) -> str | None:
    """ "Were" opening a sentence: "Where" before "to" and a verb or an auxiliary ("Were to
    go", "Were did they go"), "We're" before a listed adjective, an adverb or preposition, an
    -ing form, or a participle that ends the sentence."""
    if n1 in _GLAD:
        return "we're"
    if n1 == "to" and site.tag(2) == "VB" or n1 in _QUESTION_AUXILIARIES:
        return "where"
    if n1 == "not":
        predicate = site.tag(2) in ("VBN", "JJ") and (site.word(3) is None or site.tag(3) in ("IN", "TO", "RB", "CC"))
        return "we're" if site.low(2).endswith("ing") or site.low(2) in _GLAD or predicate else None
        # "Were not done yet." (a question puts its subject after "not": "Were not the men told?")
    ends_on_participle = (site.tag(1) == "VBN" and site.word(2) is None and (
        site.i + 2 < len(site.words) and site.words[site.i + 2].gap.strip()[:1] == "."
        or site.i + 2 == len(site.words)))  # (the participle ends the segment: "Were broken.")
    if n1 in _WE_ARE_OPENERS or ends_on_participle or n1.endswith("ing") and site.tag(1) == "VBG":
        return "we're"
    return None


def _noun_phrase_after_a_noun(site: Site, p1: str, n1: str) -> bool:
    """A noun, a name or an adjective follows "were", a finite verb comes after it, and the word
    before "were" may end a noun phrase of place ("the town were the mayor lives")."""
    prev = site.word(-1)  # (None after a quotation mark: "... Experience" were)
    prev_may_fit = ("," in site.w.gap or prev is not None and prev.cap
                    or set(_compound_tags(p1)) & {"n", "N"} and not p1.endswith("s")
                    or p1 in ("everywhere", "somewhere", "anywhere"))
    return bool(prev_may_fit and (set(_compound_tags(n1)) & {"n", "N", "j"} or site.at(1).cap
                                  or n1 in _INDEFINITE_SUBJECTS) and _finite_ahead(site))


# pronouns that stand as a whole noun phrase and a clause's subject ("a world were anything can happen")
_INDEFINITE_SUBJECTS = frozenset("anything anyone anybody everything everyone everybody something someone somebody "
                                 "nothing nobody".split())


def _clause_after_place(site: Site, p1: str) -> bool:
    """The word before "were" can be a place a clause describes (after a comma, a singular
    noun or name, a word of place, or a plural that a preposition governs: "lives in areas were
    the sea floor is"; "of" is left out: "most of the victims were the ..."), and a subject and
    its finite verb follow, the verb agreeing with the subject."""
    governed = site.tag(-1) in ("NNS", "NNPS") and _after_preposition_not_of(site)
    singular = site.tag(-1) in ("NN", "NNP", "NNPS") and p1 not in _COLLECTIVE_NOUNS
    prev_ok = "," in site.w.gap or singular or p1 in PLACE_NOUNS or governed
    if prev_ok and (site.tag(-1) == "NN" and p1 not in _COLLECTIVE_NOUNS or "," in site.w.gap) and s_verb_clause(site):
        return True  # "a system were every vote counts": the verb in -s read as a plural noun
    if not prev_ok:
        return False
    # (after a comma, "were" may be the verb of a subject before a parenthesis, before a relative
    # clause without "that": "The teams, as usual, were the ones fans love")
    if "," in site.w.gap and zero_relative(site):
        return False
    return bool(site.np_then_finite_verb(1) and not plural_head_singular_verb(site)) or _np_then_past_and_object(site)


def _np_then_past_and_object(site: Site) -> bool:
    """A noun phrase after "were", then a past form the tagger read as a participle (misled by
    "were") and its object: "the coast, were thousands lost power", "the hall were the band
    played a set"; a participle that ends a reduced relative takes no object."""
    noun = False
    for k in range(1, 6):
        tag = site.tag(k)
        if tag in ("NN", "NNS", "NNP", "NNPS") or tag == "CD" and site.low(k) in _AMOUNT_NOUNS:
            noun = True
        elif tag in ("VBN", "VBD") and noun:
            low = site.low(k)
            if "d" not in verb_tags(low) or site.tag(k - 1) == "CD" and site.low(k - 1) not in _AMOUNT_NOUNS:
                return False
            return site.tag(k + 1) in ("DT", "PRP$", "NN", "NNS") and site.low(k + 1) not in ("that", "this")
        elif tag not in ("DT", "JJ", "PRP$", "CD") or noun and tag in ("DT", "PRP$"):
            return False
    return False


# numbers written as words that head a noun phrase ("thousands lost power")
_AMOUNT_NOUNS = frozenset("dozens hundreds thousands millions billions".split())


def _after_preposition_not_of(site: Site) -> bool:
    """The word before "were" follows a preposition other than "of", or a determiner or
    adjective after one."""
    return site.tag(-2) == "IN" and site.low(-2) != "of" or (
        site.tag(-2) in ("JJ", "DT") and site.tag(-3) == "IN" and site.low(-3) != "of")


def _pronoun_and_verb_after(site: Site, n1: str) -> bool:
    """A subject pronoun after "were", then (past an adverb) its finite verb, and a noun,
    adjective, adverb, preposition or verb before "were" ("the town were they live")."""
    low2 = site.low(2)
    k = 3 if low2 in _MID_ADVERBS or low2.endswith("ly") and site.tag(2) == "RB" else 2
    verb_tag = site.tag(k)
    if verb_tag == "VB" and k == 3 and n1 in ("you", "we", "they", "i"):
        verb_tag = "VBP"  # "were you only have": a present after its subject and an adverb
    return site.low(k) not in ("to",) and verb_tag in ("VBD", "VBZ", "VBP", "MD") and (
        site.tag(-1) in ("NN", "NNS", "NNP", "NNPS", "JJ", "RB", "IN", "WRB", "VB", "VBP", "VBZ")
        or "," in site.w.gap)


YOUR = rule(
    "your",
    summary='"your" where "you\'re" (you are) belongs ("your welcome"), or the reverse ("you\'re own").',
    rationale=(
        "\"Your\" is the possessive (\"your vote\"), \"you're\" is \"you are\". Flagged: \"your\" before "
        "a verb in -ing or -ed, an article, \"not\" or a lone adjective (\"your welcome\", \"your going "
        "to\"), and \"you're\" before \"own\" or before a noun that a verb follows (\"you're vote "
        "counts\")."
    ),
    bad=(
        "If [[your]] going to vote, bring identification.",
        "[[Your]] welcome to attend the hearing.",
        "[[Your]] not allowed to park here, officers said.",
        "Voters should check [[you're]] own registration.",
        "[[Your]] a partner in this firm, she reminded him.",
        "If [[your]] interested, call the office.",
        "[[You're]] vote will count, the leaflet says.",
        "[[Your]] being asked to leave, the guard said.",
        "Tell us what [[your]] planning to do.",
        "[[Your]] invited to the launch on Friday.",
        "What was [[you're]] first job?",
        "Call us when [[your]] at the station.",
        "Tell us how [[you're]] new policy will work.",
    ),
    good=(
        "If you're going to vote, bring identification.",
        "You're welcome to attend the hearing.",
        "Check your own registration.",
        "Your vote counts, the leaflet says.",
        "Your right to protest is protected.",
        "Bring your passport and your ticket.",
        "You're a partner in this firm, she reminded him.",
        "Your family will be told first.",
        "Thank you for your help.",
        "Your invitation arrives on Friday.",
        "You're welcome to stay.",
        "You're home now.",
        "Tell us how your new policy will work.",
    ),
    fix_safe=True,
)

_YOUR_NEXT = frozenset("a an the not welcome being sure right wrong kidding going invited".split())


def _bare_count_noun(site: Site) -> bool:
    """ "they're"/"you're" before a lone singular noun that needs a determiner ("they consider
    it as they're enemy", "and they're role in"): "they are enemy" is no sentence."""
    k = 2 if site.np_tag(1) in ("JJ", "JJS") else 1
    w = site.word(k)
    if w is None or w.cap or site.np_tag(k) != "NN" or w.low in _MASS_NOUNS or w.low in _TIME_NOUNS:
        return False
    nxt = site.word(k + 1)
    if nxt is not None and (site.np_tag(k + 1) in ("NN", "NNS") or nxt.low in ("of", "who", "that", "and", "or")):
        return False
    tags = set(word_tags(w.low))
    return bool(tags & {"n", "N"}) and not tags & {"j"} and not w.low.endswith(("ing", "ed"))


def _your(site: Site) -> Iterator[Hit]:
    low = site.w.low
    n1 = site.low(1)
    if not n1:
        return
    if low == "your" and contraction_meant(site) and n1 not in ("own", "very"):
        apostrophe = "\u2019" if "\u2019" in "".join(w.text for w in site.words) else "'"
        yield site.hit(YOUR.id, "\u201cyour\u201d is the possessive: \u201cyou\u2019re\u201d (you are)?",
                       f"you{apostrophe}re")
        return
    if low == "your":
        if n1 == "right" and site.low(2) in ("to", "of") or n1 not in _YOUR_NEXT and not _maybe_not_noun(site, n1):
            return
        hit = n1 in _YOUR_NEXT and not (n1 == "right" and site.low(2) not in ("", "about", "that"))
        if not hit:
            if _your_cannot_fire(n1):
                return  # settled by the words, before ``site.tag(1)`` tags the window
            tag = site.tag(1)
            if _verb_ing(site, 1):
                hit = True
            elif tag == "VBN" and n1.endswith("ed") and not site.tag(2).startswith("NN"):
                hit = site.low(2) in ("to", "by", "in", "with", "from", "")
            elif tag == "JJ" and site.low(2) in ("", "to", "that", "in", "about", "for") and "n" not in word_tags(n1):
                hit = True
        if hit or contraction_meant(site):
            apostrophe = "\u2019" if "\u2019" in "".join(w.text for w in site.words) else "'"
            yield site.hit(YOUR.id, "\u201cyour\u201d is the possessive: \u201cyou\u2019re\u201d (you are)?",
                           f"you{apostrophe}re")
    elif low == "you're":
        if n1 != "own" and not _maybe_noun_phrase(site):
            return
        if n1 == "own" or _noun_only(site, 1) and site.low(2) not in ("of", "who", "that"):
            yield site.hit(YOUR.id, "For the possessive, write \u201cyour\u201d.", "your")
            return
        k = 2 if site.tag(1) in ("JJ",) else 1
        noun = site.tag(k) in ("NN", "NNS") or site.tag(k) == "VB" and "n" in word_tags(site.low(k))  # "you're vote will"
        if site.possessive_slot() or noun and site.tag(k + 1) in ("VBZ", "VBD", "VBP", "MD") or (
                possessive_meant(site) or _bare_count_noun(site)):
            yield site.hit(YOUR.id, "For the possessive, write \u201cyour\u201d.", "your")


RULES = (YOUR,)
FINDERS = {YOUR.id: (_your, frozenset({"your", "you're"}))}
EXTRA_FINDERS = {
    ITS_ID: (_its_extra, frozenset({"its", "it's"})),
    THEIR_ID: (_their_extra, frozenset({"their", "there", "they're"})),
    WHOSE_ID: (_whose_extra, frozenset({"whose", "who's"})),
    WERE_ID: (_were_extra, frozenset({"where", "were", "we're"})),
}
