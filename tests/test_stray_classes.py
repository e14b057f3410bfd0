"""Classes of false alarm found among the alerts that touch no edit in real editors' fixes
(benchmarks/quality/real_verdicts.py), each fixed for the whole class and tested here on
sentences of our own: the error each rule is for is still caught beside them."""

from __future__ import annotations

import pytest

from copylint.config import GrammarSettings, Settings
from copylint.engine import Linter
from copylint.readers import parse

LINTER = Linter(Settings(grammar=GrammarSettings(backends=("builtin",))))


def _rules(sentence: str, prefix: str) -> list[tuple[str, str]]:
    text = "Headline here\n\n" + sentence + "\n"
    return [(i.rule, text[i.offset:i.end_offset]) for i in LINTER.lint(parse(text, "t.txt", "txt"))
            if i.rule.startswith(prefix)]


# "past" after a noun is the verb "passed" only when that noun can be the clause's subject: not
# when it is the object of a verb or a preposition in a clause that has its verb already, and
# not when a verb follows the phrase "past" opens (then the phrase is inside a subject)
@pytest.mark.parametrize("sentence", [
    "Cadets from the naval college led the march past.",
    "The queen took the salute at the march past.",
    "Veterans joined the parade past the town hall.",
    "They took a walk past the old mill.",
    "The mayor leads the parade past the town hall.",
    "The road past the church floods every winter.",
    "The bus route past the school was closed.",
    "Riders in the procession past the palace waved flags.",
    "It was a big parade, with pipers from the glens marching in the march past.",
])
def test_past_as_a_preposition_or_noun_after_an_object(sentence):
    assert _rules(sentence, "grammar.confusables.past") == []


@pytest.mark.parametrize("sentence", [
    "The bill past the Senate on Tuesday.",
    "The motion past.",
    "The Assembly of Wardens past the bill by a wide margin.",
    "The Committee on Parks and Ponds past the measure.",
    "Officials said the measure past the Senate last week.",
    "After Smith was sworn in, the Assembly of Wardens past the budget.",
    "A plan to train nurses in rural clinics past the Senate on Thursday.",
])
def test_past_for_passed_after_a_subject_is_still_caught(sentence):
    assert _rules(sentence, "grammar.confusables.past") == [("grammar.confusables.past", "past")]


# "were" + a noun phrase + a finite verb reads as "where" + a clause only when that noun phrase
# can be the verb's subject: a plural head with a singular verb cannot
@pytest.mark.parametrize("sentence", [
    "Critics say the cause for many farmers were the floods of that spring was plain.",
    "The hope for some parents were the grants of the council is clear.",
])
def test_were_before_a_plural_phrase_and_a_singular_verb(sentence):
    assert _rules(sentence, "grammar.confusables.were") == []


@pytest.mark.parametrize("sentence", [
    "Ferries run to islands were the roads are poor.",
    "He lives in areas were the number of visitors is falling.",
    "They moved to towns were the jobs were.",
])
def test_were_for_where_is_still_caught(sentence):
    assert _rules(sentence, "grammar.confusables.were") == [("grammar.confusables.were", "were")]


# spelling: loan phrases, the -onym nouns, a word named by a noun of naming, a word after an
# article or preposition of another language; misspellings beside them are still caught
@pytest.mark.parametrize("sentence", [
    "Greek was the lingua franca of the port.",
    "The squad had an esprit de corps and a certain joie de vivre.",
    "It was a tour de force and her magnum opus.",
    "The town's demonym differs from its autonym, and its oronym is new.",
    "Mapmakers study each toponym and hydronym, a matter of toponymy.",
    "Scholars use the toponym velbo for the valley.",
    "The term glorvash is used for the gate tax.",
    "Montesquieu wrote of an esprit des nations.",
    "The rally met at the casa del pueblo.",
])
def test_spelling_classes_are_not_misspellings(sentence):
    assert _rules(sentence, "spelling.misspelling") == []


@pytest.mark.parametrize(("sentence", "word"), [
    ("Greek was the lingua frnca of the port.", "frnca"),
    ("The town's demonm differs from its name.", "demonm"),
    ("The word recieve is often misspelt.", "recieve"),
    ("The term perimiter fence is used.", "perimiter"),
    ("The mayor recieved des visitors.", "recieved"),
])
def test_misspellings_beside_those_classes_are_caught(sentence, word):
    assert ("spelling.misspelling", word) in _rules(sentence, "spelling.misspelling")
