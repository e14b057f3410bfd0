"""Derived word data cached between runs, so a new process does not rebuild it.

Files live in ``$COPYLINT_LEXICON_DIR``, else ``$XDG_CACHE_HOME/copylint/lexicon``, else
``~/.cache/copylint/lexicon``, named by a hash of the inputs (the source files' size and
date, the code that builds them, the Python version), written to a temporary file and
renamed. Any problem (an unwritable folder, a corrupt file) means building in memory:
slower, never wrong.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from copylint.cachefile import replace_file

T = TypeVar("T")


def cache_dir() -> Path:
    env = os.environ.get("COPYLINT_LEXICON_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "copylint" / "lexicon"


def _stamp(paths: list[Path]) -> str:
    h = hashlib.sha256(sys.version.encode())
    for path in paths:
        try:
            st = os.stat(path)
            h.update(f"{path}:{st.st_size}:{st.st_mtime_ns}".encode())
        except OSError:
            h.update(f"{path}:-".encode())
    return h.hexdigest()[:20]


def cached(name: str, inputs: list[Path], build: Callable[[], T]) -> T:
    """``build()``, or its pickled result from an earlier run with the same ``inputs``."""
    path = cache_dir() / f"{name}-{_stamp(inputs)}.pickle"
    try:
        with open(path, "rb") as fh:
            return pickle.load(fh)
    except Exception:  # missing, corrupt or unreadable: build it
        pass
    value = build()
    try:
        replace_file(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    except OSError:
        return value
    for old in path.parent.glob(f"{name}-*.pickle"):  # earlier versions of the same data
        if old != path:
            try:
                old.unlink()
            except OSError:
                pass
    return value
