"""Subject-verb agreement: a pronoun and its verb ("it have", "they has", "she were"), and a
plural subject across an "of" phrase ("supporters of an Iran-linked militia attacks")."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from operator import attrgetter

from copylint.checks.base import Example, RuleInfo
from copylint.grammar.classes import (
    AUXILIARIES,
    COLLECTIVE_NOUNS,
    CONJUNCTIONS,
    DETERMINERS,
    OBJECT_PRONOUNS,
    POSSESSIVES,
    PREPOSITIONS,
    SAY_VERBS,
    SUBJECT_PRONOUNS,
)
from copylint.grammar.hit import Hit
from copylint.grammar.lexicon import lemmas, verb_tags, word_tags
from copylint.grammar.stream import Word, after, before

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import Final

RULE: Final = RuleInfo(
    id="grammar.agreement",
    category="grammar",
    severity="error",
    summary='A verb that does not agree with its subject ("they has", "supporters of the militia attacks").',
    rationale=(
        "A verb must agree with its subject in number: \"it has\", \"they have\", \"supporters of "
        "the militia attack\". Two patterns are checked. A subject pronoun directly before its verb "
        "(\"it have\", \"they has\", \"she were\"), leaving alone questions (\"did he go\"), the "
        "subjunctive (\"if she were\", \"insisted that he resign\") and \"it\" or \"you\" as objects "
        "(\"those who did it have\"). And a plural noun followed by an \"of\" phrase ending in a "
        "singular noun, then a singular verb (\"supporters of an Iran-linked militia attacks the "
        "embassy\"): the verb agrees with the head noun, not the nearest one. Collective and "
        "quantity heads (\"lots of\", \"a number of\") take either and are left alone. A noun "
        "phrase opening a clause (\"The new rules is\"), also across up to two prepositional "
        "phrases (\"The price of eggs in most shops have\"), and \"there is\" before a plural "
        "(\"there is many reasons\") or \"there are\" before \"a\" + a singular noun. Collective "
        "nouns (\"the government have\", British usage) are left alone. Where the word data cannot tell "
        "a plural noun from a verb (\"The new reports says\"), the part-of-speech tagger decides, "
        "and only for sentences that hold such a candidate."
    ),
    bad=(
        Example("Officials said [[it have]] no plans to leave."),
        Example("[[They has]] refused to comment."),
        Example("Police said [[she were]] arrested at the scene."),
        Example("[[He don't]] speak for the party, the minister said."),
        Example("[[We was]] told to leave the building."),
        Example("The report says [[they needs]] more time."),
        Example("Supporters of an Iran-linked militia [[attacks]] the embassy."),
        Example("Members of the ruling party [[is]] expected to resign."),
        Example("Residents of the town [[has]] been evacuated."),
        Example("[[It seem]] the talks have failed."),
        Example("There [[is]] many reasons to doubt the figures."),
        Example("There [[was]] protests in several cities."),
        Example("There [[are]] a problem with the count, officials said."),
        Example("The price of eggs in most shops [[have]] doubled."),
        Example("The results of the survey [[shows]] that support is falling."),
        Example("The cost of the repairs [[are]] not yet known."),
        Example("The new rules [[is]] expected to take effect in June."),
        Example("The report on the floods [[were]] published on Monday."),
        Example("Land trusts are organisations which [[owns]] land."),
        Example("The new reports [[says]] the plan failed."),
        Example("The recent protests in the capital [[has]] drawn thousands."),
    ),
    good=(
        Example("Officials said it has no plans to leave."),
        Example("They have refused to comment."),
        Example("If she were elected, she would resign."),
        Example("The people who did it have not been caught."),
        Example("Did he go to the meeting?"),
        Example("The court insisted that he resign."),
        Example("Supporters of the militia attack the embassy every week."),
        Example("The leader of the protesters says the march will go ahead."),
        Example("Lots of the money was spent on defence."),
        Example("The number of arrests has risen."),
        Example("They always say it is too early."),
        Example("It cost more than expected."),
        Example("There are many reasons to doubt the figures."),
        Example("There were a lot of protests."),
        Example("There is a problem with the count."),
        Example("The price of eggs in most shops has doubled."),
        Example("The results of the survey show that support is falling."),
        Example("The government have said they will act."),
        Example("The couple have two children."),
        Example("The sales figures are due on Monday."),
        Example("The number of protesters was not known."),
        Example("Land trusts are organisations which own land."),
        Example("One of the groups that organises the march spoke."),
        Example("The company reports profits every quarter."),
        Example("The attacks on the embassy were condemned."),
    ),
    fix_safe=False,
)

_SINGULAR: Final = frozenset("he she it".split())
_THIRD_ONLY: Final = {"has": "have", "is": "are", "was": "were", "does": "do", "doesn't": "don't",
               "hasn't": "haven't", "isn't": "aren't", "wasn't": "weren't"}
_PLURAL_ONLY: Final = {"have": "has", "are": "is", "were": "was", "do": "does", "don't": "doesn't",
                "haven't": "hasn't", "aren't": "isn't", "weren't": "wasn't", "am": "is"}
_SUBJUNCTIVE_WERE: Final = frozenset("if though wish wished whether suppose imagine unless".split())
_SUBJUNCTIVE_BASE: Final = frozenset("that lest if".split())
# "it"/"you" are subjects only after these (or at the start of a clause)
_OPENERS: Final = CONJUNCTIONS | SAY_VERBS | frozenset(
    "think thinks thought believe believes believed hope so then whether claiming claim announced announcing "
    "confirmed confirms insisted insists warned warns noted stated argued".split()
)
_INVERTERS: Final = AUXILIARIES | frozenset("let make makes made help helps helped see saw watch hear heard".split())
_SEMI_MODALS: Final = frozenset("need dare better used".split())
_QUANTITY_HEADS: Final = frozenset("lots tons loads heaps plenty kinds sorts types percent bits millions billions "
                            "thousands hundreds dozens trillions".split())


def find(text: str, words: list[Word], sites: Iterable[int] | None = None) -> Iterator[Hit]:
    """Hits in one segment's stream; only at ``sites`` (indexes of ``TRIGGERS`` words, in
    order) when given, which is where any can be."""
    kinds = _kinds()
    for i in range(len(words)) if sites is None else sites:
        w = words[i]
        kind = kinds.get(w.low)  # (one look-up sorts the trigger words: most are determiners)
        if kind is None:
            continue
        # (the word classes are disjoint but for "that", a relative and a determiner; each
        # check returns its one hit or None, which costs less than a generator at every word)
        if kind is not _DET:
            hit = None
            if kind is _PRONOUN:
                if w.word:
                    hit = _pronoun(words, i)
            elif kind is _OF:
                if i > 0:
                    hit = _of_phrase(words, i)
            elif kind is _THERE:
                if w.word:
                    hit = _there(words, i)
            elif i > 0:  # a relative, or "that"
                hit = _relative(words, i)
            if hit is not None:
                yield hit
            if kind is not _THAT:
                continue
        if (i == 0 if w.gap == " " else w.sentence_start) or (  # ``sentence_start``'s fast path, inline
                i > 0 and words[i - 1].low in _SUBORDINATORS and w.joined):
            hit = _subject_np(words, i) or _tagged_subject(words, i)
            if hit is not None:
                yield hit


_LOW: Final = attrgetter("low")
_RELATIVES: Final = frozenset(("who", "which", "that"))
# what each trigger word is to :func:`find` (compared by identity: these are distinct objects)
_PRONOUN: Final = "pronoun"
_OF: Final = "of"
_THERE: Final = "there"
_RELATIVE: Final = "relative"
_THAT: Final = "that"
_DET: Final = "determiner"


@cache
def _kinds() -> dict[str, str]:
    """trigger word -> its kind (``_triggers``' words, each once)."""
    kinds = dict.fromkeys(_NP_DETS, _DET)
    kinds.update(dict.fromkeys(SUBJECT_PRONOUNS, _PRONOUN))
    kinds.update({"of": _OF, "there": _THERE, "who": _RELATIVE, "which": _RELATIVE, "that": _THAT})
    assert frozenset(kinds) == _triggers() and not SUBJECT_PRONOUNS & _NP_DETS
    return kinds


@cache
def _triggers() -> frozenset[str]:
    return SUBJECT_PRONOUNS | _NP_DETS | frozenset("of there who which that".split())


# -- "there is" + plural, "there are" + a singular --------------------------------------------------

_THERE_SINGULAR: Final = {"is": "are", "was": "were", "'s": "are", "has": "have"}
_THERE_PLURAL: Final = {"are": "is", "were": "was"}
_COUNTED: Final = frozenset("many several numerous two three four five six seven eight nine ten dozens hundreds thousands "
                     "millions various both".split())
_A_QUANTITY: Final = frozenset("lot number few couple dozen total variety host series range handful majority minority "
                        "group pair set number bunch string spate wave raft slew further estimated additional "
                        "whole".split())


def _there(words: list[Word], i: int) -> Hit | None:
    """"There is many reasons", "there was protests", "there are a problem"."""
    b = before(words, i)
    if b is not None and (b.low in PREPOSITIONS or b.low in _PLACE_ADVERBS or b.low in DETERMINERS):
        return None  # "out there is a world", "over there are": a place, not the existential

    v = after(words, i)
    if v is None:
        return None
    if v.low == "there's":
        return None
    n = after(words, v.index)
    if n is None or not n.word or n.cap:
        return None
    if n.low in ("no", "more", "still", "also") and v.low in _THERE_SINGULAR:
        n = after(words, n.index)  # "there is no casualties"
        if n is None or not n.word or n.cap:
            return None
    if v.low in _THERE_SINGULAR and v.low != "has":
        plural = n.low in _COUNTED or (word_tags(n.low) == "N" and _np_ends(words, n.index))
        if plural:
            fix = _THERE_SINGULAR[v.low]
            return Hit(RULE.id, v.start, v.end, f"\u201c{n.text}\u201d is plural: \u201cthere {fix}\u201d.",
                       (fix,))
    elif v.low in _THERE_PLURAL and n.low in ("a", "an", "one"):
        m = after(words, n.index)
        if m is None or not m.word or m.cap or m.low in _A_QUANTITY or word_tags(m.low) != "n":
            return None
        if verb_tags(m.low) or not _np_ends(words, m.index):
            return None
        fix = _THERE_PLURAL[v.low]
        return Hit(RULE.id, v.start, v.end, f"\u201c{n.text} {m.text}\u201d is singular: \u201cthere {fix}\u201d.",
                   (fix,))
    return None


def _relative(words: list[Word], i: int) -> Hit | None:
    """"organisations which owns land": a plural noun, a relative pronoun, a singular verb."""
    r = words[i]
    head = before(words, i)
    if head is None or not head.word or head.cap or head.low in _QUANTITY_HEADS or head.low in _EITHER:
        return None
    if word_tags(head.low) != "N" or verb_tags(head.low):
        return None  # plainly a plural noun only ("organisations", not "reports")
    b = before(words, head.index)
    if b is not None and (b.low == "of" or b.low in PREPOSITIONS or b.low in CONJUNCTIONS or b.low in ("one", "each")):
        return None  # "a cap on premiums which", "fats and carbohydrates that": the antecedent may be further left
    if _one_of(words, head.index):
        return None
    v = after(words, i)
    if v is None or not v.word or v.cap:
        return None
    tags = verb_tags(v.low)
    fix: str | None
    if v.low in ("is", "was", "has") and r.low != "that":
        fix = _SINGULAR_VERBS[v.low]
    elif "z" in tags and "v" not in tags and not word_tags(v.low):
        bases = [x for x in lemmas(v.low) if x != v.low]
        fix = bases[0] if bases else None
    else:
        return None
    if fix is None:
        return None
    return Hit(RULE.id, v.start, v.end, f"\u201c{r.text}\u201d stands for \u201c{head.text}\u201d (plural): "
               f"\u201c{fix}\u201d, not \u201c{v.text}\u201d.", (fix,))


# -- a clause-opening noun phrase and its verb --------------------------------------------------------

_PLACE_ADVERBS: Final = frozenset("out over up down back here in from under".split())
_SUBORDINATORS: Final = frozenset("that because although though while whereas since unless".split())
_NP_DETS: Final = frozenset("the a an this that these those his her their its our my your some every each another "
                     "no many several both most all".split())
_SINGULAR_DETS: Final = frozenset("a an this that every each another".split())
_PLURAL_DETS: Final = frozenset("these those many several both".split())
# heads that take either number (collectives, quantities) or look singular but are plural
_EITHER: Final = COLLECTIVE_NOUNS | frozenset(
    "army crowd public union majority minority audience jury cabinet management media data number lot "
    "total rest half couple variety range series species means people personnel clergy cattle youth "
    "elderly press opposition administration congress parliament senate assembly community population "
    "class faculty navy military department ministry bank squad pair percent per cent none all some "
    "any each one kind sort type headquarters news politics economics physics mathematics statistics "
    "generation following array fraction proportion share percentage portion part bulk body host".split()
)
_PREPS: Final = frozenset("of in on at for from with about near under over among between behind against without "
                   "across around inside outside within".split())
_SINGULAR_VERBS: Final = {"is": "are", "was": "were", "has": "have", "does": "do", "doesn't": "don't", "isn't": "aren't",
                   "wasn't": "weren't", "hasn't": "haven't"}
_PLURAL_VERBS: Final = {"are": "is", "were": "was", "have": "has", "don't": "doesn't", "aren't": "isn't",
                 "weren't": "wasn't", "haven't": "hasn't"}


def _subject_np(words: list[Word], i: int) -> Hit | None:
    """A determiner + noun phrase opening a clause, then (past up to two prepositional phrases)
    its verb: "The results shows", "The price of eggs have", "These rule is"."""
    d = words[i]
    if d.low not in _NP_DETS:
        return None
    head, j = _np(words, i + 1)
    if head is None:
        return None
    number = _number(d, head)
    if number is None:
        return None
    # prepositional phrases: "The price of eggs in most shops have"
    attractor = None
    for _ in range(2):
        p = words[j] if j < len(words) and words[j].joined else None
        if p is None or p.low not in _PREPS:
            break
        k = j + 1
        determined = k < len(words) and words[k].joined and (words[k].low in DETERMINERS or words[k].possessive)
        if determined:
            k += 1
        inner, j2 = _np(words, k)
        if inner is None or (not determined and j2 - k > 1):
            return None  # "a kind of toy children like": maybe a relative clause without "that"
        attractor, j = inner, j2
    if j >= len(words) or not words[j].joined:
        return None
    v = words[j]
    if word_tags(v.low) == "r" and not verb_tags(v.low) and j + 1 < len(words) and words[j + 1].joined:
        j += 1
        v = words[j]
    if not v.word or v.cap:
        return None
    low = v.low.replace("\u2019", "'")
    fix = None
    if number == "plural" and low in _SINGULAR_VERBS:
        fix = _SINGULAR_VERBS[low]
    elif number == "plural" and attractor is None and _plain_third(words, j):
        bases = [b for b in lemmas(low) if b != low]
        fix = bases[0] if bases else None
    elif number == "singular" and low in _PLURAL_VERBS and (attractor is not None or low not in ("have", "were")):
        fix = _PLURAL_VERBS[low]
    if fix is None:
        return None
    which = "plural" if number == "plural" else "singular"
    return Hit(RULE.id, v.start, v.end,
               f"The subject is \u201c{head.text}\u201d ({which}): \u201c{fix}\u201d, not \u201c{v.text}\u201d.", (fix,))


def _tagged_subject(words: list[Word], i: int) -> Hit | None:
    """The part-of-speech tagger decides what the word data cannot: a plural noun that is
    also a verb form ("The new reports says", "Recent protests in the capital has"). Tags
    the sentence only when the word data shows a candidate: within six words, a possibly
    plural noun right before "is", "was", "has" or an -s verb."""
    stop = min(i + 8, len(words) - 1)
    if not _plural_noun_in(words, i + 1, stop):
        return None  # settled by the word lists, before the loop
    cand = None
    for k in range(i + 1, stop):
        a, v = words[k], words[k + 1]
        # (``joined``'s fast path first: k > i >= 0)
        if (v.gap != " " and not v.joined) or (a.gap != " " and not a.joined) or a.kind != "word":
            return None
        if "N" in word_tags(a.low) and not a.cap and (
                v.low in ("is", "was", "has", "isn't", "wasn't", "hasn't")
                or ("z" in verb_tags(v.low) and "N" not in word_tags(v.low))):
            cand = k + 1
            break
    if cand is None:
        return None
    from copylint.grammar.tagging import chunks, sentence_tags

    tagged = sentence_tags(words, i)
    parts = chunks(tagged)
    first = next((n for n, c in enumerate(parts) if tagged[c.start].word == i), None)
    if first is None:
        return None
    subject = parts[first]
    if subject.kind != "NP" or subject.number != "pl" or tagged[subject.head].tag != "NNS":
        return None
    n = first + 1
    # up to two prepositional phrases: IN + NP
    for _ in range(2):
        if n < len(parts) and parts[n].kind == "NP" and parts[n].start == parts[n - 1].end + 1 \
                and tagged[parts[n - 1].end].tag == "IN":
            n += 1
    if n >= len(parts) or parts[n].kind != "VG" or parts[n].start != parts[n - 1].end:
        return None
    vg = parts[n]
    fin = tagged[vg.finite if vg.finite is not None else vg.start]
    if fin.tag != "VBZ" and fin.text.lower() not in ("was", "wasn't"):
        return None
    v = words[fin.word]
    if fin.word != cand or v.cap:
        return None
    head = words[tagged[subject.head].word]
    if word_tags(head.low) not in ("N", "Nz") and "N" not in word_tags(head.low):
        return None
    if head.low in _EITHER or head.low in _QUANTITY_HEADS:
        return None
    low = v.low.replace("\u2019", "'")
    fix = _SINGULAR_VERBS.get(low) or next((b for b in lemmas(low) if b != low), None)
    if fix is None:
        return None
    return Hit(RULE.id, v.start, v.end,
               f"The subject is \u201c{head.text}\u201d (plural): \u201c{fix}\u201d, not \u201c{v.text}\u201d.", (fix,))


def _np(words: list[Word], k: int) -> tuple[Word | None, int]:
    """The head of the noun phrase starting at ``words[k]`` (modifiers then a noun) and the index
    after it; (None, k) when no plain noun phrase starts there."""
    head = None
    start = k
    while k < len(words) and k - start < 5:
        w = words[k]
        if not ((w.gap == " " and k > 0) or w.joined) or w.kind != "word":  # (``joined``'s fast path first)
            break
        if w.low in _NP_ENDS:
            break
        tags = word_tags(w.low)
        if w.cap or w.possessive or "'" in w.low or w.kind != "word":
            return None, k  # names and possessives: leave to the pronoun and of-phrase checks
        if "n" in tags or "N" in tags:
            if verb_tags(w.low) and head is not None and not _before_auxiliary(words, k):
                break  # "the plan calls": a verb after a noun ("the intelligence reports was" goes on)
            head = w
            k += 1
            continue
        if "j" in tags and head is None:
            k += 1
            continue
        break
    return head, k


_CLAUSE_WORDS: Final = frozenset("that which who whom whose".split())
_NP_ENDS: Final = (_CLAUSE_WORDS | PREPOSITIONS | CONJUNCTIONS | AUXILIARIES | SUBJECT_PRONOUNS | OBJECT_PRONOUNS
            | DETERMINERS | {"of"})


def _before_auxiliary(words: list[Word], k: int) -> bool:
    n = after(words, k)
    return n is not None and (n.low in _SINGULAR_VERBS or n.low in _PLURAL_VERBS)


def _number(d: Word, head: Word) -> str | None:
    low = head.low
    if low in _EITHER or low in _QUANTITY_HEADS or "-" in low:
        return None
    tags = word_tags(low)
    if tags == "N" or (tags == "Nz" and False):
        number = "plural"
    elif "n" in tags and "N" not in tags:
        number = "singular"
    else:
        return None
    if d.low in _SINGULAR_DETS and number == "plural" or d.low in _PLURAL_DETS and number == "singular":
        return None  # the determiner-noun rule's
    return number


def _plain_third(words: list[Word], j: int) -> bool:
    """An -s verb that cannot be a plural noun here: followed by an object or a clause."""
    w = words[j]
    tags = verb_tags(w.low)
    if "z" not in tags or "v" in tags:
        return False
    n = after(words, j)
    return n is not None and (n.low in DETERMINERS or n.low in POSSESSIVES or n.low in OBJECT_PRONOUNS
                              or n.low in ("that", "to"))


def _np_ends(words: list[Word], i: int) -> bool:
    n = after(words, i)
    if n is None:
        return True
    return n.low in PREPOSITIONS or n.low in CONJUNCTIONS or n.low in AUXILIARIES or n.low in ("of", "that", "who")


def _pronoun(words: list[Word], i: int) -> Hit | None:
    p = words[i]
    v = after(words, i)
    if v is not None and word_tags(v.low) == "r" and not verb_tags(v.low):
        v = after(words, v.index)  # one adverb: "they also has"
    if v is None or not v.word or v.cap:
        return None
    low = v.low.replace("\u2019", "'")
    singular = p.low in _SINGULAR
    if not _may_disagree(low, singular):
        return None  # settled by the verb's form, before the tests of the pronoun's place
    if p.low == "i" and (p.text != "I" or (i > 0 and words[i - 1].cap and p.joined)):
        return None  # "World War I has", "Elizabeth I was"
    b = before(words, i)
    if b is not None and b.low in _INVERTERS:
        return None  # "did he go", "let it be"
    if p.low in ("it", "you") and not (p.clause_start or (b is not None and _opens_clause(b))):
        return None  # object: "those who did it have"
    fix: str | None = None
    if singular:
        if low in _PLURAL_ONLY:
            if low in ("were", "weren't") and (_subjunctive(words, i, _SUBJUNCTIVE_WERE)
                                               or (b is not None and b.low == "as")):
                return None
            fix = _PLURAL_ONLY[low]
        elif _bare_verb(low) and not _subjunctive(words, i, _SUBJUNCTIVE_ANY):
            third = _third_person(low)
            fix = third
    else:
        wrong = _WRONG_AFTER_I if p.low == "i" else _WRONG_AFTER_PLURAL
        if low in wrong:
            fix = wrong[low]
        elif "z" in verb_tags(low) and "v" not in verb_tags(low) and "r" not in word_tags(low):
            if p.low in ("you", "we") and "N" in word_tags(low):
                return None  # "you guys", "we Americans"
            bases = [b for b in lemmas(low) if b != low]
            fix = bases[0] if bases else None
    if fix is None:
        return None
    return Hit(RULE.id, p.start, v.end, f"\u201c{p.text}\u201d does not agree with \u201c{v.text}\u201d: "
               f"\u201c{p.text} {fix}\u201d?", (f"{p.text} {fix}",))


def _may_disagree(low: str, singular: bool) -> bool:
    """What the fix in :func:`_pronoun` needs of the verb's form (a speed path: after most
    pronouns stands a verb that agrees, or no verb form, settled here before the tests of the
    pronoun's place): a plural-only form or a bare verb after "he/she/it", a third-person form
    after the others."""
    if singular:
        return low in _PLURAL_ONLY or _bare_verb(low)
    return low in _WRONG_AFTER_PLURAL or low in _WRONG_AFTER_I or "z" in verb_tags(low)


def _plural_noun_in(words: list[Word], lo: int, hi: int) -> bool:
    """A plural noun by the word lists among ``words[lo:hi]``, which :func:`_tagged_subject`'s
    candidate needs (a speed path: most clause openings have none in reach, and one pass over
    their tags in C settles those before its loop)."""
    return "N" in "".join(map(word_tags, map(_LOW, words[lo:hi])))


_WRONG_AFTER_I: Final = {"is": "am", "has": "have", "does": "do", "doesn't": "don't", "isn't": "am not",
                  "hasn't": "haven't"}
_WRONG_AFTER_PLURAL: Final = _THIRD_ONLY | {"am": "are"}  # after "you", "we", "they"
_SUBJUNCTIVE_ANY: Final = _SUBJUNCTIVE_BASE | _SUBJUNCTIVE_WERE


def _opens_clause(b: Word) -> bool:
    """Whether "it"/"you" after ``b`` is a subject: after a conjunction or a say verb, or after a
    word that is no verb or preposition ("In those days it ...", "Now it ...")."""
    if b.low in _OPENERS:
        return True
    return not verb_tags(b.low) and b.low not in PREPOSITIONS and b.low != "of" and b.word and not b.cap


def _bare_verb(low: str) -> bool:
    """A base verb form that is no past, participle, noun or semi-modal ("seem", "go")."""
    tags = verb_tags(low)
    return tags == "v" and low not in _SEMI_MODALS and low not in AUXILIARIES and not word_tags(low)


def _third_person(low: str) -> str | None:
    from copylint.grammar.lexicon import verb_form

    return verb_form(low, "z")


def _subjunctive(words: list[Word], i: int, triggers: frozenset[str]) -> bool:
    """"if she were", "insisted that he resign": a trigger in the four words before."""
    for j in range(i - 1, max(i - 5, -1), -1):
        if words[j].low in triggers:
            return True
        if words[j + 1].clause_start and j + 1 < i:
            break
    return False


def _of_phrase(words: list[Word], i: int) -> Hit | None:
    """Plural head + of + singular noun phrase + singular verb."""
    head = before(words, i)
    if head is None:
        return None
    tags = word_tags(head.low)  # the most selective test first
    if "N" not in tags or "n" in tags:
        return None  # not plainly plural ("series", "news", "means")
    if (head.cap and not head.sentence_start) or not head.word or head.low in _QUANTITY_HEADS:
        return None
    if not _subject_position(words, head.index) or _one_of(words, head.index):
        return None
    b = before(words, head.index)
    if b is not None and b.low == "of":
        return None  # "millions of dollars of equipment is": the head is further left
    # the "of" phrase: [determiner] modifiers... singular noun, then the verb; spaces only
    j = i + 1
    while j < len(words) and j - i <= 6 and words[j].joined:
        w = words[j]
        fix = _singular_verb_fix(words, j) if j > i + 1 and _singular_noun(words[j - 1]) else None
        if fix:
            return Hit(RULE.id, w.start, w.end,
                       f"The subject is \u201c{head.text}\u201d (plural): \u201c{fix}\u201d, not \u201c{w.text}\u201d.",
                       (fix,))
        if not _noun_phrase_word(w):
            return None
        j += 1
    return None


def _one_of(words: list[Word], i: int) -> bool:
    """"One of the goals of the plan is": the subject is "one"."""
    for j in range(i - 1, max(i - 6, 0), -1):
        if words[j].low == "of" and words[j - 1].low in ("one", "each", "none", "any", "either", "neither"):
            return True
        if words[j + 1].clause_start:
            return False
    return False


def _singular_verb_fix(words: list[Word], j: int) -> str | None:
    """The plural form for a singular verb at ``words[j]``, if it plainly is one."""
    w = words[j]
    if w.cap or not w.word:
        return None
    if w.low in _THIRD_ONLY:
        return _THIRD_ONLY[w.low]
    if "z" in verb_tags(w.low) and "v" not in verb_tags(w.low) and "r" not in word_tags(w.low):
        n = after(words, j)
        if n is None or not (n.low in DETERMINERS or n.low in POSSESSIVES or n.low in OBJECT_PRONOUNS):
            return None  # "attacks the", "says his": a verb, not a noun compound
        bases = [b for b in lemmas(w.low) if b != w.low]
        return bases[0] if bases else None
    return None


def _noun_phrase_word(w: Word) -> bool:
    if w.low in _NOT_NP_WORDS:
        return False
    return (w.low in DETERMINERS or w.low in POSSESSIVES or w.possessive or w.cap or "-" in w.text
            or w.kind == "number" or bool(set(word_tags(w.low)) & {"j", "n", "N"}))




_NOT_NP_WORDS: Final = _CLAUSE_WORDS | PREPOSITIONS | CONJUNCTIONS | AUXILIARIES | SUBJECT_PRONOUNS | OBJECT_PRONOUNS


def _singular_noun(w: Word) -> bool:
    """A singular noun, a name, or an unknown word not ending in -s (the lexicon lacks many
    regular nouns: "stronghold")."""
    if w.cap or not (word_tags(w.low) or verb_tags(w.low)):
        return w.word and not w.low.endswith("s")
    tags = word_tags(w.low)
    return "n" in tags and "N" not in tags


def _subject_position(words: list[Word], i: int) -> bool:
    """No preposition governs the head noun: look back to the start of its clause."""
    for j in range(i - 1, max(i - 6, -1), -1):
        w = words[j]
        if words[j + 1].clause_start:
            return True
        if w.low in PREPOSITIONS and w.low not in ("after", "before", "since", "until", "as"):
            return False
        if w.low in CONJUNCTIONS or w.low in SAY_VERBS:
            return True
        tags = verb_tags(w.low)
        if tags and not word_tags(w.low) and not w.cap:
            # a finite verb before the subject: "said supporters of ..."; an infinitive or a
            # gerund makes the noun its object ("to widen the scope of the plan has")
            return ("d" in tags or "z" in tags) and "v" not in tags and "g" not in tags
    return words[max(i - 5, 0)].clause_start or i < 6


#: the only words ``find`` looks at: the grammar check passes it their indexes as ``sites``
TRIGGERS: Final[frozenset[str]] = _triggers()
