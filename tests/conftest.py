from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SAMPLE = SEEDS / "000_3a4d6e7c6f64c596.txt"
DATA = Path(__file__).resolve().parent / "data"


def plain_python_build_env() -> dict[str, str]:
    """This environment, for a ``pip install`` of this checkout that leaves the hot modules
    as plain Python (``COPYLINT_PURE_PYTHON=1``): for the tests of the pre-commit hook and the
    GitHub Action, whose installs would otherwise compile them with mypyc (minutes of CPU
    each). The compiled build is CI's own ``pip install .`` (``COPYLINT_REQUIRE_COMPILED=1``),
    which tests/test_native_build.py checks; the hook and the action install and run the
    same way either way."""
    env = {k: v for k, v in os.environ.items() if k != "COPYLINT_REQUIRE_COMPILED"}
    env["COPYLINT_PURE_PYTHON"] = "1"
    return env


@pytest.fixture
def run_cli(tmp_path):
    """Run the installed ``copylint`` command as a user would, in a subprocess."""

    def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None, env: dict | None = None):
        full_env = dict(os.environ, COPYLINT_CACHE_DIR=str(tmp_path / ".test-cache"))
        full_env.update(env or {})
        full_env.pop("NO_COLOR", None)
        return subprocess.run(
            [sys.executable, "-m", "copylint", *args],
            input=stdin,
            capture_output=True,
            cwd=cwd or tmp_path,
            env=full_env,
            timeout=120,
        )

    return run


def pytest_collection_modifyitems(config, items):
    """Under pytest-xdist (``pytest -n 2 --dist loadgroup``) the tests that use the
    session's LanguageTool server run on one worker: one server, not one per worker, where
    tests/lt_server.py starts it from the provisioned jars."""
    for item in items:
        if "languagetool_url" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.xdist_group("languagetool"))


@pytest.fixture(scope="session")
def languagetool_url():
    """A real LanguageTool server's URL, shared by the session (tests/lt_server.py)."""
    from lt_server import session_server

    yield from session_server()
