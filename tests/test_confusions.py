"""The context-decided confusion rules (grammar.confusables.*) as a user meets them: the
issue's examples and their corrections, the sample article, curly apostrophes, and that
the tagger is asked only about sentences with a trigger word."""

from __future__ import annotations

import pytest

from conftest import SAMPLE
from copylint.config import Settings, StyleSettings
from copylint.engine import Linter
from copylint.grammar.confusables import RULES
from copylint.grammar.tagging import tagger
from copylint.readers import parse

ONLY = Settings(enable=tuple(r.id for r in RULES), disable=("ALL",), style=StyleSettings(packs=()))


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(ONLY)


def _found(linter: Linter, text: str) -> list[tuple[str, str]]:
    doc = parse(text, "a.txt", "body")
    return [(i.rule.rsplit(".", 1)[1], text[i.offset:i.end_offset]) for i in linter.lint(doc, ONLY)]


@pytest.mark.parametrize(("bad", "good", "rule", "span"), [
    ("The council would effect funding for schools.", "The council would affect funding for schools.",
     "affect", "effect"),
    ("The mayor, who lead the city's recovery, resigned.", "The mayor, who led the city's recovery, resigned.",
     "lead", "lead"),
    ("The affect of the cuts was clear.", "The effect of the cuts was clear.", "affect", "affect"),
    ("Their going to appeal, the lawyer said.", "They're going to appeal, the lawyer said.", "their", "Their"),
    ("The hospital hired less nurses this year.", "The hospital hired fewer nurses this year.", "fewer", "less"),
])
def test_issue_examples_caught_and_corrections_left_alone(linter, bad, good, rule, span):
    assert _found(linter, bad) == [(rule, span)]
    assert _found(linter, good) == []


def test_curly_apostrophes_are_the_same_words(linter):
    assert _found(linter, "The firm defended it\u2019s own record.") == [("its", "it\u2019s")]
    assert _found(linter, "They\u2019re going to appeal.") == []


def test_sample_article_has_no_confusion_alerts(linter):
    text = SAMPLE.read_text(encoding="utf-8")
    assert [i.rule for i in linter.lint(parse(text, str(SAMPLE), None), ONLY)] == []


def test_tagger_runs_only_on_sentences_that_need_it(linter, monkeypatch):
    calls = []
    real = tagger.tag_words
    monkeypatch.setattr(tagger, "tag_words", lambda w, lo=0, hi=None: calls.append((lo, hi)) or real(w, lo, hi))
    text = ("The minister resigned on Monday. Officials met in the capital. "
            "Voters were told to expect results soon. The cuts would effect funding.")
    assert _found(linter, text) == [("affect", "effect")]
    assert len(calls) == 1  # only the window around "effect" was tagged


@pytest.mark.parametrize(("text", "rule", "span"), [
    ("The museum has grown since it's creation in 1950.", "its", "it's"),
    ("The storm became it's third hurricane of the year.", "its", "it's"),
    ("I think its very beautiful.", "its", "its"),
    ("Its time we acted, she said.", "its", "Its"),
    ("There was almost no one their, just a few photographers.", "their", "their"),
    ("Do we want their to be a new alliance?", "their", "their"),
    ("Than he started to see the horrors of war.", "than", "Than"),
    ("For to long, the town was ignored.", "too", "to"),
    ("Officials found too ants in the kitchen.", "too", "too"),
    ("This is the office were he was questioned.", "were", "were"),
    ("Were did the money go?", "were", "Were"),
    ("The House past the bill on Tuesday.", "past", "past"),
    ("It is unclear, weather you like it or not.", "weather", "weather"),
    ("Rep. Smith lead a letter to the agency.", "lead", "lead"),
    ("The plan was lead by the mayor.", "lead", "lead"),
    ("This proposal effects the lives of millions.", "affect", "effects"),
    ("The families who's relatives are missing met today.", "whose", "who's"),
    ("The robots where built in Estonia.", "were", "where"),
])
def test_context_decided_cases(linter, text, rule, span):
    assert _found(linter, text) == [(rule, span)]


@pytest.mark.parametrize("text", [
    "It's time to act.",
    "It's 3:30 in the morning.",
    "It's people like you who matter.",
    "The deadly effects of the disease are known.",
    "She too must resign.",
    "The moratorium was extended past July 31.",
    "What do you attribute that success to?",
    "Those who lead the party must answer.",
    "The team lead the league by five points.",
    "The museum and its creation myth.",
    "Is there anything left?",
    "Residents there were evacuated.",
    "The rate averaged 50% according to WHO's statistics.",
    "The man who's president of the club resigned.",
])
def test_context_decided_correct_copy(linter, text):
    assert _found(linter, text) == []
