"""Where the built lexicon comes from, and loading it once per process.

In order:

1. **Shipped**: a wheel carries the lexicon prebuilt (``copylint/spelling/data/lexicon-<key>.bin``,
   made by ``setup.py`` from the same pyspellchecker, wordfreq and codespell data), so the
   first ``copylint check`` after ``pip install`` opens it at once.
2. **Shared cache**: ``$COPYLINT_LEXICON_DIR``, else ``$XDG_CACHE_HOME/copylint/lexicon``, else
   ``~/.cache/copylint/lexicon``, in ``lexicon-<key>.bin``.
3. **Built** (an editable install, or installed data that differ from the wheel's): a
   progress line on stderr says so, the build takes a few seconds, and the result goes to
   the shared cache under an exclusive lock, so parallel first runs build it once.

``<key>`` is a hash of the *content* of every input (the data files and the builder's own
code; :func:`lexicon_key`), never file dates or paths: two installations with the same
data (a pre-commit environment beside the editor's) share one file and neither rebuilds
nor deletes the other's. A file is the lexicon followed by its SHA-256
(:func:`copylint.datacache.seal`); a cached file whose hash does not match is rebuilt, and
nothing in it can run code (the copy shipped in the package is trusted as its code is, and
only checked for truncation: opening it costs well under a millisecond; a cached copy's
hash check reads all of it, about 30 ms of CPU, so it is done once and recorded in the
cache's stamp, as is the key: :class:`copylint.datacache.Stamp`). A folder that cannot be written means building in memory for
each run (slower, still correct). Nothing is downloaded: the data come from the installed
packages.
"""

from __future__ import annotations

import sys
import time
from _thread import allocate_lock
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from copylint.cachefile import replace_file
from copylint.datacache import (
    DIGEST,
    Stamp,
    cache_dir,
    content_key,
    prune,
    read_sealed_file,
    seal,
    touch_if_old,
    unseal,
)
from copylint.spelling import sources
from copylint.spelling.lexicon import BYTEORDER, MAGIC, Lexicon

_LOCK = allocate_lock()  # (threading.Lock itself, without importing threading)
_LEXICON: Lexicon | None = None

HERE = Path(__file__).resolve().parent
#: the builder's own source files: editing how the lexicon is built rebuilds it
CODE_FILES = ("build.py", "lexicon.py", "sources.py", "variants.py")
#: where a wheel carries the prebuilt lexicon
SHIPPED_DIR = HERE / "data"


def lexicon_dir() -> Path:
    return cache_dir()


def _inputs() -> list[Path | bytes]:
    return [MAGIC + BYTEORDER.encode(), *(HERE / n for n in CODE_FILES), *sources.data_files()]


def lexicon_key() -> str:
    """A hash of the content of everything the lexicon is built from."""
    return content_key(_inputs())


def lexicon_name(key: str | None = None) -> str:
    return f"lexicon-{key or lexicon_key()}.bin"


def lexicon_path() -> Path:
    return lexicon_dir() / lexicon_name()


def shipped_path(key: str | None = None) -> Path:
    return SHIPPED_DIR / lexicon_name(key)


def _open(path: Path, verify: bool = True, stamp: Stamp | None = None) -> Lexicon | None:
    """The lexicon in a sealed file, or None when it is missing, corrupt or not a lexicon.

    ``verify=False`` skips the SHA-256 (which reads all 30 MB) for the copy shipped inside
    the installed package: whoever can change that file can change copylint's code beside
    it. A truncated one is still refused (the header records the size). A ``stamp`` skips
    the SHA-256 of a cached copy it has seen checked and unchanged since.
    """
    if stamp is not None:
        try:
            payload = stamp.read(path, use_mmap=True)
            return Lexicon(payload) if payload is not None else None
        except (ValueError, TypeError):
            stamp.forget(path)
            return None
    opened = read_sealed_file(path, use_mmap=True)  # a planted FIFO: no wait
    if opened is None:
        return None
    buf = opened[0]
    try:
        if not verify:
            return Lexicon(memoryview(buf)[: len(buf) - DIGEST])  # (longer than a seal: read_sealed_file)
        payload = unseal(buf)
        return Lexicon(payload) if payload is not None else None
    except (OSError, ValueError, TypeError):
        return None


def _write(path: Path, data: bytes) -> bool:
    try:
        replace_file(path, seal(data))
    except OSError:
        return False
    prune(path.parent, "lexicon-*.bin", path)  # builds of data no installation has used for a month
    return True


def _build(path: Path) -> Lexicon:
    from copylint.spelling.build import build_lexicon

    print("copylint: building the word lexicon from the installed pyspellchecker, wordfreq and codespell "
          "data (once per version of that data; a few seconds)...", file=sys.stderr, flush=True)
    start = time.perf_counter()
    data = build_lexicon()
    lexicon = (_open(path) if _write(path, data) else None) or Lexicon(data)
    where = f"saved in {path.parent}" if path.exists() else "not saved: the cache folder is not writable"
    print(f"copylint: word lexicon built in {time.perf_counter() - start:.1f} s ({where})", file=sys.stderr, flush=True)
    return lexicon


def load_lexicon() -> Lexicon:
    """The lexicon: shipped, cached, or built once and cached; once per process."""
    global _LEXICON
    if _LEXICON is not None:
        return _LEXICON
    with _LOCK:
        if _LEXICON is None:
            stamp = Stamp("lexicon", _inputs())
            key = stamp.key()
            lexicon = _open(shipped_path(key), verify=False)
            if lexicon is None:
                path = lexicon_dir() / lexicon_name(key)
                lexicon = _open(path, stamp=stamp)
                if lexicon is None:
                    with _build_lock(path.parent):  # parallel workers build it once
                        lexicon = _open(path) or _build(path)
                else:
                    touch_if_old(path)
            stamp.save()
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
