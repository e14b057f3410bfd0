from __future__ import annotations

import json
import os
import pickle
import time
from pathlib import Path

import pytest

from copylint import datacache
from copylint.datacache import STALE_DAYS, cached, cached_bytes, seal, unseal


def test_built_once_reused_rebuilt_when_inputs_change(tmp_path, monkeypatch):
    monkeypatch.setenv("COPYLINT_LEXICON_DIR", str(tmp_path / "cache"))
    source = tmp_path / "words.tsv"
    source.write_text("a\n")
    calls = []

    def build():
        calls.append(1)
        return {"words": source.read_text().split()}

    assert cached("words", [source], build) == {"words": ["a"]}
    assert cached("words", [source], build) == {"words": ["a"]}
    assert len(calls) == 1
    source.write_text("a\nb\n")
    assert cached("words", [source], build) == {"words": ["a", "b"]}
    assert len(calls) == 2
    # another installation's version (the old data) is kept: it may still be in use
    assert len(list((tmp_path / "cache").glob("words-*.json"))) == 2


def test_the_key_is_the_inputs_content_not_their_dates_or_paths(tmp_path, monkeypatch):
    """Two installations with the same data share one file; touching a file rebuilds nothing."""
    monkeypatch.setenv("COPYLINT_LEXICON_DIR", str(tmp_path / "cache"))
    one, two = tmp_path / "env1" / "words.tsv", tmp_path / "env2" / "words.tsv"
    for f in (one, two):
        f.parent.mkdir()
        f.write_text("a\n")
    calls = []
    assert cached("w", [one], lambda: calls.append(1) or [1]) == [1]
    os.utime(one, (0, 0))
    assert cached("w", [one], lambda: calls.append(1) or [2]) == [1]
    assert cached("w", [two], lambda: calls.append(1) or [3]) == [1]
    assert calls == [1] and len(list((tmp_path / "cache").glob("w-*.json"))) == 1


def test_stale_versions_are_pruned(tmp_path, monkeypatch):
    monkeypatch.setenv("COPYLINT_LEXICON_DIR", str(tmp_path / "cache"))
    (tmp_path / "cache").mkdir()
    old = tmp_path / "cache" / "w-0123.json"
    old.write_bytes(seal(b"[0]"))
    long_ago = time.time() - (STALE_DAYS + 1) * 86400
    os.utime(old, (long_ago, long_ago))
    source = tmp_path / "words.tsv"
    source.write_text("a\n")
    cached("w", [source], lambda: [1])
    assert not old.exists()


def test_corrupt_or_unwritable_cache_still_gives_the_data(tmp_path, monkeypatch):
    monkeypatch.setenv("COPYLINT_LEXICON_DIR", str(tmp_path / "cache"))
    source = tmp_path / "words.tsv"
    source.write_text("a\n")
    assert cached("w", [source], lambda: 1) == 1
    for f in (tmp_path / "cache").glob("w-*.json"):
        f.write_bytes(b"not json")
    assert cached("w", [source], lambda: 2) == 2
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("COPYLINT_LEXICON_DIR", str(blocker / "cache"))
    assert cached("w", [source], lambda: 3) == 3


class _Exploit:
    def __reduce__(self):
        return (os.system, (f"touch {os.environ['PWNED_MARKER']}",))


def test_a_planted_pickle_runs_nothing_and_is_rebuilt(tmp_path, monkeypatch):
    """Issue 15: derived data was loaded with pickle; a file planted in the cache folder ran code."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("COPYLINT_LEXICON_DIR", str(folder))
    marker = tmp_path / "pwned"
    monkeypatch.setenv("PWNED_MARKER", str(marker))
    source = tmp_path / "words.tsv"
    source.write_text("a\n")
    assert cached("w", [source], lambda: {"a": 1}) == {"a": 1}
    (path,) = folder.glob("w-*")
    exploit = pickle.dumps(_Exploit())
    for planted in (exploit, seal(exploit), b"\x00" * 10, seal(b"[" * 100_000 + b"]" * 100_000)):
        path.write_bytes(planted)  # under the very name the next run reads
        for f in ("w-0.pickle", "w-0.json"):
            (folder / f).write_bytes(exploit)
        assert cached("w", [source], lambda: {"a": 2}) == {"a": 2}
        assert not marker.exists()
        assert json.loads(bytes(unseal(path.read_bytes()))) == {"a": 2}  # rebuilt and sealed


def test_revive_turns_json_back_into_the_built_types(tmp_path, monkeypatch):
    monkeypatch.setenv("COPYLINT_LEXICON_DIR", str(tmp_path / "cache"))
    source = tmp_path / "words.tsv"
    source.write_text("a\n")

    def revive(v):
        return {k: tuple(x) for k, x in v.items()}

    assert cached("t", [source], lambda: {"a": ("b", "c")}, revive) == {"a": ("b", "c")}
    assert cached("t", [source], lambda: {}, revive) == {"a": ("b", "c")}  # from the file, revived


def test_seal_detects_any_change():
    sealed = seal(b"payload")
    assert bytes(unseal(sealed)) == b"payload"
    assert unseal(sealed[:-1]) is None
    assert unseal(b"X" + sealed[1:]) is None
    assert unseal(b"") is None


def test_a_planted_fifo_or_device_is_a_miss_not_a_hang(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("COPYLINT_LEXICON_DIR", str(folder))
    source = tmp_path / "words.tsv"
    source.write_text("a\n")
    cached("w", [source], lambda: [1])
    (path,) = folder.glob("w-*")
    path.unlink()
    os.mkfifo(path)  # opening it for reading would wait for a writer forever
    assert cached("w", [source], lambda: [2]) == [2]
    path.unlink()
    path.symlink_to("/dev/zero")  # reading it would never end
    assert cached("w", [source], lambda: [3]) == [3]


# -- stamps: the inputs' key and a data file's check, kept while their file status is unchanged --


def _settled_now(monkeypatch):
    """Files written by the test count as settled (in use, files are days old)."""
    monkeypatch.setattr(datacache, "RACY_S", -1.0)


def _spy(monkeypatch, name):
    """The size of the first argument of each call of datacache.<name>."""
    calls = []
    real = getattr(datacache, name)
    monkeypatch.setattr(datacache, name, lambda arg, *a, **k: calls.append(len(arg)) or real(arg, *a, **k))
    return calls


def _stored_and_checked(tmp_path, monkeypatch, payload: bytes) -> Path:
    """A source file and ``payload`` cached from it twice (built, then checked and recorded
    in the stamp), files counting as settled; the source."""
    monkeypatch.setenv("COPYLINT_LEXICON_DIR", str(tmp_path / "cache"))
    _settled_now(monkeypatch)
    source = tmp_path / "words.tsv"
    source.write_text("a\n")
    for _ in range(2):
        assert cached_bytes("w", [source], lambda: payload, bytes) == payload
    return source


def test_a_stamp_spares_hashing_unchanged_inputs_and_checking_an_unchanged_file(tmp_path, monkeypatch):
    monkeypatch.setenv("COPYLINT_LEXICON_DIR", str(tmp_path / "cache"))
    _settled_now(monkeypatch)
    source = tmp_path / "words.tsv"
    source.write_text("a\n")
    big = b"one" * 100_000
    assert cached_bytes("w", [source, b"v1"], lambda: big, bytes) == big
    assert cached_bytes("w", [source, b"v1"], lambda: b"two", bytes) == big  # checked, recorded
    hashed, checked = _spy(monkeypatch, "content_key"), _spy(monkeypatch, "unseal")
    assert cached_bytes("w", [source, b"v1"], lambda: b"three", bytes) == big
    assert hashed == [] and max(checked) < 1000  # neither the inputs nor the data hashed (the stamp only)
    assert cached_bytes("w", [source, b"v2"], lambda: b"four", bytes) == b"four"  # other bytes: other stamp
    assert len(hashed) == 1


def test_a_changed_input_is_hashed_again_even_with_its_old_dates(tmp_path, monkeypatch):
    source = _stored_and_checked(tmp_path, monkeypatch, b"a")
    before = source.stat()
    time.sleep(0.05)  # past the file system's clock tick: the change time moves
    source.write_text("b\n")  # same size
    os.utime(source, ns=(before.st_atime_ns, before.st_mtime_ns))  # the old modification time
    assert cached_bytes("w", [source], lambda: b"b", bytes) == b"b"


def test_a_file_damaged_after_its_check_is_checked_again_and_rebuilt(tmp_path, monkeypatch):
    source = _stored_and_checked(tmp_path, monkeypatch, b"payload")
    (path,) = (tmp_path / "cache").glob("w-*.bin")
    before = path.stat()
    data = bytearray(path.read_bytes())
    data[0] ^= 1
    time.sleep(0.05)
    with open(path, "r+b") as fh:  # in place: same inode, size and (restored) modification time
        fh.write(data)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert cached_bytes("w", [source], lambda: b"built again", bytes) == b"built again"


def test_a_damaged_or_planted_stamp_is_ignored(tmp_path, monkeypatch):
    source = _stored_and_checked(tmp_path, monkeypatch, b"good")
    (stamp,) = (tmp_path / "cache").glob("w-*.stamp")
    record = json.loads(bytes(unseal(stamp.read_bytes())))
    (data,) = (tmp_path / "cache").glob("w-*.bin")
    forged = tmp_path / "cache" / "w-forged.bin"
    forged.write_bytes(b"unsealed data, never to be trusted")
    planted = [
        b"garbage", seal(b"[1, 2]"), seal(b"{" * 5000), seal(json.dumps({"key": 7, "inputs": "x"}).encode()),
        # a forged record: another key, and a "checked" status for a file nobody checked
        seal(json.dumps({**record, "key": "forged", "checked": {"w-forged.bin": [0, 0, 0, 0, 0]}}).encode()),
        seal(json.dumps({**record, "checked": {data.name: [0, 0, 0, 0, 0]}}).encode()),
    ]
    for content in planted:
        stamp.write_bytes(content)
        data.write_bytes(b"X" * 100)  # damaged: a stamp saying otherwise must not be believed
        assert cached_bytes("w", [source], lambda: b"good", bytes) == b"good"
    stamp.unlink()
    os.mkfifo(stamp)  # a FIFO in its place: no hang
    assert cached_bytes("w", [source], lambda: b"good", bytes) == b"good"


def test_recently_changed_files_are_never_recorded(tmp_path, monkeypatch):
    """Within the clock's resolution a second change could leave every time the same."""
    monkeypatch.setenv("COPYLINT_LEXICON_DIR", str(tmp_path / "cache"))
    source = tmp_path / "words.tsv"
    source.write_text("a\n")
    for _ in range(2):
        cached_bytes("w", [source], lambda: b"a", bytes)
    hashed, checked = _spy(monkeypatch, "content_key"), _spy(monkeypatch, "unseal")
    assert cached_bytes("w", [source], lambda: b"b", bytes) == b"a"
    assert len(hashed) == 1 and len(checked) == 1  # hashed and checked (and no stamp written to read)


# -- hash slots (the sorted tables' and the tagger index's look-up) ---------------------------


def test_hash_slots_find_every_key_and_nothing_else():
    keys = sorted(f"w{i}".encode() for i in range(5000)) + [b"", "caf\u00e9".encode()]
    data, size, longest = datacache.pack_slots(keys)
    slots = datacache.HashSlots(data, size, longest, len(keys))
    assert size >= 1.5 * len(keys) and longest < 64
    assert [slots.find(k, keys.__getitem__) for k in keys] == list(range(len(keys)))
    assert [slots.find(k, keys.__getitem__) for k in (b"w", b"w50000", b"nope")] == [None] * 3


def test_tampered_hash_slots_hide_keys_never_point_at_wrong_ones_or_loop():
    keys = [b"a", b"b", b"c"]
    data, size, longest = datacache.pack_slots(keys)
    full = (3).to_bytes(4, "little") * size  # every slot "c": no empty slot to stop at
    slots = datacache.HashSlots(full, size, datacache.MAX_PROBES, len(keys))
    assert slots.find(b"a", keys.__getitem__) is None and slots.find(b"c", keys.__getitem__) == 2
    past = (1000).to_bytes(4, "little") * size  # positions past the keys
    assert datacache.HashSlots(past, size, longest, len(keys)).find(b"a", keys.__getitem__) is None
    for bad in ((data, size, datacache.MAX_PROBES + 1), (data, size + 1, longest), (data[:-4], size, longest)):
        with pytest.raises(ValueError):
            datacache.HashSlots(*bad, len(keys))


def test_a_file_that_cannot_be_mapped_is_read_instead(tmp_path, monkeypatch):
    import mmap

    monkeypatch.setenv("COPYLINT_LEXICON_DIR", str(tmp_path / "cache"))
    source = tmp_path / "words.tsv"
    source.write_text("a\n")
    assert cached_bytes("w", [source], lambda: b"stored", bytes, use_mmap=True) == b"stored"

    def refuse(*args, **kwargs):
        raise OSError("this file system cannot map files")

    monkeypatch.setattr(mmap, "mmap", refuse)
    assert cached_bytes("w", [source], lambda: b"built again", bytes, use_mmap=True) == b"stored"
