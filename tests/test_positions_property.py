"""Property: whatever the format, line endings, BOM, tabs or scripts, every span a check
reports maps back to exactly the characters it names in the original file."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from copylint.api import get_linter, read_document
from copylint.config import Settings
from copylint.tokens import words

WORDS = ["the", "cat", "café", "naïve", "Tehran-aligned", "it’s", "東京", "שלום", "مرحبا", "embassy", "troops",
         "Zoë", "e\u0301lan", "a", "an", "of", "said"]
EMOJI = ["😀", "🇬🇧", "👍🏽", "❤️"]


def independent_slice(text: str, line: int, col: int, end_line: int, end_col: int) -> str:
    """Cut a span out of the text by (line, column) without using copylint's positions module."""
    starts = [0] + [m.end() for m in re.finditer(r"\r\n|\n|\r", text)]
    return text[starts[line - 1] + col - 1: starts[end_line - 1] + end_col - 1]


@st.composite
def sentence(draw):
    n = draw(st.integers(1, 8))
    parts = []
    for _ in range(n):
        kind = draw(st.integers(0, 9))
        if kind == 0:
            parts.append(draw(st.sampled_from(EMOJI)))
        elif kind == 1:
            w = draw(st.sampled_from(WORDS))
            parts.append(f"{w} {w}")  # a doubled word for the checks to find
        else:
            parts.append(draw(st.sampled_from(WORDS)))
    sep = draw(st.sampled_from([" ", "\t", "  "]))
    return sep.join(parts) + draw(st.sampled_from([".", "!", "", "?"]))


@st.composite
def article(draw):
    fmt = draw(st.sampled_from(["txt", "md", "html"]))
    nl = draw(st.sampled_from(["\n", "\r\n"]))
    headline = draw(sentence())
    paras = draw(st.lists(sentence(), min_size=1, max_size=5))
    if draw(st.booleans()):
        paras.insert(draw(st.integers(0, len(paras))), headline)  # a duplicated headline
    if fmt == "txt":
        text = headline + nl + nl + (nl + nl).join(paras) + nl
    elif fmt == "md":
        deco = []
        for p in paras:
            style = draw(st.integers(0, 4))
            if style == 1:
                p = f"> {p}"
            elif style == 2:
                p = f"- {p}"
            elif style == 3:
                p = f"{p} `code the the` *emphasis* [link](http://example.com/x)"
            elif style == 4:
                p = "## " + p
            deco.append(p)
        front = f"---{nl}title: {headline}{nl}---{nl}" if draw(st.booleans()) else ""
        text = front + f"# {headline}{nl}{nl}" + (nl + nl).join(deco) + nl
    else:
        body = nl.join(
            f"<p>{p}</p>" if i % 2 else f"<p>{p} &amp; <b>bold</b> <code>x the the</code></p>"
            for i, p in enumerate(paras)
        )
        text = f"<html>{nl}<head><title>{headline}</title></head>{nl}<body>{nl}<h1>{headline}</h1>{nl}{body}{nl}</body></html>{nl}"
    bom = draw(st.booleans())
    return fmt, text, bom


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article())
def test_every_span_maps_back_exactly(case):
    fmt, text, bom = case
    data = ("\ufeff" + text if bom else text).encode("utf-8")
    doc = read_document(f"article.{fmt}", data=data)
    assert doc.source == text
    # every word any check can see maps to the same characters in the source
    for seg in doc.segments:
        for w in words(seg.text):
            a, b = seg.to_source(w.start, w.end)
            assert text[a:b] == w.text, (fmt, seg.kind, w.text, text[a:b])
    # every issue's line/column span is the text its rule flagged
    linter = get_linter(Settings())
    for issue in linter.lint(doc):
        cut = independent_slice(text, issue.line, issue.column, issue.end_line, issue.end_column)
        assert cut == issue.text
        if issue.rule == "style.repeated-word":
            assert re.fullmatch(r"(\S+)\s+(\S+)", cut) and cut.split()[0].lower() == cut.split()[1].lower(), cut
        if issue.rule == "structure.duplicate-headline":
            assert cut.strip() == cut and cut
