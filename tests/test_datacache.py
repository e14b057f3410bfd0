from __future__ import annotations

from copylint.datacache import cached


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
    assert len(list((tmp_path / "cache").glob("words-*.pickle"))) == 1  # the old version is gone


def test_corrupt_or_unwritable_cache_still_gives_the_data(tmp_path, monkeypatch):
    monkeypatch.setenv("COPYLINT_LEXICON_DIR", str(tmp_path / "cache"))
    source = tmp_path / "words.tsv"
    source.write_text("a\n")
    assert cached("w", [source], lambda: 1) == 1
    for f in (tmp_path / "cache").glob("w-*.pickle"):
        f.write_bytes(b"not a pickle")
    assert cached("w", [source], lambda: 2) == 2
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("COPYLINT_LEXICON_DIR", str(blocker / "cache"))
    assert cached("w", [source], lambda: 3) == 3
