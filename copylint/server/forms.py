"""Request bodies to fields: HTML-form encodings, strictly UTF-8.

LanguageTool clients post ``application/x-www-form-urlencoded`` (most) or
``multipart/form-data``. Both are decoded with the standard library, strictly: a field
that is not UTF-8 is an error naming the field, never silently mis-decoded text (which
would shift every offset the client gets back).
"""

from __future__ import annotations

import email.parser
import email.policy
import urllib.parse

from copylint.errors import InputError

MAX_FIELDS = 100
FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


class UnsupportedMediaType(InputError):
    """A body in a type or charset the endpoint does not take (HTTP 415)."""


def media_type(content_type: str | None) -> tuple[str, dict[str, str]]:
    """``("text/plain", {"charset": "utf-8"})`` from a Content-Type header."""
    if not content_type:
        return "", {}
    main, _, rest = content_type.partition(";")
    params = {}
    for part in rest.split(";"):
        key, eq, value = part.partition("=")
        if eq:
            params[key.strip().lower()] = value.strip().strip('"')
    return main.strip().lower(), params


def check_charset(params: dict[str, str], where: str) -> None:
    charset = params.get("charset", "utf-8").lower()
    if charset not in ("utf-8", "utf8"):
        raise UnsupportedMediaType(f"{where} must be UTF-8; got charset={charset[:30]}", "Content-Type")


def parse_form(content_type: str | None, body: bytes) -> dict[str, str]:
    """The fields of a form body (the first value of a repeated field)."""
    kind, params = media_type(content_type)
    if kind in ("", "application/x-www-form-urlencoded"):
        check_charset(params, "the form")
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(f"the form body is not UTF-8 (byte 0x{body[exc.start]:02x} at {exc.start})", "body") from None
        try:
            pairs = urllib.parse.parse_qsl(text, keep_blank_values=True, encoding="utf-8", errors="strict",
                                           max_num_fields=MAX_FIELDS)
        except UnicodeDecodeError:
            raise InputError("a form field is not UTF-8 once percent-decoded; encode the text as UTF-8", "body") from None
        except ValueError as exc:
            raise InputError(f"the form cannot be read: {exc}", "body") from None
        fields: dict[str, str] = {}
        for key, value in pairs:
            fields.setdefault(key, value)
        return fields
    if kind == "multipart/form-data":
        return _multipart(content_type or "", body)
    raise UnsupportedMediaType(
        f"send the fields as {' or '.join(FORM_TYPES)} (got {kind[:60]})", "Content-Type")


def _multipart(content_type: str, body: bytes) -> dict[str, str]:
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode("latin-1", "replace")
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
    if not message.is_multipart() or message.defects:
        raise InputError("the multipart body cannot be read (missing or wrong boundary?)", "body")
    fields: dict[str, str] = {}
    for n, part in enumerate(message.iter_parts()):
        if n >= MAX_FIELDS:
            raise InputError(f"more than {MAX_FIELDS} form fields", "body")
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            raise InputError(f"multipart part {n} has no field name", "body")
        if part.get_filename() is not None:
            raise InputError(f"field '{name[:40]}': file uploads are not accepted; send the text as a field", "body")
        check_charset({"charset": part.get_content_charset() or "utf-8"}, f"field '{name[:40]}'")
        payload = part.get_payload(decode=True) or b""
        try:
            fields.setdefault(name, payload.decode("utf-8"))
        except UnicodeDecodeError:
            raise InputError(f"field '{name[:40]}' is not UTF-8", "body") from None
    return fields
