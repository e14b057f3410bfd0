"""The editor's open buffers: their text, version, path and format.

The server keeps its own copy of each buffer and applies the client's edits with
:mod:`copylint.positions` (LSP line breaks are ``\\r\\n``, ``\\n`` and ``\\r`` only;
``str.splitlines`` would also split on U+2028 and form feeds, which articles contain).
"""

from __future__ import annotations

from dataclasses import dataclass

from lsprotocol import types
from pygls.uris import to_fs_path

from copylint.positions import UTF16, LineIndex, offset_from_lsp
from copylint.readers import format_for_path

#: LSP languageId -> copylint input format, for buffers whose path says nothing.
LANGUAGE_FORMATS = {"markdown": "md", "html": "html", "plaintext": "txt", "text": "txt"}

BOM = "\ufeff"


def bom_length(text: str) -> int:
    """1 when a buffer starts with a byte-order mark (issue offsets count from after it)."""
    return 1 if text.startswith(BOM) else 0


@dataclass
class OpenDocument:
    uri: str
    text: str
    version: int | None
    language_id: str = ""

    @property
    def path(self) -> str | None:
        """The file system path, or None for an unsaved (untitled) buffer."""
        if not self.uri.startswith("file:"):
            return None
        return to_fs_path(self.uri)

    @property
    def format(self) -> str:
        """txt, md or html: by extension, else by the editor's language id, else txt."""
        path = self.path
        fmt = format_for_path(path, default="") if path else None
        return fmt or LANGUAGE_FORMATS.get(self.language_id, "txt")

    def apply(self, changes: list[types.TextDocumentContentChangeEvent], version: int | None,
              encoding: str = UTF16) -> None:
        """Apply the client's edits in order (ranges are positions in the negotiated
        ``encoding``, in the text as it was then)."""
        for change in changes:
            if isinstance(change, types.TextDocumentContentChangePartial):
                index = LineIndex(self.text)
                start = offset_from_lsp(index, change.range.start.line, change.range.start.character, encoding)
                end = offset_from_lsp(index, change.range.end.line, change.range.end.character, encoding)
                start, end = min(start, end), max(start, end)
                self.text = self.text[:start] + change.text + self.text[end:]
            else:
                self.text = change.text
        self.version = version


class DocumentStore:
    """uri -> :class:`OpenDocument` for every buffer the client has open."""

    def __init__(self) -> None:
        self._docs: dict[str, OpenDocument] = {}

    def open(self, item: types.TextDocumentItem) -> OpenDocument:
        doc = self._docs[item.uri] = OpenDocument(item.uri, item.text, item.version, item.language_id)
        return doc

    def get(self, uri: str) -> OpenDocument | None:
        return self._docs.get(uri)

    def close(self, uri: str) -> None:
        self._docs.pop(uri, None)

    def all(self) -> list[OpenDocument]:
        return list(self._docs.values())
