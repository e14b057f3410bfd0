"""The ``copylint check`` command line read without click, for the plain ones.

Importing click and building the ``check`` command (:mod:`copylint.commands.check`) costs a
one-article check about a sixth of its instructions (click imports ``inspect``, ``ast``,
``datetime``, ``uuid``; a short option such as ``-q`` is first looked up as a long one, whose
miss imports ``difflib`` to suggest close names). :func:`parse` reads a command line made of
the options below the way click's parser reads it, and converts their values as click's
types convert them, for the values whose conversion cannot fail or that it checks as click
does; anything else (``--help``, an unknown, abbreviated or combined option, a value click
would refuse or convert otherwise, shell completion, Windows' wildcard expansion) gives None,
and click reads the command line as ever, errors and all. ``tests/test_check_args.py`` holds
this table to the click command's parameters and the two parsers to the same answers.
"""

from __future__ import annotations

import os
import stat

from copylint.config import DIALECTS, FAIL_ON
from copylint.reporters import REPORTERS

#: kinds of value: a flag (True when given), a string, a choice among a tuple, a count, a path
#: (file_okay, dir_okay, writable), as the click command declares them
FLAG, TEXT, COUNT = "flag", "text", "count"

#: parameter name -> (option names, kind, multiple, default)
PARAMS: dict[str, tuple[tuple[str, ...], object, bool, object]] = {
    "fmt": (("--format",), tuple(sorted(REPORTERS)), False, "text"),
    "output": (("-o", "--output"), (True, False, True), False, None),
    "config": (("--config",), (True, False, False), False, None),
    "stdin_filename": (("--stdin-filename",), TEXT, False, None),
    "fail_on": (("--fail-on",), FAIL_ON, False, None),
    "ignore": (("--ignore", "--disable"), TEXT, True, ()),
    "extend_select": (("--extend-select", "--enable"), TEXT, True, ()),
    "select": (("--select",), TEXT, True, ()),
    "dialect": (("--dialect",), DIALECTS, False, None),
    "quiet": (("-q", "--quiet"), FLAG, False, False),
    "jobs": (("-j", "--jobs"), COUNT, False, 0),
    "input_format": (("--input-format",), ("files", "jsonl"), False, "files"),
    "no_cache": (("--no-cache",), FLAG, False, False),
    "cache_dir": (("--cache-dir",), (False, True, False), False, None),
    "diff_base": (("--diff-base",), TEXT, False, None),
    "baseline": (("--baseline",), (True, False, False), False, None),
    "fix": (("--fix",), FLAG, False, False),
    "diff": (("--diff",), FLAG, False, False),
    "add_words": (("--add-words",), (True, False, False), False, None),
    "show_settings": (("--show-settings",), FLAG, False, False),
    "statistics": (("--statistics",), FLAG, False, False),
    "show_fixes": (("--show-fixes",), FLAG, False, False),
    "force_exclude": (("--force-exclude",), FLAG, False, False),
}
#: ``--color/--no-color``: a flag with a value each way, None when neither is given
SWITCHES = {"--color": ("color", True), "--no-color": ("color", False)}
#: the ``paths`` argument: any number of click.Path() values
PATHS = (True, True, False)

_BY_OPTION = {option: name for name, (options, *_) in PARAMS.items() for option in options}


def parse(args: list[str]) -> dict[str, object] | None:
    """The ``check`` command's parameters for ``args`` (the words after ``check``), as click
    passes them to the command, or None when click must read them."""
    if os.name == "nt" or _completing():
        return None
    given: dict[str, object] = {}
    paths: list[str] = []
    rest = list(args)
    while rest:
        arg = rest.pop(0)
        if arg == "--":
            paths.extend(rest)
            break
        if arg[:1] != "-" or len(arg) == 1:
            paths.append(arg)
            continue
        option, equals, value = arg.partition("=")
        if option in SWITCHES:
            if equals:
                return None  # (a flag given a value: click's error)
            name, on = SWITCHES[option]
            given[name] = on
            continue
        if option.startswith("-") and not option.startswith("--") and (equals or len(option) != 2):
            return None  # (short options run together or with a value attached: click's reading)
        name = _BY_OPTION.get(option)
        if name is None:
            return None
        _, kind, multiple, _ = PARAMS[name]
        if kind == FLAG:
            if equals:
                return None
            given[name] = True
            continue
        if not equals:
            if not rest:
                return None  # (no value: click's error)
            value = rest.pop(0)
        converted = _convert(value, kind)
        if converted is None:
            return None
        if multiple:
            given[name] = (*given.get(name, ()), converted)  # type: ignore[misc]
        else:
            given[name] = converted
    if any(_convert(path, PATHS) is None for path in paths):
        return None
    params: dict[str, object] = {"paths": tuple(paths)}
    for name, (_, _, _, default) in PARAMS.items():
        params[name] = given.get(name, default)
    params["color"] = given.get("color")
    return params


def _convert(value: str, kind: object) -> object:
    """``value`` as click's type converts it, or None where click might refuse it or convert
    it otherwise (then click reads the command line)."""
    if kind == TEXT:
        return value
    if kind == COUNT:  # click.IntRange(min=0): int() of plain digits, no sign, spaces or other digits
        return int(value) if value.isascii() and value.isdigit() else None
    if type(kind) is tuple and type(kind[0]) is str:  # a choice: exactly one of them
        return value if value in kind else None
    file_okay, dir_okay, writable = kind  # type: ignore[misc]
    return value if _path_ok(value, file_okay, dir_okay, writable) else None


def _path_ok(path: str, file_okay: bool, dir_okay: bool, writable: bool) -> bool:
    """Whether click.Path (not required to exist, readable) takes ``path`` as it is."""
    if "\0" in path:
        return False
    try:
        st = os.stat(path)
    except OSError:
        return True  # (need not exist: click returns it as given)
    if (not file_okay and stat.S_ISREG(st.st_mode)) or (not dir_okay and stat.S_ISDIR(st.st_mode)):
        return False
    if not os.access(path, os.R_OK):
        return False
    return not (writable and not os.access(path, os.W_OK))


def _completing() -> bool:
    """Whether a shell asks click for completions (``_<PROG>_COMPLETE`` set)."""
    return any(k.startswith("_") and k.endswith("_COMPLETE") and v for k, v in os.environ.items())
