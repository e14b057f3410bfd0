"""Dialect evidence gathered from each token's marks (issue 17) is the evidence of the plain
loop it replaced: every token looked up, every segment searched for the other clues with the
patterns as first written. Compared on the Wikinews corpus, on tricky text and on generated
text, standalone and as the spelling check gathers it in its own pass."""

from __future__ import annotations

import re
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import ROOT
from copylint import dialect
from copylint.checks.base import CheckContext
from copylint.checks.spelling import Spelling
from copylint.config import Settings
from copylint.readers import parse
from copylint.tokens import has_digit, token_list, tokens

CORPUS = ROOT / "tests" / "corpus" / "wikinews"

# the other clues' patterns as first written
PLAIN = {
    "_PER_CENT": re.compile(r"\bper cent\b", re.IGNORECASE),
    "_PERCENT": re.compile(r"\bpercent\b", re.IGNORECASE),
    "_TITLE_DOT": re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\. (?=[A-Z])"),
    "_TITLE_BARE": re.compile(r"\b(?:Mr|Mrs|Ms|Dr) (?=[A-Z])"),
    "_TOWARD": re.compile(r"\btoward\b", re.IGNORECASE),
    "_TOWARDS": re.compile(r"\btowards\b", re.IGNORECASE),
}

TRICKY = [
    "The colour of the centre was criticised on 5 January; Mr Smith and Mr. Jones went towards it.",
    "Prices rose 5 percent on January 5, 2021, and 3 per cent toward the end; PER CENT, Per Cent, PerCent.",
    "MR SMITH, Mrs Jones, Ms. Lee, Dr. No, xMr Smith, Mr-Smith, Dr.Who, Mrs. Robinson; TOWARDS, towardſ, Towards.",
    "mid-January 5, Jan. 5, 5th Sept 2020, 2021January, x5 May, May 5 %, Sep 12th, Oct.3, per\u00a0cent, per-cent.",
    "Colour-coded COLOUR Colour. Colour is British. \u201cColour,\u201d he said. color's labour's neighbours\u2019 e-mail.",
    "http://per.cent/toward desk@colour.org @Mr #colour U.S. colour.com centre.gov a.m. 5colours \u00b2colour",
]

PIECES = st.sampled_from(
    ["per", "cent", "per cent", "percent", "PERCENT", "Per", "Cent", "toward", "towards", "Towards", "toward\u017f",
     "Mr", "Mrs", "Ms", "Dr", "Mr.", "Dr.", "Smith", "smith", "January", "Jan", "Jan.", "Sept", "May", "xMay", "5",
     "15", "2020", "5th", "x5", "colour", "Colour", "color", "centre", "center", "organised", "organized", "travelled",
     "traveled", "favour's", "colour-coded", "the", "The", "said", ".", ",", "-", "'", "\u2019", "(", "\u201c", "%",
     "@", "#", ":", "://", "www.", ".com", "_", "\u00e9", "\u017f", "\u0130", "\u212a", "\u00b2", "x"])
SPACES = st.sampled_from([" ", "", "  ", "\n", "\u00a0", ". ", ", "])


def plain_evidence(doc) -> dialect.Evidence:  # noqa: ANN001 - the loop as it was (every token, every segment)
    ev = dialect.Evidence()
    us_dates = gb_dates = us_titles = gb_titles = us_toward = gb_toward = 0
    for seg in doc.segments:
        text = seg.text
        for tok in tokens(text):
            if tok.kind != "word" or len(tok.text) < 4:
                continue
            if tok.text[:1].isupper() and not dialect._sentence_initial(text, tok.start):
                continue
            for part in tok.parts():
                ev.add_word(part.text)
        if "cent" in text:
            n, m = len(PLAIN["_PER_CENT"].findall(text)), len(PLAIN["_PERCENT"].findall(text))
            ev.gb2 += n
            ev.us2 += m
            ev.clues["per cent"] += n
            ev.clues["percent"] += m
        if "Mr" in text or "Ms" in text or "Dr" in text:
            us_titles += len(PLAIN["_TITLE_DOT"].findall(text))
            gb_titles += len(PLAIN["_TITLE_BARE"].findall(text))
        if "toward" in text:
            us_toward += len(PLAIN["_TOWARD"].findall(text))
            gb_toward += len(PLAIN["_TOWARDS"].findall(text))
        if has_digit(text) and dialect._MONTH.search(text):
            us_dates += len(dialect._US_DATE.findall(text))
            gb_dates += len(dialect._GB_DATE.findall(text))
    us_dates, gb_dates = min(us_dates, dialect.MAX_DATES), min(gb_dates, dialect.MAX_DATES)
    us_titles, gb_titles = min(us_titles, dialect.MAX_OTHER), min(gb_titles, dialect.MAX_OTHER)
    us_toward, gb_toward = min(us_toward, dialect.MAX_OTHER), min(gb_toward, dialect.MAX_OTHER)
    ev.us2 += us_dates + us_titles + us_toward
    ev.gb2 += gb_dates + gb_titles + gb_toward / 2
    for key, n in (("month-day dates", us_dates), ("day-month dates", gb_dates), ("Mr.", us_titles),
                   ("Mr", gb_titles), ("toward", us_toward), ("towards", gb_toward)):
        ev.clues[key] += n
    return ev


def as_tuple(ev: dialect.Evidence) -> tuple:
    return ev.gb, ev.us, ev.gb2, ev.us2, ev.by_word, +ev.clues


def gathered_by_spelling(doc) -> dialect.Evidence:  # noqa: ANN001
    """The evidence as the spelling check's pass gathers it (dialect "auto", dialect-mix on)."""
    settings = Settings(select=("spelling",))
    ctx = CheckContext(settings=settings, doc=doc, enabled=frozenset({"spelling.misspelling", "spelling.dialect-mix"}))
    list(Spelling(settings).run(doc, ctx))
    return ctx.dialects.evidence


def corpus_docs() -> list:
    return [parse(p.read_text(encoding="utf-8"), p.name, "txt") for p in sorted(CORPUS.glob("*/[0-9][0-9][0-9][0-9].txt"))]


def test_evidence_equals_the_plain_evidence_on_the_corpus():
    docs = corpus_docs() + [parse("\n\n".join(TRICKY), "tricky.txt", "txt")]
    clues = Counter()
    for doc in docs:
        plain = as_tuple(plain_evidence(doc))
        assert as_tuple(dialect.evidence(doc)) == plain, doc.path
        assert as_tuple(gathered_by_spelling(doc)) == plain, doc.path
        clues.update(plain[-1])
    # the comparison covers every kind of evidence
    assert all(clues[k] for k in ("British spellings", "American spellings", "per cent", "percent", "Mr", "Mr.",
                                  "month-day dates", "day-month dates", "toward")), clues


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(PIECES, SPACES), max_size=30).map(lambda pairs: "".join(p + s for p, s in pairs)))
def test_evidence_equals_the_plain_evidence_on_any_text(text):
    assert any(dialect._CLUE_LETTERS.search(t[0]) for t in token_list(text)) == bool(dialect._CLUE_LETTERS.search(text))
    doc = parse(text + "\n\nThe colour. " + text[::-1], "story.txt", "txt")
    plain = as_tuple(plain_evidence(doc))
    assert as_tuple(dialect.evidence(doc)) == plain
    assert as_tuple(gathered_by_spelling(doc)) == plain


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(PIECES, SPACES), max_size=20).map(lambda pairs: "".join(p + s for p, s in pairs)))
def test_the_clue_patterns_find_what_the_plain_ones_found(text):
    for name, plain in PLAIN.items():
        assert getattr(dialect, name).findall(text) == plain.findall(text), name


def test_the_case_blind_letters_are_spelled_out_whole():
    """Each letter of the case-blind clues, in the character classes written for it, is every
    character that re.IGNORECASE takes for that letter, no more and no fewer."""
    import sys

    classes = {"p": "pP", "e": "eE", "r": "rR", "c": "cC", "n": "nN", "t": "tT", "o": "oO", "w": "wW", "a": "aA",
               "d": "dD", "s": "sS\u017f"}
    # every code point once, in one string: a one-letter pattern's matches in it are the
    # characters it fullmatches alone (one scan in C, not a million re.fullmatch calls)
    every_character = "".join(map(chr, range(sys.maxunicode + 1)))
    for letter, written in classes.items():
        taken = set(re.findall(letter, every_character, re.IGNORECASE))
        assert taken == set(written), letter
    for name in ("_PER_CENT", "_PERCENT", "_TOWARD", "_TOWARDS"):
        for letter, written in classes.items():
            if letter in PLAIN[name].pattern.lower().replace("\\b", ""):
                assert f"[{letter}{written[1:]}" in getattr(dialect, name).pattern.replace("\\u017f", "\u017f"), name


def test_a_token_text_tells_a_word_from_other_tokens():
    """token_marks decides from a token's text alone whether it is a word token (the marks are
    kept by text): the rule holds for every token of the corpus and of tricky text."""
    seen = Counter()
    texts = [seg.text for doc in corpus_docs() for seg in doc.segments] + TRICKY
    for text in texts:
        for tok_text, _, _, kind in token_list(text):
            assert bool(dialect._WORD_TEXT.fullmatch(tok_text)) == (kind == "word"), tok_text
            seen[kind] += 1
    assert len(seen) >= 5, seen  # words, numbers, initialisms, URLs, addresses...


def test_a_segment_without_clue_letters_in_its_tokens_has_none_in_its_text():
    """The other clues are searched only in segments with a token that holds their letters:
    every run of letters lies inside one token, so the letters are in the text only then."""
    texts = [seg.text for doc in corpus_docs() for seg in doc.segments] + TRICKY
    for text in texts:
        in_tokens = any(dialect._CLUE_LETTERS.search(t[0]) for t in token_list(text))
        assert in_tokens == bool(dialect._CLUE_LETTERS.search(text)), text
