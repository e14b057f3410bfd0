"""The tokeniser's and the sentence splitter's fast paths against their reference behaviour
on many random and adversarial texts: every token the splitters find (text, start, end,
kind) is the one the whole pattern ``tokens._TOKEN`` finds, every token's text is exactly
the text at its span, and the sentence spans are those of the plain splitter.

The fast paths checked: the scanners' optional parts written as branches, the ASCII forms of
the splitters (their classes without characters beyond ASCII), the kinds read from marker
groups or, for ASCII numbers and words, from the first character, the branch gates (one
search for the three full-stop hints, the "w." and digit tests) and the full-stop-only
sentence pattern."""

from __future__ import annotations

import random
import re

from hypothesis import given, settings
from hypothesis import strategies as st
from test_text_fast_paths import plain_sentences

import copylint.tokens as tokens_module
from copylint.tokens import _TOKEN, token_list

# pieces that reach every branch and every edge of the patterns: initialisms, numbers with
# currency, separators and suffixes (and the letters that fold to suffix letters without
# regard to case), possessives and joiners of every kind, combining marks and joiners of
# width zero, digits beyond ASCII, URL, e-mail, domain, handle and hashtag markers
PIECES = [
    "U.S.", "u.s.", "a.m.", "e.g.", "x.", "Y.", ".", "..", "...", "3", "42", "5,000m", "£600m", "$2bn", "€5",
    "¥9", "2.5", "3:49.78", "1990s", "82nd", "10%", "20°", "5µs", "2\u212a", "5\u0130", "6\u0131", "7\u017ft",
    "3\u039c", "4\u03bcm", "٣", "５", "²", "½", "word", "Word", "WORD", "militias'", "MILITIAS'", "boss\u2019",
    "ſ'", "Iran's", "Iran\u2019s", "co-ordinated", "co\u2010op", "re\u2011use", "well--known", "end-", "-start",
    "o'", "'tis", "d\u2019\u00e9tat", "caf\u00e9", "cafe\u0301", "na\u00efve", "\u0130stanbul", "\u00c9TAT",
    "a\u200db", "a\u200cb", "x_y", "_x", "www.", "WWW.", "wWw.", "://", "https://example.com/a.b,", "ftp://x.y",
    "desk@example.org", "@news", "a@b", "#tag", "&#39;", "A#b", "example.com", "BBC.CO.UK", "x.info", "y.io/p",
    "e.comma", ".com", ".Org", "-.net", "\u00e9.org", "(", ")", "[", "]", "\u201c", "\u201d", "\u2018", "\"",
    "!", "?", "?!", "\u2026", ",", ";", ":", "/", "\u2014", "\u2013", "He", "The", "Mr.", "Dr", "J.", "etc.",
    "No.", "St.", "Jan.", "x.y.", "3.", "9.",
]
# gaps of every line-break convention and white space the patterns know
GAPS = [" ", " ", " ", "", "  ", "\n", "\r\n", "\r", "\t", "\u00a0", "\u2028", "\u2029", "\x1c", "\x85", "\u3000"]
ASCII_PIECES = [p for p in PIECES if p.isascii()]
ASCII_GAPS = [g for g in GAPS if g.isascii()]


def reference_rows(text: str) -> tuple[tuple[str, int, int, str], ...]:
    return tuple((m.group(), m.start(), m.end(), m.lastgroup or "word") for m in _TOKEN.finditer(text))


def check(text: str) -> None:
    tokens_module.clear_memos()
    found = token_list(text)
    assert found == reference_rows(text), repr(text)
    for written, start, end, _ in found:
        assert text[start:end] == written, (repr(text), start, end)
    assert tokens_module._sentences(text) == plain_sentences(text), repr(text)


def random_texts(seed: int, count: int, pieces: list[str], gaps: list[str]) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        out.append("".join(rng.choice(pieces) + rng.choice(gaps) for _ in range(rng.randint(0, 24))))
    return out


def test_many_random_texts_tokenise_and_split_as_the_reference():
    for text in random_texts(17, 3000, PIECES, GAPS):
        check(text)


def test_many_random_ascii_texts_tokenise_and_split_as_the_reference():
    """ASCII texts take the ASCII splitters (and the number-and-word one that reads kinds
    from first characters)."""
    for text in random_texts(26, 3000, ASCII_PIECES, ASCII_GAPS):
        assert text.isascii()
        check(text)


def test_random_characters_glued_together_tokenise_as_the_reference():
    """No gaps: pieces and single characters run into each other, so every branch meets
    every neighbour (look-behinds and look-aheads across piece boundaries)."""
    rng = random.Random(12)
    alphabet = sorted({ch for piece in PIECES for ch in piece}) + ["'", "-", "s", "S", "1", "a", "."]
    for _ in range(3000):
        check("".join(rng.choice(alphabet if rng.random() < 0.6 else PIECES) for _ in range(rng.randint(0, 30))))


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(GAPS)), max_size=25)
       .map(lambda pairs: "".join(p + g for p, g in pairs)))
def test_any_text_of_the_pieces_tokenises_and_splits_as_the_reference(text):
    check(text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40))
def test_any_unicode_text_tokenises_and_splits_as_the_reference(text):
    check(text)


def test_sentences_of_texts_with_and_without_other_marks_than_the_full_stop():
    """Both sentence patterns are taken: the full-stop one where the text has no "!", "?" or
    ellipsis, the whole one elsewhere (and they agree with the plain splitter on both)."""
    only_stops = [p for p in PIECES if not set(p) & set("!?\u2026")]
    for seed, pieces in ((1, only_stops), (2, PIECES)):
        for text in random_texts(seed, 1500, pieces, GAPS):
            assert tokens_module._sentences(text) == plain_sentences(text), repr(text)


def test_the_full_stop_hints_searched_together_find_what_each_finds():
    rng = random.Random(5)
    alphabet = list("wW.-aZ0 \u0130\u212a\u017fkKsS_1") + ["www.", "WwW.", ".com", ".CoM", ".info", "x.uk", "\u00e9.org",
                                                         "-.net", "U.S.", "a.b.", "\u00e9.\u00e9.", "1.2."]
    # top-level domains whose first letter matches another letter ignoring case (dotless and
    # dotted i), and full stops before what is no letter
    alphabet += [".\u0131o", ".\u0130NT", ".\u0131nfo", "a.\u0130o", ". ", ".\n", ".)", ".'", "._", ".\u00e9"]
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        each = any(hint.search(text) for hint in (tokens_module._WWW, tokens_module._DOMAIN_HINT,
                                                  tokens_module._ABBREV_HINT))
        assert bool(tokens_module._DOT_HINTS.search(text)) == each, repr(text)
        check(text)


def test_has_digit_finds_any_decimal_digit():
    # the characters re's \d finds, from one scan of every code point (the same answer as a
    # re.search per character, without two million of them)
    digits = set(re.findall(r"\d", "".join(map(chr, range(0x110000)))))
    assert "\u00e9" not in digits and " " not in digits
    for code in range(0x110000):
        ch = chr(code)
        if 0xD800 <= code <= 0xDFFF:
            continue
        for text in (ch, f"\u00e9 {ch}"):
            assert tokens_module.has_digit(text) == (ch in digits), hex(code)


def test_the_ascii_forms_hold_only_ascii_and_keep_every_class():
    for name, pattern in tokens_module._SCANNER_BRANCHES:
        ascii_form = tokens_module._ascii(pattern)
        assert ascii_form.isascii(), name
        assert "\\u" not in ascii_form, name
    # a range across the end of ASCII or a class of no ASCII character is refused, not dropped
    for bad in ("[a-\u00ff]", "[\u00e9\u00e8]"):
        try:
            tokens_module._ascii(bad)
        except ValueError:
            continue
        raise AssertionError(bad)
    assert tokens_module._ascii("[^\\]\u2019a-z]x[]\u00e9]") == "[^\\]a-z]x[]]"


def test_every_splitter_finds_what_the_whole_pattern_with_its_branches_finds():
    """Each combination of optional branches (the splitters the gates choose among), ASCII
    and not, against the reference pattern of the same branches, on random texts that hold
    every branch's marker."""
    names = ["url", "email", "domain", "handle", "hashtag", "number", "abbrev"]
    rng = random.Random(3)
    texts = random_texts(8, 200, PIECES, GAPS) + random_texts(9, 200, ASCII_PIECES, ASCII_GAPS)
    for _ in range(40):
        needed = frozenset(n for n in names if rng.random() < 0.5)
        for ascii_only in (True, False):
            splitter = tokens_module._splitter(needed, ascii_only)
            reference = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in tokens_module._BRANCHES
                                            if name in splitter.kinds), re.IGNORECASE)
            for text in texts:
                if ascii_only and not text.isascii():
                    continue
                expected = tuple((m.group(), m.start(), m.end(), m.lastgroup) for m in reference.finditer(text))
                assert _split(splitter, text) == expected, (sorted(needed), ascii_only, text)


def _split(splitter: tokens_module._Splitter, text: str) -> tuple[tuple[str, int, int, str], ...]:
    return tokens_module._split_rows(splitter, text)[0]


def test_token_texts_are_the_token_lists_texts_inside_and_outside_a_document_and_from_a_kept_memo():
    for text in random_texts(41, 300, PIECES, GAPS):
        tokens_module.clear_memos()
        assert tokens_module.token_texts(text) == [row[0] for row in token_list(text)], repr(text)
        with tokens_module.document_memo():
            assert tokens_module.token_texts(text) == [row[0] for row in token_list(text)], repr(text)
    kept = {"a kept memo's text": tokens_module._rows("a kept memo's text")}
    with tokens_module.document_memo(kept):  # (an editor buffer's tokens: no texts beside them)
        assert tokens_module.token_texts("a kept memo's text") == ["a", "kept", "memo's", "text"]
    # the loose memo is bounded with the token memo
    tokens_module.clear_memos()
    for k in range(tokens_module._LOOSE_LIMIT + 5):
        tokens_module.token_texts(f"word{k} x")
    assert len(tokens_module._TEXTS) <= tokens_module._LOOSE_LIMIT + 1
