"""The text checks' fast paths (issue 17) give exactly what the plain code gives: each is
compared with a plain reference written here the way the code was before it, on the
Wikinews corpus, on tricky text and on generated text.

- structure.foreign-passage: the English share of a passage and the first pass of the
  unknown-word runs, decided once per distinct piece of text between spaces;
- the tokeniser: the number and initials branches left out where the text has no digit or
  no "X.Y." (as the URL, e-mail, domain, handle and hashtag branches already were);
- the foreign-phrase prefilter: pieces between spaces none of whose runs folds to a phrase's
  longest run;
- sentence splitting: the word before a full stop matched in the reversed text;
- dialect evidence: the date patterns with their word boundary as a look-behind.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import ROOT
from copylint import tokens as tokens_module
from copylint.checks import foreign
from copylint.readers import parse
from copylint.spelling import words as words_module
from copylint.spelling.speller import get_speller
from copylint.tokens import _TOKEN, Token

CORPUS = ROOT / "tests" / "corpus" / "wikinews"

TRICKY = [
    "Los residentes de la comunidad pueden solicitar asistencia a trav\u00e9s del programa federal.",
    "Words came from Welsh: llaw (hand), llygad (eye), gwddf (neck), and the nation\u2019s xqzt brvl plomk.",
    "e-mail desk@example.org, /usr/bin, a.b.c, don't, rock'n'roll, l\u2019\u00e9cole, \u00c9cole \u00e9t\u00e9 \u00e0",
    "tab\tsep\u00a0nbsp\u2003em\u3000ideographic\u2028line\x1cfile\x1fsep and -dash- 'quoted' \u2018curly\u2019",
    "\u03a9mega \u03c9mega \u00dfe \u0130stanbul \u0131s \u017fo MIXED mIxed _under_ x2 2x \u00bd\u00b2 \u00b2b",
]

PIECES = st.sampled_from(
    ["the", "said", "colour", "xqzt", "brvl", "plomk", "llaw", "gwddf", "nation's", "nation\u2019s", "l\u2019\u00e9cole",
     "\u00e9t\u00e9", "The", "Paris", "a", "i", "-", "'", "\u2019", "@", "/", ".", ",", "(", ")", "\u201c", "\u00ab",
     "_", "2", "\u00b2", "\u03c9", "\u03a9", "\u00df", "\u0131", "\u0130", "\u017f", "x"])
SPACES = st.sampled_from([" ", "  ", "\t", "\n", "\u00a0", "\u2003", "\u3000", "\x1c", ""])


#: the lower-case word pattern as it was written (the module's starts with the letter)
PLAIN_LOWER_WORD = re.compile(foreign._LOWER_WORD_PLAIN)


def plain_english_share(text: str) -> tuple[float, int]:
    """The English share as it was computed before: the lower-case words of the whole text."""
    speller = get_speller()
    known = seen = 0
    for m in PLAIN_LOWER_WORD.finditer(text):
        w = m.group().translate(foreign._APOS)
        seen += 1
        known += speller.is_word(w) or speller.is_word(w.split("'")[0])
        if seen >= foreign.SAMPLE_WORDS:
            break
    return (known / seen, seen) if seen else (1.0, 0)


def plain_unknown_runs(text: str) -> list[tuple[int, int]]:
    """unknown_runs as it was: a first pass over the pieces between spaces, stripped, then
    the lower-case words."""
    seen = 0
    for token in text.split():
        w = token.strip(foreign._PUNCT)
        if w and w[0].islower():
            seen += foreign._is_unknown(w)
    if seen < foreign.CLUSTER_UNKNOWN:
        return []
    spans, index = [], []
    for n, m in enumerate(PLAIN_LOWER_WORD.finditer(text)):
        if foreign._is_unknown(m.group()):
            spans.append(m.span())
            index.append(n)
    runs: list[list[int]] = []
    for k in range(len(index) - foreign.CLUSTER_UNKNOWN + 1):
        if index[k + foreign.CLUSTER_UNKNOWN - 1] - index[k] >= foreign.CLUSTER_WINDOW:
            continue
        if runs and index[k] - index[runs[-1][1]] <= foreign.CLUSTER_GAP:
            runs[-1][1] = k + foreign.CLUSTER_UNKNOWN - 1
        else:
            runs.append([k, k + foreign.CLUSTER_UNKNOWN - 1])
    return [(spans[a][0], spans[b][1]) for a, b in runs]


def texts() -> list[str]:
    out = list(TRICKY)
    for path in sorted(CORPUS.glob("*/[0-9][0-9][0-9][0-9].txt")):
        out.extend(seg.text for seg in parse(path.read_text(encoding="utf-8"), path.name, "txt").segments)
    return out


def test_english_share_and_unknown_runs_equal_the_plain_ones_on_the_corpus():
    found = 0
    for text in texts():
        assert foreign._english_share(text) == plain_english_share(text), text
        runs = plain_unknown_runs(text)
        assert foreign.unknown_runs(text) == runs, text
        found += bool(runs)
    assert found  # some texts do hold runs


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(PIECES, SPACES), max_size=40).map(lambda pairs: "".join(p + s for p, s in pairs)))
def test_english_share_and_unknown_runs_on_any_text(text):
    assert foreign._english_share(text) == plain_english_share(text)
    assert foreign._english_share(text, text.split()) == plain_english_share(text)
    assert foreign.unknown_runs(text) == plain_unknown_runs(text)


def test_a_speller_keeps_its_own_memos():
    from copylint.spelling.speller import Speller

    speller = get_speller()
    made = []
    memo = speller.memo("test memo", lambda: made.append(1) or {})
    assert speller.memo("test memo", dict) is memo and made == [1]  # made once, then the same one
    other = Speller(speller.lexicon, use_list=False)
    assert other.memo("test memo", dict) is not memo  # another speller: its own, empty


def test_foreign_and_dialect_memos_follow_a_swapped_speller(monkeypatch):
    """What foreign passages and dialect evidence decided with one speller is never an
    answer for another: each speller has its own memos (Speller.memo)."""
    from copylint import dialect
    from copylint.spelling import speller as speller_module

    foreign._english_share("the xqzt brvl words")
    doc = parse("The colour of the centre.", "a.txt", "txt")
    dialect.evidence(doc)
    before = foreign._memos()
    assert "xqzt" in before.english_in and "colour" in dialect._spelled()
    monkeypatch.setattr(speller_module, "_SPELLER", speller_module.Speller(get_speller().lexicon, use_list=False))
    assert not foreign._memos().english_in and not dialect._spelled()
    foreign._english_share("other words")
    assert "xqzt" not in foreign._memos().english_in and "other" in foreign._memos().english_in
    assert dialect.evidence(doc).gb == 2.0 and "colour" in dialect._spelled()
    monkeypatch.undo()
    assert foreign._memos() is before  # the first speller's memos, as it left them


def plain_tokens(text: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end(), m.lastgroup or "word") for m in _TOKEN.finditer(text)]


def plain_may_have_phrase(text: str) -> bool:
    """The phrase prefilter without its first test by pieces."""
    runs = {words_module._fold(run) for run in words_module._RUN.findall(text)}
    return any(needed <= runs for key in runs for needed in words_module._phrase_runs().get(key, ()))


TOKEN_PIECES = st.sampled_from(
    ["U.S.", "a.m.", "e.g.", "x.", "Y.", ".", "..", "3", "٣", "５", "²", "2bn", "£600m", "5,000m",
     "1990s", "82nd", "3.5", "word", "Word", "militias'", "co-ordinated", "vis-à-vis", "per", "se", "ad", "hoc",
     "status", "quo", "de", "facto", "d’état", "coup", "www.", "://", "@", "#", ".com", "İ", "ſ"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(TOKEN_PIECES, SPACES), max_size=30).map(lambda pairs: "".join(p + s for p, s in pairs)))
def test_tokeniser_and_phrase_prefilter_on_any_text(text):
    assert list(tokens_module.tokens(text)) == plain_tokens(text)
    assert words_module._may_have_phrase(text) == plain_may_have_phrase(text)


def test_tokeniser_branches_left_out_only_where_they_cannot_match():
    assert "number" not in tokens_module._splitter_for("No digits here, and no initials.").kinds
    assert "abbrev" not in tokens_module._splitter_for("No digits here, and no initials.").kinds
    assert "number" in tokens_module._splitter_for("Page ٣ of the Arabic text").kinds  # a non-ASCII digit
    assert "abbrev" in tokens_module._splitter_for("The U.S. said").kinds
    for text in texts():
        assert list(tokens_module.tokens(text)) == plain_tokens(text)
        assert words_module._may_have_phrase(text) == plain_may_have_phrase(text)


HINT_TEXT = st.lists(st.sampled_from(list("wW.-aZ0 \u0130\u212a") + ["www.", "WwW.", ".com", ".CoM", ".info", "x.uk",
                                                                     "\u00e9.org", "-.net"]),
                     max_size=20).map("".join)


@settings(max_examples=400, deadline=None)
@given(HINT_TEXT)
def test_the_tokeniser_hints_search_what_the_plain_tests_found(text):
    import re

    plain_domain = re.compile(r"[a-z0-9-]\.(?:com|org|net|gov|edu|io|co|uk|int|info)\b", re.IGNORECASE)
    assert bool(tokens_module._WWW.search(text)) == ("www." in text.lower())
    assert bool(tokens_module._DOMAIN_HINT.search(text)) == bool(plain_domain.search(text))
    assert list(tokens_module.tokens(text)) == plain_tokens(text)


def plain_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans as they were found before: each end's word found by walking back."""
    import re

    ends = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019)\]]*(?=\s+|$)")
    spans: list[tuple[int, int]] = []

    def push(start: int, end: int) -> None:
        chunk = text[start:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            spans.append((start + lead, start + lead + len(chunk.strip())))

    start = 0
    for m in ends.finditer(text):
        end = m.end()
        nxt = re.compile(r"\s*").match(text, end).end()
        if m.group()[0] == ".":
            first = m.start()
            while first > 0 and (text[first - 1].isalnum() or text[first - 1] in "._"):
                first -= 1
            word = text[first:m.start()]
            if tokens_module._is_abbreviation(word) and not (
                    tokens_module._starts_sentence(text, nxt) and word.lower() not in tokens_module._TITLES):
                continue
        if nxt < len(text) and not (text[nxt].isupper() or text[nxt].isdigit() or text[nxt] in "\"'\u201c\u2018(["):
            continue
        push(start, end)
        start = end
    push(start, len(text))
    return spans


SENTENCE_PIECES = st.sampled_from(
    ["He", "said", "U.S.", "Mr.", "Dr", "J.", "e.g.", "2.5.", "3:49.78.", "etc.", "The", "the", "x_y.", "\u00bd.", "\u00b2",
     ".", "!", "?", "\u2026", "...", "?!", "\u201d", "'", ")", "]", "(", "\u201c", "\u2018", "\u0130", "Am", "a.m.", "No."])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(SENTENCE_PIECES, SPACES), max_size=30).map(lambda pairs: "".join(p + s for p, s in pairs)))
def test_sentences_equal_the_plain_ones_on_any_text(text):
    assert tokens_module._sentences(text) == plain_sentences(text)


def test_sentences_equal_the_plain_ones_on_the_corpus():
    for text in texts():
        assert tokens_module._sentences(text) == plain_sentences(text), text


DATE_PIECES = st.sampled_from(["January", "Jan", "Jan.", "Sept", "May", "xMay", "5", "15", "2020", "5th", "21st", "x5",
                               "_5", ",", ".", "%", " %", ")", "a", "\u00e9"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(DATE_PIECES, st.sampled_from([" ", "", "  ", "\n"])), max_size=12)
       .map(lambda pairs: "".join(p + s for p, s in pairs)))
def test_date_patterns_find_what_the_plain_ones_found(text):
    import re

    from copylint import dialect

    months = dialect._MONTHS
    us = re.compile(rf"\b(?:{months})\.? \d{{1,2}}(?:st|nd|rd|th)?(?:,| \d{{4}}\b|(?=[\s.;:)]))(?! ?%)")
    gb = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)? (?:{months})\b")
    assert dialect._US_DATE.findall(text) == us.findall(text)
    assert dialect._GB_DATE.findall(text) == gb.findall(text)
    assert tokens_module.has_digit(text) == bool(re.search(r"\d", text))


def test_english_flags_of_a_piece_of_letters_are_those_of_its_lower_case_word():
    speller = get_speller()
    for piece in ["the", "The", "THE", "eBay", "\u00e9lan", "\u00c9lan", "\u00deorn", "\u00fees", "\u00dfe", "\u00d8re",
                  "\u00f8re", "\u0130stanbul", "\u03a9mega", "\u03c9mega", "xqzt", "\u4e2d\u6587", "Zebra", "zebra"]:
        plain = tuple(int(speller.is_word(m.group()) or speller.is_word(m.group().split("'")[0]))
                      for m in PLAIN_LOWER_WORD.finditer(piece))
        assert foreign._english_flags(piece) == plain, piece


def plain_shouting(text: str) -> bool:
    """An all-capitals headline as it was judged before: every letter counted."""
    import re

    upper, lower = len(re.findall(r"[^\W\d_a-z]", text)), len(re.findall(r"[a-z]", text))
    return upper + lower >= 12 and upper >= 0.9 * (upper + lower) and len(text.split()) >= 3


SHOUT_PIECES = st.sampled_from(["IRAN", "STRIKES", "BACK", "Iran", "strikes", "a", "A", "\u00c9T\u00c9", "\u00e9t\u00e9",
                                "US", "2020", ",", "-", "\u0130", "\u00df", "x"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(SHOUT_PIECES, SPACES), max_size=30).map(lambda pairs: "".join(p + s for p, s in pairs)))
def test_shouting_headlines_as_before_on_any_text(text):
    from copylint.checks.spelling import _shouting

    assert _shouting(text) == plain_shouting(text)


def test_shouting_headlines_as_before_on_the_corpus():
    from copylint.checks.spelling import _shouting

    found = [text for text in texts() + ["IRAN STRIKES BACK AT US BASES", "IRAN STRIKES BACk AT US BASES"]
             if _shouting(text) != plain_shouting(text)]
    assert not found
    assert _shouting("IRAN STRIKES BACK AT US BASES")


def _uses_with_and_without_the_phrase_gate(text, monkeypatch):
    from copylint.checks.spelling import Spelling
    from copylint.config import Settings

    check = Spelling(Settings())
    settled = check._settled_words(get_speller(), check._house(type("Ctx", (), {"settings": Settings()})()))
    gated = [list(words_module.word_uses(text, settled)), list(words_module.word_uses(text))]
    with monkeypatch.context() as m:
        m.setattr(words_module, "_may_start_in_phrase", lambda found, pending: True)
        plain = [list(words_module.word_uses(text, settled)), list(words_module.word_uses(text))]
    return gated, plain


PHRASE_PIECES = st.sampled_from(
    ["ad", "hoc", "Ad", "HOC", "h\u00f3c", "vis-\u00e0-vis", "vis", "\u00e0", "-", "--", "de", "facto", "d\u2019\u00e9tat",
     "d\u02bc\u00e9tat", "coup", "a", "priori", "et", "al", "per", "se", "xqzt", "Brvl", "plomk", "[sic]", "[T]hough",
     "status", "quo", "hoc\u0301", "_hoc", "5ad", "\u0130", "\u017f", "K"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(PHRASE_PIECES, SPACES), max_size=25).map(lambda pairs: "".join(p + s for p, s in pairs)))
def test_words_to_judge_are_those_without_the_phrase_gate_on_any_text(text):
    import pytest

    with pytest.MonkeyPatch.context() as monkeypatch:
        gated, plain = _uses_with_and_without_the_phrase_gate(text, monkeypatch)
    assert gated == plain


def test_words_to_judge_are_those_without_the_phrase_gate_on_the_corpus(monkeypatch):
    phrases = "An ad hoc xqzt committee met vis-\u00e0-vis the de facto brvl coup d'\u00e9tat."
    for text in texts() + [phrases]:
        gated, plain = _uses_with_and_without_the_phrase_gate(text, monkeypatch)
        assert gated == plain, text
    judged = {u.text for u in gated[0]}  # (the last text's) the phrases' words are skipped, the others not
    assert {"xqzt", "brvl"} <= judged and not judged & {"hoc", "facto", "vis", "coup", "d'\u00e9tat"}


LOWER_PIECES = st.sampled_from(["a", "b", "\u00e9", "A", "\u00c9", "\u00df", "1", "_", "@", "/", ".", "-", "'", "\u2019", " ",
                                "\t", "x'y", "co-op", "e.g.", "\u0130", "\u017f", "\u02bc"])


@settings(max_examples=500, deadline=None)
@given(st.lists(LOWER_PIECES, max_size=40).map("".join))
def test_the_lower_case_word_pattern_starting_with_its_letter_matches_as_before(text):
    assert [m.span() for m in foreign._LOWER_WORD.finditer(text)] == [m.span() for m in PLAIN_LOWER_WORD.finditer(text)]


def test_the_ascii_forms_of_the_unicode_classes_hold_the_same_ascii_characters():
    import re

    for escape, inside in tokens_module._ASCII_CLASSES.items():
        for code in range(128):
            assert bool(re.fullmatch(escape, chr(code))) == bool(re.fullmatch(f"[{inside}]", chr(code))), (escape, code)
    for code in range(128):
        assert bool(re.fullmatch(r"[^\W\d_]", chr(code))) == bool(re.fullmatch(f"[{tokens_module._ASCII_LETTERS}]",
                                                                               chr(code))), code
    for _, branch in tokens_module._SCANNER_BRANCHES:
        plain = tokens_module._plain(branch)
        assert not re.search(r"\\[wWdDsS]|\[\^\\W", plain), plain  # every Unicode class spelled out


ASCII_TEXT = st.lists(st.one_of(st.characters(max_codepoint=127),
                                st.sampled_from(["www.", "://", ".com", "U.S.", "a.m.", "5,000m", "'s", "s'", "co-op"])),
                      max_size=40).map("".join)


@settings(max_examples=600, deadline=None)
@given(ASCII_TEXT)
def test_the_ascii_scanners_find_the_tokens_of_the_whole_pattern(text):
    assert text.isascii()
    assert list(tokens_module.tokens(text)) == plain_tokens(text)
    assert tokens_module.token_list(text) == tuple(plain_tokens(text))


def test_every_ascii_character_between_words_is_tokenised_as_the_whole_pattern_does():
    for code in range(128):
        ch = chr(code)
        for text in (f"ab{ch}cd 12{ch}3 x", f"www.a{ch}b.com/{ch}x", f"{ch}@n {ch}#t e{ch}@x.org", f"U.{ch}S. s{ch}'s"):
            assert list(tokens_module.tokens(text)) == plain_tokens(text), repr(text)


def test_the_dispatched_branches_are_those_of_the_scanners():
    """The splitters that start with one class of first characters rebuild the abbreviation,
    number and word branches from these patterns (a change to them must be made there too)."""
    assert tokens_module._ABBREV == r"(?<![\w.])(?:[^\W\d_]\.){2,}"
    assert tokens_module._CASED_NUMBER.startswith("[£$€¥]?\\d") and tokens_module._CASED_WORD.startswith(r"[^\W\d_]")
    for text in ("U.S. and a.m. on 5 May, £600m and 2bn", "x.y. 3.5 ſ's \u0130.K. 5\u00b5s"):
        for ascii_only in (False, True):
            splitter = tokens_module._splitter(frozenset({"abbrev", "number"}), ascii_only)
            assert splitter.pattern.pattern.startswith("([")
            if text.isascii() or not ascii_only:
                assert list(tokens_module.tokens(text)) == plain_tokens(text)


def plain_find_passages(doc) -> list:  # noqa: ANN001 - find_passages as it was, without its first test by marks
    memos = foreign._memos()
    out = []
    for seg in doc.segments:
        text = seg.text
        quotes = list(foreign._foreign_quotes(memos, text)) if '"' in text or "\u201c" in text or "\u00ab" in text else []
        rest = text
        for start, end, _ in quotes:
            rest = rest[:start] + " " * (end - start) + rest[end:]
        pieces = rest.split()
        share = foreign._share(memos, pieces)
        language = foreign._foreign(memos, rest, share)
        if language is None and quotes and share[1] and share[0] < foreign.MAX_ENGLISH_SHARE:
            language = quotes[0][2]
        if language is not None:
            out.append(foreign.Passage(seg, 0, len(text), language))
            continue
        runs = foreign._unknown_runs(memos, rest, pieces)
        if quotes or runs:
            found = [foreign.Passage(seg, start, end, lang) for start, end, lang in quotes]
            found.extend(foreign.Passage(seg, start, end, foreign.UNKNOWN_WORDS) for start, end in runs)
            out.extend(sorted(found, key=lambda p: p.start))
    return out


FOREIGN_TRICKY = [
    "The mayor spoke in Spanish.\n\nLos residentes de la comunidad pueden solicitar asistencia a trav\u00e9s del "
    "programa federal de vivienda.\n\nThe programme opens on Monday.",
    "He ended with Goethe: \u201cWer immer strebend sich bem\u00fcht, den k\u00f6nnen wir erl\u00f6sen\u201d, and sat down.",
    "\u201cNo tenemos dinero para pagar las cuentas de la casa,\u201d dijo la congresista en la reuni\u00f3n.",
    "Welsh gave the dialect the words llaw (hand), llygad (eye), gwddf (neck) for the body.",
    "She said \u201cthe quick brown fox jumps over xqzt\u201d and World\u201dxqzt brvl plomk zzyzx left.",
    "\u00abLa vie est belle quand on a des amis fid\u00e8les\u00bb, \"une chanson pour les enfants du quartier\" ici.",
]
FOREIGN_PIECES = st.sampled_from(
    ["the", "said", "xqzt", "brvl", "plomk", "llaw", "gwddf", "los", "residentes", "comunidad", "pueden", "la", "de",
     "dijo", "The", "Paris", "World", "a", "\u201c", "\u201d", '"', "\u00ab", "\u00bb", ",", "(", ")", "-", "'",
     "\u2019", "nation's", "\u00e9t\u00e9", "x"])


def test_passages_equal_the_plain_ones_on_the_corpus():
    found = 0
    docs = [parse(path.read_text(encoding="utf-8"), path.name, "txt") for path in sorted(CORPUS.glob("*/[0-9][0-9][0-9][0-9].txt"))]
    docs += [parse(text, "tricky.txt", "txt") for text in FOREIGN_TRICKY + TRICKY]
    for doc in docs:
        passages = foreign.find_passages(doc)
        assert passages == plain_find_passages(doc), doc.path
        found += len(passages)
    assert found >= 8  # passages of each kind are found: the comparison is not of empty lists


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(FOREIGN_PIECES, SPACES), max_size=40).map(lambda pairs: "".join(p + s for p, s in pairs)))
def test_passages_equal_the_plain_ones_on_any_text(text):
    doc = parse(text, "story.txt", "txt")
    assert foreign.find_passages(doc) == plain_find_passages(doc)


def plain_bracketed(text: str) -> list[words_module.WordUse]:
    """The bracketed words as they were found before the prefilter: the pattern run over all the text."""
    out = []
    for m in words_module._BRACKETED.finditer(text):
        written = m.group()
        if "[" not in written or written.startswith("[") and written.endswith("]"):
            continue
        word = written.replace("[", "").replace("]", "")
        if len(word) > 1:
            out.append(words_module.WordUse(word, m.start(), m.end(), False, None, 0, None, None, False))
    return out


BRACKET_PIECES = st.sampled_from(["[", "]", "[T]", "[t]", "hough", "remai", "[n]", "[ly]", "[sic]", "[the]", "[abcde]",
                                  "brisk", "a", "\u00e9", "\u0130", "_", "1", "x1", "[1]", "[\u00e9]", " ", "-", "'", "]]",
                                  "[[", "(", ")", "[a b]", "[ab]c", "c[ab]"])


@settings(max_examples=500, deadline=None)
@given(st.lists(BRACKET_PIECES, max_size=30).map("".join))
def test_bracketed_words_with_the_prefilter_are_those_of_the_whole_pattern(text):
    assert words_module._bracketed(text) == plain_bracketed(text)


def test_bracketed_words_with_the_prefilter_on_tricky_text_and_the_corpus():
    tricky = ("The [T]hough limi[t]ed pro[v]isions were shocking[ly] bad; [sic] and [the] text, gar[d]ens, "
              "[KPA] [Ten] years, \u00e9[t\u00e9]s [abcde]fg a[b] [c]d, [[x]]y")
    found = words_module._bracketed(tricky)
    assert [u.text for u in found] == ["Though", "limited", "provisions", "shockingly", "gardens", "\u00e9t\u00e9s", "ab",
                                        "cd"]
    for text in [tricky, *texts()]:
        assert words_module._bracketed(text) == plain_bracketed(text), text
