"""The were/where/we're and to/too frames retuned to the s28 tagger model (issue 12): each
frame's errors are caught with the word they name, and correct sentences of the same
shapes stay silent. All sentences are our own."""

from __future__ import annotations

import pytest

from copylint.config import Settings, StyleSettings
from copylint.engine import Linter
from copylint.grammar.confusables import RULES
from copylint.readers import parse

ONLY = Settings(enable=tuple(r.id for r in RULES), disable=("ALL",), style=StyleSettings(packs=()))


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(ONLY)


def _found(linter: Linter, text: str) -> list[tuple[str, str, str]]:
    doc = parse(text, "a.txt", "body")
    return [(i.rule.rsplit(".", 1)[1], text[i.offset:i.end_offset], i.suggestions[0] if i.suggestions else "")
            for i in linter.lint(doc, ONLY)]


@pytest.mark.parametrize(("text", "rule", "span", "fix"), [
    # "too" + a verb the tagger reads as a noun, after a verb's object
    ("The coach urged them too train harder.", "too", "too", "to"),
    ("The trainer told us too rest more often.", "too", "too", "to"),
    # after a form of "be": "were" + a noun phrase + a past ending the clause
    ("The old mill was were the children played.", "were", "were", "where"),
    ("This field is were the soldiers camped.", "were", "were", "where"),
    # an indefinite pronoun and its verb in -s; a plural noun read as a verb before its own verb
    ("It is a contest were nobody wins.", "were", "were", "where"),
    ("The report covers a decade were prices rose every year.", "were", "were", "where"),
    # joined noun phrases, an adverb before an adjective, "the" + an adjective as the subject
    ("There is no better case than Chile were copper and timber are the main exports.", "were", "were", "where"),
    ("It is a region were the voters or their leaders distrust the courts.", "were", "were", "where"),
    ("We want a city were the poor can find decent housing.", "were", "were", "where"),
    # a subject that opens with an amount
    ("He toured Gary, were 30 percent of families live in poverty.", "were", "were", "where"),
    ("The valley were more than 800 homes lost power is still dark.", "were", "were", "where"),
    ("She visited the depot, were about 200 drivers work nights.", "were", "were", "where"),
    ("They met at the hall were many of them gather on Sundays.", "were", "were", "where"),
    # the elliptical "where possible": after a clause with its verb and an object, or as an aside
    ("Councils should hire from local firms were possible.", "were", "were", "where"),
    ("The plan will include, were appropriate, new cycle lanes.", "were", "were", "where"),
    # "were" with nothing before it that can be its subject
    ("Were ready to help the flooded towns.", "were", "Were", "We're"),
    ("And were not finished yet.", "were", "were", "we're"),
    ("This week, were sending aid to the islands.", "were", "were", "we're"),
    ("Our roads are safer because were fixing the bridges.", "were", "were", "we're"),
    ("Nobody believes were safe from the storm.", "were", "were", "we're"),
    # "to" for "too": after a preposition that takes an amount, "there are still", "is still"
    ("In to many villages the wells are dry.", "too", "to", "too"),
    ("There are still to many empty shops on the high street.", "too", "to", "too"),
    ("The rent is still to high for young workers.", "too", "to", "too"),
    ("The board has been to careless of its duties.", "too", "to", "too"),
])
def test_retuned_frames_catch(linter, text, rule, span, fix):
    assert _found(linter, text) == [(rule, span, fix)]


@pytest.mark.parametrize("text", [
    # corrected forms of the sentences above
    "The coach urged them to train harder.",
    "The old mill was where the children played.",
    "It is a contest where nobody wins.",
    "He toured Gary, where 30 percent of families live in poverty.",
    "Councils should hire from local firms where possible.",
    "We're ready to help the flooded towns.",
    "In too many villages the wells are dry.",
    "The rent is still too high for young workers.",
    # correct "were", "where", "to" and "too" in the same shapes
    "There where the river bends, a mill once stood.",
    "The camp where detained migrants are held is closed.",
    "The biggest changes were the rate cuts.",
    "The winners were everyone who voted.",
    "The guests were nobody we knew.",
    "The reasons were costs rose too fast.",
    "The winners were Smith and Jones.",
    "The changes were small and the costs stayed low.",
    "The options were cuts or higher taxes.",
    "The guests were the poor and the sick.",
    "The victims were 300 people killed in the attack.",
    "The guests were about 40 people we invited.",
    "The losses were 40 percent of the total.",
    "The changes were necessary.",
    "The changes the board made to the plan were necessary.",
    "Repairs on the bridge were necessary.",
    "Officials agreed that repairs to the roof were necessary.",
    "Efforts to remove the controls were possible.",
    "The budget includes funds for repairs, which were necessary.",
    "Were the talks a success?",
    "Were it not for the volunteers, the shelter would close.",
    "Were major changes made to the bill?",
    "Were all the votes counted?",
    "Were very many people hurt?",
    "She was tired, as were the others.",
    "Were there any objections?",
    "Today, were it not for the rain, we would march.",
    "The market stalls (fruit etc.) were fairly busy.",
    "The games I think were fixed.",
    "The claims that they say were false.",
    "What they said were lies.",
    "The aid went to many families.",
    "You can log in to many sites with one account.",
    "She wrote to many of her friends.",
    "The bridge was to many a symbol of hope.",
    "They mean so much to most of us.",
    # other rules the new tags moved: "past" as the noun after a possessive and its modifiers
    "The town turned away from its Soviet past.",
    "We must learn from the nation's colonial past.",
    "It is still to be decided.",
])
def test_retuned_frames_leave_correct_copy_alone(linter, text):
    assert _found(linter, text) == []
