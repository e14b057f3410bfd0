"""The tagger model's packed copy in the derived-data cache (copylint.grammar.tagging.packed):
the same tags as the shipped model, and a damaged or planted file is rebuilt, never trusted."""

from __future__ import annotations

import json
import random
from functools import cache
from pathlib import Path

import pytest

from copylint.datacache import seal
from copylint.grammar.tagging import packed
from copylint.grammar.tagging.model import MODEL_PATH, Model, shipped_model

CORPUS = Path(__file__).resolve().parent / "corpus" / "wikinews" / "news"


@cache
def shipped() -> Model:
    return shipped_model()


def sentences(limit: int = 400) -> list[list[str]]:
    out = []
    for path in sorted(CORPUS.glob("*.txt"))[:40]:
        for line in path.read_text(encoding="utf-8").splitlines():
            words = line.split()
            if 3 <= len(words) <= 60:
                out.append(words)
    return out[:limit]


def test_packed_model_tags_exactly_as_the_shipped_one():
    full = shipped()
    small = packed.unpack(memoryview(packed.pack(full)), Model)
    assert small.tags == full.tags and small.tagdict == full.tagdict and small.lemmas == full.lemmas
    assert small.decode_passes == full.decode_passes
    assert list(small.offsets) == list(full.offsets) and list(small.classes) == list(full.classes)
    everything = sentences()
    for words in everything[:5]:
        assert small.predict(words) == full.predict(words)
    assert small.index._dict is None  # a few sentences: binary search only, no full index built
    for words in everything[5:]:  # hundreds: past SWITCH_AFTER look-ups, the full index
        assert small.predict(words) == full.predict(words)
    assert small.index._dict is not None


def test_binary_search_and_the_full_index_agree_on_every_feature(monkeypatch):
    full = shipped()
    small = packed.unpack(memoryview(packed.pack(full)), Model)
    features = random.Random(17).sample(sorted(full.index), 2000)
    odd = ["", "zz-not-a-feature", "w=\udcff", "p1=na\u00efve", "\n", "\uffff" * 3]
    for f in features + odd:
        assert small.index.get(f) == full.index.get(f), f
        assert (f in small.index) == (f in full.index)
    monkeypatch.setattr(packed, "SWITCH_AFTER", 0)
    switched = packed.unpack(memoryview(packed.pack(full)), Model)
    assert [switched.index.get(f) for f in features + odd] == [full.index.get(f) for f in features + odd]
    assert switched.index._dict is not None
    assert dict(switched.index.items()) == full.index and len(switched.index) == len(full.index)


def _cache_file(folder: Path) -> Path:
    files = list(folder.glob("tagger-*.bin"))
    assert len(files) == 1
    return files[0]


def _spoil_arrays(data: bytes) -> bytes:
    """A well-formed header with a class number past the tags (would index out of range)."""
    start = len(packed.MAGIC)
    size = int.from_bytes(data[start : start + 4], "little")
    head = json.loads(data[start + 4 : start + 4 + size])
    offsets = (head["features"] + 1) * 4
    at = start + 4 + size + offsets  # the first class number
    return data[:at] + (0xFF).to_bytes(1, "little") + data[at + 1 :]


@pytest.mark.parametrize("damage", ["truncated", "flipped", "garbage", "resealed-out-of-range", "resealed-short"])
def test_a_damaged_or_planted_cache_file_is_rebuilt(tmp_path, monkeypatch, damage):
    monkeypatch.setenv("COPYLINT_LEXICON_DIR", str(tmp_path))
    builds = []

    def build() -> Model:
        builds.append(1)
        return shipped()

    first = packed.load(MODEL_PATH, build, Model)
    path = _cache_file(tmp_path)
    data = path.read_bytes()
    payload = data[: -32]
    if damage == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "flipped":
        path.write_bytes(data[:1000] + bytes([data[1000] ^ 1]) + data[1001:])
    elif damage == "garbage":
        path.write_bytes(b"\x00" * 64)
    elif damage == "resealed-out-of-range":  # whoever can write the folder can compute the hash too
        path.write_bytes(seal(_spoil_arrays(payload)))
    else:
        path.write_bytes(seal(payload[:-10]))
    again = packed.load(MODEL_PATH, build, Model)
    assert builds == [1, 1]
    words = "The minister said the vote would take place in May .".split()
    assert again.predict(words) == first.predict(words) == shipped().predict(words)
    assert _cache_file(tmp_path).read_bytes() == data  # rebuilt in place


def test_unpack_refuses_inconsistent_data():
    data = packed.pack(shipped())
    with pytest.raises(packed.PackError):
        packed.unpack(memoryview(_spoil_arrays(data)), Model)
    with pytest.raises(packed.PackError):
        packed.unpack(memoryview(b"not a model" + data), Model)
    with pytest.raises(Exception):  # noqa: B017, PT011 - any exception is a miss for cached_bytes
        packed.unpack(memoryview(data[:-5]), Model)


def test_a_second_load_reads_the_cache_not_the_shipped_model(tmp_path, monkeypatch):
    monkeypatch.setenv("COPYLINT_LEXICON_DIR", str(tmp_path))
    builds = []
    packed.load(MODEL_PATH, lambda: builds.append(1) or shipped(), Model)
    packed.load(MODEL_PATH, lambda: builds.append(1) or shipped(), Model)
    assert builds == [1]


def test_a_feature_number_out_of_range_reads_as_unknown_never_crashes(monkeypatch):
    """A re-sealed file whose sorted-position -> feature table points past the features."""
    full = shipped()
    data = bytearray(packed.pack(full))
    start = len(packed.MAGIC)
    size = int.from_bytes(data[start : start + 4], "little")
    head = json.loads(bytes(data[start + 4 : start + 4 + size]))
    n, entries = head["features"], head["entries"]
    order_at = start + 4 + size + (n + 1) * 4 + entries * 1 + entries * 2  # offsets, classes, values
    data[order_at : order_at + 4] = (n + 5).to_bytes(4, "little")  # the first sorted feature
    spoiled = packed.unpack(memoryview(bytes(data)), Model)
    first = min(full.index, key=lambda f: f.encode("utf-8", "surrogatepass"))
    assert spoiled.index.get(first) is None
    words = "The minister said the vote would take place in May .".split()
    assert len(spoiled.predict(words)) == len(words)
    monkeypatch.setattr(packed, "SWITCH_AFTER", 0)  # past the switch: still no exception
    spoiled = packed.unpack(memoryview(bytes(data)), Model)
    assert spoiled.index.get(first) is None and spoiled.index.get("nope") is None
    assert len(spoiled.predict(words)) == len(words)


def test_materialise_builds_the_whole_index_once_and_keeps_search_for_a_tampered_file():
    full = shipped()
    small = packed.unpack(memoryview(packed.pack(full)), Model)
    assert small.index._dict is None
    assert small.index.materialise() is True
    assert small.index._dict is not None and len(small.index._dict) == len(full.index)
    data = bytearray(packed.pack(full))
    start = len(packed.MAGIC)
    size = int.from_bytes(data[start : start + 4], "little")
    head = json.loads(bytes(data[start + 4 : start + 4 + size]))
    n, entries = head["features"], head["entries"]
    order_end = start + 4 + size + (n + 1) * 4 + entries * 3 + n * 4  # offsets, classes, values, order
    data[order_end - 4:order_end] = (2**31).to_bytes(4, "little")  # the last feature number: out of range
    tampered = packed.unpack(memoryview(bytes(data)), Model)
    assert tampered.index.materialise() is False
    assert tampered.index._dict is None


def test_the_server_warm_up_builds_the_tagger_index_before_workers_fork(monkeypatch):
    from copylint.config import Settings
    from copylint.engine import Linter
    from copylint.grammar.tagging import model as model_module
    from copylint.server.workers import warm_up

    calls = []
    monkeypatch.setattr(model_module, "preload", lambda: calls.append("preload"))
    warm_up(Linter(Settings()))
    assert calls == ["preload"]


def test_the_class_check_finds_any_number_at_or_past_the_tags_without_copying():
    """packed._classes_below searches the mapped bytes: every limit, the bytes a pattern
    treats specially (] \\ - ^) among them, agrees with a plain comparison."""
    from copylint.grammar.tagging.packed import _classes_below

    for limit in (0, 1, 2, 0x2d, 0x2e, 0x5c, 0x5d, 0x5e, 0x5f, 108, 255, 256, 300):
        for data in (b"", bytes(range(256)), bytes(range(min(limit, 256))), bytes([min(max(limit - 1, 0), 255)]) * 5,
                     bytes([min(limit, 255)]), b"\x00" * 10 + bytes([min(limit, 255)])):
            view = memoryview(data)
            assert _classes_below(view, limit) == all(c < limit for c in data), (limit, data[:8])


def _computed_row(model: Model, k: int) -> int:
    """A feature's packed row as Model._row adds it up from the weights (the old way)."""
    from operator import lshift

    lo, hi = model.offsets[k], model.offsets[k + 1]
    shifts = model._layout().shifts
    return sum(map(lshift, model.values[lo:hi], map(shifts.__getitem__, model.classes[lo:hi])))


def test_stored_dense_rows_equal_the_rows_added_up_from_the_weights():
    full = shipped()
    small = packed.unpack(memoryview(packed.pack(full)), Model)
    dense = small.index.dense
    numbers = list(dense._numbers)
    offsets = full.offsets
    assert numbers == [k for k in range(len(offsets) - 1) if offsets[k + 1] - offsets[k] >= packed.DENSE_AT]
    assert len(numbers) > 100
    assert all(dense.get(k) == _computed_row(full, k) for k in numbers)
    assert dense.get(numbers[0] + 1 if numbers[0] + 1 not in numbers else -1) is None
    # and through the model: every feature's row, stored or added up, as the shipped model's
    features = sorted(full.index)
    stored = set(numbers)
    sample = random.Random(5).sample(features, 3000) + [f for f in features if full.index[f] in stored]
    assert [small._row(f) for f in sample] == [full._row(f) for f in sample]


def test_a_model_laid_out_otherwise_ignores_the_stored_rows(monkeypatch):
    small = packed.unpack(memoryview(packed.pack(shipped())), Model)
    k = small.index.dense._numbers[0]
    feature = next(f for f, n in shipped().index.items() if n == k)
    monkeypatch.setattr(small.index.dense, "bits", small._layout().bits + 1)
    monkeypatch.setattr(packed.DenseRows, "get", lambda self, k: pytest.fail("a stored row read for another layout"))
    assert small._row(feature) == _computed_row(shipped(), k)


@pytest.mark.parametrize("spoil", ["row-bytes", "numbers-out-of-range", "numbers-unsorted"])
def test_tampered_dense_rows_change_tags_at_most_never_crash(spoil):
    """A re-sealed file whose stored rows or their feature numbers are wrong: the tagger
    still gives one tag of its own per word (a tampered cache can change data, never crash)."""
    full = shipped()
    data = bytearray(packed.pack(full))
    start = len(packed.MAGIC)
    size = int.from_bytes(data[start : start + 4], "little")
    head = json.loads(bytes(data[start + 4 : start + 4 + size]))
    n, entries, dense_n, row_bytes = head["features"], head["entries"], head["dense"], head["row_bytes"]
    numbers_at = start + 4 + size + (n + 1) * 4 + entries * 3 + n * 4 + (n + 1) * 4
    rows_at = numbers_at + 4 * dense_n
    if spoil == "row-bytes":
        data[rows_at : rows_at + dense_n * row_bytes] = random.Random(1).randbytes(dense_n * row_bytes)
    elif spoil == "numbers-out-of-range":
        data[numbers_at : numbers_at + 4 * dense_n] = b"\xff\xff\xff\x7f" * dense_n
    else:
        data[numbers_at : numbers_at + 4 * dense_n] = bytes(reversed(data[numbers_at : numbers_at + 4 * dense_n]))
    spoiled = packed.unpack(memoryview(bytes(data)), Model)
    for words in sentences(40):
        tags = spoiled.predict(words)
        assert len(tags) == len(words) and set(tags) <= set(full.tags)


def test_a_class_number_past_the_tags_but_ascii_counts_nowhere_never_crashes():
    """A re-sealed file whose class numbers lie between the number of tags and 128 is used
    (unpack tests only that every number is ASCII): those weights land above every score
    field, so each row keeps the scores of its other weights and the tagger never fails."""
    from copylint.grammar.tagging.packed import CLASS_SPAN

    full = shipped()
    assert len(full.tags) < CLASS_SPAN
    data = bytearray(packed.pack(full))
    start = len(packed.MAGIC)
    size = int.from_bytes(data[start : start + 4], "little")
    head = json.loads(bytes(data[start + 4 : start + 4 + size]))
    n, entries = head["features"], head["entries"]
    classes_at = start + 4 + size + (n + 1) * 4
    rng = random.Random(3)
    spoiled_entries = rng.sample(range(entries), 2000)
    for e in spoiled_entries:
        data[classes_at + e] = rng.randrange(len(full.tags), CLASS_SPAN)
    spoiled = packed.unpack(memoryview(bytes(data)), Model)
    layout = spoiled._layout()
    fields = len(full.tags) * layout.bits
    sparse = [k for k in range(n) if full.offsets[k + 1] - full.offsets[k] < packed.DENSE_AT]
    for k in rng.sample(sparse, 3000):
        lo, hi = full.offsets[k], full.offsets[k + 1]
        kept = sum(v << (layout.bits * c) for c, v, e in zip(full.classes[lo:hi], full.values[lo:hi], range(lo, hi), strict=True)
                   if spoiled.classes[e] < len(full.tags))
        assert spoiled.summed_row(k) % (1 << fields) == kept % (1 << fields), k
    for words in sentences(40):
        tags = spoiled.predict(words)
        assert len(tags) == len(words) and set(tags) <= set(full.tags)
    # at 128 and past it the file is refused, as before
    data[classes_at + spoiled_entries[0]] = CLASS_SPAN
    with pytest.raises(packed.PackError):
        packed.unpack(memoryview(bytes(data)), Model)


def test_spelling_and_look_features_split_the_word_features_exactly():
    """The packed copy stores frequent words' spelling scores: the two parts must hold every
    feature of ``word_features`` once, whatever the word (capitals, digits, hyphens)."""
    from collections import Counter

    from copylint.grammar.tagging.features import look_features, norm, spelling_features, word_features

    words = {w for words in sentences() for w in words}
    words |= {"The", "COVID-19", "well-known", "Well-Known", "1999", "$5", "x-ray", "-", "--", "a-", "-a",
              "e-mail's", "", "\u00dcber-Fahrt", "MCCAIN", "McCain", "co-op-ed", "3-D", "don\u2019t"}
    for word in words:
        spelled = spelling_features(norm(word))
        assert Counter(spelled) + Counter(look_features(word)) == Counter(word_features(word)), word
        assert not any(f.startswith(("x=", "hx=", "hyx=", "h=", "f=", "W=")) for f in spelled), word


def test_stored_word_scores_equal_the_rows_added_up():
    from copylint.grammar.tagging.features import neighbour_features, spelling_features

    full = shipped()
    small = packed.unpack(memoryview(packed.pack(full)), Model)
    words = small.index.words
    chosen = packed.frequent_words(full, packed.WORD_ROWS)
    assert len(chosen) == packed.WORD_ROWS and len(set(chosen)) == len(chosen)
    assert {"the", "of", "said", ","} <= set(chosen)
    assert words.find("zzyzx-not-a-word") is None and words.find("") is None
    for low in random.Random(9).sample(chosen, 300) + ["the", ","]:
        number = words.find(low)
        assert number is not None, low
        parts = [spelling_features(low), *(neighbour_features(low, k)[:-1] for k in (-1, 1, 2))]
        for part, feats in enumerate(parts):
            assert words.score(number, part) == sum(full._row(f) for f in feats), (low, part)


def test_a_model_laid_out_otherwise_ignores_the_stored_word_scores(monkeypatch):
    small = packed.unpack(memoryview(packed.pack(shipped())), Model)
    monkeypatch.setattr(small.index.words, "bits", small._layout().bits + 1)
    monkeypatch.setattr(packed.WordRows, "score", lambda self, n, part: pytest.fail("a stored score read"))
    for words in sentences(20):
        assert small.predict(words) == shipped().predict(words)


def _word_table_at(data: bytes) -> tuple[dict, int]:
    """The header and the offset of the stored word scores (past the features' blob)."""
    start = len(packed.MAGIC)
    size = int.from_bytes(data[start : start + 4], "little")
    head = json.loads(bytes(data[start + 4 : start + 4 + size]))
    n, entries, dense_n, row_bytes = head["features"], head["entries"], head["dense"], head["row_bytes"]
    at = (start + 4 + size + (n + 1) * 4 + entries * 3 + n * 4 + (n + 1) * 4 + 4 * dense_n + dense_n * row_bytes
          + 4 * head["slots"] + head["blob"])
    return head, at


@pytest.mark.parametrize("spoil", ["scores", "starts", "slots"])
def test_tampered_word_scores_change_tags_at_most_never_crash(spoil):
    full = shipped()
    data = bytearray(packed.pack(full))
    head, at = _word_table_at(bytes(data))
    count, row_bytes = head["words"], head["row_bytes"]
    scores = count * packed.WORD_PARTS * row_bytes
    rng = random.Random(4)
    if spoil == "scores":
        data[at : at + scores] = rng.randbytes(scores)
    elif spoil == "starts":
        starts_at = at + scores + 4
        data[starts_at : starts_at + 4 * (count - 1)] = rng.randbytes(4 * (count - 1))
    else:
        slots_at = at + scores + 4 * (count + 1)
        data[slots_at : slots_at + 4 * head["word_slots"]] = rng.randbytes(4 * head["word_slots"])
    spoiled = packed.unpack(memoryview(bytes(data)), Model)
    for words in sentences(40):
        tags = spoiled.predict(words)
        assert len(tags) == len(words) and set(tags) <= set(full.tags)


def test_unpack_refuses_word_scores_of_the_wrong_size():
    data = packed.pack(shipped())
    head, at = _word_table_at(data)
    with pytest.raises(packed.PackError):  # a score short: every later part is out of place
        packed.unpack(memoryview(data[:at] + data[at + 1 :]), Model)
    with pytest.raises(packed.PackError):  # the words' blob one byte long
        packed.unpack(memoryview(data + b"x"), Model)
