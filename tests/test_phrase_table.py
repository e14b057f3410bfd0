"""spelling.words._as_pattern: a phrase word's pattern in one translate, as re.escape and the
accent classes write it a character at a time."""

from __future__ import annotations

import re

from copylint.spelling import words


def _one_at_a_time(word: str) -> str:
    return "".join(f"[{re.escape(words._ACCENTED[ch])}]" if ch in words._ACCENTED else re.escape(ch) for ch in word)


def test_every_phrase_word_and_character_is_written_as_before() -> None:
    table = words._as_pattern()
    for phrase in words._phrase_lines():
        for word in phrase.split():
            assert word.translate(table) == _one_at_a_time(word)
    every = "".join(chr(i) for i in range(0x3000)) + "\U0001f600"
    assert every.translate(table) == _one_at_a_time(every)


def test_the_phrase_pattern_still_finds_accents_and_hyphens() -> None:
    assert words._phrases().search("a real cause célèbre here") is not None  # ("cause celebre" in phrases.txt)
