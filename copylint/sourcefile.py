"""Reading one file into a :class:`~copylint.document.Document`: bytes, decoding, parsing."""

from __future__ import annotations

from copylint.decoding import decode
from copylint.document import Document
from copylint.errors import InputError
from copylint.readers import parse


def read_bytes(path: str) -> bytes:
    """A file's bytes; :class:`InputError` naming the file when it cannot be read."""
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except IsADirectoryError:
        raise InputError("is a directory", path) from None
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", path) from None


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
