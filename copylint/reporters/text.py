"""``path:line:col: severity: message [rule]``: for terminals, Vim, Emacs and VS Code."""

from __future__ import annotations

from copylint.escaping import visible_controls
from copylint.issue import Issue
from copylint.reporters import ReportContext
from copylint.reporters.visible import replacement

_COLOURS = {"error": "red", "warning": "yellow", "info": "blue"}


def format_issue(issue: Issue, color: bool = False) -> str:
    """One line, whatever the file name, message or suggestion holds (control characters,
    newlines and ESC are shown as escapes: copylint.escaping)."""
    message = visible_controls(issue.message)
    if issue.suggestions:
        shown = ", ".join(replacement(s) for s in issue.suggestions[:3])  # controls escaped there too
        message = f"{message} (suggestion: {shown})"
    severity = visible_controls(issue.severity)
    location = f"{visible_controls(issue.path)}:{issue.line}:{issue.column}:"
    rule = f"[{visible_controls(issue.rule)}]"
    if color:
        import click  # (coloured output only)

        location = click.style(location, bold=True)
        severity = click.style(severity, fg=_COLOURS.get(severity), bold=True)
        rule = click.style(rule, dim=True)
    return f"{location} {severity}: {message} {rule}"


def render(issues: list[Issue], context: ReportContext) -> str:
    return "".join(format_issue(i, context.color) + "\n" for i in issues)


def summary(issues: list[Issue], files: int, errors: int = 0) -> str:
    """One line for stderr: how many issues of each severity in how many files, and how many
    problems (unreadable files, failed checks) made the run incomplete, so the line never
    reads as a clean run when the exit code says otherwise."""
    counts = {s: sum(1 for i in issues if i.severity == s) for s in ("error", "warning", "info")}
    noun = "file" if files == 1 else "files"
    incomplete = ""
    if errors:
        incomplete = f"; {errors} problem{'s' if errors != 1 else ''} (see above) left the check incomplete"
    if not issues:
        if errors and not files:
            return f"Nothing checked: {errors} problem{'s' if errors != 1 else ''} (see above)."
        return f"No issues found in {files} {noun}{incomplete}."
    parts = ", ".join(f"{n} {s}{'s' if n != 1 and s != 'info' else ''}" for s, n in counts.items() if n)
    return f"Found {len(issues)} issue{'s' if len(issues) != 1 else ''} ({parts}) in {files} {noun}{incomplete}."
