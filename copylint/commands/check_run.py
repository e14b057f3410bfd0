"""What ``copylint check`` does: lint files, folders or stdin and report in the chosen format
(:mod:`copylint.commands.check` declares its options for click; :mod:`copylint.commands.check_args`
reads the plain command lines without click, and :func:`run_standalone` runs them as click would)."""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Iterable
from pathlib import Path

from copylint.backends import drain_warnings
from copylint.commands.common import (
    EXIT_ERROR,
    EXIT_ISSUES,
    EXIT_OK,
    command_line,
    fail,
    resolver,
)
from copylint.commands.console import echo
from copylint.config import DIALECTS, SettingsResolver, describe_settings
from copylint.errors import CopylintError
from copylint.gate import Gate
from copylint.issue import SEVERITY_RANK, Issue
from copylint.progress import MIN_FILES, progress_bar, should_show
from copylint.reporters import ReportContext, render
from copylint.reporters.text import summary
from copylint.runner import RunOptions, run
from copylint.version import __version__

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import NoReturn

    from copylint.cache import ResultCache
    from copylint.config import Settings
    from copylint.engine import Linter

#: the reports that describe the rules they name (the others need no linter for a cached run)
NEEDS_RULES = frozenset({"sarif", "html"})


def exit_code(severities: Iterable[str], incomplete: bool, fail_on: str) -> int:
    """2 when the run was incomplete, 1 when an issue's severity is at or above ``fail_on``, else 0."""
    if incomplete:
        return EXIT_ERROR
    if fail_on == "never":
        return EXIT_OK
    threshold = SEVERITY_RANK[fail_on]
    return EXIT_ISSUES if any(SEVERITY_RANK[s] >= threshold for s in severities) else EXIT_OK


def check_paths(paths: tuple[str, ...], fmt: str, output: str | None, config: str | None,
                stdin_filename: str | None, fail_on: str | None, select: tuple[str, ...],
                extend_select: tuple[str, ...], ignore: tuple[str, ...], dialect: str | None, color: bool | None,
                quiet: bool, jobs: int, input_format: str, no_cache: bool, cache_dir: str | None,
                diff_base: str | None = None, baseline: str | None = None, fix: bool = False, diff: bool = False,
                add_words: str | None = None, show_settings: bool = False, statistics: bool = False,
                show_fixes: bool = False, force_exclude: bool = False) -> None:
    """``copylint check`` with its parameters (:mod:`copylint.commands.check` declares them)."""
    paths = paths or (".",)
    if dialect:
        dialect = next(d for d in DIALECTS if d.lower() == dialect.lower())
    cli = command_line(select, extend_select, ignore, dialect, fail_on)
    configs = resolver(config, cli)
    configs.force_exclude = force_exclude
    if show_settings:
        _show_settings(paths, stdin_filename, configs)
        return
    if show_fixes and not fix:
        fail("--show-fixes lists what --fix changed; add --fix")
    if statistics and fmt != "text":
        fail(f"--statistics prints a table of counts, not a {fmt} report; leave out --format")
    if input_format == "jsonl":
        sys.exit(_check_archive(list(paths), configs, fmt, output, jobs))
    try:
        gate = Gate.build(list(paths), stdin_filename, diff_base, baseline, fix, diff, fmt)
        cache = None if no_cache else _result_cache(cache_dir)
        bar = should_show(fmt, MIN_FILES + 1, output, quiet)
        targets = gate.targets(list(paths), configs, expand=bar)
        with progress_bar(len(targets), bar and len(targets) > MIN_FILES) as on_file:
            result, kept = run(targets, configs, RunOptions(stdin_filename=stdin_filename, jobs=jobs, cache=cache,
                                                            keep_sources=gate.needs_sources or fmt == "html", on_file=on_file))
        gate.apply(result, kept, lambda path: get_linter(configs.for_file(_real_path(path, gate, stdin_filename))))
        rules: dict = {}
        if statistics or fmt in NEEDS_RULES or not 0 < result.files == result.cached:
            # (a fully cached text or JSON run builds no linter; any other run has checked its configuration)
            linters = [get_linter(s) for s in configs.all_settings()] or [get_linter(configs.for_file(None))]
            rules = dict(sorted({r: info for linter in linters for r, info in linter.rules.items()}.items()))
    except CopylintError as exc:
        fail(exc)
    finally:
        close_linters()

    for err in result.errors:
        echo(f"copylint: error: {err}", err=True)
    for warning in result.warnings:
        echo(f"copylint: warning: {warning}", err=True)
    if result.files == 0 and not result.errors and not gate.unchanged and not force_exclude:
        echo(f"copylint: warning: no articles (.txt, .md, .html) found in {', '.join(paths)}", err=True)

    use_color = color if color is not None else (fmt == "text" and output is None and sys.stdout.isatty())
    context = ReportContext(rules=rules, version=__version__, color=use_color,
                            files=result.files, sources=kept)
    if gate.fix == "diff":
        report = gate.report()
    elif statistics:
        from copylint.commands.statistics import statistics_table  # (only --statistics: start-up)

        report = statistics_table(result.issues, rules)
    else:
        report = render(fmt, result.issues, context)
    _write_report(report, output)
    if show_fixes:
        from copylint.commands.statistics import fixes_listing  # (only --show-fixes: start-up)

        echo(fixes_listing(gate.applied), err=True, nl=False)
    if fmt == "text" and not quiet:
        for note in gate.notes():
            echo(note, err=True)
        echo(summary(result.issues, result.files, len(result.errors)), err=True)
    if add_words:
        _add_words(add_words, result.issues, configs.for_file(None))
    sys.exit(_exit_code(result.issues, bool(result.errors), configs, gate, stdin_filename))


def _result_cache(cache_dir: str | None) -> ResultCache:
    """The result cache in ``cache_dir`` or the default folder (:mod:`copylint.cache`, and the
    JSON it reads and writes, imported only by a run that caches: not by ``--no-cache``)."""
    from copylint.cache import ResultCache, default_cache_dir

    return ResultCache(Path(cache_dir) if cache_dir else default_cache_dir())


def get_linter(settings: Settings) -> Linter:
    """The shared linter for ``settings`` (the engine and the checks are imported only by a
    run that lints: a run whose every file is a cache hit needs neither)."""
    from copylint.engine import get_linter as shared

    return shared(settings)


def close_linters() -> None:
    engine = sys.modules.get("copylint.engine")
    if engine is not None:
        engine.close_linters()


def _real_path(path: str, gate: Gate, stdin_filename: str | None) -> str | None:
    """The file whose configuration applies to an issue's path (stdin: --stdin-filename)."""
    return stdin_filename if gate.stdin_name is not None and path == gate.stdin_name else path


def _exit_code(issues: list[Issue], incomplete: bool, configs: SettingsResolver, gate: Gate,
               stdin_filename: str | None) -> int:
    """As :func:`exit_code`, with each issue measured against its own file's ``fail-on``."""
    if incomplete:
        return EXIT_ERROR
    for issue in issues:
        fail_on = configs.for_file(_real_path(issue.path, gate, stdin_filename)).fail_on
        if exit_code([issue.severity], False, fail_on) == EXIT_ISSUES:
            return EXIT_ISSUES
    return EXIT_OK


def _show_settings(paths: tuple[str, ...], stdin_filename: str | None, configs: SettingsResolver) -> None:
    """``--show-settings``: the configuration of each named path, value by value, with its origin."""
    out = []
    for path in paths:
        target = stdin_filename if path == "-" else path
        if target is not None and target != "-" and not os.path.lexists(target):
            fail(CopylintError("no such file or directory", target))
        try:
            settings = configs.for_file(target)
            linter = get_linter(settings)  # an unknown rule or pack is an error here too
        except CopylintError as exc:
            fail(exc)
        on = sorted(linter.enabled_rules(settings.for_path(target or "<stdin>")))
        out.append(describe_settings(settings, target or "<stdin>")
                   + f"# rules checked ({len(on)} of {len(linter.rules)}): {', '.join(on)}\n"
                   + _dialect_line(settings, target))
    echo("\n".join(out), nl=False)


def _dialect_line(settings, target: str | None) -> str:  # noqa: ANN001 - Settings
    """The dialect this file is judged in, and why (the article is read for ``auto``)."""
    from copylint.dialect import describe_file

    eff = settings.for_path(target or "<stdin>")
    if target is None or target == "-" or not os.path.isfile(target):
        return ""
    decided = describe_file(target, eff.dialect, eff.dialect_fallback, eff.max_file_size)
    return f"# dialect for this file: {decided}\n" if decided else ""


def _add_words(path: str, issues: list[Issue], settings) -> None:
    """``--add-words FILE``: the run's flagged words go to a word list for review."""
    from copylint.checks.spelling import flagged_words
    from copylint.spelling.wordlists import add_words

    try:
        added = add_words(path, flagged_words(issues))
    except CopylintError as exc:
        fail(exc)
    echo(f"copylint: added {len(added)} word(s) to {path}" + (": " + ", ".join(added) if added else ""), err=True)
    if os.path.abspath(path) not in settings.spelling.accept:
        echo(f"copylint: note: {path} is not an accept list of this configuration; add it to "
                   "[spelling] accept to use it", err=True)


def _check_archive(paths: list[str], configs: SettingsResolver, fmt: str, output: str | None, jobs: int) -> int:
    """``--input-format jsonl``: stream result lines; exit code as for files."""
    if fmt not in ("text", "json") or output:
        fail("--input-format jsonl writes JSON lines to stdout; it takes neither --format nor --output")
    try:
        from copylint.archive import open_inputs, run_archive  # only archive mode needs it (start-up)

        inputs = open_inputs(paths if paths != ["."] else ["-"])
    except CopylintError as exc:
        fail(exc)
    try:
        stats = run_archive(inputs, configs, sys.stdout, jobs=jobs)
    except CopylintError as exc:
        fail(exc)
    finally:
        for _, stream in inputs:
            if stream is not sys.stdin.buffer:
                stream.close()
        close_linters()
    sys.stdout.flush()
    for warning in drain_warnings():
        echo(f"copylint: warning: {warning}", err=True)
    if stats.errors:
        echo(f"copylint: error: {stats.errors} record(s) could not be linted (see their \"error\" lines)", err=True)
    if stats.errors:
        return EXIT_ERROR
    return max((exit_code(sev, False, configs.for_file(name).fail_on) for name, sev in stats.severities_by_input.items()),
               default=EXIT_OK)


def _write_report(report: str, output: str | None) -> None:
    if output is None:
        sys.stdout.write(report)
        sys.stdout.flush()
        return
    from copylint.fixes import atomic_write  # only -o needs it (start-up)

    try:  # a temporary file created exclusively beside it, then renamed; never through a symlink
        atomic_write(output, report.encode("utf-8"), create=True)
    except CopylintError as exc:
        fail(CopylintError(f"cannot write the report: {exc.message.removeprefix('cannot write: ')}", output))


def run_standalone(params: dict[str, object]) -> NoReturn:
    """:func:`check_paths` with ``params``, ended as click's standalone ``main`` ends a command:
    ``SystemExit`` with the command's code (0 when it returns); an interrupt (Ctrl-C, or
    end of input) writes a blank line and "Aborted!" on stderr and exits 1; a closed pipe
    (``EPIPE``) exits 1 with the standard streams made to swallow its later flushes."""
    code = 1
    try:
        check_paths(**params)  # type: ignore[arg-type]
        code = 0
    except (EOFError, KeyboardInterrupt):
        import click

        click.echo(file=sys.stderr)
        click.echo("Aborted!", file=sys.stderr)
    except OSError as exc:
        if exc.errno != errno.EPIPE:
            raise
        from click.utils import _PacifyFlushWrapper

        sys.stdout = _PacifyFlushWrapper(sys.stdout)  # type: ignore[assignment]
        sys.stderr = _PacifyFlushWrapper(sys.stderr)  # type: ignore[assignment]
    sys.exit(code)
