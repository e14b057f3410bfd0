"""GitHub Actions workflow commands: annotations on the lines of a pull request."""

from __future__ import annotations

from copylint.charnames import describe
from copylint.issue import Issue
from copylint.reporters import ReportContext

_COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render(issues: list[Issue], context: ReportContext) -> str:
    lines = []
    for i in issues:
        message = i.message
        if i.suggestions:
            message += " (suggestion: " + ", ".join(describe(s) or s or "(delete)" for s in i.suggestions[:3]) + ")"
        props = (
            f"file={_property(i.path)},line={i.line},col={i.column},"
            f"endLine={i.end_line},endColumn={i.end_column},title={_property(i.rule)}"
        )
        lines.append(f"::{_COMMAND[i.severity]} {props}::{_data(message)}\n")
    return "".join(lines)
