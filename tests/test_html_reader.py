"""The HTML reader never raises, is linear in its input, and maps character references
exactly as a browser decodes them with spans that still point at the source."""

from __future__ import annotations

import json

import pytest

from copylint.api import get_linter, parse_document
from copylint.config import Settings
from copylint.document import Document
from copylint.readers import parse


def prose(src: str, fmt: str = "html") -> list[str]:
    return [seg.text for seg in parse(src, f"a.{fmt}").segments]


def assert_spans_exact(src: str, fmt: str) -> None:
    """Every linear run names its source exactly; every atomic run lies inside the source."""
    doc = parse(src, f"a.{fmt}")
    for seg in doc.segments:
        for run in seg.runs:
            assert 0 <= run.src_start <= run.src_end <= len(src)
            if run.linear:
                assert src[run.src_start:run.src_end] == seg.text[run.prose_start:run.prose_end]


# -- never raises ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("src", [
    "<p>Before <![ foo", "<![ foo", "<p>a <![CDATA[ x ]]> b</p>", "<![if !IE]><p>x</p><![endif]>",
    "<p>x <!-- open", "<p>x </", "<p>x <a href='", "<p>x &#", "<p>x &#x", "&#99999999999999999999999;",
    "<title>t &amp", "<script>never closed", "</>", "<p/>x", "<!DOCTYPE", "<?xml", "<a\x0c\x0cb>",
])
def test_odd_markup_is_read_not_raised(src):
    assert_spans_exact(src, "html")


def test_marked_section_does_not_end_the_run(run_cli, tmp_path):
    (tmp_path / "bad.html").write_text("<p>A marked section <![ foo follows.</p>", encoding="utf-8")
    (tmp_path / "good.txt").write_text("Headline\n\nThe the cat sat.\n", encoding="utf-8")
    result = run_cli("check", "--format", "json", str(tmp_path))
    assert result.returncode == 1, result.stderr
    paths = {i["path"].rsplit("/", 1)[-1] for i in json.loads(result.stdout)["issues"]}
    assert "good.txt" in paths
    assert b"Traceback" not in result.stderr


def test_marked_section_in_an_archive_record(run_cli, tmp_path):
    lines = [{"id": "bad", "headline": "Head", "body": "<p>A <![ foo</p>", "format": "html"},
             {"id": "good", "headline": "Head", "body": "<p>The the cat.</p>", "format": "html"}]
    (tmp_path / "a.jsonl").write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    result = run_cli("check", "--input-format", "jsonl", str(tmp_path / "a.jsonl"))
    out = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [o["id"] for o in out] == ["bad", "good"]
    assert "error" not in out[0] and any(i["rule"] == "style.repeated-word" for i in out[1]["issues"])


# -- linear ---------------------------------------------------------------------------------------------------

ADVERSARIAL = {
    "unmatched end tags": lambda n: "<div>" * n + "</p>" * n,
    "unmatched end tags in prose": lambda n: "<p>x " * n + "</b>" * n,
    "unclosed tags": lambda n: "<a" * n,
    "unclosed comments": lambda n: "<!--" * n,
    "processing instructions": lambda n: "<?" * n,
    "CDATA": lambda n: "<![CDATA[" * n,
    "marked sections": lambda n: "<![ foo" * n,
    "ampersands": lambda n: "&" * n,
    "reference-like names": lambda n: "&notin" * n,
    "unclosed directives": lambda n: "<!-- copylint-disable x " * n,
    "raw text openers": lambda n: "<script>" * n,
    "RCDATA with references": lambda n: "<title>&" * n,
    "open attribute quotes": lambda n: '<a b="' * n,
    "nested blocks closed late": lambda n: "<div><p>x" * n + "</div>" * n,
}


def work(src: str) -> tuple[int, int]:
    """The reader's operation counts: characters its tokenizer passed over, stack entries touched."""
    from copylint.readers.html import _Reader
    from copylint.readers.html_tokens import Tokenizer

    tokens = Tokenizer(src)
    reader = _Reader(src, Document(path="a.html", source=src, format="html", segments=[]))
    reader.feed(tokens)
    return tokens.scanned, reader.steps


@pytest.mark.parametrize("family", sorted(ADVERSARIAL))
def test_reader_work_is_linear(family):
    make = ADVERSARIAL[family]
    small, large = make(500), make(4000)
    (s_scan, s_steps), (l_scan, l_steps) = work(small), work(large)
    for src, scanned, steps in ((small, s_scan, s_steps), (large, l_scan, l_steps)):
        assert scanned <= 3 * len(src) + 8
        assert steps <= 2 * src.count("<") + 2  # each element is pushed once and popped at most once
    assert l_scan <= 8 * s_scan + 64 and l_steps <= 8 * s_steps + 8  # 8x the input, at most 8x the work
    read = parse(large, "a.html")  # and the whole reader (suppressions included) finishes
    assert read.source == large


# -- character references -------------------------------------------------------------------------------------

@pytest.mark.parametrize("src, text", [
    ("<p>They&#x27re here.</p>", "They're here."),
    ("<p>They&#39re here.</p>", "They're here."),
    ("<p>A &amp B &ampx &notit; &notin; C</p>", "A & B &x \u00acit; \u2209 C"),
    ("<p>Smart &#146;quote&#148; &#128;5 &#0; &#x110000; &#xD800; &#129;</p>",
     "Smart \u2019quote\u201d \u20ac5 \ufffd \ufffd \ufffd \x81"),
    ("<p>Not refs: &#; &#x; & ; AT&T &zzz;</p>", "Not refs: &#; &#x; & ; AT&T &zzz;"),
    ("<title>Q&amp;A &lt;b&gt;</title>", "Q&A <b>"),
    ("<script>a &amp; b</script><p>x &amp; y</p>", "x & y"),
])
def test_references_decode_as_a_browser_does(src, text):
    assert " ".join(prose(src)) == text
    assert_spans_exact(src, "html")


def test_reference_without_semicolon_does_not_duplicate_text():
    src = "<p>They&#x27re the the best.</p>"
    doc = parse_document("a.html", "html", src.encode())
    assert [s.text for s in doc.segments] == ["They're the the best."]
    issues = [i for i in get_linter(Settings()).lint(doc) if i.rule == "style.repeated-word"]
    assert [(i.text, i.offset) for i in issues] == [("the the", src.index("the the"))]


@pytest.mark.parametrize("ref", ["&#146;", "&#128;", "&#0;", "&#x0;", "&#55296;", "&#1114112;"])
def test_markdown_references_mapped_to_fffd_keep_later_spans(ref):
    src = f"Before {ref} then the the cat sat.\n"
    doc = parse_document("a.md", "md", src.encode())
    assert_spans_exact(src, "md")
    issues = [i for i in get_linter(Settings()).lint(doc) if i.rule == "style.repeated-word"]
    assert [(i.text, i.offset) for i in issues] == [("the the", src.index("the the"))]


def test_markdown_entities_and_escapes_map_atomically():
    src = "A &amp; B \\* C &NotEqualTilde; D &#x1F600; E AT&T\n"
    doc = parse(src, "a.md")
    (seg,) = doc.segments
    assert seg.text == "A & B * C \u2242\u0338 D \U0001F600 E AT&T"
    atomic = [src[r.src_start:r.src_end] for r in seg.runs if not r.linear]
    assert atomic == ["&amp;", "\\*", "&NotEqualTilde;", "&#x1F600;"]
    assert_spans_exact(src, "md")
