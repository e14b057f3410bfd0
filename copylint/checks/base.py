"""The contract between checks and the engine."""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable

from copylint.document import Document, Segment
from copylint.records import field, record

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import Any, NamedTuple

    from copylint.config import Settings
else:
    from copylint.named_tuple import NamedTuple


#: a marked span in an :class:`Example`'s text (a module constant: type checkers read a
#: ``NamedTuple`` body's assignments as fields)
_MARK = re.compile(r"\[\[(.*?)\]\]", re.S)


class Example(NamedTuple):
    """A rule example: ``(text, format, dialect)``. In bad examples ``[[...]]`` marks the span
    the rule must flag.

    ``format`` is ``body`` (every line a body paragraph), ``txt`` (first line is the
    headline), ``md`` or ``html``; ``dialect`` lints the example with that dialect instead
    of detecting it.

    A named tuple, not a record: a one-article ``copylint check`` makes every rule's examples
    at import (some 1,600), and a tuple made in one C call costs a fifth of a record's
    ``__init__``. It reads, compares, hashes and shows as the record did.
    """

    text: str
    format: str = "body"
    dialect: str | None = None  # lint with this dialect instead of detecting it

    def plain(self) -> str:
        """The example text without span markers."""
        return _MARK.sub(lambda m: m.group(1), self.text)

    def marked_spans(self) -> list[tuple[int, int]]:
        """Offsets of the marked spans in :meth:`plain` text."""
        spans, removed = [], 0
        for m in _MARK.finditer(self.text):
            start = m.start() - removed
            spans.append((start, start + len(m.group(1))))
            removed += 4
        return spans


@record(frozen=True, slots=True)
class RuleInfo:
    """Everything the user and the docs need to know about one rule."""

    id: str
    category: str
    severity: str
    summary: str
    rationale: str
    bad: tuple[Example, ...] = ()
    good: tuple[Example, ...] = ()
    fix_safe: bool = False
    default_enabled: bool = True
    link: str | None = None
    source: str | None = None  # where a data-defined rule lives (file path)


@record(frozen=True, slots=True)
class Finding:
    """A check's report: a span of one segment's prose (or, with ``segment`` None, of the source)."""

    rule: str
    segment: Segment | None
    start: int
    end: int
    message: str
    suggestions: tuple[str, ...] = ()
    severity: str | None = None  # overrides the rule's default (rarely needed)
    fix_safe: bool | None = None  # overrides the rule's fix_safe for this finding (e.g. a certain spelling fix)


@record
class CheckContext:
    """What a check may use while linting one document."""

    settings: Settings
    doc: Document
    enabled: frozenset[str] = field(default_factory=frozenset)
    cache: dict[str, Any] = field(default_factory=dict)
    _dialect: Any = field(default=None, init=False, repr=False)

    @property
    def dialects(self) -> Any:
        """The document's :class:`~copylint.dialect.DocumentDialect` (evidence gathered on
        first use: a run whose checks never ask pays nothing for it)."""
        if self._dialect is None:
            from copylint.dialect import DocumentDialect

            self._dialect = DocumentDialect(self.doc, self.settings.dialect, self.settings.dialect_fallback)
        return self._dialect

    @property
    def dialect(self) -> str:
        """"en-US" or "en-GB": the configured dialect, or with ``auto`` decided from the
        document (``dialect_fallback`` when its evidence is too little)."""
        return self.dialects.decision().dialect

    def is_enabled(self, rule: str) -> bool:
        return rule in self.enabled


class Check:
    """Base class. Subclasses set ``rules`` and implement :meth:`run`.

    ``dynamic_prefix`` is for checks whose rule ids are not all known up front
    (``languagetool.*``): any id under that prefix belongs to the check.
    """

    rules: tuple[RuleInfo, ...] = ()
    dynamic_prefix: str | None = None  # e.g. "languagetool."
    dynamic_default: bool = False  # whether dynamic rules are on unless selected
    #: True when what the check reports in a segment depends only on that segment (kind, name,
    #: prose) and on :meth:`document_key`: an editor re-lint then runs it on changed segments
    #: only (:mod:`copylint.segment_memo`)
    segment_local: bool = False
    #: set when the check switched itself off part-way (an ``auto`` backend that went away):
    #: results from then on are incomplete, so the runner does not cache them
    degraded: bool = False

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def run(self, doc: Document, ctx: CheckContext) -> Iterable[Finding]:
        raise NotImplementedError

    def document_key(self, ctx: CheckContext) -> Hashable:
        """What a segment-local check takes from the whole document (``ctx.doc``): when it
        changes, remembered findings are dropped. Nothing by default."""
        return None

    def close(self) -> None:
        """Release heavy resources (servers, processes) at the end of a run."""
