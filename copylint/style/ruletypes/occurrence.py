"""``occurrence``: a limit per unit of scope (words per sentence, sentences per paragraph).

Keys: ``count`` (``words``, ``sentences``, ``characters`` or ``matches`` of ``pattern``),
``pattern`` (for ``matches``), ``max`` and/or ``min`` (whole numbers), ``ignore_quotes``
(default true: a unit that is mostly quoted speech is left alone, since the writer cannot
shorten what someone said). The whole unit is flagged. Message fields: ``{count}``,
``{max}``, ``{min}``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from copylint.checks.base import Finding
from copylint.style.regexes import compile_regex
from copylint.style.rule import Scan, StyleRule
from copylint.style.schema import Field, Spec, as_bool, as_count, as_regex, choice
from copylint.style.scopes import DocView, Unit

COUNTS = ("words", "sentences", "characters", "matches")


class Occurrence(StyleRule):
    FIELDS = {
        "count": Field(choice(COUNTS), required=True),
        "pattern": Field(as_regex),
        "max": Field(as_count),
        "min": Field(as_count),
        "ignore_quotes": Field(as_bool),
    }
    MESSAGE_FIELDS = ("count", "max", "min")
    DEFAULT_SCOPE = ("sentence",)

    def setup(self, spec: Spec) -> None:
        self.count = spec.get("count")
        if self.count == "matches":
            if not spec.has("pattern"):
                raise spec.error("count", "count: matches needs a 'pattern'")
            self.pattern = Scan(compile_regex(spec.get("pattern"), trusted=spec.trusted("pattern")))  # validated by as_regex
        elif spec.has("pattern"):
            raise spec.error("pattern", "'pattern' is only used with count: matches")
        if self.count == "sentences" and self.scope.split:
            raise spec.error("scope", "count: sentences needs whole segments, not the 'sentence' scope")
        self.max = spec.get("max")
        self.min = spec.get("min")
        if self.max is None and self.min is None:
            raise spec.error(None, "an occurrence rule needs 'max' or 'min'")
        if self.max is not None and self.min is not None and self.min > self.max:
            raise spec.error("min", f"min ({self.min}) is greater than max ({self.max})")
        self.ignore_quotes = spec.get("ignore_quotes", True)

    def measure(self, view: DocView, unit: Unit) -> int:
        if self.count == "words":
            return view.word_count(unit)
        if self.count == "characters":
            return unit.end - unit.start
        if self.count == "sentences":
            return len(view.sentences(unit.segment))
        if not view.may_match(self.pattern.gate, unit.index):
            return 0  # the multi-pattern pass found none of its needles in this segment
        return sum(1 for _ in self.pattern.finditer(unit.text))

    def scans(self) -> list[Scan]:
        return [self.pattern] if self.count == "matches" else []

    def run(self, view: DocView) -> Iterator[Finding]:
        if self.count == "words":  # counted for all units at once, a unit made only when it fails
            measured: Iterable[tuple[Unit, int]] = self._failing_word_counts(view)
        else:
            measured = ((unit, self.measure(view, unit)) for unit in view.units(self.scope))
        for unit, n in measured:
            if (self.max is not None and n > self.max) or (self.min is not None and n < self.min):
                if self.ignore_quotes and view.quoted_share(unit.segment, unit.start, unit.end) > 0.5:
                    continue
                yield self.finding(unit.segment, unit.start, unit.end, (), count=n,
                                   max=self.max if self.max is not None else "", min=self.min if self.min is not None else "")

    def _failing_word_counts(self, view: DocView) -> Iterator[tuple[Unit, int]]:
        """The units of the scope (in the order of ``view.units``) whose word count is out
        of bounds, with it."""
        low = -1 if self.min is None else self.min
        high = float("inf") if self.max is None else self.max
        scope = self.scope
        kinds = scope.kinds
        limit = 2 * high
        for i, seg in enumerate(view.segments):
            if seg.kind not in kinds:
                continue
            if low < 0:
                # a segment of at most ``high`` white-space-separated tokens has no unit of more
                # words (a word is such a token, and a sentence's are the segment's): not counted.
                # Each token but the last needs a character and a space after it; in printable
                # text spaces are the only white space, and a token ends at one
                text = seg.text
                if len(text) <= limit:
                    continue
                if seg.kind in scope.split:  # (sentence by sentence, which implies the test of the whole)
                    # one of its sentences may have more words only if it is longer than ``2 * high``
                    # characters and holds ``high`` spaces, or the text has white space but spaces
                    longer = spaced = False
                    for start, end in view.sentences(seg):
                        if end - start > limit:
                            longer = True
                            if text.count(" ", start, end) >= high:
                                spaced = True
                                break
                    if not longer or (not spaced and (view.spaces_only() or text.isprintable())):
                        continue
                elif text.count(" ") < high and text.isprintable():
                    continue
            if seg.kind in scope.whole:
                n = sum(view.sentence_word_counts(seg))
                if n > high or n < low:
                    yield Unit(seg, 0, len(seg.text), i), n
            elif seg.kind in scope.split:
                counts = view.sentence_word_counts(seg)
                if not counts or (max(counts) <= high and min(counts) >= low):
                    continue
                for (start, end), n in zip(view.sentences(seg), counts, strict=True):
                    if n > high or n < low:
                        yield Unit(seg, start, end, i), n

