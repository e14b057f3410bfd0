"""Python's cyclic garbage collector paused while a document is linted.

Linting makes no reference cycles worth collecting (a lint of any size leaves the same few
dozen cyclic objects, from first uses, not from the text), but a long document keeps many
container objects alive until its lint ends: its segments and their runs, each segment's
tokens and sentences, the findings. The collector counts them as they are made and, with
Python's default thresholds (700, 10, 10), rescans them again and again, together with
everything else the process holds (the rules, the word data): about a sixth of the CPU a
10 MB article takes, and nothing on a 10 KB one, so that cost per word rose with the size of
the document. Paused for the lint, the collector does nothing of the kind; it runs again as
usual afterwards (a collection soon after a long document's lint scans what survived it once).

Nested and concurrent lints (the language server's threads) share one pause: the first to
start disables the collector, the last to finish enables it again, unless it was disabled
before the first started (a program that turned it off itself keeps it off).
"""

from __future__ import annotations

import gc
from _thread import allocate_lock  # (threading.Lock itself, without importing threading)
from collections.abc import Iterator
from contextlib import contextmanager

_LOCK = allocate_lock()
_pauses = 0  # lints running now
_was_enabled = False  # whether the collector was on when the first of them started


@contextmanager
def collector_paused() -> Iterator[None]:
    """Disable automatic collection for the ``with`` block (see the module's docstring)."""
    global _pauses, _was_enabled
    with _LOCK:
        if not _pauses:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _LOCK:
            _pauses -= 1
            if not _pauses and _was_enabled:
                gc.enable()


def pauses_running() -> int:
    """How many :func:`collector_paused` blocks are running now (for tests)."""
    return _pauses
