"""Issues as LSP diagnostics, with ranges in the negotiated position encoding (UTF-16 unless
the client offered another)."""

from __future__ import annotations

from typing import Any

from lsprotocol import types

from copylint.engine import Linter
from copylint.issue import Issue
from copylint.positions import UTF16, LineIndex, lsp_position
from copylint.reporters.visible import replacement

SOURCE = "copylint"

_SEVERITY = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "info": types.DiagnosticSeverity.Information,
}


def lsp_range(index: LineIndex, start: int, end: int, encoding: str = UTF16) -> types.Range:
    """The LSP range of code-point offsets ``[start, end)`` of ``index.text``."""
    s_line, s_char = lsp_position(index, start, encoding)
    e_line, e_char = lsp_position(index, end, encoding)
    return types.Range(types.Position(s_line, s_char), types.Position(e_line, e_char))


def message_with_suggestions(issue: Issue) -> str:
    if not issue.suggestions:
        return issue.message
    shown = ", ".join(replacement(s) for s in issue.suggestions[:3])
    return f"{issue.message} (suggestion: {shown})"


def to_diagnostic(issue: Issue, index: LineIndex, bom: int, linter: Linter | None,
                  encoding: str = UTF16) -> types.Diagnostic:
    """``bom`` is 1 when the buffer starts with a BOM (issue offsets count from after it)."""
    info = linter.rule_info(issue.rule) if linter else None
    data: dict[str, Any] = {
        "rule": issue.rule,
        "category": issue.category,
        "suggestions": list(issue.suggestions),
        "fixSafe": issue.fix_safe,
        "text": issue.text,
    }
    return types.Diagnostic(
        range=lsp_range(index, issue.offset + bom, issue.end_offset + bom, encoding),
        message=message_with_suggestions(issue),
        severity=_SEVERITY.get(issue.severity, types.DiagnosticSeverity.Warning),
        code=issue.rule,
        code_description=types.CodeDescription(href=info.link) if info and info.link else None,
        source=SOURCE,
        data=data,
    )


def to_diagnostics(issues: list[Issue], text: str, bom: int, linter: Linter | None,
                   encoding: str = UTF16) -> list[types.Diagnostic]:
    index = LineIndex(text)
    return [to_diagnostic(i, index, bom, linter, encoding) for i in issues if i.offset >= 0]
