"""Every rule's own examples run as tests: bad ones raise exactly that rule at the
marked span, good ones raise nothing."""

from __future__ import annotations

import pytest

from copylint.config import Settings
from copylint.engine import Linter
from copylint.examples import run_example


def _all_rules_settings() -> Settings:
    from copylint.registry import example_settings

    return example_settings()


LINTER = Linter(_all_rules_settings())
CASES = [
    pytest.param(rule, example, bad, id=f"{rule.id}-{'bad' if bad else 'good'}-{n}")
    for rule in LINTER.rules.values()
    for bad, examples in ((True, rule.bad), (False, rule.good))
    for n, example in enumerate(examples)
]


def test_every_rule_has_examples_and_docs():
    for rule in LINTER.rules.values():
        assert rule.bad, f"{rule.id} has no bad examples"
        assert rule.good, f"{rule.id} has no good examples"
        assert rule.summary and rule.rationale, rule.id
        assert rule.category in ("spelling", "grammar", "style", "structure"), rule.id
        assert rule.severity in ("error", "warning", "info"), rule.id
        for example in rule.bad:
            assert example.marked_spans(), f"{rule.id}: bad example without [[...]] span: {example.text!r}"


@pytest.mark.parametrize(("rule", "example", "bad"), CASES)
def test_rule_example(rule, example, bad):
    result = run_example(LINTER, rule, example, bad)
    assert result.ok, result.describe()
