"""Per-file overhead cuts that must not change an answer: the skip-file patterns as one regex,
the duplicate-headline bounds, and the per-settings rule selection of a linter."""

from __future__ import annotations

import fnmatch
import os
from difflib import SequenceMatcher

from hypothesis import given, settings
from hypothesis import strategies as st

from copylint.checks.structure import _SMALL_WORDS, _Headline, _longer_than, _same, _same_words, normalise
from copylint.config import DEFAULT_SKIP_FILES, Selection, Settings
from copylint.engine import Linter
from copylint.readers import parse

NAME_CHARS = st.sampled_from(list("abcLICENSE.-_txtmdREADME[]*?!0"))
PATTERNS = st.lists(st.text(NAME_CHARS, min_size=1, max_size=8), max_size=5)


def _skips_by_fnmatch(settings: Settings, path: str) -> bool:
    """The definition: any pattern matches the file name, case-insensitively."""
    name = os.path.basename(path)
    patterns = (DEFAULT_SKIP_FILES if settings.skip_files is None else settings.skip_files) + settings.extend_skip_files
    return any(fnmatch.fnmatch(name.lower(), pat.lower()) for pat in patterns)


@settings(max_examples=150, deadline=None)
@given(name=st.text(NAME_CHARS, min_size=1, max_size=12), extra=PATTERNS, replace=st.booleans())
def test_skip_patterns_as_one_regex_match_as_fnmatch_does(name, extra, replace):
    config = Settings(skip_files=tuple(extra) if replace else None, extend_skip_files=() if replace else tuple(extra))
    for path in (name, f"folder/{name}", name.upper()):
        assert config.skips_file(path) == _skips_by_fnmatch(config, path), (path, extra, replace)


def test_default_skip_files_still_skipped():
    config = Settings()
    assert config.skips_file("docs/LICENSE") and config.skips_file("requirements.txt")
    assert not config.skips_file("news/storm.txt")


def _same_by_alignment(text: str, headline: str) -> bool:
    """The duplicate-headline test without its shortcuts."""
    if text == headline:
        return True
    if abs(len(text) - len(headline)) > max(12, len(headline) // 5):
        return False
    if SequenceMatcher(None, text, headline, autojunk=False).ratio() >= 0.92:
        return True
    a, b = text.split(), headline.split()
    ops = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    changed = [w for tag, i1, i2, j1, j2 in ops if tag != "equal" for w in a[i1:i2] + b[j1:j2]]
    return 0 < len(changed) <= 2 and all(w in _SMALL_WORDS for w in changed)


WORDS = st.sampled_from(["the", "a", "of", "storm", "storms", "hits", "coast", "council", "vote", "in", "on", "x"])


@settings(max_examples=200, deadline=None)
@given(head=st.lists(WORDS, min_size=3, max_size=9), edits=st.lists(st.tuples(st.integers(0, 9), WORDS), max_size=3),
       drop=st.lists(st.integers(0, 9), max_size=2))
def test_duplicate_headline_bounds_never_change_the_answer(head, edits, drop):
    text = list(head)
    for at, word in edits:
        text.insert(min(at, len(text)), word)
    for at in drop:
        if text:
            text.pop(min(at, len(text) - 1))
    a, b = " ".join(text), " ".join(head)
    assert _same(a, b) == _same_by_alignment(a, b)
    assert _Headline(b).same(a) == _same(a, b)


@settings(max_examples=300, deadline=None)
@given(head=st.lists(WORDS, min_size=3, max_size=9),
       edits=st.lists(st.tuples(st.integers(0, 80), st.sampled_from(list("aeinrst xyzé"))), max_size=4),
       drop=st.lists(st.integers(0, 80), max_size=3))
def test_headline_matcher_kept_between_texts_answers_as_a_fresh_one(head, edits, drop):
    """One _Headline compares many texts (its difflib index and character counts reused):
    each answer is _same's, whatever was compared before."""
    b = " ".join(head)
    matcher = _Headline(b)
    text = list(b)
    for at in drop:
        if text:
            text.pop(at % len(text))
    for at, char in edits:
        text.insert(at % (len(text) + 1), char)
    a = "".join(text)
    for other in (a, b, a + " the", a.upper(), "x " + a, a):
        assert matcher.same(other) == _same(other, b), (other, b)


def test_rule_selection_is_remembered_per_settings_not_shared():
    doc = "A headline for the test\n\nThe seige went on and on. It it ended.\n"
    base = Settings()
    quiet = Settings(cli=Selection(ignore=("spelling",), origin="command line"))
    linter = Linter(base)

    def rules(settings: Settings) -> set[str]:
        return {i.rule for i in linter.lint(parse(doc, "a.txt", "txt"), settings)}

    first = rules(base)
    assert any(r.startswith("spelling.") for r in first)
    assert not any(r.startswith("spelling.") for r in rules(quiet))
    assert rules(base) == first
    assert rules(quiet) == first - {r for r in first if r.startswith("spelling.")}


TEXT_CHARS = st.sampled_from(list("ab Z9.,'-\u2019\u201c\u2014\ufffc\n\t") + ["e\u0301", "\u0301", "\ufb01", "\u00c9", "  "])


@settings(max_examples=400, deadline=None)
@given(parts=st.lists(TEXT_CHARS, max_size=120), limit=st.integers(0, 40))
def test_a_normalised_prefix_never_claims_too_much(parts, limit):
    """The duplicate-headline length bound from a prefix: when it says the normal form is
    longer than the limit, it is (combining accents, ligatures and spacing included)."""
    text = "".join(parts)
    if _longer_than(text, limit):
        assert len(normalise(text)) > limit, (text, limit)


def test_the_prefix_bound_does_skip_long_paragraphs():
    paragraph = "The town council voted on Friday to close the library, officials said. " * 5
    assert _longer_than(paragraph, 40)
    assert not _longer_than(paragraph[:60], 40)


@settings(max_examples=500, deadline=None)
@given(text=st.text(st.characters(max_codepoint=127), max_size=60))
def test_normalise_of_ascii_text_is_the_unicode_path(text):
    """structure.normalise's ASCII path (bytes) equals the general one (NFKC, folding, regex)."""
    import unicodedata

    from copylint.checks.structure import _FOLD, _PUNCTUATION
    from copylint.document import PLACEHOLDER

    slow = unicodedata.normalize("NFKC", text).translate(_FOLD).lower().replace(PLACEHOLDER, " ")
    assert normalise(text) == " ".join(_PUNCTUATION.sub("", slow).split())


ASCII_TEXT_CHARS = st.sampled_from(list("ab Z9_.,'-!\n\t\x1c") + ["  ", "the ", "x-y"])


@settings(max_examples=400, deadline=None)
@given(parts=st.lists(ASCII_TEXT_CHARS, max_size=150), limit=st.integers(0, 40))
def test_the_ascii_word_count_bound_answers_as_the_normalised_prefix(parts, limit):
    """In ASCII text the bound counts word characters before it normalises the prefix: the
    same answer as normalising it."""
    text = "".join(parts)
    k = 2 * limit + 2
    assert _longer_than(text, limit) == (len(text) > k and len(normalise(text[:k - 1])) > limit), (text, limit)


@settings(max_examples=400, deadline=None)
@given(a=st.lists(WORDS, max_size=8), b=st.lists(WORDS, max_size=8))
def test_the_word_set_bound_never_changes_the_small_word_answer(a, b):
    """_same_words' bounds (word counts, then the words of one not in the other) answer as
    aligning the words does."""
    from copylint.checks.structure import _same_words

    x, y = " ".join(a), " ".join(b)
    ops = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    changed = [w for tag, i1, i2, j1, j2 in ops if tag != "equal" for w in a[i1:i2] + b[j1:j2]]
    assert _same_words(x, y) == (0 < len(changed) <= 2 and all(w in _SMALL_WORDS for w in changed))


@settings(max_examples=500, deadline=None)
@given(text=st.text(st.sampled_from(list("ab Z9.,'\"-\u2018\u2019\u201c\u201d\u2013\u2014\u00c9\ufb01\ufffc\u0301\u00a0\n"))
                    | st.characters(), max_size=40))
def test_normalise_without_the_quote_fold_is_its_definition(text):
    """structure.normalise skips the quote-style fold: every character the fold changes, and
    what it changes it to, is punctuation the normal form deletes, so the answer is the
    definition's (NFKC, fold, lower case, placeholder, punctuation, spacing)."""
    import unicodedata

    from copylint.checks.structure import _FOLD, _PUNCTUATION
    from copylint.document import PLACEHOLDER

    assert all(_PUNCTUATION.fullmatch(chr(k)) and _PUNCTUATION.fullmatch(v) for k, v in _FOLD.items())
    slow = unicodedata.normalize("NFKC", text).translate(_FOLD).lower().replace(PLACEHOLDER, " ")
    assert normalise(text) == " ".join(_PUNCTUATION.sub("", slow).split())


@settings(max_examples=400, deadline=None)
@given(text=st.text(st.characters(max_codepoint=127), max_size=80))
def test_an_ascii_text_is_never_shorter_than_its_normal_form(text):
    """What lets DuplicateHeadline skip an ASCII text shorter than every headline less its
    slack without normalising it."""
    assert len(normalise(text)) <= len(text)


def test_a_short_ascii_paragraph_is_left_out_as_before():
    doc = parse("Storm hits the northern coast of the island\n\nToo short.\n\nStorm hits northern coast "
                "of the island\n", "a.txt", "txt")
    found = [i for i in Linter(Settings()).lint(doc) if i.rule == "structure.duplicate-headline"]
    assert [(i.line, i.text) for i in found] == [(5, "Storm hits northern coast of the island")]


@settings(max_examples=300, deadline=None)
@given(head=st.lists(st.sampled_from(["the", "a", "of", "storm", "hits", "coast", "x"]), min_size=3, max_size=9),
       text=st.lists(st.sampled_from(["the", "a", "of", "storm", "hits", "coast", "y"]), max_size=11))
def test_headline_word_comparison_counts_as_the_counters_do(head, text):
    """The headline matcher's word comparison (the headline's word counts made once, the
    text's counted by ``list.count``) answers as :func:`_same_words` with its Counters, repeated
    words included."""
    a, b = " ".join(text), " ".join(head)
    assert _Headline(b)._same_words(a) == _same_words(a, b), (a, b)
