"""The lexicon format, its cache, the error model and the tokenisation glue, on small data
(no lexicon is built here)."""

from __future__ import annotations

import os

import pytest

from copylint.datacache import seal
from copylint.spelling import build, store
from copylint.spelling.lexicon import DICT, GB, LISTED, SUGGEST, US, Lexicon, serialise
from copylint.spelling.suggest import (
    ADJACENT,
    DOUBLE,
    DROPPED,
    DROPPED_VOWEL,
    OTHER,
    TRANSPOSE,
    VOWEL,
    adjacent,
    distance,
    edit_weight,
    rank,
)
from copylint.spelling.variants import dialect_pairs, ize_form
from copylint.spelling.words import word_uses

ENTRIES = {
    "siege": (39, DICT, ""),
    "seize": (46, DICT, ""),
    "seige": (20, LISTED, "siege"),
    "colour": (45, DICT | GB, "color"),
    "color": (49, DICT | US, "colour"),
    "khamenei": (27, 0, ""),
    "caf\u00e9": (30, DICT, ""),
}


@pytest.fixture
def tiny() -> Lexicon:
    return Lexicon(serialise(ENTRIES, suggest={"siege", "seize", "colour", "color", "caf\u00e9"}))


def test_lookup(tiny):
    e = tiny.get("seige")
    assert (e.word, e.zipf, e.has(LISTED), e.corrections) == ("seige", 2.0, True, ("siege",))
    assert tiny.get("colour").note == "color" and tiny.get("colour").has(GB)
    assert tiny.get("siege").has(SUGGEST) and not tiny.get("khamenei").has(SUGGEST)
    assert tiny.get("caf\u00e9").zipf == 3.0
    assert tiny.get("nothing") is None and tiny.get("") is None and tiny.get("x" * 300) is None
    assert tiny.size == len(ENTRIES)


def test_near_finds_words_one_edit_away(tiny):
    assert tiny.near("seige") >= {"siege", "seize"}  # swap; substitution
    assert "colour" in tiny.near("colur")  # dropped letter
    assert "color" in tiny.near("colorr")  # extra letter
    assert "khamenei" not in tiny.near("khamenai")  # names are never suggested
    assert "siege" in tiny.near("sieege", deletes=2)


def test_a_truncated_lexicon_is_refused(tiny):
    data = serialise(ENTRIES, suggest=())
    with pytest.raises(ValueError):
        Lexicon(data[:-4])
    with pytest.raises(ValueError):
        Lexicon(b"not a lexicon at all, not at all....")


# -- the cache -------------------------------------------------------------------------

@pytest.fixture
def cache(tmp_path, monkeypatch):
    calls = []

    def fake_build() -> bytes:
        calls.append(1)
        return serialise(ENTRIES, suggest={"siege"})

    monkeypatch.setenv("COPYLINT_LEXICON_DIR", str(tmp_path / "lex"))
    monkeypatch.setattr(build, "build_lexicon", fake_build)
    monkeypatch.setattr(store, "_LEXICON", None)
    monkeypatch.setattr(store, "SHIPPED_DIR", tmp_path / "shipped")  # not a wheel's prebuilt lexicon
    return calls


def test_built_once_then_opened_from_the_cache(cache, monkeypatch):
    first = store.load_lexicon()
    assert first.get("siege") is not None and cache == [1]
    assert store.load_lexicon() is first  # once per process
    monkeypatch.setattr(store, "_LEXICON", None)
    again = store.load_lexicon()  # a new process: opened, not built
    assert again.get("seige").corrections == ("siege",) and cache == [1]
    files = sorted(f for f in os.listdir(store.lexicon_dir()) if not f.endswith(".stamp"))
    assert files == [".build.lock", store.lexicon_path().name]  # no temporary file left behind


def test_a_corrupt_cache_file_is_rebuilt(cache, monkeypatch):
    store.load_lexicon()
    store.lexicon_path().write_bytes(b"garbage")
    monkeypatch.setattr(store, "_LEXICON", None)
    assert store.load_lexicon().get("siege") is not None and cache == [1, 1]


def test_an_unwritable_cache_folder_builds_in_memory(cache, tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("COPYLINT_LEXICON_DIR", str(blocker / "lex"))
    assert store.load_lexicon().get("colour").note == "color"


def test_other_installations_builds_are_kept_stale_ones_pruned(cache, monkeypatch):
    """Issue 16: every second installation rebuilt the lexicon and deleted the other's copy."""
    folder = store.lexicon_dir()
    folder.mkdir(parents=True)
    (folder / "lexicon-other.bin").write_bytes(b"another installation's data")
    (folder / "lexicon-stale.bin").write_bytes(b"unused for months")
    os.utime(folder / "lexicon-stale.bin", (0, 0))
    store.load_lexicon()
    kept = {f for f in os.listdir(folder) if not f.endswith(".stamp")}
    assert kept == {".build.lock", "lexicon-other.bin", store.lexicon_path().name}


def test_the_key_is_content_so_a_touched_input_rebuilds_nothing(cache, tmp_path, monkeypatch):
    data = tmp_path / "words.txt"
    data.write_text("siege\n")
    monkeypatch.setattr(store.sources, "data_files", lambda: [data])
    first = store.lexicon_path()
    store.load_lexicon()
    os.utime(data, (0, 0))  # a new installation: same content, other date
    assert store.lexicon_path() == first
    monkeypatch.setattr(store, "_LEXICON", None)
    store.load_lexicon()
    assert cache == [1]
    data.write_text("siege\nseige\n")  # new data: a new key
    assert store.lexicon_path() != first


def test_a_build_says_so_on_stderr(cache, capsys):
    store.load_lexicon()
    err = capsys.readouterr().err
    assert "building the word lexicon" in err and "built in" in err


def test_a_shipped_lexicon_is_used_without_building(cache, tmp_path, monkeypatch, capsys):
    shipped = tmp_path / "shipped"
    shipped.mkdir()
    (shipped / store.lexicon_name()).write_bytes(seal(serialise(ENTRIES, suggest={"siege"})))
    assert store.load_lexicon().get("siege") is not None
    assert cache == [] and capsys.readouterr().err == ""
    written = list(store.lexicon_dir().glob("*")) if store.lexicon_dir().exists() else []
    assert all(f.suffix == ".stamp" and f.stat().st_size < 2000 for f in written)  # at most the key's stamp


def test_a_truncated_shipped_lexicon_is_not_used(cache, tmp_path):
    shipped = tmp_path / "shipped"
    shipped.mkdir()
    whole = seal(serialise(ENTRIES, suggest={"siege"}))
    (shipped / store.lexicon_name()).write_bytes(whole[: len(whole) // 2])
    assert store.load_lexicon().get("siege") is not None
    assert cache == [1]  # built instead


def test_a_planted_fifo_is_rebuilt_not_waited_on(cache, monkeypatch):
    path = store.lexicon_path()
    path.parent.mkdir(parents=True)
    os.mkfifo(path)
    assert store.load_lexicon().get("siege") is not None and cache == [1]


def test_a_tampered_lexicon_file_is_a_miss(cache, monkeypatch):
    store.load_lexicon()
    path = store.lexicon_path()
    data = bytearray(path.read_bytes())
    data[100] ^= 0xFF  # one flipped byte: the hash no longer matches
    path.write_bytes(bytes(data))
    monkeypatch.setattr(store, "_LEXICON", None)
    store.load_lexicon()
    assert cache == [1, 1]


# -- the error model -------------------------------------------------------------------

def test_edit_weights_follow_how_people_mistype():
    assert edit_weight("seige", "siege") == TRANSPOSE
    assert edit_weight("ocurred", "occurred") == DOUBLE  # a letter not doubled
    assert edit_weight("untill", "until") == DOUBLE  # a letter doubled
    assert edit_weight("perimiter", "perimeter") == VOWEL
    assert edit_weight("tezt", "text") == ADJACENT  # z for x: neighbouring keys
    assert edit_weight("seige", "seize") == OTHER  # g for z: keys apart
    assert edit_weight("goverment", "government") == DROPPED
    assert edit_weight("recve", "recive") == DROPPED_VOWEL
    assert edit_weight("abc", "xyz") == 0.0
    assert 0 < edit_weight("recieveing", "receiving") < DROPPED  # two edits


def test_keyboard_and_distance():
    assert adjacent("a", "s") and adjacent("g", "h") and adjacent("e", "d") and not adjacent("a", "l")
    assert distance("seige", "siege") == 1 and distance("kitten", "sitting") == 3 and distance("", "ab") == 2


def test_rank_prefers_the_likely_slip_over_the_common_word():
    ranked = rank("seige", {"siege": 3.9, "seize": 4.6, "beige": 3.5})
    assert [c.word for c in ranked][:2] == ["siege", "seize"]


# -- dialect lists ---------------------------------------------------------------------

def test_patterns_make_pairs_only_where_real_text_uses_both():
    zipf = {"colour": 4.5, "color": 4.9, "tour": 4.9, "tor": 3.5, "organise": 3.5, "organize": 4.0,
            "traveled": 3.9, "travelled": 3.9, "filed": 4.0, "filled": 4.3, "pediatric": 3.5, "paediatric": 2.9}
    pairs = dialect_pairs(["color", "tor", "organize", "traveled", "filed", "pediatric"], zipf, [])
    assert pairs["colour"].us == "color" and not pairs["colour"].ize
    assert pairs["organise"].ize and pairs["travelled"].us == "traveled" and pairs["paediatric"].us == "pediatric"
    assert "tour" not in pairs and "filled" not in pairs
    assert ize_form("mobilise") == "mobilize" and ize_form("rise") is None


# -- tokenisation glue -----------------------------------------------------------------

def texts(text: str) -> list[str]:
    return [u.text for u in word_uses(text)]


def test_word_uses_split_and_skip():
    assert texts("The militias\u2019 and Iraq\u2019s (Tehran-aligned) COVID-19 F-16 mp3 pro-Iran a I") == [
        "The", "militias", "and", "Iraq", "Tehran", "aligned", "pro", "Iran"]
    assert texts("Visit www.example.com, mail a@b.org, @handle #tag, 5,000m \u00a3600m 2bn `code here` "
                 "index.html [sic]") == ["Visit", "mail", "sic"]


def test_word_uses_know_sentence_starts_and_neighbours():
    uses = list(word_uses("Nick Bos spoke. \u201cAnts,\u201d he said. M. quintaris"))
    first = {u.text: u for u in uses}
    assert first["Nick"].initial and not first["Bos"].initial and first["Ants"].initial
    assert first["Bos"].prev_word == "Nick" and first["Nick"].next_word == "Bos"
    assert first["spoke"].next_word is None  # the sentence ends
    assert first["quintaris"].prev_is_initial
    parts = [u for u in word_uses("Chan Siu-kwan won") if u.compound]
    assert [(u.text, u.part, u.compound) for u in parts] == [("Siu", 0, "Siu-kwan"), ("kwan", 1, "Siu-kwan")]
