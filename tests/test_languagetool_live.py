"""Against a real LanguageTool server (tests/lt_server.py: the one ``.ci/run`` starts, one
named by COPYLINT_LANGUAGETOOL_URL, or one started from the jars that
tools/languagetool/lt.py provisioned). CI runs these with zero skips.

These tests send their own sentences, never an article, and only to 127.0.0.1 or the
server the variable names.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from lt_server import own_server

from copylint.backends import _WARNED, drain_warnings
from copylint.backends.languagetool import LanguageToolClient, LanguageToolError, match_span
from copylint.config import GrammarSettings, Settings
from copylint.engine import Linter
from copylint.readers import parse


def lt_settings(url: str, **grammar) -> Settings:
    return Settings(grammar=GrammarSettings(backends=("languagetool",), languagetool_url=url, **grammar))


@pytest.fixture(scope="module")
def linter(languagetool_url):
    linter = Linter(lt_settings(languagetool_url))
    yield linter
    linter.close()


def lt_issues(linter, text: str, path: str = "a.txt", settings: Settings | None = None):
    return [i for i in linter.lint(parse(text, path), settings) if i.rule.startswith("languagetool.")]


def assert_exact(text: str, issues) -> None:
    """Every span names exactly its text in the original, line and column included."""
    lines = text.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    for issue in issues:
        assert text[issue.offset:issue.end_offset] == issue.text
        assert starts[issue.line - 1] + issue.column - 1 == issue.offset, issue


def test_real_server_answers_the_documented_shape(languagetool_url):
    client = LanguageToolClient(languagetool_url, 30)
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
        ("Storm hits coast\r\n\r\nIt was \U0001f600 an big deal for the town.\r\n", "an"),  # CRLF
        ("Storm hits coast\r\rIt was \U0001f600\U0001f600 an big deal.\r", "an"),  # old Mac CR
    ],
)
def test_positions_are_exact_with_astral_characters_and_line_breaks(linter, text, flagged):
    issues = [i for i in lt_issues(linter, text) if i.rule == "languagetool.EN_A_VS_AN"]
    assert [i.text for i in issues] == [flagged]
    assert_exact(text, issues)


def test_spans_after_emoji_on_crlf_lines_every_span_exact(linter):
    # WHITESPACE_RULE (off in the news profile, on by id here) flags the doubled space after the emoji.
    text = ("Storm hits coast\r\n\r\nThe council met \U0001f600  in the town hall \U0001f30d on Monday.\r\n"
            "\r\nA \U0001f30d second paragraph, it was an big \U0001f600 deal.\r\n")
    settings = replace(linter.settings, enable=("languagetool.WHITESPACE_RULE",), disable=("style",))
    issues = lt_issues(linter, text, settings=settings)
    assert [i.text for i in issues if i.rule == "languagetool.WHITESPACE_RULE"] == ["  "]
    assert [(i.line, i.text) for i in issues if i.rule == "languagetool.EN_A_VS_AN"] == [(5, "an")]
    assert_exact(text, issues)


def test_markdown_positions(linter):
    text = (
        "---\ntitle: A test\n---\n\n# Storm *hits* coast\n\n"
        "The **council** met in [the town hall](https://example.org/x) and it was an big deal.\n\n"
        "- A list item where it was an big \U0001f600 deal\n\n"
        "> In a quote it was an `code` big deal, said the the mayor.\n"
    )
    issues = lt_issues(linter, text, "a.md")
    a_an = [(i.line, i.text) for i in issues if i.rule == "languagetool.EN_A_VS_AN"]
    assert (7, "an") in a_an and (9, "an") in a_an
    assert_exact(text, issues)
    assert all("https" not in i.text for i in issues)


def test_html_positions(linter):
    text = (
        "<html><head><title>Storm hits coast</title></head><body>\n"
        "<h1>Storm hits coast</h1>\n"
        "<p>The council &amp; the mayor met and it was <em>an</em> big deal.</p>\n"
        "<p>Caf&eacute; owners said it was an big \U0001f600 deal &mdash; really.</p>\n"
        "</body></html>\n"
    )
    issues = lt_issues(linter, text, "a.html")
    a_an = [(i.line, i.text) for i in issues if i.rule == "languagetool.EN_A_VS_AN"]
    assert a_an == [(3, "an"), (4, "an")]
    assert_exact(text, issues)


@pytest.mark.parametrize(
    ("language", "flagged"),
    [("en-US", ["colour"]), ("en-GB", ["color"])],
)
def test_languagetool_language_picks_the_variant(languagetool_url, language, flagged):
    """With copylint's spelling off, LanguageTool's own speller for the variant runs."""
    settings = replace(lt_settings(languagetool_url, languagetool_language=language), disable=("spelling",))
    linter = Linter(settings)
    text = "Storm hits coast\n\nThe colour of the sky and the color of the sea were dark.\n"
    issues = [i for i in lt_issues(linter, text) if i.rule.startswith("languagetool.MORFOLOGIK_RULE_EN_")]
    linter.close()
    assert [i.text for i in issues] == flagged
    assert {i.rule for i in issues} == {"languagetool.MORFOLOGIK_RULE_EN_" + language[-2:]}


@pytest.mark.parametrize(("dialect", "rule"), [("en-US", "MORFOLOGIK_RULE_EN_US"), ("en-GB", "MORFOLOGIK_RULE_EN_GB")])
def test_language_follows_copylint_dialect_when_unset(languagetool_url, dialect, rule):
    settings = replace(lt_settings(languagetool_url), disable=("spelling",), dialect=dialect)
    linter = Linter(settings)
    text = "Storm hits coast\n\nThe mayor sayd the road was closed.\n"
    issues = lt_issues(linter, text)
    linter.close()
    assert [(i.rule, i.text) for i in issues] == [("languagetool." + rule, "sayd")]


def test_speller_follows_copylint_spelling(linter):
    text = "Storm hits coast\n\nThe mayor sayd the road was closed.\n"
    assert not [i for i in lt_issues(linter, text) if "MORFOLOGIK" in i.rule]
    no_spelling = replace(linter.settings, disable=("spelling",))
    found = [i for i in lt_issues(linter, text, settings=no_spelling) if i.rule == "languagetool.MORFOLOGIK_RULE_EN_US"]
    assert [i.text for i in found] == ["sayd"]


def test_rules_selectable_one_by_one(linter):
    text = "Storm hits coast\n\nIt was an big deal and the the mayor said so.\n"
    default = {i.rule for i in lt_issues(linter, text)}
    assert "languagetool.EN_A_VS_AN" in default  # in the news profile
    assert "languagetool.ENGLISH_WORD_REPEAT_RULE" not in default  # off in the profile (measured noisy)
    one_on = replace(linter.settings, enable=("languagetool.ENGLISH_WORD_REPEAT_RULE",), disable=("style",))
    assert "languagetool.ENGLISH_WORD_REPEAT_RULE" in {i.rule for i in lt_issues(linter, text, settings=one_on)}
    one_off = replace(linter.settings, disable=("languagetool.EN_A_VS_AN",))
    assert "languagetool.EN_A_VS_AN" not in {i.rule for i in lt_issues(linter, text, settings=one_off)}


def test_cli_against_the_real_server(run_cli, tmp_path, languagetool_url):
    # grammar.missing-auxiliary flags the same slip, and a finding a builtin rule already
    # makes is not repeated from LanguageTool: this test is about LanguageTool's positions
    (tmp_path / ".copylint.toml").write_text(
        'disable = ["grammar.missing-auxiliary"]\n'
        f'[grammar]\nbackends = ["builtin", "languagetool"]\nlanguagetool_url = "{languagetool_url}"\n')
    (tmp_path / "a.txt").write_bytes("Storm hits coast\r\n\r\nThe \U0001f600 mayor said: I seen it.\r\n".encode())
    r = run_cli("check", "--format", "json", "a.txt")
    assert r.returncode == 1, r.stderr
    import json

    issues = json.loads(r.stdout)
    found = [i for i in issues["issues"] if i["rule"] == "languagetool.PRP_PAST_PART"]
    assert [(f["line"], f["column"], f["end_column"]) for f in found] == [(3, 21, 25)]  # "seen", after an emoji


def test_language_tool_python_reads_the_same_server(languagetool_url):
    """language-tool-python, a real client of the same wire format, sees what copylint's
    client sees: the same rules at the same places. language-tool-python turns the
    server's UTF-16 offsets into code points, as copylint's match_span does."""
    ltp = pytest.importorskip("language_tool_python")
    text = "It was an big deal. \U0001f600 The the mayor said he were late."
    tool = ltp.LanguageTool("en-US", remote_server=languagetool_url)
    try:
        theirs = sorted((m.rule_id, m.offset, m.error_length) for m in tool.check(text))
    finally:
        tool.close()
    client = LanguageToolClient(languagetool_url, 30)
    ours, _ = client.check(text, "en-US")
    client.close()
    mine = []
    for m in ours:
        start, end = match_span(text, m)
        mine.append((m.rule_id, start, end - start))
    assert theirs and theirs == sorted(mine)
    assert ("EN_A_VS_AN", 7, 2) in theirs
    repeat = [t for t in theirs if t[0] == "ENGLISH_WORD_REPEAT_RULE"]
    assert [text[s:s + n] for _, s, n in repeat] == ["The the"]  # after the emoji: code points
    assert [m.offset for m in ours if m.rule_id == "ENGLISH_WORD_REPEAT_RULE"] == [repeat[0][1] + 1]  # UTF-16


def test_server_that_dies_mid_run():
    """A real server killed between two files: the next file gets a one-line error at once
    (explicit), or one warning and builtin results (auto); nothing hangs."""
    server = own_server()
    try:
        text = "Storm hits coast\n\nThe mayor said: I seen it, and the the council agreed.\n"
        # without the builtin rule that makes the same finding (LanguageTool's is then dropped)
        mine = ("grammar.missing-auxiliary",)
        explicit = Linter(Settings(disable=mine, grammar=GrammarSettings(
            backends=("builtin", "languagetool"), languagetool_url=server.url, languagetool_timeout=20)))
        auto = Linter(Settings(disable=mine, grammar=GrammarSettings(
            backends=("builtin", "auto"), languagetool_url=server.url, languagetool_timeout=20)))
        assert "languagetool.PRP_PAST_PART" in {i.rule for i in explicit.lint(parse(text, "a.txt"))}
        assert "languagetool.PRP_PAST_PART" in {i.rule for i in auto.lint(parse(text, "a.txt"))}
        server.kill()
        with pytest.raises(LanguageToolError) as err:
            explicit.lint(parse(text, "b.txt"))
        message = str(err.value)
        assert message.startswith(f"LanguageTool at {server.url} ") and "\n" not in message
        _WARNED.clear()
        drain_warnings()
        rules = {i.rule for i in auto.lint(parse(text, "b.txt"))}
        assert "style.repeated-word" in rules and not any(r.startswith("languagetool.") for r in rules)
        [warning] = drain_warnings()
        assert warning.startswith(f"LanguageTool at {server.url} ") and "goes on without LanguageTool" in warning
        explicit.close()
        auto.close()
    finally:
        server.stop()
