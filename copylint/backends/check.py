"""What the LanguageTool and Harper checks share: selection, the prose they read, the
way a failure ends the run or, in auto mode, the backend, and spans mapped back."""

from __future__ import annotations

from collections.abc import Iterable

from copylint.backends import backend_mode, warn_once
from copylint.checks.base import Check, Finding
from copylint.document import Document, Segment

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from copylint.backends import Mode
    from copylint.backends.joined import JoinedProse
    from copylint.config import Settings


class BackendCheck(Check):
    """A check whose rules come from an engine: ids ``<backend>.<RULE>``."""

    backend: str = ""  # "languagetool", "harper"
    label: str = ""  # "LanguageTool", "Harper"

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings)
        self.mode: Mode | None = self.select(settings)
        self.dynamic_default = self.mode is not None
        self._off = False  # auto mode, the engine unavailable: skipped for the rest of the run

    def select(self, settings: Settings) -> Mode | None:
        return backend_mode(settings, self.backend)

    def prose(self, doc: Document) -> list[Segment]:
        """The segments to send, or none when the backend is not in use."""
        if self.mode is None or self._off:
            return []
        from copylint.backends.joined import GRAMMAR_KINDS  # (a run without the backend never imports it)

        return [s for s in doc.segments if s.kind in GRAMMAR_KINDS]

    def unavailable(self, exc: Exception) -> None:
        """Explicitly selected: the error ends the run (exit 2). Auto: warn once, go on without."""
        if self.mode == "explicit":
            raise exc
        self._off = True
        self.degraded = True
        self.close()
        warn_once(self.backend, f"{exc}; grammar.backends 'auto' goes on without {self.label}")

    def findings(self, joined: JoinedProse, found: Iterable[tuple[int, int, str, str, tuple[str, ...]]]) -> list[Finding]:
        """Findings for (start, end, rule id, message, suggestions) in ``joined``'s text;
        spans across a segment break, or empty, name no article text and are dropped."""
        out = []
        for start, end, rule, message, suggestions in found:
            located = joined.locate(start, end)
            if located is None or located[1] == located[2]:
                continue
            segment, a, b = located
            out.append(Finding(rule, segment, a, b, message, suggestions[:5]))
        return out
