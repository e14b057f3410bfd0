"""The builtin grammar rules: the sample article, backend selection, positions through
markup, and the word data they stand on. (Each rule's own examples run in
test_rule_examples.py.)"""

from __future__ import annotations

from dataclasses import replace

import pytest

from conftest import SAMPLE
from copylint.config import GrammarSettings, Settings, StyleSettings
from copylint.engine import Linter
from copylint.grammar import lexicon
from copylint.grammar.a_an import sound_of
from copylint.grammar.stream import stream
from copylint.readers import parse

# no style packs: this file tests grammar alone, whatever the packs hold
GRAMMAR_ONLY = Settings(enable=("grammar",), disable=("ALL",), style=StyleSettings(packs=()))


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(GRAMMAR_ONLY)


def _lint(linter: Linter, text: str, path: str = "a.txt", fmt: str | None = "body", settings=None):
    doc = parse(text, path, fmt)
    return [i for i in linter.lint(doc, settings) if i.rule.startswith("grammar.")]


def test_sample_article_findings(linter):
    text = SAMPLE.read_text(encoding="utf-8")
    issues = [i for i in linter.lint(parse(text, str(SAMPLE), None)) if i.rule.startswith("grammar.")]
    lines = text.splitlines()
    found = {(i.rule, i.line, lines[i.line - 1][i.column - 1:i.end_column - 1]) for i in issues}
    assert found == {
        ("grammar.agreement", 10, "attacks"),
        ("grammar.day-preposition", 10, "in"),
        ("grammar.day-preposition", 12, "and"),  # "in Syria and Iraq and Sunday"
        ("grammar.parallel-verbs", 24, "smashing"),
        ("grammar.article-before-name", 48, "the Washington"),
    }
    by_rule = {i.rule: i for i in issues}
    assert by_rule["grammar.day-preposition"].suggestions == ("on",)
    assert by_rule["grammar.agreement"].suggestions == ("attack",)
    assert by_rule["grammar.parallel-verbs"].suggestions == ("smashed",)


@pytest.mark.parametrize(("bad", "rule", "span", "good"), [
    ("The council should of acted sooner.", "grammar.modal-of", "should of", "The council should have acted sooner."),
    ("\"We cant stay,\" she said.", "grammar.missing-apostrophe", "cant", "\"We can't stay,\" she said."),
    ("The minister has went home.", "grammar.verb-form", "went", "The minister has gone home."),
    ("Much people came.", "grammar.determiner-noun", "Much people", "Many people came."),
    ("The deficit is more bigger than before.", "grammar.comparative", "more bigger",
     "The deficit is bigger than before."),
    ("Yesterday the minister will announce cuts.", "grammar.tense-time", "will",
     "Yesterday the minister announced cuts."),
    ("He was born on 1985.", "grammar.date-preposition", "on", "He was born in 1985."),
    ("There is many reasons to doubt it.", "grammar.agreement", "is", "There are many reasons to doubt it."),
])
def test_issue_examples_caught_and_corrections_clean(linter, bad, rule, span, good):
    """The slips the grammar issue names, under the default settings, and their corrected forms."""
    default = Linter(Settings(style=StyleSettings(packs=())))
    issues = [i for i in default.lint(parse(bad, "a.txt", "body")) if i.rule.startswith("grammar.")]
    assert [(i.rule, bad[i.offset:i.end_offset]) for i in issues] == [(rule, span)]
    assert [i for i in default.lint(parse(good, "a.txt", "body")) if i.rule.startswith("grammar.")] == []


def test_default_settings_run_builtin_rules():
    issues = [i for i in Linter(Settings(style=StyleSettings(packs=()))).lint(parse("Police arrived in Tuesday.", "a.txt", "body"))
              if i.rule.startswith("grammar.")]
    assert [i.rule for i in issues] == ["grammar.day-preposition"]


@pytest.mark.parametrize(("backends", "expected"), [
    (("builtin",), 1), (("auto",), 1), (("harper",), 0), (("languagetool",), 0), (("harper", "builtin"), 1),
])
def test_backend_selection(linter, backends, expected):
    settings = replace(GRAMMAR_ONLY, grammar=GrammarSettings(backends=backends))
    issues = [i for i in _lint(linter, "He was due to took office.", settings=settings) if i.rule == "grammar.verb-form"]
    assert len(issues) == expected


def test_positions_through_markdown(linter):
    text = "# Headline\n\nProtesters *stormed* [the embassy](https://example.com) in Tuesday.\n"
    issues = _lint(linter, text, "a.md", "md")
    assert [(i.rule, text[i.offset:i.end_offset], i.line) for i in issues] == [("grammar.day-preposition", "in", 3)]


def test_curly_apostrophes(linter):
    issues = _lint(linter, "The company defended it\u2019s own record.")
    assert [(i.rule, i.suggestions) for i in issues] == [("grammar.confusables.its", ("its",))]


def test_rules_work_inside_quotes(linter):
    issues = _lint(linter, "\u201cWe will went ahead,\u201d he said.")
    assert [i.rule for i in issues] == ["grammar.verb-form"]
    assert issues[0].suggestions == ("go",)


def test_code_spans_are_not_prose(linter):
    assert _lint(linter, "Use `in Tuesday` as the test string.", "a.md", "md") == []


def test_each_rule_can_be_disabled(linter):
    text = "Police arrived in Tuesday. An union official spoke."
    settings = replace(GRAMMAR_ONLY, disable=("ALL", "grammar.a-an"))
    assert [i.rule for i in _lint(linter, text, settings=settings)] == ["grammar.day-preposition"]


# -- the word data --------------------------------------------------------------------------

def test_gazetteer_is_real_data_and_skips_names_that_take_the():
    places = lexicon.places()
    for name in ("France", "Iraq", "Washington", "Tehran", "Baghdad", "Germany"):
        assert name in places.get(name, ()), name
    assert "New Zealand" in places["New"]
    for name in ("Netherlands", "Philippines", "Gambia", "Congo", "Hague", "Jordan", "Turkey", "Nice"):
        assert name not in places.get(name, ()), name
    assert sum(len(v) for v in places.values()) > 500  # countries, capitals and large cities


def test_verb_forms():
    assert lexicon.lemmas("took") == ("take",)
    assert lexicon.verb_form("smash", "d") == "smashed"
    assert lexicon.is_distinct_past("went")
    assert not lexicon.is_distinct_past("left")  # also a participle
    assert not lexicon.is_distinct_past("found")  # also a base form
    assert "cancelled" in lexicon.verb_form("cancel", "d") or "d" in lexicon.verb_tags("cancelled")


def _word(text: str):
    return stream(text)[0]


@pytest.mark.parametrize(("word", "article"), [
    ("hour", "an"), ("union", "a"), ("one-off", "a"), ("MP", "an"), ("FBI", "an"), ("BBC", "a"),
    ("UN", "a"), ("NATO", None), ("18-year-old", "an"), ("8", "an"), ("100", "a"), ("1800s", None),
    ("historic", None), ("unclear", "an"), ("search", "a"), ("auction", "an"), ("U-turn", "a"),
    ("European", "a"), ("X-ray", "an"), ("£5m", "a"),
])
def test_sound_of(word, article):
    assert sound_of(_word(word)) == article


def test_stream_gaps():
    words = stream("Hello, world. It's \u201cfine\u201d")
    assert [w.low for w in words] == ["hello", "world", "it's", "fine"]
    assert words[1].clause_start and not words[1].sentence_start
    assert words[2].sentence_start
    assert words[3].clause_start and not words[3].joined


@pytest.mark.parametrize(("text", "rules"), [
    # "to were" before a clause is the place word: only the were/where rule speaks, not a "be" fix
    ("The walkers hurried back to were the bus waits.", ["grammar.confusables.were"]),
    ("Nobody wanted to were a uniform.", ["grammar.verb-form"]),
])
def test_to_were_before_a_clause_is_left_to_the_were_rule(linter, text, rules):
    assert [i.rule for i in _lint(linter, text)] == rules


@pytest.mark.parametrize(("text", "rules"), [
    # a be-form then "were": never "is been"; a place word is the were/where rule's to name
    ("The square is were the market stands on Fridays.", ["grammar.confusables.were"]),
    ("The old mill was were the children played.", ["grammar.confusables.were"]),
    ("The drivers had were their hats all day.", ["grammar.verb-form"]),
    ("The drivers have went home.", ["grammar.verb-form"]),
])
def test_be_then_were_gets_no_been_fix(linter, text, rules):
    assert [i.rule for i in _lint(linter, text)] == rules
