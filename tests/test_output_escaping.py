"""Output injection: file names, quoted article text and backend messages can hold newlines,
ESC sequences, C1 controls and bidirectional overrides. No output format writes them raw:
a file name cannot start a fake GitHub workflow command or a fake ``path:line:col`` line,
and no ESC reaches a pipe or a terminal. JSON, SARIF and HTML stay valid and JSON keeps
the exact data."""

from __future__ import annotations

import json
import re
import sys
from html.parser import HTMLParser

import jsonschema
import pytest

from conftest import DATA
from copylint import Issue
from copylint.reporters import ReportContext, render

EVIL_NAME = "a\n::error file=evil.txt,line=1::pwned\x1b[31m\u202e.txt"
EVIL_TEXT = "Headline\n\nThe the cat \x1b[2J sat on the mat.\n"
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def hostile_issue(path: str = EVIL_NAME) -> Issue:
    """As a LanguageTool server or a hostile pack could send: controls everywhere."""
    return Issue(path=path, line=1, column=1, end_line=1, end_column=4, rule="grammar.lt\x1b[0m",
                 category="grammar", severity="warning",
                 message="Bad\n::warning file=x::injected \x1b]0;title\x07 \x9b31m \u2028 \u202eevil",
                 suggestions=("fix\x1b[1m", "\r\n::error::x"), offset=0, end_offset=3, text="The")


@pytest.mark.parametrize("fmt", ["text", "github", "json", "sarif", "html"])
def test_no_raw_control_character_in_any_format(fmt):
    out = render(fmt, [hostile_issue()], ReportContext(sources={EVIL_NAME: "The \x1b[2J end\n"}, files=1))
    assert not RAW.search(out), RAW.search(out)
    if fmt in ("text", "github"):
        assert out.count("\n") == 1  # one issue, one line
    if fmt == "github":
        assert out.startswith("::warning file=") and "\n::" not in out
    if fmt == "text":
        assert out.startswith("a\\n::error file=evil.txt,line=1::pwned\\x1b[31m\\u202e.txt:1:1: ")


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_json_formats_stay_valid_and_exact(fmt):
    issue = hostile_issue()
    data = json.loads(render(fmt, [issue], ReportContext()))
    if fmt == "json":
        assert data["issues"][0]["path"] == issue.path and data["issues"][0]["message"] == issue.message
        assert data["issues"][0]["suggestions"] == list(issue.suggestions)
    else:
        schema = json.loads((DATA / "sarif-schema-2.1.0.json").read_text())
        jsonschema.Draft4Validator(schema).validate(data)
        assert data["runs"][0]["results"][0]["message"]["text"] == issue.message


def test_html_report_stays_valid():
    out = render("html", [hostile_issue()], ReportContext(sources={EVIL_NAME: "The \x1b[2J end\n"}, files=1))
    errors = []

    class Strict(HTMLParser):
        def handle_starttag(self, tag, attrs):
            for name, value in attrs:
                if value is not None and RAW.search(value):
                    errors.append((tag, name))

    Strict().feed(out)
    assert not errors
    assert "\u241b[2J" in out  # the article's ESC shown as a control picture, one character for one
    assert "\\x1b]0;title\\x07" in out  # the message's, as an escape


@pytest.mark.skipif(sys.platform == "win32", reason="newlines and ESC in file names")
@pytest.mark.parametrize("fmt", ["text", "github"])
def test_hostile_file_name_and_text_through_the_cli(run_cli, tmp_path, fmt):
    (tmp_path / EVIL_NAME).write_text(EVIL_TEXT, encoding="utf-8")
    (tmp_path / "c\n::error::x\x1b[2J.txt").write_bytes(b"Head\n\nGood \xff text.\n")  # an error line names it
    result = run_cli("check", "--format", fmt, ".")
    for stream in (result.stdout, result.stderr):
        text = stream.decode("utf-8")
        assert "\x1b" not in text
        assert not re.search(r"^::error file=evil", text, re.M)
        assert not re.search(r"^::error::x", text, re.M)
    lines = result.stdout.decode().splitlines()
    assert len(lines) == 1 and "repeated-word" in lines[0]
    assert "c\\n::error::x\\x1b[2J.txt" in result.stderr.decode()


def test_archive_result_lines_carry_no_raw_controls(run_cli):
    """Archive mode writes one JSON line per record: C1, bidi and separator characters in a
    record's id (echoed as the id and the issues' path) come out as \\uXXXX escapes (the
    same data), never raw into a log."""
    import json as _json

    record_id = "story\u202e1\u2028\u0085"
    data = (_json.dumps({"id": record_id, "body": "It was the the end."}) + "\n").encode()
    r = run_cli("check", "--input-format", "jsonl", "-", stdin=data)
    out = r.stdout.decode()
    assert not any(ch in out for ch in "\u2028\u202e\u0085\x1b")
    (line,) = [_json.loads(x) for x in out.splitlines()]
    assert line["id"] == record_id and line["issues"], "same data, and the repeated word is still reported"
