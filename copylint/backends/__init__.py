"""Grammar engines copylint talks to: LanguageTool (a server) and Harper (a library).

This package holds the connections and wire formats; the checks that turn their
answers into findings are :mod:`copylint.checks.languagetool` and
:mod:`copylint.checks.harper`. Nothing here is imported until a backend is used.
"""

from __future__ import annotations

from copylint.errors import CopylintError

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import Literal

    from copylint.config import Settings

    Mode = Literal["explicit", "auto"]


class BackendUnavailable(CopylintError):
    """A grammar backend the user asked for cannot run: one line, exit 2."""


def backend_mode(settings: Settings, name: str) -> Mode | None:
    """How the user selected backend ``name``: ``explicit``, ``auto`` or not at all.

    Explicit: listed in ``grammar.backends``, or one of its rules (or its whole prefix)
    named in ``enable`` (``--enable harper``). ``auto`` in ``grammar.backends`` selects
    a backend softly: when it cannot run, copylint warns once and goes on without it.
    """
    if name in settings.grammar.backends:
        return "explicit"
    if any(sel == name or sel.startswith(name + ".") for sel in settings.all_selected):
        return "explicit"
    if "auto" in settings.grammar.backends:
        return "auto"
    return None


_WARNED: set[str] = set()
_PENDING: list[str] = []


def warn_once(key: str, message: str) -> None:
    """Queue a warning, once per process per ``key``.

    The runner collects queued warnings (:func:`drain_warnings`) into the run's result, so
    a warning raised in every worker process is still printed once per run.
    """
    if key in _WARNED:
        return
    _WARNED.add(key)
    _PENDING.append(message)


def drain_warnings() -> list[str]:
    """The warnings queued since the last call (this process)."""
    out = _PENDING[:]
    _PENDING.clear()
    return out
