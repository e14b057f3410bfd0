"""Reading an input with a bound decided before the first byte, and never waiting on it.

Every file copylint reads on a user's behalf (articles, stdin, word lists, archives) goes
through here:

- the file is opened with ``O_NONBLOCK``, so opening a FIFO (named pipe) that nobody
  writes to returns at once; a FIFO or a socket is then refused with an error naming it;
- a regular file larger than the limit is refused from its size, unread;
- anything else (a device such as ``/dev/zero`` or ``/dev/urandom``, stdin) is read up to
  ``limit + 1`` bytes: one byte more than the limit is an error, not an ever-growing buffer;
  a device with nothing to read yet (a terminal) is refused rather than waited on.

Errors are :class:`~copylint.errors.InputError` naming the file.
"""

from __future__ import annotations

import errno
import os
import stat

from copylint.errors import InputError

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import BinaryIO

#: the default ``max_file_size`` (configuration), for inputs read without settings
DEFAULT_LIMIT = 10_000_000

_KINDS = {
    stat.S_IFIFO: "a FIFO (named pipe)",
    stat.S_IFSOCK: "a socket",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
}


def too_large(size_note: str, limit: int) -> str:
    return (f"{size_note}, larger than max_file_size ({limit / 1e6:g} MB); skipped "
            "(raise max_file_size in the configuration to check it)")


def read_limited(path: str, limit: int = DEFAULT_LIMIT, what: str = "file") -> bytes:
    """The bytes of the file at ``path``, at most ``limit`` of them, or :class:`InputError`."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except IsADirectoryError:
        raise InputError("is a directory", path) from None
    except FileNotFoundError:
        raise InputError(f"{what} not found", path) from None
    except OSError as exc:
        raise InputError(f"cannot read {what}: {exc.strerror or exc}", path) from None
    with open(fd, "rb", buffering=0) as fh:
        st = os.fstat(fd)
        kind = stat.S_IFMT(st.st_mode)
        if kind == stat.S_IFDIR:
            raise InputError("is a directory", path)
        if kind in (stat.S_IFIFO, stat.S_IFSOCK):
            raise InputError(f"is {_KINDS[kind]}, not a regular file; not read (pipe text to '-' instead)", path)
        if kind == stat.S_IFREG:
            if st.st_size > limit:
                raise InputError(too_large(f"{what} is {st.st_size / 1e6:.1f} MB", limit), path)
        data = read_stream(fh, limit, path, what)
    return data


def read_stream(stream: BinaryIO, limit: int, name: str, what: str = "input") -> bytes:
    """At most ``limit`` bytes of ``stream`` (stdin, a device), or :class:`InputError` naming ``name``."""
    chunks: list[bytes] = []
    size = 0
    while True:
        try:
            chunk = stream.read(min(1 << 20, limit + 1 - size))
        except BlockingIOError:
            raise InputError(f"{what} has nothing to read yet (a terminal or a device); not waited on", name) from None
        except OSError as exc:
            if exc.errno == errno.EAGAIN:
                raise InputError(f"{what} has nothing to read yet; not waited on", name) from None
            raise InputError(f"cannot read {what}: {exc.strerror or exc}", name) from None
        if chunk is None:  # non-blocking stream with no data ready
            raise InputError(f"{what} has nothing to read yet (a terminal or a device); not waited on", name)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            raise InputError(too_large(f"{what} is more than {limit} bytes", limit), name)
