"""Engine-level de-duplication: a span that a builtin rule and a grammar engine
(LanguageTool, Harper) both flag with the same meaning is reported once."""

from __future__ import annotations

from dataclasses import replace

import pytest
from lt_double import LTDouble, Pattern

from copylint.backends.dedup import drop_engine_duplicates, same_meaning
from copylint.config import GrammarSettings, Settings
from copylint.engine import Linter
from copylint.issue import Issue
from copylint.readers import parse


def issue(rule: str, start: int, end: int, category: str = "grammar", suggestions=()) -> Issue:
    return Issue("a.txt", 1, start + 1, 1, end + 1, rule, category, "warning", "m", tuple(suggestions),
                 offset=start, end_offset=end)


def test_engine_report_on_the_same_span_and_category_is_dropped():
    builtin = issue("grammar.a-an", 7, 9, suggestions=("a",))
    lt = issue("languagetool.EN_A_VS_AN", 7, 9, suggestions=("a",))
    assert drop_engine_duplicates([lt, builtin]) == [builtin]


def test_overlap_with_a_shared_suggestion_across_categories_is_one_problem():
    spelling = issue("spelling.misspelling", 20, 24, "spelling", ("don't",))
    lt = issue("languagetool.EN_CONTRACTION_SPELLING", 20, 24, "grammar", ("Don\u2019t",))
    assert drop_engine_duplicates([spelling, lt]) == [spelling]


@pytest.mark.parametrize("other", [
    issue("languagetool.X", 10, 14),  # no overlap: 9 ends before 10
    issue("languagetool.X", 7, 9, "style"),  # same span, another meaning, no common suggestion
    issue("languagetool.X", 8, 8, "grammar"),  # an empty span inside, not at the same point
])
def test_different_problems_stay(other):
    builtin = issue("grammar.a-an", 7, 9, suggestions=("a",))
    assert sorted(drop_engine_duplicates([builtin, other]), key=lambda i: i.rule) == [builtin, other]


def test_builtin_reports_are_never_dropped_and_harper_beats_languagetool():
    b1, b2 = issue("grammar.a", 0, 5), issue("style.b", 0, 5)  # two builtin rules: both kept
    harper = issue("harper.AnA", 30, 32)
    lt = issue("languagetool.EN_A_VS_AN", 30, 32)
    kept = drop_engine_duplicates([lt, harper, b2, b1])
    assert set(kept) == {b1, b2, harper}
    assert same_meaning(harper, lt) and same_meaning(lt, harper)


def test_long_builtin_span_still_found_by_the_window_search():
    long = issue("style.long-sentence", 0, 400, "style")
    lt = issue("languagetool.SOMETHING", 390, 395, "style")
    others = [issue(f"grammar.r{i}", 100 + i * 10, 101 + i * 10) for i in range(20)]
    assert lt not in drop_engine_duplicates([long, *others, lt])


A_AN = Pattern(r"\ban (?=big)", "EN_A_VS_AN", "Use \u201ca\u201d.", ("a",), "MISC", "Miscellaneous", "misspelling")
TOWN = Pattern(r"town", "TOWN_RULE", "A town.", ("city",), "GRAMMAR", "Grammar", "grammar")


@pytest.fixture(scope="module")
def lt():
    double = LTDouble()
    double.patterns.extend([A_AN, TOWN])
    yield double
    double.stop()


def test_linter_reports_a_builtin_and_languagetool_problem_once(lt):
    text = "Storm hits coast\n\nIt was an big deal for the town.\n"
    settings = Settings(grammar=GrammarSettings(backends=("builtin", "languagetool"), languagetool_url=lt.url))
    linter = Linter(settings)
    rules = [i.rule for i in linter.lint(parse(text, "a.txt"))]
    assert "grammar.a-an" in rules and "languagetool.EN_A_VS_AN" not in rules
    assert "languagetool.TOWN_RULE" in rules  # nothing builtin there: kept
    # the builtin rule off: LanguageTool's report is the one left
    rules = [i.rule for i in linter.lint(parse(text, "a.txt"), replace(settings, disable=("grammar.a-an",)))]
    assert "languagetool.EN_A_VS_AN" in rules
    linter.close()


def test_linter_reports_a_builtin_and_harper_problem_once():
    pytest.importorskip("harper")
    text = "Storm hits coast\n\nIts a good day. They was late.\n"
    settings = Settings(grammar=GrammarSettings(backends=("builtin", "harper")))
    with_builtin = [i.rule for i in Linter(settings).lint(parse(text, "a.txt"))]
    harper_only = [i.rule for i in Linter(replace(settings, disable=("grammar",))).lint(parse(text, "a.txt"))]
    harper_rules = [r for r in harper_only if r.startswith("harper.")]
    assert len(harper_rules) == 2, harper_only  # Harper flags both on its own
    assert {"grammar.confusables.its", "grammar.agreement"} <= set(with_builtin)
    assert not [r for r in with_builtin if r.startswith("harper.")]


def test_builtin_reports_alone_come_back_in_the_order_the_engine_loop_keeps():
    """With no engine report (the default checks), nothing is dropped and the builtin reports
    come back in the order the full loop keeps them in (span, then rule): the same list as with
    an engine report far from them all, less that report."""
    import random

    rng = random.Random(5)
    for _ in range(200):
        builtin = []
        for _ in range(rng.randint(0, 12)):
            start = rng.randint(0, 30)
            builtin.append(issue(rng.choice(["spelling.x", "style.y", "grammar.z"]), start, start + rng.randint(0, 5),
                                 rng.choice(["spelling", "style", "grammar"])))
        far = issue("harper.far", 1000, 1004)
        alone = drop_engine_duplicates(set(builtin))
        assert alone == [i for i in drop_engine_duplicates([*set(builtin), far]) if i is not far]
        assert len(alone) == len(set(builtin))
