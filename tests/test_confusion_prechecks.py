"""Word-only pre-checks inside the confusion finders: a test, decided from the words alone,
that a site cannot report, asked before the finder tags a window. Each must be a pure speed
path: the finder run with the pre-check and with it switched off (``lambda ...: False``,
which leaves the finder exactly as it was before the pre-check) yields the same hits, on the
Wikinews test corpus, on every rule's examples, and on sentences generated around the words
the pre-check names."""

from __future__ import annotations

import itertools
import random
from pathlib import Path

import pytest
from tagger_calls import tagger_calls
from test_grammar_gates import _lexicon_words  # (the same word list)

from copylint.checks import grammar as driver
from copylint.grammar.confusion import pronouns, verbs
from copylint.grammar.confusion.context import Site
from copylint.grammar.stream import stream
from copylint.native import compiled_modules

CORPUS = Path(__file__).resolve().parent / "corpus" / "wikinews"


def _hits(texts: list[str], trigger: frozenset[str], finder) -> tuple[list[tuple], int]:  # type: ignore[no-untyped-def]
    """Every hit of ``finder`` at every ``trigger`` word of ``texts`` (a fresh stream each
    time, so no tag memo is shared between the two runs), and how many sites were asked."""
    out, sites = [], 0
    for n, text in enumerate(texts):
        words = stream(text)
        for i, w in enumerate(words):
            if w.low in trigger:
                sites += 1
                out += [(n, *hit) for hit in finder(Site(words, i))]
    return out, sites


def _corpus_texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*/[0-9]*.txt"))]
    texts += [e.plain() for r in driver.BuiltinGrammar.rules for e in (*r.bad, *r.good)]
    return texts


# the words before the trigger that the pre-check settles, and others the finders read (nouns,
# names, titles, adverbs, pronouns, auxiliaries), in frames before (long and short sentences,
# with and without another verb, title case) and objects after that open their tests
_BEFORE = sorted(verbs._PAST_OK_BEFORE | verbs._TIME_SPANS | verbs.DETERMINERS) + [
    "chair", "mayor", "committee", "Smith", "Jones", "Sen.", "panel", "team", "people", "also", "today", "recently",
    "who", "that", "which", "he", "she", "it", "they", "has", "had", "was", "were", "will", "can", "to", "and",
    "this", "those", "Rep.", "(D-Ohio)", "council,", "members", "iodine", "deficiency", "quickly", "assembly",
    "Act,", "committee also", "parade", "march", "road", "bill", "Senate", "unanimously", "finally"]
_FRAMES = ("", "The ", "In April, the ", "Officials said the ", "Sen. Jones and the ", "The chair of the ",
           "Last year the ", "But hopefully ", "The president of the ", "It was the ", "We can't say the ",
           "On the Way Home the ", "A ", "Yesterday in the capital the ", "The state's new ")
_AFTER = ("a delegation to Paris.", "the party.", "to higher costs.", "nine members on a visit.", "10 points.",
          "by example.", "Smith's bill.", "for Belgium.", "against Panama.", "stories.", ".", "them.",
          "nearly 50 members.", "by the minister.", "more than 30 people.", "singer of the band.",
          "in the water.", "2019 protests.", "some of the talks.", "us to victory.", "the church floods.",
          "the plan to cut fees in the region.", "The Bill", "this week, and it will rain.", "its vote on Monday.",
          "a law that bans smoking in bars.", "their budget despite the fierce objections of several members.")


def _texts(trigger: str) -> list[str]:
    rng = random.Random(30)
    texts = [f"{frame}{before} {trigger} {after}" for frame, before, after in itertools.product(
        ("", "The ", "The chair of the ", "In April, the "), _BEFORE, _AFTER)]
    texts += [f"{rng.choice(_FRAMES)}{rng.choice(_BEFORE)} {rng.choice((trigger, trigger.title()))} "
              f"{rng.choice(_AFTER)}" for _ in range(3000)]
    return texts


@pytest.mark.parametrize(("triggers", "finder", "test", "hit"), [
    (frozenset({"lead", "led"}), verbs._lead, verbs._lead_the_sentences_only_verb, ("led",)),
    (frozenset({"past", "passed"}), verbs._past, verbs._past_the_sentences_only_verb, ("passed",)),
])
def test_the_only_verb_precheck_keeps_every_hit(monkeypatch, triggers, finder, test, hit):  # type: ignore[no-untyped-def]
    texts = _corpus_texts() + _texts(min(triggers))
    with_precheck, sites = _hits(texts, triggers, finder)
    with monkeypatch.context() as m:
        m.setattr(verbs, "only_verb_cannot_fire", lambda site, p1: False)  # the finder as it was
        without, sites_again = _hits(texts, triggers, finder)
    assert sites == sites_again and sites > 10_000
    assert with_precheck == without
    assert len(with_precheck) > 200  # the rule fires in these texts (lead 5,371 hits, past 305 when written)
    assert any(h[-1] == hit for h in with_precheck)
    # the test the pre-check stands before says yes at some of these sites, and the pre-check
    # settles many others (lead: 908 and 19,435 of 22,487 sites; past: 494 and 19,438 when written)
    fired = settled = 0
    for text in texts:
        words = stream(text)
        for i, w in enumerate(words):
            if w.low in triggers:
                p1 = Site(words, i).low(-1)
                fired += test(Site(words, i), p1)
                settled += verbs.only_verb_cannot_fire(Site(words, i), p1)
    assert fired > 50 and settled > sites // 2


def test_the_only_verb_precheck_decides_sites_the_finder_would_tag(monkeypatch):  # type: ignore[no-untyped-def]
    """It is worth having: at "the lead for", "the lead stories", "this will lead to", the
    finder no longer tags."""
    calls = tagger_calls(monkeypatch)
    for text in ("The striker doubled the lead for Belgium.", "Those were the lead stories for weeks.",
                 "They went into the lead against Panama.", "Experts say that this will lead to higher costs.",
                 "Iodine deficiency can lead to serious health problems."):
        words = stream(text)
        i = next(k for k, w in enumerate(words) if w.low == "lead")
        assert not verbs._lead_the_sentences_only_verb(Site(words, i), words[i - 1].low)
    assert calls == []
    words = stream("The chair of the panel lead nine members on a visit.")
    assert not verbs.only_verb_cannot_fire(Site(words, 5), "panel")
    assert verbs._lead_the_sentences_only_verb(Site(words, 5), "panel")  # the finder's own example still fires


_YOUR_BEFORE = ("", "I think ", "So ", "What goes through ", "If ", "They said ", "Let them get in ", "and ",
                "Thanks for ", "When ", "Is ", "because ")
_YOUR_AFTER = ("", ".", " when that happens.", " to the vote.", " you've kept it.", " the plan.", " is late.",
               " in the hall.", " that we want.", " for us.", " about it.", " them.", " by Friday.", " going to win.",
               " and theirs.", " tomorrow?")


def test_the_your_precheck_keeps_every_hit(monkeypatch):  # type: ignore[no-untyped-def]
    """ "your" before every word of the lexicon (and the words the finder names), in frames
    the finder's tests read."""
    if pronouns.__name__ in compiled_modules():  # (the same code runs this test from the plain sources)
        pytest.skip("pronouns runs compiled: a patch from outside does not reach _your's call of the precheck")
    vocab = _lexicon_words()
    assert len(vocab) > 20_000
    rng = random.Random(31)
    named = sorted(pronouns._CONTRACTION_ADVERBS | pronouns._CONTRACTION_PREPOSITIONS | pronouns._YOUR_NEXT)
    texts = _corpus_texts()
    texts += [f"{_YOUR_BEFORE[n % len(_YOUR_BEFORE)]}{rng.choice(('your', 'Your'))} {word}"
              f"{rng.choice(_YOUR_AFTER)}" for n, word in enumerate(vocab)]
    texts += [f"{before}your {word}{after}" for before, word, after in itertools.product(
        _YOUR_BEFORE[:4], named + ["head", "meeting", "planning", "painting", "worried", "good", "sure"], _YOUR_AFTER)]
    triggers = frozenset({"your", "you're"})
    with_precheck, sites = _hits(texts, triggers, pronouns._your)
    with monkeypatch.context() as m:
        m.setattr(pronouns, "_your_cannot_fire", lambda n1: False)  # the finder as it was
        without, sites_again = _hits(texts, triggers, pronouns._your)
    assert sites == sites_again and sites > 20_000
    assert with_precheck == without
    assert len(with_precheck) > 500  # the rule fires in these texts
    settled = sum(pronouns._your_cannot_fire(w) for w in vocab)
    assert settled > len(vocab) // 4  # and the pre-check decides many words


def test_the_your_precheck_spares_the_tagger(monkeypatch):  # type: ignore[no-untyped-def]
    calls = tagger_calls(monkeypatch)
    for text in ("What goes through your head when that happens?", "Do not let them get in your head."):
        words = stream(text)
        i = next(k for k, w in enumerate(words) if w.low == "your")
        assert list(pronouns._your(Site(words, i))) == []
    assert calls == []
    words = stream("I think your going to win.")
    assert not pronouns._your_cannot_fire("going") and list(pronouns._your(Site(words, 2)))
