"""Harper's rules as copylint findings: ``harper.<RuleName>``, with a measured news profile."""

from __future__ import annotations

from copylint.backends import BackendUnavailable, backend_mode
from copylint.backends.check import BackendCheck
from copylint.checks.base import CheckContext, Finding, RuleInfo
from copylint.document import Document
from copylint.errors import ConfigError

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from copylint.backends import Mode
    from copylint.config import Settings

PREFIX = "harper."
_SPELLING_KINDS = frozenset({"Spelling", "Typo"})
_STYLE_KINDS = frozenset({"Enhancement", "Readability", "Redundancy", "Style", "WordChoice", "Formatting", "Regionalism"})

BACKEND_INFO = RuleInfo(
    id="harper",
    category="grammar",
    severity="warning",
    summary="Harper's offline grammar rules (harper.<RuleName>), news profile on by default.",
    rationale=(
        "Harper is an offline grammar checker (Rust, through harper-py): no Java, no server, no "
        "network, so it runs in CI and pre-commit. copylint lints each article's prose as plain "
        "text in one call, with Harper's spell checker off (copylint owns spelling). Of Harper's "
        "rules, only the news profile is on by default: the rules that raised no false alarm on "
        "the Wikinews corpus of published copy (benchmarks/harper_profile.py measures them); the "
        "others stay available by id (enable = [\"harper.RuleName\"] or grammar.harper_rules). "
        "Harper is opt-in: grammar.backends = [\"builtin\", \"harper\"] (pip install "
        "'copylint[harper]'), because its cost per 1,000 words is above copylint's default budget."
    ),
    link="https://writewithharper.com/docs/rules",
)


def copylint_category(kind: str) -> str:
    """copylint's category for a Harper lint kind."""
    if kind in _SPELLING_KINDS:
        return "spelling"
    if kind in _STYLE_KINDS:
        return "style"
    return "grammar"


def rule_info_for(rule_id: str, kind: str | None = None, description: str | None = None,
                  default_enabled: bool = False) -> RuleInfo:
    name = rule_id[len(PREFIX):]
    category = copylint_category(kind) if kind else "grammar"
    summary = (description or f"Harper rule {name}").strip().splitlines()[0]
    return RuleInfo(
        id=rule_id,
        category=category,
        severity="info" if category == "style" else "warning",
        summary=f"{summary} (Harper)",
        rationale=(
            f"Harper's rule {name}"
            + (f" ({kind})" if kind else "")
            + (". It is in copylint's news profile: it raised no false alarm on published copy."
               if default_enabled else
               ". It is off by default in copylint: it is noisy on published copy or unmeasured; "
               "enable it by id.")
        ),
        default_enabled=default_enabled,
        link="https://writewithharper.com/docs/rules",
    )


class HarperCheck(BackendCheck):
    """Harper's offline grammar rules, news profile (grammar.backends = harper)."""

    dynamic_prefix = PREFIX
    backend, label = "harper", "Harper"

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings)
        self._kinds: dict[str, str] = {}  # rule -> Harper's lint kind, as seen in this run
        self._infos: dict[str, RuleInfo] = {}
        self._rule_sets: dict[Settings, frozenset[str]] = {}

    # -- rules -----------------------------------------------------------------------
    def _defaults(self) -> frozenset[str]:
        from copylint.backends.harper import default_rules

        return default_rules() | frozenset(self.settings.grammar.harper_rules)

    def rule_info(self, rule: str) -> RuleInfo | None:
        if rule in ("harper", PREFIX, PREFIX + "*"):
            return BACKEND_INFO
        info = self._infos.get(rule)
        if info is None:
            from copylint.backends.harper import news_profile

            name = rule[len(PREFIX):]
            measured = news_profile()["rules"].get(name)
            if measured is None and rule not in self._kinds:
                return None  # not a Harper rule (of the measured release, nor seen in this run)
            measured = measured or {}
            kind = self._kinds.get(rule) or measured.get("kind")
            info = self._infos[rule] = rule_info_for(rule, kind, measured.get("description"), name in self._defaults())
        return info

    def listed_rules(self) -> list[RuleInfo]:
        """The news-profile rules, for ``copylint rules``."""
        return [info for name in sorted(self._defaults()) if (info := self.rule_info(PREFIX + name))]

    def _rules_for(self, settings: Settings, available: tuple[str, ...]) -> frozenset[str]:
        found = self._rule_sets.get(settings)
        if found is not None:
            return found
        from copylint.backends.harper import SPELLING_RULES

        unknown = sorted(set(self.settings.grammar.harper_rules) - set(available))
        if unknown:
            raise ConfigError(
                f"unknown Harper rule {unknown[0]!r} in grammar.harper_rules; `copylint explain harper` "
                "says where Harper's rules are listed", self.settings.source)
        defaults = self._defaults()
        on = frozenset(
            name for name in available
            if settings.is_enabled(PREFIX + name, name in defaults)
            and (name not in SPELLING_RULES or PREFIX + name in settings.all_selected)
        )
        self._rule_sets[settings] = on
        return on

    # -- checking --------------------------------------------------------------------
    def select(self, settings: Settings) -> Mode | None:
        """``auto`` includes Harper only when the measured news profile fits the budget."""
        mode = backend_mode(settings, "harper")
        if mode == "auto":
            from copylint.backends.harper import news_profile

            if not news_profile().get("fits_default_budget", False):
                return None
        return mode

    def run(self, doc: Document, ctx: CheckContext) -> list[Finding]:
        segments = self.prose(doc)
        if not segments:
            return []
        from copylint.backends.harper import engine

        try:
            harper = engine(ctx.dialect)
        except BackendUnavailable as exc:
            self.unavailable(exc)
            return []
        rules = self._rules_for(ctx.settings, harper.all_rules)
        from copylint.backends.joined import JoinedProse  # (only a run with Harper imports it)

        joined = JoinedProse.build(segments)
        lints = harper.lint(joined.text, rules)
        for lint in lints:
            rule = PREFIX + lint.rule
            if rule not in self._kinds:
                self._kinds[rule] = lint.kind
                self._infos.pop(rule, None)  # its category comes from the kind
        return self.findings(joined, ((x.start, x.end, PREFIX + x.rule, x.message, x.suggestions) for x in lints))
