"""The LanguageTool backend over HTTP, against a server double on 127.0.0.1: positions,
requests, one connection per run, and every failure a user can meet."""

from __future__ import annotations

import json
import socket
from dataclasses import replace

import pytest
from lt_double import LTDouble, Pattern

from copylint import lint_text
from copylint.backends.languagetool import LanguageToolError
from copylint.config import GrammarSettings, Settings
from copylint.engine import Linter
from copylint.readers import parse

A_AN = Pattern(r"\ban (?=big|\U0001f600)\S*(?: big)?", "EN_A_VS_AN", "Use \u201ca\u201d instead of \u2018an\u2019.",
               ("a big",), "MISC", "Miscellaneous", "misspelling", "Use of 'a' vs. 'an'")
TYPO = Pattern(r"\bteh\b", "MORFOLOGIK_RULE_EN_US", "Possible spelling mistake found.", ("the",),
               "TYPOS", "Possible Typo", "misspelling")
PASSIVE = Pattern(r"was eaten", "PASSIVE_VOICE", "Passive voice.", (), "STYLE", "Style", "style")


@pytest.fixture(scope="module")
def server():
    double = LTDouble()
    yield double
    double.stop()


@pytest.fixture
def lt(server):
    server.reset()
    server.patterns.extend([A_AN, TYPO, PASSIVE])
    return server


def settings_for(url: str, backends=("builtin", "languagetool"), **grammar) -> Settings:
    return Settings(grammar=GrammarSettings(backends=backends, languagetool_url=url, **grammar))


def only_lt(settings: Settings) -> Settings:
    return replace(settings, disable=("ALL",), enable=("languagetool",))


def lt_issues(text: str, settings: Settings, path: str = "a.txt"):
    return [i for i in Linter(settings).lint(parse(text, path)) if i.rule.startswith("languagetool.")]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_positions_exact_with_emoji_before_and_inside_spans(lt):
    text = "Storm \U0001f600 hits coast\n\nHe saw \U0001f600 teh storm. It was an big \U0001f600 deal.\n\nIt was an \U0001f600 big one.\n"
    issues = lt_issues(text, only_lt(settings_for(lt.url)))
    got = [(i.rule, i.line, i.column, i.end_column, i.text) for i in issues]
    assert got == [
        ("languagetool.MORFOLOGIK_RULE_EN_US", 3, 10, 13, "teh"),  # copylint's spelling is off here
        ("languagetool.EN_A_VS_AN", 3, 28, 34, "an big"),
        ("languagetool.EN_A_VS_AN", 5, 8, 16, "an \U0001f600 big"),
    ]
    for i in issues:
        assert text[i.offset:i.end_offset] == i.text
    by_rule = {i.rule: i for i in issues}
    assert by_rule["languagetool.EN_A_VS_AN"].suggestions == ("a big",)
    assert by_rule["languagetool.EN_A_VS_AN"].category == "grammar"
    assert by_rule["languagetool.MORFOLOGIK_RULE_EN_US"].category == "spelling"
    assert by_rule["languagetool.EN_A_VS_AN"].message.startswith("Use \u201ca\u201d")


def test_one_request_per_document_with_all_its_prose(lt):
    text = "# Storm hits coast\n\nA `code` span and teh end.\n\n- It was an big list item\n\n> a quote was eaten\n"
    issues = lt_issues(text, only_lt(settings_for(lt.url)), "a.md")
    assert len(lt.requests) == 1
    sent = lt.requests[0]
    assert sent["_path"] == "/v2/check" and sent["language"] == "en-US"
    assert sent["text"] == "Storm hits coast\n\nA \ufffc span and teh end.\n\nIt was an big list item\n\na quote was eaten"
    assert [(i.line, i.column, i.text) for i in issues] == [(3, 19, "teh"), (5, 10, "an big"), (7, 11, "was eaten")]
    assert {i.rule: i.severity for i in issues}["languagetool.PASSIVE_VOICE"] == "info"


def test_speller_off_when_copylint_spelling_runs(lt):
    text = "Headline\n\nHe saw teh storm.\n"
    issues = lt_issues(text, settings_for(lt.url))  # defaults: copylint's spelling rules are on
    assert "MORFOLOGIK_RULE_EN_US" in lt.requests[-1]["disabledRules"].split(",")
    assert "MORFOLOGIK_RULE_EN_GB" in lt.requests[-1]["disabledRules"].split(",")
    assert not [i for i in issues if "MORFOLOGIK" in i.rule]
    lt.requests.clear()
    issues = lt_issues(text, replace(settings_for(lt.url), disable=("spelling",)))
    assert not {"MORFOLOGIK_RULE_EN_US", "MORFOLOGIK_RULE_EN_GB"} & set(lt.requests[-1]["disabledRules"].split(","))
    assert [i.rule for i in issues] == ["languagetool.MORFOLOGIK_RULE_EN_US"]


def test_rule_selection_language_and_dialect(lt):
    s = replace(settings_for(lt.url), enable=("languagetool.PASSIVE_VOICE_EXTRA",),
                disable=("languagetool.EN_A_VS_AN", "spelling"))
    issues = lt_issues("Headline\n\nIt was an big deal that was eaten.\n", s)
    form = lt.requests[-1]
    disabled = form["disabledRules"].split(",")
    assert "EN_A_VS_AN" in disabled and form["enabledRules"] == "PASSIVE_VOICE_EXTRA"
    assert "EN_UNPAIRED_QUOTES" in disabled  # off in the news profile: not even run
    assert issues == []  # PASSIVE_VOICE is in a house-style category: off in the news profile
    issues = lt_issues("Headline\n\nIt was an big deal that was eaten.\n",
                       replace(s, enable=("languagetool.PASSIVE_VOICE", "languagetool.EN_UNPAIRED_QUOTES")))
    assert [i.rule for i in issues] == ["languagetool.PASSIVE_VOICE"]  # on by id
    assert "EN_UNPAIRED_QUOTES" not in lt.requests[-1]["disabledRules"].split(",")
    lt_issues("Headline\n\nThe colour of the centre.\n", replace(s, dialect="en-GB"))
    assert lt.requests[-1]["language"] == "en-GB"
    lt_issues("Headline\n\nText.\n", settings_for(lt.url, languagetool_language="en-AU"))
    assert lt.requests[-1]["language"] == "en-AU"


def test_one_connection_reused_for_every_file(lt):
    linter = Linter(settings_for(lt.url))
    before = lt.connections
    for n in range(5):
        linter.lint(parse(f"Headline {n}\n\nIt was an big deal.\n", f"{n}.txt"))
    assert len(lt.requests) == 5
    assert lt.connections - before == 1
    linter.close()


def test_unknown_segments_and_empty_documents_send_nothing(lt):
    linter = Linter(settings_for(lt.url))
    linter.lint(parse("", "a.txt"))
    linter.lint(parse("| a | b |\n|---|---|\n| c | d |\n", "t.md"))  # table cells only
    assert lt.requests == []


@pytest.mark.parametrize(
    ("setup", "expected"),
    [
        (dict(status=500, body=b"java.lang.RuntimeException: boom\n\tat org.languagetool..."),
         "answered HTTP 500: 'java.lang.RuntimeException: boom at org.languagetool...'"),
        (dict(status=400, body=b"Error: Missing 'language' parameter"), "answered HTTP 400"),
        (dict(status=200, body=b"<html>proxy login</html>"), "answered with something that is not JSON"),
        (dict(status=200, body=b'{"status": "ok"}'), "without a 'matches' list"),
        (dict(drop=True), "closed the connection"),
    ],
)
def test_error_answers_are_one_line(lt, setup, expected):
    for key, value in setup.items():
        setattr(lt, key, value)
    with pytest.raises(LanguageToolError) as err:
        lint_text("Headline\n\nIt was an big deal.\n", path="a.txt", config=settings_for(lt.url))
    message = str(err.value)
    assert expected in message and "\n" not in message
    assert message.startswith(f"LanguageTool at {lt.url}")


def test_slow_server_times_out(lt):
    lt.delay = 2.0
    with pytest.raises(LanguageToolError) as err:
        Linter(settings_for(lt.url, languagetool_timeout=0.2)).lint(parse("Headline\n\nText.\n", "a.txt"))
    assert str(err.value) == f"LanguageTool at {lt.url} did not answer within 0.2 s (grammar.languagetool_timeout)"


def test_server_down_is_one_line():
    url = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(LanguageToolError) as err:
        Linter(settings_for(url)).lint(parse("Headline\n\nText.\n", "a.txt"))
    assert str(err.value) == f"LanguageTool at {url} is not reachable (connection refused)"


# -- the command line ------------------------------------------------------------

def write_config(folder, url: str, backends: str, extra: str = "") -> None:
    (folder / ".copylint.toml").write_text(
        f'[grammar]\nbackends = {backends}\nlanguagetool_url = "{url}"\nlanguagetool_timeout = 0.5\n{extra}'
    )


def test_cli_explicit_languagetool_down_exits_2_with_one_line(run_cli, tmp_path):
    url = f"http://127.0.0.1:{free_port()}"
    write_config(tmp_path, url, '["builtin", "languagetool"]')
    (tmp_path / "a.txt").write_text("Headline\n\nIt was an big deal.\n")
    r = run_cli("check", "a.txt", "--format", "json")
    assert r.returncode == 2
    assert r.stderr.decode().strip() == f"copylint: error: LanguageTool at {url} is not reachable (connection refused)"
    assert b"Traceback" not in r.stderr


def test_cli_auto_mode_warns_once_and_goes_on(run_cli, tmp_path, lt):
    lt.status, lt.body = 503, b"Service Unavailable"
    write_config(tmp_path, lt.url, '["auto"]')
    for n in range(3):
        (tmp_path / f"{n}.txt").write_text("Headline here\n\nThe the storm came.\n")
    r = run_cli("check", ".", "--format", "json")
    assert r.returncode == 1, r.stderr  # the builtin rules still ran
    issues = json.loads(r.stdout)["issues"]
    assert {i["rule"] for i in issues} == {"style.repeated-word"}
    warnings = [line for line in r.stderr.decode().splitlines() if "LanguageTool" in line]
    assert warnings == [f"copylint: warning: LanguageTool at {lt.url} answered HTTP 503: 'Service Unavailable'; "
                        "grammar.backends 'auto' goes on without LanguageTool"]
    assert len(lt.requests) == 1  # not retried for every file


def test_cli_reports_languagetool_issues_as_json_and_sarif(run_cli, tmp_path, lt):
    write_config(tmp_path, lt.url, '["builtin", "languagetool"]')
    (tmp_path / "a.md").write_text("# Storm \U0001f600 hits\n\nIt was an big \U0001f600 deal.\n", encoding="utf-8")
    r = run_cli("check", "a.md", "--format", "json", "--disable", "grammar")
    assert r.returncode == 1, r.stderr
    [issue] = json.loads(r.stdout)["issues"]
    assert (issue["rule"], issue["line"], issue["column"], issue["end_column"]) == ("languagetool.EN_A_VS_AN", 3, 8, 14)
    r = run_cli("check", "a.md", "--format", "sarif", "--disable", "grammar")
    sarif = json.loads(r.stdout)
    assert [res["ruleId"] for res in sarif["runs"][0]["results"]] == ["languagetool.EN_A_VS_AN"]


def test_cli_rules_and_explain_show_the_backend(run_cli, tmp_path, lt):
    r = run_cli("rules")
    line = next(x for x in r.stdout.decode().splitlines() if x.startswith("languagetool.*"))
    assert line.endswith("(off: see grammar.backends)")
    write_config(tmp_path, lt.url, '["builtin", "languagetool"]')
    r = run_cli("rules")
    line = next(x for x in r.stdout.decode().splitlines() if x.startswith("languagetool.*"))
    assert "(off" not in line
    r = run_cli("explain", "languagetool")
    assert r.returncode == 0 and b"languagetool_url" in r.stdout
    r = run_cli("explain", "languagetool.EN_A_VS_AN")
    assert r.returncode == 0 and b"EN_A_VS_AN" in r.stdout
    assert lt.requests == []  # documenting a rule sends nothing
