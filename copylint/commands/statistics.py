"""``check --statistics`` (issues per rule) and ``check --fix --show-fixes`` (what was fixed)."""

from __future__ import annotations

from collections import Counter

from copylint.issue import Issue

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from copylint.checks.base import RuleInfo


def statistics_table(issues: list[Issue], rules: dict[str, RuleInfo]) -> str:
    """One line per rule that found something, most issues first: count, rule, fixable, summary."""
    if not issues:
        return ""
    counts = Counter(i.rule for i in issues)
    fixable = Counter(i.rule for i in issues if i.fix_safe and len(i.suggestions) == 1)
    width = max(len(str(n)) for n in counts.values())
    rule_width = max(len(r) for r in counts)
    lines = []
    for rule, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        info = rules.get(rule)
        mark = "[*]" if fixable[rule] else "   "
        lines.append(f"{n:>{width}}  {rule:<{rule_width}}  {mark}  {info.summary if info else ''}".rstrip())
    total = sum(counts.values())
    lines.append(f"{total:>{width}}  total" + (f"  ([*] {sum(fixable.values())} fixable with --fix)"
                                                  if fixable else ""))
    return "\n".join(lines) + "\n"


def fixes_listing(applied: list[tuple[str, Issue, str]]) -> str:
    """``--show-fixes``: each fix --fix applied, by file, with the text before and after."""
    if not applied:
        return "No fixes applied.\n"
    lines = [f"Fixed {len(applied)} issue{'s' if len(applied) != 1 else ''}:"]
    by_file: dict[str, list[tuple[Issue, str]]] = {}
    for path, issue, text in applied:
        by_file.setdefault(path, []).append((issue, text))
    for path, fixes in by_file.items():
        lines.append(f"- {path}:")
        for issue, text in fixes:
            after = f"\u201c{text}\u201d" if text else "(deleted)"
            lines.append(f"    {issue.line}:{issue.column} {issue.rule}: \u201c{issue.text}\u201d -> {after}")
    return "\n".join(lines) + "\n"
