"""The part-of-speech layer: tags, clitics, lemmas, chunks, the lazy per-sentence memo and
the shipped model's format."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from copylint.grammar.stream import stream
from copylint.grammar.tagging import chunks, sentence_tags, tag_sentence, tag_words, tagged_word
from copylint.grammar.tagging.model import MODEL_PATH, Model, ModelError, from_json, to_json
from copylint.grammar.tagging.tagger import split_clitics


def tags(sentence: str) -> list[tuple[str, str]]:
    return [(t.text, t.tag) for t in tag_sentence(sentence.split())]


def test_plain_news_sentence():
    assert tags("The minister said the vote would take place in May .") == [
        ("The", "DT"), ("minister", "NN"), ("said", "VBD"), ("the", "DT"), ("vote", "NN"), ("would", "MD"),
        ("take", "VB"), ("place", "NN"), ("in", "IN"), ("May", "NNP"), (".", "."),
    ]


@pytest.mark.parametrize(("sentence", "word", "tag"), [
    ("The affect of the cuts was clear .", "affect", "NN"),
    ("The cuts would affect funding .", "affect", "VB"),
    ("She led the city 's recovery .", "led", "VBD"),
    ("Police said they were armed .", "were", "VBD"),
    ("There are fears of more violence .", "There", "EX"),
    ("Their families were told on Monday .", "Their", "PRP$"),
])
def test_context_decides_the_tag(sentence, word, tag):
    assert dict(tags(sentence))[word] == tag


def test_upos_and_lemmas():
    tagged = tag_sentence("The children were taking bigger risks .".split())
    assert [(t.upos, t.lemma) for t in tagged] == [
        ("DET", "the"), ("NOUN", "child"), ("AUX", "be"), ("VERB", "take"), ("ADJ", "big"),
        ("NOUN", "risk"), ("PUNCT", "."),
    ]


@pytest.mark.parametrize(("token", "parts"), [
    ("it's", ["it", "'s"]), ("don't", ["do", "n't"]), ("can't", ["ca", "n't"]), ("won't", ["wo", "n't"]),
    ("cannot", ["can", "not"]), ("they're", ["they", "'re"]), ("I'm", ["I", "'m"]),
    ("company\u2019s", ["company", "\u2019s"]), ("workers'", ["workers", "'"]), ("O'Brien", ["O'Brien"]),
    ("its", ["its"]),
])
def test_clitics_split_the_penn_way(token, parts):
    assert split_clitics(token) == parts


def test_clitic_parts_keep_their_token_and_span():
    tagged = tag_sentence(["It's", "not", "over"])
    assert [(t.text, t.tag, t.lemma, t.start, t.end, t.word) for t in tagged[:2]] == [
        ("It", "PRP", "it", 0, 2, 0), ("'s", "VBZ", "be", 2, 4, 0),
    ]


def test_stream_tagging_has_spans_in_the_text_and_punctuation():
    text = 'He said: "It\u2019s over." Then he left.'
    words = stream(text)
    tagged = tag_words(words)
    for t in tagged:
        assert text[t.start:t.end] == t.text
    # the stream holds no text after its last word, so the final full stop is not a token
    assert [t.text for t in tagged if t.word == -1] == [":", '"', ".", '"']
    assert [t.text for t in tagged_word(words, 2)] == ["It", "\u2019s"]


def test_sentence_tags_are_memoised_per_sentence(monkeypatch):
    text = "The first sentence is here. The second one has an affect on it."
    words = stream(text)
    calls = []
    real = Model.predict  # (spied on the model class, plain Python: the tagger module may run compiled)
    monkeypatch.setattr(Model, "predict", lambda self, parts: calls.append(list(parts)) or real(self, parts))
    second = next(i for i, w in enumerate(words) if w.low == "affect")
    first = sentence_tags(words, second)
    again = sentence_tags(words, second - 1)
    assert first is again
    assert calls == [[t.text for t in first]]  # the second sentence was tagged once, the first never
    assert calls[0][:2] == ["The", "second"]
    assert [t.text for t in first][0] == "The"


def test_noun_phrase_and_verb_group_chunks():
    tagged = tag_sentence("The three largest unions have not yet accepted the offer .".split())
    found = chunks(tagged)
    np_, vg = found[0], found[1]
    assert (np_.kind, tagged[np_.head].text, np_.number, np_.person) == ("NP", "unions", "pl", 3)
    assert (vg.kind, tagged[vg.head].text, vg.tense) == ("VG", "accepted", "present")
    assert tagged[vg.finite].text == "have"
    sg = chunks(tag_sentence("The mayor says the plan will work .".split()))
    vgs = [c for c in sg if c.kind == "VG"]
    assert (vgs[0].tense, vgs[0].person, vgs[0].number) == ("present", 3, "sg")
    assert vgs[1].tense == "future"
    past = [c for c in chunks(tag_sentence("She was taken to hospital .".split())) if c.kind == "VG"]
    assert past[0].tense == "past"


def test_empty_input():
    assert tag_sentence([]) == []
    assert tag_words([]) == []
    assert chunks([]) == []


def test_shipped_model_is_gzipped_json_not_pickle():
    raw = gzip.decompress(MODEL_PATH.read_bytes())
    data = json.loads(raw)
    assert data["format"] == "copylint-tagger/3"
    assert MODEL_PATH.stat().st_size < 5_000_000
    assert from_json(data).tags


def _shipped() -> dict:
    return json.loads(gzip.decompress(MODEL_PATH.read_bytes()))


@pytest.mark.parametrize("change", [
    lambda d: None, lambda d: [], lambda d: {"format": "pickle"},
    lambda d: {**d, "values": "not base64!"},
    lambda d: {**d, "lengths": d["classes"]},
    lambda d: {**d, "scale": 1000},
    lambda d: {**d, "decode_passes": 3},
    lambda d: {**d, "tags": d["tags"][:3]},
    lambda d: {**d, "tagdict": {"the": 10_000}},
    lambda d: {k: v for k, v in d.items() if k != "features"},
])
def test_bad_model_data_is_refused(change):
    with pytest.raises(ModelError):
        from_json(change(_shipped()))


def test_memo_is_per_thread():
    """Two threads tagging different streams at once never see each other's tags."""
    import threading

    texts = ["The cuts would effect funding for schools.", "Officials said their plan was ready."] * 20
    errors = []

    def work(text: str) -> None:
        words = stream(text)
        for _ in range(30):
            tagged = sentence_tags(words, 2)
            if [t.text for t in tagged if t.word >= 0] != [w.text for w in words]:
                errors.append(text)

    threads = [threading.Thread(target=work, args=(t,)) for t in texts]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


def _plain_predict(m, words: list[str]) -> list[str]:
    """What the model's packed-integer scoring must equal: each weight added one by one."""
    from copylint.grammar.tagging.features import END, START, dynamic_features, norm, right_features, static_features

    def score(feats: list[str]) -> int:
        sums = [0] * len(m.tags)
        for f in feats:
            k = m.index.get(f)
            if k is not None:
                for e in range(m.offsets[k], m.offsets[k + 1]):
                    sums[m.classes[e]] += m.values[e]
        return sums.index(max(sums))

    lows = [START[0], START[1], *(norm(w) for w in words), END[0], END[1]]
    padded = [START[0], START[1], *words, END[0], END[1]]
    out: list[str] = []
    prev, prev2 = START
    for i in range(2, len(words) + 2):
        best = m.tagdict.get(lows[i])
        if best is None:
            best = score(static_features(padded, lows, i) + dynamic_features(lows, i, prev, prev2))
        out.append(m.tags[best])
        prev2, prev = prev, out[-1]
    if m.decode_passes == 2:
        first = [*out, END[0], END[1]]
        prev, prev2 = START
        for k in range(len(words)):
            i = k + 2
            if lows[i] not in m.tagdict:
                out[k] = m.tags[score(static_features(padded, lows, i) + dynamic_features(lows, i, prev, prev2)
                                      + right_features(lows, i, prev, first[k + 1], first[k + 2]))]
            prev2, prev = prev, out[k]
    return out


@pytest.mark.parametrize("sentence", [
    "The minister said the vote would take place in May .",
    "Their going to lose the lead if they dont act now , said O'Brien .",
    "COVID-19 cases rose 12 % in the U.S. last week , officials at the CDC said",
    "Xqzt flurbed the wugs quickly",
])
def test_packed_scoring_equals_adding_weights_one_by_one(sentence):
    from copylint.grammar.tagging.model import model

    m = model()
    words = sentence.split()
    assert m.predict(words) == _plain_predict(m, words)


def test_memoised_scoring_equals_adding_weights_one_by_one_on_real_copy():
    """120 sentences of the sample article and the README (words repeated across them: the
    per-word score memo and the second pass's reuse of the first pass's tag scores are hit
    and missed), and 30 of them again with the memos full, tag exactly as the plain
    one-weight-at-a-time scoring does."""
    import re

    from copylint.grammar.tagging.model import model

    m = model()
    root = Path(__file__).resolve().parent.parent
    sentences = []
    for path in [*sorted((root / "seeds").glob("*.txt")), root / "README.md"]:
        for line in path.read_text(encoding="utf-8").splitlines():
            for sent in re.split(r"(?<=[.!?])\s+", line):
                words = re.findall(r"[\w'’-]+|[^\w\s]", sent)
                if words:
                    sentences.append(words)
    sentences = sentences[:120]
    assert len(sentences) == 120
    changed = 0
    for words in sentences + sentences[:30]:
        assert m.predict(words) == _plain_predict(m, words), words
    # the second pass changed some tag somewhere (so the reuse of first-pass scores was tested
    # both ways)
    for words in sentences:
        m1 = m.predict(words)
        changed += m1 != _first_pass(m, words)
    assert changed > 0


def test_memos_emptied_when_full_still_tag_the_same(monkeypatch):
    """The row and per-word memos are bounded (a long-lived server meets ever more words):
    emptied every few entries, they give the same tags."""
    from dataclasses import replace

    import copylint.grammar.tagging.model as model_module

    m = model_module.model()
    sentences = ["The minister said the vote would take place in May .".split(),
                 "Their going to lose the lead if they dont act now , said O'Brien .".split(),
                 "COVID-19 cases rose 12 % in the U.S. last week , officials at the CDC said".split()]
    want = [m.predict(words) for words in sentences]
    monkeypatch.setattr(model_module, "ROWS_LIMIT", 7)
    monkeypatch.setattr(model_module, "WORDS_LIMIT", 3)
    small = replace(m, _memo=[], _packing=[])
    assert [small.predict(words) for words in sentences * 2] == want * 2
    rows, *words = small._memos()
    assert len(rows) <= 7 and all(len(w) <= 3 for w in words)


def test_guessed_argmax_equals_the_first_highest_score():
    """The best class found by checking a guess (one subtraction across all packed fields,
    then the few fields at least as high) is the first of the highest scores, as
    ``index(max(...))`` gives: for every guess, with ties, negative scores, scores at the
    packing's limits, and many classes above the guess (the field-by-field fallback)."""
    import random

    from copylint.grammar.tagging.model import _argmax, model

    m = model()
    layout = m._layout()
    n = len(m.tags)
    limit = 2 ** (layout.bits - 2) - 1  # the largest score the layout holds exactly
    rng = random.Random(17)
    vectors = [[0] * n, [limit] * n, [-limit] * n, [(-limit if c % 2 else limit) for c in range(n)]]
    for _ in range(300):
        spread = rng.choice([3, 50, 5000, limit])
        vectors.append([rng.randint(-spread, spread) for _ in range(n)])
    for scores in vectors:
        packed = layout.bias + sum(v << (layout.bits * c) for c, v in enumerate(scores))
        want = scores.index(max(scores))
        for guess in range(n):
            assert _argmax(packed, guess, layout) == want, (scores, guess)


def test_a_token_adds_up_no_more_rows_than_the_packed_fields_hold():
    """The packed score fields are sized for MAX_ROWS rows of the largest weight: no token
    has more features than that (a hyphenated, capitalised first word, both passes)."""
    from copylint.grammar.tagging.features import END, START, norm, right_features, token_features
    from copylint.grammar.tagging.model import MAX_ROWS, model

    layout = model()._layout()
    assert MAX_ROWS * 2**15 < 2 ** (layout.bits - 2)
    for words in (["Well-Known", "X-Ray", "Co-Op"], ["e-mail"], ["The", "minister", "'s", "re-election", "bid"]):
        lows = [START[0], START[1], *(norm(w) for w in words), END[0], END[1]]
        padded = [START[0], START[1], *words, END[0], END[1]]
        for i in range(2, len(words) + 2):
            count = len(token_features(padded, lows, i, "NN NOUN", "DT DET")) + len(right_features(lows, i, "NN NOUN", "IN ADP", "DT DET"))
            assert 30 < count <= MAX_ROWS


def _first_pass(m, words: list[str]) -> list[str]:
    from dataclasses import replace

    return replace(m, decode_passes=1, _memo=[], _packing=[]).predict(words)


def test_training_learns_a_toy_treebank_and_round_trips_through_json():
    from copylint.grammar.tagging.train import accuracy, train

    sents = [
        [("The", "DT", "DET", "the"), ("dog", "NN", "NOUN", "dog"), ("barks", "VBZ", "VERB", "bark"), (".", ".", "PUNCT", ".")],
        [("Dogs", "NNS", "NOUN", "dog"), ("bark", "VBP", "VERB", "bark"), ("loudly", "RB", "ADV", "loudly")],
        [("The", "DT", "DET", "the"), ("bark", "NN", "NOUN", "bark"), ("fell", "VBD", "VERB", "fall")],
        [("They", "PRP", "PRON", "they"), ("can", "MD", "AUX", "can"), ("bark", "VB", "VERB", "bark")],
    ] * 3
    for passes in (1, 2):
        trained, chosen, history = train(sents, sents, 4, decode_passes=passes)
        assert accuracy(trained, sents) == (1.0, 1.0)
        assert 1 <= chosen <= 4 and len(history) == 4
        again = from_json(json.loads(json.dumps(to_json(trained, {}))))
        assert again.decode_passes == passes
        assert [again.predict([f for f, *_ in s]) for s in sents] == [trained.predict([f for f, *_ in s]) for s in sents]


def _conllu(rows: list[tuple[str, str, str]], sent_id: str) -> str:
    lines = [f"# sent_id = {sent_id}"]
    lines += [f"{n}\t{form}\t{form.lower()}\t{upos}\t{xpos}\t_\t0\tdep\t_\t_" for n, (form, xpos, upos) in enumerate(rows, 1)]
    return "\n".join(lines) + "\n\n"


def test_gum_reader_keeps_the_open_genres_and_writes_dashes_the_ewt_way(tmp_path):
    from copylint.grammar.tagging.conllu import GUM_OPEN_GENRES, gum_open

    sources = tmp_path / "not-to-release" / "sources"
    sources.mkdir(parents=True)
    sentence = [("Rain", "NN", "NOUN"), ("\u2014", ":", "PUNCT"), ("again", "RB", "ADV"), (";", ":", "PUNCT"), ("...", ":", "PUNCT")]
    for genre in ("bio", "news", "fiction", "whow", "academic", "voyage"):
        (sources / f"GUM_{genre}_x.conllu").write_text(_conllu(sentence, f"GUM_{genre}_x-1"), encoding="utf-8")
    got = gum_open(tmp_path)
    assert len(got) == 2  # bio and voyage: news, fiction, how-to and academic are left out
    assert [x for _, x, _, _ in got[0]] == ["NN", ",", "RB", ":", ","]  # a semicolon stays ":"
    assert "news" not in GUM_OPEN_GENRES and "fiction" not in GUM_OPEN_GENRES and "whow" not in GUM_OPEN_GENRES
    assert len(gum_open(tmp_path, ["news"])) == 1
    # without per-document sources: the released splits, picked by sentence id
    released = tmp_path / "released"
    released.mkdir()
    (released / "en_gum-ud-train.conllu").write_text(
        _conllu(sentence, "GUM_news_x-1") + _conllu(sentence, "GUM_speech_y-1"), encoding="utf-8")
    (released / "en_gum-ud-dev.conllu").write_text(_conllu(sentence, "GUM_fiction_z-1"), encoding="utf-8")
    (released / "en_gum-ud-test.conllu").write_text("", encoding="utf-8")
    assert [s[0][0] for s in gum_open(released)] == ["Rain"]


def test_training_script_reads_the_test_split_only_when_asked(tmp_path):
    """Tuning runs never see EWT's test split: without --score-test the script trains and
    writes its model with no test file present; with it, the figure goes into the metadata."""
    import gzip

    from copylint.grammar.tagging.train import main

    rows = [("The", "DT", "DET"), ("dog", "NN", "NOUN"), ("barks", "VBZ", "VERB"), (".", ".", "PUNCT")]
    for split in ("train", "dev"):
        (tmp_path / f"en_ewt-ud-{split}.conllu").write_text(_conllu(rows, f"{split}-1") * 3, encoding="utf-8")
    out = tmp_path / "model.json.gz"
    args = ["--ewt", str(tmp_path), "--ewt-commit", "x", "--passes", "2", "--eval-from", "1", "--prune", "0",
            "--out", str(out)]
    assert main(args) == 0
    meta = json.loads(gzip.decompress(out.read_bytes()))["meta"]
    assert "test" not in meta and meta["dev"]["xpos"] == 1.0
    with pytest.raises(OSError):
        main([*args, "--score-test"])
    (tmp_path / "en_ewt-ud-test.conllu").write_text(_conllu(rows, "test-1"), encoding="utf-8")
    assert main([*args, "--score-test"]) == 0
    assert json.loads(gzip.decompress(out.read_bytes()))["meta"]["test"] == {"xpos": 1.0, "upos": 1.0}


def test_folded_word_classes_score_exactly_what_training_scored():
    """Training sees a word's distributional classes and its neighbours'; the shipped model
    has their weights added into the word rows (w=, w-1=, w+1=, w+2=) and no class feature:
    every token's score is the same sum as with the class features themselves."""
    import random

    from copylint.grammar.tagging.features import END, START, static_features
    from copylint.grammar.tagging.train import cluster_features, fold_clusters

    clusters = {"dog": ("1", "7", "3", "9"), "cat": ("1", "7", "4", "9"), "barks": ("2", "5", "3", "8"), "the": ("3", "6")}
    rng = random.Random(4)
    names = ["cw", "cW", "cX", "cY", "c-1", "C-1", "c+1", "C+1", "c+2"]
    weights: dict[str, dict[int, float]] = {f"{n}={c}": {k: rng.uniform(-2, 2) for k in rng.sample(range(6), 3)}
                                            for n in names for c in range(10)}
    weights["w=dog"] = {0: 1.5}
    weights["w+1=the"] = {2: -0.5}
    weights["b"] = {1: 0.25}
    folded = fold_clusters(weights, clusters)
    assert not any(f.split("=", 1)[0] in names for f in folded)
    for sentence in (["The", "dog", "barks"], ["the", "cat", "and", "the", "dog"], ["Unknown", "words", "only"]):
        words = [START[0], START[1], *sentence, END[0], END[1]]
        lows = [w if w in (*START, *END) else w.lower() for w in words]
        for i in range(2, len(sentence) + 2):
            for c in range(6):
                trained = sum(weights.get(f, {}).get(c, 0.0)
                              for f in static_features(words, lows, i) + cluster_features(lows, i, clusters))
                shipped = sum(folded.get(f, {}).get(c, 0.0) for f in static_features(words, lows, i))
                assert shipped == pytest.approx(trained)


def test_word_classes_group_words_that_share_contexts():
    pytest.importorskip("numpy")
    from copylint.grammar.tagging.clusters import kmeans, tokens, vectors

    assert tokens("They don't sell it.") == ["They", "do", "n't", "sell", "it", "."]
    nouns, verbs = ["dog", "cat", "bird", "horse"], ["runs", "sleeps", "eats", "sings"]
    sents = [["the", n, v, "today"] for n in nouns for v in verbs] * 5
    vocab, _counts, emb = vectors(sents, min_count=1, max_words=100, contexts=20, dims=4, seed=1)
    assign = dict(zip(vocab, kmeans(emb, 4, seed=1), strict=True))
    assert len({assign[n] for n in nouns}) == 1 and len({assign[v] for v in verbs}) == 1
    assert assign["dog"] != assign["runs"]
