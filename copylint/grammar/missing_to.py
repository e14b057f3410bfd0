"""A bare verb where a "to"-infinitive belongs: "decided cancel", "in order reduce", "was
able attend", "is going announce" (``grammar.missing-to``)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from copylint.checks.base import Example, RuleInfo
from copylint.grammar.classes import AUXILIARIES, PREPOSITIONS, SAY_VERBS, SUBJECT_PRONOUNS
from copylint.grammar.hit import Hit
from copylint.grammar.lexicon import is_noun, lemmas, verb_tags, word_tags
from copylint.grammar.stream import Word, after, before

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import Final

RULE: Final = RuleInfo(
    id="grammar.missing-to",
    category="grammar",
    severity="error",
    summary='A bare verb where a "to"-infinitive belongs ("decided cancel", "a plan reduce", "in order reduce").',
    rationale=(
        "Verbs of deciding, trying, wanting, promising and refusing take a \"to\"-infinitive "
        "(\"the council decided to cancel the fair\"), as do nouns of intention, attempt and "
        "ability (\"a plan to reduce costs\", \"the decision to close\", \"an attempt to overturn\"; "
        "not in a subjunctive clause: \"insisted (that) the plan include\"), "
        "\"in order\", \"be able\", \"be unable\", \"be going\" and \"ought\". A bare verb straight after one of them (\"decided "
        "cancel\", \"in order reduce costs\", \"was unable attend\") is a dropped word, a common "
        "slip of fast typing and of edits that cut a phrase. The rule flags it only where the "
        "next word can be nothing but a verb's base form (\"cancel\", \"reduce\", \"attend\"; not "
        "\"build\" or \"visit\", also nouns), so objects are never read as verbs (\"decided cases\"). "
        "A form of the trigger verb that is also a noun (\"plans\", \"want\", \"offers\") is a "
        "trigger only where no noun can stand (\"we want\", \"will try\", \"after failing\"; not "
        "\"Our plans include ...\"), and a past participle counts only after a subject "
        "pronoun, a form of \"be\" or \"have\", a singular noun or a name (\"they decided\", \"the "
        "council decided\", \"is expected\"): after a plural noun it may open a reduced relative "
        "clause (\"the measures agreed include a ban\"). Verbs "
        "that take a bare infinitive (\"help\", \"let\", \"make\", \"dare\", \"need\", \"go\") are not "
        "triggers. Measured (benchmarks/quality/new_rules.py, the rule alone): no alert on the clean "
        "Wikinews (30,512 words) or US (220,141 words) corpus; with \"to\" dropped before a verb-only "
        "word, after one of its verbs 31 of 42 caught on Wikinews and 57 of 80 on US, after one of "
        "its nouns 7 of 7 and 72 of 80."
    ),
    bad=(
        Example("The council [[decided cancel]] the summer fair."),
        Example("Ministers cut the budget [[in order reduce]] the deficit."),
        Example("The mayor was [[unable attend]] the meeting."),
        Example("Officials said they were [[able remove]] most of the debris."),
        Example("The company is [[going announce]] its results on Monday."),
        Example("He said they [[refused disclose]] their sources."),
        Example("The teacher [[managed evacuate]] the pupils from the hall."),
        Example("She said she [[intends resign]] from the board in May."),
        Example("We [[tried persuade]] the board to wait."),
        Example("The union [[threatens disrupt]] services over Christmas."),
        Example("The regulator [[ought intervene]] before prices rise."),
        Example("Officials said they [[plan expand]] the scheme next year."),
        Example("The club was fined after [[failing disclose]] the payments."),
        Example("The minister defended the [[decision demolish]] the old hospital."),
        Example("Her [[attempt overturn]] the ruling failed in March."),
        Example("They had [[agreed postpone]] the vote until spring."),
    ),
    good=(
        Example("The council decided to cancel the summer fair."),
        Example("Ministers cut the budget in order to reduce the deficit."),
        Example("The mayor was unable to attend the meeting."),
        Example("Our plans include a new bridge over the river."),
        Example("The measures agreed include a ban on night flights."),
        Example("The judge tried cases in three counties."),
        Example("Volunteers helped remove the debris."),
        Example("The list is in order, and staff will check it."),
        Example("Their hopes remain high after the vote."),
        Example("He decided not to stand again."),
        Example("The names are printed in order of age."),
        Example("The sums pledged exceed last year's total."),
        Example("The offers include free travel for pensioners."),
        Example("The agency plans include a review of every contract."),
        Example("For want of funds, the museum will close."),
        Example("The sites they chose remain closed to visitors."),
        Example("The decision to close the hospital was defended."),
        Example("Voters rejected the plan, and the council will reconsider."),
        Example("Doctors asked that every effort be spent on prevention."),
        Example("The mayor insisted that the plan include a new school."),
        Example("Residents demanded the proposal exclude the park."),
        Example("The teams we've chosen have a strong record."),
    ),
    fix_safe=False,
)

#: every form of the verbs that take a "to"-infinitive and never a bare one (a class from
#: general knowledge of English complementation; not "help", "dare", "need", "go", "come",
#: "let", "make", "see"): afford agree aim arrange attempt choose consent decide deserve
#: expect fail hesitate hope intend learn manage neglect offer opt plan pledge
#: prepare pretend proceed promise refuse resolve seek strive swear tend threaten try
#: volunteer vow want wish. A form the lexicon also knows as a noun is skipped in ``find``.
_TO_VERB_FORMS: Final = frozenset("""
afford afforded affording affords agree agreed agreeing agrees aim aimed aiming aims arrange arranged arranges
arranging attempt attempted attempting attempts choose chooses choosing chose chosen consent consented consenting
consents decide decided decides deciding deserve deserved deserves deserving expect expected expecting expects
fail failed failing fails
hesitate hesitated hesitates hesitating hope hoped hopes hoping intend intended intending intends learn learned
learning learns learnt manage managed manages managing neglect neglected neglecting neglects offer offered offering
offers opt opted opting opts plan planned planning plans pledge pledged pledges pledging prepare prepared prepares
preparing pretend pretended pretending pretends proceed proceeded proceeding proceeds promise promised promises
promising refuse refused refuses refusing resolve resolved resolves resolving seek seeking seeks sought strive
striven strives striving strove swear swearing swears swore sworn tend tended tending tends threaten threatened
threatening threatens tried tries try trying volunteer volunteered volunteering volunteers vow vowed vowing vows
want wanted wanting wants wish wished wishes wishing""".split())
#: singular nouns that take a "to"-infinitive ("a plan to reduce", "the decision to close"):
#: a bare verb's base form straight after one is never its verb (a singular subject's verb
#: would end in -s), so the "to" was dropped. Nouns of intention, attempt, ability and
#: permission; not "order", "right", "power", "time", "way", which a verb follows otherwise.
_TO_NOUNS: Final = frozenset("""
plan attempt effort bid decision move push campaign chance opportunity ability failure refusal promise pledge vow
threat intention desire determination commitment proposal permission authority freedom tendency urge reluctance
willingness eagerness readiness mandate incentive""".split())
#: words that stand for a "to" the same way after a form of "be": "was able", "is going"
_AFTER_BE: Final = frozenset(("able", "going"))
_BE: Final = frozenset("am is are was were be been being".split())
_HAVE: Final = frozenset("have has had having".split())
_CONTRACTED: Final = ("'s", "'re", "'m", "'ve", "'d")
_MANDATIVE: Final = frozenset("insist demand require request recommend suggest propose urge ask order stipulate "
                       "mandate direct advise".split())
_GERUND_OPENERS: Final = frozenset("after before since of by for without".split())
_VERB_GROUP_ADVERBS: Final = frozenset("to not never also just still only really".split())


def bare_verb(w: Word | None) -> bool:
    """A word that can only be a verb's base form: "cancel", "reduce" (not "build", a noun too)."""
    return (w is not None and w.word and not w.cap and w.gap == " " and verb_tags(w.low) == "v"
            and not word_tags(w.low))


def _after_subject(b: Word | None) -> bool:
    """A participle's verb reading: straight after a subject pronoun, a form of "be" or
    "have" (also contracted: "they've"), or a singular noun or a name ("the council
    decided"); not after a plural noun, where it may open a reduced relative clause ("the
    measures agreed include a ban")."""
    if b is None or not b.word:
        return False
    low = b.low
    if low in SUBJECT_PRONOUNS or low in _BE or low in _HAVE or low.endswith(_CONTRACTED):
        return True
    tags = word_tags(low)
    if b.cap:
        return "N" not in tags and not low.endswith("s")  # a name: "Smith decided"; not "Officials"
    return "n" in tags and "N" not in tags and not verb_tags(low)


def _object_relative(words: list[Word], b: Word | None) -> bool:
    """A subject pronoun after a noun: a relative clause whose "that" is left out ("the
    sites they chose remain closed", "the staff we've hired start on Monday"), where the
    bare verb after the clause is the noun's."""
    if b is None or not (b.low in SUBJECT_PRONOUNS or b.low.endswith(_CONTRACTED)):
        return False
    bb = before(words, b.index)
    return bb is not None and bb.word and (bb.cap or is_noun(bb.low)) and bb.low not in SAY_VERBS


def _mandative(low: str) -> bool:
    """A form of a verb of demanding, which may take a subjunctive clause with its "that"
    left out ("insisted the plan include a school")."""
    return low in _MANDATIVE or any(b in _MANDATIVE for b in lemmas(low))


def _verb_slot(b: Word | None, tags: str) -> bool:
    """Where a form that is also a noun ("want", "plans", "failing") can only be a verb:
    after a subject pronoun, an auxiliary or modal, "to" or an adverb of a verb group ("we
    just want"), and an -ing form also after a preposition ("after failing")."""
    if b is None or not b.word:
        return False
    low = b.low
    return (low in SUBJECT_PRONOUNS or low in AUXILIARIES or low in _VERB_GROUP_ADVERBS
            or (tags == "g" and (low in PREPOSITIONS or low in _GERUND_OPENERS)))


def find(text: str, words: list[Word], sites: Iterable[int] | None = None) -> Iterator[Hit]:
    """Hits in one segment's stream; only at ``sites`` (indexes of ``TRIGGERS`` words, in
    order) when given, which is where any can be."""
    for i in range(len(words)) if sites is None else sites:
        w = words[i]
        if not w.word or w.cap:
            continue
        n = after(words, i)
        if n is None or not bare_verb(n):
            continue
        first = w
        low = w.low
        if low == "order":
            b = before(words, i)
            if b is None or b.low != "in":
                continue
            first = b
        elif low in _AFTER_BE:
            b = before(words, i)
            if b is None or not (b.low in _BE or b.low.endswith(_CONTRACTED)):
                continue
        elif low in _TO_NOUNS:
            # "the plan reduce", "an attempt overturn": a singular noun has no bare verb after
            # it, but in a mandative subjunctive ("urged that every effort be made", "insisted
            # that the plan include a ban")
            if n.low == "be" or any(words[k].low == "that" or _mandative(words[k].low) for k in range(max(0, i - 5), i)):
                continue
        elif low not in ("unable", "ought"):
            if low not in _TO_VERB_FORMS:
                continue
            tags = verb_tags(low)
            if is_noun(low) and not _verb_slot(before(words, i), tags):
                continue  # "Our plans include", "the offers include"; not "we want", "will try"
            b = before(words, i)
            if "p" in tags and not _after_subject(b):
                continue
            if ("d" in tags or "p" in tags) and _object_relative(words, b):
                continue  # "the sites they chose remain closed": the verb is the noun's
        yield Hit(RULE.id, first.start, n.end,
                  f"\u201c{w.text}\u201d takes \u201cto\u201d before a verb: \u201c{w.text} to {n.text}\u201d.",
                  (f"{text[first.start:w.end]} to {n.text}",))


#: the only words ``find`` looks at: the grammar check passes it their indexes as ``sites``
TRIGGERS: Final[frozenset[str]] = _TO_VERB_FORMS | _TO_NOUNS | _AFTER_BE | frozenset(("order", "unable", "ought"))
