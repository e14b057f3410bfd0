"""Turning a file's bytes into text, remembering what writing it back needs."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from copylint.errors import InputError
from copylint.positions import LineIndex


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str  # "utf-8", "utf-16-le", "utf-16-be"
    has_bom: bool


_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode(data: bytes, path: str) -> Decoded:
    """Decode UTF-8 (with or without BOM) or BOM-marked UTF-16.

    Raises :class:`InputError` for binary data and undecodable text, naming the
    line of the first bad byte.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            try:
                return Decoded(body.decode(encoding), encoding, True)
            except UnicodeDecodeError as exc:
                raise InputError(f"not valid {encoding.upper()} text ({exc.reason} at byte {exc.start + len(bom)})", path) from None
    head = data[:8192]
    if b"\x00" in head:
        if len(head) >= 4 and (head[1::2].count(0) > len(head) * 0.4 or head[0::2].count(0) > len(head) * 0.4):
            raise InputError("looks like UTF-16 text without a byte-order mark; save it as UTF-8", path)
        raise InputError("looks like a binary file (NUL bytes); skipped", path)
    try:
        return Decoded(data.decode("utf-8"), "utf-8", False)
    except UnicodeDecodeError as exc:
        good = data[: exc.start].decode("utf-8", errors="replace")
        line, col = LineIndex(good).line_col(len(good))
        raise InputError(
            f"not valid UTF-8: byte 0x{data[exc.start]:02x} at line {line}, column {col}; "
            "save the file as UTF-8",
            path,
            line,
        ) from None


def encode(text: str, encoding: str, has_bom: bool) -> bytes:
    """Inverse of :func:`decode`."""
    body = text.encode(encoding)
    if has_bom:
        bom = dict((enc, b) for b, enc in _BOMS)[encoding]
        return bom + body
    return body
