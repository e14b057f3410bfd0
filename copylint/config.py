"""Configuration: ``[tool.copylint]`` in pyproject.toml or a ``.copylint.toml``.

Found by walking up from the linted path, or named with ``--config``. Keys may be
written with ``-`` or ``_`` (``fail-on`` = ``fail_on``). Every key is validated: an
unknown key or a bad value is a :class:`~copylint.errors.ConfigError` naming the
file, the line and the key.
"""

from __future__ import annotations

import fnmatch
import functools
import os
import re
from collections.abc import Callable, Iterable
from pathlib import Path

from copylint.errors import ConfigError
from copylint.issue import SEVERITIES
from copylint.records import field, fields, record, replace

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import Any

CONFIG_NAMES = (".copylint.toml", "pyproject.toml")
#: file names (globs, case-insensitive) that are never articles: skipped in folder walks
#: and by the pre-commit hook unless named on the command line; ``skip-files`` replaces
#: the list, ``extend-skip-files`` adds to it
DEFAULT_SKIP_FILES = (
    "requirements*.txt", "constraints*.txt", "license*", "licence*", "copying*", "notice*", "authors*",
    "contributors*", "changelog*", "robots.txt", "humans.txt",
    "security.txt", "codeowners*", "code_of_conduct*", "contributing*", "citation*", "manifest*.txt",
    "cmakelists.txt", "llms.txt", "ads.txt", "app-ads.txt",
)
DIALECTS = ("auto", "en-US", "en-GB")
FAIL_ON = ("error", "warning", "info", "never")
GRAMMAR_BACKENDS = ("builtin", "harper", "languagetool", "auto")


def _toml():  # noqa: ANN202 - the tomllib module
    """tomllib, imported when a configuration file is read (a run without one never pays for it)."""
    import tomllib

    return tomllib


@record(frozen=True)
class SpellingSettings:
    """The ``[spelling]`` table: extra word lists and inline words."""

    accept: tuple[str, ...] = ()  # word-list files (absolute paths once loaded)
    reject: tuple[str, ...] = ()
    words: tuple[str, ...] = ()  # words accepted inline in the config


@record(frozen=True)
class GrammarSettings:
    """The ``[grammar]`` table: which grammar backends run, and how."""

    backends: tuple[str, ...] = ("builtin",)
    languagetool_url: str | None = None
    languagetool_timeout: float = 30.0
    languagetool_language: str | None = None  # defaults from the dialect
    harper_rules: tuple[str, ...] = ()  # extra Harper rules to switch on beyond the news profile


@record(frozen=True)
class StyleSettings:
    """The ``[style]`` table: which house-style packs load."""

    packs: tuple[str, ...] = ("copylint",)  # replaces the default pack list (like ``select``)
    extend_packs: tuple[str, ...] = ()  # added to ``packs`` (like ``extend-select``)
    paths: tuple[str, ...] = ()  # extra folders holding user packs

    @property
    def all_packs(self) -> tuple[str, ...]:
        """The packs to load: ``packs`` then ``extend-packs``, each once."""
        return tuple(dict.fromkeys(self.packs + self.extend_packs))


@record(frozen=True)
class Selection:
    """One layer of rule selection, as in ruff: ``select`` (when given) replaces what the
    layers before chose, ``extend_select`` adds, ``ignore`` removes. Within a layer the most
    specific selector wins (an id beats a prefix, a longer prefix a shorter one, any prefix
    ``ALL``); on a tie ``ignore`` wins."""

    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    origin: str = ""  # where the layer came from, for messages and --show-settings

    def decide(self, rule: str, state: bool) -> bool:
        on = max((_specificity(sel, rule) for sel in (*(self.select or ()), *self.extend_select)), default=-1)
        off = max((_specificity(sel, rule) for sel in self.ignore), default=-1)
        if self.select is not None:
            return on >= 0 and on > off
        if on < 0 and off < 0:
            return state
        return on > off

    @property
    def empty(self) -> bool:
        return self.select is None and not self.extend_select and not self.ignore


@record(frozen=True)
class Override:
    """One ``[[overrides]]`` table: settings for the files it names."""

    files: tuple[str, ...]
    enable: tuple[str, ...] = ()  # extend-select
    disable: tuple[str, ...] = ()  # ignore
    severity: tuple[tuple[str, str], ...] = ()
    dialect: str | None = None
    select: tuple[str, ...] | None = None
    origin: str = ""  # "FILE:LINE" of the [[overrides]] table

    @property
    def selection(self) -> Selection:
        return Selection(self.select, self.enable, self.disable, self.origin)


@record(frozen=True)
class Settings:
    """The effective configuration of a run."""

    dialect: str = "auto"
    dialect_fallback: str = "en-US"  # with "auto", for a document with too little evidence
    select: tuple[str, ...] | None = None  # None: the rules that are on by default
    enable: tuple[str, ...] = ()  # extend-select (``enable`` is the older name)
    disable: tuple[str, ...] = ()  # ignore (``disable`` is the older name)
    severity: tuple[tuple[str, str], ...] = ()
    exclude: tuple[str, ...] = ()
    fail_on: str = "warning"
    max_file_size: int = 10_000_000  # bytes; larger files are skipped with an error
    overrides: tuple[Override, ...] = ()
    spelling: SpellingSettings = field(default_factory=SpellingSettings)
    grammar: GrammarSettings = field(default_factory=GrammarSettings)
    style: StyleSettings = field(default_factory=StyleSettings)
    root: str = "."  # the folder relative paths in the config are taken from
    source: str | None = None  # the config file, if any
    path_layers: tuple[Selection, ...] = ()  # from the overrides matching one file (for_path)
    cli: Selection | None = None  # the command line's --select/--extend-select/--ignore
    skip_files: tuple[str, ...] | None = None  # None: DEFAULT_SKIP_FILES
    extend_skip_files: tuple[str, ...] = ()
    #: where each value came from (key -> "FILE:LINE", "command line", ...); not compared
    origins: tuple[tuple[str, str], ...] = field(default=(), compare=False)

    # -- rule selection -------------------------------------------------------
    def for_path(self, path: str) -> Settings:
        """These settings with the per-glob overrides that match ``path`` applied."""
        if not self.overrides:
            return self
        rel = _relative(path, self.root)
        result = self
        for ov in self.overrides:
            if any(_glob_match(rel, pat) for pat in ov.files):
                result = replace(
                    result,
                    path_layers=result.path_layers + ((ov.selection,) if not ov.selection.empty else ()),
                    severity=result.severity + ov.severity,
                    dialect=ov.dialect or result.dialect,
                    origins=result.origins + ((("dialect", ov.origin),) if ov.dialect else ()),
                )
        return result

    @property
    def layers(self) -> tuple[Selection, ...]:
        """The selection layers in the order they apply: the configuration file, the
        overrides matching the file, the command line."""
        own = Selection(self.select, self.enable, self.disable, self.source or "configuration")
        return (own, *self.path_layers, *((self.cli,) if self.cli is not None else ()))

    def is_enabled(self, rule: str, default: bool) -> bool:
        """Whether ``rule`` (on by default or not) is selected, layer by layer."""
        state = default
        for layer in self.layers:
            state = layer.decide(rule, state)
        return state

    def enabled_ids(self, rules: Iterable[tuple[str, bool]]) -> frozenset[str]:
        """The ids of ``rules`` ((id, on by default) pairs) that :meth:`is_enabled` selects,
        with the layers made once (a layer that names no rule leaves every rule as it is)."""
        layers = [layer for layer in self.layers if not layer.empty]
        if not layers:
            return frozenset(rule for rule, default in rules if default)
        on = []
        for rule, state in rules:
            for layer in layers:
                state = layer.decide(rule, state)
            if state:
                on.append(rule)
        return frozenset(on)

    @property
    def all_selected(self) -> tuple[str, ...]:
        """Every selector that turns rules on, in any layer (to see what a user named)."""
        return tuple(s for layer in self.layers for s in (*(layer.select or ()), *layer.extend_select))

    @property
    def all_ignored(self) -> tuple[str, ...]:
        return tuple(s for layer in self.layers for s in layer.ignore)

    def only(self, rule: str) -> Settings:
        """These settings with exactly one rule on (for the rule examples)."""
        return replace(self, select=(rule,), enable=(), disable=(), severity=(), overrides=(),
                       path_layers=(), cli=None)

    def origin_of(self, key: str) -> str:
        return dict(self.origins).get(key, "default")

    # -- files that are not articles --------------------------------------------
    def skips_file(self, path: str) -> bool:
        """Whether ``path`` is a well-known non-article file (requirements.txt, LICENSE,
        CHANGELOG.md, robots.txt...) that folder walks and the hook leave out."""
        patterns = (DEFAULT_SKIP_FILES if self.skip_files is None else self.skip_files) + self.extend_skip_files
        return _any_pattern(patterns).match(os.path.basename(path).lower()) is not None

    def severity_for(self, rule: str, default: str) -> str:
        best, value = -1, default
        for sel, sev in self.severity:
            spec = _specificity(sel, rule)
            if spec >= 0 and spec >= best:
                best, value = spec, sev
        return value

    def is_excluded(self, path: str) -> bool:
        if not self.exclude:
            return False
        rel = _relative(path, self.root)
        parts = rel.split("/")
        for pat in self.exclude:
            if _glob_match(rel, pat) or any(fnmatch.fnmatchcase(p, pat) for p in parts):
                return True
        return False


@functools.lru_cache(maxsize=64)
def _any_pattern(patterns: tuple[str, ...]) -> re.Pattern[str]:
    """One regex for "the lowercased name matches one of these fnmatch patterns, any case"
    (compiled once per pattern list, not once per file)."""
    return re.compile("|".join(fnmatch.translate(os.path.normcase(p.lower())) for p in patterns) or "(?!)")


def _specificity(selector: str, rule: str) -> int:
    """How closely ``selector`` (an id, a prefix or ALL) names ``rule``; -1 for no match."""
    if selector == "ALL":
        return 0
    if rule == selector:
        return 1000
    if rule.startswith(selector + "."):
        return selector.count(".") + 1
    return -1


def _relative(path: str, root: str) -> str:
    try:
        rel = os.path.relpath(os.path.abspath(path), os.path.abspath(root))
    except ValueError:  # another drive
        rel = path
    return rel.replace(os.sep, "/")


def _glob_match(rel: str, pattern: str) -> bool:
    pattern = pattern.replace(os.sep, "/").removeprefix("./")
    if fnmatch.fnmatchcase(rel, pattern):
        return True
    if pattern.endswith("/**") and (rel + "/").startswith(pattern[:-2]):
        return True
    if pattern.startswith("**/"):
        return _glob_match(rel, pattern[3:]) or any(
            fnmatch.fnmatchcase("/".join(rel.split("/")[i:]), pattern[3:]) for i in range(len(rel.split("/")))
        )
    return False


# -- loading and validation ------------------------------------------------------

class _Validator:
    """Checks a parsed TOML table against the schema and reports the line of a bad key."""

    def __init__(self, path: str, text: str, prefix: str) -> None:
        self.path = path
        self.lines = text.splitlines()
        self.prefix = prefix  # "tool.copylint" or ""

    def line_of(self, table: str, key: str | None) -> int | None:
        header = f"{self.prefix}.{table}".strip(".") if table else self.prefix
        in_table = header == ""
        key_re = re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*=") if key else None
        for n, line in enumerate(self.lines, 1):
            m = re.match(r"^\s*\[\[?\s*([^\]]+?)\s*\]\]?", line)
            if m:
                name = m.group(1).replace('"', "").replace("'", "")
                in_table = name == header
                if in_table and key is None:
                    return n
                continue
            if in_table and key_re and key_re.match(line):
                return n
        if key_re:  # dotted or inline forms: first mention
            for n, line in enumerate(self.lines, 1):
                if re.search(rf"\b{re.escape(key)}\b", line):
                    return n
        return None

    def error(self, table: str, key: str | None, message: str) -> ConfigError:
        where = f"{table}.{key}" if table and key else (key or table)
        return ConfigError(f"{message} (key '{where}')" if where else message, self.path, self.line_of(table, key))


def _norm(key: str) -> str:
    return key.replace("-", "_")


def _str_list(v: _Validator, table: str, key: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
        raise v.error(table, key, "expected a string or a list of strings")
    return tuple(value)


def _choice(choices: Iterable[str]) -> Callable[[_Validator, str, str, Any], str]:
    options = tuple(choices)

    def check(v: _Validator, table: str, key: str, value: Any) -> str:
        if isinstance(value, str):
            for opt in options:
                if value.lower() == opt.lower():
                    return opt
        raise v.error(table, key, f"expected one of {', '.join(repr(o) for o in options)}, got {value!r}")

    return check


def _severity_map(v: _Validator, table: str, key: str, value: Any) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, dict):
        raise v.error(table, key, "expected a table of rule = severity")
    out = []
    for rule, sev in value.items():
        if sev not in SEVERITIES:
            raise v.error(f"{table}.{key}".strip("."), rule, f"severity must be one of {', '.join(SEVERITIES)}, got {sev!r}")
        out.append((rule, sev))
    return tuple(out)


def _url(v: _Validator, table: str, key: str, value: Any) -> str:
    if not isinstance(value, str) or not re.match(r"^https?://[^\s/]+", value):
        raise v.error(table, key, f"expected an http:// or https:// address, got {value!r}")
    return value.rstrip("/")


def _positive_number(v: _Validator, table: str, key: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        raise v.error(table, key, f"expected a positive number, got {value!r}")
    return float(value)


def _positive_int(v: _Validator, table: str, key: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise v.error(table, key, f"expected a positive whole number, got {value!r}")
    return value


def _str(v: _Validator, table: str, key: str, value: Any) -> str:
    if not isinstance(value, str):
        raise v.error(table, key, f"expected a string, got {value!r}")
    return value


def _backends(v: _Validator, table: str, key: str, value: Any) -> tuple[str, ...]:
    items = _str_list(v, table, key, value)
    choose = _choice(GRAMMAR_BACKENDS)
    return tuple(choose(v, table, key, x) for x in items)


def _selectors(v: _Validator, table: str, key: str, value: Any) -> tuple[str, ...]:
    items = _str_list(v, table, key, value)
    for item in items:
        if not item or item != item.strip() or any(c in item for c in " ,*?["):
            raise v.error(table, key, f"{item!r} is not a rule id or prefix (e.g. \"spelling\", \"style.repeated-word\", \"ALL\")")
    return items


#: older key names and the ones that replaced them (both keep working)
ALIASES = {"enable": "extend_select", "disable": "ignore"}

_TOP: dict[str, Callable[..., Any]] = {
    "dialect": _choice(DIALECTS),
    "dialect_fallback": _choice(DIALECTS[1:]),
    "select": _selectors,
    "extend_select": _selectors,
    "ignore": _selectors,
    "enable": _selectors,
    "disable": _selectors,
    "skip_files": _str_list,
    "extend_skip_files": _str_list,
    "severity": _severity_map,
    "exclude": _str_list,
    "fail_on": _choice(FAIL_ON),
    "max_file_size": _positive_int,
}
_SECTIONS: dict[str, tuple[type, dict[str, Callable[..., Any]]]] = {
    "spelling": (SpellingSettings, {"accept": _str_list, "reject": _str_list, "words": _str_list}),
    "grammar": (
        GrammarSettings,
        {
            "backends": _backends,
            "languagetool_url": _url,
            "languagetool_timeout": _positive_number,
            "languagetool_language": _str,
            "harper_rules": _str_list,
        },
    ),
    "style": (StyleSettings, {"packs": _str_list, "extend_packs": _str_list, "paths": _str_list}),
}
_OVERRIDE = {"files": _str_list, "select": _selectors, "extend_select": _selectors, "ignore": _selectors,
             "enable": _selectors, "disable": _selectors, "severity": _severity_map, "dialect": _choice(DIALECTS)}


def _merge_selection(data: dict[str, Any]) -> None:
    """``enable``/``disable`` are the older names of ``extend-select``/``ignore``: fold them in."""
    for old, new in ALIASES.items():
        if old in data:
            data[new] = data.get(new, ()) + data.pop(old)
    if "extend_select" in data:
        data["enable"] = data.pop("extend_select")
    if "ignore" in data:
        data["disable"] = data.pop("ignore")


def settings_from_table(table: dict[str, Any], path: str = "<config>", text: str = "", prefix: str = "", root: str = ".") -> Settings:
    """Validate a configuration table (the contents of ``[tool.copylint]``)."""
    v = _Validator(path, text, prefix)
    values: dict[str, Any] = {}
    origins: list[tuple[str, str]] = []

    def where(table_name: str, key: str | None) -> str:
        line = v.line_of(table_name, key)
        return f"{path}:{line}" if line else path

    for raw_key, value in table.items():
        key = _norm(raw_key)
        if key in _TOP:
            values[key] = _TOP[key](v, "", raw_key, value)
            origins.append((ALIASES.get(key, key), where("", raw_key)))
        elif key in _SECTIONS:
            cls, schema = _SECTIONS[key]
            if not isinstance(value, dict):
                raise v.error("", raw_key, "expected a table")
            section: dict[str, Any] = {}
            for sub_raw, sub_value in value.items():
                sub = _norm(sub_raw)
                if sub not in schema:
                    raise v.error(raw_key, sub_raw, f"unknown key; expected one of {', '.join(sorted(schema))}")
                section[sub] = schema[sub](v, raw_key, sub_raw, sub_value)
                origins.append((f"{key}.{sub}", where(raw_key, sub_raw)))
            values[key] = cls(**section)
        elif key == "overrides":
            if not isinstance(value, list) or not all(isinstance(x, dict) for x in value):
                raise v.error("", raw_key, "expected an array of tables ([[...overrides]])")
            overrides = []
            for n, item in enumerate(value):
                data: dict[str, Any] = {}
                for sub_raw, sub_value in item.items():
                    sub = _norm(sub_raw)
                    if sub not in _OVERRIDE:
                        raise v.error(raw_key, sub_raw, f"unknown key; expected one of {', '.join(sorted(_OVERRIDE))}")
                    data[sub] = _OVERRIDE[sub](v, raw_key, sub_raw, sub_value)
                if "files" not in data:
                    raise v.error(raw_key, None, "an override needs 'files'")
                _merge_selection(data)
                overrides.append(Override(**data, origin=f"[[overrides]] #{n + 1} (files = {list(data['files'])}) in {path}"))
            values["overrides"] = tuple(overrides)
        else:
            known = sorted(list(_TOP) + list(_SECTIONS) + ["overrides"])
            import difflib  # only for this message

            hint = difflib.get_close_matches(key, known, 1)
            raise v.error("", raw_key, f"unknown key{'; did you mean ' + repr(hint[0]) + '?' if hint else ''}; "
                          f"expected one of {', '.join(known)}")
    _merge_selection(values)
    settings = Settings(**values, root=root, source=path if path != "<config>" else None, origins=tuple(origins))
    settings = _resolve_files(settings)
    if "style" in values:
        _check_style(settings, v, next(k for k in table if _norm(k) == "style"))
    return settings


def _check_style(settings: Settings, v: _Validator, table: str) -> None:
    """Check the chosen pack names and folders now, against their keys (listing folders
    only: the rule files themselves are read, and reported by file and line, when the
    linter is built)."""
    from copylint.style.packs import PackError, available_packs

    try:
        packs = available_packs(settings.style.paths)
    except PackError as exc:
        raise v.error(table, exc.key, exc.message) from None
    for key, names in (("packs", settings.style.packs), ("extend-packs", settings.style.extend_packs)):
        for name in names:
            if name not in packs:
                key_used = next((k for k in (key, key.replace("-", "_")) if v.line_of(table, k)), key)
                raise v.error(table, key_used, f"unknown style pack '{name}'; available: {', '.join(sorted(packs))}")


def _resolve_files(settings: Settings) -> Settings:
    """Make word-list and pack paths absolute, relative to the config file's folder."""
    def absolute(paths: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(p if os.path.isabs(p) else os.path.normpath(os.path.join(settings.root, p)) for p in paths)

    spelling = replace(settings.spelling, accept=absolute(settings.spelling.accept), reject=absolute(settings.spelling.reject))
    style = replace(settings.style, paths=absolute(settings.style.paths))
    return replace(settings, spelling=spelling, style=style)


def load_config_file(path: str | os.PathLike[str]) -> Settings:
    """Load and validate one configuration file."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError("configuration file not found", str(p)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read configuration file: {exc}", str(p)) from None
    try:
        data = _toml().loads(text)
    except _toml().TOMLDecodeError as exc:
        m = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        line = int(m.group(1)) if m else None
        raise ConfigError(f"invalid TOML: {str(exc).split(' (at line')[0]}", str(p), line) from None
    root = str(p.parent.resolve())
    if p.name == "pyproject.toml":
        tool = data.get("tool", {})
        if not isinstance(tool, dict):
            raise ConfigError("[tool] must be a table (pyproject.toml keeps each tool's settings in a [tool.NAME] table)", str(p))
        table = tool.get("copylint")
        if table is None:
            return Settings(root=root, source=str(p))
        if not isinstance(table, dict):
            raise ConfigError("[tool.copylint] must be a table", str(p))
        return settings_from_table(table, str(p), text, "tool.copylint", root)
    return settings_from_table(data, str(p), text, "", root)


#: what a pyproject.toml must hold (unless it has a ``\u`` or ``\U`` escape) for its parsed
#: ``tool`` value to hold "copylint": a ``tool.copylint`` dotted key or table header (quotes
#: and spaces or tabs around the dot allowed), a ``[tool]`` table (whose keys are on the
#: lines after it), or a value given to ``tool`` (an inline table, a string, an array);
#: "tool" not right after a bare key's letter, digit, "_" or "-" (then the key is not "tool"). A
#: key cannot hold a line break or a comment, and only a ``\u``/``\U`` escape can spell a
#: letter, so a file without "copylint" or without one of these cannot hold the table: it
#: is not parsed (and tomllib, which imports ``typing``, not imported).
_MAY_HOLD_COPYLINT = re.compile(
    r"""(?<![A-Za-z0-9_-])tool["']?[ \t]*(?:\.[ \t]*["']?copylint|=)|\[[ \t]*["']?tool["']?[ \t]*\]""")


def _has_copylint_table(path: Path) -> bool:
    if path.name != "pyproject.toml":
        return True
    try:
        text = path.read_text(encoding="utf-8")
        if "\\u" not in text and "\\U" not in text and ("copylint" not in text or not _MAY_HOLD_COPYLINT.search(text)):
            return False  # (no such key, spelt out or escaped: tomllib not imported, the file not parsed)
        tool = _toml().loads(text).get("tool")
        return isinstance(tool, dict) and "copylint" in tool  # (``tool = 1`` is no table: no config)
    except (OSError, UnicodeDecodeError, _toml().TOMLDecodeError):
        return False


def find_config_file(start: str | os.PathLike[str]) -> Path | None:
    """The nearest .copylint.toml, or pyproject.toml with [tool.copylint], at or above ``start``."""
    here = Path(start).resolve()
    if not here.is_dir():
        here = here.parent
    for folder in (here, *here.parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file() and _has_copylint_table(candidate):
                return candidate
    return None


def discover_settings(start: str | os.PathLike[str] | None = None) -> Settings:
    """Settings from the configuration found above ``start`` (default: the current folder)."""
    found = find_config_file(start if start is not None else os.getcwd())
    if found is None:
        return Settings(root=os.getcwd())
    return load_config_file(found)


# -- the settings of each file ----------------------------------------------------

@record(frozen=True)
class CommandLine:
    """What the command line sets on top of every file's configuration."""

    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    dialect: str | None = None
    fail_on: str | None = None

    def apply(self, settings: Settings) -> Settings:
        changes: dict[str, Any] = {}
        origins: list[tuple[str, str]] = []
        layer = Selection(self.select, self.extend_select, self.ignore, "command line")
        if not layer.empty:
            changes["cli"] = layer
        if self.dialect:
            changes["dialect"] = self.dialect
            origins.append(("dialect", "command line (--dialect)"))
        if self.fail_on:
            changes["fail_on"] = self.fail_on
            origins.append(("fail_on", "command line (--fail-on)"))
        if not changes:
            return settings
        return replace(settings, **changes, origins=settings.origins + tuple(origins))


class SettingsResolver:
    """The settings of each file: the nearest configuration at or above it (or the one
    ``--config`` names, for every file), with the command line's options on top.

    Every entry point (CLI, pre-commit, API, archive mode) asks this for each file, so a
    file gets the same settings whatever else is linted with it and in whatever order.
    Configuration files are found and read once per folder and file.
    """

    def __init__(self, config: str | os.PathLike[str] | Settings | None = None,
                 command_line: CommandLine | None = None, cwd: str | None = None) -> None:
        self.command_line = command_line or CommandLine()
        self.cwd = cwd or os.getcwd()
        self._fixed: Settings | None = None
        if isinstance(config, Settings):
            self._fixed = self.command_line.apply(config)
        elif config is not None:
            self._fixed = self.command_line.apply(load_config_file(config))
        self._by_folder: dict[str, Settings] = {}
        self._by_file: dict[str | None, Settings] = {}
        self.force_exclude = False  # apply exclude/skip-files to files named explicitly too

    @property
    def fixed(self) -> Settings | None:
        """The one configuration every file gets (``--config``), if there is one."""
        return self._fixed

    def for_file(self, path: str | None) -> Settings:
        """Settings for the file (or folder) ``path``; None or '-' (stdin): the current folder's."""
        if self._fixed is not None:
            return self._fixed
        if path is None or path in ("-", "<stdin>", "<text>"):
            folder = self.cwd
        else:
            full = os.path.join(self.cwd, path)
            folder = full if os.path.isdir(full) else os.path.dirname(os.path.abspath(full))
        found = self._by_folder.get(folder)
        if found is None:
            config = find_config_file(folder)
            key = str(config) if config else None
            found = self._by_file.get(key)
            if found is None:
                base = load_config_file(config) if config else Settings(root=self.cwd)
                found = self._by_file[key] = self.command_line.apply(base)
            self._by_folder[folder] = found
        return found

    def is_excluded(self, path: str) -> bool:
        return self.for_file(path).is_excluded(path)

    def skips_file(self, path: str) -> bool:
        return self.for_file(path).skips_file(path)

    def all_settings(self) -> list[Settings]:
        """Every configuration resolved so far (for the rules a report describes)."""
        seen = ([self._fixed] if self._fixed is not None else []) + list(self._by_file.values())
        return list(dict.fromkeys(seen))


def describe_settings(settings: Settings, path: str) -> str:
    """``check --show-settings FILE``: every value that applies to ``path`` and where it came from."""
    eff = settings.for_path(path)
    rows: list[tuple[str, str, str]] = []

    def add(key: str, value: Any, origin_key: str | None = None) -> None:
        shown = key.replace("_", "-")
        rows.append((shown, _toml_value(value), eff.origin_of(origin_key or key)))

    add("dialect", eff.dialect)
    add("dialect_fallback", eff.dialect_fallback)
    add("fail_on", eff.fail_on)
    add("max_file_size", eff.max_file_size)
    add("exclude", list(eff.exclude))
    add("skip_files", list(DEFAULT_SKIP_FILES if eff.skip_files is None else eff.skip_files))
    add("extend_skip_files", list(eff.extend_skip_files))
    add("select", "(the rules on by default)" if eff.select is None else list(eff.select))
    add("extend_select", list(eff.enable))
    add("ignore", list(eff.disable))
    add("severity", dict(eff.severity))
    for section in (eff.spelling, eff.grammar, eff.style):
        name = {SpellingSettings: "spelling", GrammarSettings: "grammar", StyleSettings: "style"}[type(section)]
        for f in fields(section):
            add(f"{name}.{f.name}", getattr(section, f.name))
    out = [f"# Settings for {path}",
           f"# configuration file: {settings.source or 'none (defaults)'}"]
    for key, value, origin in rows:
        out.append(f"{key} = {value}  # {origin}")
    for layer in eff.layers[1:]:
        parts = []
        if layer.select is not None:
            parts.append(f"select = {_toml_value(list(layer.select))}")
        if layer.extend_select:
            parts.append(f"extend-select = {_toml_value(list(layer.extend_select))}")
        if layer.ignore:
            parts.append(f"ignore = {_toml_value(list(layer.ignore))}")
        out.append(f"# then {layer.origin}: {'; '.join(parts)}")
    return "\n".join(out) + "\n"


def _toml_value(value: Any) -> str:
    if isinstance(value, str):
        return value if value.startswith("(") else '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml_value(x) for x in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f'"{k}" = {_toml_value(v)}' for k, v in value.items()) + "}"
    if value is None:
        return "(not set)"
    return str(value)
