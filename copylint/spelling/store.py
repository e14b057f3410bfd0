"""Where the built lexicon is kept, and loading it once per process.

The lexicon is cached in ``$COPYLINT_LEXICON_DIR``, else ``$XDG_CACHE_HOME/copylint/lexicon``,
else ``~/.cache/copylint/lexicon``, in a file named by a hash of copylint's lexicon format and
the size and date of each source data file, so upgrading pyspellchecker, wordfreq, codespell
or the gazetteer builds a new one. It is written to a temporary file and renamed, so a
concurrent run never reads a half-written lexicon; a corrupt file is rebuilt; a folder that
cannot be written means the lexicon is built in memory for each run (slower, still correct).

Nothing is downloaded: the data come from the installed packages.
"""

from __future__ import annotations

import hashlib
import mmap
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from copylint.cachefile import replace_file
from copylint.datacache import cache_dir
from copylint.spelling import sources
from copylint.spelling.lexicon import BYTEORDER, MAGIC, Lexicon

_LOCK = threading.Lock()
_LEXICON: Lexicon | None = None


def lexicon_dir() -> Path:
    return cache_dir()


def lexicon_path() -> Path:
    h = hashlib.sha256()
    h.update(MAGIC + BYTEORDER.encode())
    h.update(_code_stamp().encode())
    h.update(sources.fingerprint().encode())
    return lexicon_dir() / f"lexicon-{h.hexdigest()[:20]}.bin"


def _code_stamp() -> str:
    """The builder's own source files: editing how the lexicon is built rebuilds it."""
    here = Path(__file__).resolve().parent
    parts = []
    for name in ("build.py", "lexicon.py", "sources.py", "variants.py"):
        try:
            st = os.stat(here / name)
            parts.append(f"{name}:{st.st_size}:{st.st_mtime_ns}")
        except OSError:
            parts.append(f"{name}:-")
    return ";".join(parts)


def _open(path: Path) -> Lexicon | None:
    try:
        with open(path, "rb") as fh:
            buf = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        return Lexicon(buf)
    except (OSError, ValueError):
        return None


def _write(path: Path, data: bytes) -> bool:
    try:
        replace_file(path, data)
    except OSError:
        return False
    for old in path.parent.glob("lexicon-*.bin"):  # older builds
        if old != path:
            try:
                old.unlink()
            except OSError:
                pass
    return True


def load_lexicon() -> Lexicon:
    """The lexicon, built on first use and then opened from the cache; once per process."""
    global _LEXICON
    if _LEXICON is not None:
        return _LEXICON
    with _LOCK:
        if _LEXICON is None:
            path = lexicon_path()
            lexicon = _open(path) if path.exists() else None
            if lexicon is None:
                with _build_lock(path.parent):  # parallel workers build it once
                    lexicon = _open(path) if path.exists() else None
                    if lexicon is None:
                        from copylint.spelling.build import build_lexicon

                        data = build_lexicon()
                        lexicon = (_open(path) if _write(path, data) else None) or Lexicon(data)
            _LEXICON = lexicon
    return _LEXICON


@contextmanager
def _build_lock(folder: Path) -> Iterator[None]:
    """An exclusive lock on ``folder/.build.lock`` where the platform and folder allow one."""
    try:
        import fcntl
    except ImportError:  # not POSIX: concurrent first runs may each build it
        yield
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fh = open(folder / ".build.lock", "a")  # held for the block
    except OSError:
        yield
        return
    try:
        fcntl.flock(fh, fcntl.LOCK_EX)
        yield
    finally:
        fh.close()
