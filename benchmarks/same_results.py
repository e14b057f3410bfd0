"""Speed work must not change results: every issue copylint reports on the corpora, from
this tree and from each ``--against`` ref, compared in full (every field of the JSON report's issues).

    python -m benchmarks.same_results [--against main] [FOLDER ...]

Default folders: tests/corpus/wikinews and /work/shared/corpus/us (when present). Each
tree runs ``copylint check FOLDER --format json --no-cache --jobs 1`` as a whole process.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.corpus import CORPUS, print_table  # noqa: E402
from benchmarks.worktree import THIS, checkouts, env_for  # noqa: E402

SHARED_US = Path("/work/shared/corpus/us")


def issues(folder: Path, env: dict[str, str]) -> list:
    out = subprocess.run([sys.executable, "-m", "copylint", "check", str(folder), "--format", "json", "--no-cache",
                          "--jobs", "1", "--fail-on", "never"], capture_output=True, text=True, env=env, cwd=folder)
    report = json.loads(out.stdout)
    return sorted(json.dumps(i, sort_keys=True) for i in report["issues"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--against", action="append", default=[], metavar="REF")
    parser.add_argument("folders", nargs="*")
    opts = parser.parse_args()
    folders = [Path(f) for f in opts.folders] or [CORPUS] + ([SHARED_US] if SHARED_US.is_dir() else [])
    rows = []
    with checkouts(opts.against or ["main"]) as trees:
        for folder in folders:
            got = {name: issues(folder, dict(os.environ) if name == THIS else env_for(tree)) for name, tree in trees.items()}
            for name, found in got.items():
                if name != THIS:
                    same = found == got[THIS]
                    rows.append([str(folder), name, f"{len(got[THIS]):,}", f"{len(found):,}",
                                 "identical" if same else f"DIFFERENT ({len(set(found) ^ set(got[THIS]))} issues differ)"])
    print_table(["corpus", "ref", "issues (this tree)", "issues (ref)", "result"], rows,
                title="Every issue, this tree against each ref")
    if any(not r[-1] == "identical" for r in rows):
        sys.exit(1)


if __name__ == "__main__":
    main()
