"""to/too, and more contexts for than/then (rule declared in ``copylint.grammar.confusables``)."""

from __future__ import annotations

from collections.abc import Iterator

from copylint.grammar.classes import OBJECT_PRONOUNS
from copylint.grammar.confusion.context import Site
from copylint.grammar.confusion.rules import rule
from copylint.grammar.hit import Hit
from copylint.grammar.lexicon import MODALS, verb_tags, word_tags
from copylint.grammar.stream import Word, after

THAN_ID = "grammar.confusables.than"

TOO = rule(
    "too",
    summary='"too" where "to" belongs ("wanted too go", "too the"), or "to" for "too" ("to many to count").',
    rationale=(
        "\"Too\" means excessively or also; \"to\" is the preposition and the sign of the infinitive. "
        "Flagged: \"too\" before an article, a possessive or a plain verb (\"too the city\", \"hoped too "
        "win\"), and \"to\" before \"much\", \"many\", \"late\" or another lone adjective that a clause "
        "edge, \"to\" or \"for\" follows (\"to late to appeal\", \"was to small for\"), or alone at the "
        "end of a sentence after a comma (\"and the mayor, to.\")."
        " Also: \"to\" before a degree word that \"for ... to\", \"to\" + verb or the sentence end follows (\"to costly for the council to bear\"), after \"all\", \"far\", \"way\", before a finite verb (\"she to must\"), and between commas."
    ),
    bad=(
        "The minister flew [[too]] the capital on Monday.",
        "Officials hoped [[too]] reach a deal by Friday.",
        "The rescue came [[to]] late to save the crew.",
        "There were [[to]] many names to read aloud.",
        "The hall was [[to]] small for the crowd.",
        "The bill was passed, and the budget, [[to]].",
        "She gave the award [[too]] her mother.",
        "It is [[to]] early to say who will win.",
        "They plan [[too]] build a new bridge.",
        "The plan costs [[to]] much, critics said.",
        "Police asked residents [[too]] stay indoors.",
        "The price proved [[to]] costly for the council to bear.",
        "Fans know all [[to]] well what a derby means.",
        "The minister, [[to]], must answer.",
        "We plan [[too]] expand the scheme.",
    ),
    good=(
        "The minister flew to the capital on Monday.",
        "The rescue came too late to save the crew.",
        "There were too many names to read aloud.",
        "The budget was passed, too.",
        "She wants to go to the match too.",
        "The hall was too small for the crowd.",
        "Turnout rose to 60 per cent.",
        "Critics said it was too little, too late.",
        "He was sent to prison for two years.",
        "They plan to build a new bridge.",
        "The decision was left to many local councils.",
        "The trip proved too costly.",
        "Things went from bad to worse for the club.",
        "What they agreed to was a pay rise.",
    ),
    fix_safe=True,
)

_TOO_BEFORE = frozenset("the a an his her their my our your its this these those them him us me that which what".split())
_EXCESS = frozenset(
    "much many late early soon often long far few little expensive big small high low young old close costly "
    "difficult hard easy busy weak strong slow fast great large good bad risky dangerous complicated "
    "complex heavy light hot cold short tall narrow wide deep shallow tired scared afraid ill sick "
    "important serious severe quick slim thin".split()
)
# verbs followed by an object and a bare infinitive ("let him speak", "heard her sing")
_BARE_INFINITIVE_VERBS = frozenset("let lets letting make makes made making help helps helped helping see sees saw "
                                   "seen seeing watch watches watched watching hear hears heard hearing feel feels "
                                   "felt feeling have has had having bid bids notice noticed noticing".split())
_OBJECT_PRONOUNS = OBJECT_PRONOUNS | frozenset(("you", "it"))


def _verb_after_object(site: Site, n1: str) -> bool:
    """ "asked him too make", "told us too wait": a verb, its object pronoun, then a plain verb
    form, where only "to" + verb fits; "too" (also) could follow the object only where a bare
    infinitive does ("let him too speak", "saw her too leave")."""
    tags = set(word_tags(n1))
    if "v" not in verb_tags(n1) or tags & {"j", "r"} or site.at(1).cap or site.low(-2) in _BARE_INFINITIVE_VERBS:
        return False  # settled by the words alone: the tagger is not asked
    if site.tag(-2) not in ("VB", "VBD", "VBZ", "VBP", "VBG"):
        return False
    # (after "too", read as excess, the tagger may take the verb for a noun: "too train harder";
    # a noun there would need one to follow it, or its own verb)
    return site.tag(1) in ("VB", "VBP") or site.tag(1) == "NN" and not site.tag(2).startswith(("NN", "VB", "POS", "MD"))


_EXCESS_AFTER = frozenset({"", "to", "for", "and", "but", "or", "in", "by"})
_BE = frozenset("is was are were be been being 's 're seems seemed seem became become becomes looked looks "
                "felt feels feel appeared appears proved remain remains remained far much got get".split())


# adverbs between a form of "be" and "too" ("is still too high")
_BE_ADVERBS = frozenset("still already just simply now also often always never".split())
# prepositions that take a noun phrase of amount ("in too many places"; not "in" or "on" after a verb: "log in to many sites")
_PREPOSITIONS_BEFORE_AMOUNT = frozenset("in for of with on at by about among".split())

_EXCESS_MESSAGE = "\u201cto\u201d before an adjective of excess: \u201ctoo\u201d?"


def _too(site: Site) -> Iterator[Hit]:
    low = site.w.low
    n1 = site.low(1)
    if low == "too":
        if n1 and site.low(-1) in _OBJECT_PRONOUNS and _verb_after_object(site, n1):
            yield site.hit(TOO.id, "\u201ctoo\u201d means excessively or also: \u201cto\u201d?", "to")
            return
        if not n1 or site.w.cap and not (site.w.sentence_start and not site.at(1).cap) or site.low(-1) in (
                "he", "she", "they", "we", "i", "you", "it", "so", "me", "us"):
            if n1 == "be" and site.low(-1) in ("me", "us", "you", "him", "her", "them", "it"):
                yield site.hit(TOO.id, "\u201ctoo\u201d means excessively or also: \u201cto\u201d?", "to")
            return  # "he too should apologise", "so too is", a title
        if site.word(2) is not None and site.low(2) in _TOO_BEFORE - {"a", "an", "that", "which", "what"} and (
                n1 not in _EXCESS and n1 not in ("many", "much", "few", "little", "far", "well")):
            yield site.hit(TOO.id, "\u201ctoo\u201d means excessively or also: \u201cto\u201d?", "to")
            return  # "too slight the centre", "Too address these concerns"
        n2_noun = set(word_tags(site.low(2))) & {"n", "N"} or site.word(2) is not None and not word_tags(site.low(2)) and (
            not verb_tags(site.low(2)))  # or a word the lists do not know: "too vital waystations"
        if "j" in word_tags(n1) and n2_noun and site.tag(1) == "JJ" and site.tag(2) in (
                "NN", "NNS") and n1 not in ("many", "much", "few", "little", "more") and site.low(3) not in ("to", "for"):
            yield site.hit(TOO.id, "\u201ctoo\u201d means excessively or also: \u201cto\u201d?", "to")
            return  # "limited strictly too old works"
        n1_word = site.at(1)
        tags = set(word_tags(n1))
        not_modifiable = (tags or verb_tags(n1)) and not tags & {"j", "r"} and not n1_word.cap  # "too school", "too pay"
        if n1 in _TOO_BEFORE or n1_word.kind == "number" or n1_word.cap and not n1_word.sentence_start and site.low(-1) != "me" or (
                not_modifiable and site.low(-1) not in ("me", "you", "us", "him", "her", "them", "it")):
            yield site.hit(TOO.id, "\u201ctoo\u201d means excessively or also: \u201cto\u201d?", "to")
        return
    if low != "to":
        return
    nxt = site.word(1)
    p1 = site.low(-1)
    if _too_meant(site, p1, site.low(1)):
        yield site.hit(TOO.id, _EXCESS_MESSAGE, "too")
        return
    if nxt is None:
        follows = site.words[site.i + 1].gap.lstrip()[:1] if site.i + 1 < len(site.words) else "."
        if follows in (".", "!") and "," in site.w.gap and not site.w.cap:  # "and the budget, to."
            yield site.hit(TOO.id, "At the end, meaning \u201calso\u201d, the word is \u201ctoo\u201d.", "too")
        return
    if site.w.sentence_start and n1 in ("many", "much", "often", "few", "long") and site.w.cap:
        ahead = [site.word(k) for k in range(2, 5)]
        if n1 == "often" or all(w is not None for w in ahead):
            yield site.hit(TOO.id, _EXCESS_MESSAGE, "too")
        return
    if n1 == "many" and site.tag(2) == "NNS" and (site.tag(3) in ("VBP", "VBD", "MD") or
                                                  site.tag(3) == "RB" and site.tag(4) in ("VBP", "VBD", "MD")):
        yield site.hit(TOO.id, _EXCESS_MESSAGE, "too")
        return
    tags = set(word_tags(n1))
    if _to_before_a_participle_after_be(site, p1, n1):
        yield site.hit(TOO.id, _EXCESS_MESSAGE, "too")
        return
    after_be = p1 in _BE or p1 in ("not", "far", "way") or p1 in _BE_ADVERBS and site.low(-2) in _BE  # "is still to high"
    if after_be and tags and tags <= {"j", "r"} and "j" in tags and not verb_tags(n1) and (
            site.low(2) in _EXCESS_AFTER or site.word(2) is None or site.low(2) == "of" and p1 != "much" and (
                n1 not in ("most", "least"))):  # "been to tolerant of" (not "so much to most of us")
        yield site.hit(TOO.id, _EXCESS_MESSAGE, "too")
        return
    if n1 not in _EXCESS:
        return
    n2 = site.low(2)
    after_ok = n2 in _EXCESS_AFTER or site.word(2) is None
    if n1 in ("much", "many") and not after_ok:
        there_be = site.low(-2) == "there" and site.low(-1) in _BE
        infinitive = site.low(3) == "to" and site.tag(4) == "VB"
        if not (there_be or infinitive or site.low(-1) in ("far", "way")):
            return  # "to many people", "to much acclaim"
    elif not after_ok and not (site.low(-1) == "for" and n1 == "long"):
        return
    if n1 in ("much", "many", "late", "early", "soon", "often") or site.low(-1) in _BE or site.low(-1) in (
            "far", "way", "all", "simply", "just") or site.low(-1) == "for" and n1 == "long":
        if n2 == "to" and site.tag(2) != "TO":
            return
        if n1 == "long" and n2 in ("", "and") and p1 not in ("for", "far", "way", "much"):
            return  # "from short to long"
        yield site.hit(TOO.id, _EXCESS_MESSAGE, "too")


_PARTICIPLE_AFTER = frozenset({"", "about", "with", "for", "to", "at", "and", "that"})


def _participle_no_plain_verb(n1: str) -> bool:
    """A participle in -ed/-en that is no plain verb ("worried", "crowded"; not "need"): the
    word a "to" before it cannot open an infinitive with (read by the frame and by the gate)."""
    tags = verb_tags(n1)
    return "p" in tags and "v" not in tags and n1.endswith(("ed", "en"))


def _to_before_a_participle_after_be(site: Site, p1: str, n1: str) -> bool:
    """ "we are not to worried about it", "the hall was to crowded": after a form of "be" (and
    "not" or "so"), "to" before a participle that is no plain verb ("worried", "crowded",
    "stretched") opens no infinitive ("to be worried" would need its "be"): "too"."""
    if not _participle_no_plain_verb(n1):
        return False  # settled by the words
    be = site.low(-2) if p1 in ("not", "so", "just", "simply", "far", "way", "much", "a", "bit") else p1
    if be not in ("is", "was", "are", "were", "be", "been", "being", "'s", "'re", "am", "'m", "feel", "felt",
                  "seem", "seems", "seemed", "got", "get", "looked", "looks"):
        return False
    return site.low(2) in _PARTICIPLE_AFTER and site.tag(1) in ("VBN", "JJ", "VBD", "VB")  # (after "to", read as VB)


# every word after "to" that some test of ``_too`` or ``_too_meant`` names: after any other word
# that the word lists do not tag as an adjective ("j"), no frame of ``_too`` fires at a "to"
_TO_NAMED_NEXT = _EXCESS | frozenset(
    "is was are were has had must will would could should does did well often heavily easily quickly "
    "frequently much and but many few long little far late soon early".split())


def to_cannot_fire(words: list[Word], i: int) -> bool:
    """``_too`` at the "to" ``words[i]`` yields nothing, decided from the next word alone
    (about 40 instructions where the whole test, with its ``Site``, costs some thousands):
    a word joined after it that no test names and the lists know as no adjective ("to make",
    "to the"). False means only "not decided here" (tests/test_grammar_gates.py checks the
    gate against ``_too`` on generated and adversarial sentences)."""
    nxt = after(words, i)
    if nxt is None:
        return False  # the clause-edge tests ("and the budget, to.")
    n1 = nxt.low
    if n1 in _TO_NAMED_NEXT or "j" in word_tags(n1):
        return False
    return not _participle_no_plain_verb(n1)  # ("to crowded": ``_to_before_a_participle_after_be``'s)


def _too_gate(words: list[Word], i: int) -> bool:
    return words[i].low == "to" and to_cannot_fire(words, i)


#: finder -> its gate, ``gate(words, i)`` True where the finder yields nothing at ``words[i]``
#: (``copylint.grammar.confusables`` skips a trigger whose every finder is gated off)
GATES = {_too: _too_gate}


_STRANDED_AFTER = frozenset("next according due close up thanks prior similar so going used able".split())


def _too_meant(site: Site, p1: str, n1: str) -> bool:
    """ "to" where only "too" fits: before an adjective or adverb of degree that "for ... to",
    "to" + verb or the clause's end follows ("to costly for small firms to bear", "not to
    cold for water"), after "all", "far", "way", "only" ("all to well", "far to long"), after
    "there's"/"have" before "much"/"many", and at a clause's end after a noun or pronoun ("for
    that to, he wants")."""
    nxt = site.word(1)
    if nxt is None:
        follows = site.words[site.i + 1].gap.strip()[:1] if site.i + 1 < len(site.words) else "."
        if follows == "," and site.w.gap.strip() == ",":
            return True  # "so they, to, can pursue"
        if follows not in (",", ".") or site.w.cap or p1 in _STRANDED_AFTER or not (
                p1 in ("that", "this", "it", "them", "him", "her", "us", "me", "you") or site.word(-1) is not None
                and site.at(-1).cap):
            return False  # settled by the words alone: the tagger is not asked
        return site.tag(-1) in ("NNP", "NNPS", "PRP", "DT")
    if n1 in ("is", "was", "are", "were", "has", "had", "must", "will", "would", "could", "should", "does", "did"):
        # "so to is", "she to must resign"; not a stranded preposition ("what they committed to was")
        return p1 in ("so", "he", "she", "they", "we", "i", "it", "you")
    if n1 == "well" and site.low(2) in ("the", "how", "that", "what", "why", "when"):
        return True  # "knows to well the impact"
    if n1 in ("often", "heavily", "easily", "quickly", "frequently", "much") and site.tag(2) in ("VBN", "IN") and (
            site.low(2) not in ("as", "than")):
        return True  # "a population to often marginalized", "relying to heavily on"
    if n1 in ("and", "but") and site.low(2) in ("we", "they", "i", "he", "she", "it", "there", "the") and (
            p1 not in _STRANDED_AFTER and site.tag(-1) in ("NN", "NNS", "PRP")):
        return True  # "small towns can build parks to and we can help"
    if p1 in ("all", "far", "way", "only") and n1 in ("well", "long", "many", "much", "often", "late", "soon", "few",
                                                     "little", "far", "easily", "quickly", "early"):
        return True
    if p1 in ("there's", "it's", "that's", "have", "has", "had", "having", "let", "lets") and n1 in ("many", "much"):
        return True  # "we've let to many in"
    if n1 in ("many", "much") and p1 in _BE_ADVERBS and site.low(-2) in _BE and site.low(-3) == "there" or (
            site.low(-2) == "there's" and p1 in _BE_ADVERBS):
        return True  # "there are still to many", "there's still to much"
    if n1 in ("many", "much", "few", "little") and p1 in _PREPOSITIONS_BEFORE_AMOUNT and (
            not site.tag(-2).startswith("VB")) and (site.tag(2).startswith(("NN", "JJ")) or site.low(2) == "of"):
        return True  # "in to many communities", "for to many children": a preposition takes no "to" after it
    tags = set(word_tags(n1))
    degree = n1 in _EXCESS or tags == {"j"} and not verb_tags(n1)  # "to slippery for anything"
    if not degree or verb_tags(n1) and n1 not in ("long", "slow", "close", "better"):
        return False
    if any(site.low(-k) == "from" for k in range(1, 6)):
        return False  # "from bad to worse", "from hot to cold"
    n2 = site.low(2)
    if n2 == "for" or n2 == "to" and site.tag(3) == "VB" or n2 == "since" and p1 in _BE:
        return True  # "it's been to long since"
    if site.word(2) is None and n1 in _EXCESS and site.tag(1) in ("JJ", "RB"):
        follows = site.words[site.i + 2].gap.strip()[:1] if site.i + 2 < len(site.words) else "."
        return follows in (".", "!", "?", ";")  # "it's been to long." (not a list: "to social, legal")
    return n2 == "and" and site.low(3) in ("not", "too", "so")


_COMPARATIVE_WORDS = frozenset(
    "more less fewer rather other otherwise else different differently prefer preferred preferable sooner "
    "greater larger smaller higher lower better worse bigger longer shorter older younger stronger weaker "
    "faster slower easier harder cheaper wider deeper earlier later further farther superior inferior "
    "quicker".split()
)
_NOT_COMPARING = frozenset("later earlier further farther longer sooner ever".split())


def _comparative(low: str) -> bool:
    """A comparative by its spelling and the word lists: "more", "rather", "bigger", "earlier"."""
    if low in _COMPARATIVE_WORDS:
        return True
    return low.endswith("er") and bool(set(word_tags(low)) & {"j", "r"})


def _and_then_sequence(site: Site, p1: str) -> bool:
    """ "and than caught fire", "and than as a robot", "and than share it": "than" joined by
    "and"/"but" to what comes before. A comparison is never joined so: "than" follows its
    comparative ("more and more"/"rather" end before it, not "and"), so after "and" it is the
    "then" of a sequence, whatever follows: a verb the tagger read as a participle or a noun, a
    phrase, a clause. Not when the word before "and" is itself a comparative or "than" ("more
    and than"), which is left to the other tests."""
    if p1 not in ("and", "but") or site.word(1) is None or site.at(1).kind == "number":
        return False
    before = site.word(-2)
    if before is None:
        return "," in site.at(-1).gap or ";" in site.at(-1).gap  # ", and than": a new clause's sequence
    return before.low not in ("than", "rather") and not _comparative(before.low) and site.tag(-2) not in ("JJR", "RBR")


_THEN_STARTS = frozenset("he she it they we i you the a an this his her their its our".split())


def _than_extra(site: Site) -> Iterator[Hit]:
    low = site.w.low
    if low == "than":
        p1 = site.low(-1)
        modal = p1 in MODALS or p1.replace("\u2019", "'").endswith(("'ll", "'d")) and p1 != "'d"  # "you'll than see"
        after_verb = p1 in ("and", "but", "cannot") or modal or p1 in ("was", "were", "is", "are", "be")
        tag1 = site.tag(1) if after_verb and site.word(1) is not None else ""
        if (p1 in ("and", "but", "cannot") or modal) and tag1 in ("VB", "VBD", "VBZ", "VBP", "RB") or (
                p1 in ("was", "were", "is", "are", "be") and tag1 == "VBN") or _and_then_sequence(site, p1):
            # a verb follows, as after "then": "and than announced", "would you than offer"
            yield site.hit(THAN_ID, "Nothing is compared here: for time, write \u201cthen\u201d.", "then")
            return
        k = site.i
        while k > 0 and not site.words[k].sentence_start:
            k -= 1
            low_k = site.words[k].low
            if low_k in _COMPARATIVE_WORDS or low_k.endswith("er") and _comparative(low_k) and (
                    site.tag(k - site.i) in ("JJR", "RBR") or site.word(k - site.i) is None):
                return
        if site.low(-1) in ("since", "until", "till", "by", "back", "from"):
            return  # the older rule decides these
        if site.word(1) is None and "," not in site.w.gap and site.low(-1) not in ("and", "but", "so", "or"):
            return
        # no comparative anywhere before it in the sentence: "than" compares nothing
        yield site.hit(THAN_ID, "Nothing is compared here: for time, write \u201cthen\u201d.", "then")
    elif low == "then":
        if site.low(-1) in ("later", "earlier", "sooner") and site.low(-2) in ("no", "any") and site.word(1) is not None and (
                site.tag(1) not in ("VBD", "VBZ", "VBP", "MD")):
            yield site.hit(THAN_ID, "After a comparative, write \u201cthan\u201d.", "than")
            return  # "no later then March": "no/any" + a comparative of time takes "than"
        before = []
        for k in range(1, 9):
            w = site.word(-k)
            if w is None:
                break
            before.append(w.low)
        if not any(b in _COMPARATIVE_WORDS and b not in _NOT_COMPARING or b.endswith("er") and b not in _NOT_COMPARING
                   and b not in ("after", "over", "under", "never", "whether", "other", "ever", "however", "together")
                   and _comparative(b) for b in before):
            return  # no comparative-looking word before it in its clause: the tagger is not asked
        if site.word(1) is None or site.low(1) == "than":
            return  # "life was different then.", "no higher then than now": "than" needs what it compares with
        if site.tag(1) in ("VBD", "VBZ", "VBP", "MD", "VBN") or site.low(1) in ("again",):
            return  # "the bigger firms then voted": "then" as an adverb of time
        for k in range(1, 9):
            w = site.word(-k)
            if w is None or w.low in _THEN_CLAUSE_BREAKS and not (
                    w.low in ("and", "or") and site.tag(-k - 1) == "JJ" and site.tag(-k + 1) == "JJ"):
                return  # a new clause; not "and" between adjectives ("more humane and pleasant place then")
            tag = site.tag(-k)
            if w.low in ("more", "less", "fewer", "rather", "other", "different", "differently") or (
                    tag in ("JJR", "RBR") and w.low not in _NOT_COMPARING):
                if w.low == "more" and site.low(-k - 1) == "the":
                    return  # "the more you pay, then ..."
                yield site.hit(THAN_ID, "After a comparative, write \u201cthan\u201d.", "than")
                return


# words that end the search for a comparative before "then": a new clause starts there
_THEN_CLAUSE_BREAKS = frozenset("and or but if when once after before because since until unless while so as "
                                "whether although though first".split())


RULES = (TOO,)
FINDERS = {TOO.id: (_too, frozenset({"to", "too"}))}
EXTRA_FINDERS = {THAN_ID: (_than_extra, frozenset({"than", "then"}))}
