"""``copylint baseline``: record the current issues so that ``check --baseline`` reports only new ones."""

from __future__ import annotations

import os
import sys

import click

from copylint.baseline import DEFAULT_BASELINE, write_baseline
from copylint.commands.common import EXIT_ERROR, EXIT_OK, command_line, fail, resolver, selection_options
from copylint.config import DIALECTS
from copylint.engine import close_linters
from copylint.errors import CopylintError
from copylint.runner import RunOptions, run


@click.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=DEFAULT_BASELINE, show_default=True,
              help="The baseline file to write (replaced if it exists).")
@click.option("--config", type=click.Path(dir_okay=False), help="Configuration file (default: found above the paths).")
@selection_options
@click.option("--dialect", type=click.Choice(DIALECTS, case_sensitive=False), help="Spelling dialect.")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=0, show_default=True,
              help="Worker processes for many files (0 = one per core).")
def baseline(paths: tuple[str, ...], output: str, config: str | None, select: tuple[str, ...],
             extend_select: tuple[str, ...], ignore: tuple[str, ...], dialect: str | None, jobs: int) -> None:
    """Write the issues in PATHS to a baseline file; `check --baseline FILE` then reports only new ones.

    Issues are matched by file, rule and the text they flag, not by line, so editing above
    an old issue does not bring it back. Exit 0 when written; 2 when a file could not be
    read (the baseline is written without it).
    """
    paths = paths or (".",)
    if "-" in paths:
        fail("a baseline records files; stdin ('-') cannot be part of one")
    if dialect:
        dialect = next(d for d in DIALECTS if d.lower() == dialect.lower())
    configs = resolver(config, command_line(select, extend_select, ignore, dialect))
    try:
        result, sources = run(list(paths), configs, RunOptions(jobs=jobs, keep_sources=True))
        data = write_baseline(result.issues, output, sources)
    except CopylintError as exc:
        fail(exc)
    finally:
        close_linters()
    entries = data["entries"]
    noun = "file" if result.files == 1 else "files"
    if result.errors:  # the baseline is written without the files that could not be read
        click.echo("\n".join(f"copylint: error: {err}" for err in result.errors), err=True)
    click.echo(
        f"Wrote {len(result.issues)} issue{'s' if len(result.issues) != 1 else ''} "
        f"({len(entries)} entr{'ies' if len(entries) != 1 else 'y'}) from {result.files} {noun} "
        f"to {os.path.relpath(output) if not os.path.isabs(output) else output}.",
        err=True,
    )
    sys.exit(EXIT_ERROR if result.errors else EXIT_OK)
