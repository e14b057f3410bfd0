"""``copylint lsp``: the Language Server on stdin/stdout, for editors."""

from __future__ import annotations

import logging
import sys

import click

from copylint.commands.common import fail
from copylint.lsp import DEFAULT_DEBOUNCE_MS


@click.command()
@click.option("--stdio", is_flag=True, help="Talk on stdin/stdout (the default and only transport; accepted "
              "because some clients pass it).")
@click.option("--debounce-ms", type=click.IntRange(min=0), default=None, metavar="MS",
              help=f"Wait this long after the last change before checking [default: {DEFAULT_DEBOUNCE_MS}]. "
                   "The client's initializationOptions.debounceMs takes precedence.")
@click.option("--config", type=click.Path(dir_okay=False), help="Use this configuration file for every document "
              "(default: the one found above each document).")
@click.option("-v", "--verbose", is_flag=True, help="Log protocol details on stderr.")
def lsp(stdio: bool, debounce_ms: int | None, config: str | None, verbose: bool) -> None:
    """Run the language server (diagnostics as you type, quick fixes) on stdin/stdout."""
    try:
        from copylint.lsp.server import create_server
    except ImportError as exc:  # pragma: no cover - pygls is a dependency
        fail(f"the language server needs pygls ({exc}); pip install 'pygls>=2'")
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING, format="copylint-lsp: %(message)s")
    server = create_server(DEFAULT_DEBOUNCE_MS if debounce_ms is None else debounce_ms, config)
    # the protocol gets a private copy of stdout; fd 1 goes to stderr, so a stray print or a
    # native library writing to stdout cannot corrupt the message stream
    from copylint.backends.harper import reserve_stdout

    server.start_io(stdin=sys.stdin.buffer, stdout=reserve_stdout())
