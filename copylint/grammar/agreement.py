"""Subject-verb agreement: a pronoun and its verb ("it have", "they has", "she were"), and a
plural subject across an "of" phrase ("supporters of an Iran-linked militia attacks")."""

from __future__ import annotations

from collections.abc import Iterator

from copylint.checks.base import Example, RuleInfo
from copylint.grammar.classes import (
    AUXILIARIES,
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

RULE = RuleInfo(
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
        "quantity heads (\"lots of\", \"a number of\") take either and are left alone."
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
    ),
    fix_safe=False,
)

_SINGULAR = frozenset("he she it".split())
_THIRD_ONLY = {"has": "have", "is": "are", "was": "were", "does": "do", "doesn't": "don't",
               "hasn't": "haven't", "isn't": "aren't", "wasn't": "weren't"}
_PLURAL_ONLY = {"have": "has", "are": "is", "were": "was", "do": "does", "don't": "doesn't",
                "haven't": "hasn't", "aren't": "isn't", "weren't": "wasn't", "am": "is"}
_SUBJUNCTIVE_WERE = frozenset("if though wish wished whether suppose imagine unless".split())
_SUBJUNCTIVE_BASE = frozenset("that lest if".split())
# "it"/"you" are subjects only after these (or at the start of a clause)
_OPENERS = CONJUNCTIONS | SAY_VERBS | frozenset("think thinks thought believe believes believed hope so then".split())
_INVERTERS = AUXILIARIES | frozenset("let make makes made help helps helped see saw watch hear heard".split())
_SEMI_MODALS = frozenset("need dare better used".split())
_QUANTITY_HEADS = frozenset("lots tons loads heaps plenty kinds sorts types percent bits".split())


def find(text: str, words: list[Word]) -> Iterator[Hit]:
    for i, w in enumerate(words):
        if w.low in SUBJECT_PRONOUNS and w.word:
            yield from _pronoun(words, i)
        elif w.low == "of" and i > 0:
            yield from _of_phrase(words, i)


def _pronoun(words: list[Word], i: int) -> Iterator[Hit]:
    p = words[i]
    if p.low == "i" and (p.text != "I" or (i > 0 and words[i - 1].cap and p.joined)):
        return  # "World War I has", "Elizabeth I was"
    b = before(words, i)
    if b is not None and b.low in _INVERTERS:
        return  # "did he go", "let it be"
    if p.low in ("it", "you") and not (p.clause_start or (b is not None and _opens_clause(b))):
        return  # object: "those who did it have"
    v = after(words, i)
    if v is not None and word_tags(v.low) == "r" and not verb_tags(v.low):
        v = after(words, v.index)  # one adverb: "they also has"
    if v is None or not v.word or v.cap:
        return
    low = v.low.replace("\u2019", "'")
    singular = p.low in _SINGULAR
    fix: str | None = None
    if singular:
        if low in _PLURAL_ONLY:
            if low in ("were", "weren't") and (_subjunctive(words, i, _SUBJUNCTIVE_WERE)
                                               or (b is not None and b.low == "as")):
                return
            fix = _PLURAL_ONLY[low]
        elif _bare_verb(low) and not _subjunctive(words, i, _SUBJUNCTIVE_BASE | _SUBJUNCTIVE_WERE):
            third = _third_person(low)
            fix = third
    else:
        if p.low == "i":
            wrong = {"is": "am", "has": "have", "does": "do", "doesn't": "don't", "isn't": "am not",
                     "hasn't": "haven't"}
        elif p.low == "you":
            wrong = {k: v for k, v in _THIRD_ONLY.items()} | {"am": "are"}
        else:
            wrong = _THIRD_ONLY | {"am": "are"}
        if low in wrong:
            fix = wrong[low]
        elif "z" in verb_tags(low) and "v" not in verb_tags(low) and "r" not in word_tags(low):
            if p.low in ("you", "we") and "N" in word_tags(low):
                return  # "you guys", "we Americans"
            bases = [b for b in lemmas(low) if b != low]
            fix = bases[0] if bases else None
    if fix is None:
        return
    yield Hit(RULE.id, p.start, v.end, f"\u201c{p.text}\u201d does not agree with \u201c{v.text}\u201d: "
              f"\u201c{p.text} {fix}\u201d?", (f"{p.text} {fix}",))


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


def _of_phrase(words: list[Word], i: int) -> Iterator[Hit]:
    """Plural head + of + singular noun phrase + singular verb."""
    head = before(words, i)
    if head is None or (head.cap and not head.sentence_start) or not head.word or head.low in _QUANTITY_HEADS:
        return
    tags = word_tags(head.low)
    if "N" not in tags or "n" in tags:
        return  # not plainly plural ("series", "news", "means")
    if not _subject_position(words, head.index):
        return
    # the "of" phrase: [determiner] modifiers... singular noun, then the verb; spaces only
    j = i + 1
    while j < len(words) and j - i <= 6 and words[j].joined:
        w = words[j]
        fix = _singular_verb_fix(words, j) if j > i + 1 and _singular_noun(words[j - 1]) else None
        if fix:
            yield Hit(RULE.id, w.start, w.end,
                      f"The subject is \u201c{head.text}\u201d (plural): \u201c{fix}\u201d, not \u201c{w.text}\u201d.",
                      (fix,))
            return
        if not _noun_phrase_word(w):
            return
        j += 1


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
    if w.low in _CLAUSE_WORDS or w.low in PREPOSITIONS or w.low in CONJUNCTIONS or w.low in AUXILIARIES:
        return False
    if w.low in SUBJECT_PRONOUNS or w.low in OBJECT_PRONOUNS:
        return False
    return (w.low in DETERMINERS or w.low in POSSESSIVES or w.possessive or w.cap or "-" in w.text
            or w.kind == "number" or bool(set(word_tags(w.low)) & {"j", "n", "N"}))


_CLAUSE_WORDS = frozenset("that which who whom whose".split())


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
        if verb_tags(w.low) and not word_tags(w.low) and not w.cap:
            return True  # a verb before the subject: "said supporters of ..."
    return words[max(i - 5, 0)].clause_start or i < 6
