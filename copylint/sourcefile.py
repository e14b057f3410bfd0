"""Reading one file into a :class:`~copylint.document.Document`: bytes, decoding, parsing."""

from __future__ import annotations

from copylint.decoding import decode
from copylint.document import Document
from copylint.readers import parse
from copylint.reading import read_limited


def read_bytes(path: str) -> bytes:
    """A file's bytes; :class:`InputError` naming the file when it cannot be read.

    Bounded like every input (:mod:`copylint.reading`): at most the default
    ``max_file_size``, a FIFO refused rather than waited on.
    """
    return read_limited(path)


def read_document(path: str, fmt: str | None = None, data: bytes | None = None) -> Document:
    """Read and parse one file. Raises :class:`InputError` when it cannot be read."""
    return parse_document(path, fmt, read_bytes(path) if data is None else data)


def parse_document(path: str, fmt: str | None, data: bytes) -> Document:
    """Decode and parse a file's bytes. Raises :class:`InputError` when they are not text."""
    decoded = decode(data, path)
    doc = parse(decoded.text, path, fmt)
    doc.has_bom = decoded.has_bom
    doc.encoding = decoded.encoding
    return doc
