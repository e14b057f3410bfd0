"""Speed paths in the confusion rules that spare the tagger (issue 17): each must leave what
the grammar check reports exactly as it was.

- ``Site.tag`` answers a word of the tagger's tag dictionary by its fixed tag (``fixed_tag``)
  instead of tagging a window: checked word by word against the tagger itself;
- ``fixed_tag`` is one dict read: checked against its former definition;
- in subject-verb agreement, ``_may_disagree`` (the verb's form before the pronoun's place) and
  ``_plural_noun_in`` (the word lists before the candidate loop of ``_tagged_subject``);
- the gate of the older "they/we/you where" finder (``confusables.GATES``) skips the pronouns
  that no "where" follows;
- word-only prechecks run before a finder's tags (``_own_possessive_ahead``, ``_may_be_plural``,
  ``_verb_slot_possible``, and ``_may_open_noun_phrase`` before the "there" tests): with every
  speed path switched off the check reports the same findings on every rule's examples, the
  Wikinews test corpus and generated sentences around each trigger; a precheck broken on
  purpose (always "no hit") changes them, so these texts do reach each path.
"""

from __future__ import annotations

import random

import pytest
from tagger_calls import tagger_calls
from test_grammar_gates import ALL_IDS, CORPUS, _findings, _lexicon_words  # (the same check, corpus and word list)

from copylint.checks import grammar as driver
from copylint.grammar import agreement, confusables
from copylint.grammar.confusion import context, countable, possessive_frames, pronouns, verbs
from copylint.grammar.confusion.context import Site, fixed_tag
from copylint.grammar.stream import stream
from copylint.grammar.tagging import tagger
from copylint.grammar.tagging.model import model
from copylint.native import compiled_modules


def _slow_tag(site: Site, offset: int = 0) -> str:
    """``Site.tag`` without the fixed-tag shortcut: the tagger's tag, from the window."""
    w = site.word(offset)
    if w is None:
        return ""
    near = -8 <= w.index - site.i <= 6
    parts = tagger.tagged_word(site.words, w.index, window=site.i if near else None)
    return parts[0].tag if parts else ""


def _former_fixed_tag(low: str) -> str | None:
    """``fixed_tag`` as it was written before it became one dict read."""
    m = model()
    table = {w: m.tags[c].split(" ", 1)[0] for w, c in m.tagdict.items()}
    if not low or any(a in low for a in "'\u2019\u02bc\u2018") or low == "cannot" or any(c.isdigit() for c in low):
        return None
    return table.get(low)


def _vocab() -> list[str]:
    return _lexicon_words()


_FUNCTION = ("the a an this that these those his her their my our your its them him us me it they we you he she "
             "and or but of in on at for from with by to not is are was were be been has have had will would "
             "could should can may must do does did there here what which who whose when where how why so if "
             "than then as all both some many more less most very also only still just now never").split()


def test_fixed_tag_answers_as_it_did():
    m = model()
    lows = sorted(m.tagdict) + ["", "cannot", "Cannot", "it's", "it\u2019s", "don\u2018t", "n't", "'s", "1st", "2020",
                                "covid-19", "the", "The", "THE", "and", "etc.", "u.s.", "dr.", "zzzz"]
    lows += [w + s for w in sorted(m.tagdict)[:80] for s in ("'s", "\u2019s", "1", "s")]
    assert any(fixed_tag(low) for low in lows)
    for low in lows:
        assert fixed_tag(low) == _former_fixed_tag(low), low


def _sentences_with_fixed_words(count: int) -> list[str]:
    """Sentences of plain and tag-dictionary words (capitals, punctuation and clitics among them)."""
    fixed = sorted(w for w in model().tagdict if w.isalpha())
    vocab = _vocab()
    rng = random.Random(28)
    out = []
    for _ in range(count):
        words = [rng.choice(fixed) if rng.random() < 0.45 else rng.choice(vocab) for _ in range(rng.randint(3, 14))]
        for k in range(len(words)):
            r = rng.random()
            if r < 0.06:
                words[k] = words[k].capitalize()
            elif r < 0.1:
                words[k] += rng.choice((",", ".", ";", "'s", "\u2019s"))
        out.append(" ".join(words) + ".")
    return out


def test_a_fixed_tag_is_the_tag_the_tagger_gives():
    """Every word with a fixed tag, asked from every trigger position near it (inside the
    tagged window and beyond it, where the whole sentence is tagged), against the tagger."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*/[0-9]*.txt"))[:8]]
    texts += _sentences_with_fixed_words(600)
    asked = 0
    for text in texts:
        words = stream(text)
        for i in range(0, len(words), 3):
            site = Site(words, i)
            for offset in (-9, -3, -2, -1, 0, 1, 2, 3, 7):
                w = site.word(offset)
                if w is not None and fixed_tag(w.low) is not None:
                    asked += 1
                    assert site.tag(offset) == _slow_tag(site, offset), (text[:60], i, offset, w.low)
    assert asked > 3_000


def _around(rng: random.Random, vocab: list[str], n: int) -> str:
    return " ".join(rng.choice(_FUNCTION) if rng.random() < 0.4 else rng.choice(vocab) for _ in range(n))


_AGREEMENT_VERBS = ("has", "have", "is", "are", "was", "were", "do", "does", "doesn't", "don't", "am", "seem", "seems",
                    "go", "goes", "say", "says", "wants", "want", "isn't", "aren't", "hasn't", "haven't")
_PAIRS = ("it's", "you're", "they're", "it\u2019s")


def _generated(count: int) -> list[tuple[str, str]]:
    """Sentences around each trigger whose finder has a precheck, with the words its tests name."""
    vocab = _vocab()
    rng = random.Random(17)
    frames = (
        lambda: f"{_around(rng, vocab, 2)} {rng.choice(('it' + chr(39) + 's', 'you' + chr(39) + 're', 'they' + chr(39) + 're'))} "
                f"{_around(rng, vocab, rng.randint(1, 3))} {rng.choice(('and', 'or', 'of'))} "
                f"{rng.choice(('its', 'your', 'their', 'our', 'the'))} {_around(rng, vocab, 2)}",
        lambda: f"{rng.choice(('They heard', 'She tells', 'We protect', 'for', 'about', 'with'))} "
                f"{rng.choice(_PAIRS)} {rng.choice(vocab)} {rng.choice(('and', 'or'))} "
                f"{rng.choice(('its', 'your', 'their'))} {rng.choice(vocab)}",
        lambda: f"{_around(rng, vocab, 2)} {rng.choice(('they', 'we', 'you', 'They'))} {rng.choice(('where', 'were'))} "
                f"{_around(rng, vocab, 2)}",
        lambda: f"{_around(rng, vocab, 2)}, {rng.choice(('he', 'she', 'it', 'they', 'we', 'I', 'you', 'It'))} "
                f"{rng.choice(('also', 'still', '')) or rng.choice(vocab)} {rng.choice(vocab)} {_around(rng, vocab, 2)}",
        lambda: f"{rng.choice(('he', 'she', 'it', 'they', 'we', 'I', 'you'))} {rng.choice(_AGREEMENT_VERBS)} "
                f"{_around(rng, vocab, 2)}",
        lambda: f"{rng.choice(('The', 'These', 'Recent', 'Most', 'Those'))} {_around(rng, vocab, rng.randint(1, 5))} "
                f"{rng.choice(vocab)}s {rng.choice(('is', 'was', 'has', 'says', 'wants'))} {_around(rng, vocab, 2)}",
        lambda: f"{rng.choice(('The', 'These', 'Recent', 'Most', 'Those'))} {_around(rng, vocab, rng.randint(1, 5))} "
                f"{_around(rng, vocab, 3)}",
        lambda: f"{rng.choice(('The people', 'A man', 'Anyone', 'the firms'))} whose {rng.choice(vocab)} "
                f"{_around(rng, vocab, 2)}",
        lambda: f"{rng.choice(('The people', 'A man'))} whose {rng.choice(vocab)}ly {_around(rng, vocab, 2)}",
        lambda: f"{_around(rng, vocab, 2)} there {rng.choice(_FUNCTION + rng.sample(vocab, 3))} "
                f"{_around(rng, vocab, 3)}",
        lambda: f"the {rng.choice(('amount', 'amounts'))} of {_around(rng, vocab, 3)} {rng.choice(('is', 'was', 'grew'))}",
        lambda: f"{_around(rng, vocab, 2)} effects {_around(rng, vocab, 3)}",
        lambda: f"{_around(rng, vocab, 2)} advice {_around(rng, vocab, 3)}",
        lambda: f"{rng.choice(_FUNCTION)} {rng.choice(vocab)} advice {rng.choice(('the', 'them', 'our', 'against'))} "
                f"{_around(rng, vocab, 2)}",
    )
    return [(rng.choice(frames)() + ".", "body") for _ in range(count)]


def _texts() -> list[tuple[str, str]]:
    texts = [(e.plain(), e.format) for r in driver.BuiltinGrammar.rules for e in (*r.bad, *r.good)]
    texts += [(p.read_text(encoding="utf-8"), "txt") for p in sorted(CORPUS.glob("*/[0-9]*.txt"))]
    return texts + _generated(4000)


#: each word-only precheck: (module, name, what it answers when switched off ("may fire")
#: and when broken on purpose ("settled: no hit"))
_PRECHECKS = (
    (possessive_frames, "_own_possessive_ahead", lambda site, same: True, lambda site, same: False),
    (countable, "_may_be_plural", lambda low: True, lambda low: False),
    (verbs, "_verb_slot_possible", lambda site, p1: True, lambda site, p1: False),
    (pronouns, "_may_open_noun_phrase", lambda site, n1: True, lambda site, n1: False),
    (agreement, "_may_disagree", lambda low, singular: True, lambda low, singular: False),
    (agreement, "_plural_noun_in", lambda words, lo, hi: True, lambda words, lo, hi: False),
)


def _skip_if_compiled(*modules) -> None:
    """These tests switch a speed path off (or break it) by patching its module from outside,
    which does not reach the module's own calls when it runs compiled (mypyc calls them
    natively): a compiled copy skips them; the plain sources, the same code, run them."""
    compiled = set(compiled_modules()) & {m.__name__ for m in modules}
    if compiled:
        pytest.skip(f"runs compiled (a patch does not reach its own calls): {', '.join(sorted(compiled))}")


@pytest.fixture(scope="module")
def texts() -> list[tuple[str, str]]:
    return _texts()


@pytest.fixture(scope="module")
def with_speed_paths(texts) -> list[tuple]:
    return _findings(texts)


def test_the_check_reports_the_same_without_its_speed_paths(monkeypatch, texts, with_speed_paths):
    _skip_if_compiled(context, *(p[0] for p in _PRECHECKS))  # (Site.tag is patched too)
    on = tagger_calls(monkeypatch)
    assert _findings(texts) == with_speed_paths
    tagged_with = len(on)
    monkeypatch.setattr(Site, "tag", _slow_tag)
    for module, name, off, _broken in _PRECHECKS:
        monkeypatch.setattr(module, name, off)
    _set_older_gates(monkeypatch, {})
    off_calls = tagger_calls(monkeypatch)
    assert _findings(texts) == with_speed_paths
    assert tagged_with < len(off_calls)  # the speed paths spare tagging in these texts
    rules = {f[1] for f in with_speed_paths}
    for name in ("its", "their", "whose", "affect", "advice", "amount"):
        assert f"grammar.confusables.{name}" in rules  # the rules with prechecks fire in these texts
    assert agreement.RULE.id in rules


@pytest.mark.parametrize("which", range(len(_PRECHECKS)), ids=[p[1] for p in _PRECHECKS])
def test_a_precheck_broken_on_purpose_changes_the_findings(monkeypatch, texts, with_speed_paths, which):
    module, name, _off, broken = _PRECHECKS[which]
    _skip_if_compiled(module)
    monkeypatch.setattr(module, name, broken)
    assert _findings(texts) != with_speed_paths


def _set_older_gates(monkeypatch, gates: dict) -> None:
    confusables._gates.cache_clear()
    driver._plan.cache_clear()
    monkeypatch.setattr(confusables, "GATES", gates)
    assert bool(confusables._gates(ALL_IDS).get("we")) == bool(gates)


@pytest.fixture(autouse=True)
def _fresh_gate_tables():
    yield
    confusables._gates.cache_clear()
    driver._plan.cache_clear()


def test_the_were_gate_is_on_and_a_broken_one_changes_the_findings(monkeypatch, texts, with_speed_paths):
    assert confusables._gates(ALL_IDS)["they"] is confusables._were_gate
    _set_older_gates(monkeypatch, {confusables._were: lambda words, i: True})
    assert _findings(texts) != with_speed_paths


def test_the_were_gate_skips_only_pronouns_no_where_follows():
    for text in ("They where armed, we where told; you where?", "we\nwhere", "They, where", "you", "We were.",
                 "Where they went, we went where they where.", "YOU WHERE"):
        words = stream(text)
        for i, w in enumerate(words):
            if w.low in ("they", "we", "you") and confusables._were_gate(words, i):
                assert list(confusables._were(words, i)) == [], (text, i)
    words = stream("They where armed.")
    assert not confusables._were_gate(words, 0) and list(confusables._were(words, 0))


def test_a_wrong_fixed_tag_changes_the_findings(monkeypatch, texts, with_speed_paths):
    fixed_tag("the")  # (the table filled)
    monkeypatch.setattr(context, "_FIXED", {w: ("NN" if t != "NN" else "VB") for w, t in context._FIXED.items()})
    assert _findings(texts) != with_speed_paths


def _tolerant_phrase_table() -> dict:
    """The fixed-phrase table parsed as it was before its speed path: each part stripped,
    the anchor the first longest word, entries longest phrase first."""
    from copylint.grammar import fixed_phrase

    table: dict = {}
    for line in fixed_phrase._PHRASES.strip().splitlines():
        wrong, rest = (part.strip() for part in line.split("=>"))
        right, _, literal = (part.strip() for part in rest.partition("!"))
        words = tuple(wrong.split())
        anchor = max(range(len(words)), key=lambda k: len(words[k]))
        table.setdefault(words[anchor], []).append((words, anchor, right, frozenset(literal.split())))
    for entries in table.values():
        entries.sort(key=lambda e: -len(e[0]))
    return table


def test_every_fixed_phrase_line_has_the_layout_its_fast_parse_reads():
    from copylint.grammar import fixed_phrase

    lines = fixed_phrase._PHRASES.strip().splitlines()
    assert len(lines) > 100
    for line in lines:
        assert line == line.strip() and "  " not in line, line
        assert line.count("=>") == 1 and " => " in line, line
        assert line.count("!") <= 1 and ("!" not in line or " ! " in line), line


def test_the_fixed_phrase_table_is_the_tolerant_parse():
    from copylint.grammar import fixed_phrase

    assert fixed_phrase._table() == _tolerant_phrase_table()
    assert list(fixed_phrase._table()) == list(_tolerant_phrase_table())  # (the same key order too)
    assert fixed_phrase.TRIGGERS == frozenset(_tolerant_phrase_table())


def test_a_line_off_the_layout_parses_differently(monkeypatch):
    from copylint.grammar import fixed_phrase

    monkeypatch.setattr(fixed_phrase, "_PHRASES", "case and point=> case in point\n")
    fixed_phrase._table.cache_clear()
    try:
        assert fixed_phrase._table() != _tolerant_phrase_table()  # what the layout test guards against
    finally:
        monkeypatch.undo()
        fixed_phrase._table.cache_clear()
