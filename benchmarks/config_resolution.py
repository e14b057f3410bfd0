"""Cost of per-file configuration: finding and applying the nearest configuration of every file.

    python benchmarks/config_resolution.py [--files 2000] [--runs 5]

Builds a temporary tree of article files in nested folders (one folder in four has its
own .copylint.toml, one in eight a pyproject.toml without [tool.copylint], which must be
read and passed over), then times, in one process: the folder walk alone (discovery with
one fixed configuration, as before per-file configuration), and the walk plus the
settings of every file (SettingsResolver, as every run now does). CPU seconds
(time.process_time) per 1,000 files, median of the runs; the ratio is measured in the
same run.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.corpus import print_table  # noqa: E402
from copylint.config import Settings, SettingsResolver  # noqa: E402
from copylint.discovery import Source, discover  # noqa: E402


def build(root: Path, files: int) -> int:
    folders = max(1, files // 10)
    for f in range(folders):
        folder = root / f"desk{f % 7}" / f"section{f}"
        folder.mkdir(parents=True, exist_ok=True)
        if f % 4 == 0:
            (folder / ".copylint.toml").write_text(f'dialect = "en-GB"\nignore = ["style.long-sentence"]\n'
                                                   f'[severity]\n"style" = "info"\n# {f}\n')
        elif f % 8 == 1:
            (folder / "pyproject.toml").write_text(f'[project]\nname = "desk{f}"\n')
        for n in range(10):
            (folder / f"story{n}.txt").write_text("Storm hits coast\n\nText.\n")
    return folders


def timed(fn) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """(CPU seconds, wall seconds) of one call."""
    cpu, wall = time.process_time(), time.perf_counter()
    fn()
    return time.process_time() - cpu, time.perf_counter() - wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    opts = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "news"
        folders = build(root, opts.files)
        count = sum(1 for s in discover([str(root)], Settings()) if isinstance(s, Source))

        def walk_fixed() -> None:
            list(discover([str(root)], Settings()))

        def walk_resolved() -> None:
            configs = SettingsResolver(cwd=tmp)
            for src in discover([str(root)], configs):
                if isinstance(src, Source):
                    configs.for_file(src.path)

        fixed = [timed(walk_fixed) for _ in range(opts.runs)]
        resolved = [timed(walk_resolved) for _ in range(opts.runs)]
    per = 1000 / count

    def cpu(runs: list[tuple[float, float]]) -> float:
        return statistics.median(r[0] for r in runs) * per

    def wall(runs: list[tuple[float, float]]) -> float:
        return statistics.median(r[1] for r in runs) * per

    a, b = cpu(fixed), cpu(resolved)
    print_table(["run", "files", "folders", "CPU s per 1,000 files (median)", "wall s per 1,000 files (median)"], [
        ["walk, one configuration", count, folders, a, wall(fixed)],
        ["walk + nearest configuration per file", count, folders, b, wall(resolved)],
    ], title=f"Per-file configuration ({opts.runs} runs; ratio {b / a:.2f}x; "
             f"+{(b - a):.3f} CPU s per 1,000 files)")


if __name__ == "__main__":
    main()
