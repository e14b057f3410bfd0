"""A progress bar on stderr for long runs on a terminal (rich), and nowhere else.

Shown only when the report is text, stderr is a terminal, the report goes to a terminal or
to a file (``-o``), not ``--quiet``, and there are more than :data:`MIN_FILES` files. Never
in machine formats, in pipes, in CI logs or in pre-commit. The bar is transient: it clears
itself when the run ends, so the terminal shows only the report.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import TextIO

#: fewer files than this finish before a bar would help
MIN_FILES = 20


def _is_tty(stream: TextIO | None) -> bool:
    try:
        return bool(stream is not None and stream.isatty())
    except (AttributeError, ValueError):  # closed or replaced streams
        return False


def should_show(
    fmt: str,
    files: int,
    output: str | None = None,
    quiet: bool = False,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> bool:
    """Whether a run over ``files`` files gets a progress bar."""
    stdout = sys.stdout if stdout is None else stdout
    stderr = sys.stderr if stderr is None else stderr
    if fmt != "text" or quiet or files <= MIN_FILES:
        return False
    if not _is_tty(stderr):
        return False
    return output is not None or _is_tty(stdout)


@contextmanager
def progress_bar(total: int, enabled: bool, label: str = "Checking") -> Iterator[Callable[[str], None] | None]:
    """Yields a callback to call once per file done (None when no bar is shown)."""
    if not enabled:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    console = Console(file=sys.stderr)
    columns = (TextColumn(label), BarColumn(), MofNCompleteColumn(), TextColumn("files"), TimeRemainingColumn())
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task(label, total=total)
        yield lambda _path: bar.advance(task)
