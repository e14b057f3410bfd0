"""Turning a file's bytes into text, remembering what writing it back needs."""

from __future__ import annotations

import codecs

from copylint.errors import InputError
from copylint.positions import LineIndex
from copylint.records import record


@record(frozen=True, slots=True)
class Decoded:
    """A file's text with the encoding and BOM needed to write it back."""

    text: str
    encoding: str  # "utf-8", "utf-16-le", "utf-16-be"
    has_bom: bool


_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


#: leading bytes of common binary formats (named in the message)
_MAGIC = (
    (b"\x7fELF", "ELF executable"), (b"MZ", "Windows executable"), (b"%PDF", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"), (b"\x89PNG", "PNG image"), (b"GIF8", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"), (b"\xcf\xfa\xed\xfe", "Mach-O executable"),
    (b"\xfe\xed\xfa", "Mach-O executable"), (b"\x1f\x8b", "gzip archive"), (b"SQLite format 3", "SQLite database"),
)


def _looks_like_utf16(head: bytes) -> bool:
    """UTF-16 text without a BOM: one of the byte columns is almost all NUL, and decoding
    it gives printable text with no NUL characters (machine code fails the second test)."""
    if len(head) < 4:
        return False
    head = head[: len(head) // 2 * 2]
    for encoding, zeros in (("utf-16-le", head[1::2]), ("utf-16-be", head[0::2])):
        if zeros.count(0) <= len(zeros) * 0.4:
            continue
        try:
            text = head.decode(encoding)
        except UnicodeDecodeError:
            continue
        printable = sum(1 for c in text if c.isprintable() or c in "\t\r\n")
        if "\x00" not in text and printable >= len(text) * 0.95:
            return True
    return False


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
        kind = next((name for magic, name in _MAGIC if data.startswith(magic)), None)
        if kind is not None:
            raise InputError(f"a binary file ({kind}), not an article; skipped", path)
        if _looks_like_utf16(head):
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
