"""Running a rule's own examples: bad ones must raise exactly that rule at the marked
spans, good ones nothing. The test suite runs every rule's examples this way."""

from __future__ import annotations

from dataclasses import dataclass, replace

from copylint.checks.base import Example, RuleInfo
from copylint.config import Settings
from copylint.engine import Linter
from copylint.issue import Issue
from copylint.readers import parse


@dataclass
class ExampleResult:
    rule: RuleInfo
    example: Example
    bad: bool
    issues: list[Issue]

    @property
    def expected(self) -> list[tuple[int, int]]:
        return self.example.marked_spans() if self.bad else []

    @property
    def found(self) -> list[tuple[int, int]]:
        return sorted((i.offset, i.end_offset) for i in self.issues)

    @property
    def ok(self) -> bool:
        return self.found == sorted(self.expected)

    def describe(self) -> str:
        text = self.example.plain()
        got = [f"{text[a:b]!r}@{a}" for a, b in self.found]
        want = [f"{text[a:b]!r}@{a}" for a, b in self.expected]
        return f"{self.rule.id} {'bad' if self.bad else 'good'} example {self.example.text!r}: expected {want}, got {got}"


def only_rule(settings: Settings, rule: str) -> Settings:
    return settings.only(rule)


def run_example(linter: Linter, rule: RuleInfo, example: Example, bad: bool) -> ExampleResult:
    """Lint ``example`` with only ``rule`` enabled."""
    settings = only_rule(linter.settings, rule.id)
    if example.dialect:
        settings = replace(settings, dialect=example.dialect)
    fmt = example.format
    path = {"body": "example.txt", "txt": "example.txt", "md": "example.md", "html": "example.html"}[fmt]
    doc = parse(example.plain(), path, fmt)
    issues = [i for i in linter.lint(doc, settings) if i.rule == rule.id]
    return ExampleResult(rule, example, bad, issues)
