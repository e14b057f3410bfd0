"""Derived data kept as sealed ``marshal`` files (datacache.cached_marshal): the loaded value
equals the built one, and a damaged, truncated, tampered or planted file (a code object, a
value of another shape), a read-only folder or a folder that is a file all give the built
value, never an exception, never code run."""

from __future__ import annotations

import marshal
import os
import stat

import pytest

from copylint import datacache
from copylint.datacache import cached_marshal, seal, str_dict
from copylint.grammar import lexicon


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("COPYLINT_LEXICON_DIR", str(tmp_path))
    return tmp_path


def _only_file(folder):
    (path,) = folder.glob("*.marshal")
    return path


def test_stored_value_is_loaded_not_built_again(folder):
    calls = []

    def build():
        calls.append(1)
        return {"colour": "color", "caf\u00e9": "cafe"}

    assert cached_marshal("t", [b"v1"], build, str_dict) == build()
    calls.clear()
    assert cached_marshal("t", [b"v1"], build, str_dict) == {"colour": "color", "caf\u00e9": "cafe"}
    assert calls == []  # read back from the file
    assert cached_marshal("t", [b"v2"], build, str_dict) == build()  # other inputs: built again
    assert len(calls) == 2


@pytest.mark.parametrize("damage", ["truncated", "garbage", "empty", "resealed-garbage", "resealed-cut"])
def test_a_damaged_file_is_rebuilt(folder, damage):
    value = {"a": "b", "c": "d"}
    cached_marshal("t", [b"x"], lambda: value, str_dict)
    path = _only_file(folder)
    data = path.read_bytes()
    payload = data[:-32]
    path.write_bytes({"truncated": data[:-9], "garbage": b"\x00\xff" * 40, "empty": b"",
                      "resealed-garbage": seal(b"\xe3\xff\xff\xff\x7f" * 8),
                      "resealed-cut": seal(payload[: len(payload) // 2])}[damage])
    assert cached_marshal("t", [b"x"], lambda: value, str_dict) == value
    assert path.read_bytes() == data  # and stored again


def test_a_planted_code_object_is_never_returned_or_run(folder, tmp_path):
    marker = tmp_path / "ran"
    cached_marshal("t", [b"x"], lambda: {"a": "b"}, str_dict)
    path = _only_file(folder)
    code = compile(f"open({str(marker)!r}, 'w').close()", "<planted>", "exec")
    for planted in (code, {"a": code}, {code: "b"}, ("a", code), {"a": "b", "c": 1}):
        path.write_bytes(seal(marshal.dumps(planted)))
        assert cached_marshal("t", [b"x"], lambda: {"a": "b"}, str_dict) == {"a": "b"}
    assert not marker.exists()


def test_a_self_holding_list_is_refused_without_looping(folder):
    cached_marshal("t", [b"x"], lambda: {"a": "b"}, str_dict)
    path = _only_file(folder)
    loop: list = []
    loop.append(loop)
    path.write_bytes(seal(marshal.dumps(loop)))
    assert cached_marshal("t", [b"x"], lambda: {"a": "b"}, str_dict) == {"a": "b"}


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder")
def test_a_read_only_folder_still_gives_the_value(folder):
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        assert cached_marshal("t", [b"x"], lambda: {"a": "b"}, str_dict) == {"a": "b"}
        assert not list(folder.glob("*.marshal"))
    finally:
        folder.chmod(stat.S_IRWXU)


def test_an_unwritable_cache_location_still_gives_the_value(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv("COPYLINT_LEXICON_DIR", str(blocker / "lexicon"))
    assert cached_marshal("t", [b"x"], lambda: {"a": "b"}, str_dict) == {"a": "b"}
    assert cached_marshal("t", [b"x"], lambda: {"a": "b"}, str_dict) == {"a": "b"}


def test_the_key_holds_the_marshal_format_and_python_version(folder, monkeypatch):
    cached_marshal("t", [b"x"], lambda: {"a": "b"}, str_dict)
    monkeypatch.setattr(marshal, "version", marshal.version + 1)
    assert cached_marshal("t", [b"x"], lambda: {"a": "other"}, str_dict) == {"a": "other"}
    assert len(list(folder.glob("*.marshal"))) == 2


def test_str_dict():
    assert str_dict({}) and str_dict({"a": "b"})
    assert not str_dict({"a": 1}) and not str_dict({1: "a"}) and not str_dict([("a", "b")])


# -- the grammar's small tables (sounds, places) -------------------------------------------------

@pytest.fixture
def small(folder):
    lexicon._small_tables.cache_clear()
    for f in (lexicon.sounds, lexicon.places, lexicon.place_kinds):
        f.cache_clear()
    yield folder
    lexicon._small_tables.cache_clear()
    for f in (lexicon.sounds, lexicon.places, lexicon.place_kinds):
        f.cache_clear()


def _old_tables():
    """The tables as the loaders built them before they were cached (the same code)."""
    sounds = {word: kind for word, kind in lexicon._rows("sounds.tsv")}
    by_first: dict[str, set[str]] = {}
    for name, _kind in lexicon._rows("places.tsv"):
        by_first.setdefault(name.split(" ")[0], set()).add(name)
    return sounds, {k: frozenset(v) for k, v in by_first.items()}, dict(lexicon._rows("places.tsv"))


def test_small_tables_stored_and_loaded_equal_the_built_ones(small):
    old = _old_tables()
    assert (lexicon.sounds(), lexicon.places(), lexicon.place_kinds()) == old  # built and stored
    assert len(list(small.glob("grammar-small-*.marshal"))) == 1
    lexicon._small_tables.cache_clear()
    loaded = lexicon._small_tables()  # read back
    assert loaded == old
    assert all(type(v) is frozenset for v in loaded[1].values())
    assert lexicon.places()["New"] >= {"New Zealand"} or "New" not in old[1]


@pytest.mark.parametrize("planted", [
    ({"a": "an"}, {"New": {"New Zealand"}}, {}),  # a set, not a frozenset
    ({"a": "an"}, {"New": frozenset({1})}, {}),  # a number among the names
    ({"a": "an"}, {}, {}, {}),  # four tables
    [{}, {}, {}],  # a list
    ({"a": b"an"}, {}, {}),  # bytes for a str
])
def test_small_tables_of_another_shape_are_rebuilt(small, planted):
    old = _old_tables()
    lexicon._small_tables()
    (path,) = small.glob("grammar-small-*.marshal")
    path.write_bytes(seal(marshal.dumps(planted)))
    lexicon._small_tables.cache_clear()
    assert lexicon._small_tables() == old


def test_a_tampered_but_well_formed_small_table_changes_data_only(small):
    """Whoever can write the folder can change the data (as with any cache), but only within
    its types: a rule gets a dict of str to str all the same."""
    lexicon._small_tables()
    (path,) = small.glob("grammar-small-*.marshal")
    path.write_bytes(seal(marshal.dumps(({"hour": "a"}, {}, {}))))
    lexicon._small_tables.cache_clear()
    assert lexicon._small_tables()[0] == {"hour": "a"}


def test_cached_marshal_is_in_the_derived_data_folder(folder):
    cached_marshal("t", [b"x"], lambda: {"a": "b"}, str_dict)
    assert _only_file(folder).parent == datacache.cache_dir()


def test_a_read_only_file_system_still_gives_the_value(folder, monkeypatch):
    """(Root can write into a folder without write permission: a file system mounted
    read-only is the case that runs everywhere.)"""
    import errno

    def read_only(path, data):
        raise OSError(errno.EROFS, "Read-only file system", str(path))

    monkeypatch.setattr(datacache, "replace_file", read_only)
    for _ in range(2):
        assert cached_marshal("t", [b"x"], lambda: {"a": "b"}, str_dict) == {"a": "b"}
    assert not list(folder.glob("*.marshal"))
