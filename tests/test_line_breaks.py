"""One definition of a line break (copylint.positions) for every reader and the line index:
YAML counts U+0085, U+2028 and U+2029 as line breaks, copylint does not, and front matter
holding them must not move any span (nor let --fix edit the wrong characters)."""

from __future__ import annotations

import pytest

from copylint.api import get_linter, parse_document
from copylint.config import Settings
from copylint.readers import parse

ODD_BREAKS = ["\u0085", "\u2028", "\u2029", "\x0b", "\x0c"]


def test_the_definition():
    from copylint.positions import LINE_BREAK, LineIndex, break_length, line_starts

    assert [m.group() for m in LINE_BREAK.finditer("a\r\nb\nc\rd\u2028e\u0085f\u2029g\x0bh\x0ci")] == ["\r\n", "\n", "\r"]
    assert line_starts("a\r\nb\u2028c\rd") == [0, 3, 7]
    assert [break_length("a\r\nb\rc\u2028", i) for i in range(7)] == [0, 2, 1, 0, 1, 0, 0]
    index = LineIndex("one\u2028still one\ntwo")
    assert index.line_count == 2 and index.line_text(1) == "one\u2028still one"


@pytest.mark.parametrize("brk", ODD_BREAKS[:3])
@pytest.mark.parametrize("quote", ['"', "'"])
def test_front_matter_with_yaml_line_breaks_keeps_spans(brk, quote):
    src = (f"---\ntitle: Big news\nsubtitle: {quote}A{brk}B{quote}\n"
           "description: We saw the the cat sat on the mat today.\n---\n\nBody text here is fine.\n")
    doc = parse(src, "a.md")
    for seg in doc.segments:
        for run in seg.runs:
            if run.linear:
                assert src[run.src_start:run.src_end] == seg.text[run.prose_start:run.prose_end]
    issues = get_linter(Settings()).lint(parse_document("a.md", "md", src.encode()))
    repeated = [i for i in issues if i.rule == "style.repeated-word"]
    assert [(i.line, i.text) for i in repeated] == [(4, "the the")]


@pytest.mark.parametrize("brk", ODD_BREAKS[:3])
def test_fix_edits_the_reported_words_not_others(run_cli, tmp_path, brk):
    src = (f'---\ntitle: Big news\nsubtitle: "A{brk}B"\n'
           "description: We saw the the cat sat on the mat today.\n---\n\nBody text here is fine.\n")
    path = tmp_path / "story.md"
    path.write_text(src, encoding="utf-8", newline="")
    run_cli("check", "--fix", "--select", "style.repeated-word", str(path))
    assert path.read_bytes().decode("utf-8") == src.replace("the the cat", "the cat")


def test_front_matter_crlf_and_folded_values():
    src = "---\r\ntitle: >\r\n  Folded\r\n  title\r\ndescription: 'It''s the the end'\r\n---\r\n\r\nBody.\r\n"
    doc = parse(src, "a.md")
    got = {seg.name: (seg.text, src[seg.src_start:seg.src_end]) for seg in doc.segments if seg.name}
    assert got["title"][0] == "Folded title"
    assert got["description"] == ("It's the the end", "'It''s the the end'")


def test_rule_file_lines_are_editor_lines():
    from copylint.style.yamlsource import compose_text, line_of

    node = compose_text('summary: "A\u2028B\u0085C"\nmessage: x\nseverity: warning\n', "rule.yaml")
    assert [(k.value, line_of(k)) for k, _ in node.value] == [("summary", 1), ("message", 2), ("severity", 3)]


def test_line_starts_of_text_without_carriage_returns_equal_the_pattern_s():
    """line_starts finds "\\n" breaks by str.find when the text holds no "\\r": the same
    starts as the one definition of a line break (LINE_BREAK) gives, on generated text."""
    import random

    from copylint.positions import LINE_BREAK, line_starts

    rng = random.Random(27)
    pieces = ["a", "word ", "\n", "\n\n", "\u2028", "\x85", "\x0b", "\x0c", " ", "\u00e9", "\U0001f600", ""]
    texts = ["", "\n", "\n\n", "a", "a\n", "\na", "a\nb\n"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 40))) for _ in range(3000)]
    for text in texts:
        assert "\r" not in text
        assert line_starts(text) == [0] + [m.end() for m in LINE_BREAK.finditer(text)], repr(text)
