"""Which rules of a rule set can find anything in a document, from the shared passes.

A :data:`~copylint.style.rule.StyleRule.GATED` rule finds only matches of its literal tokens
and its patterns: in a document where the lexicon scan found none of its tokens and the
multi-pattern pass none of its patterns' gates (and none of its patterns is ungated), it finds
nothing. :class:`RulePlan` indexes the rules by gate and by token set once per rule set, so a
document costs a look-up per gate and token set found in it, not a test per rule: a pack of
hundreds of word-list rules, most of whose words an article does not hold, runs only the few
whose words are there.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from copylint.checks.base import Finding
    from copylint.style.rule import StyleRule
    from copylint.style.scopes import DocView


class RulePlan:
    """The rules of a rule set (in order), indexed by what they need to find anything."""

    def __init__(self, rules: Sequence[StyleRule]) -> None:
        self.rules = tuple(rules)
        self._always: list[int] = []  # rules that may find something anywhere (by index)
        self._by_gate: dict[int, list[int]] = {}
        self._by_tokens: dict[int, list[int]] = {}  # literal set id -> rules
        for k, rule in enumerate(self.rules):
            keys = rule.gate_keys()
            if keys is None or keys[2]:
                self._always.append(k)
                continue
            literal_ids, gates, _ = keys
            for gate in gates:
                self._by_gate.setdefault(gate, []).append(k)
            for set_id in literal_ids:
                self._by_tokens.setdefault(set_id, []).append(k)

    def may_find(self, view: DocView) -> list[StyleRule]:
        """The rules that may find something in ``view``'s document, in order (all of them
        when it is read without the multi-pattern pass)."""
        if view.multiscan is None or len(self._always) == len(self.rules):
            return list(self.rules)
        chosen = set(self._always)
        found = view.multipass()
        assert found is not None
        by_gate = self._by_gate
        for gate in found.gates.keys() & by_gate.keys():
            chosen.update(by_gate[gate])
        if self._by_tokens:
            by_tokens = self._by_tokens
            for set_id in view.sets_with_hits():
                chosen.update(by_tokens.get(set_id, ()))
        return [self.rules[k] for k in sorted(chosen)]

    def run(self, view: DocView, enabled: frozenset[str] | set[str]) -> Iterator[Finding]:
        """The findings of the enabled rules in ``view``'s document, rule by rule in order."""
        for rule in self.may_find(view):
            if rule.id in enabled:
                yield from rule.run(view)
