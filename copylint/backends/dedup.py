"""One report per problem: a span that a builtin rule and a grammar engine (Harper,
LanguageTool) both flag with the same meaning is reported once, by the builtin rule.

Same meaning: the spans overlap (or are the same empty point) and either the two rules
are in the same category (both grammar, both spelling, both style) or they suggest a
common replacement. The builtin rule wins because its message, fix safety and measured
false-alarm rate are copylint's own; between the engines, Harper's report wins over
LanguageTool's (the one that runs in-process). Engine reports on spans no builtin rule
flags, or with another meaning (a style note on a word a grammar rule flags), stay.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from operator import attrgetter

from copylint.issue import Issue

#: Rule-id prefixes of the grammar engines, in the order their reports are kept.
ENGINE_PREFIXES = ("harper.", "languagetool.")


def _rank(issue: Issue) -> int:
    for rank, prefix in enumerate(ENGINE_PREFIXES, start=1):
        if issue.rule.startswith(prefix):
            return rank
    return 0


#: an issue's span and rule (the order of the builtin rules' issues, rank 0)
_SPAN = attrgetter("offset", "end_offset", "rule")


def _norm(text: str) -> str:
    return text.replace("\u2019", "'").replace("\u2018", "'").casefold().strip()


def same_meaning(a: Issue, b: Issue) -> bool:
    """Whether two issues name the same problem at the same place."""
    if a.offset == a.end_offset or b.offset == b.end_offset:
        overlap = a.offset == b.offset
    else:
        overlap = a.offset < b.end_offset and b.offset < a.end_offset
    if not overlap:
        return False
    if a.category == b.category:
        return True
    return bool({_norm(s) for s in a.suggestions} & {_norm(s) for s in b.suggestions})


def drop_engine_duplicates(issues: Iterable[Issue]) -> list[Issue]:
    """``issues`` without the engine reports that repeat a kept report (see module doc)."""
    issues = list(issues)
    if not any(i.rule.startswith(ENGINE_PREFIXES) for i in issues):  # (no engine ran: nothing to drop)
        return sorted(issues, key=_SPAN)  # (the order the loop below keeps them in: every rank is 0)
    ranked = sorted(issues, key=lambda i: (_rank(i), i.offset, i.end_offset, i.rule))
    kept: list[Issue] = []
    starts: list[int] = []  # kept offsets, sorted, for the window search
    by_start: list[Issue] = []
    longest = 0
    for issue in ranked:
        if _rank(issue):
            lo = bisect_left(starts, issue.offset - longest)
            hi = bisect_left(starts, max(issue.end_offset, issue.offset + 1))
            if any(same_meaning(issue, other) for other in by_start[lo:hi]):
                continue
        kept.append(issue)
        at = bisect_left(starts, issue.offset)
        starts.insert(at, issue.offset)
        by_start.insert(at, issue)
        longest = max(longest, issue.end_offset - issue.offset)
    return kept
