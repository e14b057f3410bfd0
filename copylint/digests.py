"""SHA-256 and a keyed MAC, without loading OpenSSL for the small inputs of a start-up.

Importing :mod:`hashlib` loads OpenSSL's libcrypto (``_hashlib``), and :mod:`hmac` imports
it too: about 5 ms of CPU, 2% of a one-article ``copylint check``, which hashes a few
hundred kilobytes at most (cache file names, the seals of small cache files). CPython's
builtin implementations (``_sha2``, ``_sha256`` before 3.12, ``_blake2``: the very ones
``hashlib`` itself falls back to) cost nothing to import. OpenSSL's SHA-256 is about eight
times as fast, so :func:`sha256` takes it for megabytes (a large data file's seal checked
after a change), where the import is soon paid back. A Python built without the builtin
modules (some distributions keep only OpenSSL's) takes hashlib's for everything.

:func:`mac` is keyed BLAKE2b (RFC 7693): BLAKE2's own MAC mode, which Python's ``hashlib``
documents as a simpler replacement for HMAC; :func:`same` compares two digests in constant
time (``hmac.compare_digest``, without importing ``hmac``).
"""

from __future__ import annotations

import sys

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import Any

#: inputs at least this long are hashed by OpenSSL (hashlib imported then)
LARGE = 1 << 20
#: the length of a :func:`mac`
MAC_SIZE = 32

# (each Python's own module first: a module that is not there is looked for along the whole
# of sys.path before the import fails)
try:
    if sys.version_info >= (3, 12):
        from _sha2 import sha256 as _builtin_sha256
    else:
        from _sha256 import sha256 as _builtin_sha256
except ImportError:  # pragma: no cover - a Python with OpenSSL's hashes only
    _builtin_sha256 = None

try:
    from _blake2 import blake2b as _blake2b
except ImportError:  # pragma: no cover
    from hashlib import blake2b as _blake2b

try:
    from _operator import _compare_digest as same
except ImportError:  # pragma: no cover
    from hmac import compare_digest as same

__all__ = ["LARGE", "MAC_SIZE", "mac", "same", "sha256"]


def sha256(data: bytes | bytearray | memoryview = b"", large: bool | None = None) -> Any:
    """A SHA-256 hash object of ``data`` (``hashlib.sha256``'s interface): OpenSSL's when
    ``large`` (by default, when ``data`` is :data:`LARGE` bytes or more), else the builtin one."""
    if large is None:
        large = len(data) >= LARGE
    if large or _builtin_sha256 is None:
        import hashlib

        return hashlib.sha256(data)
    return _builtin_sha256(data)


def mac(key: bytes, data: bytes | bytearray | memoryview) -> bytes:
    """The keyed BLAKE2b digest (:data:`MAC_SIZE` bytes) of ``data`` under ``key`` (at most 64 bytes)."""
    return _blake2b(data, key=key, digest_size=MAC_SIZE).digest()
