"""Speed paths of the house-style rule types, each against the full path it stands in for.

- ``consistency`` whose every match is one character (apostrophes, quotation marks): the
  forms counted with ``str.count``, only the losing form's marks visited
  (``Consistency.by_character``), against the occurrence-by-occurrence run;
- ``repetition``: the pre-check that no two long-enough units share a loose key
  (``Repetition._may_repeat``) against the full comparison, and ``loose_keys`` for text
  beyond ASCII against the fingerprint it stands for;
- ``occurrence`` by words (long-sentence): the pre-check on sentence lengths and spaces
  against a plain count of every sentence's words;
- ``DocView.units_for`` making only the gated segments' units, against the filtered list of
  every unit; ``spaces_only`` against ``str.isspace``.

Each runs on generated documents built around what the pre-check reads (marks at the edges of
segments, repeated sentences just under and over ``min_words``, sentences near the word limit
with tabs, line breaks and no-break spaces) and on the Wikinews test corpus and the rules'
own examples."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from copylint.checks.house_style import HouseStyle
from copylint.config import Settings, StyleSettings
from copylint.readers import parse
from copylint.style.packs import builtin_pack_names
from copylint.style.regexes import single_character
from copylint.style.ruletypes.repetition import fingerprint, loose_keys
from copylint.style.scopes import OTHER_SPACES, DocView, count_words, spaces_only

CORPUS = Path(__file__).parent / "corpus" / "wikinews"


@pytest.fixture(scope="module")
def check() -> HouseStyle:
    return HouseStyle(Settings(style=StyleSettings(packs=builtin_pack_names())))


def _rule(check: HouseStyle, rule_id: str):  # type: ignore[no-untyped-def]
    return next(r for r in check.ruleset.rules if r.id == rule_id)


def _findings(rule, view: DocView) -> list[tuple]:  # type: ignore[no-untyped-def]
    return [(f.rule, id(f.segment), f.start, f.end, f.message, f.suggestions) for f in rule.run(view)]


def _corpus_and_examples(check: HouseStyle) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*/[0-9]*.txt"))]
    texts += [e.plain() for r in check.rules for e in (*r.bad, *r.good)]
    return texts


def _docs(texts: list[str]) -> list:  # type: ignore[type-arg]
    return [parse(text, "x.txt", "txt") for text in texts]


# -- consistency by character ------------------------------------------------------------

_MARKS = "'\u2018\u2019\"\u201c\u201d\u201e"
_BEFORE = ["", " ", "(", "[", "\u2014", "\u2013", "/", "-", "x", "9", "\u00e9"]
_AFTER = ["", " ", "s", "t", "9", ".", ",", "\u00e9", "_"]


def _marked_text(rng: random.Random) -> str:
    paragraphs = []
    for _ in range(rng.randint(1, 6)):
        parts = []
        for _ in range(rng.randint(0, 12)):
            parts.append(rng.choice(["the", "mayor", "It", "said", "Jones", "don", "1990", "rock", "n", ""]))
            if rng.random() < 0.6:
                parts.append(rng.choice(_BEFORE) + rng.choice(_MARKS) + rng.choice(_AFTER))
        paragraphs.append(" ".join(parts).strip() or rng.choice(_MARKS))
    return "\n\n".join(paragraphs)


def test_single_character_patterns():
    assert single_character("'") == ("'", True)
    assert single_character("'(?<=x')(?!y)") == ("'", False)
    assert single_character("\\b\u2019") == ("\u2019", False)
    assert single_character("ab") is None
    assert single_character("[ab]") is None
    assert single_character("a?") is None
    assert single_character("a", 2) is None  # (re.IGNORECASE)
    assert single_character("(?i)a") is None


@pytest.mark.parametrize("rule_id", ["style.apostrophe-consistency", "style.quote-consistency"])
def test_consistency_by_character_equals_the_full_run(check, rule_id):
    rule = _rule(check, rule_id)
    assert rule.by_character is not None  # (the speed path is the one under test)
    rng = random.Random(rule_id)
    texts = _corpus_and_examples(check) + [_marked_text(rng) for _ in range(600)]
    reported = 0
    for doc in _docs(texts):
        for gated in (True, False):
            fast = _findings(rule, DocView(doc, check.ruleset.lexicon, gated=gated))
            saved, rule.by_character = rule.by_character, None
            try:
                full = _findings(rule, DocView(doc, check.ruleset.lexicon, gated=gated))
            finally:
                rule.by_character = saved
            assert fast == full, doc.segments[0].text[:80]
            reported += len(fast)
    assert reported > 100  # (the generated mixes are reported)


# -- repetition ----------------------------------------------------------------------------

_SENTENCES = ["Thank you.", "He denied it.", "Image: Jane Smith.", "The council met on Monday.",
              "The council will vote on the budget next week.", "The council will vote on the budget next week!",
              "\u201cThe council will vote on the budget next week,\u201d she said.",
              "The cafe\u0301 and the caf\u00e9 were shut on Tuesday night.", "STRASSE closed on Monday for six hours.",
              "Stra\u00dfe closed on Monday for six hours.", "One two three four five.", "One two three four five six.",
              "One, two, three, four, five, six.", "It\u2019s the council\u2019s view that the plan fails.",
              "Its the councils view that the plan fails.", "The \u03a3igma team met on Monday at noon.",
              "A\u00a0no-break space sits in this sentence of words.", "The plan - a bold one - was approved by all."]


def _repeating_text(rng: random.Random) -> str:
    paragraphs = []
    for _ in range(rng.randint(1, 6)):
        paragraphs.append(" ".join(rng.choice(_SENTENCES) for _ in range(rng.randint(1, 3))))
        if rng.random() < 0.2:
            paragraphs.append(rng.choice(paragraphs))
        if rng.random() < 0.1:
            paragraphs.append(paragraphs[-1] + " Jane Smith, Mayor")
    return "\n\n".join(paragraphs)


def test_repetition_precheck_equals_the_full_comparison(check, monkeypatch):
    rule = _rule(check, "style.repeated-text")
    rng = random.Random(7)
    texts = _corpus_and_examples(check) + [_repeating_text(rng) for _ in range(500)]
    reported = skipped = 0
    for doc in _docs(texts):
        view = DocView(doc, check.ruleset.lexicon)
        fast = _findings(rule, view)
        skipped += not any(rule._may_repeat(view))
        with monkeypatch.context() as m:
            m.setattr(rule, "_may_repeat", lambda view: (rule.paragraphs, rule.sentences))
            full = _findings(rule, DocView(doc, check.ruleset.lexicon))
        assert fast == full, doc.segments[0].text[:80]
        reported += len(fast)
    assert reported > 50 and skipped > 50


_KEY_ALPHABET = "abcXYZ \t\n.,'-\u2019\u201c\u201d\u2013\u00e9\u00c9\u00df\u03a3\u03c3\u0130\u00a0\u2028\u00ad\u017f\ud800"


def test_loose_keys_are_the_fingerprints_without_spaces():
    rng = random.Random(3)
    for _ in range(3000):
        texts = ["".join(rng.choice(_KEY_ALPHABET) for _ in range(rng.randint(0, 12))) for _ in range(rng.randint(1, 5))]
        expected = [fingerprint(t).replace(" ", "").encode("utf-8", "surrogatepass") for t in texts]
        assert loose_keys(texts) == expected, texts


# -- occurrence by words (long-sentence) ----------------------------------------------------

_WORDS = ["council", "a", "the", "-", "\u2014", "budget", "U.S.", "don't", "six-member", "\u201cno\u201d", "&", "2015"]
_GAPS = [" "] * 20 + ["  ", "\t", "\n", "\u00a0", "\u2009", " \u2014 "]


def _long_sentences(rng: random.Random) -> str:
    paragraphs = []
    for _ in range(rng.randint(1, 4)):
        sentences = []
        for _ in range(rng.randint(1, 3)):
            n = rng.choice([3, 20, 45, 49, 50, 51, 52, 60])
            gaps = _GAPS if rng.random() < 0.3 else [" "]
            base = rng.choice(["council", "a"])  # ("a a a ...": as short as a sentence of n words can be)
            words = [rng.choice(_WORDS) if base != "a" and rng.random() < 0.1 else base for _ in range(n)]
            sentences.append("".join(w + rng.choice(gaps) for w in words[:-1]) + words[-1] + rng.choice([".", ""]))
        paragraphs.append(" ".join(sentences))
    return "\n\n".join(paragraphs)


def test_long_sentence_precheck_equals_counting_every_sentence(check):
    rule = _rule(check, "style.long-sentence")
    rng = random.Random(11)
    texts = _corpus_and_examples(check) + [_long_sentences(rng) for _ in range(400)]
    reported = 0
    for doc in _docs(texts):
        view = DocView(doc, check.ruleset.lexicon)
        got = [(id(u.segment), u.start, u.end, n) for u, n in rule._failing_word_counts(view)]
        plain = [(id(u.segment), u.start, u.end, n) for u in view.units(rule.scope)
                 if (n := count_words(u.text)) > rule.max]
        assert got == plain, doc.segments[0].text[:80]
        reported += len(got)
    assert reported > 100


# -- document views ---------------------------------------------------------------------------

def test_other_spaces_are_every_white_space_but_the_space():
    assert OTHER_SPACES == "".join(c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace() and c != " ")


def test_spaces_only():
    rng = random.Random(5)
    for _ in range(2000):
        text = "".join(rng.choice("ab .\u2019\u00e9" + OTHER_SPACES) if rng.random() < 0.05 else rng.choice("ab .\u2019")
                       for _ in range(rng.randint(0, 30)))
        assert spaces_only(text) == (not any(c.isspace() and c != " " for c in text)), repr(text)


def test_units_for_makes_the_units_of_the_gated_segments(check):
    rng = random.Random(13)
    scopes = {r.scope.names: r.scope for r in check.ruleset.rules}.values()
    for doc in _docs(_corpus_and_examples(check)[:80]):
        view = DocView(doc, check.ruleset.lexicon)
        gates = sorted(view.multipass().gates)
        for scope in scopes:
            for _ in range(3):
                chosen = rng.sample(gates, min(len(gates), rng.randint(1, 3))) if gates else [0]
                fresh = view.units_for(scope, chosen)  # (before the scope's units are made)
                other = DocView(doc, check.ruleset.lexicon)
                other.units(scope)
                assert fresh == other.units_for(scope, chosen)


def test_a_replacement_without_a_backslash_expands_to_itself(check):
    """Substitution and consistency skip ``Match.expand`` for such replacements."""
    import re

    m = re.compile(r"(a)(?P<b>b)").search("xab")
    rng = random.Random(17)
    templates = ["", "\u2019", "\u201c", "g<1>", "{1}", "$1", "%s"]
    templates += ["".join(rng.choice("ab g<>1{}$%\u2018\u00e9") for _ in range(rng.randint(0, 8))) for _ in range(300)]
    templates += [alt.fix for r in check.ruleset.rules for group in getattr(r, "groups", ()) for form in group
                  for alt in form if alt.fix is not None]
    templates += [t for r in check.ruleset.rules for t in getattr(r, "replacements", ()) if isinstance(t, str)]
    for template in templates:
        if "\\" not in template:
            assert m.expand(template) == template
