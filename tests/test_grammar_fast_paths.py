"""The builtin grammar's fast paths against the plain computations they replace: the word
stream and its trigger sites, the remembered lexicon look-ups, and the rewritten patterns."""

from __future__ import annotations

import re
from pathlib import Path

from copylint.grammar import lexicon, possessive_name, stream
from copylint.tokens import tokens

CORPUS = Path(__file__).resolve().parent / "corpus" / "wikinews"
TEXTS = [
    "",
    "   ",
    "The minister\u2019s plan, \u201cwe\u2019re ready\u201d, she said.\n\nIt\u02bcs 5pm on 12 May 2020...",
    "\u0130stanbul and ISTANBUL: A\u00dfe \u2014 see www.example.com or @someone #tag.",
    "Dodgers fans cheered; Dodgers manager Dave Roberts\u2019s team won 3-2.",
]


def _texts() -> list[str]:
    return TEXTS + [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*/[0-9]*.txt"))]


def _plain_stream(text: str) -> list[tuple]:
    """The stream as the old loop built it: one token at a time."""
    out, prev = [], 0
    for n, tok in enumerate(tokens(text)):
        low = tok.text.lower().replace("\u2019", "'").replace("\u02bc", "'")
        out.append((tok.text, low, tok.start, tok.end, tok.kind, text[prev:tok.start], n))
        prev = tok.end
    return out


def test_the_stream_holds_every_token_with_its_low_form_and_gap():
    for text in _texts():
        stream._PLAIN.memo.clear()  # unseen words, then remembered ones
        for _ in range(2):
            words = stream.stream(text)
            assert [(w.text, w.low, w.start, w.end, w.kind, w.gap, w.index) for w in words] == _plain_stream(text)
            assert all(w is words[w.index] for w in words)
            assert [(w.cap, w.word) for w in words] == [(w.text[:1].isupper(), w.kind == "word") for w in words]


def test_a_word_reads_its_fields_by_name_and_survives_pickling():
    """``Word`` is a class with ``__slots__`` whose slots the stream fills itself: it reads,
    compares, hashes and iterates as the tuple of its seven fields, and pickles and prints."""
    import pickle

    words = stream.stream("The U.S. minister\u2019s plan, she said.")
    for w in words:
        assert (w.text, w.low, w.start, w.end, w.kind, w.gap, w.index) == tuple(w)
        assert pickle.loads(pickle.dumps(w)) == w and type(pickle.loads(pickle.dumps(w))) is stream.Word
        assert w == stream.word(*w) and (stream.word(*w).word, stream.word(*w).cap) == (w.word, w.cap) and hash(w) == hash(tuple(w)) and w == tuple(w) and tuple(w) == w
        assert w[1] == w.low and len(w) == 7 and w != words[(w.index + 1) % len(words)]
    assert repr(words[0]) == "Word(text='The', low='the', start=0, end=3, kind='word', gap='', index=0)"
    assert words[2].low == "minister's" and words[2].possessive and words[0].cap and words[1].kind == "abbrev"


def test_the_low_memo_is_bounded(monkeypatch):
    monkeypatch.setattr(stream, "_MEMO_LIMIT", 3)
    stream._PLAIN.memo.clear()
    words = stream.stream("Alpha Beta Gamma Delta Epsilon Alpha")
    assert [w.low for w in words] == ["alpha", "beta", "gamma", "delta", "epsilon", "alpha"]
    assert len(stream._PLAIN.memo) <= 3
    assert stream.lowered("IT\u2019S") == "it's"


def test_trigger_sites_equal_a_word_by_word_scan():
    owners = {"the": (0,), "a": (0, 2), "of": (1,), "5pm": (2,)}
    triggers = stream.Triggers(owners, (1,), 3)
    for text in _texts():
        words, sites = stream.indexed_stream(text, triggers)
        expected: list[list[int]] = [[], [], []]
        for w in words:
            mine = set(owners.get(w.low, ()))
            if w.kind == "number":
                mine.add(1)
            for k in sorted(mine):
                expected[k].append(w.index)
        # (a reader with no sites gets the shared empty tuple, the others a list each)
        assert [list(s) for s in sites] == expected and all(type(s) is (list if s else tuple) for s in sites), text
        assert len({id(s) for s in sites if s}) == len([s for s in sites if s])
        # a token text's pattern wakes its reader, beside the readers its low form wakes
        shaped = stream.indexed_stream(text, stream.Triggers(owners, (1,), 3, ((re.compile("s$"), 0),)))[1]
        assert list(shaped[0]) == sorted(set(expected[0]) | {w.index for w in words if w.text.endswith("s")}), text
        assert [list(s) for s in shaped[1:]] == expected[1:]
        # without numbers readers, number tokens wake no one
        assert list(stream.indexed_stream(text, stream.Triggers(owners, (), 3))[1][1]) == [
            w.index for w in words if w.low == "of"]


def test_remembered_tags_equal_the_tables_and_are_dropped_on_reload():
    words = {w.low for text in _texts() for w in stream.stream(text)} | {"zzzqqq", ""}
    for _ in range(2):  # first asked, then remembered
        assert {w: lexicon.word_tags(w) for w in words} == {w: lexicon._words().get(w, "") for w in words}
        assert {w: lexicon.verb_tags(w) for w in words} == {w: lexicon._verbs()[0].get(w, "") for w in words}
    assert lexicon.verb_tags("took") == "d" and lexicon.word_tags("reports") == "N"
    lexicon._verbs.cache_clear()
    lexicon._words.cache_clear()
    lexicon._verbs()
    lexicon._words()
    assert not lexicon._VERB_TAGS and not lexicon._WORD_TAGS  # a reloaded table is asked afresh


def test_possessive_candidates_equal_the_look_behind_first_pattern():
    """The pattern now starts with its capital (the regex engine skips to capitals); it must
    match exactly where the look-behind-first form does."""
    before = re.compile(r"(?<![\w'\u2019.-])([A-Z][a-z]{2,})s ([a-z]+)\b(?![-'\u2019])")
    extra = ["Smiths car", "x.Jones car", "-Jones car", "'Jones car", "aJones car", "Jones car", "\u2019Evans bid",
             "\u00c9vans bid", "Abcs d", "ABCs dog", "Tims-dog", "Tims dog's"]
    for text in _texts() + extra:
        got = [(m.span(), m.groups()) for m in possessive_name._CANDIDATE.finditer(text)]
        assert got == [(m.span(), m.groups()) for m in before.finditer(text)], text


def test_refilled_words_equal_new_ones_and_are_the_spare_objects():
    """``indexed_stream``'s ``spare``: the Words of a stream done with are filled again, every
    slot, whether the new stream is shorter, as long or longer; the sites are unchanged."""
    owners = {"the": (0,), "of": (1,)}
    triggers = stream.Triggers(owners, (1,), 2)
    texts = [t for t in _texts() if t.strip()]
    spare: list[stream.Word] = []
    for text in texts + texts[::-1]:
        fresh, fresh_sites = stream.indexed_stream(text, triggers)
        kept = list(spare)
        words, sites = stream.indexed_stream(text, triggers, spare)
        assert sites == fresh_sites
        assert [(*w, w.word, w.cap) for w in words] == [(*w, w.word, w.cap) for w in fresh], text
        assert all(a is b for a, b in zip(words, kept, strict=False))  # the spare objects, refilled
        assert words is not spare  # a new list: the tagger's memo of the old stream is not reused
        spare = words + spare[len(words):] if len(spare) > len(words) else words


def test_a_hit_behaves_as_the_named_tuple_it_was():
    """``Hit`` is written out (no ``typing.NamedTuple`` at import): it is made, read, compared,
    hashed, sliced, pickled and shown as its named-tuple twin is."""
    import pickle
    from typing import NamedTuple

    from copylint.grammar.hit import Hit

    class Twin(NamedTuple):
        rule: str
        start: int
        end: int
        message: str
        suggestions: tuple[str, ...] = ()

    for fields in (("grammar.x", 3, 9, "A message.", ("fix", "other")), ("grammar.y", 0, 1, "No fix."),
                   ("grammar.z", 12, 20, "Empty fix.", ())):
        hit, twin = Hit(*fields), Twin(*fields)
        assert hit == twin and tuple(hit) == tuple(twin) and hash(hit) == hash(twin) and len(hit) == 5
        assert (hit.rule, hit.start, hit.end, hit.message, hit.suggestions) == (
            twin.rule, twin.start, twin.end, twin.message, twin.suggestions)
        assert hit[:3] == twin[:3] and hit[-1] == twin[-1] and list(hit) == list(twin)
        assert repr(hit) == repr(twin).replace("Twin(", "Hit(", 1)
        again = pickle.loads(pickle.dumps(hit))
        assert again == hit and type(again) is Hit and again.message == hit.message
        assert isinstance(hit, tuple) and hit != Hit(fields[0], fields[1] + 1, *fields[2:])
    for wrong in ((), ("grammar.x", 1, 2), ("grammar.x", 1, 2, "m", (), "extra")):
        try:
            Hit(*wrong)
        except TypeError:
            pass
        else:
            raise AssertionError(f"Hit{wrong!r} made no TypeError")
