"""Configuration: ``[tool.copylint]`` in pyproject.toml or a ``.copylint.toml``.

Found by walking up from the linted path, or named with ``--config``. Keys may be
written with ``-`` or ``_`` (``fail-on`` = ``fail_on``). Every key is validated: an
unknown key or a bad value is a :class:`~copylint.errors.ConfigError` naming the
file, the line and the key.
"""

from __future__ import annotations

import fnmatch
import os
import re
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from copylint.errors import ConfigError
from copylint.issue import SEVERITIES

CONFIG_NAMES = (".copylint.toml", "pyproject.toml")
DIALECTS = ("auto", "en-US", "en-GB")
FAIL_ON = ("error", "warning", "info", "never")
GRAMMAR_BACKENDS = ("builtin", "harper", "languagetool", "auto")


@dataclass(frozen=True)
class SpellingSettings:
    accept: tuple[str, ...] = ()  # word-list files (absolute paths once loaded)
    reject: tuple[str, ...] = ()
    words: tuple[str, ...] = ()  # words accepted inline in the config


@dataclass(frozen=True)
class GrammarSettings:
    backends: tuple[str, ...] = ("builtin",)
    languagetool_url: str | None = None
    languagetool_timeout: float = 30.0
    languagetool_language: str | None = None  # defaults from the dialect
    harper_rules: tuple[str, ...] = ()  # extra Harper rules to switch on beyond the news profile


@dataclass(frozen=True)
class StyleSettings:
    packs: tuple[str, ...] = ("copylint",)
    paths: tuple[str, ...] = ()  # extra folders holding user packs


@dataclass(frozen=True)
class Override:
    files: tuple[str, ...]
    enable: tuple[str, ...] = ()
    disable: tuple[str, ...] = ()
    severity: tuple[tuple[str, str], ...] = ()
    dialect: str | None = None


@dataclass(frozen=True)
class Settings:
    """The effective configuration of a run."""

    dialect: str = "auto"
    dialect_fallback: str = "en-US"  # with "auto", for a document with too little evidence
    enable: tuple[str, ...] = ()
    disable: tuple[str, ...] = ()
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

    # -- rule selection -------------------------------------------------------
    def for_path(self, path: str) -> Settings:
        """These settings with the per-glob overrides that match ``path`` applied."""
        rel = _relative(path, self.root)
        result = self
        for ov in self.overrides:
            if any(_glob_match(rel, pat) for pat in ov.files):
                result = replace(
                    result,
                    enable=result.enable + ov.enable,
                    disable=result.disable + ov.disable,
                    severity=result.severity + ov.severity,
                    dialect=ov.dialect or result.dialect,
                )
        return result

    def is_enabled(self, rule: str, default: bool) -> bool:
        """Most specific selector wins; on a tie, disable wins."""
        best_on = max((_specificity(sel, rule) for sel in self.enable), default=-1)
        best_off = max((_specificity(sel, rule) for sel in self.disable), default=-1)
        if best_on < 0 and best_off < 0:
            return default
        return best_on > best_off

    def severity_for(self, rule: str, default: str) -> str:
        best, value = -1, default
        for sel, sev in self.severity:
            spec = _specificity(sel, rule)
            if spec >= 0 and spec >= best:
                best, value = spec, sev
        return value

    def is_excluded(self, path: str) -> bool:
        rel = _relative(path, self.root)
        parts = rel.split("/")
        for pat in self.exclude:
            if _glob_match(rel, pat) or any(fnmatch.fnmatchcase(p, pat) for p in parts):
                return True
        return False


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


_TOP: dict[str, Callable[..., Any]] = {
    "dialect": _choice(DIALECTS),
    "dialect_fallback": _choice(DIALECTS[1:]),
    "enable": _str_list,
    "disable": _str_list,
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
    "style": (StyleSettings, {"packs": _str_list, "paths": _str_list}),
}
_OVERRIDE = {"files": _str_list, "enable": _str_list, "disable": _str_list, "severity": _severity_map, "dialect": _choice(DIALECTS)}


def settings_from_table(table: dict[str, Any], path: str = "<config>", text: str = "", prefix: str = "", root: str = ".") -> Settings:
    """Validate a configuration table (the contents of ``[tool.copylint]``)."""
    v = _Validator(path, text, prefix)
    values: dict[str, Any] = {}
    for raw_key, value in table.items():
        key = _norm(raw_key)
        if key in _TOP:
            values[key] = _TOP[key](v, "", raw_key, value)
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
            values[key] = cls(**section)
        elif key == "overrides":
            if not isinstance(value, list) or not all(isinstance(x, dict) for x in value):
                raise v.error("", raw_key, "expected an array of tables ([[...overrides]])")
            overrides = []
            for item in value:
                data: dict[str, Any] = {}
                for sub_raw, sub_value in item.items():
                    sub = _norm(sub_raw)
                    if sub not in _OVERRIDE:
                        raise v.error(raw_key, sub_raw, f"unknown key; expected one of {', '.join(sorted(_OVERRIDE))}")
                    data[sub] = _OVERRIDE[sub](v, raw_key, sub_raw, sub_value)
                if "files" not in data:
                    raise v.error(raw_key, None, "an override needs 'files'")
                overrides.append(Override(**data))
            values["overrides"] = tuple(overrides)
        else:
            known = sorted(list(_TOP) + list(_SECTIONS) + ["overrides"])
            raise v.error("", raw_key, f"unknown key; expected one of {', '.join(known)}")
    settings = Settings(**values, root=root, source=path if path != "<config>" else None)
    settings = _resolve_files(settings)
    if "style" in values:
        _check_style(settings, v, next(k for k in table if _norm(k) == "style"))
    return settings


def _check_style(settings: Settings, v: _Validator, table: str) -> None:
    """Load the chosen style packs now, so a bad pack name or folder is reported against its
    key, and a bad rule file by its own file and line, before any article is read."""
    from copylint.style.loader import load_rules
    from copylint.style.packs import PackError

    try:
        load_rules(settings.style.packs, settings.style.paths)
    except PackError as exc:
        raise v.error(table, exc.key, exc.message) from None


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
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        line = int(m.group(1)) if m else None
        raise ConfigError(f"invalid TOML: {str(exc).split(' (at line')[0]}", str(p), line) from None
    root = str(p.parent.resolve())
    if p.name == "pyproject.toml":
        table = data.get("tool", {}).get("copylint")
        if table is None:
            return Settings(root=root, source=str(p))
        if not isinstance(table, dict):
            raise ConfigError("[tool.copylint] must be a table", str(p))
        return settings_from_table(table, str(p), text, "tool.copylint", root)
    return settings_from_table(data, str(p), text, "", root)


def _has_copylint_table(path: Path) -> bool:
    if path.name != "pyproject.toml":
        return True
    try:
        return "copylint" in tomllib.loads(path.read_text(encoding="utf-8")).get("tool", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
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
