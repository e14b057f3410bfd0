"""Reporters render a list of Issues; they compute nothing. One module per format."""

from __future__ import annotations

import importlib

from copylint.issue import Issue
from copylint.records import field, record

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from copylint.checks.base import RuleInfo  # (only a type here: a cached run never imports the checks)

#: format name -> module holding ``render(issues, context) -> str``
REPORTERS = {
    "text": "copylint.reporters.text",
    "json": "copylint.reporters.json",
    "sarif": "copylint.reporters.sarif",
    "github": "copylint.reporters.github",
    "html": "copylint.reporters.html",
}


@record
class ReportContext:
    """What a reporter may need beside the issues: rule details, version, colour, sources."""

    rules: dict[str, RuleInfo] = field(default_factory=dict)
    version: str = ""
    color: bool = False
    files: int = 0
    sources: dict[str, str] = field(default_factory=dict)  # path -> source text, for formats that show articles


def render(fmt: str, issues: list[Issue], context: ReportContext) -> str:
    module = importlib.import_module(REPORTERS[fmt])
    return module.render(issues, context)
