"""The compiled-rules cache's key (copylint.style.compiled.content_key) counts each rule and
code file by copylint.datacache.fingerprint: its status once settled, else its content.
Any write to a rule file, even one that restores its size and modification time, is seen."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from copylint import datacache
from copylint.datacache import fingerprint
from copylint.style import compiled, loader

PACK = """\
id: style.house.banned
type: existence
summary: Words the house bans.
rationale: >
  The house bans them.
message: 'Do not use "{match}"'
tokens: [%s]
examples:
  bad: ["We will [[%s]] it."]
  good: ["We will use it."]
"""


@pytest.fixture
def pack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("COPYLINT_LEXICON_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("COPYLINT_RULES_CACHE_KEY_DIR", str(tmp_path / "state"))
    monkeypatch.setattr(loader, "_CACHE", {})
    folder = tmp_path / "styles" / "house"
    folder.mkdir(parents=True)
    (folder / "banned.yaml").write_text(PACK % ("utilise", "utilise"), encoding="utf-8")
    return folder


def _key(folder: Path) -> str:
    return compiled.content_key(("copylint", "house"), (str(folder.parent),), {"house": folder})


def _no_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args):  # type: ignore[no-untyped-def]
        raise AssertionError("a settled file was read")

    monkeypatch.setattr(datacache, "read_limited", refuse)


def test_a_settled_file_counts_by_its_status_and_is_not_read(pack: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(datacache, "RACY_S", -1.0)  # every file counts as settled
    _no_reading(monkeypatch)
    rule = pack / "banned.yaml"
    st = rule.stat()
    assert fingerprint(rule, 1000) == b"S%d:%d:%d:%d:%d" % (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns,
                                                            st.st_ctime_ns)
    assert _key(pack) == _key(pack)


def test_a_file_written_just_now_counts_by_its_content(pack: Path) -> None:
    rule = pack / "banned.yaml"  # (written by the fixture a moment ago: not settled)
    data = rule.read_bytes()
    assert fingerprint(rule, 1000) == b"C%d:" % len(data) + data


def test_an_edit_that_keeps_size_and_time_is_seen(pack: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(datacache, "RACY_S", -1.0)  # so the key is taken from the status alone
    rule = pack / "banned.yaml"
    first = _key(pack)
    st = rule.stat()
    rule.write_text(PACK % ("utilize", "utilize"), encoding="utf-8")  # the same length
    os.utime(rule, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert rule.stat().st_size == st.st_size and rule.stat().st_mtime_ns == st.st_mtime_ns
    assert _key(pack) != first  # (the change time moved)


def test_the_key_names_the_selection_and_a_new_file(pack: Path) -> None:
    first = _key(pack)
    assert compiled.content_key(("house",), (str(pack.parent),), {"house": pack}) != first
    (pack / "more.yaml").write_text(PACK.replace("banned", "more") % ("utilise", "utilise"), encoding="utf-8")
    assert _key(pack) != first


def test_a_fifo_or_too_large_a_file_is_refused(pack: Path) -> None:
    huge = pack / "huge.yaml"
    huge.write_bytes(b"#" * (compiled.MAX_RULE_FILE + 1))
    with pytest.raises(ValueError):
        _key(pack)  # (load() then builds from YAML, which reports the file)
    huge.unlink()
    os.mkfifo(pack / "pipe.yaml")
    with pytest.raises(ValueError):
        fingerprint(pack / "pipe.yaml", 1000)  # never opened, so never waited on
    assert _key(pack)  # (a FIFO is not a rule file: not listed)


def test_a_missing_file_raises(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        fingerprint(tmp_path / "gone.yaml", 1000)
