"""Baselines: record today's issues so a check reports only new ones.

The file is JSON::

    {
      "version": 1,
      "generated_by": "copylint 0.1.0",
      "entries": [
        {"path": "news/storm.md", "rule": "style.repeated-word", "text": "the the", "count": 1}
      ]
    }

``path`` is relative to the baseline file's folder (``/`` separators), ``text`` the flagged
source text with each run of whitespace written as one space, ``count`` how many issues of
that rule flag that text in that file. Line numbers play no part: editing above an old
issue does not bring it back, while one more copy of a known mistake is reported.

``contexts`` (optional) holds a short hash of the line each recorded issue sits on. It
only decides *which* copies are new when a file has more than ``count`` of them: copies on
lines seen before are the known ones, so the report points at the new copy, not the old.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from collections.abc import Iterable

from copylint.errors import CopylintError, InputError
from copylint.fixes import atomic_write
from copylint.issue import Issue
from copylint.jsonload import loads
from copylint.positions import LineIndex
from copylint.reading import read_limited
from copylint.version import __version__

BASELINE_VERSION = 1
DEFAULT_BASELINE = ".copylint-baseline.json"

Key = tuple[str, str, str]  # path, rule, text


def normalise_text(text: str) -> str:
    """The flagged text with whitespace runs as single spaces (line endings and wrapping do not matter)."""
    return " ".join(text.split())


def _relative(path: str, root: str) -> str:
    return os.path.relpath(os.path.abspath(path), root).replace(os.sep, "/")


def _key(issue: Issue, root: str) -> Key:
    return (_relative(issue.path, root), issue.rule, normalise_text(issue.text))


def _contexts(issues: list[Issue], source: str) -> list[str]:
    """Per issue, a short hash of the (whitespace-normalised) line it starts on; "" without the source."""
    if not source:
        return [""] * len(issues)
    index = LineIndex(source)
    out = []
    for issue in issues:
        line = index.line_text(issue.line) if 1 <= issue.line <= index.line_count else ""
        out.append(hashlib.sha256(normalise_text(line).encode("utf-8", "surrogatepass")).hexdigest()[:12])
    return out


def baseline_data(issues: Iterable[Issue], baseline_path: str, sources: dict[str, str] | None = None) -> dict:
    """The JSON document recording ``issues``, paths relative to ``baseline_path``'s folder.

    ``sources`` (path -> text) adds the line hashes that tell old copies from new ones.
    """
    root = os.path.dirname(os.path.abspath(baseline_path))
    by_path: dict[str, list[Issue]] = {}
    for issue in issues:
        by_path.setdefault(issue.path, []).append(issue)
    counts: Counter[Key] = Counter()
    contexts: dict[Key, list[str]] = {}
    for path, group in by_path.items():
        for issue, context in zip(group, _contexts(group, (sources or {}).get(path, "")), strict=True):
            key = _key(issue, root)
            counts[key] += 1
            if context:
                contexts.setdefault(key, []).append(context)
    entries = []
    for key, n in sorted(counts.items()):
        path, rule, text = key
        entry: dict = {"path": path, "rule": rule, "text": text, "count": n}
        if key in contexts:
            entry["contexts"] = sorted(contexts[key])
        entries.append(entry)
    return {"version": BASELINE_VERSION, "generated_by": f"copylint {__version__}", "entries": entries}


def write_baseline(issues: Iterable[Issue], baseline_path: str, sources: dict[str, str] | None = None) -> dict:
    """Write the baseline file (atomically, replacing any old one); returns what was written."""
    data = baseline_data(issues, baseline_path, sources)
    payload = (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    atomic_write(baseline_path, payload, create=True)
    return data


class Baseline:
    """A loaded baseline file: which issues are already known."""

    def __init__(self, counts: Counter[Key], root: str, path: str = "",
                 contexts: dict[Key, Counter[str]] | None = None) -> None:
        self.counts = counts
        self.root = root
        self.path = path
        self.contexts = contexts or {}

    @classmethod
    def load(cls, path: str) -> Baseline:
        """Read and validate a baseline file; :class:`CopylintError` naming the file when it is not one."""
        try:
            data = loads(read_limited(path, what="baseline"))
        except InputError as exc:
            if exc.message == "baseline not found":
                raise CopylintError("baseline file not found (write one with `copylint baseline`)", path) from None
            raise CopylintError(f"cannot read the baseline: {exc.message}", path) from None
        except ValueError as exc:
            line = getattr(exc, "lineno", None)
            raise CopylintError(f"not a copylint baseline (invalid JSON: {exc})", path, line) from None
        if not isinstance(data, dict) or "entries" not in data:
            raise CopylintError("not a copylint baseline (no \"entries\")", path)
        if data.get("version") != BASELINE_VERSION:
            raise CopylintError(
                f"baseline version {data.get('version')!r} is not supported (expected {BASELINE_VERSION}); "
                "write it again with `copylint baseline`", path)
        counts: Counter[Key] = Counter()
        contexts: dict[Key, Counter[str]] = {}
        entries = data["entries"]
        if not isinstance(entries, list):
            raise CopylintError("not a copylint baseline (\"entries\" is not a list)", path)
        for n, entry in enumerate(entries, 1):
            ok = (
                isinstance(entry, dict)
                and all(isinstance(entry.get(k), str) for k in ("path", "rule", "text"))
                and isinstance(entry.get("count", 1), int)
                and not isinstance(entry.get("count", 1), bool)
                and entry.get("count", 1) >= 1
                and isinstance(entry.get("contexts", []), list)
                and all(isinstance(c, str) for c in entry.get("contexts", []))
            )
            if not ok:
                raise CopylintError(
                    f"baseline entry {n} needs \"path\", \"rule\" and \"text\" strings and a positive \"count\"", path)
            key = (entry["path"], entry["rule"], normalise_text(entry["text"]))
            counts[key] += entry.get("count", 1)
            contexts.setdefault(key, Counter()).update(entry.get("contexts", []))
        return cls(counts, os.path.dirname(os.path.abspath(path)), path, contexts)

    def select(self, path: str, source: str, issues: list[Issue]) -> list[Issue]:
        """The issues of one file that the baseline does not know (known ones are used up in file order)."""
        ordered = sorted(issues, key=Issue.sort_key)
        groups: dict[Key, list[int]] = {}
        for n, issue in enumerate(ordered):
            groups.setdefault(_key(issue, self.root), []).append(n)
        contexts = _contexts(ordered, source)
        known: set[int] = set()
        for key, members in groups.items():
            budget = self.counts.get(key, 0)
            if budget >= len(members):
                known.update(members)
                continue
            hints = Counter(self.contexts.get(key, ()))
            chosen: list[int] = []
            for n in members:  # first the copies on lines the baseline saw
                if len(chosen) < budget and contexts[n] and hints[contexts[n]] > 0:
                    hints[contexts[n]] -= 1
                    chosen.append(n)
            for n in members:  # then the rest, in file order
                if len(chosen) < budget and n not in chosen:
                    chosen.append(n)
            known.update(chosen)
        return [issue for n, issue in enumerate(ordered) if n not in known]
