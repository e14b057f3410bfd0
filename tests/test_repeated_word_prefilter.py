"""style.repeated-word's prefilter (checks.repeated_word._may_repeat) never hides a match of
the doubled-word pattern: wherever the pattern matches, the prefilter lets it run."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

from copylint.checks.repeated_word import _PAIR, _ascii_stand_in, _may_repeat

CORPUS = Path(__file__).parent / "corpus" / "wikinews"
PIECES = ["the", "The", "THE", "that", "is", "it's", "it", "o'neil", "O'Neil", "x_y", "a1", "1a", "20", "-", "'",
          "\u2019", " ", "  ", "\n", "\t", "\x1c", ".", ",", "(", ")", "\"", "caf\u00e9", "CAF\u00c9", "\u0130", "i",
          "\u212a", "k", "well-known", "known",
          # other text: the lowered-runs prefilter (letters whose case is special in Unicode or in ``re``)
          "stra\u00dfe", "STRASSE", "\u1e9e", "\u00df", "\u017f", "s", "S", "\u03a3", "\u03c3", "\u03c2",
          "\u039f\u0394\u039f\u03a3", "\u03bf\u03b4\u03bf\u03c3", "\u03bf\u03b4\u03bf\u03c2", "\u0131",
          "I", "\u0130stanbul", "istanbul", "\u01c5", "\u01c4", "\u01c6", "\u00b5", "\u03bc", "\u2160", "\u2170",
          "na\u00efve", "NA\u00cfVE", "e\u0301", "\u00a0", "\u3000", "\u2013", "\u4e2d\u6587"]


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


def test_other_text_passes_the_prefilter_when_and_only_when_two_lowered_runs_are_equal():
    """The prefilter of text that is not ASCII, on generated text of such pieces alone: it
    lets every match through, and it leaves text out (it is a filter, not a pass-through)."""
    rng = random.Random(18)
    pieces = [p for p in PIECES if not p.isascii()] + [" ", ", ", "the", "The", "-"]
    matched = skipped = 0
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) + rng.choice([" ", "", ", ", "\n", "\u00a0"]) for _ in range(rng.randint(1, 12)))
        if text.isascii():
            continue
        if _PAIR.search(text) is not None:
            assert _may_repeat(text), repr(text)
            matched += 1
        elif not _may_repeat(text):
            skipped += 1
    assert matched > 500 and skipped > 500


def test_lower_case_keeps_length_and_word_characters_but_for_the_dotted_capital_i():
    """What the prefilter of other text rests on: over every code point, lowering gives one
    character, a word character (or "'", "’") exactly when the character is one; U+0130 alone
    lowers to two (the prefilter scans text that holds it)."""
    run = re.compile(r"[\w'\u2019]")
    longer = [c for c in map(chr, range(sys.maxunicode + 1)) if len(c.lower()) != 1]
    assert longer == ["\u0130"]
    changed = [c for c in map(chr, range(sys.maxunicode + 1))
               if c != "\u0130" and (run.match(c) is None) != (run.match(c.lower()) is None)]
    assert changed == []


def test_the_ascii_stand_in_keeps_equal_lowered_runs_equal_and_others_apart():
    """Other text made ASCII: words of other scripts alone, letters whose lower case is ASCII
    (the Kelvin sign) and curly apostrophes still pass when doubled; quotation marks and
    dashes end runs; and different letters keep text out."""
    for text in ("\u0434\u0430 \u0434\u0430", "\u212a\u00e9 k\u00e9", "CAF\u00c9 caf\u00e9", "it\u2019s it\u2019s",
                 "\u201cthe the\u201d", "\u4e2d\u6587\u00a0\u4e2d\u6587"):
        assert _PAIR.search(text) is not None, text
        assert _ascii_stand_in(text).isascii() and _may_repeat(text), text
    for text in ("caf\u00e9 caf\u00e8", "\u201cthe\u201d \u2014 then", "\u0434\u0430 \u0434\u043e", "\u00e9a \u00e8a"):
        assert _ascii_stand_in(text).isascii() and not _may_repeat(text), text


def test_the_neighbour_search_answers_as_splitting_into_runs():
    """_may_repeat searches the translated text for two equal neighbouring runs: the answer
    of splitting it into runs and comparing each with the next (the definition)."""
    from copylint.checks.repeated_word import _LOWER_WORDS_ONLY

    rng = random.Random(20)
    pieces = [p for p in PIECES if p.isascii()] + ["so so", "So so.", "a a", "ab a", "a ab", "'' ''", "_ _"]
    both = 0
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) + rng.choice([" ", "", ", ", "\n", "  "]) for _ in range(rng.randint(0, 10)))
        runs = text.encode("ascii").translate(_LOWER_WORDS_ONLY).split()
        expected = any(a == b for a, b in zip(runs, runs[1:], strict=False))
        assert _may_repeat(text) == expected, repr(text)
        both += expected
    assert 1000 < both < 19_000
