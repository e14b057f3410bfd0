"""The mypyc build (copylint/native.py, setup.py): which modules it compiles, that a
compiled copy gives the same results as the plain sources, and that CI's build really
compiled them (``COPYLINT_REQUIRE_COMPILED=1``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib.util import find_spec
from pathlib import Path

import pytest

from copylint import native

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path("/work/shared/corpus/wikinews")


def test_every_listed_module_is_a_source_module_of_this_tree():
    for name in native.MODULES:
        source = ROOT.joinpath(*name.split(".")).with_suffix(".py")
        assert source.is_file(), name
        assert find_spec(name) is not None, name


def test_compiled_modules_are_among_the_listed():
    assert set(native.compiled_modules()) <= set(native.MODULES)
    assert native.describe().startswith("hot modules: ")


@pytest.mark.skipif(os.environ.get("COPYLINT_REQUIRE_COMPILED") != "1",
                    reason="only where the build was asked to compile (CI sets COPYLINT_REQUIRE_COMPILED=1)")
def test_the_build_compiled_every_listed_module(tmp_path):
    assert native.compiled_modules() == native.MODULES
    out = subprocess.run([sys.executable, "-m", "copylint", "--version"], capture_output=True, text=True,
                         check=True, cwd=tmp_path)
    assert f"compiled with mypyc, {len(native.MODULES)} of {len(native.MODULES)}" in out.stdout


def _articles(tmp_path: Path) -> Path:
    """Articles to lint: some of the development corpus where it is present, else the seeds."""
    folder = tmp_path / "in"
    folder.mkdir()
    sources = sorted(CORPUS.glob("*.txt"))[:40] if CORPUS.is_dir() else sorted((ROOT / "seeds").glob("*.txt"))
    for path in sources:
        (folder / path.name).write_bytes(path.read_bytes())
    return folder


def _lint(folder: Path, pythonpath: str | None) -> tuple[list[str], object]:
    """The modules a child process with this ``PYTHONPATH`` runs compiled (asked of
    ``native.compiled_modules()`` in that child) and its JSON report on ``folder``."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    asked = subprocess.run([sys.executable, "-c", "import json; from copylint import native; "
                            "print(json.dumps(native.compiled_modules()))"],
                           capture_output=True, text=True, cwd=folder, env=env)
    assert asked.returncode == 0, asked.stderr[-2000:]
    done = subprocess.run([sys.executable, "-m", "copylint", "check", "--no-cache", "--format", "json", str(folder)],
                          capture_output=True, text=True, cwd=folder, env=env)
    assert done.returncode in (0, 1), done.stderr[-2000:]
    return json.loads(asked.stdout), json.loads(done.stdout)


@pytest.mark.skipif(not native.compiled_modules(), reason="this copy runs the plain sources: nothing to compare")
def test_compiled_copy_reports_what_the_plain_sources_report(tmp_path):
    folder = _articles(tmp_path)
    compiled_mods, compiled = _lint(folder, None)
    plain_mods, plain = _lint(folder, str(ROOT))
    assert compiled_mods == list(native.compiled_modules()) and plain_mods == []
    assert compiled == plain


@pytest.mark.skipif(not native.compiled_modules(), reason="this copy runs the plain sources: those tests ran here")
def test_the_tests_a_compiled_copy_skips_pass_on_the_plain_sources():
    """Tests that switch a speed path off by patching a module skip where it runs compiled
    (a patch cannot reach its own calls); here they run on this tree's plain sources
    (``python -m pytest`` from the tree imports them first), so CI, which tests the compiled
    copy, still runs them."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "COPYLINT_REQUIRE_COMPILED")}
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rs",
                           "tests/test_grammar_speed_paths.py", "tests/test_confusion_prechecks.py"],
                          cwd=ROOT, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-3000:]
    assert " passed" in done.stdout and "skipped" not in done.stdout, done.stdout[-3000:]
