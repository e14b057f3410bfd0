"""``copylint check``: its command line as click declares it (``--help``, errors, and any command
line :mod:`copylint.commands.check_args` leaves to click); the work is
:func:`copylint.commands.check_run.check_paths`."""

from __future__ import annotations

import click

from copylint.commands.check_run import NEEDS_RULES, check_paths, close_linters, exit_code, get_linter
from copylint.commands.common import selection_options
from copylint.config import DIALECTS, FAIL_ON
from copylint.reporters import REPORTERS

__all__ = ["NEEDS_RULES", "check", "close_linters", "exit_code", "get_linter"]


@click.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(sorted(REPORTERS)), default="text", show_default=True,
              help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="Write the report to this file instead of stdout.")
@click.option("--config", type=click.Path(dir_okay=False), help="Configuration file (default: found above the paths).")
@click.option("--stdin-filename", help="With '-': the path to show and whose extension picks the format.")
@click.option("--fail-on", type=click.Choice(FAIL_ON), help="Lowest severity that makes the exit code 1 [default: warning].")
@selection_options
@click.option("--dialect", type=click.Choice(DIALECTS, case_sensitive=False), help="Spelling dialect.")
@click.option("--color/--no-color", default=None, help="Colour the text output [default: on a terminal].")
@click.option("-q", "--quiet", is_flag=True, help="No summary line on stderr.")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=0, show_default=True,
              help="Worker processes for many files (0 = one per core).")
@click.option("--input-format", type=click.Choice(["files", "jsonl"]), default="files", show_default=True,
              help="jsonl: PATHS are JSON-lines archives of articles (id, headline, body, format); "
                   "one JSON result line per article on stdout.")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the result cache.")
@click.option("--cache-dir", type=click.Path(file_okay=False),
              help="Result cache folder [default: $COPYLINT_CACHE_DIR or ~/.cache/copylint].")
@click.option("--diff-base", metavar="REV",
              help="Report only issues on lines changed since git revision REV (untracked files are all new).")
@click.option("--baseline", type=click.Path(dir_okay=False),
              help="Report only issues not recorded in this baseline file (see `copylint baseline`).")
@click.option("--fix", is_flag=True, help="Apply safe fixes in place, then report the issues that remain.")
@click.option("--diff", is_flag=True, help="Print the safe fixes as a unified diff instead of writing them.")
@click.option("--add-words", metavar="FILE", type=click.Path(dir_okay=False),
              help="Add the words flagged as misspellings to this word list (review it, then list it "
                   "in [spelling] accept).")
@click.option("--show-settings", is_flag=True,
              help="Print the configuration that applies to each of PATHS, and where each value came from; "
                   "check nothing.")
@click.option("--statistics", is_flag=True, help="Print how many issues each rule found instead of the issues.")
@click.option("--show-fixes", is_flag=True, help="With --fix: list each fix that was applied.")
@click.option("--force-exclude", is_flag=True,
              help="Apply exclude and skip-files to files named on the command line too (the pre-commit "
                   "hook names every staged file).")
def check(**params: object) -> None:
    """Check articles (.txt, .md, .html) in PATHS (files or folders; '-' for stdin).

    Each file is checked with the nearest configuration at or above it (.copylint.toml, or
    pyproject.toml with [tool.copylint]), unless --config names one for all.
    """
    check_paths(**params)  # type: ignore[arg-type]
