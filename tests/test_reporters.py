from __future__ import annotations

import json
import re

import jsonschema

from conftest import DATA, SAMPLE
from copylint import Issue, lint_paths
from copylint.api import get_linter
from copylint.config import Settings
from copylint.reporters import ReportContext, render
from copylint.reporters import json as json_reporter

ISSUES = [
    Issue("a b/x.txt", 3, 1, 3, 52, "structure.duplicate-headline", "structure", "error", "Headline repeated"),
    Issue("x.md", 1, 5, 2, 3, "style.repeated-word", "style", "warning", 'Repeated word "the", 50%: yes',
          ("the",)),
    Issue("y.html", 7, 2, 7, 9, "style.repeated-word", "style", "info", "Multi\nline message", ("",)),
]


def context() -> ReportContext:
    return ReportContext(rules=get_linter(Settings()).rules, version="1.0")


def test_text_format_is_editor_friendly():
    out = render("text", ISSUES, context()).splitlines()
    pattern = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<sev>error|warning|info): (?P<msg>.+) \[(?P<rule>[\w.-]+)\]$")
    m = pattern.match(out[0])
    assert m and m["path"] == "a b/x.txt" and m["line"] == "3" and m["col"] == "1" and m["rule"] == "structure.duplicate-headline"
    assert "\x1b[" not in "".join(out)
    assert "\x1b[" in render("text", ISSUES, ReportContext(color=True))


def test_json_exact_shape_and_round_trip():
    text = render("json", ISSUES, context())
    data = json.loads(text)
    assert set(data) == {"version", "issues"} and data["version"] == 1
    assert list(data["issues"][0]) == ["path", "line", "column", "end_line", "end_column", "rule", "category",
                                       "severity", "message", "suggestions"]
    assert json_reporter.parse(text) == ISSUES


def test_sarif_validates_against_the_official_schema():
    schema = json.loads((DATA / "sarif-schema-2.1.0.json").read_text())
    result = lint_paths([str(SAMPLE)], config=Settings())
    for issues in (ISSUES, result.issues, []):
        log = json.loads(render("sarif", issues, context()))
        jsonschema.Draft4Validator(schema).validate(log)
    log = json.loads(render("sarif", ISSUES, context()))
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert ids == ["structure.duplicate-headline", "style.repeated-word"]
    res = run["results"][1]
    assert res["level"] == "warning" and res["ruleIndex"] == 1
    assert res["locations"][0]["physicalLocation"]["region"] == {"startLine": 1, "startColumn": 5, "endLine": 2, "endColumn": 3}
    assert run["results"][2]["level"] == "note"
    assert run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "a%20b/x.txt"


def test_github_annotations_escape_properties_and_data():
    out = render("github", ISSUES, context()).splitlines()
    assert out[0] == ("::error file=a b/x.txt,line=3,col=1,endLine=3,endColumn=52,"
                      "title=structure.duplicate-headline::Headline repeated")
    assert out[1].startswith("::warning file=x.md,line=1,col=5,endLine=2,endColumn=3,")
    assert "50%25" in out[1]
    assert out[2].startswith("::notice ") and "Multi%0Aline message" in out[2]
