"""The compiled-pattern cache (copylint.regex_cache): a stored program makes the very pattern
``re`` would compile, and a damaged, planted or foreign file is never used."""

from __future__ import annotations

import marshal
import re
import subprocess
import sys
from array import array
from pathlib import Path

import pytest

from copylint import regex_cache
from copylint.sealkey import seal_with, user_key

SAMPLE = Path(__file__).resolve().parent.parent / "seeds" / "000_3a4d6e7c6f64c596.txt"

# patterns no other code compiles (a test's own, so the process-wide cache can be cleared of them)
PATTERNS = [
    (r"(?P<first>zq[a-z]+)-(?P<second>\d{2,4})(?=xq)", 0),
    (r"^\s*ZQ (?:colour|color)s?$", re.IGNORECASE | re.MULTILINE),
    (r"(?<![\w.])zq(?:[^\W\d_]\.){2,}", 0),
]
TEXT = "zqabc-123xq\n  ZQ colours\nzqU.S. and\nZQ COLOR"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache folder and a key folder of the test's own; a process that has not warmed."""
    monkeypatch.setenv("COPYLINT_LEXICON_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("COPYLINT_RULES_CACHE_KEY_DIR", str(tmp_path / "state"))
    assert user_key() is not None  # a key made by an earlier process (see test_a_new_key_stores_nothing)
    monkeypatch.setattr(regex_cache, "_stored", None)
    # re's cache as a new process has it (in a long test session it holds hundreds of other patterns)
    monkeypatch.setattr(re, "_cache", {})
    _forget()
    yield tmp_path / "cache"
    _forget()


def _forget() -> None:
    for pattern, flags in PATTERNS:
        re._cache.pop((str, pattern, flags), None)  # type: ignore[attr-defined]


def _new_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """As far as the cache knows, a new process: nothing warmed, our patterns not compiled."""
    monkeypatch.setattr(regex_cache, "_stored", None)
    _forget()


def _store(monkeypatch: pytest.MonkeyPatch) -> list[re.Pattern[str]]:
    regex_cache.warm()
    compiled = [re.compile(p, f) for p, f in PATTERNS]
    regex_cache.save()
    _new_process(monkeypatch)
    return compiled


def _cached(pattern: str, flags: int) -> re.Pattern[str] | None:
    """The pattern re's cache gives when re.compile asks (a warmed cache makes a stored one then)."""
    try:
        return re._cache[(str, pattern, flags)]  # type: ignore[attr-defined]
    except KeyError:
        return None


def test_stored_programs_make_the_patterns_re_compiles(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = _store(monkeypatch)
    assert list(cache.glob("regex-*.bin"))
    assert all(_cached(p, f) is None for p, f in PATTERNS)
    regex_cache.warm()
    for (pattern, flags), old in zip(PATTERNS, before, strict=True):
        warmed = _cached(pattern, flags)
        assert warmed is not None and warmed is not old
        assert re.compile(pattern, flags) is warmed  # re.compile finds it: nothing parsed
        fresh = re._compiler.compile(pattern, flags)  # type: ignore[attr-defined]
        assert warmed == fresh  # same pattern, flags and program
        assert (warmed.flags, warmed.groups, warmed.groupindex) == (fresh.flags, fresh.groups, fresh.groupindex)
        spans = [m.span() for m in fresh.finditer(TEXT)]
        assert spans and [m.span() for m in warmed.finditer(TEXT)] == spans
    assert re.compile(PATTERNS[0][0]).search(TEXT).group("second") == "123"


def test_nothing_new_writes_nothing(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _store(monkeypatch)
    path = next(cache.glob("regex-*.bin"))
    stamp = path.stat().st_mtime_ns
    path.write_bytes(path.read_bytes())  # (a new change time is no matter: the content is compared below)
    content = path.read_bytes()
    regex_cache.warm()
    for p, f in PATTERNS:
        re.compile(p, f)
    regex_cache.save()
    assert path.read_bytes() == content and path.stat().st_mtime_ns >= stamp


def test_a_new_key_stores_nothing(cache: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The process that made the key stores nothing (a key made afresh for every run could
    never read it back); the next process with that key does."""
    monkeypatch.setenv("COPYLINT_RULES_CACHE_KEY_DIR", str(tmp_path / "new-state"))
    _store(monkeypatch)
    assert not cache.exists() or not list(cache.glob("regex-*.bin"))
    _store(monkeypatch)
    assert len(list(cache.glob("regex-*.bin"))) == 1


def test_without_warm_nothing_is_saved(cache: Path) -> None:
    re.compile(*PATTERNS[0])
    regex_cache.save()  # the library and the tests never warmed: no file
    assert not cache.exists() or not list(cache.glob("regex-*.bin"))


@pytest.mark.parametrize("damage", ["flip a byte", "truncate", "another key", "plain hash"])
def test_a_damaged_or_planted_file_is_ignored(cache: Path, monkeypatch: pytest.MonkeyPatch, damage: str) -> None:
    _store(monkeypatch)
    path = next(cache.glob("regex-*.bin"))
    data = path.read_bytes()
    if damage == "flip a byte":
        data = data[:100] + bytes([data[100] ^ 1]) + data[101:]
    elif damage == "truncate":
        data = data[: len(data) // 2]
    elif damage == "another key":
        data = seal_with(b"k" * 32, data[:-32])
    else:
        import hashlib

        data = data[:-32] + hashlib.sha256(data[:-32]).digest()
    path.write_bytes(data)
    regex_cache.warm()
    assert all(_cached(p, f) is None for p, f in PATTERNS)
    assert re.compile(*PATTERNS[0]).search(TEXT)  # compiled as usual


def _entry(pattern: str, flags: int) -> tuple:
    compiled = re.compile(pattern, flags)
    found = regex_cache._entry((str, pattern, int(flags)), compiled)  # (re keys flags as int)
    assert found is not None
    return found


def test_sealed_entries_are_checked_one_by_one(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Even under the user's own seal: an entry of the wrong shape, or whose program ``_sre``
    refuses, is dropped (that pattern compiles as usual); a code object is never run."""
    good = _entry(*PATTERNS[0])
    bad_program = list(_entry(*PATTERNS[1]))
    bad_program[6] = array("I", [17, 4, 0, 99999, 2, 1]).tobytes()  # not a valid program
    wrong_shape = list(_entry(*PATTERNS[2]))
    wrong_shape[5] = {"g": 7}  # group 7 of a pattern without groups
    ran: list[int] = []
    monkeypatch.setitem(__builtins__ if isinstance(__builtins__, dict) else vars(__builtins__), "_ran", ran)
    code = compile("_ran.append(1)", "<planted>", "exec")
    entries = (good, tuple(bad_program), tuple(wrong_shape), code, ("not", "an", "entry"), 42)
    _forget()
    path = regex_cache._path(user_key())
    path.parent.mkdir(parents=True)
    path.write_bytes(seal_with(user_key(), marshal.dumps(entries)))
    regex_cache.warm()
    assert _cached(*PATTERNS[0]) is not None
    assert _cached(*PATTERNS[1]) is None and _cached(*PATTERNS[2]) is None
    assert ran == []


def test_only_the_patterns_asked_for_are_made(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Warming reads the file but makes no pattern: each is made when re first asks for it
    (Python 3.11; other versions make them all at once)."""
    _store(monkeypatch)
    made: list[object] = []
    real = regex_cache._pattern
    monkeypatch.setattr(regex_cache, "_pattern", lambda entry: made.append(entry[1]) or real(entry))
    regex_cache.warm()
    if sys.version_info[:2] != (3, 11):
        assert sorted(made) == sorted(p for p, _ in PATTERNS)
        return
    assert made == [] and len(re._cache) == 0  # type: ignore[attr-defined]
    assert re.compile(*PATTERNS[1]).search(TEXT)
    assert made == [PATTERNS[1][0]]
    assert re.compile(*PATTERNS[1]) is re.compile(*PATTERNS[1]) and made == [PATTERNS[1][0]]
    regex_cache.save()  # nothing new: the file is as it was
    re.purge()  # (re's own purge empties the cache; a pattern asked again is made again)
    assert re.compile(*PATTERNS[1]).search(TEXT) and made == [PATTERNS[1][0]] * 2


def test_the_file_keeps_this_runs_patterns_first_within_its_size(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Patterns no later run asks for (as tokenize's, whose text changes with each process)
    do not pile up: the file holds at most MAX_BYTES, this run's patterns first."""
    monkeypatch.setattr(regex_cache, "MAX_BYTES", 2_000)
    for n in range(3):  # three runs, each with its own big pattern (about 900 bytes stored)
        regex_cache.warm()
        re.compile(f"zq{n}(?:" + "|".join(f"w{n}x{i}" for i in range(40)) + ")")
        re.compile(*PATTERNS[0])
        regex_cache.save()
        _new_process(monkeypatch)
        monkeypatch.setattr(re, "_cache", {})  # (a new process's)
    regex_cache.warm()
    held = {key[1] for key in regex_cache._stored}
    if sys.version_info[:2] != (3, 11):  # (every stored pattern is made at once: all count as this run's)
        return
    assert PATTERNS[0][0] in held and any(p.startswith("zq2(") for p in held)  # the last run's
    assert not any(p.startswith("zq0(") for p in held)  # the oldest run's, pushed out
    assert sum(len(e[1]) + len(e[6]) for e in regex_cache._stored.values()) <= 2_000


def test_a_file_of_another_python_is_another_file(monkeypatch: pytest.MonkeyPatch, cache: Path) -> None:
    key = user_key()
    here = regex_cache._path(key)
    monkeypatch.setattr(sys, "version", sys.version + " (another build)")
    assert regex_cache._path(key) != here and regex_cache._path(key).parent == here.parent


def test_another_key_has_its_own_file(cache: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A cache folder shared with a user (or a CI job) of another key: each keeps its own
    file, and neither run ignores and overwrites the other's."""
    _store(monkeypatch)
    ours = next(cache.glob("regex-*.bin"))
    content = ours.read_bytes()
    monkeypatch.setenv("COPYLINT_RULES_CACHE_KEY_DIR", str(tmp_path / "other-state"))
    assert user_key() is not None
    _store(monkeypatch)
    assert len(list(cache.glob("regex-*.bin"))) == 2 and ours.read_bytes() == content


def test_the_command_line_warms_and_reports_the_same(tmp_path: Path) -> None:
    """Runs of ``copylint check``: the first makes the key, the second stores the programs,
    the third reads them, and all print the same report; a planted file changes nothing."""
    import os

    env = dict(os.environ, COPYLINT_LEXICON_DIR=str(tmp_path / "cache"),
               COPYLINT_RULES_CACHE_KEY_DIR=str(tmp_path / "state"))
    cmd = [sys.executable, "-m", "copylint", "check", "--no-cache", "--no-color", str(SAMPLE)]
    # (the first run builds the word lexicon in the new folder: minutes on a loaded machine)
    first = subprocess.run(cmd, capture_output=True, env=env, timeout=900)
    assert not list((tmp_path / "cache").glob("regex-*.bin"))  # (a new key: nothing stored)
    first = subprocess.run(cmd, capture_output=True, env=env, timeout=120)
    stored = list((tmp_path / "cache").glob("regex-*.bin"))
    assert len(stored) == 1 and stored[0].stat().st_size > 10_000
    second = subprocess.run(cmd, capture_output=True, env=env, timeout=120)
    stored[0].write_bytes(b"\0" * 1000)  # planted: ignored, and stored again
    third = subprocess.run(cmd, capture_output=True, env=env, timeout=120)
    assert first.returncode == second.returncode == third.returncode == 1
    assert first.stdout == second.stdout == third.stdout and b"seige" in first.stdout
    assert stored[0].stat().st_size > 10_000


def test_each_sub_command_has_its_own_file(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A check reads only what checks stored: the patterns another sub-command compiled
    (serve's, lsp's) are in that command's file, and an unknown first argument shares one file."""
    from copylint.cli import COMMANDS

    assert regex_cache.COMMANDS == frozenset(COMMANDS)
    regex_cache.warm("serve")
    re.compile(*PATTERNS[0])
    regex_cache.save()
    _new_process(monkeypatch)
    monkeypatch.setattr(re, "_cache", {})
    regex_cache.warm("check")
    assert _cached(*PATTERNS[0]) is None  # not in the check's file
    re.compile(*PATTERNS[1])
    regex_cache.save()
    _new_process(monkeypatch)
    monkeypatch.setattr(re, "_cache", {})
    regex_cache.warm("check")
    assert _cached(*PATTERNS[1]) is not None and _cached(*PATTERNS[0]) is None
    assert len(list(cache.glob("regex-*.bin"))) == 2
    key = user_key()
    assert regex_cache._path(key, "no-such-command") == regex_cache._path(key, "") != regex_cache._path(key, "check")


def test_each_copylint_version_has_a_file_of_its_own(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A release's patterns differ from the last one's: its runs read a file of their own,
    not one filled with patterns no run of it asks for."""
    import copylint.version

    key = b"k" * 32
    here = regex_cache._path(key, "check")
    with monkeypatch.context() as patch:
        patch.setattr(copylint.version, "__version__", copylint.version.__version__ + ".post1")
        assert regex_cache._path(key, "check") != here
    assert regex_cache._path(key, "check") == here
