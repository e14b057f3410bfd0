"""The pip-installed data the lexicon is built from, read only when the lexicon is built.

- pyspellchecker's English word list (``spellchecker/resources/en.json.gz``): what is a word;
- wordfreq's ``large`` English frequencies: how common a word (or a name) is in real text;
- codespell's curated list of real-world misspellings (``codespell_lib/data/dictionary.txt``),
  and its British-to-American list (``dictionary_en-GB_to_en-US.txt``): dialect pairs;
- the gazetteer shipped in ``copylint/spelling/data/places.txt`` (GeoNames): place names.

:func:`fingerprint` identifies the installed data without importing the packages, so a
cached lexicon is rebuilt only when one of them changes.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterator
from pathlib import Path

_PACKAGES = {
    "spellchecker": ("resources/en.json.gz",),
    "wordfreq": ("data/large_en.msgpack.gz",),
    "codespell_lib": ("data/dictionary.txt", "data/dictionary_en-GB_to_en-US.txt"),
}
PLACES = Path(__file__).resolve().parent / "data" / "places.txt"


def package_dir(name: str) -> Path:
    """Where an installed package lives, found without importing it."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"the package {name!r} is not installed (it ships copylint's spelling data)")
    return Path(next(iter(spec.submodule_search_locations)))


def data_files() -> list[Path]:
    return [package_dir(pkg) / rel for pkg, rels in _PACKAGES.items() for rel in rels] + [PLACES]


def fingerprint() -> str:
    """Size and modification time of every source file: changes when a package is upgraded."""
    parts = []
    for path in data_files():
        try:
            st = os.stat(path)
            parts.append(f"{path}:{st.st_size}:{st.st_mtime_ns}")
        except OSError:
            parts.append(f"{path}:missing")
    return "\n".join(parts)


def dictionary_words() -> dict[str, int]:
    """pyspellchecker's English words with their counts."""
    import gzip  # (only when the lexicon is built: a check reads the cached one)
    import json

    with gzip.open(package_dir("spellchecker") / "resources" / "en.json.gz", "rt", encoding="utf-8") as fh:
        return json.load(fh)


#: an entry of wordfreq's that is word-like (the modules and pattern building alone uses are
#: imported and compiled then: a check imports this module for :func:`data_files` only)
WORDLIKE = r"[^\W\d_](?:[^\W\d_]|['\-.](?=[^\W\d_]))*"


def word_zipf() -> dict[str, float]:
    """wordfreq's Zipf frequency (log10 of uses per billion words) of every English word-like entry."""
    import math
    import re

    from wordfreq import get_frequency_dict  # heavy: only when building

    wordlike = re.compile(WORDLIKE, re.UNICODE)
    out = {}
    for word, freq in get_frequency_dict("en", "large").items():
        if wordlike.fullmatch(word):
            out[word] = math.log10(freq) + 9
    return out


def _arrows(path: Path) -> Iterator[tuple[str, list[str]]]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or "->" not in line:
                continue
            wrong, fixes = line.split("->", 1)
            yield wrong.strip(), [f.strip() for f in fixes.split(",") if f.strip()]


def codespell_misspellings() -> dict[str, list[str]]:
    """codespell's main list: misspelling -> corrections (an entry may have several)."""
    return dict(_arrows(package_dir("codespell_lib") / "data" / "dictionary.txt"))


def codespell_gb_us() -> list[tuple[str, str]]:
    """codespell's (British, American) spelling pairs."""
    return [(gb, us[0]) for gb, us in _arrows(package_dir("codespell_lib") / "data" / "dictionary_en-GB_to_en-US.txt") if us]


def place_names() -> set[str]:
    """Place-name words from the gazetteer shipped with copylint (GeoNames, see
    :mod:`copylint.spelling.gazetteer`), lowercased."""
    with open(PLACES, encoding="utf-8") as fh:
        return {line.strip() for line in fh if line.strip() and not line.startswith("#")}
