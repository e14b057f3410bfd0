"""Validating rule files: every key known, every value of the right type, every error
naming the file and the line.

A rule file is one YAML mapping. :data:`COMMON` holds the keys every rule takes; each
rule type (``copylint/style/ruletypes/``) adds its own ``FIELDS``. Validators receive the
YAML node, so an error points at the exact line of the bad value.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from copylint.checks.base import Example
from copylint.errors import ConfigError
from copylint.issue import CATEGORIES, SEVERITIES
from copylint.records import field, record
from copylint.style.packs import shipped
from copylint.style.regexes import RegexError, compile_regex
from copylint.style.yamlsource import line_of, scalar_value

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import Any

    import yaml

RULE_TYPES = (
    "existence",
    "substitution",
    "consistency",
    "occurrence",
    "repetition",
    "capitalization",
    "conditional",
    "metric",
)
EXAMPLE_FORMATS = ("body", "txt", "md", "html")
CASE_MODES = ("smart", "insensitive", "sensitive")
_ID = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:\.[a-z][a-z0-9]*(?:-[a-z0-9]+)*)+$")


@record
class Src:
    """The file a node came from: turns a node into an error naming file and line."""

    path: str

    def error(self, node: yaml.Node | None, message: str) -> ConfigError:
        return ConfigError(message, self.path, line_of(node) if node is not None else None)

    @property
    def trusted(self) -> bool:
        """Shipped with copylint: its patterns run on Python's ``re``; a user's run on RE2."""
        return shipped(self.path)


if TYPE_CHECKING:
    Validator = Callable[[Src, "yaml.Node"], Any]


# -- value validators: (src, node) -> value ------------------------------------------


def _scalar(src: Src, node: yaml.Node, what: str) -> Any:
    import yaml  # (validating means a YAML file was read: the library is loaded)

    if not isinstance(node, yaml.ScalarNode):
        kind = "a list" if isinstance(node, yaml.SequenceNode) else "a mapping"
        raise src.error(node, f"expected {what}, got {kind}")
    return scalar_value(node, src.path)


def as_str(src: Src, node: yaml.Node) -> str:
    value = _scalar(src, node, "a string")
    if not isinstance(value, str):
        raise src.error(node, f"expected a string, got {value!r}; quote it")
    return value


def as_text(src: Src, node: yaml.Node) -> str:
    """A non-empty string."""
    value = as_str(src, node)
    if not value.strip():
        raise src.error(node, "expected a non-empty string")
    return value


def as_bool(src: Src, node: yaml.Node) -> bool:
    value = _scalar(src, node, "true or false")
    if not isinstance(value, bool):
        raise src.error(node, f"expected true or false, got {value!r}")
    return value


def as_number(src: Src, node: yaml.Node) -> float:
    value = _scalar(src, node, "a number")
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise src.error(node, f"expected a number, got {value!r}")
    return float(value)


def as_count(src: Src, node: yaml.Node) -> int:
    """A whole number >= 0."""
    value = _scalar(src, node, "a whole number")
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise src.error(node, f"expected a whole number (0 or more), got {value!r}")
    return value


def choice(options: Iterable[str]) -> Validator:
    opts = tuple(options)

    def check(src: Src, node: yaml.Node) -> str:
        value = _scalar(src, node, f"one of {', '.join(opts)}")
        if value not in opts:
            raise src.error(node, f"expected one of {', '.join(opts)}, got {value!r}")
        return value

    return check


def items(src: Src, node: yaml.Node, what: str = "a list") -> list[yaml.Node]:
    """The item nodes of a sequence (a single scalar counts as a list of one)."""
    import yaml

    if isinstance(node, yaml.ScalarNode):
        return [node]
    if not isinstance(node, yaml.SequenceNode):
        raise src.error(node, f"expected {what}, got a mapping")
    return list(node.value)


def str_list(src: Src, node: yaml.Node) -> tuple[str, ...]:
    values = tuple(as_text(src, n) for n in items(src, node, "a list of strings"))
    if not values:
        raise src.error(node, "expected at least one string")
    return values


def choice_list(options: Iterable[str]) -> Validator:
    one = choice(options)

    def check(src: Src, node: yaml.Node) -> tuple[str, ...]:
        values = tuple(one(src, n) for n in items(src, node))
        if not values:
            raise src.error(node, "expected at least one value")
        return values

    return check


def as_regex(src: Src, node: yaml.Node) -> str:
    """A pattern that compiles and is not refused (returned as text; compiled by the rule type)."""
    pattern = as_text(src, node)
    try:
        compile_regex(pattern, trusted=src.trusted)
    except RegexError as exc:
        raise src.error(node, str(exc)) from None
    return pattern


def regex_list(src: Src, node: yaml.Node) -> tuple[str, ...]:
    values = tuple(as_regex(src, n) for n in items(src, node, "a list of regular expressions"))
    if not values:
        raise src.error(node, "expected at least one regular expression")
    return values


def as_url(src: Src, node: yaml.Node) -> str:
    value = as_text(src, node)
    if not re.match(r"^https?://\S+$", value):
        raise src.error(node, f"expected an http:// or https:// address, got {value!r}")
    return value


def as_id(src: Src, node: yaml.Node) -> str:
    value = as_text(src, node)
    if not _ID.match(value):
        raise src.error(node, f"invalid rule id {value!r}: lower-case words joined by '-', "
                              "at least two parts separated by '.' (e.g. style.house.date-format)")
    return value


@record(frozen=True)
class Pairs:
    """An ordered mapping whose keys keep their nodes (for per-key errors)."""

    items: tuple[tuple[str, str, yaml.Node], ...]  # (key, value, key node)


def str_map(src: Src, node: yaml.Node) -> Pairs:
    """A mapping of strings to strings (values may be empty)."""
    entries = mapping(src, node, "a mapping of strings")
    if not entries:
        raise src.error(node, "expected at least one entry")
    out = []
    for key, (key_node, value_node) in entries.items():
        if not key.strip():
            raise src.error(key_node, "empty key")
        out.append((key, as_str(src, value_node), key_node))
    return Pairs(tuple(out))


def mapping(src: Src, node: yaml.Node, what: str = "a mapping") -> dict[str, tuple[yaml.Node, yaml.Node]]:
    """A mapping's entries by key, refusing non-string and duplicate keys."""
    import yaml

    if not isinstance(node, yaml.MappingNode):
        kind = "a list" if isinstance(node, yaml.SequenceNode) else "a single value"
        raise src.error(node, f"expected {what}, got {kind}")
    out: dict[str, tuple[yaml.Node, yaml.Node]] = {}
    for key_node, value_node in node.value:
        key = _scalar(src, key_node, "a key")
        if not isinstance(key, str):
            raise src.error(key_node, f"keys must be strings, got {key!r}; quote it")
        if key in out:
            raise src.error(key_node, f"duplicate key '{key}' (first on line {line_of(out[key][0])})")
        out[key] = (key_node, value_node)
    return out


# -- examples -------------------------------------------------------------------------

@record(frozen=True)
class Examples:
    bad: tuple[Example, ...]
    good: tuple[Example, ...]


def _example(src: Src, node: yaml.Node, bad: bool) -> Example:
    import yaml

    if isinstance(node, yaml.MappingNode):
        entries = mapping(src, node)
        allowed = {"text", "format", "dialect"}
        for key, (key_node, _) in entries.items():
            if key not in allowed:
                raise src.error(key_node, f"unknown key '{key}' in an example; expected one of {', '.join(sorted(allowed))}")
        if "text" not in entries:
            raise src.error(node, "an example mapping needs 'text'")
        text = as_text(src, entries["text"][1])
        fmt = choice(EXAMPLE_FORMATS)(src, entries["format"][1]) if "format" in entries else "body"
        dialect = choice(("en-US", "en-GB"))(src, entries["dialect"][1]) if "dialect" in entries else None
        example = Example(text, fmt, dialect)
    else:
        example = Example(as_text(src, node))
    if bad and not example.marked_spans():
        raise src.error(node, "a bad example must mark the flagged text with [[...]]")
    if not bad and example.marked_spans():
        raise src.error(node, "a good example must not contain [[...]] markers")
    return example


def as_examples(src: Src, node: yaml.Node) -> Examples:
    entries = mapping(src, node, "a mapping with 'bad' and 'good' lists")
    for key, (key_node, _) in entries.items():
        if key not in ("bad", "good"):
            raise src.error(key_node, f"unknown key '{key}' in examples; expected bad, good")
    out = {}
    for kind in ("bad", "good"):
        if kind not in entries:
            raise src.error(node, f"examples need a '{kind}' list with at least one example")
        nodes = items(src, entries[kind][1], f"a list of {kind} examples")
        if not nodes:
            raise src.error(entries[kind][1], f"examples need at least one '{kind}' example")
        out[kind] = tuple(_example(src, n, kind == "bad") for n in nodes)
    return Examples(out["bad"], out["good"])


# -- fields and specs -----------------------------------------------------------------

@record(frozen=True)
class Field:
    parse: Validator
    required: bool = False


def _scope_names() -> tuple[str, ...]:
    from copylint.style.scopes import SCOPE_NAMES

    return SCOPE_NAMES


def as_scope(src: Src, node: yaml.Node) -> tuple[str, ...]:
    return choice_list(_scope_names())(src, node)


#: Keys every rule takes (the rule type adds its own).
COMMON: dict[str, Field] = {
    "id": Field(as_id),
    "override": Field(as_id),
    "type": Field(choice(RULE_TYPES)),
    "summary": Field(as_text, required=True),
    "rationale": Field(as_text, required=True),
    "message": Field(as_text, required=True),
    "severity": Field(choice(SEVERITIES)),
    "category": Field(choice(CATEGORIES)),
    "scope": Field(as_scope),
    "link": Field(as_url),
    "enabled": Field(as_bool),
    "fix_safe": Field(as_bool),
    "examples": Field(as_examples, required=True),
}


@record
class Entry:
    """One key of a rule file, with its nodes and the file it came from."""

    src: Src
    key_node: yaml.Node
    value_node: yaml.Node


@record
class Spec:
    """A validated rule: values by key, and where each came from (for later errors)."""

    path: str  # the file that defines the rule (the overriding file, for an override)
    line: int
    values: dict[str, Any] = field(default_factory=dict)
    entries: dict[str, Entry] = field(default_factory=dict)

    def get(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)

    def has(self, key: str) -> bool:
        return key in self.values

    def error(self, key: str | None, message: str) -> ConfigError:
        entry = self.entries.get(key) if key else None
        if entry is None:
            return ConfigError(message, self.path, self.line)
        return entry.src.error(entry.value_node, message)

    def trusted(self, key: str) -> bool:
        """Whether ``key``'s value comes from a file shipped with copylint (see :attr:`Src.trusted`)."""
        entry = self.entries.get(key)
        return entry.src.trusted if entry is not None else shipped(self.path)

    def node(self, key: str) -> tuple[Src, yaml.Node]:
        entry = self.entries[key]
        return entry.src, entry.value_node


def raw_entries(src: Src, node: yaml.Node | None) -> dict[str, Entry]:
    """The top-level keys of a rule file, not yet validated."""
    if node is None:
        raise ConfigError("empty rule file", src.path)
    entries = mapping(src, node, "a rule (a mapping of keys)")
    return {key: Entry(src, key_node, value_node) for key, (key_node, value_node) in entries.items()}


def validate(path: str, line: int, entries: dict[str, Entry], fields: dict[str, Field]) -> Spec:
    """Check every key against ``fields`` (common + the type's) and parse its value."""
    spec = Spec(path, line)
    known = {**COMMON, **fields}
    for key, entry in entries.items():
        if key not in known:
            import difflib  # (only for an error message)

            close = difflib.get_close_matches(key, known, n=1)
            hint = f"did you mean '{close[0]}'? " if close else ""
            raise entry.src.error(entry.key_node, f"unknown key '{key}'; {hint}expected one of {', '.join(sorted(known))}")
        spec.values[key] = known[key].parse(entry.src, entry.value_node)
        spec.entries[key] = entry
    for key, f in known.items():
        if f.required and key not in spec.values:
            raise ConfigError(f"missing required key '{key}'", path, line)
    return spec
