"""The confusion rules' gates (``copylint.grammar.confusion.GATES``): a gate skips a trigger
word where its finder can yield nothing, before a ``Site`` is made. Each gate must be a pure
speed path: wherever it says "nothing here", the finder itself finds nothing, and the grammar
check with the gates reports exactly what it reports without them. Checked on sentences made
from the word lists (every word the lexicon holds after "to", in frames of every kind), on
adversarial sentences built around the words the finder's tests name, on every rule's
examples and on the Wikinews test corpus."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from copylint.checks import grammar as driver
from copylint.checks.base import CheckContext
from copylint.config import GrammarSettings, Settings
from copylint.grammar import confusables, confusion
from copylint.grammar.confusion import function_words
from copylint.grammar.confusion.context import Site
from copylint.grammar.lexicon import DATA
from copylint.grammar.stream import stream, walk
from copylint.readers import parse

CORPUS = Path(__file__).resolve().parent / "corpus" / "wikinews"
SETTINGS = Settings(grammar=GrammarSettings(backends=("builtin",)))
ALL_IDS = frozenset(r.id for r in driver.BuiltinGrammar.rules)

# what may stand before "to" and after the word that follows it: the words the finder's tests
# name, and plain ones
_BEFORE = ("it is", "it was", "they were", "she seemed", "he is not", "all", "far", "way", "only", "there's",
           "it's", "we have", "let", "from bad", "so", "she", "he", "the towns", "for that", "and the mayor,",
           "prices rose", "we want", "is", "the cost proved", "It", "The", "we went from short", "for", "They,",
           "we are not", "the hall was so", "I felt", "it got a bit", "we'm", "they're")
_AFTER = ("", ".", ",", " for the firm", " to act", " to", " and not", " and we can", " the impact", " since May",
          " for small firms to bear", " as expected", " than", " on the plan", " Paris", " 5", " them.",
          " and", " or", " but", " in", " by", "!", "?", ";")

# the closed classes, which the lexicon's tables leave out or the tagger's dictionary fixes
_FUNCTION_WORDS = ("be am is are was were been being have has had having do does did done will would can could "
                   "shall should may might must and but or nor so yet for the a an this that these those his her "
                   "their my our your its them him us me it they we you i he she what which who there here not "
                   "no as than then since until by from in on at of with").split()


def _lexicon_words() -> list[str]:
    """Every word of the grammar's word and verb tables (lowercase, one token each)."""
    out = set()
    for name in ("words.tsv", "verbs.tsv"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                out.update(f for field in line.split("\t") for f in field.split("/"))
    return sorted(w for w in out if w.isalpha() and w.islower())


def _too_hits(words, i) -> list:
    return list(function_words._too(Site(words, i)))


def _gate_is_sound_on(text: str) -> int:
    """Every "to" of ``text`` the gate skips has no hit of ``_too``; returns how many it skipped."""
    words = stream(text)
    skipped = 0
    for i, w in enumerate(words):
        if w.low == "to" and function_words.to_cannot_fire(words, i):
            skipped += 1
            assert _too_hits(words, i) == [], text
    return skipped


def test_the_to_gate_is_sound_after_every_lexicon_word():
    """ "to" before every word of the lexicon, in a plain frame and in frames the finder's tests
    read (a be-form before, "for ... to" after, the clause's end)."""
    vocab = _lexicon_words()
    assert len(vocab) > 20_000
    rng = random.Random(17)
    skipped = 0
    for n, word in enumerate(vocab):
        for before in (_BEFORE[n % len(_BEFORE)], ("all", "so", "it is", "there's", "the towns")[n % 5]):
            after = _AFTER[rng.randrange(len(_AFTER))]
            skipped += _gate_is_sound_on(f"{before} to {word}{after}")
    assert skipped > len(vocab)  # the gate decides most of them: it is worth having


def test_the_to_gate_is_sound_around_the_words_the_finder_names():
    """Adversarial: every named next word, and adjectives, after every context word and before
    every ending; capitals and curly apostrophes too."""
    named = _FUNCTION_WORDS + ["clean", "open", "free", "costly", "slippery", "worse", "better", "close", "make",
                               "school", "much", "many", "few", "little", "long", "late", "soon", "early", "far",
                               "often", "heavily", "easily", "quickly", "frequently", "slowly", "well", "badly", "worried",
                               "crowded", "stretched", "broken", "taken", "used", "seen"]
    for before in _BEFORE:
        for word in named:
            for after in _AFTER:
                for to in ("to", "To"):
                    _gate_is_sound_on(f"{before} {to} {word}{after}")
                    _gate_is_sound_on(f"{to} {word}{after}")
    _gate_is_sound_on("It\u2019s to late. So they, to, can go. And the budget, to. Not to cold for water.")


def test_the_gate_decides_plain_cases_and_leaves_the_rest_to_the_finder():
    words = stream("They plan to build a bridge to the city and to many towns, to.")
    gated = [words[i].low + " " + words[i + 1].low for i, w in enumerate(words)
             if w.low == "to" and function_words.to_cannot_fire(words, i)]
    assert gated == ["to build", "to the"]


def _findings(texts: list[tuple[str, str]]) -> list[tuple]:
    check = driver.BuiltinGrammar(SETTINGS)
    out = []
    for n, (text, fmt) in enumerate(texts):
        doc = parse(text, f"t{n}.txt", fmt)
        ctx = CheckContext(settings=SETTINGS, doc=doc, enabled=ALL_IDS)
        out += [(n, f.rule, doc.segments.index(f.segment), f.start, f.end, f.message, f.suggestions) for f in check.run(doc, ctx)]
    return out


def _generated(count: int) -> list[tuple[str, str]]:
    vocab = _lexicon_words()
    rng = random.Random(4)
    return [(" ".join((rng.choice(_BEFORE), rng.choice(("to", "too", "To")), rng.choice(vocab))) + rng.choice(_AFTER),
             "body") for _ in range(count)]


@pytest.fixture
def no_gates(monkeypatch):
    def clear():
        confusables._gates.cache_clear()
        driver._plan.cache_clear()

    clear()
    monkeypatch.setattr(confusion, "GATES", {})
    monkeypatch.setattr(confusables, "GATES", {})  # (the older finders' gates)
    yield
    monkeypatch.undo()
    clear()


def test_the_check_reports_the_same_with_and_without_gates(request):
    texts = [(e.plain(), e.format) for r in driver.BuiltinGrammar.rules for e in (*r.bad, *r.good)]
    texts += [(p.read_text(encoding="utf-8"), "txt") for p in sorted(CORPUS.glob("*/[0-9]*.txt"))]
    texts += _generated(3000)
    confusables._gates.cache_clear()
    gated = _findings(texts)
    assert confusables._gates(ALL_IDS)  # the gates were on
    request.getfixturevalue("no_gates")
    assert not confusables._gates(ALL_IDS)
    assert _findings(texts) == gated
    assert any(f[1] == function_words.TOO.id for f in gated)  # the rule fires in these texts


def _stepped(words, i: int, offset: int):
    """The word ``offset`` places from ``words[i]`` by ``after``/``before`` one step at a time
    (what ``Site`` did before its walk was inlined)."""
    from copylint.grammar.stream import after, before

    k = i
    for _ in range(abs(offset)):
        nxt = (after if offset > 0 else before)(words, k)
        if nxt is None:
            return None
        k = nxt.index
    return words[k]


def test_a_sites_walk_equals_stepping_word_by_word():
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*/[0-9]*.txt"))[:6]]
    texts += ["A b, c\\nd\\n\\ne  f\\tg (h) \u201ci\u201d j.", "One", "", " x ", "a\\n\\n\\nb c,d"]
    texts = [t.replace("\\n", "\n") for t in texts]
    asked = 0
    for text in texts:
        words = stream(text)
        for i in range(len(words)):
            site = Site(words, i)
            for offset in range(-9, 10):
                asked += 1
                expected = _stepped(words, i, offset)
                assert walk(words, i, offset) is expected, (text[:40], i, offset)
                assert site.word(offset) is expected, (text[:40], i, offset)
    assert asked > 10_000
