"""Pieces every sub-command shares: loading settings, reporting errors the same way."""

from __future__ import annotations

import sys
from dataclasses import replace

import click

from copylint.config import Settings, discover_settings, load_config_file
from copylint.errors import CopylintError

EXIT_OK, EXIT_ISSUES, EXIT_ERROR = 0, 1, 2


def fail(error: CopylintError | str) -> None:
    """Print one line on stderr and exit 2."""
    click.echo(f"copylint: error: {error}", err=True)
    sys.exit(EXIT_ERROR)


def load_settings(config: str | None, near: str | None, **cli: object) -> Settings:
    """The configuration file's settings with command-line options on top."""
    try:
        settings = load_config_file(config) if config else discover_settings(near)
    except CopylintError as exc:
        fail(exc)
    changes: dict[str, object] = {}
    if cli.get("enable"):
        changes["enable"] = settings.enable + tuple(cli["enable"])  # type: ignore[operator]
    if cli.get("disable"):
        changes["disable"] = settings.disable + tuple(cli["disable"])  # type: ignore[operator]
    if cli.get("dialect"):
        changes["dialect"] = cli["dialect"]
    if cli.get("fail_on"):
        changes["fail_on"] = cli["fail_on"]
    return replace(settings, **changes) if changes else settings
