"""Another commit of this repository, checked out for a same-run comparison.

    with checkouts(["ff3d429"]) as trees:  # {"this tree": ROOT, "ff3d429": Path(...)}
        ...

Each ref is a temporary ``git worktree`` (removed afterwards); run its copylint with
``env_for(tree)`` (``PYTHONPATH`` first, so it wins over the installed copylint).

``compiled=True`` (or ``COPYLINT_BENCH_COMPILED=1`` in the environment; the speed benchmarks'
``--compiled``) measures trees as ``pip install .`` builds them: this tree is copied (its
working files, uncommitted changes included) and every tree's hot modules are compiled in
place with mypyc (``setup.py build_ext --inplace``; see ``copylint/native.py``), so
``trees[THIS]`` is then the compiled copy, not this checkout. Needs mypy (the test extra).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
THIS = "this tree"
#: what a clean copy of a tree leaves out: git, environments, caches, earlier builds
CLEAN_COPY = shutil.ignore_patterns(".git", ".venv", ".ci-venv", ".cvenv", ".cache", "build", "__pycache__", "*.so",
                                    ".hypothesis", ".pytest_cache")


def compiled_wanted() -> bool:
    return os.environ.get("COPYLINT_BENCH_COMPILED") == "1"


def _build_in_place(tree: Path) -> None:
    """Compile ``tree``'s hot modules next to their sources (a tree without any builds nothing)."""
    env = dict(os.environ, COPYLINT_REQUIRE_COMPILED="1")
    env.pop("COPYLINT_PURE_PYTHON", None)
    done = subprocess.run([sys.executable, "setup.py", "-q", "build_ext", "--inplace"], cwd=tree, env=env,
                          capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"{tree}: compiling its hot modules failed:\n{done.stderr[-3000:]}")


@contextmanager
def checkouts(refs: list[str], compiled: bool | None = None) -> Iterator[dict[str, Path]]:
    compiled = compiled_wanted() if compiled is None else compiled
    trees = {THIS: ROOT}
    with tempfile.TemporaryDirectory(prefix="copylint-ref-") as tmp:
        try:
            for ref in refs:
                target = Path(tmp) / ref.replace("/", "_")
                subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-f", str(target), ref],
                               check=True, capture_output=True)
                trees[ref] = target
            if compiled:
                copy = Path(tmp) / "this-tree"
                shutil.copytree(ROOT, copy, ignore=CLEAN_COPY)
                trees[THIS] = copy
                for tree in trees.values():
                    _build_in_place(tree)
            yield trees
        finally:
            for name, tree in trees.items():
                if name != THIS:
                    subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)],
                                   capture_output=True, check=False)


def env_for(tree: Path, base: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ if base is None else base)
    env["PYTHONPATH"] = str(tree) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def interleaved_children(script: str, refs: list[str], runs: int, *child_args: str) -> dict[str, list[Any]]:
    """Run ``script --child TREE *child_args`` in this tree and each ref's, ``runs`` times
    (at least once), one run of each tree at a time; each tree's name maps to the JSON
    every run printed on its last line. A failed child stops the benchmark with its error."""
    results: dict[str, list[Any]] = {}
    with checkouts(refs) as trees:
        for _ in range(max(runs, 1)):
            for name, tree in trees.items():
                proc = subprocess.run([sys.executable, str(Path(script).resolve()), "--child", str(tree), *child_args],
                                      env=env_for(tree), capture_output=True, text=True)
                if proc.returncode:
                    raise SystemExit(f"{name}: {proc.stderr}")
                results.setdefault(name, []).append(json.loads(proc.stdout.splitlines()[-1]))
    return results
