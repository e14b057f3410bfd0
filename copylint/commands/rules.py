"""``copylint rules`` and ``copylint explain RULE``."""

from __future__ import annotations

import json
import textwrap

import click

from copylint.checks.base import RuleInfo
from copylint.commands.common import fail, load_settings
from copylint.engine import get_linter
from copylint.errors import CopylintError

BUILTIN = "built-in"  # the "pack" of rules written in code


def shipped_rules() -> list[tuple[str, RuleInfo]]:
    """(pack, rule) for every rule copylint ships: the built-in ones, then each shipped
    style pack's own rules (a pack's override of another pack's rule is listed under it)."""
    from pathlib import Path

    from copylint.config import Settings, StyleSettings
    from copylint.style.loader import load_rules
    from copylint.style.packs import builtin_pack_names, builtin_packs

    code = get_linter(Settings(style=StyleSettings(packs=())))
    out = [(BUILTIN, r) for r in code.rules.values()]
    folders = builtin_packs()
    for name in builtin_pack_names():
        for rule in load_rules((name,)).rules:
            info = rule.info
            if info.source and Path(info.source).resolve().parent == folders[name].resolve():
                out.append((name, info))
    return out


def _pack_of(rule: RuleInfo) -> str:
    from pathlib import Path

    return Path(rule.source).parent.name if rule.source else BUILTIN


@click.command()
@click.option("--config", type=click.Path(dir_okay=False), help="Configuration file to use "
              "(default: the one found above the current folder).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--all", "show_all", is_flag=True,
              help="List every rule copylint ships, with its pack: also those off by default and those of "
                   "style packs this configuration does not load.")
def rules(config: str | None, fmt: str, show_all: bool) -> None:
    """List the rules: id, pack, category, default severity, summary; (off) marks a rule this
    configuration does not check."""
    settings = load_settings(config, None)
    try:
        linter = get_linter(settings)
    except CopylintError as exc:
        fail(exc)
    loaded = {(_pack_of(r), r.id) for r in linter.rules.values()}
    if show_all:
        listed = [(pack, r) for pack, r in shipped_rules()]
        shipped = {(pack, r.id) for pack, r in listed}
        listed += [(_pack_of(r), r) for r in linter.rules.values() if (_pack_of(r), r.id) not in shipped]  # user packs
    else:
        listed = [(_pack_of(r), r) for r in linter.rules.values() if r.default_enabled or settings.is_enabled(r.id, False)]
    listed.sort(key=lambda pr: (pr[1].id, pr[0] != BUILTIN, pr[0]))

    def state(pack: str, r: RuleInfo) -> str:
        if (pack, r.id) not in loaded:
            return f"pack '{pack}' not loaded" if pack != BUILTIN else "not loaded"
        return "on" if settings.is_enabled(r.id, r.default_enabled) else "off"

    backends = [c for c in linter.checks if c.dynamic_prefix]  # grammar backends: rule ids open-ended
    if fmt == "json":
        click.echo(json.dumps([
            {"id": r.id, "pack": pack, "category": r.category, "severity": r.severity, "summary": r.summary,
             "default_enabled": r.default_enabled, "enabled": state(pack, r) == "on", "loaded": (pack, r.id) in loaded,
             "fix_safe": r.fix_safe}
            for pack, r in listed
        ] + [
            {"id": f"{c.dynamic_prefix}*", "pack": BUILTIN, "category": "grammar", "severity": "varies",
             "summary": _doc_line(c), "default_enabled": False, "enabled": c.dynamic_default, "loaded": True,
             "fix_safe": False}
            for c in backends
        ], indent=2))
        return
    width = max((len(r.id) for _, r in listed), default=10)
    pack_width = max((len(p) for p, _ in listed), default=8)
    for pack, r in listed:
        on = state(pack, r)
        flag = "" if on == "on" else f" ({on})"
        click.echo(f"{r.id:<{width}}  {pack:<{pack_width}}  {r.category:<9}  {r.severity:<7}  {r.summary}{flag}")
    for check in backends:
        flag = "" if check.dynamic_default else " (off: see grammar.backends)"
        click.echo(f"{check.dynamic_prefix + '*':<{width}}  {BUILTIN:<{pack_width}}  {'grammar':<9}  {'varies':<7}  "
                   f"{_doc_line(check)}{flag}")
        if show_all:  # a backend's own list of rules, e.g. Harper's news profile
            for r in getattr(check, "listed_rules", list)():
                on = check.dynamic_default and settings.is_enabled(r.id, r.default_enabled)
                click.echo(f"  {r.id:<{width - 2}}  {BUILTIN:<{pack_width}}  {r.category:<9}  {r.severity:<7}  "
                           f"{r.summary}{'' if on else ' (off)'}")


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
    try:
        linter = get_linter(settings)
    except CopylintError as exc:
        fail(exc)
    rule = linter.rule_info(rule_id)
    if rule is None:  # a rule of a shipped style pack that this configuration does not select
        from copylint.registry import example_settings

        rule = get_linter(example_settings()).rule_info(rule_id)
    if rule is None:
        close = [r for r in linter.rules if rule_id.lower() in r.lower()]
        hint = f"; did you mean {', '.join(close[:5])}?" if close else "; `copylint rules` lists them"
        fail(f"unknown rule '{rule_id}'{hint}")
    click.echo(explain_text(rule))
