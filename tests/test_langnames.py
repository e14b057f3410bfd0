"""copylint.langnames: CLD2's language names from the derived-data cache, the same as CLD2's own."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pycld2

from copylint import langnames
from copylint.datacache import seal

PROBE = ("import sys; from copylint.langnames import language_names; names = language_names(); "
         "print(len(names), 'Latvian' in names, 'pycld2' in sys.modules)")


def _expected() -> frozenset[str]:
    return frozenset(name.capitalize() for name, _ in pycld2.LANGUAGES if name.isalpha())


def test_the_names_are_cld2s(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("COPYLINT_LEXICON_DIR", str(tmp_path))
    langnames.language_names.cache_clear()
    try:
        assert langnames.language_names() == _expected()
    finally:
        langnames.language_names.cache_clear()


def test_a_later_process_reads_them_without_loading_cld2(tmp_path: Path) -> None:
    env = {"COPYLINT_LEXICON_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    first = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, check=True)
    assert first.stdout.split() == [str(len(_expected())), "True", "True"]  # built from CLD2
    later = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, check=True)
    assert later.stdout.split() == [str(len(_expected())), "True", "False"]  # CLD2 never loaded
    stored = list(tmp_path.glob("cld2-languages-*.json"))
    assert len(stored) == 1
    stored[0].write_bytes(seal(b'{"not": "names"}'))  # planted under a valid seal: refused, rebuilt
    again = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, check=True)
    assert again.stdout.split() == [str(len(_expected())), "True", "True"]
