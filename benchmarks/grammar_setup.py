"""The set-up the grammar benchmarks share: the Wikinews articles parsed, a default linter
warmed on them (word data, tagger model), and its builtin grammar check with one check
context per article. Import it after the tree under test is first on ``sys.path``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass
class WarmGrammar:
    items: list[Any]  # the corpus articles (benchmarks.corpus.articles)
    linter: Any
    docs: list[Any]
    check: Any  # the linter's BuiltinGrammar
    ctxs: list[tuple[Any, Any]]  # (document, its CheckContext)


def warm_grammar() -> WarmGrammar:
    import copylint.checks.grammar as driver
    from benchmarks.corpus import articles
    from copylint.api import get_linter
    from copylint.checks.base import CheckContext
    from copylint.config import Settings
    from copylint.readers import parse

    items = articles()
    linter = get_linter(Settings())
    docs = [parse(a.text, f"{a.name}.txt", "txt") for a in items]
    for doc in docs:
        linter.lint(doc)  # warm up: word data, tagger model
    check = next(c for c in linter.checks if isinstance(c, driver.BuiltinGrammar))
    enabled = linter.enabled_rules(linter.settings)
    ctxs = [(doc, CheckContext(settings=linter.settings, doc=doc, enabled=enabled)) for doc in docs]
    return WarmGrammar(items, linter, docs, check, ctxs)
