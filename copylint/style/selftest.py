"""Run the examples of every house-style rule a configuration loads, as the test suite does
for the shipped packs: ``python -m copylint.style.selftest [--config FILE]``.

Bad examples must raise exactly that rule at the ``[[marked]]`` spans, good ones nothing.
Prints one line per failing example; exit code 0 when all pass, 1 otherwise, 2 on a
configuration error.
"""

from __future__ import annotations

import sys

from copylint.config import discover_settings, load_config_file
from copylint.engine import Linter
from copylint.errors import CopylintError
from copylint.examples import run_example
from copylint.style.loader import RuleSet


def house_rules(linter: Linter) -> RuleSet:
    """The rule set of the linter's house-style check."""
    return next(c for c in linter.checks if type(c).__name__ == "HouseStyle").ruleset  # type: ignore[attr-defined]


def failures(linter: Linter) -> tuple[int, list[str]]:
    """(examples run, a line per failing example) over every house-style rule of ``linter``."""
    total, failed = 0, []
    for rule in house_rules(linter).rules:
        for bad, examples in ((True, rule.info.bad), (False, rule.info.good)):
            for example in examples:
                total += 1
                result = run_example(linter, rule.info, example, bad)
                if not result.ok:
                    failed.append(f"{rule.info.source}: {result.describe()}")
    return total, failed


def main(argv: list[str]) -> int:
    try:
        settings = load_config_file(argv[argv.index("--config") + 1]) if "--config" in argv else discover_settings()
        linter = Linter(settings)
    except CopylintError as exc:
        print(f"copylint: error: {exc}", file=sys.stderr)
        return 2
    total, failed = failures(linter)
    for line in failed:
        print(line)
    ruleset = house_rules(linter)
    print(f"{total - len(failed)} of {total} examples pass ({len(ruleset.rules)} rules, packs: {', '.join(ruleset.packs)})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
