"""More frames for were/where/we're (issue 12, s26), each a whole class of contexts written
from the grammar of English, beside those of ``frames`` and ``pronouns``:

- "were" + "to" + a verb joined by "and", "or" or a comma to an infinitive of place, time or
  manner that a preposition governs or that opens the sentence ("guidance on when to apply and
  were to send the form"): the pair is two questions, "where to";
- "were" + "to" + a verb right after a preposition that governs it ("details on were to
  vote"), or after a verb that takes a question, itself after "to", a modal or a negative
  ("you can check were to vote", "did not know were to turn");
- "Were" opening a sentence before a word that only the elliptical "where" takes and then a
  comma or the end ("Were possible, schools reopen"), or before "there" and a verb ("Were
  there is smoke"), or before a noun phrase and a verb that is finite by its form alone
  ("Were the two roads meet");
- "were" after a form of "be" (``frames``) before two joined noun phrases and their verb
  ("regardless of were the buyer or the seller lives"), or before a singular noun and a
  verb in -s that ends the clause ("this is were the problem lies"), which the tagger reads
  as a plural noun;
- "where" for "were" (beside "who/which where" in ``frames``, now also "whom where": "some
  of whom where hurt"): after a subject that opens its clause, before "to" and a verb ("the ministers where to meet"), unless the noun is one
  that takes a question ("the question where to build"); after a relative pronoun, a subject
  and a verb of saying, before a participle or an adjective ("the data which they said where
  accurate");
- "were" for "we're": a subject that opens the sentence, a verb of saying or thinking (an
  auxiliary may come between), then "were" with no subject of its own before its complement
  ("The minister said were ready", "The agency has said were months away").

Each asks the words first and the tagger only where the words leave it open.
"""

from __future__ import annotations

from collections.abc import Iterator

from copylint.grammar.classes import COLLECTIVE_NOUNS, SUBJECT_PRONOUNS
from copylint.grammar.confusion.context import NOT_OBJECT_VERBS, Site, participle_relative, zero_relative
from copylint.grammar.confusion.context import SINGULAR_OPENERS as _SINGULAR_OPENERS
from copylint.grammar.confusion.frames import CONTENT_NOUNS, subject_before
from copylint.grammar.confusion.pronouns import WHERE_OK_PARTICIPLES, relative_clause_ends_before
from copylint.grammar.hit import Hit
from copylint.grammar.lexicon import MODALS, is_adjective_only, is_noun, verb_tags, word_tags
from copylint.grammar.tagging.tagger import sentence_tags

WERE_ID = "grammar.confusables.were"

# words that open an indirect question with an infinitive ("how to", "when to")
_WH = frozenset("how when what which whom why whether".split())
# prepositions that govern a question ("on when to apply", "advice about how to vote")
_QUESTION_PREPOSITIONS = frozenset("on about of regarding concerning over into for as to".split())
# verbs that take a question with an infinitive ("know where to go", "decide where to stand")
_QUESTION_VERBS = frozenset(
    """know knows knew known decide decides decided learn learns learned learnt ask asks asked wonder wonders
    wondered figure figured find finds found show shows showed shown tell tells told explain explains explained
    choose chooses chose understand understands understood remember remembers remembered forget forgets forgot
    discover discovers discovered advise advises advised teach teaches taught check checks checked see sees saw
    seen guide guides guided knowing deciding learning asking wondering figuring finding showing telling
    explaining choosing understanding remembering forgetting discovering advising teaching checking seeing
    guiding""".split())
# infinitives that "were to" takes as a verb whatever comes before ("the ones I know were to
# blame", "those they knew were to be sacked")
_WERE_TO_IDIOMS = frozenset("be blame have".split())
_NEGATIVES = frozenset("not never n't".split())
_FINITE_BY_FORM = frozenset("is are was has have had will would can could may might must shall should does did "
                            "isn't aren't wasn't hasn't haven't won't can't couldn't doesn't didn't".split())


def _were_to_in_a_question_pair(site: Site) -> bool:
    """ "advice on how to apply and were to send the form", "When to Apply and Were to Send
    the Form": an infinitive question ("when to", "how to"), which a preposition governs or
    which opens the sentence, then "and"/"or"/a comma and "were to" + a verb: the two are
    questions, the second "where to". (After a clause's own verb, "and were to" may share its
    subject: "they chose when to leave and were to meet at noon", so that is left alone.)"""
    words, i = site.words, site.i
    if site.low(-1) in ("and", "or") and "," not in site.at(-1).gap:
        k = i - 2
    elif "," in site.w.gap and not site.w.sentence_start:
        k = i - 1
    else:
        return False
    for j in range(k, max(0, k - 8), -1):
        w = words[j]
        if w.low == "to" and w.gap == " " and words[j - 1].low in _WH:
            wh = words[j - 1]
            if wh.sentence_start:
                return True
            opener = words[wh.index - 1] if wh.index > 0 and wh.gap == " " else None
            return opener is not None and opener.low in _QUESTION_PREPOSITIONS
        if w.sentence_start:
            return False
    return False


def _were_to_after_governor(site: Site) -> bool:
    """ "details on were to vote", "you can check were to vote", "did not know were to turn":
    "were to" + a verb governed by a preposition (not one a clause leaves stranded: "the towns
    they came from were to close" has a verb before the preposition) or by a verb that takes a
    question after "to", a modal or a negative."""
    p1 = site.low(-1)
    if p1 in _QUESTION_PREPOSITIONS:
        if site.tag(-1) != "IN" or site.tag(-2).startswith(("VB", "MD", "RP")) or site.low(-2) in ("to",):
            return False
    elif p1 in ("us", "them", "him", "me") and site.low(-2) in _QUESTION_VERBS and site.tag(-2).startswith("VB"):
        pass  # "tell us were to send it", "showed them were to stand": a verb, its object, a question
    elif p1 in _QUESTION_VERBS or p1 == "out" and site.low(-2) in ("find", "figure", "work", "found", "figured",
                                                                   "worked"):
        p2 = site.low(-2) if p1 != "out" else site.low(-3)  # "can find out were to get tested"
        governed = p2 in MODALS or p2 == "to" or p2 in _NEGATIVES or p2.endswith(("n't", "n\u2019t"))
        # or the verb's own subject, a pronoun opening its clause ("they knew were to go"), not a
        # relative clause's ("the men they knew were to go")
        own_subject = p2 in ("i", "we", "they", "you", "he", "she", "nobody", "no one") and (
            not relative_clause_ends_before(site)) and p1 != "out"
        if not (governed or own_subject or p1.endswith("ing") and p1 != "out"):
            return False
    else:
        return False
    return site.tag(2) == "VB"


def _were_opening(site: Site) -> bool:
    """ "Were" opening a sentence where only "Where" fits: before an elliptical word and a
    comma or the end ("Were possible, ..."), before "there" and a verb ("Were there is
    smoke"), or before a noun phrase and a verb finite by its form ("Were the two roads
    meet" is read by its words: an auxiliary or a verb with no noun reading)."""
    n1 = site.low(1)
    if n1 in WHERE_OK_PARTICIPLES:
        return site.word(2) is None and site.i + 2 < len(site.words) and site.words[site.i + 2].gap.strip()[:1] == ","
    if n1 in ("we", "you", "they", "i") and "v" in verb_tags(site.low(2)) and (
            site.tag(2) in ("VBP", "VB") or site.at(2).cap and not word_tags(site.low(2)).replace("n", "")):
        return True  # "Were We Stand on Health Care": a subject and its present, no question's participle
    if n1 in ("he", "she", "it") and site.tag(2) == "VBZ" and site.low(2) not in ("is", "has", "'s"):
        return True
    if n1 == "there":
        return site.low(2) in _FINITE_BY_FORM and site.low(3) not in ("", "any", "a", "an", "some", "no")
    if n1 not in _SINGULAR_OPENERS or n1 in ("that", "this", "one"):
        return False
    for k in range(2, 6):
        low = site.low(k)
        if not low:
            return False
        if k > 2 and site.tag(k - 1).startswith("NN") and _finite_by_form(low):
            return True
        if not (word_tags(low) or site.at(k).cap or site.tag(k) == "CD"):
            return False  # a word no noun phrase holds
    return False


def _finite_by_form(low: str) -> bool:
    """An auxiliary, or a verb form that is finite whatever the tagger says: a past distinct
    from its participle ("stood"), or a present of a verb with no noun reading."""
    if low in _FINITE_BY_FORM:
        return True
    tags = verb_tags(low)
    if not tags or word_tags(low):
        return False
    return "d" in tags and "p" not in tags or "z" in tags


# nouns that take a question with an infinitive ("the question where to build", "advice where to go")
_QUESTION_NOUNS = frozenset(
    """question questions decision decisions choice choices debate debates discussion discussions dispute disputes
    argument arguments advice idea ideas guidance information instruction instructions plan plans option options
    uncertainty confusion disagreement disagreements talks knowledge clue clues sense doubt doubts problem problems
    issue issues rule rules direction directions tip tips suggestion suggestions recommendation recommendations
    map maps sign signs guide guides detail details help dilemma dilemmas""".split())
# verbs of saying, thinking and reporting after a relative pronoun and a subject ("which they said where")
_REPORT_VERBS = frozenset(
    """said say says think thinks thought believe believes believed claim claims claimed suspect suspects suspected
    fear fears feared know knows knew estimate estimates estimated report reports reported reckon reckons
    reckoned""".split())


def _where_to_after_subject(site: Site) -> bool:
    """ "the ministers where to meet on Monday": a subject that opens its clause, then "where
    to" + a verb; "were to" (was due to) was meant. Not after a noun that takes a question
    ("the question where to build")."""
    p1 = site.low(-1)
    if not p1 or site.low(1) != "to" or p1 in _QUESTION_NOUNS or "," in site.w.gap or not (
            word_tags(p1) or site.at(-1).cap):
        return False
    if site.tag(2) != "VB" or site.tag(-1) not in ("NN", "NNS", "NNP", "NNPS"):
        return False
    return subject_before(site)


def _where_after_report(site: Site) -> bool:
    """ "the data which they said where accurate", "the men who police say where armed",
    "the blazes, which crews said where under control": a relative pronoun, a subject
    and a verb of saying, then "where" before what only a verb "were" takes (a participle,
    an adjective, an adverb, or a preposition with no verb after it)."""
    n1 = site.low(1)
    if site.low(-1) not in _REPORT_VERBS or not n1:
        return False
    if n1 in WHERE_OK_PARTICIPLES or n1 in _SINGULAR_OPENERS:
        return False
    predicate = "p" in verb_tags(n1) or is_adjective_only(n1) or n1.endswith(("ly", "er"))
    place = n1 in _STATE_PREPOSITIONS and not _finite_word_ahead(site)
    if not (predicate or place):
        return False
    for k in range(3, 6):  # the subject: one to three words ("they", "police", "fire crews")
        low = site.low(-k)
        if low in ("which", "who", "that"):
            break
        if not low or not (is_noun(low) or word_tags(low) or site.at(-k).cap):
            return False
    else:
        return False
    subject = site.tag(-2) in ("PRP", "NNS", "NN", "NNP", "NNPS") or is_noun(site.low(-2))  # ("police" read as a verb)
    return subject and (place or site.tag(1) in ("VBN", "VBD", "JJ", "JJR", "RB"))


# prepositions that open a state after "were" ("were under control", "were in talks")
_STATE_PREPOSITIONS = frozenset("under in at on among behind beyond without out off".split())


def _finite_word_ahead(site: Site) -> bool:
    """By the words alone, an auxiliary or a verb with no noun reading in the rest of the clause."""
    for k in range(2, 10):
        low = site.low(k)
        if not low:
            return False
        if _finite_by_form(low):
            return True
    return False


_WHERE_QUESTION_SUBJECTS = frozenset("you they we he she i".split())


def _where_question_without_verb(site: Site) -> bool:
    """ "Where you subject to threats?", "Where they aware of it?": "Where" opening a
    sentence, a subject pronoun, and no verb in the rest of the clause; a clause of place
    needs its verb ("Where you live matters"), so the question's "Were" was meant."""
    if not site.w.sentence_start or site.low(1) not in _WHERE_QUESTION_SUBJECTS or not site.low(2):
        return False
    for k in range(2, 14):
        w = site.word(k)
        if w is None:
            return k > 2
        if w.low in _FINITE_BY_FORM or w.low.endswith(("n't", "n’t")) or site.tag(k) in (
                "VBD", "VBZ", "VBP", "MD", "VB"):
            return False
    return False


# clause verbs after which "were" with no subject is "we're"
_SAY_THINK = frozenset("said say says think thinks thought know knew believe believes believed hope hopes hoped "
                       "feel feels felt expect expects expected reckon guess mean means meant warned warns".split())
_AUXILIARIES = frozenset("has have had will would do does did 've".split())
_STATES = frozenset("not going all here ready proud glad excited happy grateful pleased thrilled committed delighted "
                    "honored honoured sure confident hopeful optimistic determined able lucky fortunate close "
                    "working looking still already now finally".split())
_AMOUNTS = frozenset("one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
                     "hundred hundreds thousand thousands million millions dozens several".split())
# words that open a noun phrase whose head a clause may describe without "that" ("What he said
# were lies", "All we know were rumours", "Those he named were guilty")
_FREE_RELATIVE_OPENERS = frozenset("what whatever all those these everything anything something nothing one some many "
                                   "most few none both each which who whom the_ones".split())


def _were_for_we_are_after_sentence_subject(site: Site) -> bool:
    """ "The minister said were ready", "The ministry has said were close to a deal": a
    subject opening the sentence, a verb of saying or thinking, then "were" with nothing to
    be its subject, before its complement ("we're"). Not when the subject holds a second
    noun phrase ("the arms the agency said were stolen": "were" is the relative clause's
    verb) or opens with a word that heads a relative ("What he said were lies")."""
    p1, n1 = site.low(-1), site.low(1)
    if p1 not in _SAY_THINK or "," in site.w.gap or not n1:
        return False
    k = 3 if site.low(-2) in _AUXILIARIES else 2
    pronoun = site.word(-k)
    if pronoun is not None and pronoun.low in ("i", "we", "they", "you", "he", "she") and (
            pronoun.sentence_start or pronoun.clause_start or site.low(-k - 1) in ("and", "but", "so")):
        # a pronoun subject ("I think were on the right track"): a relative clause would need a
        # noun before it ("the ones I think were lost")
        return site.tag(1) in ("VBG", "JJ", "RB", "CD") or n1 in _STATES or (
            site.tag(1) == "IN" and n1 not in ("of", "that") and site.tag(2) in ("DT", "PRP$", "NN", "NNS", "CD"))
    if not (n1 in _STATES or n1.endswith("ing") or site.at(1).kind == "number" or n1 in _AMOUNTS):
        return False
    first = None
    noun = opened = False
    for j in range(k, k + 6):  # back from the verb to the sentence start
        w = site.word(-j)
        if w is None:
            return False
        tag = site.tag(-j)
        if tag.startswith("NN"):
            if opened and site.low(-j + 1) != "of":
                return False  # a second noun phrase: "the arms the agency said were"
            noun = True
        elif tag in ("DT", "PRP$", "PDT", "PRP"):
            opened = True
        elif not (tag in ("JJ", "CD") or w.low == "of"):
            return False
        if w.sentence_start:
            first = w
            break
    if first is None or first.low in _FREE_RELATIVE_OPENERS or not noun:
        return False
    tag1 = site.tag(1)
    return tag1 in ("VBG", "JJ", "RB", "CD") or n1 in _STATES


def _label_of_place(site: Site) -> bool:
    """ "Were: City Hall": "Were" opening a line or sentence as a label before a colon, as in
    an event notice's "Who:", "When:", "Where:"."""
    w = site.w
    if not w.cap or site.word(1) is not None:
        return False  # (a capital "Were" and a colon is a label wherever it stands: "at 10 a.m. Were: City Hall")
    j = w.index + 1
    return j < len(site.words) and site.words[j].gap.lstrip()[:1] == ":"


def _pronoun_clause_after_conjunction(site: Site) -> bool:
    """ "the town is small and were we now live there is no shop": after "and", "or" or
    "but", "were" then a subject pronoun and (past an adverb) a verb finite by its form: a
    clause of place ("where we know"); an inverted "were we" takes no second verb ("and were
    we to win", "and were we told" are left alone: "to" and a past in -ed)."""
    if site.low(-1) not in ("and", "or", "but") or site.low(1) not in ("we", "they", "you", "i", "he", "she"):
        return False
    k = 3 if site.low(2) in _MID_ADVERBS or site.low(2).endswith("ly") else 2
    low = site.low(k)
    if not low or low.endswith("ed"):
        return False
    return _finite_by_form(low) or "v" in verb_tags(low) and site.tag(k) in ("VBP", "VB")


_MID_ADVERBS = frozenset("now still also often never always already usually only".split())


# adjectives of feeling that take a clause ("I'm glad we're here", "we're proud we're ready")
_CLAUSE_ADJECTIVES = frozenset("glad happy proud sure confident hopeful thankful grateful pleased excited relieved "
                               "delighted thrilled certain convinced aware sorry afraid".split())
_BE_JOINED = ("'m", "'re", "'s", "\u2019m", "\u2019re", "\u2019s")


def _were_after_clause_adjective(site: Site) -> bool:
    """ "I'm glad were finally here", "we are proud were leading": a predicate adjective of
    feeling takes a clause, and "were" has no subject of its own in it."""
    p1, p2 = site.low(-1), site.low(-2)
    if p1 == "that" and p2 in _CLAUSE_ADJECTIVES:
        p1, p2 = p2, site.low(-3)  # "proud that were investing": "that" opens the adjective's clause
    if p1 not in _CLAUSE_ADJECTIVES or "," in site.w.gap:
        return False
    if not (p2.endswith(_BE_JOINED) or p2 in ("am", "is", "are", "was", "feel", "felt", "so", "very", "really")):
        return False
    n1 = site.low(1)
    return n1 in _STATES or n1.endswith("ing") and site.tag(1) == "VBG" or site.tag(1) in ("JJ", "JJR", "RB")


# prepositions that open a phrase of time, and the words such a phrase is made of
_TIME_PREPOSITIONS = frozenset("in on at during after before since by until last this next early late".split())
_TIME_WORDS = frozenset(
    """january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday day days week weeks month months year years morning afternoon
    evening night weekend time spring summer autumn fall winter decade century past past""".split())
# nouns that name a share or a quantity and take a plural verb ("the rest were", "a third were")
_QUANTITY_NOUNS = frozenset("rest majority minority number total third quarter half handful couple dozen score "
                            "percent proportion share lot remainder bulk series pair variety range host".split())
_DETERMINERS = frozenset("the a an this that these those his her its their our my your some many most several few "
                         "every each no any both".split())
_OBJECT_PRONOUNS = frozenset("him them us me".split())
_CONDITIONAL_WORDS = frozenset("if wish wished though unless whether as suppose supposing imagine".split())


def _past_time_phrase(site: Site) -> int:
    """How many words a phrase of time right after "were" holds ("in 2015", "on Friday", "last
    year", "in the spring of 2019"), 0 if none starts there."""
    if site.low(1) not in _TIME_PREPOSITIONS:
        return 0
    for k in range(2, 6):
        w = site.word(k)
        if w is None:
            return 0
        if w.kind == "number" or w.low in _TIME_WORDS:
            nxt = site.low(k + 1)
            if nxt == "of" or nxt in _TIME_WORDS or site.word(k + 1) is not None and site.at(k + 1).kind == "number":
                continue  # "in the spring of 2019", "on May 5"
            return k
        if w.low not in ("the", "a", "that", "this", "early", "late", "mid", "of"):
            return 0
    return 0


def _clause_after(site: Site, start: int, past: bool | str) -> bool:
    """A clause of its own opens ``start`` places after "were": a subject (a subject pronoun or
    one noun phrase) and then its finite verb, present (a verb in -s after a singular head, a
    plain verb after a plural one) or, with ``past``, a past that is no participle taking no
    object ("the men shot the day before" is a phrase); with ``past`` "no verb" (nothing before
    can be the subject of a verb "were"), any past ("a game were both teams struggled")."""
    if site.low(start) in SUBJECT_PRONOUNS:
        k, head = start + 1, "PRP"
        if site.low(k) in ("also", "still", "now", "often", "never", "once", "later", "first"):
            k += 1
    elif site.low(start) in _INDEFINITE_PRONOUNS:
        k, head = start + 1, "NN"  # "were nobody wins": the pronoun is the whole subject
        if "z" in verb_tags(site.low(k)) and site.tag(k) == "NNS":
            return True  # its verb in -s, read as a plural noun
    elif site.tag(start) == "VBG" and site.tag(start + 1) in ("VBZ", "VBD", "MD"):
        k, head = start + 1, "NN"  # a gerund as subject: "were farming is the main trade"
    elif (amount := _amount_subject(site, start)) is not None:
        k, head = amount  # "were 40 percent of residents live", "were many of them gather"
    else:
        head, k, joined = "", start, False
        for k in range(start, start + 7):
            tag = site.tag(k)
            if tag in ("NN", "NNP", "NNS", "NNPS"):
                if head and head != "and" and _verb_read_as_noun(site, k, head):
                    break
                head = tag
            elif tag == "VBZ" and not head and "N" in word_tags(site.low(k)) and site.tag(k + 1) in ("VBD", "VBP", "MD"):
                head = "NNS"  # a plural noun read as a verb before its own verb: "were costs rose"
            elif tag == "JJ" and not head and site.low(k - 1) == "the" and k > start and site.tag(k + 1) in ("VBP", "MD"):
                head = "NNS"  # an adjective as a plural noun: "were the homeless get", "were the strong can"
            elif tag == "CC" and head and site.low(k) in ("and", "or") and site.tag(k + 1) in _SECOND_CONJUNCT_TAGS:
                head, joined = "and", True  # two joined noun phrases, a plural subject: "were democracy and open markets are"
            elif tag == "RB" and not head and site.low(k).endswith("ly") and site.tag(k + 1) == "JJ":
                continue  # an adverb of the adjective: "were mutually profitable trade can"
            elif tag in ("DT", "PDT") and k > start and head != "and":
                return False  # a second phrase opens: "were the first the House passes"
            elif tag in ("DT", "PDT", "CD", "JJ", "JJS", "JJR", "PRP$", "POS") and head in ("", "and") or (
                    tag in ("VBN", "VBG") and not head and k > start):
                continue  # (right after "were", a participle is its own: "were experiencing wage gains")
            else:
                break
        if head in ("", "and") or site.low(k) in ("of",):
            return False
        if joined:
            head = "NNS"  # (the second conjunct's number is not the subject's)
    tag, low = site.tag(k), site.low(k)
    if tag.startswith("NN") and _verb_read_as_noun(site, k, head):
        tag = "VBZ" if head in ("NN", "NNP") else "VBP"
    elif tag == "VB" and head in ("NNS", "NNPS") and "v" in verb_tags(low):
        tag = "VBP"  # "people feel": a present read as the plain verb
    if tag == "MD" or low in ("is", "has", "does", "was") and head in ("NN", "NNP", "PRP"):
        return True
    if tag in ("VBZ", "VBP") and "p" in verb_tags(low) and participle_relative(site):
        return False  # "the men shot the day before": a participle, tagged as a present
    if tag == "VBZ":
        return head in ("NN", "NNP") or head == "PRP" and site.low(k - 1) in ("he", "she", "it")
    if tag == "VBP":
        return head in ("NNS", "NNPS") or head == "PRP" and site.low(k - 1) not in ("he", "she", "it")
    if past == "no verb":  # nothing before can be the subject of "were": any past verb opens a clause
        return tag == "VBD" or tag == "VBN" and "d" in verb_tags(low)
    return bool(past) and (tag == "VBD" or tag == "VBN" and "d" in verb_tags(low)) and not participle_relative(site)


# what may open a second noun phrase joined by "and"
_SECOND_CONJUNCT_TAGS = frozenset("DT PRP$ JJ JJR JJS CD NN NNS NNP NNPS".split())
_APPROXIMATORS = frozenset("about nearly almost around roughly some over only just".split())
_AMOUNT_WORDS = frozenset("many most some all few several both half none".split())


def _amount_subject(site: Site, start: int) -> tuple[int, str] | None:
    """A subject that opens with an amount ("40 percent of residents", "more than 500 people",
    "many of them", "about 300 people"): the place of the word after it and its head's number
    (the noun after "of" decides it), or None."""
    k = start
    if site.low(k) in ("more", "fewer", "less") and site.low(k + 1) == "than" or site.low(k) == "at" and (
            site.low(k + 1) == "least"):
        k += 2
    elif site.low(k) in _APPROXIMATORS and site.tag(k + 1) == "CD":
        k += 1
    if site.tag(k) == "CD":
        k += 1
        if site.low(k) in ("percent", "%", "per"):
            k += 2 if site.low(k) == "per" else 1  # ("per cent")
            if site.low(k) != "of":
                return None
    elif site.low(k) in _AMOUNT_WORDS and k == start and site.low(k + 1) == "of":
        k += 1
    else:
        return None
    head = "NNS"
    if site.low(k) == "of":
        k += 1
        if site.low(k) in ("them", "us", "you"):
            return k + 1, "NNS"
    for j in range(k, k + 4):
        tag = site.tag(j)
        if tag.startswith("NN"):
            head = "NNS" if tag in ("NNS", "NNPS") else "NN"
            if not site.tag(j + 1).startswith("NN"):
                return j + 1, head
        elif tag not in ("DT", "PRP$", "JJ", "JJR", "CD"):
            return None
    return None


# pronouns that are a whole singular noun phrase, never a noun's modifier
_INDEFINITE_PRONOUNS = frozenset("nobody everybody somebody anybody everyone someone anyone everything something "
                                 "anything nothing".split())


def _verb_ahead(site: Site) -> bool:
    """By the word lists, a word two to eight places ahead may be a finite verb."""
    for k in range(2, 9):
        low = site.low(k)
        if not low:
            return False
        if low in _FINITE_BY_FORM or set(verb_tags(low)) & {"z", "d", "v"}:
            return True
    return False


def _verb_read_as_noun(site: Site, k: int, head: str) -> bool:
    """The word ``k`` places away, tagged a noun after the head noun ``head``, is by the word
    lists the present verb agreeing with it, and what follows opens the verb's object or a
    phrase ("the mayor lives in", "the firm plans a"): the tagger read the verb as a noun."""
    low = site.low(k)
    if head in ("NN", "NNP"):
        agrees = site.tag(k) == "NNS" and "z" in verb_tags(low)
    else:
        agrees = site.tag(k) == "NN" and "v" in verb_tags(low) and not low.endswith("s")
    # (not before a verb: "the side fans loved" is a phrase and a relative clause's subject)
    return agrees and site.tag(k + 1) in ("IN", "DT", "PRP$", "TO", "PRP")


def _subject_cannot_take_were(site: Site) -> bool:
    """The word before "were" is a singular noun that opens no plural subject ("a summit were",
    "Geneva were"): not a collective or a quantity ("the staff were", "the rest were"), not one
    of two joined ("Smith and Jones were"), not in an "of" phrase ("one of the men were"), and
    no "if" or "wish" before it ("if the plan were")."""
    p1 = site.low(-1)
    if site.tag(-1) not in ("NN", "NNP") or p1 in COLLECTIVE_NOUNS or p1 in _QUANTITY_NOUNS or p1 in CONTENT_NOUNS:
        return False
    if p1.endswith("s") or "," in site.w.gap or not site.at(-1).word:
        return False
    for k in range(2, 8):
        w = site.word(-k)
        if w is None:
            return True
        if w.low in ("and", "or", "nor", "of", "&", "with", "plus") or w.low in _CONDITIONAL_WORDS:
            return False
        if site.tag(-k) not in ("NN", "NNP", "DT", "JJ", "CD", "PRP$", "POS", "IN"):
            return True
    return True


def _opens_with_free_relative(site: Site) -> bool:
    """The sentence opens with a free relative ("What I think were the causes are clear"), whose
    own verb "were" may be."""
    k = site.i
    while k > 0 and not site.words[k].sentence_start:
        k -= 1
    return site.words[k].low in ("what", "whatever")


def _were_before_a_clause(site: Site) -> bool:
    """ "were" where only the place word fits, by what follows it: a subject and a present
    verb of its own ("the district were the mayor lives", "zones were seals breed": "were"
    takes no clause), or, after a word that cannot be the subject of "were" (a singular noun,
    an object pronoun after its verb: "a rally were fans sang", "tell us were the forms go"),
    a subject and a past verb; a phrase of time may come first ("a retrial, were in 2015
    she was cleared"). Not after a noun that a clause completes ("the fears were prices
    rise"), nor before two noun phrases, the second a relative clause's subject ("the
    winners were the teams fans picked")."""
    p1, n1 = site.low(-1), site.low(1)
    asked = p1 in _QUESTION_VERBS or p1 in ("you", "me", "us", "them", "him") and site.low(-2) in _QUESTION_VERBS
    if p1 in CONTENT_NOUNS or p1 in ("that", "which", "who", "there", "here") or p1 in SUBJECT_PRONOUNS and not asked:
        return False
    # settled by the words, before any tag: what follows must be able to open a clause (a
    # pronoun, a determiner, a noun or adjective, a number, a name, a phrase of time) and hold
    # a word that may be a finite verb
    opener = n1 in SUBJECT_PRONOUNS or n1 in _TIME_PREPOSITIONS or n1 in _DETERMINERS or set(
        word_tags(n1)) & {"n", "N", "j"} or site.at(1).cap or site.at(1).kind == "number" or n1.endswith("ing")
    floating = n1 in ("all", "both", "each") and not set(word_tags(site.low(2))) & {"n", "N"}  # "were all fined"
    if not opener or floating or n1 in ("not", "also", "still", "being", "to") or not _verb_ahead(site):
        return False
    start = 1 + _past_time_phrase(site)
    if start == 1 and zero_relative(site) or _opens_with_free_relative(site):
        return False
    after_object = p1 in _OBJECT_PRONOUNS and site.tag(-2).startswith("VB") and "," not in site.w.gap
    if asked and "," not in site.w.gap and site.tag(-1 if p1 in _QUESTION_VERBS else -2).startswith("VB") and (
            not relative_clause_ends_before(site)):
        # a verb that takes a question ("nobody knows were the boat went", "tell you were I stand")
        return _clause_after(site, start, True)
    if after_object or _subject_cannot_take_were(site):
        return _clause_after(site, start, "no verb")
    # after a comma that closes a noun phrase ("the hearing, were officials testified"), or a phrase of time
    after_comma = site.w.gap.strip() == "," and site.i > 0 and not site.w.sentence_start and (
        set(word_tags(site.words[site.i - 1].low)) & {"n", "N"} or site.words[site.i - 1].cap)
    return _clause_after(site, start, start > 1 or bool(after_comma))


_PRESENT_MODALS = frozenset("will can may must shall won't can't cannot".split())
_CLAUSE_BREAKS = frozenset("that which who whom whose when while because if although though since unless until "
                           "where whether".split())


def _were_after_conjunction_with_present(site: Site) -> bool:
    """ "My heart goes out to them and were going to help", "We may lose, but were going to
    vote": after "and"/"but", "were" + a verb in -ing (or "not", an adverb, then one) shares
    no subject with the clause before when that clause's verb is a present in -s or a present
    modal ("heart goes ... were" cannot agree; "may ... were going" clashes in tense): the
    clause of its own is "we're"."""
    p1, n1 = site.low(-1), site.low(1)
    if p1 not in ("and", "but"):
        return False
    k = 2 if n1 in ("not", "also", "still", "now", "just", "really", "finally", "already", "all") or (
        n1.endswith("ly") and "r" in word_tags(n1)) else 1
    if not site.low(k).endswith("ing") or "g" not in verb_tags(site.low(k)):
        return False  # settled by the words, before any tag
    if site.tag(k) != "VBG":
        return False
    # back through the sentence (a comma may stand before the conjunction), in the tagged window
    for t in reversed(site.sentence()):
        if t.word >= site.i - 1 or t.word < 0:
            continue
        w = site.words[t.word]
        low = w.low.replace("\u2019", "'")
        if low in _CLAUSE_BREAKS:
            return False
        if low in _PRESENT_MODALS:
            return True
        if t.tag == "VBZ" and low not in ("'s",):
            return True
        if t.tag.startswith(("VB", "MD")) and t.tag not in ("VBN", "VBG", "VB"):
            return False  # a past or a plural present: "they were tired and were going home"
        if w.sentence_start:
            return False
    return False


# adjectives and participles that the elliptical "where" takes ("where possible": where it is possible)
_ELLIPTICAL = frozenset("possible necessary appropriate applicable feasible practicable practical warranted "
                        "desirable".split())
# words that open a clause inside a sentence (its own subject may then take "were")
_CLAUSE_OPENERS = frozenset("that which who whom whose what when whenever if because as while whether than where "
                            "and or but nor so since although though unless until once after before".split())
_FINITE_TAGS = frozenset("VBZ VBP VBD MD".split())


def _were_elliptical(site: Site) -> bool:
    """ "we buy from local suppliers were possible", "it will include, were appropriate, new
    shelters": "were" before a word the elliptical "where" takes ("possible", "necessary",
    "appropriate"), ending its phrase, where nothing before can be the subject of a verb
    "were": the comma of an aside, or a clause that already has its finite verb, with a
    preposition or "to" between it and "were" (so the noun before "were" is an object), and no
    word that opens a second clause or takes a clause ("said", "believe")."""
    words, i = site.words, site.i
    n1 = site.low(1)
    if n1 not in _ELLIPTICAL or site.word(2) is not None and site.low(2) not in ("to",):
        return False
    if "," in site.w.gap:
        j = i + 2
        return not site.w.sentence_start and j < len(words) and words[j].gap.strip()[:1] == ","  # an aside
    if site.word(-1) is None:
        return False
    tagged = [t for t in sentence_tags(words, i) if 0 <= t.word < i]
    finite = None
    for n, t in enumerate(tagged):
        low = words[t.word].low
        if low in _CLAUSE_OPENERS or low in NOT_OBJECT_VERBS or low in _SAY_THINK or low in _REPORT_VERBS or (
                low in _QUESTION_VERBS):
            return False
        if finite is None and t.tag in _FINITE_TAGS:
            finite = n
        elif finite is None and n and t.tag in ("DT", "PRP$", "PRP") and tagged[n - 1].tag.startswith("NN"):
            return False  # two noun phrases before the first verb: a relative clause ("the changes the board made")
    if finite is None:
        return False
    between = tagged[finite + 1:]
    return any(t.tag in ("IN", "TO") and words[t.word].low != "of" for t in between) and any(
        t.tag.startswith("NN") for t in between)


# words that stand before "were" but can be no subject of it: no inverted clause follows them
_NO_SUBJECT_BEFORE = frozenset("because although though unless whereas until while if".split())
# words before a subject that make its clause a relative one ("the claims that people say were false")
_RELATIVE_BEFORE = frozenset("that which who whom what whatever those these ones one all some many most".split())
# adverbs no inverted subject follows ("Were also the ..." is no question)
_NO_INVERSION_ADVERBS = frozenset("here also still already now very really always never finally currently".split())
_PHRASE_OF_TIME = frozenset("this last next year week month tonight today now first second third finally so then "
                            "together".split())


def _were_without_subject(site: Site) -> bool:
    """ "Were glad to start", "And were not finished", "This week, were sending aid", "as
    long as were united": "were" where nothing before it can be its subject (the start of
    the sentence, after "and"/"but"/"so" opening it, a phrase of time and a comma, or a
    subordinator) and what follows opens no inverted subject ("Were the talks a success?",
    "Were it not for", "as were the others" keep their subject after "were"): "we're"."""
    w = site.w
    p1 = site.low(-1)
    if w.sentence_start:
        if any(c in w.gap for c in ")]\u2026") or "..." in w.gap or w.index and site.words[w.index - 1].low == "etc":
            return False  # no sentence's start: a bracket or an ellipsis may close its subject ("the dailies (Post etc.) were")
    elif p1 in ("and", "but", "so") and site.at(-1).sentence_start:
        pass
    elif p1 in _NO_SUBJECT_BEFORE or p1 == "as" and site.low(-2) in ("long", "as"):
        pass
    elif p1 in _SAY_THINK and "," not in w.gap and site.tag(-1).startswith("VB"):
        k = -3 if site.low(-2) in ("all", "both") else -2  # "we all hope were"
        subject = site.word(k)
        if subject is None or not (subject.low in SUBJECT_PRONOUNS or subject.low in _INDEFINITE_PRONOUNS):
            return False
        before = site.word(k - 1)
        if before is not None and (before.low in _RELATIVE_BEFORE or site.tag(k - 1).startswith(("NN", "PRP", "DT"))):
            return False  # a relative clause's verb: "the ones I think were lost", "the games experts think were"
        if site.tag(1) == "VBN":
            return False  # a passive whose subject is further back: "(these,) I think, were echoed by"
    elif "," in w.gap and not w.cap:
        k = w.index - 1  # a short phrase of time before the comma: "This year, were"
        words = site.words
        for _ in range(3):
            if k < 0 or words[k].low not in _PHRASE_OF_TIME:
                return False
            if words[k].sentence_start:
                break
            k -= 1
        else:
            return False
    else:
        return False
    n1, tag1, tag2 = site.low(1), site.tag(1), site.tag(2)
    if n1 in _NO_INVERSION_ADVERBS or n1 == "off":
        return site.low(2) not in ("many", "few", "much", "little")  # "Were very many people hurt?"
    if n1 == "not":
        return tag2 not in ("DT", "PDT", "PRP", "PRP$", "CD", "EX") and not tag2.startswith("NN")
    if tag1 == "VBG" or n1.endswith("ly") and tag1 == "RB":
        return True
    return tag1 in ("JJ", "VBN") and not tag2.startswith(("NN", "JJ", "CD")) and n1 not in WHERE_OK_PARTICIPLES


def _were_frames(site: Site) -> Iterator[Hit]:
    low, n1 = site.w.low, site.low(1)
    if low == "were" and not n1 and _label_of_place(site):
        yield site.hit(WERE_ID, "\u201cwere\u201d is the verb: for a place, write \u201cwhere\u201d.", "where")
        return
    if not n1:
        return
    if low == "were":
        if n1 == "to" and "v" in verb_tags(site.low(2)) and site.low(2) not in _WERE_TO_IDIOMS and (
                _were_to_in_a_question_pair(site) or _were_to_after_governor(site)):
            yield site.hit(WERE_ID, "\u201cwere\u201d is the verb: for a place, write \u201cwhere\u201d.", "where")
        elif site.w.sentence_start and _were_opening(site) or _pronoun_clause_after_conjunction(site) or (
                _were_before_a_clause(site)) or _were_elliptical(site):
            yield site.hit(WERE_ID, "\u201cwere\u201d is the verb: for a place, write \u201cwhere\u201d.", "where")
        elif _were_for_we_are_after_sentence_subject(site) or _were_after_clause_adjective(site) or (
                _were_after_conjunction_with_present(site)) or _were_without_subject(site):
            yield site.hit(WERE_ID, "\u201cwere\u201d has no subject here: \u201cwe\u2019re\u201d (we are)?", "we're")
    elif low == "where":
        if n1 == "to" and _where_to_after_subject(site) or _where_after_report(site) or (
                _where_question_without_verb(site)):
            yield site.hit(WERE_ID, "\u201cwhere\u201d is about place: the verb is \u201cwere\u201d.", "were")


EXTRA_FINDERS = {WERE_ID: (_were_frames, frozenset({"were", "where"}))}
RULES = ()
FINDERS: dict = {}
