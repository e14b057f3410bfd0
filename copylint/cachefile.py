"""Writing a cache file so that no reader ever sees half of it.

For copylint's own caches (results, the lexicon, word data): the bytes go to a temporary
file in the same folder, which is then renamed over the target. Readers see the old file or
the new one, never a mix; a failure removes the temporary file and raises ``OSError``.
Articles are written by :func:`copylint.fixes.atomic_write`, which also keeps permissions
and syncs to disk.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def replace_file(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` (creating its folder) through a temporary file and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
