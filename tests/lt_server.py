"""One real LanguageTool server for the whole test session (tests/conftest.py's
``languagetool_url`` fixture), from the first of:

1. ``COPYLINT_LANGUAGETOOL_URL``: a server someone started (``.ci/run`` starts one with
   tools/languagetool/lt.py; a Docker image works too);
2. the jars tools/languagetool/lt.py provisioned on this machine: a server started for the
   session on a free loopback port and stopped at its end.

Neither: the live tests are skipped with the command that provisions LanguageTool, or
fail when ``COPYLINT_REQUIRE_LANGUAGETOOL=1`` (CI sets it: zero skips there).
"""

from __future__ import annotations

import importlib.util
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

LT_SCRIPT = Path(__file__).resolve().parent.parent / "tools" / "languagetool" / "lt.py"


def lt_tool() -> ModuleType:
    """tools/languagetool/lt.py as a module (it is a script, not part of the package)."""
    module = sys.modules.get("copylint_lt_tool")
    if module is None:
        spec = importlib.util.spec_from_file_location("copylint_lt_tool", LT_SCRIPT)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules["copylint_lt_tool"] = module
        spec.loader.exec_module(module)
    return module


def required() -> bool:
    return os.environ.get("COPYLINT_REQUIRE_LANGUAGETOOL") == "1"


def no_server(reason: str) -> None:
    if required():
        pytest.fail(f"COPYLINT_REQUIRE_LANGUAGETOOL=1 but {reason}", pytrace=False)
    pytest.skip(reason)


def session_server() -> Iterator[str]:
    url = os.environ.get("COPYLINT_LANGUAGETOOL_URL")
    if url:
        yield url.rstrip("/")
        return
    lt = lt_tool()
    lib = lt.provisioned()
    if lib is None:
        no_server("no LanguageTool server: set COPYLINT_LANGUAGETOOL_URL, or run "
                  "`python tools/languagetool/lt.py provision` once")
    try:
        server = lt.Server(lib).start()
    except lt.LanguageToolSetupError as exc:
        no_server(f"LanguageTool did not start: {exc}")
    try:
        yield server.url
    finally:
        server.stop()


def own_server() -> object:
    """A LanguageTool server of the test's own (to kill), from the provisioned jars."""
    lt = lt_tool()
    lib = lt.provisioned()
    if lib is None:
        no_server("no provisioned LanguageTool jars: run `python tools/languagetool/lt.py provision`")
    return lt.Server(lib, heap="512m").start()
