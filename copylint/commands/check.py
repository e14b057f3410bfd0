"""``copylint check``: lint files, folders or stdin and report in the chosen format."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from pathlib import Path

import click

from copylint import __version__
from copylint.api import get_linter
from copylint.archive import open_inputs, run_archive
from copylint.backends import drain_warnings
from copylint.cache import ResultCache, default_cache_dir, settings_fingerprint
from copylint.commands.common import EXIT_ERROR, EXIT_ISSUES, EXIT_OK, fail, load_settings
from copylint.config import DIALECTS, FAIL_ON
from copylint.errors import CopylintError
from copylint.fixes import atomic_write
from copylint.gate import Gate
from copylint.issue import SEVERITY_RANK, Issue
from copylint.progress import MIN_FILES, progress_bar, should_show
from copylint.reporters import REPORTERS, ReportContext, render
from copylint.reporters.text import summary
from copylint.runner import RunOptions, run


def exit_code(severities: Iterable[str], incomplete: bool, fail_on: str) -> int:
    """2 when the run was incomplete, 1 when an issue's severity is at or above ``fail_on``, else 0."""
    if incomplete:
        return EXIT_ERROR
    if fail_on == "never":
        return EXIT_OK
    threshold = SEVERITY_RANK[fail_on]
    return EXIT_ISSUES if any(SEVERITY_RANK[s] >= threshold for s in severities) else EXIT_OK


@click.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(sorted(REPORTERS)), default="text", show_default=True,
              help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="Write the report to this file instead of stdout.")
@click.option("--config", type=click.Path(dir_okay=False), help="Configuration file (default: found above the paths).")
@click.option("--stdin-filename", help="With '-': the path to show and whose extension picks the format.")
@click.option("--fail-on", type=click.Choice(FAIL_ON), help="Lowest severity that makes the exit code 1 [default: warning].")
@click.option("--enable", "--select", "enable", multiple=True, metavar="RULE",
              help="Enable a rule or a prefix (repeatable).")
@click.option("--disable", "--ignore", "disable", multiple=True, metavar="RULE",
              help="Disable a rule or a prefix (repeatable).")
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
def check(paths: tuple[str, ...], fmt: str, output: str | None, config: str | None, stdin_filename: str | None,
          fail_on: str | None, enable: tuple[str, ...], disable: tuple[str, ...], dialect: str | None,
          color: bool | None, quiet: bool, jobs: int, input_format: str, no_cache: bool, cache_dir: str | None,
          diff_base: str | None = None, baseline: str | None = None, fix: bool = False, diff: bool = False,
          add_words: str | None = None) -> None:
    """Check articles (.txt, .md, .html) in PATHS (files or folders; '-' for stdin)."""
    paths = paths or (".",)
    near = next((p for p in paths if p != "-"), None)
    if near is None and stdin_filename:
        near = os.path.dirname(os.path.abspath(stdin_filename))
    if dialect:
        dialect = next(d for d in DIALECTS if d.lower() == dialect.lower())
    settings = load_settings(config, near, enable=enable, disable=disable, dialect=dialect, fail_on=fail_on)
    if input_format == "jsonl":
        sys.exit(_check_archive(list(paths), settings, fmt, output, jobs))
    linter = get_linter(settings)
    try:
        gate = Gate.build(list(paths), stdin_filename, diff_base, baseline, fix, diff, fmt)
        cache = None if no_cache else ResultCache(Path(cache_dir) if cache_dir else default_cache_dir(),
                                                  settings_fingerprint(settings))
        bar = should_show(fmt, MIN_FILES + 1, output, quiet)
        targets = gate.targets(list(paths), settings, expand=bar)
        with progress_bar(len(targets), bar and len(targets) > MIN_FILES) as on_file:
            result, kept = run(targets, settings, RunOptions(stdin_filename=stdin_filename, jobs=jobs, cache=cache,
                                                             keep_sources=gate.needs_sources or fmt == "html", on_file=on_file))
        gate.apply(result, kept, linter)
    except CopylintError as exc:
        fail(exc)
    finally:
        linter.close()

    for err in result.errors:
        click.echo(f"copylint: error: {err}", err=True)
    for warning in result.warnings:
        click.echo(f"copylint: warning: {warning}", err=True)
    if result.files == 0 and not result.errors and not gate.unchanged:
        click.echo(f"copylint: warning: no articles (.txt, .md, .html) found in {', '.join(paths)}", err=True)

    use_color = color if color is not None else (fmt == "text" and output is None and sys.stdout.isatty())
    context = ReportContext(rules=linter.rules, version=__version__, color=use_color, files=result.files, sources=kept)
    report = gate.report() if gate.fix == "diff" else render(fmt, result.issues, context)
    _write_report(report, output)
    if fmt == "text" and not quiet:
        for note in gate.notes():
            click.echo(note, err=True)
        click.echo(summary(result.issues, result.files), err=True)
    if add_words:
        _add_words(add_words, result.issues, settings)
    sys.exit(exit_code((i.severity for i in result.issues), bool(result.errors), settings.fail_on))


def _add_words(path: str, issues: list[Issue], settings) -> None:
    """``--add-words FILE``: the run's flagged words go to a word list for review."""
    from copylint.checks.spelling import flagged_words
    from copylint.spelling.wordlists import add_words

    try:
        added = add_words(path, flagged_words(issues))
    except CopylintError as exc:
        fail(exc)
    click.echo(f"copylint: added {len(added)} word(s) to {path}" + (": " + ", ".join(added) if added else ""), err=True)
    if os.path.abspath(path) not in settings.spelling.accept:
        click.echo(f"copylint: note: {path} is not an accept list of this configuration; add it to "
                   "[spelling] accept to use it", err=True)


def _check_archive(paths: list[str], settings, fmt: str, output: str | None, jobs: int) -> int:
    """``--input-format jsonl``: stream result lines; exit code as for files."""
    if fmt not in ("text", "json") or output:
        fail("--input-format jsonl writes JSON lines to stdout; it takes neither --format nor --output")
    try:
        inputs = open_inputs(paths if paths != ["."] else ["-"])
    except CopylintError as exc:
        fail(exc)
    try:
        stats = run_archive(inputs, settings, sys.stdout, jobs=jobs)
    finally:
        for _, stream in inputs:
            if stream is not sys.stdin.buffer:
                stream.close()
        get_linter(settings).close()
    sys.stdout.flush()
    for warning in drain_warnings():
        click.echo(f"copylint: warning: {warning}", err=True)
    if stats.errors:
        click.echo(f"copylint: error: {stats.errors} record(s) could not be linted (see their \"error\" lines)", err=True)
    return exit_code(stats.severities, bool(stats.errors), settings.fail_on)


def _write_report(report: str, output: str | None) -> None:
    if output is None:
        sys.stdout.write(report)
        sys.stdout.flush()
        return
    try:  # a temporary file created exclusively beside it, then renamed; never through a symlink
        atomic_write(output, report.encode("utf-8"), create=True)
    except CopylintError as exc:
        fail(CopylintError(f"cannot write the report: {exc.message.removeprefix('cannot write: ')}", output))
