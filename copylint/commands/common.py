"""Pieces every sub-command shares: loading settings, reporting errors the same way."""

from __future__ import annotations

import sys

from copylint.commands.console import echo
from copylint.config import CommandLine, Settings, SettingsResolver
from copylint.errors import CopylintError

EXIT_OK, EXIT_ISSUES, EXIT_ERROR = 0, 1, 2


def fail(error: CopylintError | str) -> None:
    """Print one line on stderr and exit 2."""
    echo(f"copylint: error: {error}", err=True)
    sys.exit(EXIT_ERROR)


def selection_options(func):  # type: ignore[no-untyped-def]
    """``--select``/``--extend-select``/``--ignore`` (ruff's meaning), with the older
    ``--enable``/``--disable`` kept as names of ``--extend-select``/``--ignore``."""
    import click  # (only the commands' definitions need click: copylint.commands.check_args)

    func = click.option("--ignore", "--disable", "ignore", multiple=True, metavar="RULE",
                        help="Turn off a rule or a prefix (repeatable; --disable is the older name).")(func)
    func = click.option("--extend-select", "--enable", "extend_select", multiple=True, metavar="RULE",
                        help="Turn on a rule or a prefix in addition to the configuration's "
                             "(repeatable; --enable is the older name).")(func)
    func = click.option("--select", "select", multiple=True, metavar="RULE",
                        help="Check exactly these rules or prefixes (repeatable; replaces the configuration's "
                             "choice; ALL for every rule).")(func)
    return func


def command_line(select: tuple[str, ...] = (), extend_select: tuple[str, ...] = (), ignore: tuple[str, ...] = (),
                 dialect: str | None = None, fail_on: str | None = None) -> CommandLine:
    def split(values: tuple[str, ...]) -> tuple[str, ...]:  # ruff also takes "a,b"
        return tuple(part.strip() for v in values for part in v.split(","))

    select, extend_select, ignore = split(select), split(extend_select), split(ignore)
    for sel in (*select, *extend_select, *ignore):
        if not sel.strip() or any(c in sel for c in " *?["):
            fail(f"{sel!r} is not a rule id or prefix (e.g. spelling, style.repeated-word, ALL)")
    return CommandLine(select=tuple(select) or None, extend_select=tuple(extend_select), ignore=tuple(ignore),
                       dialect=dialect, fail_on=fail_on)


def resolver(config: str | None, cli: CommandLine | None = None) -> SettingsResolver:
    """Each file's settings: its nearest configuration (or ``--config``) with ``cli`` on top."""
    try:
        return SettingsResolver(config, cli)
    except CopylintError as exc:
        fail(exc)
        raise  # unreachable


def load_settings(config: str | None, near: str | None, cli: CommandLine | None = None) -> Settings:
    """The settings of the file or folder ``near`` (None: the current folder)."""
    try:
        return SettingsResolver(config, cli).for_file(near)
    except CopylintError as exc:
        fail(exc)
        raise  # unreachable
