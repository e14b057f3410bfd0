"""Property-based: on any input, in every format, with every default check: no exception,
every span inside the document and equal to the text it names, a stable order."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from copylint.api import get_linter, parse_document
from copylint.config import Settings
from copylint.errors import InputError

MARKUP = list("<>/&;#*_`[]()!-=:|\\\"'\u2019\u201c\u201d\t\r\n ") + ["<p>", "</p>", "<b>", "```", "---\n", "> ", "- ",
                                                                    "&amp;", "&#x1F600;", "<!-- copylint-disable -->",
                                                                    "<script>", "</script>", "<title>", "# "]
WORDS = ["the", "The", "a", "an", "in", "on", "Tuesday", "U.S.", "US", "its", "it's", "seige", "recieve", "colour",
         "color", "went", "to", "took", "they", "has", "Washington", "France", "\u00e9", "\U0001F600", "\u200b",
         "\u0301", "\u05e9\u05dc\u05d5\u05dd", "\u6771\u4eac", "01 January, 2020", "Read also:", "4 min read"]

pieces = st.one_of(st.sampled_from(MARKUP), st.sampled_from(WORDS), st.text(max_size=6))
documents = st.lists(pieces, max_size=60).map("".join)


def check_spans(text: str, fmt: str) -> None:
    try:
        doc = parse_document(f"doc.{fmt}", fmt, text.encode("utf-8", "surrogatepass"))
    except InputError as exc:  # NUL bytes or lone surrogates: the documented, named refusal
        assert str(exc).startswith(f"doc.{fmt}: ")
        return
    linter = get_linter(Settings())
    issues = linter.lint(doc)
    failures = linter.take_failures()
    assert not failures, failures
    starts = [0] + [m.end() for m in re.finditer(r"\r\n|\n|\r", doc.source)]
    for i in issues:
        assert 0 <= i.offset <= i.end_offset <= len(doc.source), i
        assert doc.source[i.offset:i.end_offset] == i.text
        assert starts[i.line - 1] + i.column - 1 == i.offset
        assert starts[i.end_line - 1] + i.end_column - 1 == i.end_offset
    assert issues == sorted(issues, key=lambda i: i.sort_key())
    assert linter.lint(doc) == issues  # deterministic


SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(documents)
def test_plain_text(text):
    check_spans(text, "txt")


@SETTINGS
@given(documents)
def test_markdown(text):
    check_spans(text, "md")


@SETTINGS
@given(documents)
def test_html(text):
    check_spans(text, "html")


FIX_WORDS = ["the the", "a a", "recieve", "seige", "in in", "Tuesday", "and", "word", "The", "\U0001F600", "\u00e9t\u00e9"]
fix_pieces = st.one_of(st.sampled_from(MARKUP), st.sampled_from(FIX_WORDS), st.sampled_from([" ", " ", "\n", "\r\n"]))
fix_documents = st.lists(fix_pieces, max_size=50).map("".join)


def check_fix(text: str, fmt: str) -> None:
    from copylint.fixes import apply_edits, fix_document, plan_edits

    try:
        doc = parse_document(f"doc.{fmt}", fmt, text.encode("utf-8"))
    except InputError:
        return
    linter = get_linter(Settings())
    issues = linter.lint(doc)
    edits = plan_edits(doc, issues)
    spans = {(i.offset, i.end_offset) for i in issues if i.fix_safe}
    for edit in edits:  # every edit replaces exactly a reported, safe span
        assert (edit.start, edit.end) in spans
    after = apply_edits(doc.source, edits)
    # nothing outside the edited spans changed
    pos, rebuilt = 0, []
    for edit in sorted(edits, key=lambda e: e.start):
        rebuilt.append(doc.source[pos:edit.start])
        rebuilt.append(edit.text)
        pos = edit.end
    rebuilt.append(doc.source[pos:])
    assert "".join(rebuilt) == after
    # fixing to the end, then fixing again, changes nothing the second time
    once = fix_document(linter, doc)
    again = fix_document(linter, parse_document(f"doc.{fmt}", fmt, once.after.encode("utf-8")))
    assert not again.changed, (once.after, again.after)


@SETTINGS
@given(fix_documents, st.sampled_from(["txt", "md", "html"]))
def test_fix_is_local_and_idempotent(text, fmt):
    check_fix(text, fmt)
