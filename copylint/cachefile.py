"""Writing a file so that no reader ever sees half of it, and no temporary file outlives a crash.

Every file copylint writes (its caches, the lexicon, ``--fix``, ``-o``, baselines) goes to
a temporary file in the target's own folder, named ``.<name>.<random>.copylint-tmp`` and
created exclusively (``O_EXCL``, by :func:`tempfile.mkstemp`, never a predictable name a
symlink could be planted at), then renamed over the target. Readers see the old file or
the new one, never a mix. The writer holds an ``flock`` on its temporary file while it
lives; a later write into the same folder removes every temporary file whose lock it can
take (its writer is gone: killed, even with ``kill -9``), so a crash leaves nothing behind
for long. Articles are written by :func:`copylint.fixes.atomic_write`, which also checks
the file is unchanged, keeps permissions and syncs to disk.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import time
from pathlib import Path

TMP_SUFFIX = ".copylint-tmp"
#: a temporary file younger than this is never cleaned up (its writer may not hold its lock yet)
STALE_AFTER_S = 10.0

try:
    import fcntl
except ImportError:  # not POSIX: no locks, no clean-up of other runs' files
    fcntl = None  # type: ignore[assignment]


def exclusive_temp(folder: str | os.PathLike[str], name: str) -> tuple[int, str]:
    """A new temporary file for ``name`` in ``folder``: (fd, path), created with ``O_EXCL``
    and locked for as long as ``fd`` is open."""
    import tempfile  # (with shutil, random, bz2, lzma: only a run that writes pays for them)

    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=TMP_SUFFIX, dir=folder)
    if fcntl is not None:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    return fd, tmp


def clean_stale_temps(folder: str | os.PathLike[str]) -> int:
    """Remove the temporary files in ``folder`` left by writers that are gone; how many."""
    if fcntl is None:
        return 0
    removed = 0
    try:
        names = [n for n in os.listdir(folder) if n.startswith(".") and n.endswith(TMP_SUFFIX)]
    except OSError:
        return 0
    now = time.time()
    for name in names:
        path = os.path.join(folder, name)
        try:
            fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
        except OSError:
            continue
        try:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode) or now - st.st_mtime < STALE_AFTER_S:
                continue
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # held by a live writer: OSError
            if os.path.samestat(st, os.lstat(path)):
                os.unlink(path)
                removed += 1
        except OSError:
            continue
        finally:
            os.close(fd)
    return removed


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def exchange(a: str, b: str) -> bool:
    """Swap the files at ``a`` and ``b`` in one atomic step (Linux ``renameat2``).

    False when the system or file system cannot (nothing was changed then); raises
    ``OSError`` for any other failure.
    """
    import ctypes  # only here (an atomic swap for --fix)

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOTSUP):
        return False
    raise OSError(err, os.strerror(err), a)


def replace_file(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` (creating its folder) through a temporary file and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    clean_stale_temps(path.parent)
    fd, tmp = exclusive_temp(path.parent, path.name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.replace(tmp, path)  # while the lock is held
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
