"""HTML through the standard library's HTML parser.

``<title>`` and the first ``<h1>`` are headlines; block elements start segments;
``script``, ``style``, ``code``, ``pre`` and their kin are not prose. Entities and
character references map to their exact source span.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from copylint.document import Document, SegmentBuilder
from copylint.readers.suppression import find_suppressions

_SKIP = {"script", "style", "code", "pre", "kbd", "samp", "var", "noscript", "template", "svg", "math", "textarea", "select", "object", "iframe"}
_BLOCK = {
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "caption",
    "td", "th", "title", "dt", "dd", "section", "article", "header", "footer", "main", "aside",
    "nav", "figure", "table", "tr", "ul", "ol", "dl", "body", "html", "head", "hr", "summary",
    "details", "address", "form", "fieldset", "legend", "center",
}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_KIND = {
    "h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading", "h6": "heading",
    "li": "list_item", "blockquote": "blockquote", "figcaption": "caption", "caption": "caption",
    "td": "table_cell", "th": "table_cell", "title": "headline", "dt": "list_item", "dd": "list_item",
}
_REF_END = re.compile(r"&#?[0-9A-Za-z]+;?")


class _Reader(HTMLParser):
    def __init__(self, text: str, doc: Document) -> None:
        super().__init__(convert_charrefs=False)
        self.src = text
        self.doc = doc
        # HTMLParser counts lines by "\n" only, whatever the line endings.
        self.nl_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.stack: list[str] = []
        self.kinds: list[str] = ["paragraph"]
        self.skip = 0
        self.builder: SegmentBuilder | None = None
        self.h1_seen = False

    def source_offset(self) -> int:
        line, col = self.getpos()
        return self.nl_starts[line - 1] + col

    def flush(self) -> None:
        if self.builder is not None:
            seg = self.builder.build()
            if seg is not None:
                self.doc.segments.append(seg)
        self.builder = None

    def out(self) -> SegmentBuilder:
        if self.builder is None:
            self.builder = SegmentBuilder(self.kinds[-1])
        return self.builder

    def handle_starttag(self, tag: str, attrs: list) -> None:
        start = self.source_offset()
        text = self.get_starttag_text() or ""
        if tag in _SKIP:
            if tag == "pre":
                self.flush()
            elif self.builder is not None:
                self.builder.add_placeholder(start, start + len(text))
            if tag not in _VOID:
                self.skip += 1
                self.stack.append(tag)
            return
        if self.skip:
            if tag not in _VOID:
                self.stack.append(tag)
            return
        if tag == "br" and self.builder is not None:
            self.builder.add("\n", start, start + len(text))
            return
        if tag in _BLOCK:
            self.flush()
            if tag not in _VOID:
                kind = _KIND.get(tag, self.kinds[-1] if tag in ("p", "div") else "paragraph")
                if tag == "h1" and not self.h1_seen:
                    kind, self.h1_seen = "headline", True
                self.stack.append(tag)
                self.kinds.append(kind)
        elif tag == "img" and self.builder is not None:
            self.builder.add_placeholder(start, start + len(text))

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        if tag in _BLOCK and not self.skip:
            self.flush()
        elif tag == "br" and self.builder is not None and not self.skip:
            start = self.source_offset()
            self.builder.add("\n", start, start + len(self.get_starttag_text() or " "))

    def handle_endtag(self, tag: str) -> None:
        if tag not in self.stack:
            return  # a stray end tag
        # close everything up to the matching start tag (malformed nesting)
        while self.stack:
            top = self.stack.pop()
            if top in _SKIP:
                self.skip = max(self.skip - 1, 0)
                if top == "pre":
                    self.flush()
            elif top in _BLOCK and not self.skip:
                self.flush()
                if len(self.kinds) > 1:
                    self.kinds.pop()
            if top == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.skip or not data:
            return
        start = self.source_offset()
        if self.src.startswith(data, start):
            self.out().add(data, start)
        else:  # CDATA and other oddities: keep positions safe
            self.out().add(data, start, start + len(data))

    def _ref(self) -> None:
        if self.skip:
            return
        start = self.source_offset()
        m = _REF_END.match(self.src, start)
        if not m:
            return
        raw = m.group()
        value = html.unescape(raw)
        if value == raw:
            self.out().add(raw, start)
        else:
            self.out().add(value, start, m.end())

    def handle_entityref(self, name: str) -> None:
        self._ref()

    def handle_charref(self, name: str) -> None:
        self._ref()


def read_html(text: str, path: str) -> Document:
    doc = Document(path=path, source=text, format="html", segments=[])
    reader = _Reader(text, doc)
    reader.feed(text)
    reader.close()
    reader.flush()
    # <title> and the first <h1> are both the headline; keep the rest in source order.
    doc.segments.sort(key=lambda s: s.src_start)
    skip = [(m.start(), m.end()) for m in re.finditer(r"<(script|style|pre|code)\b.*?</\1\s*>", text, re.S | re.I)]
    doc.suppressions = find_suppressions(text, doc.lines, skip)
    return doc


