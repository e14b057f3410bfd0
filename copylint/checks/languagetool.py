"""LanguageTool's rules as copylint findings: ``languagetool.<RULE_ID>``."""

from __future__ import annotations

from collections.abc import Iterator

from copylint.backends import lt_profile, warn_once
from copylint.backends.check import BackendCheck
from copylint.backends.lt_profile import HOUSE_STYLE_CATEGORIES
from copylint.checks.base import CheckContext, Finding, RuleInfo
from copylint.document import Document, Segment

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from copylint.backends.languagetool import LanguageToolClient, LocalServer, Match
    from copylint.config import Settings

PREFIX = "languagetool."
#: LanguageTool category -> copylint (category, default severity). A category not named
#: here is grammar/warning, or style/info when LanguageTool calls the match a style issue.
CATEGORY_MAP: dict[str, tuple[str, str]] = {
    "TYPOS": ("spelling", "warning"),
    "MULTITOKEN_SPELLING": ("spelling", "warning"),
    "GRAMMAR": ("grammar", "warning"),
    "CONFUSED_WORDS": ("grammar", "warning"),
    "MISC": ("grammar", "warning"),
    "SEMANTICS": ("grammar", "warning"),
    "NONSTANDARD_PHRASES": ("grammar", "warning"),
    "COLLOCATIONS": ("grammar", "warning"),
    "PUNCTUATION": ("grammar", "info"),
    "CASING": ("grammar", "info"),
    "COMPOUNDING": ("style", "info"),
    "AMERICAN_ENGLISH_STYLE": ("style", "info"),
    "BRITISH_ENGLISH": ("style", "info"),
    "BRE_STYLE_OXFORD_SPELLING": ("style", "info"),
    **{name: ("style", "info") for name in HOUSE_STYLE_CATEGORIES},
}

BACKEND_INFO = RuleInfo(
    id="languagetool",
    category="grammar",
    severity="warning",
    summary="LanguageTool's grammar, style and typography rules (languagetool.<RULE_ID>).",
    rationale=(
        "LanguageTool has thousands of hand-written English rules: agreement, confused words, "
        "missing words, punctuation, typography. copylint sends each article's prose (headline, "
        "headings, paragraphs, list items, quotes, captions) in one request to a LanguageTool "
        "server and reports every match at its exact position, with LanguageTool's message and "
        "replacements. Turn it on with grammar.backends = [\"builtin\", \"languagetool\"] and "
        "either grammar.languagetool_url (a server you run, e.g. the Docker image) or "
        "language-tool-python for a local server (Java 17+). Article text is never sent to "
        "LanguageTool's public web service unless you write its address yourself. When copylint's "
        "spelling rules run, LanguageTool's spell checker (MORFOLOGIK_RULE_EN_*) is off. Only the "
        "news profile is on by default: rules that raised no false alarm on published news copy "
        "(benchmarks/languagetool_profile.py measures them), outside the categories a copy desk "
        "settles by house style; matches in headlines, quotations, datelines and names are "
        "dropped where copylint's reading of the article says so, and a span a builtin rule "
        "already reports with the same meaning is reported once. Select or silence single rules "
        "as languagetool.RULE_ID."
    ),
    link="https://dev.languagetool.org/http-server",
)


def copylint_category(match: Match) -> tuple[str, str]:
    """copylint's category and default severity for a LanguageTool match.

    By LanguageTool's category id (CATEGORY_MAP), not its issue type: LanguageTool gives
    issue type "misspelling" to grammar rules too (EN_A_VS_AN)."""
    mapped = CATEGORY_MAP.get(match.category_id)
    if mapped is not None:
        return mapped
    if match.issue_type in ("style", "locale-violation"):
        return "style", "info"
    return "grammar", "warning"


def rule_info_for(rule_id: str, match: Match | None = None) -> RuleInfo:
    """A RuleInfo for ``languagetool.RULE_ID``, from a match when one has been seen."""
    name = rule_id[len(PREFIX):]
    measured = lt_profile.profile().get("rules_off", {}).get(name)
    if match is None and measured and measured.get("category"):  # not seen in this run: as measured
        category, severity = CATEGORY_MAP.get(measured["category"], ("grammar", "warning"))
        where = f" in its {measured['category']} category"
    else:
        category, severity = copylint_category(match) if match else ("grammar", "warning")
        where = f" in its {match.category_name} category ({match.category_id})" if match and match.category_id else ""
    summary = match.description if match and match.description else f"LanguageTool rule {name}"
    on = lt_profile.default_on(name, match.category_id if match else None)
    family = lt_profile.family(name)
    if on:
        profile = " It is in copylint's news profile (on by default)."
    elif family in lt_profile.families_off() and not (measured and "family" not in measured):
        profile = (f" It is off in copylint's news profile with its whole family of rules ({family}): measured "
                   "together on published copy, most of their alerts were not errors; enable it by this id.")
    elif measured:
        alerts = ", ".join(f"{n} on {corpus}" for corpus, n in sorted(measured.get("alerts", {}).items()))
        profile = (f" It is off in copylint's news profile: it raised alerts on published copy ({alerts}) that "
                   "were not errors; enable it by this id.")
    else:
        profile = " It is off in copylint's news profile: its category is a house-style choice; enable it by this id."
    return RuleInfo(
        id=rule_id,
        category=category,
        severity=severity,
        summary=f"{summary} (LanguageTool)",
        rationale=(
            f"LanguageTool's rule {name}{where}. copylint reports it with LanguageTool's own "
            f"message and replacements; select or silence it by this id.{profile}"
        ),
        default_enabled=on,
        link=f"https://community.languagetool.org/rule/show/{name}?lang=en",
    )


class LanguageToolCheck(BackendCheck):
    """LanguageTool's rules through a server you name or a local one (grammar.backends)."""

    dynamic_prefix = PREFIX
    backend, label = "languagetool", "LanguageTool"

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings)
        self._client: LanguageToolClient | None = None
        self._local: LocalServer | None = None
        self._seen: dict[str, RuleInfo] = {}

    def rule_info(self, rule: str) -> RuleInfo:
        if rule in ("languagetool", PREFIX, PREFIX + "*"):
            return BACKEND_INFO
        return self._seen.get(rule) or rule_info_for(rule)

    def _connect(self, language: str) -> LanguageToolClient:
        from copylint.backends.languagetool import LanguageToolClient, LocalServer

        grammar = self.settings.grammar
        if grammar.languagetool_url:
            return LanguageToolClient(grammar.languagetool_url, grammar.languagetool_timeout)
        # No server named: a local one, downloaded only when the user asked for LanguageTool.
        self._local = LocalServer(language, allow_download=self.mode == "explicit")
        return LanguageToolClient(self._local.url, grammar.languagetool_timeout)

    def run(self, doc: Document, ctx: CheckContext) -> list[Finding]:
        segments = self.prose(doc)
        if not segments:
            return []
        from copylint.backends.joined import JoinedProse
        from copylint.backends.languagetool import MAX_REQUEST_CHARS, SPELLING_RULES, LanguageToolError, match_span

        language = self.settings.grammar.languagetool_language or ctx.dialect
        disabled, enabled = _selected_rules(ctx.settings)
        # the news profile's measured-noisy rules: not run at all unless enabled by id
        disabled |= {r for r in lt_profile.rules_off() if not ctx.settings.is_enabled(PREFIX + r, False)}
        if any(rule.startswith("spelling.") for rule in ctx.enabled):
            disabled |= set(SPELLING_RULES)
        findings: list[Finding] = []
        try:
            if self._client is None:
                self._client = self._connect(language)
            for batch in _batches(segments, MAX_REQUEST_CHARS):
                joined = JoinedProse.build(batch)
                matches, partial = self._client.check(joined.text, language, disabled, enabled)
                if partial:
                    warn_once("languagetool-partial", f"{self._client.where} checked only part of {doc.path} "
                              "(incompleteResults); some problems may be missing")
                kept = []
                for m in matches:
                    self._seen.setdefault(PREFIX + m.rule_id, rule_info_for(PREFIX + m.rule_id, m))
                    start, end = match_span(joined.text, m)
                    located = joined.locate(start, end)
                    if located is not None and lt_profile.context_drop(
                            located[0], located[1], located[2], m.rule_id, m.category_id, doc):
                        continue  # a headline, a quotation, a dateline or a name: copylint's context says no
                    kept.append((start, end, PREFIX + m.rule_id, m.message, m.replacements))
                findings += self.findings(joined, kept)
        except LanguageToolError as exc:
            self.unavailable(exc)
            return []
        return findings

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._local is not None:
            local, self._local = self._local, None
            local.close()


def _selected_rules(settings: Settings) -> tuple[set[str], set[str]]:
    """LanguageTool rule ids named exactly in ``disable``/``enable``: the server skips the
    first and runs the second even when LanguageTool has them off by default."""
    def ids(selectors: tuple[str, ...]) -> set[str]:
        return {s[len(PREFIX):] for s in selectors if s.startswith(PREFIX) and len(s) > len(PREFIX) and "*" not in s}

    disabled, enabled = ids(settings.all_ignored), ids(settings.all_selected)
    return disabled - enabled, enabled - disabled


def _batches(segments: list[Segment], limit: int) -> Iterator[list[Segment]]:
    batch: list[Segment] = []
    size = 0
    for seg in segments:
        if batch and size + len(seg.text) > limit:
            yield batch
            batch, size = [], 0
        batch.append(seg)
        size += len(seg.text) + 2
    if batch:
        yield batch
