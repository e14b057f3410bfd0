"""The child process of ``python -m benchmarks.cli_time --phases``: CPU ms of each phase of a
cold default check of one article, as one JSON line. Run as a script (``python
benchmarks/cold_phases.py FILE``) so that nothing but the standard library is imported
before copylint: the first phase is the interpreter's own start-up, the second this
script's argument parsing (argparse, which imports gettext before click does: not
copylint's, and left out of cli_time's sum).
"""

import time

START_CPU = time.process_time()  # the interpreter and site, before this line

import importlib  # noqa: E402
import importlib.util  # noqa: E402
import json  # noqa: E402
from pathlib import Path  # noqa: E402

ARGUMENTS_PHASE = "this script's argument parsing (argparse; not copylint's)"


def parse_args(argv: list[str] | None = None) -> Path:
    """The article to check (``--help`` prints the usage; a missing or unreadable file is an
    error message, not a traceback)."""
    import argparse

    parser = argparse.ArgumentParser(
        prog="cold_phases.py", description="CPU ms of each phase of a cold default check of one article, "
        "printed as one JSON line (the child of python -m benchmarks.cli_time --phases).")
    parser.add_argument("file", type=Path, help="the article (.txt) to check")
    opts = parser.parse_args(argv)
    if not opts.file.is_file():
        parser.error(f"{opts.file}: no such file")
    return opts.file


def main(path: Path, argument_cpu: float = 0.0) -> None:
    clock = time.process_time
    phases: dict[str, float] = {"interpreter and site (python -c pass does this too)": START_CPU * 1000,
                                ARGUMENTS_PHASE: argument_cpu * 1000}
    spread = _spread_costs(clock)

    def phase(name: str, fn):  # type: ignore[no-untyped-def]
        start = clock()
        value = fn()
        phases[name] = (clock() - start) * 1000
        return value

    # as the command line does first (copylint.__main__): stored regex programs into re's cache
    # (a tree from before the cache has none: cli_time --phases --against runs this script there
    # too, and an editable install's finder would lend it this tree's module)
    package = importlib.util.find_spec("copylint")  # (imports nothing)
    if package is not None and package.origin and (Path(package.origin).parent / "regex_cache.py").is_file():
        phase("compiled-pattern cache (copylint.regex_cache.warm)",
              lambda: importlib.import_module("copylint.regex_cache").warm())
    # (a tree that reads a plain check's command line without click imports the command's
    # reader and body, not its click declaration: copylint.commands.check_args)
    plain = (Path(package.origin).parent / "commands" / "check_args.py").is_file() if package and package.origin else False
    phase("import copylint and the CLI" + ("" if plain else " (click)"), lambda: importlib.import_module("copylint.cli"))
    phase("import the check command (config, runner, gate, reporters)",
          lambda: [importlib.import_module(m) for m in (("copylint.commands.check_args", "copylint.commands.check_run")
                                                        if plain else ("copylint.commands.check",))])
    phase("import the engine and the check registry (check base, tokens)", lambda: importlib.import_module("copylint.engine"))
    from copylint.registry import CHECKS

    for module, _ in CHECKS:
        phase(f"import {module}", lambda module=module: importlib.import_module(module))
    from copylint.config import Settings
    from copylint.engine import Linter

    linter = phase("build the checks (house-style rules loaded and compiled)", lambda: Linter(Settings()))
    from copylint.grammar import lexicon
    from copylint.grammar.tagging.model import model
    from copylint.readers import parse
    from copylint.spelling.store import load_lexicon

    phase("spelling lexicon (key and check from the stamp; mapped)", load_lexicon)
    phase("tagger model (packed copy in the derived-data cache, mapped)", model)
    phase("grammar word tables (hashed tables)", lambda: (lexicon._verbs(), lexicon._words()))
    text = path.read_text(encoding="utf-8")
    doc = phase("parse the article", lambda: parse(text, path.name, "txt"))
    per_check: dict[str, list[float]] = {}
    for check in linter.checks:  # each check's own CPU, first lint and second
        check.run = _timed(check.run, per_check.setdefault(type(check).__name__, []), clock)  # type: ignore[method-assign]
    phase("first lint (the rest of first use: patterns, word lists)", lambda: linter.lint(doc))
    phase("second lint of the same article (the steady state)", lambda: linter.lint(parse(text, path.name, "txt")))
    for name, (first, second, *_) in ((n, [*t, 0.0, 0.0]) for n, t in per_check.items()):
        phases[f"first-use work in {name} (its first lint minus its second)"] = first - second
    for name, (count, cpu) in spread.items():
        phases[f"spread over the phases above: {name} ({count})"] = cpu * 1000
    print(json.dumps(phases))


def _spread_costs(clock):  # type: ignore[no-untyped-def]
    """Costs spread over every phase, totalled: classes made by ``dataclasses`` (the
    methods it writes are compiled one by one; copylint.records makes most of them without),
    Python source compiled while running (``exec``, ``eval`` and ``compile`` of text: a
    record's ``__init__`` on its first instance, ``typing.NamedTuple`` field annotations,
    ``namedtuple``'s ``__new__``), and patterns ``re`` compiled (those not found in its
    cache, which copylint.regex_cache warms)."""
    import builtins
    import dataclasses
    import re

    totals = {"dataclasses made": [0, 0.0], "Python source compiled at run time": [0, 0.0],
              "regex patterns compiled": [0, 0.0]}

    def counted(fn, total):  # type: ignore[no-untyped-def]
        def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
            start = clock()
            try:
                return fn(*args, **kwargs)
            finally:
                total[0] += 1
                total[1] += clock() - start
        return wrapper

    dataclasses._process_class = counted(dataclasses._process_class, totals["dataclasses made"])  # type: ignore[attr-defined]
    re._compiler.compile = counted(re._compiler.compile, totals["regex patterns compiled"])  # type: ignore[attr-defined]
    source = totals["Python source compiled at run time"]
    for name in ("exec", "eval", "compile"):
        real = getattr(builtins, name)
        timed = counted(real, source)
        setattr(builtins, name, lambda text, *args, _real=real, _timed=timed, **kwargs:
                (_timed if isinstance(text, (str, bytes)) else _real)(text, *args, **kwargs))
    return totals


def _timed(run, into: list[float], clock):  # type: ignore[no-untyped-def]
    def timed(doc, ctx):  # type: ignore[no-untyped-def]
        start = clock()
        out = list(run(doc, ctx))
        into.append((clock() - start) * 1000)
        return out

    return timed


if __name__ == "__main__":
    _start = time.process_time()
    _path = parse_args()
    main(_path, time.process_time() - _start)
