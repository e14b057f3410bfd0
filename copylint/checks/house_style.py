"""House style: the rules of the YAML packs selected in ``[style] packs``.

The packs are loaded and compiled when the check is built (once per configuration per
process, see :func:`copylint.style.loader.load_rules`); each rule becomes a
:class:`~copylint.checks.base.RuleInfo` like any built-in rule, so ``copylint rules``,
``copylint explain`` and the example tests treat them alike.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator

from copylint.checks.base import Check, CheckContext, Finding
from copylint.document import Document
from copylint.errors import ConfigError

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from copylint.config import Settings
    from copylint.style.plan import RulePlan


class HouseStyle(Check):
    """Runs the house-style rule packs."""

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings)
        from copylint.style.loader import load_rules

        self.ruleset = load_rules(settings.style.all_packs, settings.style.paths)
        self.rules = tuple(rule.info for rule in self.ruleset.rules)
        self._plan: RulePlan | None = None  # made when first run (not for `copylint rules`)
        _refuse_code_rule_ids(self.ruleset)

    def run(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        from copylint.style.scopes import DocView

        if not any(rule.id in ctx.enabled for rule in self.ruleset.rules):
            return
        if self._plan is None:
            from copylint.style.plan import RulePlan

            self._plan = RulePlan(self.ruleset.rules)
        # (the rules that cannot find anything in this document are left out: see RulePlan)
        yield from self._plan.run(DocView(doc, self.ruleset.lexicon), ctx.enabled)


def _refuse_code_rule_ids(ruleset) -> None:  # type: ignore[no-untyped-def]
    """A pack rule may not take the id of a rule written in Python."""
    from copylint.registry import CHECKS

    taken: dict[str, str] = {}
    for module, name in CHECKS:
        if name == HouseStyle.__name__:
            continue
        cls = getattr(importlib.import_module(module), name)
        for info in getattr(cls, "rules", ()):
            taken[info.id] = module
        if cls.dynamic_prefix:
            taken[cls.dynamic_prefix] = module
    prefixes = [(p, m) for p, m in taken.items() if p.endswith(".")]  # (the dynamic ones, in the same order)
    for rule in ruleset.rules:
        clash = taken.get(rule.id) or next((m for p, m in prefixes if rule.id.startswith(p)), None)
        if clash:
            raise ConfigError(f"rule id '{rule.id}' is taken by a built-in rule ({clash}); choose another", rule.spec.path)
