"""SegmentBuilder.build's tests of white space and placeholders (made without copying text
that holds no placeholder) give the segments the plain tests give: the same text and runs,
or None, for generated pieces."""

from __future__ import annotations

import random

from copylint.document import PLACEHOLDER, Segment, SegmentBuilder, _slice_segment

PIECES = ["word", " ", "  ", "\n", "\t", "\u00a0", "\u2028", "\x1c", "\u3000", "caf\u00e9", "\u2019", "x", ""]


def plain_build(builder: SegmentBuilder) -> Segment | None:
    """build() as first written: every test on copies of the text."""
    text = builder.text()
    if not text.strip() or not text.replace(PLACEHOLDER, "").strip():
        return None
    lead = len(text) - len(text.lstrip())
    trail = len(text.rstrip())
    if lead or trail < len(text):
        return _slice_segment(Segment(builder.kind, text, tuple(builder._runs), builder.name), lead, trail)
    return Segment(builder.kind, text, tuple(builder._runs), builder.name)


def test_build_equals_the_plain_build_on_generated_pieces():
    rng = random.Random(27)
    kinds = {"none": 0, "sliced": 0, "whole": 0}
    for _ in range(5000):
        builder = SegmentBuilder("paragraph")
        at = 0
        for _ in range(rng.randint(0, 6)):
            if rng.random() < 0.15:
                builder.add_placeholder(at, at + rng.randint(0, 5))
                at += 6
            else:
                piece = rng.choice(PIECES)
                builder.add(piece, at, at + len(piece) + rng.choice([0, 0, 3]))
                at += len(piece) + 3
        got, want = builder.build(), plain_build(builder)
        assert got == want, repr(builder.text())
        kinds["none" if want is None else "sliced" if want.text != builder.text() else "whole"] += 1
    assert min(kinds.values()) > 200, kinds  # each outcome exercised
