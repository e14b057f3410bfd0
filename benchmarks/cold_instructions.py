"""Where a cold ``copylint check`` of one article spends its machine instructions: every
module's import (its own code, the modules it imports counted apart) and the main phases
of the run, counted by Valgrind's callgrind, which the load of a shared machine does not
move (CPU milliseconds swing by a quarter there; see ``python -m benchmarks.cli_time``).

    python -m benchmarks.cold_instructions [--top 40] [FILE]

The child runs ``copylint check --no-color --no-cache -q FILE`` as the command line does
(``copylint.__main__``), with a marker call (``os.getppid``, on which callgrind dumps its
counts) on entering and leaving each module's execution and a few functions: the regex
cache warm-up, building the checks, each check's ``run`` (the first article: word data and
per-word memos made then are part of it), rendering the report. Instructions between two
markers go to the innermost module or function open then. About 30 s of CPU; the derived-
data cache is whatever ``$XDG_CACHE_HOME`` holds (warm after a first run, as cli_time's).
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.callgrind import dump_counts  # noqa: E402
from benchmarks.corpus import print_table  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "000_3a4d6e7c6f64c596.txt"
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

#: module -> functions marked when the module has been imported ("Class.method" for methods)
PROBES = {
    "copylint.regex_cache": ["warm"],
    "copylint.registry": ["create_checks"],
    "copylint.engine": ["Linter.lint"],
    "copylint.runner": ["run"],
    "copylint.reporters": ["render"],
    "click.core": ["Command.make_context"],
}

CHILD = r"""
import os, sys, functools, atexit
import _frozen_importlib as _bootstrap
mark, log = os.getppid, []
PROBES = json_probes
def _probe(label, fn, consume=False):
    @functools.wraps(fn)
    def probed(*args, **kwargs):
        log.append("+" + label); mark()
        try:
            out = fn(*args, **kwargs)
            return list(out) if consume else out
        finally:
            log.append("-" + label); mark()
    return probed
def _install(module):
    for name in PROBES.get(module.__name__, ()):
        owner, _, attr = name.rpartition(".")
        holder = getattr(module, owner) if owner else module
        if attr in vars(holder):
            setattr(holder, attr, _probe("call " + module.__name__ + "." + name, vars(holder)[attr]))
    if module.__name__.startswith("copylint.checks."):
        for value in list(vars(module).values()):
            if isinstance(value, type) and value.__module__ == module.__name__ and callable(vars(value).get("run")):
                value.run = _probe("run " + value.__name__, vars(value)["run"], consume=True)
_load = _bootstrap._load_unlocked
def _load_unlocked(spec):
    log.append("+import " + spec.name); mark()
    try:
        module = _load(spec)
        _install(module)
        return module
    finally:
        log.append("-import " + spec.name); mark()
_bootstrap._load_unlocked = _load_unlocked
LOG_PATH = sys.argv[1]
def _write():
    with open(LOG_PATH, "w") as fh:
        fh.write("\n".join(log))
atexit.register(_write)  # (the check ends in os._exit after running atexit's functions)
sys.argv = ["copylint", "check", "--no-color", "--no-cache", "-q", sys.argv[2]]
log.append("+main"); mark()
from copylint.__main__ import main
main()
"""



def measure(path: Path) -> tuple[dict[str, int], dict[str, int], dict[str, str]]:
    """(own instructions, inclusive instructions, parent) of every module and marked function."""
    with tempfile.TemporaryDirectory(prefix="copylint-cold-cg-") as tmp:
        folder, log_path = Path(tmp), Path(tmp) / "log.txt"
        path = Path(shutil.copy(path, tmp))  # a folder with no configuration above it, as cli_time's
        script = CHILD.replace("json_probes", json.dumps(PROBES))
        cmd = [sys.executable, "-c", script, str(log_path), str(path)]  # (run in a folder of its own)
        subprocess.run(cmd, capture_output=True, env=ENV, cwd=tmp, check=False)  # bytecode written, caches warm
        done = subprocess.run(["valgrind", "--tool=callgrind", "--dump-before=getppid",
                               f"--callgrind-out-file={folder / 'cg.out'}", *cmd],
                              capture_output=True, env=ENV, cwd=tmp, check=False)
        if done.returncode not in (0, 1) or not log_path.exists():
            sys.exit(f"cold_instructions: the child failed ({done.returncode}):\n{done.stderr.decode(errors='replace')[-2000:]}")
        events = log_path.read_text().split("\n")
        counts = dump_counts(folder, "cg.out*")
    own: collections.Counter[str] = collections.Counter()
    inclusive: collections.Counter[str] = collections.Counter()
    parent: dict[str, str] = {}
    stack = ["interpreter start-up (python -c pass does the same)"]
    own[stack[0]] += counts[0] if counts else 0
    for i, event in enumerate(events):
        n = counts[i + 1] if i + 1 < len(counts) else 0
        name = event[1:]
        if event.startswith("+"):
            parent.setdefault(name, stack[-1])
            stack.append(name)
        elif len(stack) > 1:
            stack.pop()
        own[stack[-1]] += n
        for open_name in set(stack[1:]):  # (the start-up's own count is before the first marker)
            inclusive[open_name] += n
    own["after the last marker (the report written, the exit)"] += sum(counts[len(events) + 1:])
    return dict(own), dict(inclusive), parent


def _group(name: str, parent: dict[str, str]) -> str:
    """The row of the summary a module's own instructions go to."""
    if not name.startswith("import "):
        return name if not name.startswith(("run ", "call ")) else "work: " + name
    chain = [name]
    while chain[-1] in parent:
        chain.append(parent[chain[-1]])
    module = name.removeprefix("import ")
    if module.startswith("copylint"):
        return "imports: copylint's own modules"
    if any(c.startswith("import click") for c in chain):
        return "imports: click and the standard library it imports"
    return "imports: other (standard library and third-party, imported by copylint)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("file", nargs="?", default=str(SAMPLE))
    parser.add_argument("--top", type=int, default=40, help="modules and functions listed by their own instructions")
    parser.add_argument("--probe", action="append", default=[], metavar="MODULE:FUNCTION",
                        help="also mark a function (FUNCTION may be Class.method), e.g. "
                             "copylint.grammar.tagging.model:Model.predict; may be repeated")
    opts = parser.parse_args()
    for probe in opts.probe:
        module, sep, function = probe.partition(":")
        if not sep or not module or not function:
            parser.error(f"--probe {probe!r}: write MODULE:FUNCTION")
        PROBES.setdefault(module, []).append(function)
    path = Path(opts.file).resolve()
    own, inclusive, parent = measure(path)
    total = sum(own.values())
    groups: collections.Counter[str] = collections.Counter()
    for name, n in own.items():
        groups[_group(name, parent)] += n
    print_table(["part", "instructions (millions)", "share"],
                [[g, f"{n / 1e6:.1f}", f"{n / total:.1%}"] for g, n in groups.most_common()]
                + [["total", f"{total / 1e6:.1f}", "100%"]],
                title=f"copylint check {path.name}: instructions by part (own instructions, callgrind)")
    copylint_modules = sum(1 for n in own if n.startswith("import copylint"))
    print()
    print_table(["module or function", "own (millions)", "inclusive (millions)", "entered from"],
                [[n, f"{c / 1e6:.2f}", f"{inclusive.get(n, c) / 1e6:.2f}", parent.get(n, "")]
                 for n, c in sorted(own.items(), key=lambda item: -item[1])[: opts.top]],
                title=f"the {opts.top} largest by their own instructions ({copylint_modules} copylint modules imported)")


if __name__ == "__main__":
    main()
