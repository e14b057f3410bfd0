"""The builtin grammar's dispatch: each rule family runs only where its trigger words stand,
and that must change nothing. Checked against a plain reference driver (every family over
every word, the confusion rules over every segment) on every grammar rule's examples, the
Wikinews test corpus and text with numbers and curly apostrophes."""

from __future__ import annotations

import types
from pathlib import Path

import pytest

from copylint.checks import grammar as driver
from copylint.checks.base import CheckContext
from copylint.config import GrammarSettings, Settings
from copylint.grammar import confusables, tense_time
from copylint.grammar.stream import NUMBER, Triggers, indexed_stream, stream
from copylint.readers import parse

CORPUS = Path(__file__).resolve().parent / "corpus" / "wikinews"
SETTINGS = Settings(grammar=GrammarSettings(backends=("builtin",)))
ALL_IDS = tuple(r.id for r in driver.BuiltinGrammar.rules)
EXTRA = [
    "Last year 2,000 people will march, and in 2019 the 3 ministers has resigned.",
    "They\u2019re sure it\u2019s their own; \u201cwe where told\u201d, he said at 5pm on 2019.",
    "Two weeks ago the council will vote. 12 May 2020 was a Tuesday.",
    # possessive-name candidates inside hashtags, handles, links and after other marks
    "Varnel spoke, then #Varnels team won; @Quimbys plan and www.example.com/Ostrovs report (Quimby, Ostrov).",
    "x.Varnels team, Mc-Quimbys plan, 3Ostrovs envoy, “Varnels crew” and $Quimbys fund: Varnel, Quimby.",
    "McVarnels team met Varnel; O’Quimbys plan and Quimby’s plan; QuimbyVarnels team, Ostrov.",
]


def _texts() -> list[tuple[str, str]]:
    out = [(e.plain(), e.format) for r in driver.BuiltinGrammar.rules for e in (*r.bad, *r.good)]
    out += [(p.read_text(encoding="utf-8"), "txt") for p in sorted(CORPUS.glob("*/[0-9]*.txt"))]
    return out + [(t, "body") for t in EXTRA]


def _reference(doc, enabled: frozenset[str]) -> set[tuple]:
    """What the driver reported before dispatch: every enabled family's ``find`` over the whole
    stream, the confusion rules over every segment."""
    found = set()
    families = [f for f in driver._FAMILIES if f.RULE.id in enabled]
    for seg in doc.segments:
        words = stream(seg.text)
        if not words:
            continue
        hits = [h for f in families for h in f.find(seg.text, words)]
        hits += list(confusables.find(seg.text, words, {r.id for r in confusables.RULES if r.id in enabled}))
        found |= {(id(seg), *h) for h in hits}
    return found


def _driven(doc, enabled: frozenset[str]) -> set[tuple]:
    ctx = CheckContext(settings=SETTINGS, doc=doc, enabled=enabled)
    return {(id(f.segment), f.rule, f.start, f.end, f.message, f.suggestions)
            for f in driver.BuiltinGrammar(SETTINGS).run(doc, ctx)}


@pytest.mark.parametrize("which", ["all rules", "defaults"])
def test_dispatch_reports_exactly_what_every_family_over_every_word_reports(which):
    rules = driver.BuiltinGrammar.rules
    enabled = frozenset(ALL_IDS if which == "all rules" else (r.id for r in rules if r.default_enabled))
    total = 0
    for text, fmt in _texts():
        doc = parse(text, "a.txt", fmt)
        expected = _reference(doc, enabled)
        assert _driven(doc, enabled) == expected, text
        total += len(expected)
    assert total > 400  # the bad examples alone hold more than that


def test_each_family_finds_nothing_away_from_its_triggers():
    """``find`` at the trigger sites equals ``find`` over every word, family by family (a rule
    that starts looking at a new word must add it to its TRIGGERS)."""
    streams = [(seg.text, stream(seg.text)) for text, fmt in _texts() for seg in parse(text, "a.txt", fmt).segments]
    declared = [f for f in driver._FAMILIES if getattr(f, "TRIGGERS", None) is not None]
    assert len(declared) >= 13  # the families of issue 12; one without TRIGGERS runs on every word
    for family in declared:
        assert isinstance(family.TRIGGERS, frozenset) and family.TRIGGERS, family.__name__
        hits = 0
        for text, words in streams:
            sites = [w.index for w in words
                     if w.low in family.TRIGGERS or (NUMBER in family.TRIGGERS and w.kind == "number")]
            everywhere = list(family.find(text, words))
            assert list(family.find(text, words, sites)) == everywhere, (family.__name__, text)
            hits += len(everywhere)
        assert hits, family.__name__  # its bad examples, at least


def test_a_family_with_a_trigger_pattern_finds_at_its_tokens_what_it_finds_everywhere():
    """A family that declares TRIGGER_PATTERN (possessive-name) runs at the tokens whose text
    the pattern finds in, and must find there exactly what one pass over the text finds."""
    streams = [(seg.text, stream(seg.text)) for text, fmt in _texts() for seg in parse(text, "a.txt", fmt).segments]
    shaped = [f for f in driver._FAMILIES if getattr(f, "TRIGGER_PATTERN", None) is not None]
    assert shaped
    for family in shaped:
        hits = 0
        for text, words in streams:
            sites = [w.index for w in words if family.TRIGGER_PATTERN.search(w.text)]
            everywhere = list(family.find(text, words))
            assert list(family.find(text, words, sites)) == everywhere, (family.__name__, text)
            hits += len(everywhere)
        assert hits > 12, family.__name__  # its bad examples and the marked names of EXTRA


def test_indexed_stream_sites_and_numbers():
    text = "In 2019 the 3 ministers met at 5pm in Paris."
    owners = {"in": (0,), "the": (0, 1), "at": (1,)}
    words, sites = indexed_stream(text, Triggers(owners, (2,), 3))
    assert words == stream(text)
    lows = [w.low for w in words]
    assert sites[0] == [lows.index("in"), lows.index("the"), len(lows) - 2]
    assert sites[1] == [lows.index("the"), lows.index("at")]
    assert [words[i].text for i in sites[2]] == ["2019", "3", "5pm"]
    assert NUMBER in tense_time.TRIGGERS


class _Family:
    """A stand-in rule family module."""


def _run_with(monkeypatch, family, texts: list[str]) -> list[tuple]:
    calls: list[tuple] = []

    def find(text, words, sites=None):
        calls.append((text, None if sites is None else [words[i].low for i in sites]))
        return iter(())

    fake = _Family()  # hashable, as a module is
    fake.RULE, fake.find = family.RULE, find
    if family.TRIGGERS is not None:
        fake.TRIGGERS = family.TRIGGERS
    monkeypatch.setattr(driver, "_FAMILIES", (fake,))
    driver._plan.cache_clear()
    doc = parse("\n\n".join(texts), "a.txt", "body")
    ctx = CheckContext(settings=SETTINGS, doc=doc,
                       enabled=frozenset({family.RULE.id}))
    list(driver.BuiltinGrammar(SETTINGS).run(doc, ctx))
    driver._plan.cache_clear()
    return calls


def test_a_family_runs_only_on_segments_with_its_triggers_and_without_triggers_everywhere(monkeypatch):
    rule = driver._FAMILIES[0].RULE
    texts = ["The zebra ran.", "A horse ran.", "Zebra and zebra."]
    calls = _run_with(monkeypatch, types.SimpleNamespace(RULE=rule, TRIGGERS=frozenset({"zebra"})), texts)
    assert calls == [("The zebra ran.", ["zebra"]), ("Zebra and zebra.", ["zebra", "zebra"])]
    calls = _run_with(monkeypatch, types.SimpleNamespace(RULE=rule, TRIGGERS=None), texts)
    assert calls == [(t, None) for t in texts]  # no TRIGGERS: every segment, every word


def _spy_on_confusables(monkeypatch) -> list[tuple[str, list[str]]]:
    """Record each call of ``confusables.find`` (its segment and the words at its ``sites``),
    which still does the real work."""
    seen: list[tuple[str, list[str]]] = []
    real = confusables.find

    def spy(text, words, enabled, sites=None):
        seen.append((text, [words[i].low for i in sites]))
        return real(text, words, enabled, sites)

    monkeypatch.setattr(confusables, "find", spy)
    monkeypatch.setattr(driver, "_FAMILIES", ())
    driver._plan.cache_clear()
    return seen


def test_confusion_rules_skip_segments_without_their_trigger_words(monkeypatch):
    seen = _spy_on_confusables(monkeypatch)
    ids = frozenset(r.id for r in confusables.RULES if r.id.endswith(".its"))
    doc = parse("Its been a year.\n\nNothing here.", "a.txt", "body")
    ctx = CheckContext(settings=SETTINGS, doc=doc, enabled=ids)
    assert [f.rule for f in driver.BuiltinGrammar(SETTINGS).run(doc, ctx)] == [confusables.ITS.id]
    assert seen == [("Its been a year.", ["its"])]
    driver._plan.cache_clear()


def test_confusion_rules_get_their_trigger_indexes_and_find_there_what_they_find_everywhere(monkeypatch):
    """``confusables.find`` gets the indexes of the enabled confusion rules' trigger words (the
    trigger table is the one ``confusables.find`` looks words up in), and reports there what it
    reports walking the whole stream."""
    seen = _spy_on_confusables(monkeypatch)
    ids = frozenset(r.id for r in confusables.RULES if r.id.endswith((".its", ".than")))
    assert confusables.trigger_words(ids) >= {"its", "it's", "then", "than"}
    text = "Its more then its share, then it's over."
    doc = parse(f"{text}\n\nNothing here.", "a.txt", "body")
    ctx = CheckContext(settings=SETTINGS, doc=doc, enabled=ids)
    driven = [(f.rule, f.start, f.end) for f in driver.BuiltinGrammar(SETTINGS).run(doc, ctx)]
    driver._plan.cache_clear()
    assert seen == [(text, ["its", "then", "its", "then", "it's"])]
    monkeypatch.undo()
    everywhere = [(h.rule, h.start, h.end) for h in confusables.find(text, stream(text), ids)]
    assert driven == everywhere and (confusables.THAN.id, 9, 13) in driven
