"""Readers turn source text into a :class:`~copylint.document.Document`, one module per format."""

from __future__ import annotations

import os

from copylint.document import Document
from copylint.gc_pause import collector_paused

FORMATS = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
}


def format_for_path(path: str, default: str = "txt") -> str | None:
    """The input format for ``path`` by its extension, ``default`` for no extension, else None."""
    ext = os.path.splitext(path)[1].lower()
    if not ext:
        return default
    return FORMATS.get(ext)


def parse(text: str, path: str = "<text>", fmt: str | None = None) -> Document:
    """Build a Document from decoded source text (BOM already removed).

    ``fmt`` is txt, md, html, or body (plain text with no headline).
    """
    fmt = fmt or format_for_path(path) or "txt"
    with collector_paused():  # (a long document's segments are many objects that live on: copylint.gc_pause)
        if fmt == "md":
            from copylint.readers.markdown import read_markdown

            return read_markdown(text, path)
        if fmt == "html":
            from copylint.readers.html import read_html

            return read_html(text, path)
        read = _PLAINTEXT or _plaintext_reader()
        return read(text, path, headline=fmt != "body")


#: :func:`copylint.readers.plaintext.read_plaintext` once imported (the import statement
#: in :func:`parse` cost more than reading a short article's lines)
_PLAINTEXT = None


def _plaintext_reader():  # type: ignore[no-untyped-def]
    global _PLAINTEXT
    from copylint.readers.plaintext import read_plaintext

    _PLAINTEXT = read_plaintext
    return read_plaintext
