""":func:`echo`: ``click.echo`` for the lines a command writes, without importing click for
the plain case.

For a ``str`` written to ``sys.stdout`` or ``sys.stderr`` when that is a text stream in
UTF-8, holding no ESC (the only character click's ANSI stripping removes), ``click.echo``
writes the text and a newline to the stream itself and flushes it: so does :func:`echo`.
Any other case (another encoding, which click re-wraps; a replaced or missing stream; an
escape sequence, which click strips when the stream is no terminal) goes to ``click.echo``.
"""

from __future__ import annotations

import codecs
import io
import sys


def echo(message: str, err: bool = False, nl: bool = True) -> None:
    """``click.echo(message, err=err, nl=nl)``."""
    stream = sys.stderr if err else sys.stdout
    if type(message) is str and "\x1b" not in message and isinstance(stream, io.TextIOWrapper) and _utf8(stream):
        stream.write(message + "\n" if nl else message)
        stream.flush()
        return
    import click

    click.echo(message, err=err, nl=nl)


def _utf8(stream: io.TextIOWrapper) -> bool:
    try:
        return codecs.lookup(stream.encoding).name == "utf-8"
    except LookupError:
        return False
