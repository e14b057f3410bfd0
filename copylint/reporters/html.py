"""One self-contained HTML page: each article with its issues highlighted in place.

Hover a highlight for the message and suggestions, click it to find its note; filter by
severity, category and rule; a table counts issues per rule. Everything is inline (CSS,
JS, no fonts, no images) and a Content-Security-Policy forbids any network access, so
the page opens the same on an air-gapped machine. The article text is always escaped.

Overlapping issues are drawn without nesting: the text is cut at every issue boundary
and each piece is one ``<mark>`` listing every issue that covers it.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from copylint.issue import CATEGORIES, SEVERITIES, SEVERITY_RANK, Issue
from copylint.positions import LineIndex
from copylint.reporters import ReportContext
from copylint.reporters.html_assets import CSP, CSS, JS
from copylint.reporters.html_text import readable
from copylint.reporters.visible import replacement, visible


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    index: int  # the issue's number in the report
    severity: str


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _suggestions(issue: Issue) -> str:
    return ", ".join(replacement(s) for s in issue.suggestions)


def _tooltip(issue: Issue) -> str:
    text = f"{issue.severity} \u00b7 {issue.rule}: {issue.message}"
    if issue.suggestions:
        text += f"\nSuggestion: {_suggestions(issue)}"
    return text


def _worst(severities: Iterable[str]) -> str:
    return max(severities, key=lambda s: SEVERITY_RANK.get(s, 0))


def _offsets(issue: Issue, index: LineIndex) -> tuple[int, int] | None:
    """The issue's source span; from line/column when it carries no offsets (e.g. read back from JSON)."""
    n = len(index.text)
    if issue.offset >= 0 and issue.end_offset >= issue.offset:
        return min(issue.offset, n), min(issue.end_offset, n)
    if issue.line < 1 or issue.line > index.line_count or issue.end_line > index.line_count:
        return None
    start = index.offset_of(issue.line, issue.column)
    end = index.offset_of(issue.end_line, issue.end_column)
    return (min(start, n), min(max(end, start), n))


def highlight(source: str, spans: list[_Span], tooltips: dict[int, str]) -> str:
    """``source`` as escaped HTML with every span marked (pieces between boundaries)."""
    cuts = sorted({0, len(source), *(s.start for s in spans), *(s.end for s in spans)})
    points: dict[int, list[_Span]] = {}
    for s in spans:
        if s.start == s.end:
            points.setdefault(s.start, []).append(s)
    ranged = sorted((s for s in spans if s.end > s.start), key=lambda s: s.start)
    out: list[str] = []
    active: list[_Span] = []
    nxt = 0
    for a, b in zip(cuts, cuts[1:] + [None], strict=True):
        for s in points.get(a, ()):
            out.append(f'<span id="m{s.index}"></span>' + _mark("", [s], tooltips, point=True))
        if b is None:
            break
        active = [s for s in active if s.end > a]
        while nxt < len(ranged) and ranged[nxt].start <= a:
            if ranged[nxt].end > a:
                active.append(ranged[nxt])
                out.append(f'<span id="m{ranged[nxt].index}"></span>')
            nxt += 1
        piece = source[a:b]
        out.append(_mark(piece, active, tooltips) if active else _esc(piece))
    return "".join(out)


def _mark(text: str, spans: list[_Span], tooltips: dict[int, str], point: bool = False) -> str:
    ids = " ".join(str(s.index) for s in spans)
    title = "\n\n".join(tooltips[s.index] for s in spans)
    sev = _worst(s.severity for s in spans)
    cls = "hl point" if point else ("hl multi" if len(spans) > 1 else "hl")
    return f'<mark class="{cls}" data-i="{ids}" data-sev="{sev}" title="{_esc(title)}">{_esc(text)}</mark>'


def _note(n: int, issue: Issue) -> str:
    sugg = f'<div class="sugg">Suggestion: {_esc(_suggestions(issue))}</div>' if issue.suggestions else ""
    return (
        f'<li class="note" id="n{n}" data-i="{n}" data-sev="{_esc(issue.severity)}" data-cat="{_esc(issue.category)}" '
        f'data-rule="{_esc(issue.rule)}"><a class="loc" href="#m{n}">{issue.line}:{issue.column}</a> '
        f'<span class="sev">{_esc(issue.severity)}</span> <code class="rule">{_esc(issue.rule)}</code>'
        f'<div class="msg">{_esc(issue.message)}</div>'
        f'{sugg}'
        + (f'<div class="quote">\u201c{_esc(visible(issue.text))}\u201d</div>' if issue.text else "")
        + "</li>"
    )


def _plural(n: int, severity: str) -> str:
    return f"{n} {severity}" if n == 1 or severity == "info" else f"{n} {severity}s"


def _article(number: int, path: str, numbered: list[tuple[int, Issue]], source: str | None) -> str:
    counts = Counter(i.severity for _, i in numbered)
    badge = ", ".join(_plural(counts[s], s) for s in SEVERITIES if counts[s]) or "no issues"
    head = (f'<article class="doc" id="a{number}" data-path="{_esc(path)}"><h2><span class="path">{_esc(path)}</span> '
            f'<span class="count" data-total="{len(numbered)}">{_esc(badge)}</span></h2>')
    if not numbered:
        return head + '<p class="clean">No issues.</p></article>'
    notes = "".join(_note(n, issue) for n, issue in numbered)
    unplaced = ""
    if source is None:
        body = '<p class="nosource">The article text is not available; the issues are listed beside.</p>'
    else:
        index = LineIndex(source)
        prose = readable(source, path)  # Markdown and HTML: their text, not their markup
        shown = prose.text if prose is not None else source
        spans, missing = [], []
        for n, issue in numbered:
            where = _offsets(issue, index)
            if where is not None and prose is not None:
                where = prose.span(*where)
            if where is None:
                missing.append(n)
            else:
                spans.append(_Span(where[0], where[1], n, issue.severity))
        note = ('<p class="astext">Shown as text, without its markup; the line and column of each note '
                'refer to the file.</p>' if prose is not None else "")
        body = f'{note}<pre class="src">{highlight(shown, spans, {n: _tooltip(i) for n, i in numbered})}</pre>'
        if missing:
            unplaced = f'<p class="nosource">{len(missing)} issue(s) could not be placed in the text.</p>'
    return f'{head}<div class="cols"><div class="text">{body}{unplaced}</div><ol class="notes">{notes}</ol></div></article>'


def _filters(issues: list[Issue]) -> str:
    sev = Counter(i.severity for i in issues)
    cat = Counter(i.category for i in issues)

    def boxes(kind: str, names: Iterable[str], counts: Counter[str]) -> str:
        return "".join(
            f'<label class="chip {kind}-{_esc(name)}"><input type="checkbox" data-filter="{kind}" value="{_esc(name)}" checked> '
            f'{_esc(name)} <span class="n">{counts[name]}</span></label>'
            for name in names if counts[name]
        )

    categories = [c for c in CATEGORIES if cat[c]] + sorted(c for c in cat if c not in CATEGORIES)
    return (
        '<form id="filters" class="filters">'
        f'<fieldset><legend>Severity</legend>{boxes("sev", SEVERITIES, sev)}</fieldset>'
        f'<fieldset><legend>Category</legend>{boxes("cat", categories, cat)}</fieldset>'
        f'<p id="shown" aria-live="polite">{len(issues)} of {len(issues)} issues shown</p>'
        "</form>"
    )


def _rule_table(issues: list[Issue], context: ReportContext) -> str:
    counts = Counter(i.rule for i in issues)
    if not counts:
        return ""
    first = {}
    for i in issues:
        first.setdefault(i.rule, i)
    rows = []
    for rule, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        info = context.rules.get(rule)
        summary = info.summary if info else ""
        sevs = sorted({i.severity for i in issues if i.rule == rule}, key=lambda s: -SEVERITY_RANK.get(s, 0))
        rows.append(
            f'<tr data-rule="{_esc(rule)}"><td><label><input type="checkbox" data-filter="rule" value="{_esc(rule)}" checked> '
            f'<code>{_esc(rule)}</code></label></td><td>{_esc(first[rule].category)}</td>'
            f'<td>{_esc(", ".join(sevs))}</td><td class="num">{n}</td><td>{_esc(summary)}</td></tr>'
        )
    return (
        '<section class="rules"><h2>Issues per rule</h2><table><thead><tr><th>Rule</th><th>Category</th>'
        '<th>Severity</th><th class="num">Issues</th><th>What it checks</th></tr></thead>'
        f'<tbody>{"".join(rows)}</tbody></table></section>'
    )


def render(issues: list[Issue], context: ReportContext) -> str:
    by_path: dict[str, list[tuple[int, Issue]]] = {}
    for n, issue in enumerate(issues):
        by_path.setdefault(issue.path, []).append((n, issue))
    paths = sorted(set(by_path) | set(context.sources))
    files = max(context.files, len(paths))
    noun = "article" if files == 1 else "articles"
    title = f"copylint: {len(issues)} issue{'s' if len(issues) != 1 else ''} in {files} {noun}"
    toc = "".join(
        f'<li><a href="#a{k}">{_esc(p)}</a> <span class="n">{len(by_path.get(p, []))}</span></li>'
        for k, p in enumerate(paths)
    )
    articles = "".join(
        _article(k, p, by_path.get(p, []), context.sources.get(p)) for k, p in enumerate(paths)
    )
    version = f" \u00b7 copylint {_esc(context.version)}" if context.version else ""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_esc(title)}</title><style>{CSS}</style></head>\n"
        f'<body><header><h1>{_esc(title)}</h1><p class="meta">Hover a highlight for the message, click it for its note{version}</p>'
        f"{_filters(issues) if issues else ''}</header>\n<main>"
        f"{_rule_table(issues, context)}"
        f'<nav class="toc"><h2>Articles</h2><ol>{toc}</ol></nav>\n'
        f"{articles}</main>\n<script>{JS}</script></body></html>\n"
    )
