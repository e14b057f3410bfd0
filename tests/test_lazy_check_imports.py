"""A plain one-article check imports only what it uses: no result cache (nor its JSON
reader) with ``--no-cache``, no statistics table without ``--statistics``/``--show-fixes``;
each is imported, and does its work as before, when the run asks for it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ARTICLE = "A headline for the lazy test\n\nThe goverment said the troops left on Tuesday.\n"
LAZY = ("copylint.cache", "copylint.jsonload", "copylint.commands.statistics")

PROBE = (  # (the program's own way in; its quick exit runs the atexit handler that lists the modules)
    "import atexit, sys\n"
    "atexit.register(lambda: print('MODULES', ' '.join(sorted(sys.modules)), file=sys.stderr))\n"
    "sys.argv = ['copylint', 'check', *sys.argv[1:]]\n"
    "from copylint.cli import run\n"
    "run()\n"
)


def _check(tmp_path: Path, *args: str) -> tuple[subprocess.CompletedProcess, set[str]]:
    article = tmp_path / "story.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out = subprocess.run([sys.executable, "-c", PROBE, *args, str(article)], capture_output=True, text=True,
                         cwd=tmp_path, env=_env())
    line = next(x for x in out.stderr.splitlines() if x.startswith("MODULES "))
    return out, set(line.split()[1:])


def _env() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if k != "COPYLINT_CACHE_DIR"}  # (the results go to --cache-dir)


def test_a_plain_check_without_the_cache_imports_no_cache_and_no_statistics(tmp_path):
    out, loaded = _check(tmp_path, "--no-cache", "--no-color")
    assert out.returncode == 1 and "goverment" in out.stdout  # the probe did run a check, with its finding
    assert "copylint.engine" in loaded
    assert not loaded & set(LAZY), loaded & set(LAZY)


def test_the_cache_and_the_statistics_are_imported_when_asked_for_and_give_the_same_findings(tmp_path):
    plain, _ = _check(tmp_path, "--no-cache", "--no-color")
    results = str(tmp_path / "results")
    cached, loaded = _check(tmp_path, "--no-color", "--cache-dir", results)  # the result cache, written
    assert "copylint.cache" in loaded and cached.stdout == plain.stdout and cached.returncode == plain.returncode
    again, _ = _check(tmp_path, "--no-color", "--cache-dir", results)  # read back
    assert again.stdout == plain.stdout and again.returncode == plain.returncode
    assert list((tmp_path / "results").glob("??/*.json"))  # entries of the result cache
    table, loaded = _check(tmp_path, "--no-cache", "--no-color", "--statistics")
    assert "copylint.commands.statistics" in loaded
    assert "spelling.misspelling" in table.stdout and table.returncode == 1
