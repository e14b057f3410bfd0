from copylint.positions import LineIndex, utf16_length, utf16_to_codepoint_offsets


def test_line_col_with_every_line_ending():
    text = "ab\r\ncd\ref\ngh"
    idx = LineIndex(text)
    assert idx.line_count == 4
    assert idx.line_col(0) == (1, 1)
    assert idx.line_col(4) == (2, 1)
    assert idx.line_col(7) == (3, 1)
    assert idx.line_col(10) == (4, 1)
    assert [idx.line_text(n) for n in range(1, 5)] == ["ab", "cd", "ef", "gh"]
    assert idx.offset_of(3, 2) == 8


def test_columns_count_code_points_not_bytes_or_utf16():
    text = "😀 café\tx"
    idx = LineIndex(text)
    assert idx.line_col(text.index("x")) == (1, 8)
    assert idx.utf16_position(text.index("x")) == (0, 8)


def test_utf16_round_trip():
    text = "a😀b\n😀😀c"
    idx = LineIndex(text)
    for offset in range(len(text) + 1):
        line, ch = idx.utf16_position(offset)
        assert idx.offset_from_utf16(line, ch) == offset
    assert utf16_length("😀a") == 3


def test_utf16_span_conversion_with_emoji_before_and_inside():
    text = "😀 the 😀x end"
    # UTF-16: 😀=2 units, so "the" starts at unit 3
    assert utf16_to_codepoint_offsets(text, 3, 3) == (2, 5)
    start, end = utf16_to_codepoint_offsets(text, 7, 3)  # "😀x" = 3 units
    assert text[start:end] == "😀x"
