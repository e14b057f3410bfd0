"""style.single-quotes: single-quoted phrases in an article that quotes with double marks."""

from __future__ import annotations

from copylint.api import lint_text
from copylint.config import Settings


def _hits(text: str, fmt: str = "body") -> list[tuple[str, tuple[str, ...]]]:
    return [(i.text, i.suggestions) for i in lint_text(text, "s.txt", Settings(), format=fmt)
            if i.rule == "style.single-quotes"]


def test_a_scare_quote_in_single_marks_gets_double_marks_in_the_articles_style():
    text = 'Fans called it "a farce".\nIt was new. The idea of \'home advantage\' faded.'
    assert _hits(text) == [("'home advantage'", ('"home advantage"',))]
    curly = "\u201cIt works,\u201d he said. He praised the \u2018smart\u2019 meter."
    assert _hits(curly) == [("\u2018smart\u2019", ("\u201csmart\u201d",))]


def test_an_article_that_quotes_with_single_marks_is_left_alone():
    text = "'We will stay,' she said. The so-called 'peace plan' failed, and 'reset' too.\nHe said \"no\"."
    assert _hits(text) == []


def test_nested_quotations_and_apostrophes_are_not_flagged():
    assert _hits('"He told me \'never again\' and left," she said.') == []
    assert _hits('"He told me \'never again\'.\nThen he left," she said. He said "bye".') == []
    assert _hits('He said "no". The band played rock \'n\' roll in the \'90s.') == []
    assert _hits('He said "no". The players\' union and the owners\' group met.') == []


def test_long_single_quoted_quotations_count_but_are_not_flagged():
    text = 'He said "no". She said \'we will not be moved by this at all\' and left.'
    assert _hits(text) == []


def test_display_copy_of_one_line_or_one_sentence_is_left_alone():
    # a subhead and a standfirst: British houses set both with single marks
    text = ('He said "no" and left. She said "yes".\nIran condemns US \u2018wickedness\u2019\n'
            "The US sent troops as Iran condemned American 'wickedness'.")
    assert _hits(text) == []


def test_headlines_are_left_alone():
    text = "Minister hails 'new dawn' for rail\n\nThe minister said \"it is a new dawn\"."
    assert _hits(text, "txt") == []


def test_the_mark_first_pattern_matches_where_the_look_behind_one_did():
    """_SINGLE matches the opening mark first and checks the character before it behind it
    (so re skips ahead to marks); it finds what the look-behind-first pattern found."""
    import random
    import re
    from pathlib import Path

    from copylint.checks.single_quotes import _SINGLE

    before = re.compile(
        r"(?:(?<=^)|(?<=[\s(\[\u2014\u2013]))(['\u2018])([A-Za-z0-9][^'\u2018\u2019\"\u201c\u201d\n]{1,300}?"
        r"[A-Za-z0-9.,!?])(['\u2019])(?=[\s,.;:!?)\]\u2014\u2013]|$)", re.M)
    corpus = Path(__file__).parent / "corpus" / "wikinews"
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.rglob("*.txt"))[:60]]
    rng = random.Random(5)
    pieces = ["'", "\u2018", "\u2019", '"', "\u201c", " ", "\n", "(", "[", "\u2014", "\u2013", "a", "Z", "9", ".", ",",
              "word", "it's", "x-", "?", " 'no' ", "\u2018two words\u2019 ", "('yes.')", "\u2014'so'"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 40))) for _ in range(3000)]
    found = 0
    for text in texts:
        old = [(m.span(), m.groups()) for m in before.finditer(text)]
        assert [(m.span(), m.groups()) for m in _SINGLE.finditer(text)] == old, text
        found += len(old)
    assert found > 1000


def test_the_one_mark_patterns_find_what_the_two_mark_pattern_finds():
    """In a text with straight opening marks only (or curly ones only), the pattern that
    starts with that one mark finds exactly what _SINGLE finds."""
    import random

    from copylint.checks.single_quotes import _SINGLE, _SINGLE_CURLY, _SINGLE_STRAIGHT

    rng = random.Random(6)
    pieces = ["'", "\u2019", '"', " ", "\n", "(", "[", "\u2014", "\u2013", "a", "Z", "9", ".", ",", "word", "it's",
              "x-", "?", " 'no' ", "('yes.')", "\u2014'so'", "\u2018", " \u2018two words\u2019 ", "\t\u2018a\u2019"]
    found = {_SINGLE_STRAIGHT: 0, _SINGLE_CURLY: 0}
    for _ in range(6000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 40)))
        for pattern, other in ((_SINGLE_STRAIGHT, "\u2018"), (_SINGLE_CURLY, "'")):
            one = text.replace(other, " ")
            expected = [(m.span(), m.groups()) for m in _SINGLE.finditer(one)]
            assert [(m.span(), m.groups()) for m in pattern.finditer(one)] == expected, one
            found[pattern] += len(expected)
    assert min(found.values()) > 500
