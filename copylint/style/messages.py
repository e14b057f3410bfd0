"""Alert messages with fields: ``"Use {suggestion}, not {match}"``.

A template may use only the fields its rule type provides; ``{{`` and ``}}`` stand for
literal braces. Templates are checked when the rule is loaded.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from copylint.charnames import describe
from copylint.records import record

_PART = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")


@record(frozen=True)
class Template:
    text: str

    def render(self, **values: object) -> str:
        def sub(m: re.Match[str]) -> str:
            token = m.group()
            if token in ("{{", "}}"):
                return token[0]
            value = str(values.get(m.group(1) or "", token))
            return describe(value) or value if len(value) == 1 else value  # "curly apostrophe ’", not "’"

        return _PART.sub(sub, self.text)


def template(text: str, fields: Iterable[str]) -> Template:
    """Check ``text`` against the allowed ``fields``; raise ValueError with the reason."""
    allowed = tuple(fields)
    for m in _PART.finditer(text):
        token = m.group()
        if token in ("{{", "}}"):
            continue
        if token in ("{", "}"):
            raise ValueError(f"unbalanced brace in message (write {{{{ or }}}} for a literal brace): {text!r}")
        name = m.group(1)
        if name not in allowed:
            raise ValueError(f"unknown field {{{name}}} in message; this rule type provides "
                             f"{', '.join('{' + f + '}' for f in allowed) or 'no fields'}")
    return Template(text)
