"""style.single-quotes: single-quoted phrases in an article that quotes with double marks."""

from __future__ import annotations

from copylint.api import lint_text
from copylint.config import Settings


def _hits(text: str, fmt: str = "body") -> list[tuple[str, tuple[str, ...]]]:
    return [(i.text, i.suggestions) for i in lint_text(text, "s.txt", Settings(), format=fmt)
            if i.rule == "style.single-quotes"]


def test_a_scare_quote_in_single_marks_gets_double_marks_in_the_articles_style():
    text = 'Critics called it "a disgrace".\nIt was new. The concept of \'academic history\' changed.'
    assert _hits(text) == [("'academic history'", ('"academic history"',))]
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
