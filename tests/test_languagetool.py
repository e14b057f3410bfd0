"""LanguageTool's wire format: the documented /v2/check JSON, UTF-16 offsets, rule mapping."""

from __future__ import annotations

import json

import pytest

from copylint.backends import backend_mode
from copylint.backends.joined import JoinedProse
from copylint.backends.languagetool import (
    LanguageToolError,
    Match,
    check_endpoint,
    check_form,
    incomplete,
    match_span,
    parse_check_response,
)
from copylint.checks.languagetool import _batches, _selected_rules, copylint_category, rule_info_for
from copylint.config import GrammarSettings, Settings
from copylint.readers import parse

# An answer in the shape LanguageTool documents for POST /v2/check (API version 1).
DOCUMENTED_ANSWER = {
    "software": {"name": "LanguageTool", "version": "6.6", "buildDate": "2025-03-27 10:00:00 +0000",
                 "apiVersion": 1, "premium": False, "premiumHint": "You might be missing errors...",
                 "status": ""},
    "warnings": {"incompleteResults": False},
    "language": {"name": "English (US)", "code": "en-US",
                 "detectedLanguage": {"name": "English (US)", "code": "en-US", "confidence": 0.98}},
    "matches": [
        {
            "message": "Use \u201ca\u201d instead of \u2018an\u2019 if the following word doesn\u2019t start with a vowel sound.",
            "shortMessage": "Wrong article",
            "replacements": [{"value": "a"}],
            "offset": 8,
            "length": 2,
            "context": {"text": "It was an big deal.", "offset": 7, "length": 2},
            "sentence": "It was an big deal.",
            "type": {"typeName": "Other"},
            "rule": {
                "id": "EN_A_VS_AN",
                "description": "Use of \u2018a\u2019 vs. \u2018an\u2019",
                "issueType": "misspelling",
                "urls": [{"value": "https://languagetool.org/insights/post/indefinite-articles/"}],
                "category": {"id": "MISC", "name": "Miscellaneous"},
            },
            "ignoreForIncompleteSentence": False,
            "contextForSureMatch": 1,
        },
        {
            "message": "Possible spelling mistake found.",
            "shortMessage": "Spelling mistake",
            "replacements": [{"value": "the"}, {"value": "tea"}, {"value": "ten"}],
            "offset": 0,
            "length": 3,
            "context": {"text": "Teh storm", "offset": 0, "length": 3},
            "sentence": "Teh storm",
            "type": {"typeName": "UnknownWord"},
            "rule": {"id": "MORFOLOGIK_RULE_EN_US", "description": "Possible spelling mistake",
                     "issueType": "misspelling", "category": {"id": "TYPOS", "name": "Possible Typo"}},
            "ignoreForIncompleteSentence": False,
            "contextForSureMatch": 0,
        },
    ],
}


def test_documented_answer_parses_every_field():
    matches = parse_check_response(json.dumps(DOCUMENTED_ANSWER).encode())
    assert matches[0] == Match(
        rule_id="EN_A_VS_AN",
        message=DOCUMENTED_ANSWER["matches"][0]["message"],
        offset=8,
        length=2,
        replacements=("a",),
        short_message="Wrong article",
        description="Use of \u2018a\u2019 vs. \u2018an\u2019",
        issue_type="misspelling",
        category_id="MISC",
        category_name="Miscellaneous",
    )
    assert matches[1].replacements == ("the", "tea", "ten")
    assert matches[1].category_id == "TYPOS"
    assert not incomplete(DOCUMENTED_ANSWER)
    assert incomplete({**DOCUMENTED_ANSWER, "warnings": {"incompleteResults": True}})


def test_minimal_match_and_missing_optional_fields():
    [m] = parse_check_response({"matches": [{"message": "x", "offset": 1, "length": 2, "rule": {"id": "R"}}]})
    assert (m.rule_id, m.offset, m.length, m.replacements, m.category_id) == ("R", 1, 2, (), "")
    # no message: falls back to the short message, then the rule's description
    [m] = parse_check_response({"matches": [{"shortMessage": "short", "offset": 0, "length": 1,
                                             "rule": {"id": "R", "description": "d"}}]})
    assert m.message == "short"


@pytest.mark.parametrize(
    ("payload", "words"),
    [
        (b"<html>Bad gateway</html>", "not JSON"),
        (b"\xff\xfe garbage", "not JSON"),
        (b'{"error": "no text"}', "without a 'matches' list"),
        (b"[]", "without a 'matches' list"),
        (b'{"matches": [{"message": "x", "length": 1, "rule": {"id": "R"}}]}', "malformed match"),
        (b'{"matches": [{"message": "x", "offset": -1, "length": 1, "rule": {"id": "R"}}]}', "malformed match"),
        (b'{"matches": [{"message": "x", "offset": 0, "length": 1, "rule": {}}]}', "malformed match"),
        (b'{"matches": [{"message": "x", "offset": "3", "length": 1, "rule": {"id": "R"}}]}', "malformed match"),
    ],
)
def test_unusable_answers_are_one_line_errors(payload, words):
    with pytest.raises(LanguageToolError) as err:
        parse_check_response(payload, "LanguageTool at http://x")
    message = str(err.value)
    assert words in message and "\n" not in message and message.startswith("LanguageTool at http://x")


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("It was an big deal.", "an big"),
        ("\U0001f600 It was an big deal.", "an big"),  # emoji before the span
        ("\U0001f600\U0001f30d It was an big deal.", "an big"),  # two astral characters before
        ("It was an \U0001f600 big deal.", "an \U0001f600 big"),  # emoji inside the span
        ("It was \U0001f600\U0001f600 deal.", "\U0001f600\U0001f600"),  # the span is emoji only
        ("Caf\u00e9 \u2014 \U0001d400 an big", "an big"),  # BMP accents and a maths letter
    ],
)
def test_utf16_offsets_become_code_points(text, target):
    start = text.index(target)
    m = Match("R", "m", offset=_utf16(text[:start]), length=_utf16(target))
    a, b = match_span(text, m)
    assert text[a:b] == target


def test_joined_prose_maps_back_to_segments_and_drops_spans_across_breaks():
    doc = parse("Storm hits coast\n\nFirst paragraph here.\n\nSecond one \U0001f600 here.\n", "a.txt")
    joined = JoinedProse.build(doc.segments)
    assert joined.text == "Storm hits coast\n\nFirst paragraph here.\n\nSecond one \U0001f600 here."
    start = joined.text.index("\U0001f600 here")
    seg, a, b = joined.locate(start, start + 6)
    assert seg.text[a:b] == "\U0001f600 here" and seg is doc.segments[2]
    across = joined.text.index("coast")
    assert joined.locate(across, across + 10) is None  # "coast\n\nFirs" names no article text
    assert joined.locate(0, 5)[0] is doc.segments[0]


def test_endpoint_and_form():
    for url in ("http://h:8081", "http://h:8081/", "http://h:8081/v2", "http://h:8081/v2/", "http://h:8081/v2/check"):
        assert check_endpoint(url) == "http://h:8081/v2/check"
    assert check_endpoint("https://lt.example.org/api") == "https://lt.example.org/api/v2/check"
    form = check_form("Text", "en-GB", ["B", "A", "A"], ["C"])
    assert form == {"text": "Text", "language": "en-GB", "disabledRules": "A,B", "enabledRules": "C"}
    assert check_form("Text", "en-US") == {"text": "Text", "language": "en-US"}


def test_exact_rule_selectors_reach_the_server():
    s = Settings(enable=("languagetool.PASSIVE_VOICE", "languagetool", "style"),
                 disable=("languagetool.WHITESPACE_RULE", "languagetool.PASSIVE_VOICE_X", "ALL"))
    disabled, enabled = _selected_rules(s)
    assert disabled == {"WHITESPACE_RULE", "PASSIVE_VOICE_X"} and enabled == {"PASSIVE_VOICE"}


def test_categories_and_rule_info():
    typo = Match("MORFOLOGIK_RULE_EN_US", "m", 0, 1, category_id="TYPOS", category_name="Possible Typo",
                 issue_type="misspelling")
    style = Match("PASSIVE_VOICE", "m", 0, 1, category_id="STYLE", category_name="Style", issue_type="style")
    grammar = Match("HE_VERB_AGR", "m", 0, 1, category_id="GRAMMAR", category_name="Grammar", issue_type="grammar",
                    description="Agreement: 'he' + verb")
    assert [copylint_category(m) for m in (typo, style, grammar)] == [
        ("spelling", "warning"), ("style", "info"), ("grammar", "warning")]
    info = rule_info_for("languagetool.HE_VERB_AGR", grammar)
    assert info.category == "grammar" and info.severity == "warning"
    assert "Agreement" in info.summary and "Grammar category (GRAMMAR)" in info.rationale
    assert rule_info_for("languagetool.PASSIVE_VOICE", style).severity == "info"
    assert not rule_info_for("languagetool.PASSIVE_VOICE", style).default_enabled  # a house-style category


def test_backend_mode():
    assert backend_mode(Settings(), "languagetool") is None
    assert backend_mode(Settings(grammar=GrammarSettings(backends=("builtin", "languagetool"))), "languagetool") == "explicit"
    assert backend_mode(Settings(grammar=GrammarSettings(backends=("auto",))), "languagetool") == "auto"
    assert backend_mode(Settings(enable=("languagetool.EN_A_VS_AN",)), "languagetool") == "explicit"
    assert backend_mode(Settings(enable=("languagetoolish",)), "languagetool") is None


def test_long_documents_are_sent_in_batches_of_whole_segments():
    text = "Headline\n\n" + "\n\n".join(f"Paragraph {i} " + "word " * 50 for i in range(40))
    doc = parse(text, "a.txt")
    batches = list(_batches(doc.segments, 2000))
    assert len(batches) > 1
    assert [s for b in batches for s in b] == doc.segments
    assert all(sum(len(s.text) + 2 for s in b) <= 2000 + 2 for b in batches)
