"""Against a real LanguageTool server, when COPYLINT_LANGUAGETOOL_URL names one
(e.g. ``docker run -p 8010:8010 erikvl87/languagetool`` and
``COPYLINT_LANGUAGETOOL_URL=http://localhost:8010``). Skipped otherwise, with the reason.

Only ever the server the variable names: these tests send their own sentences, never
an article.
"""

from __future__ import annotations

import os

import pytest

from copylint.backends.languagetool import LanguageToolClient
from copylint.config import GrammarSettings, Settings
from copylint.engine import Linter
from copylint.readers import parse

URL = os.environ.get("COPYLINT_LANGUAGETOOL_URL")
pytestmark = pytest.mark.skipif(
    not URL, reason="COPYLINT_LANGUAGETOOL_URL is not set: no real LanguageTool server to test against"
)


@pytest.fixture(scope="module")
def linter():
    settings = Settings(grammar=GrammarSettings(backends=("languagetool",), languagetool_url=URL))
    linter = Linter(settings)
    yield linter
    linter.close()


def lt_issues(linter, text: str, path: str = "a.txt"):
    return [i for i in linter.lint(parse(text, path)) if i.rule.startswith("languagetool.")]


def test_real_server_answers_the_documented_shape():
    client = LanguageToolClient(URL, 30)
    matches, partial = client.check("It was an big deal.", "en-US")
    client.close()
    assert not partial
    [m] = [m for m in matches if m.rule_id == "EN_A_VS_AN"]
    assert (m.offset, m.length) == (7, 2) and "a" in m.replacements
    assert m.category_id and m.category_name and m.message


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Storm hits coast\n\nIt was an big deal for the town.\n", "an"),
        ("Storm \U0001f600 hits coast\n\nIt was \U0001f600 an big deal for the town.\n", "an"),  # emoji before
        ("Storm hits coast\n\n\U0001f600\U0001f30d\U0001f600 It was an big deal for the town.\n", "an"),
    ],
)
def test_positions_are_exact_with_astral_characters(linter, text, flagged):
    issues = [i for i in lt_issues(linter, text) if i.rule == "languagetool.EN_A_VS_AN"]
    assert [i.text for i in issues] == [flagged]
    assert text[issues[0].offset:issues[0].end_offset] == flagged


def test_spans_after_emoji_and_every_span_exact(linter):
    # WHITESPACE_RULE (on by default) flags the doubled space after the emoji.
    text = "Storm hits coast\n\nThe council met \U0001f600  in the town hall \U0001f30d on Monday.\n"
    issues = lt_issues(linter, text)
    assert [i.text for i in issues if i.rule == "languagetool.WHITESPACE_RULE"] == ["  "]
    for issue in issues:
        assert text[issue.offset:issue.end_offset] == issue.text


def test_speller_follows_copylint_spelling(linter):
    text = "Storm hits coast\n\nThe mayor sayd the road was closed.\n"
    with_spelling = Linter(Settings(grammar=GrammarSettings(backends=("languagetool",), languagetool_url=URL)))
    assert not [i for i in lt_issues(with_spelling, text) if "MORFOLOGIK" in i.rule]
    from dataclasses import replace

    no_spelling = Linter(replace(with_spelling.settings, disable=("spelling",)))
    found = [i for i in lt_issues(no_spelling, text) if i.rule == "languagetool.MORFOLOGIK_RULE_EN_US"]
    assert [i.text for i in found] == ["sayd"]
    with_spelling.close()
    no_spelling.close()
