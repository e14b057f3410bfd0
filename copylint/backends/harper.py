"""Harper (harper-py): one linter per dialect per process, built on first use.

Harper runs in-process with no Java and no network. copylint lints plain text (Harper's
Markdown mode drops indented paragraphs; copylint's readers already extracted the prose),
never runs Harper's spell checker unless a user names it (copylint owns spelling), and
holds file descriptor 1 away from stdout while Harper works, so that a rule that prints
cannot break JSON or SARIF output.
"""

from __future__ import annotations

import json
import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, BinaryIO

from copylint.backends import BackendUnavailable, warn_once

#: The harper-py release the news profile was measured with (pinned in pyproject.toml).
HARPER_PY_VERSION = "0.2.0"
#: Harper's spell checkers: off unless a user enables one by its exact id.
SPELLING_RULES = frozenset({"SpellCheck"})
_DIALECTS = {"en-US": "AMERICAN", "en-GB": "BRITISH"}


class HarperUnavailable(BackendUnavailable):
    """harper-py is not installed or cannot load."""


@dataclass(frozen=True)
class HarperLint:
    rule: str  # Harper's rule name, e.g. "AnA"
    start: int  # code points into the text linted
    end: int
    message: str
    kind: str  # Harper's lint kind, e.g. "Agreement"
    suggestions: tuple[str, ...]


@cache
def news_profile() -> dict[str, Any]:
    """The measured news profile (``copylint/data/harper_profile.json``)."""
    text = resources.files("copylint").joinpath("data/harper_profile.json").read_text(encoding="utf-8")
    return json.loads(text)


def default_rules() -> frozenset[str]:
    """Harper rules on by default in copylint: quiet on published copy."""
    return frozenset(news_profile()["default_on"])


def _module() -> Any:
    try:
        import harper
    except ImportError:
        raise HarperUnavailable(
            "the harper backend needs harper-py: pip install 'copylint[harper]'"
        ) from None
    return harper


_STDOUT_LOCK = threading.Lock()
_STDOUT_RESERVED = False


def reserve_stdout() -> BinaryIO:
    """For a program whose stdout carries a protocol (a language server): the protocol gets
    a private copy of file descriptor 1, returned as a binary stream, and fd 1 itself then
    points at stderr, so nothing native code or a stray print writes can reach the
    protocol. :func:`stdout_held` has nothing left to do after this."""
    global _STDOUT_RESERVED
    sys.stdout.flush()
    private = os.dup(1)
    os.dup2(2, 1)
    _STDOUT_RESERVED = True
    return os.fdopen(private, "wb")


@contextmanager
def stdout_held() -> Iterator[None]:
    """Send whatever native code writes to file descriptor 1 to /dev/null meanwhile.

    Only on the main thread: fd 1 belongs to the whole process, and a program that lints
    on a worker thread (a server) has other threads writing to stdout; such a program
    calls :func:`reserve_stdout` once instead."""
    if _STDOUT_RESERVED or threading.current_thread() is not threading.main_thread():
        yield
        return
    with _STDOUT_LOCK:
        try:
            sys.stdout.flush()
        except (AttributeError, ValueError, OSError):
            pass
        try:
            saved = os.dup(1)
        except OSError:  # no fd 1 at all: nothing to protect
            yield
            return
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, 1)
            yield
        finally:
            os.dup2(saved, 1)
            os.close(saved)
            os.close(devnull)


class HarperEngine:
    """One Harper linter for one dialect, reconfigured only when the rule set changes."""

    def __init__(self, dialect: str) -> None:
        harper = _module()
        self._harper = harper
        self._lock = threading.Lock()
        with stdout_held():
            self._linter = harper.Linter(getattr(harper.Dialect, _DIALECTS.get(dialect, "AMERICAN")))
        self.all_rules: tuple[str, ...] = tuple(sorted(self._linter.get_default_lint_config()))
        self._config: frozenset[str] | None = None

    def lint(self, text: str, rules: frozenset[str]) -> list[HarperLint]:
        """Lints from exactly ``rules`` on ``text`` (plain text), sorted by position."""
        if not rules or not text.strip():
            return []
        suggestion_kind = self._harper.SuggestionKind
        with self._lock:
            if rules != self._config:
                self._linter.set_lint_config({name: name in rules for name in self.all_rules})
                self._config = rules
            with stdout_held():
                organized = self._linter.organized_lints(text, language="plaintext")
        out = []
        for rule, lints in organized.items():
            for lint in lints:
                span = lint.span
                suggestions = []
                for s in lint.suggestions:
                    if s.kind == suggestion_kind.REMOVE:
                        suggestions.append("")
                    elif s.kind == suggestion_kind.INSERT_AFTER:
                        suggestions.append(lint.problem_text + s.replacement_text)
                    else:
                        suggestions.append(s.replacement_text)
                out.append(HarperLint(rule, span.start, span.end, lint.message, lint.lint_kind, tuple(suggestions)))
        out.sort(key=lambda x: (x.start, x.end, x.rule))
        return out


_ENGINES: dict[str, HarperEngine] = {}
_ENGINES_LOCK = threading.Lock()


def engine(dialect: str) -> HarperEngine:
    """The process's Harper linter for ``dialect`` (built on first use, about a second)."""
    key = dialect if dialect in _DIALECTS else "en-US"
    with _ENGINES_LOCK:
        found = _ENGINES.get(key)
        if found is None:
            found = _ENGINES[key] = HarperEngine(key)
            version = installed_version()
            if version != HARPER_PY_VERSION:
                warn_once("harper-version", f"harper-py {version} is installed; copylint's news profile was "
                          f"measured with {HARPER_PY_VERSION} (pip install 'copylint[harper]')")
        return found


def installed_version() -> str | None:
    """harper-py's version, or None when it is not installed."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("harper-py")
    except PackageNotFoundError:
        return None
