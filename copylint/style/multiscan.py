"""One multi-pattern pass: which rules' patterns can match in which segments.

Every pattern of a rule set with needles (:mod:`copylint.style.needles`) becomes a gate.
All gates' distinct needles are compiled once per process into one RE2 set per case mode (RE2's
``Set`` runs every pattern of the set in one linear pass, whatever their number). Per
document, the segments are joined (by NUL, which no needle holds) and matched once; the
needles found anywhere are then located with plain substring search. A rule
runs its own pattern only in the segments where its gate was found, so the cost of rules
whose words do not occur is one shared pass, not one pass each.

A user's pattern without needles (a bare ``[A-Z]{2}\\d{3}``) is RE2 already: it is searched
once in the whole document (not once per unit); where it matches, it runs everywhere, as
before. A shipped pattern without needles has no gate and runs everywhere.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence

import re2

from copylint.records import record
from copylint.style.needles import Needles, fold_utf8

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import Any

#: beyond this many characters of needles the pass is not used (every pattern runs, as without
#: it): RE2's automaton for them must stay far inside its memory budget, or a set that ran out
#: of memory would report no matches instead of failing
MAX_NEEDLE_CHARS = 50_000

_OPTIONS = re2.Options()
_OPTIONS.log_errors = False
_OPTIONS.max_mem = 64 << 20
_SEPARATOR = "\x00"


@record
class Found:
    """What the pass found in one document."""

    joined: str  # the segments' texts joined by NUL
    starts: list[int]  # where each segment starts in ``joined``
    gates: dict[int, set[int]]  # gate id -> indices of the segments holding one of its needles
    #: (needle, folded) -> where it occurs in ``joined``, for the needles registered with ``locate``
    #: (None: positions would not be exact, see :meth:`MultiScan.scan`)
    located: dict[tuple[str, bool], list[int]] | None

    def segment_at(self, pos: int) -> int:
        return bisect_right(self.starts, pos) - 1


class _Side:
    """The needles of one case mode (and the words, in the folded one): one RE2 set."""

    def __init__(self, gates: list[tuple[int, Needles]], located: set[str], folded: bool) -> None:
        owners: dict[str, list[int]] = {}
        for gate, needles in gates:
            for s in needles.strings:
                owners.setdefault(s, []).append(gate)
        for s in sorted(located):
            owners.setdefault(s, [])
        self.located = located
        self.folded = folded
        self.needles = list(owners)
        self.owners = [owners[s] for s in self.needles]
        self.set = re2.Set.SearchSet(_OPTIONS)
        for s in self.needles:
            self.set.Add(re2.escape(s))
        self.set.Compile()

    def scan(self, text: str, data: bytes, found: Found) -> None:
        """Record in ``found`` the segments holding each gate's needles, and every position
        of the needles to locate (``data``: ``text`` in UTF-8, what RE2 reads)."""
        starts = found.starts
        for k in self.set.Match(data) or ():
            needle = self.needles[k]
            if found.located is not None and needle in self.located:
                where: list[int] = []  # every position
                pos = text.find(needle)
                while pos >= 0:
                    where.append(pos)
                    pos = text.find(needle, pos + 1)
                found.located[needle, self.folded] = where
                segments = {found.segment_at(p) for p in where}
            else:  # which segments only: after a hit, go on from the next segment
                segments = set()
                pos = text.find(needle)
                while pos >= 0:
                    i = found.segment_at(pos)
                    segments.add(i)
                    pos = text.find(needle, starts[i + 1]) if i + 1 < len(starts) else -1
            for gate in self.owners[k]:
                found.gates.setdefault(gate, set()).update(segments)


class MultiScan:
    """The gates of a rule set, compiled once; ``gate(needles)`` registers one, ``locate``
    needles whose every position the pass reports (the literal tokens' beginnings,
    :class:`copylint.style.lexicon.Lexicon`)."""

    def __init__(self) -> None:
        self._needles: list[Needles | Any] = []  # a gate's needles, or its compiled RE2 pattern
        self._located: list[Needles] = []
        self._exact: _Side | None = None
        self._folded: _Side | None = None
        self._regexes: list[tuple[int, Any]] = []
        self._built = False
        #: whether the pass is used (not for absurdly many needles, see :data:`MAX_NEEDLE_CHARS`)
        self.usable = True

    def gate_regex(self, compiled: Any) -> int:
        """A gate id for a user's pattern without needles, searched as it is (a compiled RE2 pattern)."""
        self._needles.append(compiled)
        self._built = False
        return len(self._needles) - 1

    def gate(self, needles: Needles | None) -> int | None:
        """A gate id for a pattern with these needles, or None (no needles: it always runs)."""
        if needles is None:
            return None
        self._needles.append(needles)
        self._built = False
        return len(self._needles) - 1

    def locate(self, needles: Iterable[Needles]) -> None:
        """Needles whose every position in the text :meth:`scan` reports (in ``Found.located``)."""
        self._located = list(needles)
        self._built = False

    def __len__(self) -> int:
        return len(self._needles)

    def build(self) -> None:
        needles = [(i, n) for i, n in enumerate(self._needles) if isinstance(n, Needles)]
        self._regexes = [(i, n) for i, n in enumerate(self._needles) if not isinstance(n, Needles)]
        self.usable = sum(len(s) for _, n in needles for s in n.strings) \
            + sum(len(n.strings[0]) for n in self._located) <= MAX_NEEDLE_CHARS
        self._exact = self._folded = None
        self._built = True
        if not self.usable:
            return
        exact = [(i, n) for i, n in needles if not n.folded]
        folded = [(i, n) for i, n in needles if n.folded]
        located_exact = {s for n in self._located if not n.folded for s in n.strings}
        located_folded = {s for n in self._located if n.folded for s in n.strings}
        self._exact = _Side(exact, located_exact, False) if exact or located_exact else None
        self._folded = _Side(folded, located_folded, True) if folded or located_folded else None
        self._built = True

    def scan(self, texts: Sequence[str]) -> Found:
        """The pass over one document's segment texts."""
        if not self._built:
            self.build()
        starts: list[int] = []
        pos = 0
        for text in texts:
            starts.append(pos)
            pos += len(text) + 1
        joined = _SEPARATOR.join(texts)
        # positions in the folded text are those of the text, and a word's lower case there is
        # its own, unless it holds a dotted capital I or a capital sigma (context-dependent lower case)
        exact = bool(self._located) and (joined.isascii() or ("\u0130" not in joined and "\u03a3" not in joined))
        found = Found(joined, starts, {}, {} if exact else None)
        # (in UTF-8 once, for both sides: RE2 reads UTF-8; the folded text's is made from it)
        data = joined.encode("utf-8")
        if self._exact is not None:
            self._exact.scan(joined, data, found)
        if self._folded is not None:
            folded, folded_data = fold_utf8(joined, data)
            self._folded.scan(folded, folded_data, found)
        everywhere: set[int] | None = None
        for gate, compiled in self._regexes:  # RE2's own search: it never gives up on a long text
            if compiled.search(joined) is not None:
                everywhere = everywhere or set(range(len(texts)))
                found.gates[gate] = everywhere
        return found
