"""LanguageTool's HTTP wire format (``/v2/check``, ``/v2/languages``), from copylint's side.

What goes in: the language tag, the rule selection fields. What comes out: each
:class:`~copylint.issue.Issue` as a LanguageTool *match*, with ``offset``/``length`` in
UTF-16 code units of the text the client sent, as every LanguageTool client expects.
UTF-16 lengths come from :mod:`copylint.positions`; nothing here counts lines or columns.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from copylint.config import Settings
from copylint.engine import Linter
from copylint.errors import InputError
from copylint.issue import Issue
from copylint.positions import LineIndex, utf16_length
from copylint.tokens import sentences
from copylint.version import __version__

#: what ``/v2/languages`` lists: the two dialects copylint checks, and plain "en" (decided per article)
LANGUAGES = (
    {"name": "English", "code": "en", "longCode": "en"},
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
    {"name": "English (GB)", "code": "en", "longCode": "en-GB"},
)
_NAMES = {"en-US": "English (US)", "en-GB": "English (GB)"}
_TAGS = {"auto": None, "en": None, "en-us": "en-US", "en-gb": "en-GB"}

#: copylint category -> LanguageTool category id and name, issue type, match type
_CATEGORY = {
    "spelling": ("TYPOS", "Possible Typo", "misspelling", "UnknownWord"),
    "grammar": ("GRAMMAR", "Grammar", "grammar", "Other"),
    "style": ("STYLE", "Style", "style", "Other"),
    "structure": ("STRUCTURE", "Article structure", "uncategorized", "Other"),
}
CONTEXT_CHARS = 40  # characters of context on each side, as LanguageTool sends by default


def software() -> dict[str, Any]:
    return {"name": "copylint", "version": __version__, "buildDate": None, "apiVersion": 1,
            "premium": False, "status": ""}


def parse_language(value: str | None) -> str | None:
    """``en-US`` or ``en-GB`` for a fixed dialect, None for "decide per article" (auto, en).

    Raises :class:`InputError` for a language copylint does not check.
    """
    if value is None or not value.strip():
        raise InputError("the 'language' field is required: en-US, en-GB or auto", "language")
    tag = value.strip().replace("_", "-").lower()
    if tag not in _TAGS:
        raise InputError(f"language {value.strip()[:40]!r} is not supported: copylint checks English news copy "
                         "(en-US, en-GB, or auto/en to decide from the article)", "language")
    return _TAGS[tag]


def rule_list(value: str | None) -> tuple[str, ...]:
    """A comma-separated rule list field, as LanguageTool clients send it."""
    if not value:
        return ()
    return tuple(dict.fromkeys(x.strip() for x in value.split(",") if x.strip()))


def parse_flag(value: str | None, name: str) -> bool:
    if value is None or value == "":
        return False
    low = value.strip().lower()
    if low in ("true", "1", "yes"):
        return True
    if low in ("false", "0", "no"):
        return False
    raise InputError(f"'{name}' must be true or false, got {value[:20]!r}", name)


def _names(selector: str, rule: str) -> bool:
    return rule == selector or rule.startswith(selector + ".")


@dataclass
class Selection:
    """A request's rule selection, narrowed to the rules the server's configuration enables."""

    settings: Settings
    only: tuple[str, ...] | None = None  # with enabledOnly: the selectors kept
    ignored: list[str] = field(default_factory=list)  # ids that name no enabled rule

    def keeps(self, rule: str) -> bool:
        return self.only is None or any(_names(s, rule) for s in self.only)


def select_rules(linter: Linter, settings: Settings, path: str, enabled: Iterable[str], disabled: Iterable[str],
                 enabled_only: bool) -> Selection:
    """Apply ``disabledRules``/``enabledRules``/``enabledOnly`` on top of the server's settings.

    A request can only switch rules *off*: ``enabledRules`` picks among the enabled rules
    (with ``enabledOnly``) and never turns on a rule the configuration leaves off. Ids that
    name no enabled rule (another LanguageTool's rule ids, typically) are ignored and listed.
    """
    on = linter.enabled_rules(settings.for_path(path))
    prefixes = [c.dynamic_prefix.rstrip(".") for c in linter.checks if c.dynamic_prefix]
    ignored: list[str] = []

    def known(selector: str) -> bool:
        return any(_names(selector, r) for r in on) or any(_names(p, selector) or _names(selector, p) for p in prefixes)

    off = []
    for sel in disabled:
        (off if known(sel) else ignored).append(sel)
    only: tuple[str, ...] | None = None
    if enabled_only:
        kept = []
        for sel in enabled:
            (kept if known(sel) else ignored).append(sel)
        only = tuple(kept)
        off += [r for r in sorted(on) if not any(_names(s, r) for s in kept)]
        off += [p for p in prefixes if not any(_names(p, s) or _names(s, p) for s in kept)]
    else:
        ignored += [s for s in enabled if not known(s)]  # known ones are on already
    if off:
        settings = replace(settings, disable=settings.disable + tuple(off))
    return Selection(settings, only, ignored)


@dataclass
class PlainText:
    """The text a client sees (what it sent as ``text``, or an AnnotatedText's prose) and how
    source offsets land on it. ``to_plain`` is the identity for ``text``."""

    text: str
    to_plain: Any = None  # Callable[[int], int] | None

    def __post_init__(self) -> None:
        self.lines = LineIndex(self.text)
        self._sentences: dict[int, tuple[str, list[tuple[int, int]]]] = {}

    def at(self, offset: int) -> int:
        return offset if self.to_plain is None else self.to_plain(offset)

    def sentence(self, offset: int) -> str:
        """The sentence around ``offset`` (each line split once, however many matches it holds)."""
        line, _ = self.lines.line_col(offset)
        if line not in self._sentences:
            text = self.lines.line_text(line)
            self._sentences[line] = (text, sentences(text))
        text, spans = self._sentences[line]
        at = offset - self.lines.line_start(line)
        i = bisect_right(spans, (at, len(text) + 1)) - 1
        if i >= 0 and spans[i][0] <= at <= spans[i][1]:
            return text[spans[i][0]:spans[i][1]]
        return text.strip()


def _context(plain: PlainText, start: int, end: int) -> dict[str, Any]:
    text = plain.text
    a, b = max(0, start - CONTEXT_CHARS), min(len(text), end + CONTEXT_CHARS)
    before = ("..." if a > 0 else "") + text[a:start]
    window = before + text[start:b] + ("..." if b < len(text) else "")
    window = window.replace("\r", " ").replace("\n", " ")
    return {"text": window, "offset": utf16_length(before), "length": utf16_length(text[start:end])}


def to_matches(issues: list[Issue], source: str, linter: Linter, plain: PlainText) -> list[dict[str, Any]]:
    """LanguageTool matches for ``issues`` (sorted by offset), offsets in UTF-16 units of ``source``."""
    out = []
    units = 0  # UTF-16 units of source[:pos]
    pos = 0
    for issue in sorted(issues, key=lambda i: (i.offset, i.end_offset)):
        units += utf16_length(source[pos:issue.offset])
        pos = issue.offset
        info = linter.rule_info(issue.rule)
        cat_id, cat_name, issue_type, type_name = _CATEGORY.get(issue.category, _CATEGORY["style"])
        if issue.severity == "info":
            type_name = "Hint"
        start, end = plain.at(issue.offset), plain.at(issue.end_offset)
        summary = info.summary if info else issue.rule
        out.append({
            "message": issue.message,
            "shortMessage": summary,
            "replacements": [{"value": s} for s in issue.suggestions],
            "offset": units,
            "length": utf16_length(source[issue.offset:issue.end_offset]),
            "context": _context(plain, start, max(start, end)),
            "sentence": plain.sentence(start),
            "type": {"typeName": type_name},
            "rule": {
                "id": issue.rule,
                "description": summary,
                "issueType": issue_type,
                "category": {"id": cat_id, "name": cat_name},
                **({"urls": [{"value": info.link}]} if info and info.link else {}),
            },
            "ignoreForIncompleteSentence": False,
            "contextForSureMatch": 0,
            "severity": issue.severity,  # copylint's own, beside the protocol's fields
        })
    return out


def check_answer(matches: list[dict[str, Any]], dialect: str, detected: str, auto: bool,
                 ignored: list[str], incomplete: bool = False) -> dict[str, Any]:
    """The whole ``/v2/check`` answer (``incomplete``: a check failed, the matches are partial)."""
    answer: dict[str, Any] = {
        "software": software(),
        "warnings": {"incompleteResults": incomplete},
        "language": {
            "name": _NAMES[dialect], "code": dialect,
            "detectedLanguage": {"name": _NAMES[detected], "code": detected, "confidence": 0.9 if auto else 1.0,
                                 "source": "copylint"},
        },
        "matches": matches,
    }
    if ignored:
        answer["warnings"]["ignoredRules"] = ignored[:50]
    return answer
