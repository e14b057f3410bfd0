"""The Wikinews corpus (CC BY 2.5, see tests/corpus/wikinews/SOURCE.md) for quality and
speed benchmarks, and helpers to inject errors into it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "wikinews"


@dataclass(frozen=True)
class Article:
    name: str  # e.g. "news/0001"
    text: str

    @property
    def words(self) -> int:
        return len(self.text.split())


def articles(kinds: tuple[str, ...] = ("news", "interviews")) -> list[Article]:
    """Every article, in a stable order."""
    out = []
    for kind in kinds:
        for path in sorted((CORPUS / kind).glob("[0-9][0-9][0-9][0-9].txt")):
            out.append(Article(f"{kind}/{path.stem}", path.read_text(encoding="utf-8")))
    return out


def total_words(items: list[Article]) -> int:
    return sum(a.words for a in items)


def print_table(headers: list[str], rows: list[list[object]], title: str | None = None) -> None:
    """A plain aligned table on stdout."""
    cells = [[str(h) for h in headers]] + [[_fmt(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    if title:
        print(f"\n{title}")
    print("  ".join(h.ljust(w) for h, w in zip(cells[0], widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for row in cells[1:]:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))


def _fmt(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)
