"""The rule types, one module each; ``TYPES`` maps a rule file's ``type`` to its class."""

from __future__ import annotations

from copylint.style.rule import StyleRule
from copylint.style.ruletypes.capitalization import Capitalization
from copylint.style.ruletypes.conditional import Conditional
from copylint.style.ruletypes.consistency import Consistency
from copylint.style.ruletypes.existence import Existence
from copylint.style.ruletypes.metric import Metric
from copylint.style.ruletypes.occurrence import Occurrence
from copylint.style.ruletypes.repetition import Repetition
from copylint.style.ruletypes.substitution import Substitution

TYPES: dict[str, type[StyleRule]] = {
    "existence": Existence,
    "substitution": Substitution,
    "consistency": Consistency,
    "occurrence": Occurrence,
    "repetition": Repetition,
    "capitalization": Capitalization,
    "conditional": Conditional,
    "metric": Metric,
}
