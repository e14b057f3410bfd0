"""Contractions written without their apostrophe where the bare spelling is itself a word or a
name ("We cant", "He wont go", "Im sure", "Lets go"), so the spell checker passes them.

Apostrophe-less forms that are no word at all ("dont", "isnt", "theyre") are the spelling
check's: it reports them with the contraction as its suggestion."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from copylint.checks.base import Example, RuleInfo
from copylint.grammar.classes import CONJUNCTIONS, DETERMINERS, POSSESSIVES, PREPOSITIONS, SAY_VERBS, SUBJECT_PRONOUNS
from copylint.grammar.hit import Hit
from copylint.grammar.lexicon import verb_tags, word_tags
from copylint.grammar.stream import Word, after, before

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import Final

RULE: Final = RuleInfo(
    id="grammar.missing-apostrophe",
    category="grammar",
    severity="error",
    summary='A contraction missing its apostrophe where the bare spelling is also a word ("We cant", "Im sure").',
    rationale=(
        "\"cant\", \"wont\", \"well\", \"were\", \"shell\", \"hell\", \"lets\", \"Ive\" and \"Im\" "
        "are words or names in their own right, so a spell checker passes \"We cant stay\" and "
        "\"Im sure\". The rule looks at the words around them and flags only the uses that must be "
        "contractions: \"cant\" and \"wont\" after a subject or before a verb (\"as is his wont\" is "
        "left alone), \"Im\" before a verb form or an adjective, \"Ive\" before a participle, "
        "\"Lets\" opening a sentence before a verb, and \"Well\", \"Were\", \"Shell\" and \"Hell\" "
        "only at the start of a clause directly before a verb (\"Well be there\", \"Were going\"). "
        "Forms that are no word at all (\"dont\", \"isnt\", \"theyre\") are reported by the "
        "spelling check, so they are not reported twice."
    ),
    bad=(
        Example("\"We [[cant]] afford another delay,\" the mayor said."),
        Example("The union said members [[wont]] accept the offer."),
        Example("\"[[Im]] not going to resign,\" she said."),
        Example("\"[[Ive]] never seen anything like it,\" a witness said."),
        Example("\"[[Lets]] get this done,\" the coach told players."),
        Example("\"[[Well]] be back next year,\" the organisers said."),
        Example("\"[[Were]] going to win this,\" he said."),
        Example("Police said the suspect [[cant]] leave the country."),
        Example("\"[[Shell]] be missed,\" her colleague said."),
        Example("The minister said [[hell]] never stand down."),
        Example("\"I [[cant]] comment on that,\" he said."),
        Example("\"[[Hes]] been a great servant of the club,\" the manager said."),
        Example("\"[[Whats]] the point?\" one resident asked."),
        Example("\"[[Im]] proud to represent this district,\" she said."),
        Example("\"[[Well]] attack the problem head on,\" the mayor said."),
    ),
    good=(
        Example("\"We can't afford another delay,\" the mayor said."),
        Example("The critics dismissed the speech as pious cant."),
        Example("He rose early, as was his wont."),
        Example("The company lets staff work from home."),
        Example("Well, the talks are over, he said."),
        Example("The shell hit a school in the town."),
        Example("Were the police told in advance?"),
        Example("Well done to everyone who took part."),
        Example("The minister said hell would freeze over first."),
        Example("Jony Ive designed the phone."),
        Example("Im Jong-seok met the delegation."),
        Example("They were going to vote on Friday."),
        Example("It went well beyond what anyone expected."),
        Example("Well read and well travelled, she impressed the panel."),
        Example("Well over 100 people attended."),
    ),
    fix_safe=False,
)

_NOT_NOUN_BEFORE: Final = DETERMINERS | POSSESSIVES | frozenset("as pious political".split())
_OPEN_VERBS: Final = frozenset(
    "be have never not always also still just probably need want try get go make take come see do say "
    "tell know find give keep stay win lose leave".split()
)
_IM_AFTER: Final = frozenset("not going sure so very just still also here there in on at a an the too really".split())
_IVE_AFTER: Final = frozenset("been got never always just already also had ever".split())
_HES_AFTER: Final = frozenset("not going been got a an the very so just still also here there in on at really".split())
_WHATS_AFTER: Final = DETERMINERS | frozenset("going happening next more it this that up wrong".split())


def find(text: str, words: list[Word], sites: Iterable[int] | None = None) -> Iterator[Hit]:
    """Hits in one segment's stream; only at ``sites`` (indexes of ``TRIGGERS`` words, in
    order) when given, which is where any can be."""
    for i in range(len(words)) if sites is None else sites:
        w = words[i]
        if w.low not in _FORMS or not w.word:
            continue
        fix = _check(words, i, w)
        if fix is not None:
            yield Hit(RULE.id, w.start, w.end,
                      f"\u201c{w.text}\u201d is missing its apostrophe: \u201c{fix}\u201d.", (fix,))


def _check(words: list[Word], i: int, w: Word) -> str | None:
    low = w.low
    if low not in _FORMS:
        return None
    b = before(words, i)
    n = after(words, i)
    nlow = n.low if n is not None and n.word and not n.cap else ""
    if low in ("cant", "wont"):
        if b is not None and (b.low in _NOT_NOUN_BEFORE or b.possessive):
            return None
        subject = b is not None and (b.low in SUBJECT_PRONOUNS or b.text == "I")
        if subject or (nlow and "v" in verb_tags(nlow) and nlow not in DETERMINERS):
            return _fix(w, "can't" if low == "cant" else "won't")
        return None
    opens = w.clause_start or (b is not None and (b.low in CONJUNCTIONS or b.low in SAY_VERBS))
    if low == "im":
        if w.text not in ("Im", "im") or not nlow or not (opens or (b is not None and b.word and not b.cap)):
            return None
        tags = word_tags(nlow)
        if nlow in _IM_AFTER or verb_tags(nlow) in ("g", "dp", "p") or ("j" in tags or "r" in tags) and "n" not in tags:
            return _fix(w, "I'm")
        return None
    if low == "ive":
        if w.text != "Ive" or not nlow or not (opens or (b is not None and b.word and not b.cap)):
            return None
        if nlow in _IVE_AFTER or ("p" in verb_tags(nlow) and not word_tags(nlow) and "v" not in verb_tags(nlow)):
            return _fix(w, "I've")
        return None
    if low in ("hes", "shes"):
        if nlow and (nlow in _HES_AFTER or verb_tags(nlow) == "g"):
            return _fix(w, low[:-1] + "'s")
        return None
    if low in ("whats", "heres"):
        if nlow in _WHATS_AFTER or (low == "whats" and word_tags(nlow) == "j") or (low == "whats" and n is not None and not n.word and not n.gap.strip()):
            return _fix(w, low[:-1] + "'s")
        return None
    if low == "lets":
        if w.text == "Lets" and w.sentence_start and nlow and _base_verb(nlow) and nlow != "be":
            return _fix(w, "let's")
        return None
    # well / were / shell / hell: only opening a clause, directly before a verb
    if not opens:
        return None
    if not nlow:
        return None
    if low == "were":
        if w.text == "Were" and (nlow == "going" or (verb_tags(nlow) == "g" and not word_tags(nlow))):
            return _fix(w, "we're")
        return None
    if nlow in _OPEN_VERBS or (_base_verb(nlow) and nlow not in ("done", "let")) or (
            low == "well" and w.text == "Well" and _plain_verb(nlow)):
        if low == "well" and not (w.text == "Well" and nlow not in ("see", "go", "done")
                                  and (nlow in _OPEN_VERBS or _plain_verb(nlow))):
            return None  # "Well see ..." reads either way; "as well" never reaches here
        if low == "hell" and nlow not in _OPEN_VERBS:
            return None
        return _fix(w, {"well": "we'll", "shell": "she'll", "hell": "he'll"}[low])
    return None


_FORMS: Final = frozenset("cant wont im ive hes shes whats heres lets well were shell hell".split())


def _base_verb(low: str) -> bool:
    """A plain base verb that is no noun or adjective ("leave", "afford", "be")."""
    return bool(low) and (low in ("be", "have") or (verb_tags(low) == "v" and not word_tags(low)))


def _plain_verb(low: str) -> bool:
    """A base verb (maybe also a noun: "attack") that is no adjective, adverb or preposition."""
    tags = word_tags(low)
    return verb_tags(low) == "v" and "j" not in tags and "r" not in tags and low not in PREPOSITIONS


def _fix(w: Word, contraction: str) -> str:
    return contraction[0].upper() + contraction[1:] if w.cap else contraction


#: the only words ``find`` looks at: the grammar check passes it their indexes as ``sites``
TRIGGERS: Final[frozenset[str]] = _FORMS
