"""The HTML report shows a Markdown or HTML article as its readable text, not its markup,
with every mark on the words the issue names."""

from __future__ import annotations

import re

from copylint.config import Settings
from copylint.engine import get_linter
from copylint.readers import parse
from copylint.reporters import ReportContext, render
from copylint.reporters.html_text import readable

HTML = """<!DOCTYPE html>
<html><head><title>Storm hits coast</title><script>var note = "the the";</script>
<style>p { color: red }</style></head>
<body><h1>Storm hits coast</h1>
<p>Residents said <b>the the</b> storm came and the seige went on.</p>
<p>The perimiter &amp; the wall held.</p>
</body></html>
"""
MARKDOWN = "---\ntitle: Storm\n---\n# Storm hits coast\n\nResidents said **the the** storm and the [seige](https://example.com) went on.\n"


def report(path: str, source: str) -> tuple[str, list]:
    issues = get_linter(Settings()).lint(parse(source, path))
    page = render("html", issues, ReportContext(rules=get_linter(Settings()).rules, sources={path: source}))
    [shown] = re.findall(r'<pre class="src">(.*?)</pre>', page, re.S)
    return shown, issues


def marked(shown: str) -> list[str]:
    return [re.sub(r"<[^>]+>", "", m) for m in re.findall(r'<mark class="hl[^"]*"[^>]*>(.*?)</mark>', shown, re.S)]


def test_html_article_is_shown_as_text_with_the_marks_in_place():
    shown, issues = report("story.html", HTML)
    assert "DOCTYPE" not in shown and "script" not in shown and "&lt;p&gt;" not in shown and "color: red" not in shown
    assert "Residents said" in shown and "&amp; the wall held" in shown
    assert {"style.repeated-word", "spelling.misspelling"} <= {i.rule for i in issues}
    assert {"the the", "seige", "perimiter"} <= set(marked(shown))


def test_markdown_article_is_shown_as_text_with_the_marks_in_place():
    shown, _ = report("story.md", MARKDOWN)
    assert "**" not in shown and "](https" not in shown and "---" not in shown
    assert {"the the", "seige"} <= set(marked(shown))


def test_plain_text_is_shown_as_it_is():
    assert readable("Storm\n\nText.\n", "a.txt") is None


def test_source_spans_map_onto_the_readable_text():
    prose = readable(HTML, "story.html")
    assert prose is not None
    start = HTML.index("seige")
    a, b = prose.span(start, start + len("seige"))
    assert prose.text[a:b] == "seige"
    tag = HTML.index("<b>")  # a span over markup lands on the prose beside it
    a, b = prose.span(tag, tag + len("<b>the the</b>"))
    assert prose.text[a:b] == "the the"
