"""LanguageTool's news profile: the measured rule list, the category map and copylint's
context filters (headlines, quotations, datelines, names). No server needed."""

from __future__ import annotations

import pytest

from copylint.backends import lt_profile
from copylint.backends.languagetool import Match
from copylint.checks.languagetool import CATEGORY_MAP, copylint_category, rule_info_for
from copylint.readers import parse


def test_profile_is_measured_and_names_its_evidence():
    data = lt_profile.profile()
    assert data["measured_on"]["wikinews"]["words"] > 10_000
    off = data["rules_off"]
    assert len(off) > 20
    for rule, entry in off.items():
        assert rule.isupper() or "_" in rule
        assert entry["alerts"] or entry["category"] in lt_profile.HOUSE_STYLE_CATEGORIES, rule
    # measured noisy on published copy, so off by default, but still a rule by id
    info = rule_info_for("languagetool.EN_UNPAIRED_QUOTES")
    assert not info.default_enabled and "off in copylint's news profile" in info.rationale
    assert "EN_UNPAIRED_QUOTES" in lt_profile.rules_off()


def test_rules_that_were_quiet_or_right_stay_on():
    a_an = Match("EN_A_VS_AN", "m", 0, 1, category_id="MISC")
    assert lt_profile.default_on("EN_A_VS_AN", "MISC")  # its alerts on the corpora were real errors
    assert rule_info_for("languagetool.EN_A_VS_AN", a_an).default_enabled
    assert not lt_profile.default_on("SOME_NEW_RULE", "TYPOGRAPHY")  # house-style category
    assert lt_profile.default_on("SOME_NEW_RULE", "GRAMMAR")


@pytest.mark.parametrize(("rule", "family"), [
    ("EN_COMPOUNDS_WELL_BEING", "compounds"), ("WORKER_COMPOUNDS", "compounds"),
    ("EN_DIACRITICS_REPLACE_ORTHOGRAPHY_BOGOTA", "diacritics"), ("CAFE_DIACRITIC", "diacritics"),
    ("EN_A_VS_AN", None), ("COMPOUNDS_AND_MORE", None), ("HOUR_HYPHEN", None),
])
def test_rule_families_by_id(rule, family):
    assert lt_profile.family(rule) == family


def test_noisy_families_are_off_whole_with_their_evidence():
    data = lt_profile.profile()
    assert set(data["families_off"]) == lt_profile.families_off() == {"compounds", "diacritics"}
    for name, evidence in data["families_off"].items():
        alerts, wrong = evidence["alerts_after_context"], evidence["not_real_errors"]
        assert alerts >= 3 and wrong > (1 - data["min_precision"]) * alerts, name
    # a member never seen on the measured copy is off too, still selectable by id
    assert "EN_DIACRITICS_REPLACE_ORTHOGRAPHY_PRISTINA" not in lt_profile.rules_off()
    assert not lt_profile.default_on("EN_DIACRITICS_REPLACE_ORTHOGRAPHY_PRISTINA", "TYPOS")
    info = rule_info_for("languagetool.EN_COMPOUNDS_SOME_NEW_PAIR", Match("EN_COMPOUNDS_SOME_NEW_PAIR", "m", 0, 1,
                                                                          category_id="MISC"))
    assert not info.default_enabled and "whole family of rules (compounds)" in info.rationale
    # a seen member whose own alerts were real errors follows its family, and says so
    assert data["rules_off"]["EN_COMPOUNDS_RAIN_STORM"]["family"] == "compounds"
    assert "whole family" in rule_info_for("languagetool.EN_COMPOUNDS_RAIN_STORM").rationale
    # a rule measured noisy on its own keeps its own reason
    assert "it raised alerts on published copy" in rule_info_for("languagetool.EN_UNPAIRED_QUOTES").rationale


@pytest.mark.parametrize(("category", "expected"), [
    ("TYPOS", ("spelling", "warning")), ("GRAMMAR", ("grammar", "warning")),
    ("CONFUSED_WORDS", ("grammar", "warning")), ("PUNCTUATION", ("grammar", "info")),
    ("TYPOGRAPHY", ("style", "info")), ("REDUNDANCY", ("style", "info")), ("NEW_CATEGORY", ("grammar", "warning")),
])
def test_category_map(category, expected):
    assert copylint_category(Match("R", "m", 0, 1, category_id=category)) == expected
    assert all(cat in ("spelling", "grammar", "style") for cat, _ in CATEGORY_MAP.values())


def where(doc, needle: str, occurrence: int = 0):
    hits = [(seg, i) for seg in doc.segments for i in _find_all(seg.text, needle)]
    seg, i = hits[occurrence]
    return seg, i, i + len(needle)


def _find_all(text: str, needle: str):
    i = text.find(needle)
    while i >= 0:
        yield i
        i = text.find(needle, i + 1)


TEXT = (
    "Mayor Says Storm Is Coming\n\n"
    "BOULDER, Colo. \u2013 The council met on Monday and it was an big deal.\n\n"
    "\u201cWe was there, it was an big day,\u201d said Ardan Pelloway of the Tenants Forum.\n"
)


@pytest.mark.parametrize(("needle", "occurrence", "rule", "category", "reason"), [
    ("Says Storm", 0, "UPPERCASE_X", "CASING", "headline"),
    ("Mayor", 0, "MORFOLOGIK_RULE_EN_US", "TYPOS", None),  # typos still count in a headline
    ("BOULDER", 0, "UPPERCASE_X", "CASING", "dateline"),
    ("an big", 0, "EN_A_VS_AN", "MISC", None),  # the first paragraph's body
    ("We was", 0, "AGREEMENT", "GRAMMAR", "quotation"),
    ("an big", 1, "EN_A_VS_AN", "MISC", "quotation"),
    ("Ardan Pelloway", 0, "SOME_RULE", "GRAMMAR", "name"),
    ("Tenants Forum", 0, "SOME_RULE", "CASING", "name"),
])
def test_context_drop(needle, occurrence, rule, category, reason):
    doc = parse(TEXT, "a.txt")
    seg, start, end = where(doc, needle, occurrence)
    assert lt_profile.context_drop(seg, start, end, rule, category, doc) == reason


@pytest.mark.parametrize(("text", "end"), [
    ("BOULDER, Colo. \u2013 Today the", len("BOULDER, Colo. \u2013 ")),
    ("LONDON (Reuters) \u2014 The", len("LONDON (Reuters) \u2014 ")),
    ("March 19, 2009. HR 1586", len("March 19, 2009. ")),
    ("The council met on Monday.", 0),
    ("A \u2013 B", 0),
])
def test_dateline_end(text, end):
    assert lt_profile.dateline_end(text) == end


def _profile_script():
    import importlib.util
    import sys
    from pathlib import Path

    module = sys.modules.get("languagetool_profile_script")
    if module is None:
        path = Path(__file__).resolve().parent.parent / "benchmarks" / "languagetool_profile.py"
        spec = importlib.util.spec_from_file_location("languagetool_profile_script", path)
        module = importlib.util.module_from_spec(spec)
        sys.modules["languagetool_profile_script"] = module
        spec.loader.exec_module(module)
    return module


def test_profile_script_judges_families_as_one_rule(capsys):
    from collections import Counter

    script = _profile_script()
    # two compound rules each right once and one wrong twice: 2 of 4 right, the family is off;
    # one accent rule, wrong once: too little to judge the family
    kept = {"EN_COMPOUNDS_A_B": Counter(us=1), "C_COMPOUNDS": Counter(us=1), "EN_COMPOUNDS_D_E": Counter(us=2),
            "X_DIACRITIC": Counter(us=1), "EN_A_VS_AN": Counter(us=5)}
    unexplained = Counter({"EN_COMPOUNDS_D_E": 2, "X_DIACRITIC": 1, "EN_A_VS_AN": 5})
    decided = script.family_decisions(kept, kept, unexplained)
    assert set(decided) == {"compounds"}
    assert decided["compounds"] == {"members_seen": 3, "alerts_after_context": 4, "not_real_errors": 2, "off": True}
    assert "off (whole family)" in capsys.readouterr().out


def test_profile_script_never_reuses_a_reading_made_with_other_rules_off():
    script = _profile_script()
    assert script._off_suffix(frozenset()) == ""
    a, b = script._off_suffix(frozenset({"A", "B"})), script._off_suffix(frozenset({"A"}))
    assert a.startswith("-profiled-") and a != b and a == script._off_suffix(frozenset({"B", "A"}))
