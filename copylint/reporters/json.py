"""``{"version": 1, "issues": [...]}``: the machine format, and nothing else on stdout."""

from __future__ import annotations

import json

from copylint.escaping import json_safe
from copylint.issue import Issue
from copylint.reporters import ReportContext

VERSION = 1


def render(issues: list[Issue], context: ReportContext) -> str:
    data = {"version": VERSION, "issues": [i.to_dict() for i in issues]}
    return json_safe(json.dumps(data, ensure_ascii=False, indent=2)) + "\n"


def parse(text: str) -> list[Issue]:
    """Read back what :func:`render` wrote."""
    data = json.loads(text)
    if data.get("version") != VERSION:
        raise ValueError(f"unsupported copylint JSON version {data.get('version')!r}")
    return [Issue.from_dict(d) for d in data["issues"]]
