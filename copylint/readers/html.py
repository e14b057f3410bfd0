"""HTML: prose from the text of block and inline elements.

``<title>`` and the first ``<h1>`` are headlines; block elements start segments;
``script``, ``style``, ``code``, ``pre`` and their kin are not prose. Tokens come from
:mod:`copylint.readers.html_tokens` with exact source spans; a character reference maps
to what a browser shows, as one atomic run over its source. Linear in the input: the
tokenizer never scans twice and the open-element stack answers "is it open?" from a
count, not by searching the stack.
"""

from __future__ import annotations

from collections import Counter

from copylint.document import Document, SegmentBuilder
from copylint.readers.html_tokens import Token, Tokenizer
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


class _Reader:
    def __init__(self, text: str, doc: Document) -> None:
        self.src = text
        self.doc = doc
        self.stack: list[str] = []
        self.open = Counter[str]()  # how many of each tag are on the stack
        self.kinds: list[str] = ["paragraph"]
        self.skip = 0
        self.skip_from: list[int] = []  # where each open skipped element starts
        self.skipped: list[tuple[int, int]] = []  # source ranges of skipped elements (not prose)
        self.builder: SegmentBuilder | None = None
        self.h1_seen = False
        self.steps = 0  # stack entries touched (the tests bound it)

    def feed(self, tokens: Tokenizer) -> None:
        src = self.src
        for tok in tokens.tokens():
            kind = tok.kind
            if kind == "text":
                if not self.skip:
                    self.out().add(src[tok.start:tok.end], tok.start)
            elif kind == "ref":
                if not self.skip:
                    self.out().add(tok.value, tok.start, tok.end)
            elif kind == "start":
                if tok.self_closing:
                    self.start_end_tag(tok)
                else:
                    self.start_tag(tok)
            elif kind == "end":
                self.end_tag(tok)
        while self.skip_from:  # elements left open at the end of the file
            self.skipped.append((self.skip_from.pop(), len(src)))

    def push(self, tag: str) -> None:
        self.stack.append(tag)
        self.open[tag] += 1
        self.steps += 1

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

    def start_tag(self, tok: Token) -> None:
        tag, start, end = tok.name, tok.start, tok.end
        if tag in _SKIP:
            if tag == "pre":
                self.flush()
            elif self.builder is not None:
                self.builder.add_placeholder(start, end)
            if tag not in _VOID:
                self.skip += 1
                self.skip_from.append(start)
                self.push(tag)
            return
        if self.skip:
            if tag not in _VOID:
                self.push(tag)
            return
        if tag == "br" and self.builder is not None:
            self.builder.add("\n", start, end)
            return
        if tag in _BLOCK:
            self.flush()
            if tag not in _VOID:
                kind = _KIND.get(tag, self.kinds[-1] if tag in ("p", "div") else "paragraph")
                if tag == "h1" and not self.h1_seen:
                    kind, self.h1_seen = "headline", True
                self.push(tag)
                self.kinds.append(kind)
        elif tag == "img" and self.builder is not None:
            self.builder.add_placeholder(start, end)

    def start_end_tag(self, tok: Token) -> None:
        if tok.name in _BLOCK and not self.skip:
            self.flush()
        elif tok.name == "br" and self.builder is not None and not self.skip:
            self.builder.add("\n", tok.start, tok.end)
        elif tok.name not in _VOID:
            self.start_tag(tok)  # <p/>, <script/>: a browser ignores the slash on these

    def end_tag(self, tok: Token) -> None:
        tag = tok.name
        if not self.open[tag]:
            return  # a stray end tag
        # close everything up to the matching start tag (malformed nesting)
        while self.stack:
            top = self.stack.pop()
            self.open[top] -= 1
            self.steps += 1
            if top in _SKIP:
                self.skip = max(self.skip - 1, 0)
                if self.skip_from:
                    self.skipped.append((self.skip_from.pop(), tok.end))
                if top == "pre":
                    self.flush()
            elif top in _BLOCK and not self.skip:
                self.flush()
                if len(self.kinds) > 1:
                    self.kinds.pop()
            if top == tag:
                break


def read_html(text: str, path: str) -> Document:
    doc = Document(path=path, source=text, format="html", segments=[])
    reader = _Reader(text, doc)
    reader.feed(Tokenizer(text))
    reader.flush()
    # <title> and the first <h1> are both the headline; keep the rest in source order.
    doc.segments.sort(key=lambda s: s.src_start)
    doc.suppressions = find_suppressions(text, doc.lines, reader.skipped)
    return doc
