"""Markdown through markdown-it-py: prose from headings, paragraphs, lists, quotes, tables
and front-matter fields; code, URLs, images and HTML are not prose.

markdown-it gives block tokens with line ranges but no character offsets inside a
line, so each inline token is aligned against the block's source text: verbatim text
maps one to one, and escapes and entities map as atomic runs. Entities and escapes come
from markdown-it itself (its ``text_special`` tokens, with the exact source as markup), so
a reference maps to what markdown-it decodes, U+FFFD for ``&#0;`` included, never to a
second opinion. Front matter is mapped by YAML's character index, never by YAML's line
numbers (YAML 1.1 counts U+0085, U+2028 and U+2029 as line breaks; copylint does not).
"""

from __future__ import annotations

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token as MdToken
from mdit_py_plugins.front_matter import front_matter_plugin

from copylint.document import Document, SegmentBuilder
from copylint.positions import BREAK_CHARS, LINE_BREAK, LineIndex, break_length
from copylint.readers.suppression import find_suppressions

_HEADLINE_FIELDS = {"title", "headline"}
_PROSE_FIELDS = {"subtitle", "description", "summary", "dek", "standfirst", "excerpt", "caption", "subheadline"}

_PARSER: MarkdownIt | None = None


def _parser() -> MarkdownIt:
    global _PARSER
    if _PARSER is None:
        # maxNesting: deeper containers than this are not parsed (and not checked); 100 is far past
        # any real article and well inside Python's recursion limit.
        # text_join off: entities and escapes stay text_special tokens holding their source (markup)
        _PARSER = (MarkdownIt("commonmark", {"html": True, "maxNesting": 100}).use(front_matter_plugin)
                   .enable("table").disable("text_join"))
    return _PARSER


class _Aligner:
    """Walks the source of one block, mapping inline token text to source offsets."""

    def __init__(self, source: str, start: int, end: int) -> None:
        self.src = source
        self.pos = start
        self.end = end

    def find(self, needle: str) -> int:
        i = self.src.find(needle, self.pos, self.end)
        return i

    def text(self, content: str, out: SegmentBuilder) -> None:
        i = self.find(content)
        if i >= 0:
            out.add(content, i)
            self.pos = i + len(content)
            return
        self._text_by_char(content, out)

    def _text_by_char(self, content: str, out: SegmentBuilder) -> None:
        src, p = self.src, self.pos
        for ch in content:
            while p < self.end:
                c = src[p]
                if c == ch or (c == "\x00" and ch == "\ufffd"):  # markdown-it reads NUL as U+FFFD
                    out.add(c, p)  # the source character itself: a linear run is always a copy
                    p += 1
                    break
                if c in BREAK_CHARS and ch in " \t\n":  # a line break folded into the text
                    q = p + break_length(src, p)
                    out.add(src[p:q], p)  # the break as it is: never a "linear" run with other text
                    p = q
                    break
                p += 1  # markup or a container prefix ("> ", list marker): not prose
            else:  # not in the source: keep it for the checks, mapped to no source text (never "linear")
                out.add(ch, min(p, self.end), min(p, self.end))
        self.pos = p

    def special(self, content: str, markup: str, out: SegmentBuilder) -> None:
        """An entity or an escape: markdown-it's decoded ``content`` for its source ``markup``."""
        i = self.find(markup) if markup else -1
        if i < 0:  # not found where expected: keep the text, mapped to the current position
            self.text(content, out)
            return
        if content == markup:
            out.add(content, i)
        else:
            out.add(content, i, i + len(markup))
        self.pos = i + len(markup)

    def skip_delimited(self, opener: str, closer: str) -> tuple[int, int]:
        """Skip from the next ``opener`` to its balanced ``closer``; return the span."""
        i = self.find(opener)
        if i < 0:
            return self.pos, self.pos
        depth, p = 0, i + len(opener)
        while p < self.end:
            c = self.src[p]
            if c == "\\":
                p += 2
                continue
            if c == "(":
                depth += 1
            elif c == closer:
                if depth == 0:
                    break
                depth -= 1
            p += 1
        self.pos = min(p + 1, self.end)
        return i, self.pos

    def link_close(self) -> None:
        """After a link's text: skip ``](url "title")``, ``][ref]`` or ``]``."""
        i = self.find("]")
        if i < 0:
            return
        p = i + 1
        if p < self.end and self.src[p] == "(":
            self.pos = p
            self.skip_delimited("(", ")")
        elif p < self.end and self.src[p] == "[":
            j = self.src.find("]", p, self.end)
            self.pos = j + 1 if j >= 0 else p
        else:
            self.pos = p


def read_markdown(text: str, path: str) -> Document:
    doc = Document(path=path, source=text, format="md", segments=[])
    lines = doc.lines
    tokens = _parser().parse(text)
    code_ranges: list[tuple[int, int]] = []
    kinds: list[str] = []  # container stack
    h1_seen = False
    for tok in tokens:
        if tok.type == "front_matter" and tok.map:
            _front_matter(tok, doc, lines)
            continue
        if tok.type in ("fence", "code_block") and tok.map:
            code_ranges.append(_block_span(tok.map, lines, text))
            continue
        if tok.type.endswith("_open"):
            kind = {
                "heading_open": "heading",
                "list_item_open": "list_item",
                "blockquote_open": "blockquote",
                "th_open": "table_cell",
                "td_open": "table_cell",
            }.get(tok.type)
            if kind == "heading" and tok.tag == "h1" and not h1_seen:
                # the first H1 is the headline, also beside a front-matter title
                kind = "headline"
                h1_seen = True
            kinds.append(kind or (kinds[-1] if kinds else "paragraph"))
            continue
        if tok.type.endswith("_close"):
            if kinds:
                kinds.pop()
            continue
        if tok.type == "inline" and tok.map is not None:
            kind = kinds[-1] if kinds else "paragraph"
            start, end = _block_span(tok.map, lines, text)
            seg = _inline_segment(tok, kind, text, start, end)
            if seg is not None:
                doc.segments.append(seg)
    doc.suppressions = find_suppressions(text, lines, code_ranges)
    return doc


def _block_span(line_map: list[int], lines: LineIndex, text: str) -> tuple[int, int]:
    first, last = line_map
    start = lines.line_start(first + 1)
    end = lines.line_start(last + 1) if last < lines.line_count else len(text)
    return start, end


def _inline_segment(tok: MdToken, kind: str, text: str, start: int, end: int):
    out = SegmentBuilder(kind)
    al = _Aligner(text, start, end)
    children = tok.children or []
    skip_depth = 0
    for child in children:
        t = child.type
        if skip_depth:
            if t == "link_open":
                skip_depth += 1
            elif t == "link_close":
                skip_depth -= 1
            continue
        if t == "text":
            al.text(child.content, out)
        elif t == "text_special":
            al.special(child.content, child.markup, out)
        elif t == "code_inline":
            a = al.find(child.markup)
            if a < 0:
                continue
            b = text.find(child.markup, a + len(child.markup), end)
            b = b + len(child.markup) if b >= 0 else end
            out.add_placeholder(a, b)
            al.pos = b
        elif t in ("softbreak", "hardbreak"):
            m = LINE_BREAK.search(text, al.pos, end)
            if m:
                out.add(m.group(), m.start())  # the break as it is (CR, LF or CRLF), as in plain text
                al.pos = m.end()
        elif t == "link_open" and child.markup == "autolink":
            a, b = al.skip_delimited("<", ">")
            out.add_placeholder(a, b)
            skip_depth = 1
        elif t == "link_close":
            al.link_close()
        elif t == "image":
            a, b = al.skip_delimited("![", "]")
            if al.pos < end and text[al.pos] in "([":
                _, b = al.skip_delimited(text[al.pos], ")" if text[al.pos] == "(" else "]")
            out.add_placeholder(a, b)
        elif t == "html_inline":
            a = al.find(child.content)
            if a >= 0:
                out.add_placeholder(a, a + len(child.content))
                al.pos = a + len(child.content)
    return out.build()


def _front_matter(tok: MdToken, doc: Document, lines: LineIndex) -> bool:
    """Add prose fields of YAML front matter; True when it held a headline.

    YAML reads the source between the fences itself (not markdown-it's copy, whose line
    endings are normalised) and every span is ``start + mark.index``: a character index,
    which does not depend on what either side calls a line break.
    """
    found_headline = False
    first, close = tok.map[0] + 2, tok.map[1]  # 1-based lines: first content line, closing fence
    if close > lines.line_count or first > close:
        return False
    start, end = lines.line_start(first), lines.line_start(close)
    try:
        node = yaml.compose(doc.source[start:end], Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return False
    if not isinstance(node, yaml.MappingNode):
        return False
    for key, value in node.value:
        if not isinstance(key, yaml.ScalarNode) or not isinstance(value, yaml.ScalarNode):
            continue
        name = str(key.value).lower()
        if name in _HEADLINE_FIELDS:
            kind = "headline"
        elif name in _PROSE_FIELDS:
            kind = "front_matter"
        else:
            continue
        if not value.value.strip():
            continue
        s = start + value.start_mark.index
        e = start + value.end_mark.index
        raw = doc.source[s:e]
        out = SegmentBuilder(kind, name)
        if raw == value.value:
            out.add(raw, s)
        elif len(raw) >= 2 and raw[0] in "'\"" and raw[-1] == raw[0] and raw[1:-1] == value.value:
            out.add(value.value, s + 1)
        else:
            out.add(value.value, s, e)  # folded or escaped: atomic
        seg = out.build()
        if seg is not None:
            doc.segments.append(seg)
            found_headline = found_headline or kind == "headline"
    return found_headline
