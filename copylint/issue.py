"""The one Issue type that flows from every check to every reporter."""

from __future__ import annotations

from copylint.records import field, record

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import Any

CATEGORIES = ("spelling", "grammar", "style", "structure")
SEVERITIES = ("error", "warning", "info")
SEVERITY_RANK = {"info": 1, "warning": 2, "error": 3}

# The public fields, in the order every machine format writes them.
PUBLIC_FIELDS = (
    "path",
    "line",
    "column",
    "end_line",
    "end_column",
    "rule",
    "category",
    "severity",
    "message",
    "suggestions",
)


@record(frozen=True, slots=True)
class Issue:
    """A problem at an exact span of a file.

    ``line``/``column`` are 1-based, columns count Unicode code points and the end is
    exclusive. ``offset``/``end_offset`` are the same span as code-point offsets into
    the decoded source text (BOM removed); they are not part of the public output, but
    fixers and baselines use them.
    """

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    rule: str
    category: str
    severity: str
    message: str
    suggestions: tuple[str, ...] = ()
    offset: int = field(default=-1, compare=False)
    end_offset: int = field(default=-1, compare=False)
    fix_safe: bool = field(default=False, compare=False)
    text: str = field(default="", compare=False)

    def to_dict(self) -> dict[str, Any]:
        """The public fields as a JSON-ready dict."""
        out: dict[str, Any] = {name: getattr(self, name) for name in PUBLIC_FIELDS}
        out["suggestions"] = list(self.suggestions)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Issue:
        """Rebuild an Issue from :meth:`to_dict` output."""
        values = {name: data[name] for name in PUBLIC_FIELDS}
        values["suggestions"] = tuple(values["suggestions"])
        return cls(**values)

    def sort_key(self) -> tuple[str, int, int, int, int, str, str]:
        return (self.path, self.line, self.column, self.end_line, self.end_column, self.rule, self.message)
