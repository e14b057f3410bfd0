"""The command line: parses options and wires the pieces; the work is elsewhere."""

from __future__ import annotations

import click

from copylint.commands.baseline import baseline
from copylint.commands.check import check
from copylint.commands.init import init
from copylint.commands.lsp import lsp
from copylint.commands.rules import explain, rules
from copylint.version import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="copylint")
def main() -> None:
    """copylint: spelling, grammar and house-style checks for news copy."""


main.add_command(check)
main.add_command(rules)
main.add_command(explain)
main.add_command(baseline)
main.add_command(lsp)
main.add_command(init)
