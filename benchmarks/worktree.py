"""Another commit of this repository, checked out for a same-run comparison.

    with checkouts(["ff3d429"]) as trees:  # {"this tree": ROOT, "ff3d429": Path(...)}
        ...

Each ref is a temporary ``git worktree`` (removed afterwards); run its copylint with
``env_for(tree)`` (``PYTHONPATH`` first, so it wins over the installed copylint).
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
THIS = "this tree"


@contextmanager
def checkouts(refs: list[str]) -> Iterator[dict[str, Path]]:
    trees = {THIS: ROOT}
    with tempfile.TemporaryDirectory(prefix="copylint-ref-") as tmp:
        try:
            for ref in refs:
                target = Path(tmp) / ref.replace("/", "_")
                subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-f", str(target), ref],
                               check=True, capture_output=True)
                trees[ref] = target
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
