"""SARIF 2.1.0 for code-scanning dashboards, with rule metadata."""

from __future__ import annotations

import json
import os
from pathlib import PurePath
from urllib.parse import quote

from copylint.checks.base import RuleInfo
from copylint.escaping import json_safe
from copylint.issue import Issue
from copylint.reporters import ReportContext

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _uri(path: str) -> str:
    if path in ("-", "<stdin>", "<text>"):
        return quote(path)
    p = PurePath(path)
    if p.is_absolute():
        return p.as_uri()
    return quote(path.replace(os.sep, "/"))


def _rule(info: RuleInfo) -> dict:
    rule = {
        "id": info.id,
        "name": "".join(part.capitalize() for part in info.id.replace("-", ".").split(".")),
        "shortDescription": {"text": info.summary},
        "fullDescription": {"text": info.rationale},
        "help": {"text": info.rationale},
        "defaultConfiguration": {"level": _LEVEL[info.severity], "enabled": info.default_enabled},
        "properties": {"category": info.category, "tags": [info.category]},
    }
    if info.link:
        rule["helpUri"] = info.link
    return rule


def render(issues: list[Issue], context: ReportContext) -> str:
    used = sorted({i.rule for i in issues})
    rules = []
    index: dict[str, int] = {}
    for rule_id in used:
        info = context.rules.get(rule_id)
        if info is None:
            issue = next(i for i in issues if i.rule == rule_id)
            info = RuleInfo(rule_id, issue.category, issue.severity, rule_id, rule_id)
        index[rule_id] = len(rules)
        rules.append(_rule(info))
    results = []
    for i in issues:
        result = {
            "ruleId": i.rule,
            "ruleIndex": index[i.rule],
            "level": _LEVEL[i.severity],
            "message": {"text": i.message},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": _uri(i.path)},
                        "region": {
                            "startLine": i.line,
                            "startColumn": i.column,
                            "endLine": i.end_line,
                            "endColumn": i.end_column,
                        },
                    }
                }
            ],
        }
        if i.suggestions:
            result["fixes"] = [
                {
                    "description": {"text": f"Replace with \u201c{s}\u201d" if s else "Delete"},
                    "artifactChanges": [
                        {
                            "artifactLocation": {"uri": _uri(i.path)},
                            "replacements": [
                                {
                                    "deletedRegion": {
                                        "startLine": i.line,
                                        "startColumn": i.column,
                                        "endLine": i.end_line,
                                        "endColumn": i.end_column,
                                    },
                                    "insertedContent": {"text": s},
                                }
                            ],
                        }
                    ],
                }
                for s in i.suggestions
            ]
        results.append(result)
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "copylint",
                        "version": context.version,
                        "informationUri": "https://pypi.org/project/copylint/",
                        "rules": rules,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }
    return json_safe(json.dumps(log, ensure_ascii=False, indent=2)) + "\n"
