"""The engine: applies configuration, runs the checks, returns Issues in a stable order."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field

from copylint.backends.dedup import drop_engine_duplicates
from copylint.checks.base import Check, CheckContext, Finding, RuleInfo
from copylint.config import Settings
from copylint.document import Document
from copylint.errors import CopylintError
from copylint.issue import Issue
from copylint.registry import all_rules, create_checks


@dataclass
class CheckFailure:
    """A check that raised on a document: reported, never a traceback."""

    path: str
    check: str
    error: str

    def as_error(self) -> CopylintError:
        return CopylintError(f"internal error in {self.check}: {self.error}", self.path)


@dataclass
class Linter:
    """Runs the enabled checks of one configuration. Build once, lint many documents."""

    settings: Settings
    checks: list[Check] = field(init=False)
    rules: dict[str, RuleInfo] = field(init=False)
    failures: list[CheckFailure] = field(default_factory=list, init=False)

    def __post_init__(self) -> None:
        self.checks = create_checks(self.settings)
        self.rules = all_rules(self.checks)

    def rule_info(self, rule: str) -> RuleInfo | None:
        if rule in self.rules:
            return self.rules[rule]
        for check in self.checks:
            prefix = check.dynamic_prefix
            if prefix and (rule.startswith(prefix) or rule == prefix.rstrip(".")):  # "harper" documents the backend
                info = getattr(check, "rule_info", None)
                return info(rule) if info else None
        return None

    def enabled_rules(self, settings: Settings) -> frozenset[str]:
        return frozenset(r.id for r in self.rules.values() if settings.is_enabled(r.id, r.default_enabled))

    def _check_enabled(self, check: Check, settings: Settings, enabled: frozenset[str]) -> bool:
        if any(r.id in enabled for r in check.rules):
            return True
        prefix = check.dynamic_prefix
        return bool(prefix) and settings.is_enabled(f"{prefix}*", check.dynamic_default)

    def lint(self, doc: Document, settings: Settings | None = None) -> list[Issue]:
        """All issues in ``doc``, sorted and without duplicates (also none that a grammar
        engine repeats after a builtin rule: copylint.backends.dedup).

        ``settings`` replaces the linter's own for this document (same checks).
        """
        settings = (settings or self.settings).for_path(doc.path)
        enabled = self.enabled_rules(settings)
        ctx = CheckContext(settings=settings, doc=doc, enabled=enabled)
        issues: set[Issue] = set()
        for check in self.checks:
            if not self._check_enabled(check, settings, enabled):
                continue
            try:
                for f in check.run(doc, ctx):
                    issue = self._to_issue(f, doc, settings, enabled)
                    if issue is not None:
                        issues.add(issue)
            except CopylintError:
                raise
            except Exception as exc:  # a bug in one check must not stop the run
                self.failures.append(CheckFailure(doc.path, type(check).__name__, f"{type(exc).__name__}: {exc}"))
        return sorted(drop_engine_duplicates(issues), key=Issue.sort_key)

    def _to_issue(self, f: Finding, doc: Document, settings: Settings, enabled: frozenset[str]) -> Issue | None:
        info = self.rule_info(f.rule)
        if info is None:
            return None
        dynamic = f.rule not in self.rules
        if not (f.rule in enabled or (dynamic and settings.is_enabled(f.rule, info.default_enabled))):
            return None
        if f.segment is not None:
            start, end = f.segment.to_source(f.start, f.end)
        else:
            start, end = f.start, f.end
        if doc.is_suppressed(f.rule, start):
            return None
        line, col = doc.lines.line_col(start)
        end_line, end_col = doc.lines.line_col(end)
        severity = settings.severity_for(f.rule, f.severity or info.severity)
        return Issue(
            path=doc.path, line=line, column=col, end_line=end_line, end_column=end_col,
            rule=f.rule, category=info.category, severity=severity, message=f.message,
            suggestions=f.suggestions, offset=start, end_offset=end,
            fix_safe=info.fix_safe if f.fix_safe is None else f.fix_safe,
            text=doc.source[start:end],
        )

    def take_failures(self) -> list[CheckFailure]:
        """The check failures since the last call (each reported once)."""
        out = self.failures[:]
        self.failures.clear()
        return out

    def close(self) -> None:
        for check in self.checks:
            try:
                check.close()
            except Exception as exc:  # closing must not hide the run's result
                print(f"copylint: warning: closing {type(check).__name__}: {exc}", file=sys.stderr)

