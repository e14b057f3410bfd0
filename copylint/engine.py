"""The engine: applies configuration, runs the checks, returns Issues in a stable order."""

from __future__ import annotations

import sys

from copylint.backends.dedup import drop_engine_duplicates
from copylint.checks.base import Check, CheckContext, Finding, RuleInfo
from copylint.config import Selection, Settings
from copylint.document import Document
from copylint.errors import ConfigError, CopylintError
from copylint.gc_pause import collector_paused
from copylint.issue import Issue
from copylint.records import field, record
from copylint.registry import all_rules, create_checks
from copylint.segment_memo import SegmentMemo
from copylint.tokens import document_memo


@record
class CheckFailure:
    """A check that raised on a document: reported, never a traceback."""

    path: str
    check: str
    error: str

    def as_error(self) -> CopylintError:
        return CopylintError(f"internal error in {self.check}: {self.error}", self.path)


@record
class Linter:
    """Runs the enabled checks of one configuration. Build once, lint many documents."""

    settings: Settings
    checks: list[Check] = field(init=False)
    rules: dict[str, RuleInfo] = field(init=False)
    failures: list[CheckFailure] = field(default_factory=list, init=False)
    #: settings -> (enabled rule ids, checks to run): decided once per configuration, not per document
    _selected: dict[Settings, tuple[frozenset[str], tuple[Check, ...]]] = field(
        default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        from copylint.style.packs import PackError

        try:
            self.checks = create_checks(self.settings)
        except PackError as exc:
            path, line = _where(self.settings, f"style.{exc.key.replace('-', '_')}")
            raise ConfigError(f"{exc.message} (key 'style.{exc.key}')", path, line) from None
        self.rules = all_rules(self.checks)
        check_selection(self.settings, self)

    @property
    def dynamic_prefixes(self) -> tuple[str, ...]:
        """Prefixes of backends whose rule ids are open-ended (``harper.``, ``languagetool.``)."""
        return tuple(c.dynamic_prefix for c in self.checks if c.dynamic_prefix)

    def knows(self, selector: str) -> bool:
        """Whether ``selector`` names a rule of this linter, a prefix of one, or ALL."""
        if selector == "ALL" or selector in self.rules:
            return True
        if any(rule.startswith(selector + ".") for rule in self.rules):
            return True
        return any(selector == p.rstrip(".") or selector.startswith(p) for p in self.dynamic_prefixes)

    def rule_info(self, rule: str) -> RuleInfo | None:
        if rule in self.rules:
            return self.rules[rule]
        for check in self.checks:
            prefix = check.dynamic_prefix
            if prefix and (rule.startswith(prefix) or rule == prefix.rstrip(".")):  # "harper" documents the backend
                info = getattr(check, "rule_info", None)
                return info(rule) if info else None
        return None

    def enabled_rules(self, settings: Settings) -> frozenset[str]:
        return settings.enabled_ids((r.id, r.default_enabled) for r in self.rules.values())

    def _selection(self, settings: Settings) -> tuple[frozenset[str], tuple[Check, ...]]:
        """The enabled rules and the checks that have one (or an enabled dynamic prefix),
        remembered per settings (a folder of files shares one)."""
        found = self._selected.get(settings)
        if found is None:
            enabled = self.enabled_rules(settings)
            found = (enabled, tuple(c for c in self.checks if self._check_enabled(c, settings, enabled)))
            if len(self._selected) >= 256:  # per-file overrides can make many; keep memory flat
                self._selected.clear()
            self._selected[settings] = found
        return found

    def _check_enabled(self, check: Check, settings: Settings, enabled: frozenset[str]) -> bool:
        if any(r.id in enabled for r in check.rules):
            return True
        prefix = check.dynamic_prefix
        return bool(prefix) and settings.is_enabled(f"{prefix}*", check.dynamic_default)

    def lint(self, doc: Document, settings: Settings | None = None, memo: SegmentMemo | None = None) -> list[Issue]:
        """All issues in ``doc``, sorted and without duplicates (also none that a grammar
        engine repeats after a builtin rule: copylint.backends.dedup).

        ``settings`` replaces the linter's own for this document (same checks). ``memo``
        (an editor's, one per buffer) lets segment-local checks skip unchanged segments.
        Python's cyclic garbage collector is paused meanwhile (:mod:`copylint.gc_pause`).
        """
        settings = (settings or self.settings).for_path(doc.path)
        enabled, checks = self._selection(settings)
        ctx = CheckContext(settings=settings, doc=doc, enabled=enabled)
        issues: set[Issue] = set()
        with collector_paused(), document_memo(memo.tokens if memo is not None else None):
            for check in checks:
                try:
                    findings = (memo.run(check, doc, ctx) if memo is not None and check.segment_local
                                else check.run(doc, ctx))
                    for f in findings:
                        issue = self._to_issue(f, doc, settings, enabled)
                        if issue is not None and not _in_foreign_passage(issue, f, doc, ctx):
                            issues.add(issue)
                except CopylintError:
                    raise
                except Exception as exc:  # a bug in one check must not stop the run
                    self.failures.append(CheckFailure(doc.path, type(check).__name__, f"{type(exc).__name__}: {exc}"))
        if memo is not None:
            memo.keep_tokens_of(doc)
        return sorted(drop_engine_duplicates(issues), key=Issue.sort_key)

    def _to_issue(self, f: Finding, doc: Document, settings: Settings, enabled: frozenset[str]) -> Issue | None:
        info = self.rule_info(f.rule)
        if info is None:
            return None
        dynamic = f.rule not in self.rules
        if not (f.rule in enabled or (dynamic and settings.is_enabled(f.rule, info.default_enabled))):
            return None
        if f.segment is not None:
            start, end = f.segment.to_source(f.start, f.end)
        else:
            start, end = f.start, f.end
        if doc.is_suppressed(f.rule, start):
            return None
        line, col = doc.lines.line_col(start)
        end_line, end_col = doc.lines.line_col(end)
        severity = settings.severity_for(f.rule, f.severity or info.severity)
        return Issue(
            path=doc.path, line=line, column=col, end_line=end_line, end_column=end_col,
            rule=f.rule, category=info.category, severity=severity, message=f.message,
            suggestions=f.suggestions, offset=start, end_offset=end,
            fix_safe=info.fix_safe if f.fix_safe is None else f.fix_safe,
            text=doc.source[start:end],
        )

    def take_failures(self) -> list[CheckFailure]:
        """The check failures since the last call (each reported once)."""
        out = self.failures[:]
        self.failures.clear()
        return out

    def close(self) -> None:
        for check in self.checks:
            try:
                check.close()
            except Exception as exc:  # closing must not hide the run's result
                print(f"copylint: warning: closing {type(check).__name__}: {exc}", file=sys.stderr)


def _in_foreign_passage(issue: Issue, f: Finding, doc: Document, ctx: CheckContext) -> bool:
    """Spelling and grammar say nothing inside a passage in another language."""
    if issue.category not in ("spelling", "grammar") or f.segment is None:
        return False
    return (_FOREIGN or _foreign_passage_test())(doc, ctx, f.segment, f.start)


#: :func:`copylint.checks.foreign.in_foreign_passage` once imported (imported on the first
#: spelling or grammar issue: an import statement a finding cost more than the test)
_FOREIGN = None


def _foreign_passage_test():  # type: ignore[no-untyped-def]
    global _FOREIGN
    from copylint.checks.foreign import in_foreign_passage

    _FOREIGN = in_foreign_passage
    return in_foreign_passage


# -- rule selection: every selector must name something ---------------------------------

def _where(settings: Settings, key: str) -> tuple[str | None, int | None]:
    """The file and line a setting came from (``origins`` hold "FILE:LINE")."""
    origin = settings.origin_of(key)
    if origin in ("default", "command line") or origin.startswith("command line"):
        return settings.source, None
    path, _, line = origin.rpartition(":")
    return (path, int(line)) if path and line.isdigit() else (settings.source, None)


def _layers_to_check(settings: Settings) -> list[tuple[Selection, str | None, str]]:
    """(layer, origin key prefix or None, what to call it) for every layer a file could get."""
    out: list[tuple[Selection, str | None, str]] = [(settings.layers[0], "", "")]
    out += [(ov.selection, None, f" in {ov.origin}") for ov in settings.overrides]
    if settings.cli is not None:
        out.append((settings.cli, None, " on the command line"))
    return out


def check_selection(settings: Settings, linter: Linter) -> None:
    """Raise :class:`ConfigError` for a selector that names no rule, with a did-you-mean,
    or, for a rule of a shipped style pack this configuration does not load, the pack to add."""
    for layer, key_prefix, where in _layers_to_check(settings):
        for key, selectors in (("select", layer.select or ()), ("extend_select", layer.extend_select),
                               ("ignore", layer.ignore)):
            for sel in selectors:
                if linter.knows(sel):
                    continue
                path, line = _where(settings, key) if key_prefix is not None else (settings.source, None)
                if key_prefix is None and "command line" in where:
                    path = None
                raise ConfigError(_unknown_message(sel, key.replace("_", "-"), where, linter, settings), path, line)
    severities = [(sel, "") for sel, _ in settings.severity]
    severities += [(sel, f" in {ov.origin}") for ov in settings.overrides for sel, _ in ov.severity]
    for sel, where in severities:
        if not linter.knows(sel):
            path, line = _where(settings, "severity")
            raise ConfigError(_unknown_message(sel, "severity", where, linter, settings), path, line)


def _unknown_message(sel: str, key: str, where: str, linter: Linter, settings: Settings) -> str:
    pack = _pack_of(sel, settings)
    if pack is not None:
        return (f"rule '{sel}' ({key}{where}) belongs to the '{pack}' style pack, which this configuration does "
                f"not load; add it: [style] extend-packs = [\"{pack}\"]")
    known = list(linter.rules) + sorted({r.rsplit(".", 1)[0] for r in linter.rules})
    import difflib  # only for this message

    close = difflib.get_close_matches(sel, known, 3, 0.6)
    hint = f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else "; `copylint rules --all` lists them"
    return f"unknown rule or prefix '{sel}' ({key}{where}){hint}"


def _pack_of(sel: str, settings: Settings) -> str | None:
    """The shipped style pack, not loaded by ``settings``, that holds a rule ``sel`` names."""
    from copylint.style.loader import load_rules
    from copylint.style.packs import builtin_pack_names

    for name in builtin_pack_names():
        if name in settings.style.all_packs:
            continue
        try:
            ruleset = load_rules((name,))
        except CopylintError:
            continue
        for rule in ruleset.rules:
            if rule.id == sel or rule.id.startswith(sel + "."):
                return name
    return None


#: one Linter per configuration per process: heavy resources are built once
_LINTERS: dict[Settings, Linter] = {}


def get_linter(settings: Settings) -> Linter:
    """The process's Linter for ``settings`` (built on first use)."""
    linter = _LINTERS.get(settings)
    if linter is None:
        linter = _LINTERS[settings] = Linter(settings)
    return linter


def close_linters() -> None:
    """Close every linter this process built (their backends' servers and processes)."""
    while _LINTERS:
        _, linter = _LINTERS.popitem()
        linter.close()
