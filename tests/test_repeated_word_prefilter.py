"""style.repeated-word's prefilter (checks.repeated_word._may_repeat) never hides a match of
the doubled-word pattern: wherever the pattern matches, the prefilter lets it run."""

from __future__ import annotations

import random
from pathlib import Path

from copylint.checks.repeated_word import _PAIR, _may_repeat

CORPUS = Path(__file__).parent / "corpus" / "wikinews"
PIECES = ["the", "The", "THE", "that", "is", "it's", "it", "o'neil", "O'Neil", "x_y", "a1", "1a", "20", "-", "'",
          "\u2019", " ", "  ", "\n", "\t", "\x1c", ".", ",", "(", ")", "\"", "caf\u00e9", "CAF\u00c9", "\u0130", "i",
          "\u212a", "k", "well-known", "known"]


def _text(rng: random.Random) -> str:
    out = []
    for _ in range(rng.randint(1, 16)):
        piece = rng.choice(PIECES)
        out.append(piece)
        if rng.random() < 0.3:
            out.append(rng.choice([" ", "\n", "  "]) + piece)  # a likely double
        out.append(rng.choice([" ", "", ", ", "\n"]))
    return "".join(out)


def test_the_prefilter_lets_every_match_through():
    rng = random.Random(17)
    texts = [p for path in sorted(CORPUS.rglob("*.txt"))[:60] for p in path.read_text(encoding="utf-8").split("\n")]
    texts += [_text(rng) for _ in range(20_000)]
    matched = skipped = 0
    for text in texts:
        if _PAIR.search(text) is not None:
            assert _may_repeat(text), repr(text)
            matched += 1
        elif not _may_repeat(text):
            skipped += 1
    assert matched > 1000 and skipped > 1000  # both sides exercised
