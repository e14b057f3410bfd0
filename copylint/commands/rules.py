"""``copylint rules`` and ``copylint explain RULE``."""

from __future__ import annotations

import json
import textwrap

import click

from copylint.api import get_linter
from copylint.checks.base import RuleInfo
from copylint.commands.common import fail, load_settings


@click.command()
@click.option("--config", type=click.Path(dir_okay=False), help="Configuration file to use.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--all", "show_all", is_flag=True, help="Also list rules that are off by default.")
def rules(config: str | None, fmt: str, show_all: bool) -> None:
    """List every rule: id, category, default severity, summary."""
    settings = load_settings(config, None)
    linter = get_linter(settings)
    listed = [r for r in linter.rules.values() if show_all or r.default_enabled or settings.is_enabled(r.id, False)]
    backends = [c for c in linter.checks if c.dynamic_prefix]  # grammar backends: rule ids open-ended
    if fmt == "json":
        click.echo(json.dumps([
            {"id": r.id, "category": r.category, "severity": r.severity, "summary": r.summary,
             "default_enabled": r.default_enabled, "enabled": settings.is_enabled(r.id, r.default_enabled),
             "fix_safe": r.fix_safe}
            for r in listed
        ] + [
            {"id": f"{c.dynamic_prefix}*", "category": "grammar", "severity": "varies", "summary": _doc_line(c),
             "default_enabled": False, "enabled": c.dynamic_default, "fix_safe": False}
            for c in backends
        ], indent=2))
        return
    width = max((len(r.id) for r in listed), default=10)
    for r in listed:
        on = settings.is_enabled(r.id, r.default_enabled)
        flag = "" if on else " (off)"
        click.echo(f"{r.id:<{width}}  {r.category:<9}  {r.severity:<7}  {r.summary}{flag}")
    for check in backends:
        flag = "" if check.dynamic_default else " (off: see grammar.backends)"
        click.echo(f"{check.dynamic_prefix + '*':<{width}}  {'grammar':<9}  {'varies':<7}  {_doc_line(check)}{flag}")
        if show_all:  # a backend's own list of rules, e.g. Harper's news profile
            for r in getattr(check, "listed_rules", list)():
                on = check.dynamic_default and settings.is_enabled(r.id, r.default_enabled)
                click.echo(f"  {r.id:<{width - 2}}  {r.category:<9}  {r.severity:<7}  {r.summary}{'' if on else ' (off)'}")


def _doc_line(check: object) -> str:
    doc = (check.__doc__ or "").strip()
    return doc.splitlines()[0] if doc else ""


def _show_example(text: str) -> str:
    return textwrap.indent(text, "    ")


def explain_text(rule: RuleInfo) -> str:
    lines = [
        f"{rule.id}  ({rule.category}, {rule.severity}{', safe fix' if rule.fix_safe else ''}"
        f"{'' if rule.default_enabled else ', off by default'})",
        "",
        rule.summary,
        "",
        textwrap.fill(rule.rationale, 88),
    ]
    if rule.link:
        lines += ["", f"More: {rule.link}"]
    if rule.source:
        lines += ["", f"Defined in: {rule.source}"]
    if rule.bad:
        lines += ["", "Flagged ([[...]] marks the span):"]
        lines += [_show_example(e.text) for e in rule.bad]
    if rule.good:
        lines += ["", "Not flagged:"]
        lines += [_show_example(e.text) for e in rule.good]
    return "\n".join(lines)


@click.command()
@click.argument("rule_id")
@click.option("--config", type=click.Path(dir_okay=False), help="Configuration file to use.")
def explain(rule_id: str, config: str | None) -> None:
    """Show a rule's rationale and its good and bad examples."""
    settings = load_settings(config, None)
    linter = get_linter(settings)
    rule = linter.rule_info(rule_id)
    if rule is None:  # a rule of a shipped style pack that this configuration does not select
        from copylint.registry import example_settings

        rule = get_linter(example_settings()).rule_info(rule_id)
    if rule is None:
        close = [r for r in linter.rules if rule_id.lower() in r.lower()]
        hint = f"; did you mean {', '.join(close[:5])}?" if close else "; `copylint rules` lists them"
        fail(f"unknown rule '{rule_id}'{hint}")
    click.echo(explain_text(rule))
