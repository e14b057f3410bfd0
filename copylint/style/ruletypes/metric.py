"""``metric``: a readability score per paragraph or per article, against a threshold.

Keys: ``formula`` (``flesch-reading-ease``, ``flesch-kincaid-grade``, ``gunning-fog``,
``coleman-liau``, ``automated-readability``, ``smog``), ``max`` and/or ``min`` (the score
allowed: a grade formula wants a ``max``, reading ease a ``min``), ``per``
(``paragraph``, the default, or ``article``: one score over every segment in scope),
``min_words`` (text shorter than this is not scored, since a score of a few words means
little; default 40). Default scope: ``paragraph``. A paragraph is flagged whole; an article
from its first scoped segment to its last. Message fields: ``{value}`` (one decimal),
``{max}``, ``{min}``, ``{formula}``.
"""

from __future__ import annotations

from collections.abc import Iterator

from copylint.checks.base import Finding
from copylint.style.rule import StyleRule
from copylint.style.schema import Field, Spec, as_count, as_number, choice
from copylint.style.scopes import DocView

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from copylint.style.readability import Counts


#: the formulas' names, in the order of :data:`copylint.style.readability.FORMULAS` (a test
#: keeps the two alike): the formulas are imported when a metric rule first runs, not when it
#: is built (the default pack's is off)
FORMULA_NAMES = ("flesch-reading-ease", "flesch-kincaid-grade", "gunning-fog", "coleman-liau",
                 "automated-readability", "smog")


class Metric(StyleRule):
    FIELDS = {
        "formula": Field(choice(FORMULA_NAMES), required=True),
        "max": Field(as_number),
        "min": Field(as_number),
        "per": Field(choice(("paragraph", "article"))),
        "min_words": Field(as_count),
    }
    MESSAGE_FIELDS = ("value", "max", "min", "formula")
    DEFAULT_SCOPE = ("paragraph",)
    ALLOWED_SCOPES = ("headline", "heading", "paragraph", "list_item", "blockquote", "caption", "front_matter",
                      "table_cell", "body", "document")

    def setup(self, spec: Spec) -> None:
        self.formula_name = spec.get("formula")
        self.max = spec.get("max")
        self.min = spec.get("min")
        if self.max is None and self.min is None:
            raise spec.error(None, "a metric rule needs 'max' or 'min'")
        self.per = spec.get("per", "paragraph")
        self.min_words = spec.get("min_words", 40)

    def _fails(self, value: float) -> bool:
        return (self.max is not None and value > self.max) or (self.min is not None and value < self.min)

    def _render(self, value: float) -> dict[str, object]:
        return {"value": f"{value:.1f}", "max": _num(self.max), "min": _num(self.min), "formula": self.formula_name}

    def formula(self, counts: Counts) -> float:
        """The rule's formula of ``counts``."""
        from copylint.style.readability import FORMULAS

        return FORMULAS[self.formula_name](counts)

    def run(self, view: DocView) -> Iterator[Finding]:
        from copylint.style.readability import Counts

        units = view.units(self.scope)
        if self.per == "paragraph":
            for unit in units:
                if view.word_count(unit) < self.min_words:
                    continue  # cheap test first: most news paragraphs are short
                counts = Counts.of(unit.text, len(view.sentences(unit.segment)))
                if counts.words < self.min_words:
                    continue
                value = self.formula(counts)
                if self._fails(value):
                    yield self.finding(unit.segment, unit.start, unit.end, (), **self._render(value))
            return
        if not units:
            return
        total = sum((Counts.of(u.text, len(view.sentences(u.segment))) for u in units[1:]),
                    Counts.of(units[0].text, len(view.sentences(units[0].segment))))
        if total.words < self.min_words:
            return
        value = self.formula(total)
        if self._fails(value):
            start, _ = units[0].segment.to_source(0, 0)
            _, end = units[-1].segment.to_source(0, len(units[-1].segment.text))
            yield self.finding(None, start, end, (), **self._render(value))


def _num(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else str(value)
