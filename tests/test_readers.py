from copylint.readers import parse
from copylint.tokens import words


def spans(doc):
    out = []
    for seg in doc.segments:
        a, b = seg.to_source(0, len(seg.text))
        out.append((seg.kind, seg.text, doc.source[a:b]))
    return out


def test_plain_text_headline_and_paragraphs():
    doc = parse("\n\nHeadline here\nStandfirst line.\n\nBody one\nwraps here.\n", "a.txt")
    kinds = [(k, t) for k, t, _ in spans(doc)]
    assert kinds == [("headline", "Headline here"), ("paragraph", "Standfirst line."), ("paragraph", "Body one\nwraps here.")]


def test_plain_text_crlf_maps_exactly():
    src = "Head line\r\n\r\nThe the\r\nthe end.\r\n"
    doc = parse(src, "a.txt")
    for seg in doc.segments:
        for w in words(seg.text):
            a, b = seg.to_source(w.start, w.end)
            assert src[a:b] == w.text


def test_markdown_prose_and_non_prose():
    src = (
        "---\ntitle: \"The title\"\ndescription: A summary\nslug: not-prose\n---\n"
        "# Heading *one*\n\nText with `code span` and a [link](http://example.com/a_b) and <b>html</b>.\n\n"
        "```\ncode block\n```\n\n    indented code\n\n> Quoted *text*\n\n- item one\n- item two\n\n<!-- comment -->\n"
    )
    doc = parse(src, "a.md")
    got = spans(doc)
    kinds = [k for k, _, _ in got]
    assert kinds == ["headline", "front_matter", "headline", "paragraph", "blockquote", "list_item", "list_item"]
    texts = [t for _, t, _ in got]
    assert texts[0] == "The title"
    assert "code" not in texts[3] and "example.com" not in texts[3] and "<b>" not in texts[3]
    assert "html" in texts[3]  # text inside inline HTML tags is rendered, so it is prose
    assert all("code block" not in t and "comment" not in t and "slug" not in t for t in texts)
    for seg in doc.segments:
        for w in words(seg.text):
            a, b = seg.to_source(w.start, w.end)
            assert doc.source[a:b] == w.text


def test_markdown_entities_and_escapes_map_to_their_source():
    src = "Tom &amp; Jerry \\*not emphasis\\*\n"
    doc = parse(src, "a.md")
    seg = doc.segments[0]
    assert seg.text == "Tom & Jerry *not emphasis*"
    i = seg.text.index("&")
    a, b = seg.to_source(i, i + 1)
    assert src[a:b] == "&amp;"
    i = seg.text.index("*")
    a, b = seg.to_source(i, i + 1)
    assert src[a:b] == "\\*"


def test_html_headlines_skips_and_entities():
    src = (
        "<html><head><title>Big &amp; news</title><style>p{}</style></head><body>"
        "<h1>Big news</h1><p>Some <b>bold</b> text <code>x()</code> end.</p>"
        "<script>var a = 'the the';</script><pre>pre text</pre><figure><figcaption>A caption</figcaption></figure>"
        "</body></html>"
    )
    doc = parse(src, "a.html")
    got = spans(doc)
    assert [k for k, _, _ in got] == ["headline", "headline", "paragraph", "caption"]
    assert got[0][1] == "Big & news" and got[0][2] == "Big &amp; news"
    assert "x()" not in got[2][1] and "bold" in got[2][1]
    assert all("var a" not in t and "pre text" not in t for _, t, _ in got)


def test_malformed_html_still_reads():
    doc = parse("<p>Unclosed <b>bold<p>Next <div>x</span></p>", "a.html")
    assert [s.text for s in doc.segments] == ["Unclosed bold", "Next", "x"]


def test_suppression_comments():
    src = (
        "# Title words here\n\n<!-- copylint-disable style.repeated-word -->\nthe the one\n"
        "<!-- copylint-enable style.repeated-word -->\n\n<!-- copylint-disable-next-line -->\nthe the two\n\nthe the three\n"
    )
    from copylint import Settings, lint_text

    issues = lint_text(src, "a.md", config=Settings())
    assert [i.line for i in issues] == [10]


def test_caption_precheck_answers_as_the_full_search():
    """plaintext._is_caption asks the caption pattern only where it can match; its answer is
    the pattern's on every paragraph of the corpus and on generated near-captions."""
    import random
    from pathlib import Path

    from copylint.readers.plaintext import _CAPTION, _is_caption

    corpus = Path(__file__).parent / "corpus" / "wikinews"
    texts = [p for path in sorted(corpus.rglob("*.txt"))[:60] for p in path.read_text(encoding="utf-8").split("\n")]
    rng = random.Random(9)
    pieces = ["[", "]", "(", ")", "photo", "Image", "PICTURES", "s", ":", " ", "\n", "\u00a0", "\u2028", "x",
              "AP", "Reuters", "\u0130mage", "\u017f", "."]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))) for _ in range(5000)]
    hits = 0
    for text in texts:
        expected = _CAPTION.search(text) is not None
        assert _is_caption(text) == expected, repr(text)
        hits += expected
    assert hits > 50


def test_line_index_lines_are_line_start_and_line_text():
    from copylint.positions import LineIndex

    for text in ("", "a", "a\n", "a\nb", "one\r\ntwo\rthree\n\nfour", "\n\n", "x\r", "caf\u00e9\n\u2028y\n"):
        index = LineIndex(text)
        assert index.lines() == [(index.line_start(n), index.line_text(n)) for n in range(1, index.line_count + 1)]


def test_a_verbatim_segment_is_what_the_builder_makes():
    from copylint.document import PLACEHOLDER, SegmentBuilder, verbatim_segment

    for kind in ("paragraph", "headline"):
        for text in ("Storm hits coast", " lead", "trail\t", "  ", "", PLACEHOLDER, f"a {PLACEHOLDER} b",
                     f" {PLACEHOLDER} ", "\u3000wide", "x"):
            builder = SegmentBuilder(kind)
            builder.add(text, 7)
            assert verbatim_segment(kind, text, 7) == builder.build(), (kind, text)
