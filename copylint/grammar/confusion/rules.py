"""Declaring a confusion rule: id, default severity, rationale and examples in one call."""

from __future__ import annotations

from copylint.checks.base import Example, RuleInfo

_RATIONALE = (
    " These words sound alike or nearly so, so a spell checker passes both; only the words "
    "around them, and their part of speech, tell which was meant. The rule looks only at "
    "contexts where one reading is impossible, and leaves everything else alone."
)


def rule(name: str, *, summary: str, rationale: str, bad: tuple[str, ...], good: tuple[str, ...],
         severity: str = "error", fix_safe: bool = False, default_enabled: bool = True) -> RuleInfo:
    """A ``grammar.confusables.<name>`` rule (its measured figures are added by
    ``copylint.grammar.confusables``, from ``measured.py``)."""
    text = rationale + _RATIONALE
    return RuleInfo(
        id=f"grammar.confusables.{name}",
        category="grammar",
        severity=severity,
        summary=summary,
        rationale=text,
        bad=tuple(Example(b) for b in bad),
        good=tuple(Example(g) for g in good),
        fix_safe=fix_safe,
        default_enabled=default_enabled,
    )
