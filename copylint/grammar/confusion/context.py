"""What a confusion rule sees around a trigger word: its neighbours in the grammar stream
and, only when asked, their part-of-speech tags (the sentence is tagged on first request
and memoised, so sentences without a trigger are never tagged)."""

from __future__ import annotations

from copylint.grammar.hit import Hit
from copylint.grammar.lexicon import verb_tags, word_tags
from copylint.grammar.stream import Word, walk
from copylint.grammar.tagging.model import model
from copylint.grammar.tagging.tagger import Tagged, tagged_word, window_tags

_SUBORDINATORS = frozenset(
    "because if although though since while when whenever as that until till before after whether than so once "
    "unless whereas where like".split()
)
NOT_OBJECT_VERBS = frozenset(
    """be is are was were been being am having do does did say says said saying think thinks thought
    know knows knew believe believes believed hope hopes hoped guess feel feels felt mean means meant suppose
    realise realize realised realized suggest suggests suggested claim claims claimed argue argues argued insist
    insisted agree agreed admit admitted hear heard see sees saw seen find finds found show shows showed warn
    warned note noted add adds added explain explained tell told wonder wondered ensure ensured confirm confirmed
    announce announced predict predicted decide decided fear feared worry worried expect expected assume assumed
    understand understood remember remembered forget forgot notice noticed learn learned discover discovered
    prove proved recognise recognize imagine imagined wish wished seem seems seemed appear appears appeared
    guarantee guaranteed acknowledge acknowledged deny denied declare declared report reported stress stressed
    guess reckon bet sure""".split()
)
# "have", "make", "let" and "get" are not in that list: they take a clause only through a word
# between ("make sure it's", "have said they're"), so right before "it's", "they're" or "you're"
# they are main verbs wanting an object ("make they're appointments", "have they're claims
# heard"); an auxiliary "have" cannot stand there either ("have they're" is no clause).
# bare nouns that follow "it's" as a predicate: "it's time", "it's part of"
PREDICATE_NOUNS = frozenset(
    "time part home news business fun money war nothing something everything anything half enough history "
    "worth kind sort lot way crunch game life love luck work school bedtime dinner lunch".split()
)


_OBJECT_ONLY_PRONOUNS = frozenset("him them us me".split())
_RANKING_ADJECTIVES = frozenset("first second third last next only main latest former".split())
_QUANTIFIERS = frozenset("many some most all few none each one both several any".split())
_NP_TAGS = frozenset("DT PDT PRP$ JJ JJR JJS CD VBG VBN POS HYPH RBS".split())
# adverbs of degree that stand before an adjective inside a noun phrase ("their more optimistic
# estimates", "its already tenuous finances"; adverbs in -ly are taken by their ending)
DEGREE_ADVERBS = frozenset("more most less least very so too quite rather already still even ever once almost "
                            "fairly pretty far much well".split())
# words that open an introductory phrase or clause, which holds no subject for the main verb
_INTRO_WORDS = frozenset(
    "with without as in on at for after before during since when while although though if because now today "
    "currently meanwhile however also together finally again still yet hopefully certainly obviously clearly "
    "unfortunately fortunately sadly instead otherwise through by from under once until unless whether "
    "thankfully frankly honestly right here "
    # the other prepositions that open a sentence's phrase ("Thanks to this grant,", "Despite the rain,")
    "thanks due despite amid amidst across throughout following like unlike beyond given including "
    "among between toward towards within around over upon outside inside behind beside".split()
)


_FIXED: dict[str, str] = {}


def fixed_tag(low: str) -> str | None:
    """The Penn tag the tagger gives ``low`` wherever it stands (a word of its tag
    dictionary: frequent and unambiguous, like "they", "and", "not"), else None. A rule may
    use it to settle a test before tagging a window; the answer is the tag it would get.
    (None for a word with an apostrophe, "cannot" or a digit: the tagger splits such a word
    into parts, or folds its digits, before its look-up.)"""
    if not _FIXED:
        _learn_fixed()
    return _FIXED.get(low)


def _learn_fixed() -> None:
    """Fill ``_FIXED`` from the model's tag dictionary, leaving out the entries no stream
    word's ``low`` may be looked up by (see :func:`fixed_tag`), so that a look-up is one
    dict read: no key holds a digit (the tagger folds digits), and the keys with an
    apostrophe ("n't", "'s"), "cannot" and "" are dropped here."""
    m = model()
    penn = [tag.split(" ", 1)[0] for tag in m.tags]
    # (a word of ASCII letters, most of them, holds neither: the character tests, some 8,000
    # instructions a word, run only for the others)
    _FIXED.update((w, penn[c]) for w, c in m.tagdict.items()
                  if w and w != "cannot" and ((w.isascii() and w.isalpha())
                                              or (not any(a in w for a in "'\u2019\u02bc\u2018")
                                                  and not any(c.isdigit() for c in w))))


class Site:
    """One trigger word ``words[i]`` in its stream."""

    __slots__ = ("words", "i", "w", "_near")

    def __init__(self, words: list[Word], i: int) -> None:
        self.words = words
        self.i = i
        self.w = words[i]
        self._near: dict[int, Word | None] = {}  # offset -> word, as found (finders ask the same offsets often)

    def low(self, offset: int) -> str:
        """The lowercase word ``offset`` places away when only spaces separate them, else ""."""
        near = self._near  # (``word``'s memo read here: no call of ``word`` at each of the many asks)
        if offset in near:
            w = near[offset]
        else:
            w = near[offset] = walk(self.words, self.i, offset)
        return w.low if w is not None else ""

    def word(self, offset: int) -> Word | None:
        near = self._near
        if offset in near:
            return near[offset]
        found = near[offset] = walk(self.words, self.i, offset)
        return found

    def at(self, offset: int) -> Word:
        """:meth:`word` where the caller knows a word stands there (it read a non-empty ``low``
        there, or found the word not None)."""
        w = self.word(offset)
        if w is None:
            raise LookupError(f"no word {offset} places from the trigger")
        return w

    def tag(self, offset: int = 0) -> str:
        """The Penn tag of the word ``offset`` places away (its first part for "it's"), "" past
        the clause edge."""
        w = self.word(offset)
        if w is None:
            return ""
        fixed = _FIXED.get(w.low) if _FIXED else fixed_tag(w.low)
        if fixed is not None:
            return fixed  # a tag-dictionary word: its tag in any window, and no window tagged for it
        near = -8 <= w.index - self.i <= 6  # inside the tagged window (else the whole sentence is tagged)
        parts = tagged_word(self.words, w.index, window=self.i if near else None)
        return parts[0].tag if parts else ""

    def tags(self, offset: int = 0) -> list[str]:
        """The tags of every part of that word ("it's" -> ["PRP", "VBZ"])."""
        w = self.word(offset)
        return [] if w is None else [t.tag for t in tagged_word(self.words, w.index, window=self.i)]

    def np_tag(self, offset: int) -> str:
        """The tag of the word ``offset`` places away, read as a noun phrase's word where the
        tagger was misled by the trigger itself ("about there claims": "there" makes it read
        "claims" as a verb; "they're first matchup": "first" as an adverb): a verb or adverb
        tag the word lists do not allow, on a word they list as a noun or adjective."""
        tag = self.tag(offset)
        if tag in ("VBZ", "VBP", "VB", "RB", "VBD") and 0 < offset <= 3:
            low = self.low(offset)
            tags = set(word_tags(low))
            if tags & {"n", "N"} and (tag != "RB" or "r" not in tags):
                return "NNS" if low.endswith("s") and tag in ("VBZ", "VB") else "NN"
            if "j" in tags and tag in ("RB", "VBD") and low in _RANKING_ADJECTIVES:
                return "JJ"
        return tag

    def possessive_slot(self) -> bool:
        """The trigger stands where only a possessive fits: after a preposition or a verb that
        takes an object (not a clause), and before a noun phrase without its own determiner
        ("for it's creation", "assemble they're robot", "increasing it's market share")."""
        prev = self.word(-1)
        if prev is None or not prev.word:
            return False
        low = prev.low
        if low in _SUBORDINATORS or low in NOT_OBJECT_VERBS:
            return False
        prev_tag = self.tag(-1)
        if not (prev_tag == "IN" or prev_tag.startswith("VB") or low in ("of", "to") and prev_tag in ("IN", "TO")):
            return False
        return self.noun_phrase_at(1)

    def noun_phrase_at(self, offset: int) -> bool:
        """A determinerless noun phrase starts there: adjectives, numbers or participles, then a
        lowercase noun ("last season", "market share", "10th birthday")."""
        for k in range(offset, offset + 5):
            w = self.word(k)
            if w is None:
                return False
            tag = self.np_tag(k)
            if tag in ("NN", "NNS"):
                return not w.cap or w.sentence_start
            if w.low in ("and", "or") and k > offset and self.tag(k - 1) == "JJ" and self.np_tag(k + 1) in ("JJ", "NN", "NNS"):
                continue  # coordinated modifiers: "their swift and costly response", "educational and career goals"
            if tag == "JJ" and not w.cap and "j" not in (lex := word_tags(w.low)) and "n" in lex:
                return True  # a noun the tagger, misled by the trigger, read as an adjective ("they're concern")
            if tag in ("RB", "RBR") and self.np_tag(k + 1) in ("JJ", "JJR", "VBN") and (
                    w.low.endswith("ly") or w.low in DEGREE_ADVERBS):
                continue  # an adverb of degree before an adjective: "their already tenuous finances", "more optimistic"
            if tag == "RB" and set(word_tags(w.low)) & {"n", "j"} and self.np_tag(k + 1) in ("NN", "NNS"):
                continue  # a noun or adjective read as an adverb: "their home country", "its overall approach"
            if tag == "JJ" and "n" in word_tags(w.low) and self.word(k + 1) is None and not w.cap and (
                    k > offset or self.tag(offset - 2) == "IN" or self.tag(offset - 2).startswith("VB") and (
                        not set(word_tags(self.low(offset - 2))) & {"n", "N"})):  # (the word before the trigger)
                return True  # a noun the tagger read as an adjective, ending the phrase: "for their future."
            if tag == "NNP" and k > offset and self.np_tag(k + 1) in ("NN", "NNS"):
                continue  # a name as a modifier: "their loaned Picasso drawings"
            if tag not in ("JJ", "JJS", "JJR", "CD", "VBN", "VBG", "HYPH", "NNP", "RBS") or k > offset and tag == "NNP":
                return False
        return False

    def np_then_finite_verb(self, offset: int = 1, pronoun: bool = False) -> bool:
        """A noun phrase starts ``offset`` places away and a finite verb follows it: a clause
        ("the town were the attack happened", "you're budget request reflects"). An "of"
        phrase may sit inside it ("many of these voters are"); with ``pronoun`` a subject
        pronoun counts as the noun phrase ("were they live")."""
        noun = False
        for k in range(offset, offset + 8):
            tag = self.tag(k)
            if k == offset and tag == "CC" and self.low(k) in ("neither", "either"):
                tag = "DT"  # "were neither side would move": a determiner, tagged as the conjunction
            if tag in ("NN", "NNS", "NNP", "NNPS") or pronoun and k == offset and tag == "PRP":
                noun = True
            elif tag in ("VBD", "VBZ", "VBP", "MD") or tag == "VBN" and noun and self.low(k + 1) in _OBJECT_ONLY_PRONOUNS and (
                    "d" in verb_tags(self.low(k))):
                # (a past form read as a participle, but an object follows: "a lawyer questioned him")
                return noun and self.low(k) not in ("'s",)
            elif tag == "RB" and noun:
                continue  # "the rubber often hits"
            elif tag == "CC" and not noun and k > offset and self.tag(k - 1) == "JJ" and self.tag(k + 1) == "JJ":
                continue  # adjectives joined by "and": "new and larger offices opened"
            elif tag in ("DT", "PDT") and k > offset and self.tag(k - 1) not in ("IN", "PDT"):
                return False  # a second noun phrase starts: "the highest the firm has seen"
            elif not (tag in _NP_TAGS or tag == "IN" and self.low(k) == "of" and (noun or self.low(k - 1) in _QUANTIFIERS)):
                return False
        return False

    def object_head(self, start: int) -> str:
        """The head noun of the noun phrase starting ``start`` places away (the last of its
        first run of nouns, within five words), lowercased; "" if none or if something other
        than a noun phrase's words comes first."""
        head = ""
        for k in range(start, start + 5):
            tag = self.tag(k)
            if tag.startswith("NN"):
                head = self.low(k)  # the last of a run of nouns: "the city council vote"
            elif head or tag not in ("DT", "PRP$", "JJ", "JJR", "JJS", "CD", "RB", "HYPH", "VBN", "VBG"):
                return head
        return head

    def clause_start_before(self, limit: int = 3) -> int | None:
        """How many words before the trigger its clause starts, when only adverbs and
        conjunctions come between (0: the trigger starts it; "hopefully were" -> 1), else None."""
        for k in range(0, limit + 1):
            w = self.word(-k)
            if w is None:
                return None
            if k and not (w.low in ("now", "so", "and", "but", "today", "tonight") or self.tag(-k) in ("RB", "CC")):
                return None
            if w.clause_start:
                return k
        return None

    def intro_phrase_before(self) -> bool:
        """The trigger follows the comma that closes a sentence's introductory phrase ("With
        this bill, were ...", "As we know, were ...", "Currently, were ..."): the sentence
        opens with a preposition, subordinator or adverb, and no other comma comes between."""
        if "," not in self.w.gap or self.w.sentence_start:
            return False
        k = self.i - 1
        while k > 0 and not self.words[k].sentence_start:
            if self.words[k].clause_start:
                return False
            k -= 1
        first = self.words[k]
        if first.low in ("and", "but", "so") and k + 1 < self.i:
            first = self.words[k + 1]
        return first.low in _INTRO_WORDS

    def sentence(self) -> list[Tagged]:
        """The tagged window around the trigger (see ``window_tags``)."""
        return window_tags(self.words, self.i)

    def hit(self, rule: str, message: str, replacement: str, offset: int = 0, span: int = 1) -> Hit:
        """A hit on ``span`` words starting ``offset`` places away, suggesting ``replacement``
        (cased like the original's first letter)."""
        first = self.word(offset) or self.w
        last = self.word(offset + span - 1) or first
        if first.text[:1].isupper():
            replacement = replacement[:1].upper() + replacement[1:]
        return Hit(rule, first.start, last.end, message, (replacement,))


# words that open a singular noun phrase ("the problem", "every vote")
SINGULAR_OPENERS = frozenset("the a an this that every each no one another his her its their our my your".split())


def s_verb_clause(site: Site, start: int = 1) -> bool:
    """From ``start`` places after the trigger, a singular noun phrase, then a verb in -s that
    ends the clause ("were the problem lies."): the tagger, misled, reads the verb as a
    plural noun."""
    if site.low(start) not in SINGULAR_OPENERS:
        return False
    for k in range(start + 1, start + 4):
        tag = site.tag(k)
        if tag == "NN":
            j = k + 2 if site.tag(k + 1) == "RB" and site.low(k + 1) in _MID_ADVERBS else k + 1  # "my family still lives"
            if site.tag(j) == "NNS":
                return "z" in verb_tags(site.low(j)) and ends_clause(site, j)
        if tag not in ("JJ", "NN", "VBN", "CD"):
            return False
    return False


def past_clause(site: Site, start: int = 1) -> bool:
    """From ``start`` places after the trigger, a noun phrase, then a past form that ends the
    clause ("is were the children played."): with nothing after it to be its object, the
    tagger may read the past as a participle."""
    noun = False
    for k in range(start, start + 5):
        tag = site.tag(k)
        if tag.startswith("NN"):
            noun = True
        elif tag in ("VBN", "VBD") and noun:
            return "d" in verb_tags(site.low(k)) and ends_clause(site, k)
        elif noun or tag not in ("DT", "PRP$", "JJ", "CD", "PDT"):
            return False
    return False


# adverbs that stand between a subject and its verb
_MID_ADVERBS = frozenset("still also now often always never usually already mostly largely only".split())


def ends_clause(site: Site, offset: int) -> bool:
    """The word ``offset`` places away is the last of its clause (punctuation or the end after it)."""
    w = site.word(offset)
    if w is None or site.word(offset + 1) is not None:
        return False
    j = w.index + 1
    return j >= len(site.words) or site.words[j].gap.strip()[:1] in ("", ".", ",", ";", ":", "!", "?")


def zero_relative(site: Site) -> bool:
    """A plural noun and then another noun after "were" may be a relative clause without
    "that" ("the winners were the teams fans picked", "were things people wanted")."""
    for k in range(1, 5):
        tag = site.tag(k)
        if tag in ("NNS", "NNPS"):
            nxt = site.tag(k + 1)
            return nxt.startswith("NN") or nxt == "PRP" or nxt == "VBZ" and "N" in word_tags(site.low(k + 1)) and (
                site.tag(k + 2) in ("VBP", "VBD", "VB", "MD"))  # "the ones fans love": "fans" read as a verb
        if tag.startswith("NN"):
            return False
    return False


# nouns of time that head an adverbial noun phrase, not an object ("shot the day before")
_TIME_HEADS = frozenset("day days night nights week weeks month months year years morning mornings afternoon "
                        "evening evenings weekend weekends time times hour hours minute minutes season decade "
                        "century before earlier later".split())


def participle_relative(site: Site) -> bool:
    """After "were", a noun phrase and a past form that is also a participle ("shot",
    "killed", "arrested") with no object after it: a participle modifying the phrase ("the
    victims were the men shot the day before", "the winners were the teams picked by the
    panel"), so "were" is the verb and the phrase its complement, not a "where" clause ("the
    towns were rebels shot civilians" has its object)."""
    noun = False
    for k in range(1, 7):
        tag, low = site.tag(k), site.low(k)
        if tag.startswith("NN"):
            noun = True
            continue
        if tag in _NP_WORD_TAGS and not noun:
            continue
        if not noun or tag not in ("VBD", "VBN", "VBP") or "p" not in verb_tags(low):  # ("shot" may read as VBP)
            return False
        after = site.word(k + 1)
        if after is None or site.low(k + 1) in ("by", "in", "on", "at", "during", "after", "before", "last", "this"):
            return True
        # an object would follow; a noun phrase of time is none ("shot the day before")
        for j in range(k + 1, k + 4):
            if site.low(j) in _TIME_HEADS:
                return True
            if site.tag(j) not in ("DT", "JJ", "CD"):
                return False
        return False
    return False


_NP_WORD_TAGS = frozenset("DT PDT CD JJ JJS JJR PRP$ POS".split())
