"""``conditional``: a term (an acronym) must be defined at its first use.

Keys: ``first`` (a pattern for the term; its first group, or the whole match, is the
term), ``second`` (a pattern for a definition; its first group is the term defined,
e.g. ``the World Health Organization (WHO)``), ``initials`` (default true: a run of
capitalised words whose initials spell the term, such as "Federal Bureau of
Investigation" before "FBI", also defines it), ``exceptions`` (terms everyone knows:
``US``, ``NATO``), ``common_words`` (default true: a term that is also a common English
word, such as "UNLESS" or "HUGE" written in capitals for emphasis, is left alone; word
frequencies from wordfreq). Only the first use of an undefined term is flagged: a term is
defined when its definition starts before the first use ends. A term among other words in
capitals ("WASHINGTON (AP)") is left alone. Default scope: ``body``. Message field: ``{match}``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from copylint.checks.base import Finding
from copylint.document import Segment
from copylint.style.regexes import compile_regex
from copylint.style.rule import Scan, StyleRule
from copylint.style.schema import Field, Spec, as_bool, as_regex, str_list
from copylint.style.scopes import DocView, Unit

#: small words skipped when reading initials ("Bureau of Investigation")
_SKIPPED = frozenset("of and the for on in de du la des del &".split())
_CAPITALISED = re.compile(r"[A-Z\u00c0-\u00de][\w'\u2019.-]*")
#: what may stand between two words of one name: spaces and small words ("Bureau of Investigation")
_GAP = re.compile(r"\s+(?:(?:of|and|the|for|on|in|de|du|la|des|del|&)\s+)*")


def _initials(word: str) -> set[str]:
    """What a capitalised word may contribute: its initial, or its parts' ("Anti-Doping": A or AD)."""
    parts = [p for p in re.split(r"[-\u2010]", word) if p]
    options = {word[0]}
    if len(parts) > 1 and all(p[0].isupper() for p in parts):
        options.add("".join(p[0] for p in parts))
    return options


def spells(words: list[str], term: str) -> bool:
    """Whether some run of capitalised ``words`` spells ``term`` by its initials."""
    target = term[:-1].upper() if term.endswith("s") and len(term) > 2 else term.upper()
    for i, head in enumerate(words):
        if head[0] != target[0]:
            continue
        states = {""}
        for word in words[i:]:
            if word.lower() in _SKIPPED and not word[0].isupper() and states != {""}:
                continue
            if not word[0].isupper():
                break
            states = {s + o for s in states for o in _initials(word) if target.startswith(s + o)}
            if target in states:
                return True
            if not states:
                break
    return False


class Conditional(StyleRule):
    FIELDS = {
        "first": Field(as_regex, required=True),
        "second": Field(as_regex),
        "initials": Field(as_bool),
        "exceptions": Field(str_list),
        "common_words": Field(as_bool),
    }
    MESSAGE_FIELDS = ("match",)

    def setup(self, spec: Spec) -> None:
        self.first = Scan(compile_regex(spec.get("first"), trusted=spec.trusted("first")))  # validated by as_regex
        self.second = Scan(compile_regex(spec.get("second"), trusted=spec.trusted("second"))) if spec.has("second") else None
        if self.second is not None and self.second.pattern.groups < 1:
            raise spec.error("second", "'second' needs a group capturing the defined term, e.g. \\(([A-Z]{2,})\\)")
        self.initials = spec.get("initials", True)
        if self.second is None and not self.initials:
            raise spec.error(None, "a conditional rule needs 'second' or initials: true")
        self.exceptions = frozenset(spec.get("exceptions", ()))
        self.skip_common_words = spec.get("common_words", True)

    def scans(self) -> list[Scan]:
        return [self.first] if self.second is None else [self.first, self.second]

    def run(self, view: DocView) -> Iterator[Finding]:
        defined: dict[str, tuple[int, int]] = {}  # term -> (segment index, offset) of its first definition
        firsts: dict[str, tuple[Segment, int, int, int]] = {}
        units = view.units(self.scope)
        for unit in units:
            text = unit.text
            if self.second is not None and view.may_match(self.second.gate, unit.index):
                for m in self.second.finditer(text):
                    term = m.group(1)
                    if term and term not in defined:
                        defined[term] = (unit.index, unit.start + m.start())
            if not view.may_match(self.first.gate, unit.index):
                continue
            for m in self.first.finditer(text):
                term = m.group(1) if self.first.pattern.groups else m.group()
                if not term or term in firsts or term in self.exceptions or term.rstrip("s") in self.exceptions:
                    continue
                if _among_capitals(text, m.start(), m.end()) or (self.skip_common_words and is_common_word(term)):
                    continue
                firsts[term] = (unit.segment, unit.start + m.start(), unit.start + m.end(), unit.index)
        for term, (seg, start, end, index) in firsts.items():
            where = defined.get(term) or defined.get(term.rstrip("s"))
            if where is not None and where <= (index, end):
                continue
            if self.initials and self._spelled_out_before(view, units, term, index, start):
                continue
            yield self.finding(seg, start, end, (), match=term)

    def _spelled_out_before(self, view: DocView, units: list[Unit], term: str, index: int, start: int) -> bool:
        """Whether a run of capitalised words spelling ``term`` comes before its first use."""
        for order, words in self._name_runs(view, units):
            if order >= (index, start):
                break
            if spells([w for pos, w in words if order[0] < index or pos < start], term):  # words before the use
                return True
        return False

    def _name_runs(self, view: DocView, units: list[Unit]) -> list[tuple[tuple[int, int], list[tuple[int, str]]]]:
        """Runs of capitalised words (a name and its small words), in document order, once per document."""
        key = f"conditional_runs:{self.scope.names}"
        runs = view.cache.get(key)
        if runs is None:
            runs = []
            for u in units:
                text = u.segment.text
                current: list[tuple[int, str]] = []
                last_end = -1
                for m in _CAPITALISED.finditer(text, u.start, u.end):
                    if current and not _GAP.fullmatch(text, last_end, m.start()):
                        runs.append(((u.index, current[0][0]), current))
                        current = []
                    current.append((m.start(), m.group()))
                    last_end = m.end()
                if current:
                    runs.append(((u.index, current[0][0]), current))
            view.cache[key] = runs
        return runs  # type: ignore[return-value]


@lru_cache(maxsize=4096)
def is_common_word(term: str) -> bool:
    """Whether ``term`` in lower case is a common English word (Zipf frequency 3.5 or more)."""
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - wordfreq is a dependency; without it, judge every term
        return False
    return zipf_frequency(term.lower(), "en") >= 3.5


def _among_capitals(text: str, start: int, end: int) -> bool:
    """Whether the neighbouring word is in capitals too (a dateline, a shouted phrase)."""
    before = re.search(r"([^\W\d_]{2,})[^\w]{1,3}$", text[max(0, start - 40):start])
    after = re.match(r"[^\w]{1,3}([^\W\d_]{2,})", text[end:end + 40])
    return any(m is not None and m.group(1).isupper() for m in (before, after))
