"""Every check copylint knows, imported only when a run needs it.

Check modules must be cheap to import and instantiate: heavy resources (word lists,
Harper, a LanguageTool connection) are loaded on first use inside ``run``.
"""

from __future__ import annotations

import importlib

from copylint.checks.base import Check, RuleInfo

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from copylint.config import Settings

#: (module, class) of every built-in check, in the order they run.
CHECKS: tuple[tuple[str, str], ...] = (
    ("copylint.checks.structure", "DuplicateHeadline"),
    ("copylint.checks.foreign", "ForeignPassage"),
    ("copylint.checks.repeated_word", "RepeatedWord"),
    ("copylint.checks.single_quotes", "SingleQuotes"),
    ("copylint.checks.spelling", "Spelling"),
    ("copylint.checks.grammar", "BuiltinGrammar"),
    ("copylint.checks.harper", "HarperCheck"),
    ("copylint.checks.languagetool", "LanguageToolCheck"),
    ("copylint.checks.house_style", "HouseStyle"),
)


def create_checks(settings: Settings) -> list[Check]:
    """Instantiate every check for these settings."""
    checks: list[Check] = []
    for module, name in CHECKS:
        cls = getattr(importlib.import_module(module), name)
        checks.append(cls(settings))
    return checks


def all_rules(checks: list[Check]) -> dict[str, RuleInfo]:
    """Rule id -> RuleInfo over ``checks``, in a stable order."""
    rules: dict[str, RuleInfo] = {}
    for check in checks:
        for rule in check.rules:
            rules[rule.id] = rule
    return dict(sorted(rules.items()))


def example_settings() -> Settings:
    """Settings under which every rule copylint ships is loaded (all packs), for the
    example tests and ``copylint explain``."""
    from copylint.config import Settings, StyleSettings
    from copylint.style.packs import builtin_pack_names

    return Settings(style=StyleSettings(packs=builtin_pack_names()))
