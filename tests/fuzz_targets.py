"""Fuzz targets for each reader (txt, md, html), the archive (JSON lines) reader and --fix,
with the audit's oracles:

- no exception (a refused input is an InputError naming the file);
- every span equals its text: each prose run that copies the source maps to exactly
  those characters, runs lie in the source in order, every word a check can see maps
  back to itself, and every issue's line/column (counted independently) is its offset
  and its text;
- a fix touches only reported, safe spans, and fixing the result again changes nothing.

Hypothesis drives them: briefly in the test suite (tests/test_fuzz.py), for as long as
you like with ``python -m benchmarks.fuzz --minutes 10``. ``COPYLINT_FUZZ_EXAMPLES`` sets
the examples per target in the test suite (default 60).
"""

from __future__ import annotations

import io
import json
import os
import re

from hypothesis import strategies as st

from copylint.api import get_linter, parse_document
from copylint.config import Settings
from copylint.document import PLACEHOLDER, Document, with_headline
from copylint.errors import InputError
from copylint.readers import parse
from copylint.tokens import words

EXAMPLES = int(os.environ.get("COPYLINT_FUZZ_EXAMPLES", "60"))
FORMATS = ("txt", "md", "html")

BREAKS = ["\n", "\r\n", "\r", "\u0085", "\u2028", "\u2029", "\x0b", "\x0c", "\n\n", "\r\n\r\n"]
WORDS = ["the", "The", "the the", "a a", "in in", "seige", "recieve", "colour", "color", "U.S.", "US", "Tuesday",
         "in Tuesday", "January, 2020", "01 January", "it's", "its", "They're", "caf\u00e9", "Zo\u00eb",
         "\U0001F600", "\u6771\u4eac", "\u05e9\u05dc\u05d5\u05dd", "e\u0301", "\u200b", "\u00a0", "\t", " ", "  "]
REFS = ["&amp;", "&amp", "&ampx", "&#146;", "&#128;", "&#0;", "&#x27re", "&#39;", "&#xD800;", "&#1114112;",
        "&#99999999999;", "&notit;", "&notin;", "&NotEqualTilde;", "&#;", "&#x;", "&zzz;", "&", "&#x1F600;"]
HTML = ["<p>", "</p>", "<b>", "</b>", "<br>", "<br/>", "<div>", "</div>", "<h1>", "</h1>", "<title>", "</title>",
        "<script>", "</script>", "<style>", "</style>", "<pre>", "</pre>", "<code>", "</code>", "<textarea>",
        "</textarea>", "<![ foo", "<![CDATA[ x ]]>", "<!--", "-->", "<!-- copylint-disable -->",
        "<!-- copylint-enable -->", "<?xml ?>", "<!DOCTYPE html>", "</", "</>", "<", ">", "<a href='x>y'>", "</a>",
        "<img alt=x>", "<li>", "<svg>", "</svg>", "<p/>", "<plaintext>", "<a b=\"", "<A HREF=x>", "<\u212abd>"]
MARKDOWN = ["# ", "## ", "> ", "- ", "1. ", "*", "_", "**", "`", "```", "    ", "[", "]", "(", ")", "![", "<", ">",
            "\\", "\\*", "\\_", "|", "---", "<b>", "</b>", "<!-- copylint-disable -->", "<!-- x -->", "http://x.y/z",
            "<http://x.y>", "~~~", "===", "[a][b]", "\n\n[b]: http://x 'title'\n", "<div>\nx\n</div>\n",
            "| a | b |\n|---|---|\n| c | d |\n", "\t", "  \n", "\\\n", "`` ` ``", "**&amp;**", "[&amp;](x)",
            "![&amp; the the](x)", "<span>&amp;</span>", "<http://a.b/&amp;>", "&#X27;", "\r\n> ", "- [ ] ",
            "[x]", "](y)", "*the the*", "_a_b_", "1) ", "+ ", "    - ", "<!--", "-->", "\r\n\r\n    code\r\n"]
FRONT_KEYS = ["title", "description", "subtitle", "summary", "slug", "dek"]

piece = st.one_of(st.sampled_from(WORDS), st.sampled_from(BREAKS), st.sampled_from(REFS), st.text(max_size=4))


@st.composite
def front_matter(draw) -> str:
    nl = draw(st.sampled_from(["\n", "\r\n"]))
    lines = []
    for _ in range(draw(st.integers(0, 4))):
        key = draw(st.sampled_from(FRONT_KEYS))
        value = "".join(draw(st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(BREAKS[3:8])), max_size=6)))
        quote = draw(st.sampled_from(["", "'", '"']))
        lines.append(f"{key}: {quote}{value}{quote}")
    return "---" + nl + nl.join(lines) + nl + "---" + nl


def document(fmt: str) -> st.SearchStrategy[str]:
    markup = {"txt": st.sampled_from(BREAKS), "md": st.sampled_from(MARKDOWN), "html": st.sampled_from(HTML)}[fmt]
    body = st.lists(st.one_of(piece, markup), max_size=60).map("".join)
    if fmt == "md":
        return st.tuples(st.one_of(st.just(""), front_matter()), body).map("".join)
    return body


# -- oracles ----------------------------------------------------------------------------------------------------

def _line_starts(text: str) -> list[int]:
    """Independent of copylint.positions: CRLF, LF and CR end a line, nothing else."""
    return [0] + [m.end() for m in re.finditer(r"\r\n|\n|\r", text)]


def check_document(doc: Document) -> None:
    src = doc.source
    for seg in doc.segments:
        assert seg.text, seg
        prose_pos, src_pos = 0, -1
        for run in seg.runs:
            assert run.prose_start == prose_pos, (seg.kind, seg.runs)
            prose_pos = run.prose_end
            assert 0 <= run.src_start <= run.src_end <= len(src), run
            assert run.src_start >= src_pos, ("runs out of source order", seg.kind, seg.text, seg.runs)
            src_pos = run.src_end
            piece_ = seg.text[run.prose_start:run.prose_end]
            if run.linear:
                assert src[run.src_start:run.src_end] == piece_, (seg.kind, piece_, src[run.src_start:run.src_end])
            else:  # an entity, an escape, a placeholder, a <br>: source and prose differ in length
                assert run.src_end > run.src_start or piece_ != PLACEHOLDER, ("placeholder over nothing", seg.kind)
        assert prose_pos == len(seg.text)
        for w in words(seg.text):
            a, b = seg.to_source(w.start, w.end)
            under = [r for r in seg.runs if r.prose_end > w.start and r.prose_start < w.end]
            contiguous = all(x.src_end == y.src_start for x, y in zip(under, under[1:], strict=False))
            if contiguous and all(r.linear for r in under):  # (a comment inside a word leaves a gap)
                assert src[a:b] == w.text, (seg.kind, w.text, src[a:b])
            assert PLACEHOLDER not in w.text


def check_issues(doc: Document, issues) -> None:
    src = doc.source
    starts = _line_starts(src)
    for i in issues:
        assert 0 <= i.offset <= i.end_offset <= len(src), i
        assert src[i.offset:i.end_offset] == i.text, i
        assert starts[i.line - 1] + i.column - 1 == i.offset, i
        assert starts[i.end_line - 1] + i.end_column - 1 == i.end_offset, i


def _lint(doc: Document):
    linter = get_linter(Settings())
    issues = linter.lint(doc)
    failures = linter.take_failures()
    assert not failures, failures
    return linter, issues


# -- targets ----------------------------------------------------------------------------------------------------

COUNTS: dict[str, int] = {}


def _count(name: str) -> None:
    COUNTS[name] = COUNTS.get(name, 0) + 1


def reader_target(text: str, fmt: str) -> None:
    """One document through a reader and every default check."""
    _count(fmt)
    try:
        doc = parse_document(f"doc.{fmt}", fmt, text.encode("utf-8", "surrogatepass"))
    except InputError as exc:  # NUL, lone surrogates: the documented refusal, naming the file
        assert str(exc).startswith(f"doc.{fmt}: ")
        return
    assert doc.source == text.removeprefix("\ufeff")
    check_document(doc)
    _, issues = _lint(doc)
    check_issues(doc, issues)


def fix_target(text: str, fmt: str) -> None:
    """--fix: edits only at reported safe spans, nothing else changes, a second fix does nothing."""
    from copylint.fixes import apply_edits, fix_document, plan_edits

    _count("fix")
    try:
        doc = parse_document(f"doc.{fmt}", fmt, text.encode("utf-8"))
    except InputError:
        return
    linter, issues = _lint(doc)
    edits = plan_edits(doc, issues)
    safe = {(i.offset, i.end_offset) for i in issues if i.fix_safe}
    for edit in edits:
        assert (edit.start, edit.end) in safe, edit
        assert edit.start >= 0 and edit.end <= len(doc.source)
    after = apply_edits(doc.source, edits)
    pos, rebuilt = 0, []
    for edit in sorted(edits, key=lambda e: e.start):
        rebuilt += [doc.source[pos:edit.start], edit.text]
        pos = edit.end
    rebuilt.append(doc.source[pos:])
    assert "".join(rebuilt) == after
    once = fix_document(linter, doc)
    fixed = parse_document(f"doc.{fmt}", fmt, once.after.encode("utf-8"))
    check_document(fixed)
    again = fix_document(linter, fixed)
    assert not again.changed, (once.after, again.after)


record_field = st.one_of(st.none(), st.lists(st.one_of(piece, st.sampled_from(HTML + MARKDOWN)), max_size=30).map("".join))
junk_line = st.one_of(st.text(max_size=40), st.sampled_from(["{", "[]", "null", '{"id": 1}', '{"id": [1], "body": 3}',
                                                              '{"id": 1, "body": "x", "format": "pdf"}',
                                                              "[" * 50 + "]" * 50]))


@st.composite
def archive_stream(draw) -> bytes:
    lines = []
    for n in range(draw(st.integers(1, 4))):
        if draw(st.integers(0, 4)) == 0:
            lines.append(draw(junk_line).replace("\n", " "))
            continue
        record = {"id": draw(st.one_of(st.integers(), st.text(max_size=8))) if n else "a\n::error::x\x1b[2J"}
        for key in ("headline", "body"):
            value = draw(record_field)
            if value is not None:
                record[key] = value
        fmt = draw(st.sampled_from([None, *FORMATS]))
        if fmt:
            record["format"] = fmt
        lines.append(json.dumps(record, ensure_ascii=draw(st.booleans())))
    return ("\n".join(lines) + "\n").encode("utf-8", "surrogatepass")


def archive_target(data: bytes) -> None:
    """JSON lines through the archive reader: every valid record's document keeps exact spans."""
    from copylint.archive import lint_record, records

    _count("jsonl")
    settings = Settings()
    for _, record in records(io.BytesIO(data), "archive.jsonl"):
        if isinstance(record, str):
            continue
        fmt = record.get("format", "txt")
        try:
            body = parse(record.get("body", ""), str(record["id"]), "body" if fmt == "txt" else fmt)
        except InputError:
            continue
        doc = with_headline(record.get("headline", ""), body)
        check_document(doc)
        result = lint_record(settings, record)
        assert "error" in result or "issues" in result
        if "issues" in result:
            _, issues = _lint(doc)
            check_issues(doc, issues)
            assert [i.to_dict() for i in issues] == result["issues"]
