"""The spelling check's fast paths give the verdicts of the slow path: words settled with one
lookup (spelling.checks.settles), dialect evidence looked up once per distinct word, and the
foreign-phrase prefilter by folded runs. Each is compared with the plain computation on tricky
words (names, capitals, hyphens, possessives, dialect variants, listed misspellings, shouting
headlines, house lists) and on the Wikinews corpus."""

from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import replace

import pytest

from conftest import ROOT
from copylint.checks import spelling as spelling_check
from copylint.checks.spelling import settles
from copylint.config import Settings, SpellingSettings
from copylint.dialect import Evidence, _sentence_initial, evidence
from copylint.engine import Linter
from copylint.readers import parse
from copylint.spelling.speller import HEADLINE, get_speller, shape_of
from copylint.spelling.words import (
    _BEFORE_LOWER,
    _FOLD,
    Settled,
    _phrase_spans,
    _phrases,
    glued,
    is_compound,
    word_uses,
)
from copylint.tokens import tokens

CORPUS = ROOT / "tests" / "corpus" / "wikinews"

TRICKY = """GOVERMENT SEIGE OF THE CITY ENDS IN COLOUR AND CENTER

The Goverment said the seige of the perimiter would recieve attention. The goverment, the Goverment.
Colour, color, colours and colors; the Labour Party or the Labor Party; Pearl Harbor. Favour favor.
Organised organized organise; criticised. Criticise the Centre. The centre center theatre theater.
Tehran-alinged militias and Tehran-aligned Shia; co-ordinated pro-Iran alt-right neo-pagan e-mail wi-fi.
Kwok-hing Chi-wai; Agence France-Presse, Baden-Baden; Ursula von der Leyen and Mohammed ibn Salman.
Morvella quintaris, M. quintaris. Cllr. Ceaser, Ruth A. Ceaser and Ceaser. Claus and Claus.
5 mln dlrs, Shr 12 cts, 82 pct, 40 bpd; kWh dlrs mln. Khamenei Esper Mousavi Vallen Vallen Trovel.
The [T]hough limi[t]ed pro[v]isions were shocking[ly] bad; [sic] text "Welcom [sic] to".
Run `copylint --seige` now. See https://example.com/seige and desk@example.org @newsdesk #Baghdad.
The militias\u2019 leaders and the militias' allies. Iran's O'Brien Qur'an rock'n'roll can't won't.
A frostfin frostfin frostfin; velmarin velmarin velmarin. Ad hoc, fait accompli, vis-\u00e0-vis, coup d\u02bc\u00e9tat.
Economic Develipment Administration and the Ofice of. Educaton Institute. He travelled; traveled.
He said "Tyre" and the tyre, tire, kerb and curb; towards toward 5 per cent 5 percent Mr Smith Mr. Jones.
January 5, 2020 and 5 January 2020. Analyse analyze analysed. A programme, the program, the meter.
Ko\u2018ie\u2018ie and I?a. index.html alt.religion.scientology. COVID-19 F-16 mp3. Ayatollah ALI KHAMENEI SAID.
Defence defense offence offense; the Defense Department; US Defense Secretary Mark Esper. Statementsaid.
Reweaponization technocratically ozonisation antivirals seedworker. Totaling totalling. Colour-coded color-coded.
Mr. Smith's neighbour's neighbor's harbour; realise realize; jewellery jewelry; grey gray; ageing aging.
McCain iPhone NATO UN US Us uS I a A x. Theatre THEATRE Theater COLOR Color. Seige SEIGE Recieve.
"""

SETTINGS = {
    "auto": Settings(select=("spelling", "dialect")),
    "en-GB": Settings(select=("spelling",), dialect="en-GB"),
    "en-US": Settings(select=("spelling",), dialect="en-US"),
    "fallback en-GB": Settings(select=("spelling", "dialect"), dialect_fallback="en-GB"),
    "mix only": Settings(select=("spelling.dialect-mix",)),
}


def _texts() -> list[str]:
    return [TRICKY] + [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*/[0-9][0-9][0-9][0-9].txt"))[:12]]


def _lint(settings: Settings, text: str) -> list:
    return Linter(settings).lint(parse(text, "story.txt", "txt"))


@pytest.fixture
def slow_path(monkeypatch):
    """The check without the fast path: no word is settled, every word is judged in context."""
    def use_slow_path() -> None:
        monkeypatch.setattr(spelling_check.Spelling, "_settled_words",
                            lambda self, speller, house: Settled(lambda word: False))
    return use_slow_path


@pytest.mark.parametrize("name", sorted(SETTINGS))
def test_settled_words_give_the_findings_of_the_slow_path(name, slow_path):
    settings = SETTINGS[name]
    fast = [_lint(settings, text) for text in _texts()]
    slow_path()
    slow = [_lint(settings, text) for text in _texts()]
    assert fast == slow
    assert any(fast)  # the texts do raise findings: the comparison is not of two empty lists


def test_settled_words_respect_the_house_lists(tmp_path, slow_path):
    reject = tmp_path / "reject.txt"
    reject.write_text("colour->color\ntheatre\nGovernment\nmilitias\n", encoding="utf-8")
    accept = tmp_path / "accept.txt"
    accept.write_text("Khamenei\nseige\n", encoding="utf-8")
    settings = Settings(select=("spelling",), spelling=SpellingSettings(accept=(str(accept),), reject=(str(reject),),
                                                                      words=("Esper", "colour")))
    fast = _lint(settings, TRICKY)
    assert {"theatre", "militias"} <= {i.text for i in fast}  # rejected dictionary words are reported
    slow_path()
    assert fast == _lint(settings, TRICKY)


@pytest.mark.parametrize("word", ["colour", "Colour", "color", "Theatre", "THEATRE", "organise", "centre",
                                  "seige", "Seige", "goverment", "Goverment", "Khamenei", "tyre", "McCain",
                                  "iPhone", "NATO", "a", "I", "the", "The", "THE", "said", "Said", "program",
                                  "meter", "favourite", "Iran's", "co-ordinated", "analyze", "world's", "don't",
                                  "DON'T", "It\u2019s", "neighbour's", "Iran", "Trump", "Paris", "Baghdad", "Seige",
                                  "well-known", "Iran-backed", "pro-Iran", "e-mail", "colour-coded", "Well-Known"])
def test_a_settled_word_is_correct_in_every_context_and_no_dialect_form(word):
    speller = get_speller()
    if not settles(speller, None, word):
        return
    word = glued(word)
    if word is None:
        return  # a word with a digit: never judged
    if is_compound(word):  # judged part by part: each part is settled alone
        parts = [p for p in re.split("[-\u2010\u2011]", word) if len(p) > 1]
        assert parts and all(p.isalpha() and settles(speller, None, p) for p in parts), word
        for part in parts:
            test_a_settled_word_is_correct_in_every_context_and_no_dialect_form(part)
        return
    if len(word) < 2 or shape_of(word) == "mixed":
        return
    for initial in (False, True, HEADLINE):
        for name_context in (False, True):
            for by_number in (False, True):
                for mid_body in (False, True):
                    assert speller.judge(word, None, initial, name_context, by_number=by_number,
                                         mid_body=mid_body).ok, word
                    assert speller.judge(word.capitalize(), None, initial, name_context, by_number=by_number,
                                         mid_body=mid_body).ok, word
    if shape_of(word) != "upper":
        assert speller.other_forms(word.lower()) == (None, None)


def test_the_settled_examples_are_as_expected():
    speller = get_speller()
    words = ("the", "The", "THE", "said", "McCain", "a", "NATO", "colour", "color", "Seige", "goverment",
             "Khamenei", "world's", "world\u2019s", "don't", "O'Brien", "COVID19", "neighbour's", "goverment's",
             "co-ordinated", "pro-Iran")
    settled = {w for w in words if settles(speller, None, w)}
    # common words, a mixed-case name, a letter, possessives and contractions of common words, a word with a digit
    assert {"the", "The", "THE", "said", "McCain", "a", "world's", "world\u2019s", "don't", "O'Brien", "COVID19"} <= settled
    # a capitalised word that is surely a name, and a compound of settled parts
    assert {"Khamenei", "pro-Iran"} <= settled
    assert not settled & {"colour", "color", "Seige", "goverment", "neighbour's", "goverment's", "co-ordinated"}


def test_word_uses_leave_out_exactly_the_settled_words():
    speller = get_speller()
    settled = Settled(lambda w: settles(speller, None, w))
    left_out = 0
    for text in TRICKY.split("\n"):
        token_at = {t.start: t.text for t in tokens(text) if t.kind == "word"}
        compound_at = {i: t.text for t in tokens(text) if t.kind == "word" for i in range(t.start, t.end)}
        every = list(word_uses(text))
        some = list(word_uses(text, settled))
        kept = [u for u in every if not (u.compound is None and u.start in token_at and len(u.text) == u.end - u.start
                                         and settles(speller, None, token_at[u.start]))
                and not (u.compound is not None and settles(speller, None, compound_at[u.start]))]
        assert some == kept
        left_out += len(every) - len(some)
    assert left_out > 100


def _plain_evidence(doc) -> Evidence:  # noqa: ANN001 - the loop before the memo (the other clues left out)
    ev = Evidence()
    for seg in doc.segments:
        for tok in tokens(seg.text):
            if tok.kind != "word" or len(tok.text) < 4:
                continue
            if tok.text[:1].isupper() and not _sentence_initial(seg.text, tok.start):
                continue
            for part in tok.parts():
                ev.add_word(part.text)
    return ev


def test_dialect_evidence_memo_gives_the_plain_evidence():
    for text in _texts():
        doc = parse(text, "story.txt", "txt")
        got, plain = evidence(doc), _plain_evidence(doc)
        assert (got.gb, got.us, got.by_word) == (plain.gb, plain.us, plain.by_word)
        spelled = Counter({k: v for k, v in got.clues.items() if k.endswith("spellings")})
        assert spelled == Counter({k: v for k, v in plain.clues.items() if v})
    assert evidence(parse(TRICKY, "story.txt", "txt")).by_word  # the tricky text has evidence both ways
    assert evidence(parse(TRICKY, "story.txt", "txt")).clues["Mr."] and evidence(parse(TRICKY, "s.txt", "txt")).clues[
        "day-month dates"]


def test_the_fold_keeps_runs_of_word_characters_apart_as_they_are():
    """The phrase prefilter folds each run of word characters alone: one character folds to one,
    and a word character to a word character, except the modifier apostrophe (left out of runs)."""
    word = re.compile(r"\w")
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        folded = ch.translate(_BEFORE_LOWER).lower().translate(_FOLD)
        assert len(folded) == 1, hex(code)
        assert bool(word.fullmatch(folded)) == (bool(word.fullmatch(ch)) and ch != "\u02bc"), hex(code)


def test_phrase_prefilter_on_tricky_text():
    for line in TRICKY.split("\n") + ["coup d\u02bc\u00e9tat", "COUP D'\u00c9TAT", "status quo", "de jure or de facto"]:
        assert _phrase_spans(line) == [m.span() for m in _phrases().finditer(line)], line
    assert _phrase_spans("coup d\u02bc\u00e9tat") and _phrase_spans("the status quo ante")


def test_a_repeated_settled_cache_is_bounded():
    calls = []
    settled = Settled(lambda w: calls.append(w) or True, limit=3)
    for w in ["a", "b", "c", "d", "a"]:
        settled.known.get(w) or settled.add(w)
    assert len(settled.known) <= 3 and calls == ["a", "b", "c", "d", "a"]


def test_shouting_headline_still_capitalises_and_upper_cases_suggestions():
    text = "GOVERMENT SEIGE OF THE CITY ENDS\n\nThe body says nothing of it.\n"
    found = [(i.text, i.suggestions) for i in _lint(replace(SETTINGS["en-GB"]), text)]
    assert ("GOVERMENT", ("GOVERNMENT",)) in found and ("SEIGE", ("SIEGE",)) in found


TERM_TEXTS = [
    "The fibre is called the velmarin. Weavers prize velmarin (a soft wool) and kesolang (wide sash).",
    "The toponym velbo is old; tudomany in Hungarian and wiedzka in Polish mean science.",
    "The old perimiter (fence) and the term florbet was coined; (commonly known as dustwort).",
    "It was dubbed frostfin, termed glimmerock; the word snorvel; the nickname zibbet stuck.",
]


def _plain_terms_contain(texts: list[str], word: str) -> bool:
    """ArticleTerms as it was: every term of the article found first, then the slip search."""
    from copylint.spelling import terms

    speller = get_speller()
    if word not in terms.introduced_terms(texts, lambda w: not speller.judge(w).ok):
        return False
    ranked = speller.candidates(word)
    return not (ranked and ranked[0].weight >= terms.SLIP_WEIGHT and ranked[0].zipf >= terms.SLIP_WORD_ZIPF)


def test_article_terms_asked_word_by_word_are_those_found_all_together():
    from copylint.spelling.terms import ArticleTerms

    found = 0
    for text in [*TERM_TEXTS, "\n\n".join(TERM_TEXTS), *_texts()]:
        texts = [seg.text for seg in parse(text, "story.txt", "txt").segments]
        words = list(dict.fromkeys(re.findall(r"[a-z]+", text)))[:60]
        for asked in (words, list(reversed(words)), [w for w in words if not get_speller().is_word(w)]):
            terms = ArticleTerms(texts, get_speller())
            got = [w in terms for w in asked + asked[:3]]
            plain = [_plain_terms_contain(texts, w) for w in asked + asked[:3]]
            assert got == plain, text[:60]
            found += sum(got)
    assert found >= 20  # terms are found, alone and all together
