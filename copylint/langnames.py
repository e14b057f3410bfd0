"""The names of the languages CLD2 knows ("Swedish", "Latvian"), without loading CLD2.

Spelling reads them to tell "a word in Latvian" from "a word in Tuesday": an article with
"in" before a capitalised word asks for them, and importing ``pycld2`` for its table loads
a 14 MB extension (about 3 ms of a cold check, which otherwise never calls the language
identifier). The names are kept in the derived-data cache instead
(:func:`copylint.datacache.cached`: sealed JSON, named by the content of ``pycld2``'s
files, so a new version of the library is a new file); the first run reads them from
``pycld2.LANGUAGES`` itself.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path


def _from_cld2() -> list[str]:
    import pycld2

    return sorted({name.capitalize() for name, _ in pycld2.LANGUAGES if name.isalpha()})


def _package_files() -> list[Path] | None:
    """``pycld2``'s files (its package and extension module), found without importing it;
    None when it is not installed as a plain package folder."""
    from importlib.util import find_spec

    spec = find_spec("pycld2")
    folders = list(spec.submodule_search_locations or ()) if spec is not None else []
    if len(folders) != 1:
        return None
    with os.scandir(folders[0]) as entries:
        files = sorted(Path(e.path) for e in entries if e.is_file() and e.name.endswith((".py", ".so", ".pyd")))
    return files or None


def _revive(value: object) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(name, str) for name in value):
        raise ValueError("not a list of language names")
    return value


@lru_cache(maxsize=1)
def language_names() -> frozenset[str]:
    """Every language name of ``pycld2.LANGUAGES`` made of letters only, capitalised."""
    from copylint.datacache import cached

    files = _package_files()
    if files is None:
        return frozenset(_from_cld2())
    return frozenset(cached("cld2-languages", files, _from_cld2, _revive))
