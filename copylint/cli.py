"""The command line: parses options and wires the pieces; the work is elsewhere."""

from __future__ import annotations

import importlib

import click

from copylint.version import __version__

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


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        module, attribute = COMMANDS[cmd_name]
        return getattr(importlib.import_module(module), attribute)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="copylint")
def main() -> None:
    """copylint: spelling, grammar and house-style checks for news copy."""
