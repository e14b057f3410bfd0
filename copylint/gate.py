"""What ``check`` does after linting: report only new issues, and apply or show safe fixes.

``--diff-base REV`` keeps issues on lines changed since a git revision (files unchanged
since REV are not even read), ``--baseline FILE`` drops issues the baseline already
records, ``--fix`` writes the safe fixes and reports what remains, ``--diff`` prints them
as a unified diff instead. The runner lints; this module narrows and fixes its result.
"""

from __future__ import annotations

from collections.abc import Callable

from copylint.config import Settings, SettingsResolver
from copylint.errors import CopylintError, InputError
from copylint.issue import Issue
from copylint.readers import format_for_path, parse
from copylint.records import field, record
from copylint.runner import RunResult, WalkWarning, sources

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:  # a plain check imports none of these (start-up): they are imported when an option asks
    from copylint.baseline import Baseline
    from copylint.engine import Linter
    from copylint.fixes import FixOutcome
    from copylint.gitdiff import DiffBase


@record
class Gate:
    """What happens around linting: diff base, baseline, fixes, stdin name, and their tallies."""

    diff_base: DiffBase | None = None
    baseline: Baseline | None = None
    fix: str | None = None  # None, "write" (--fix) or "diff" (--diff)
    stdin_name: str | None = None  # the path stdin is shown as, when '-' is checked
    diffs: list[str] = field(default_factory=list)
    fixed: int = 0  # fixes applied (or, with --diff, available)
    fixed_files: int = 0
    unchanged: int = 0  # files skipped as unchanged since the diff base
    applied: list[tuple[str, Issue, str]] = field(default_factory=list)  # (path, issue, replacement) per fix
    walk_warnings: list[str] = field(default_factory=list)  # from expanding folders in targets()

    @classmethod
    def build(
        cls,
        paths: list[str],
        stdin_filename: str | None = None,
        diff_base: str | None = None,
        baseline: str | None = None,
        fix: bool = False,
        diff: bool = False,
        fmt: str = "text",
    ) -> Gate:
        """Raises :class:`CopylintError` for options that cannot work together or cannot be met."""
        reads_stdin = "-" in paths
        if diff and fmt != "text":
            raise CopylintError(f"--diff prints a diff, not a {fmt} report; leave out --format")
        if fix and not diff and reads_stdin:
            raise CopylintError("--fix cannot write back to stdin; use --diff to see the fixes")
        if diff_base is not None and reads_stdin and not stdin_filename:
            raise CopylintError("--diff-base with stdin needs --stdin-filename (the file's path in the repository)")
        where = [p for p in paths if p != "-"] + ([stdin_filename] if reads_stdin and stdin_filename else [])
        if diff_base is not None:
            from copylint.gitdiff import DiffBase
        if baseline is not None:
            from copylint.baseline import Baseline
        return cls(
            diff_base=DiffBase(diff_base, where) if diff_base is not None else None,
            baseline=Baseline.load(baseline) if baseline is not None else None,
            fix="diff" if diff else ("write" if fix else None),
            stdin_name=(stdin_filename or "<stdin>") if reads_stdin else None,
        )

    @property
    def active(self) -> bool:
        return self.diff_base is not None or self.baseline is not None or self.fix is not None

    @property
    def needs_sources(self) -> bool:
        """Whether the run must keep each file's text (to compare lines, place baseline issues, diff stdin)."""
        return (self.diff_base is not None or self.baseline is not None
                or (self.fix == "diff" and self.stdin_name is not None))

    def targets(self, paths: list[str], settings: Settings | SettingsResolver, expand: bool = False) -> list[str]:
        """The paths to hand the runner: with a diff base (or ``expand``), folders become their
        files, and files unchanged since the base are left out. Raises for a missing path."""
        if self.diff_base is None and not expand:
            return paths
        out: list[str] = []
        for item in sources(paths, settings):
            if isinstance(item, WalkWarning):
                self.walk_warnings.append(item.message)  # reported by apply()
            elif isinstance(item, InputError):
                out.append(item.path or "")  # the runner reports it again
            elif item.path != "-" and self.diff_base is not None and self.diff_base.unchanged(item.path):
                self.unchanged += 1
            else:
                out.append(item.path)
        return out

    def select(self, path: str, source: str, issues: list[Issue]) -> list[Issue]:
        """The issues of one file this run reports."""
        if self.baseline is not None:
            issues = self.baseline.select(path, source, issues)
        if self.diff_base is not None:
            issues = self.diff_base.select(path, source, issues)
        return issues

    def apply(self, result: RunResult, kept: dict[str, str], linter_for: Callable[[str], Linter]) -> None:
        """Narrow ``result.issues`` to the reported ones, then fix (``kept`` follows fixed files);
        ``linter_for(path)`` is the linter of that file's configuration."""
        result.warnings[:0] = [w for w in self.walk_warnings if w not in result.warnings]
        if not self.active:
            return
        by_path: dict[str, list[Issue]] = {}
        for issue in result.issues:
            by_path.setdefault(issue.path, []).append(issue)
        remaining: list[Issue] = []
        for path, issues in by_path.items():
            selected = self.select(path, kept.get(path, ""), issues)
            if self.fix is not None and any(i.fix_safe and len(i.suggestions) == 1 for i in selected):
                linter = linter_for(path)
                selected = self._fix(path, selected, kept, linter, result)
                result.errors.extend(f.as_error() for f in linter.take_failures())
            remaining.extend(selected)
        result.issues = sorted(remaining, key=Issue.sort_key)

    def _fix(self, path: str, issues: list[Issue], kept: dict[str, str], linter: Linter,
             result: RunResult) -> list[Issue]:
        from copylint.fixes import fix_document, fix_file

        fmt = format_for_path(path) or "txt"
        try:
            if path == self.stdin_name:
                outcome = fix_document(linter, parse(kept[path], path, fmt), self.select)
            else:
                outcome = fix_file(linter, path, fmt, self.select, write=self.fix == "write")
        except CopylintError as exc:
            result.errors.append(exc)
            return issues
        return self._record(outcome, issues, kept)

    def _record(self, outcome: FixOutcome, issues: list[Issue], kept: dict[str, str]) -> list[Issue]:
        if not outcome.changed:
            return issues if self.fix == "diff" else outcome.issues
        self.fixed += outcome.applied
        self.fixed_files += 1
        if self.fix == "diff":
            self.diffs.append(outcome.diff())
            return issues  # nothing was written: the file still has them all
        self.applied.extend((outcome.path, issue, text) for issue, text in outcome.fixes)
        if outcome.path in kept:
            kept[outcome.path] = outcome.after
        return outcome.issues

    def report(self) -> str:
        """The ``--diff`` output."""
        return "".join(self.diffs)

    def notes(self) -> list[str]:
        """Lines for stderr about what the gate did."""
        out = []
        if self.diff_base is not None and self.unchanged:
            noun = "file" if self.unchanged == 1 else "files"
            out.append(f"{self.unchanged} {noun} unchanged since {self.diff_base.rev} not checked.")
        if self.fix == "write" and self.fixed:
            out.append(f"Fixed {self.fixed} issue{'s' if self.fixed != 1 else ''} in {self.fixed_files} "
                       f"file{'s' if self.fixed_files != 1 else ''}.")
        if self.fix == "diff":
            out.append(f"{self.fixed} safe fix{'es' if self.fixed != 1 else ''} in {self.fixed_files} "
                       f"file{'s' if self.fixed_files != 1 else ''} (not written; --fix applies them).")
        return out
