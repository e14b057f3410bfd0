"""spelling.words._as_pattern: a phrase word's pattern in one translate, as re.escape and the
accent classes write it a character at a time."""

from __future__ import annotations

import re

import pytest

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


def _fresh_tables(monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("COPYLINT_LEXICON_DIR", str(tmp_path))
    words._phrase_tables.cache_clear()
    try:
        return words._phrase_tables()
    finally:
        words._phrase_tables.cache_clear()


def test_the_stored_phrase_tables_are_the_built_ones(monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    built = words._build_phrase_tables()
    assert _fresh_tables(monkeypatch, tmp_path) == built  # built and stored
    assert list(tmp_path.glob("phrases-*.marshal"))
    assert _fresh_tables(monkeypatch, tmp_path) == built  # read back
    table, index = built
    assert len(table) == len(words._phrase_lines()) and index


def _tampered(how: str):  # type: ignore[no-untyped-def]
    table, index = words._build_phrase_tables()
    key = next(iter(index))
    if how == "code object":
        return table, {**index, key: ((0, compile("1", "x", "eval")),)}
    if how == "row out of range":
        return table, {**index, key: ((len(table), frozenset({"a"})),)}
    if how == "bool for a row":
        return table, {**index, key: ((True, frozenset({"a"})),)}
    if how == "list for a tuple":
        return list(table), index
    if how == "set of bytes":
        return ((table[0][0], frozenset({b"a"})), *table[1:]), index
    if how == "bytes pattern":
        return ((table[0][0].encode(), table[0][1]), *table[1:]), index
    if how == "three fields":
        return ((*table[0], "x"), *table[1:]), index
    if how == "not a pair":
        return (table, index, None)
    raise AssertionError(how)


@pytest.mark.parametrize("how", ["code object", "row out of range", "bool for a row", "list for a tuple",
                                 "set of bytes", "bytes pattern", "three fields", "not a pair"])
def test_stored_phrase_tables_of_another_shape_are_refused(how: str) -> None:
    assert words._phrase_tables_shape(words._build_phrase_tables())
    assert not words._phrase_tables_shape(_tampered(how))


def test_a_planted_phrase_file_is_rebuilt(monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import marshal

    from copylint.datacache import seal

    built = _fresh_tables(monkeypatch, tmp_path)
    (stored,) = tmp_path.glob("phrases-*.marshal")
    stored.write_bytes(seal(marshal.dumps(_tampered("code object"))))  # re-sealed: the seal is no secret
    assert _fresh_tables(monkeypatch, tmp_path) == built
