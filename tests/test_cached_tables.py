"""The grammar word tables cached as sealed text columns (datacache.cached_bytes): the same
tables as built from the shipped TSV files, and a damaged or planted file is rebuilt."""

from __future__ import annotations

import pytest

from copylint.datacache import cached_bytes, seal
from copylint.grammar import lexicon


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    monkeypatch.setenv("COPYLINT_LEXICON_DIR", str(tmp_path))
    lexicon._verbs.cache_clear()
    lexicon._words.cache_clear()
    yield tmp_path
    lexicon._verbs.cache_clear()
    lexicon._words.cache_clear()


def test_cached_tables_equal_the_built_ones(fresh):
    built = lexicon._build_verbs()
    assert lexicon._verbs() == built  # built and stored
    lexicon._verbs.cache_clear()
    assert lexicon._verbs() == built  # read back from the file
    assert all(isinstance(v, tuple) for v in lexicon._verbs()[1].values())
    words = {w: t for w, t in lexicon._rows("words.tsv")}
    assert lexicon._words() == words
    lexicon._words.cache_clear()
    assert lexicon._words() == words
    assert {p.name.split("-")[1] for p in fresh.glob("grammar-*.bin")} == {"verbs", "words"}


@pytest.mark.parametrize("damage", ["truncated", "garbage", "resealed-short", "resealed-long"])
def test_a_damaged_table_file_is_rebuilt(fresh, damage):
    built = lexicon._build_verbs()
    lexicon._verbs()
    (path,) = fresh.glob("grammar-verbs-*.bin")
    data = path.read_bytes()
    payload = data[:-32]
    if damage == "truncated":
        path.write_bytes(data[:-100])
    elif damage == "garbage":
        path.write_bytes(b"\xff\xfe" * 40)
    elif damage == "resealed-short":  # whoever can write the folder can compute the hash too
        path.write_bytes(seal(payload[:-7]))
    else:
        path.write_bytes(seal(payload + b"extra"))
    lexicon._verbs.cache_clear()
    assert lexicon._verbs() == built
    assert path.read_bytes() == data


def test_a_planted_malformed_entry_reads_as_absent_never_crashes(fresh):
    """A re-sealed file with consistent sizes but a lemma of four forms: that verb is unknown."""
    tags, lemmas, table = lexicon._build_verbs()
    bad = dict(table)
    bad["take"] = ("take", "takes", "took", "taken")  # type: ignore[assignment]
    lexicon._verbs()
    (path,) = fresh.glob("grammar-verbs-*.bin")
    path.write_bytes(seal(lexicon._pack((tags, lemmas, bad))))
    lexicon._verbs.cache_clear()
    assert lexicon.verb_form("take", "d") is None
    assert lexicon.verb_form("give", "d") == "gave"
    assert lexicon.verb_tags("took") == tags["took"]


def test_sorted_table_agrees_with_a_dict(monkeypatch):
    from copylint import datacache

    table = {"": "empty key", "a": "", "caf\u00e9": "x/y", "\udcff": "lone surrogate", "z" * 300: "long",
             **{f"w{i:05d}": str(i) for i in range(3000)}}
    probes = [*table, "nope", "w", "w0000", "caf", "\uffff"]
    for switch in (10**9, 50):  # binary search only; then past the switch to the dict
        monkeypatch.setattr(datacache, "TABLE_SWITCH_AFTER", switch)
        sorted_table = datacache.SortedTable(datacache.pack_table(table), str)
        assert [sorted_table.get(k) for k in probes] == [table.get(k) for k in probes]
        assert dict(sorted_table.items()) == table and len(sorted_table) == len(table)
    empty = datacache.SortedTable(datacache.pack_table({}), str)
    assert empty.get("a") is None and len(empty) == 0
    with pytest.raises(ValueError):
        datacache.SortedTable(datacache.pack_table(table)[:-3], str)
    with pytest.raises(ValueError):
        datacache.pack_table({"a\nb": "x"})


def test_cached_bytes_builds_when_decode_refuses(tmp_path, monkeypatch):
    monkeypatch.setenv("COPYLINT_LEXICON_DIR", str(tmp_path))
    source = tmp_path / "in.txt"
    source.write_text("x")
    builds = []

    def decode(view: memoryview) -> str:
        text = bytes(view).decode("ascii")
        if not text.startswith("ok:"):
            raise ValueError(text)
        return text

    assert cached_bytes("t", [source], lambda: builds.append(1) or b"ok:1", decode) == "ok:1"
    (path,) = tmp_path.glob("t-*.bin")
    path.write_bytes(seal(b"evil"))  # a valid seal, content decode refuses
    assert cached_bytes("t", [source], lambda: builds.append(1) or b"ok:2", decode) == "ok:2"
    assert cached_bytes("t", [source], lambda: builds.append(1) or b"ok:3", decode) == "ok:2"
    assert builds == [1, 1]


def test_cached_bytes_treats_a_planted_fifo_or_device_as_a_miss(tmp_path, monkeypatch):
    import os

    monkeypatch.setenv("COPYLINT_LEXICON_DIR", str(tmp_path / "cache"))
    source = tmp_path / "in.txt"
    source.write_text("x")
    cached_bytes("t", [source], lambda: b"1", bytes)
    (path,) = (tmp_path / "cache").glob("t-*.bin")
    path.unlink()
    os.mkfifo(path)  # opening it for reading would wait for a writer forever
    assert cached_bytes("t", [source], lambda: b"2", bytes) == b"2"
    path.unlink()
    path.symlink_to("/dev/zero")  # reading it would never end
    assert cached_bytes("t", [source], lambda: b"3", bytes) == b"3"
