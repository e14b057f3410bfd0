"""An article's terms are found without searching its whole text word by word
(copylint.spelling.terms): the glossed runs are tried only before each opening bracket, and
"in" and a language name from the word "in" on; the matches are those of the plain
searches, on the corpus and on made-up text."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from copylint.spelling import terms

CORPUS = Path(__file__).resolve().parent / "corpus" / "wikinews"
#: the searches the faster ones stand for, as they were written
IN_CAPITALISED = re.compile(r"\sin\s+([A-Z][a-z]+)\b")


def _corpus_paragraphs() -> list[str]:
    return [p for path in sorted(CORPUS.glob("*/[0-9][0-9][0-9][0-9].txt"))
            for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]


def _made_up(seed: int, pieces: list[str], count: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 16))) for _ in range(count)]


GLOSS_PIECES = ["ab", "Xy", "İ", " ", "  ", "\t", "\n", "(", ")", "-", "'", "\u2019", "3", "_", ".", ",", "FBI", "q"]
IN_PIECES = ["in", "In", " ", "\n", "\u00a0", "\t", "wi", "Swedish", "Xx", "Latvian", "a", "(", "ab", "Xy2"]


@pytest.mark.parametrize("text", [
    "kesolang (wide sash)",
    "3. oktobra velmosta (October 3rd Bridge)",
    "a b c d (e f) and g (h)",
    "the well-known thing (a gloss), and x\u2019y (z)",
    "(a) (b (c",
    "rd Bridge (x",
    "foo  bar\tbaz  (qux)",
    "the (FBI) and the thing (Thing)",
    "word (  spaced) and 3rd (bridge)",
    "ab- (x) -ab (y) ab-cd (z)",
])
def test_glossed_runs_are_the_plain_search_s(text: str) -> None:
    assert [(m.span(), m.group(1)) for m in terms._glossed(text)] == \
        [(m.span(), m.group(1)) for m in terms._GLOSSED.finditer(text)]


def test_glossed_runs_match_the_plain_search_on_the_corpus_and_made_up_text() -> None:
    texts = _corpus_paragraphs() + _made_up(3, GLOSS_PIECES, 20_000)
    glossed = 0
    for text in texts:
        plain = [(m.span(), m.group(1)) for m in terms._GLOSSED.finditer(text)]
        assert [(m.span(), m.group(1)) for m in terms._glossed(text)] == plain, text
        glossed += bool(plain)
    assert glossed > 100  # (the texts have glosses to find)


def test_language_names_after_in_are_found_as_by_the_plain_search() -> None:
    languages = terms._languages()
    texts = _corpus_paragraphs() + _made_up(5, IN_PIECES, 50_000) + ["tudomany in Hungarian", "within Sweden"]
    named = 0
    for text in texts:
        plain = any(m.group(1) in languages for m in IN_CAPITALISED.finditer(text))
        assert terms._may_name_language(text) is plain, text
        named += plain
    assert named > 10


def test_an_article_s_terms_are_still_found() -> None:
    texts = ["The kesolang (wide sash) is worn at weddings.", "It is called the velmarin.",
             "The word tudomany in Hungarian means science.", "The old perimiter (fence) fell."]
    found = terms.introduced_terms(texts, lambda word: word in {"kesolang", "velmarin", "tudomany", "perimiter"})
    assert found == {"kesolang", "velmarin", "tudomany", "perimiter"}
