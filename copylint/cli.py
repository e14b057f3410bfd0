"""The command line: parses options and wires the pieces; the work is elsewhere.

The click group ``main`` (and its class ``LazyGroup``) is made when first asked for: a plain
``copylint check`` command line is read without click (:mod:`copylint.commands.check_args`)."""

from __future__ import annotations

import atexit
import importlib
import os
import sys

from copylint.version import __version__

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import Any

#: sub-command -> (module, attribute): a command's module is imported only when it runs
#: (or help lists it), so ``copylint check`` never imports the baseline, init or LSP code
COMMANDS = {
    "check": ("copylint.commands.check", "check"),
    "rules": ("copylint.commands.rules", "rules"),
    "explain": ("copylint.commands.rules", "explain"),
    "baseline": ("copylint.commands.baseline", "baseline"),
    "lsp": ("copylint.commands.lsp", "lsp"),
    "init": ("copylint.commands.init", "init"),
    "serve": ("copylint.commands.serve", "serve"),
}
#: commands after which the program ends without the interpreter's teardown (see :func:`run`):
#: a check has closed its linters and written its files (atomically) before it exits
QUICK_EXIT = frozenset({"check"})


_ran: list[str | None] = []  # the sub-command(s) this process ran, for run()


def __getattr__(name: str) -> Any:  # noqa: ANN401 - the click group or its class
    """``main`` and ``LazyGroup``, made (click imported) when first asked for."""
    if name not in ("main", "LazyGroup"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    _define_group()
    return globals()[name]


def _print_version(ctx: Any, _param: object, value: bool) -> None:  # noqa: ANN401 - a click.Context
    """``--version``: the version, and how the hot modules run (copylint.native); looked up
    only when asked for, not on every start."""
    if not value or ctx.resilient_parsing:
        return
    import click

    from copylint.native import describe

    click.echo(f"copylint {__version__} ({describe()})")
    ctx.exit()


def _define_group() -> None:
    import click

    class LazyGroup(click.Group):
        def list_commands(self, ctx: click.Context) -> list[str]:
            return sorted(COMMANDS)

        def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
            if cmd_name not in COMMANDS:
                return None
            module, attribute = COMMANDS[cmd_name]
            return getattr(importlib.import_module(module), attribute)

        def resolve_command(self, ctx: click.Context,
                            args: list[str]) -> tuple[str | None, click.Command | None, list[str]]:
            name, command, rest = super().resolve_command(ctx, args)
            _ran.append(name)
            return name, command, rest

    LazyGroup.__qualname__ = "LazyGroup"

    @click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
    @click.option("--version", is_flag=True, expose_value=False, is_eager=True, callback=_print_version,
                  help="Show the version (and whether the hot modules run compiled) and exit.")
    def main() -> None:
        """copylint: spelling, grammar and house-style checks for news copy."""

    globals().update(LazyGroup=LazyGroup, main=main)


def run() -> None:
    """The ``copylint`` program (the console script and ``python -m copylint``): :func:`main`,
    then, after a command in :data:`QUICK_EXIT`, a quick exit: output flushed, ``atexit``
    handlers run, and the process ends without the interpreter's teardown, which frees every
    module's word tables, compiled patterns and tagger one object at a time (30-50 ms of CPU
    on a one-article check, as much as importing click). Whatever it cannot vouch for (an exit
    code that is not a number, another thread still running, output that does not flush)
    takes the ordinary exit. Tests call :func:`main` (``CliRunner``), never this. (The
    program starts in :mod:`copylint.__main__`, which readies the collector and ``re``'s
    cache before this module is imported.)"""
    _ran.clear()  # (what this run resolves: commands run earlier in the process, by a test, do not count)
    try:
        if sys.argv[1:2] == ["check"]:
            from copylint.commands.check_args import parse

            params = parse(sys.argv[2:])
            if params is not None:  # (a plain command line: read as click reads it, run as click runs it)
                from copylint.commands.check_run import run_standalone

                _ran.append("check")
                run_standalone(params)
        __getattr__("main")()
    except SystemExit as done:
        _save_patterns()
        if _ran and _ran[-1] in QUICK_EXIT:
            _quick_exit(done.code)
        raise


def _save_patterns() -> None:
    """The compiled patterns new to the on-disk cache, stored for the next run (when the
    program warmed it: :mod:`copylint.__main__`)."""
    regex_cache = sys.modules.get("copylint.regex_cache")
    if regex_cache is not None:
        regex_cache.save()


def _quick_exit(code: object) -> None:
    """End the process with ``code`` now, or return (and the caller exits as usual)."""
    code = 0 if code is None else code
    threading = sys.modules.get("threading")  # (never imported: no thread of its making can run)
    if not isinstance(code, int) or (threading is not None and threading.active_count() > 1):
        return
    try:
        for stream in (sys.stdout, sys.stderr):
            stream.flush()
    except (OSError, ValueError, AttributeError):  # a closed pipe: the ordinary exit reports it as ever
        return
    atexit._run_exitfuncs()  # what the ordinary exit runs (multiprocessing, logging, tempfile clean-up)
    try:
        for stream in (sys.stdout, sys.stderr):
            stream.flush()
    except (OSError, ValueError, AttributeError):
        return
    os._exit(code)
