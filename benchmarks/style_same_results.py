"""Speed work on the house-style rules must not change what they find: every finding of
every rule of every shipped pack (default-off rules too), this tree against each ``--against``
ref, over whole corpora, with and without the multi-pattern pass.

    python -m benchmarks.style_same_results [--against 833ab79] [FOLDER ...]

Default folders: tests/corpus/wikinews, /work/shared/corpus/wikinews and /work/shared/corpus/us
(when present). Each tree runs in its own process (``--child TREE``), prints a digest of each
folder's findings (rule, file, start, end, message, suggestions) and their number; ``plain``
is the per-rule path without the multi-pattern pass (in this tree only).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path("/work/shared/corpus")


def child(root: Path, folders: list[str], plain: bool) -> None:
    sys.path[:0] = [str(root), str(ROOT)]
    import copylint.tokens as tokens
    from copylint.checks.base import CheckContext
    from copylint.checks.house_style import HouseStyle
    from copylint.config import Settings, StyleSettings
    from copylint.readers import parse
    from copylint.style.packs import builtin_pack_names
    from copylint.style.scopes import DocView

    settings = Settings(style=StyleSettings(packs=builtin_pack_names()))
    check = HouseStyle(settings)
    enabled = frozenset(r.id for r in check.rules)
    out = {}
    for folder in folders:
        digest = hashlib.sha256()
        n = 0
        for path in sorted(Path(folder).rglob("*.txt")):
            if not path.is_file():
                continue
            doc = parse(path.read_text(encoding="utf-8", errors="replace"), path.name, "txt")
            with tokens.document_memo():
                if plain:
                    view = DocView(doc, check.ruleset.lexicon, gated=False)
                    findings = [f for rule in check.ruleset.rules for f in rule.run(view)]
                else:
                    findings = list(check.run(doc, CheckContext(settings=settings, doc=doc, enabled=enabled)))
            for f in findings:
                seg = f.segment
                where = (doc.segments.index(seg), f.start, f.end) if seg is not None else (-1, f.start, f.end)
                digest.update(json.dumps([str(path.relative_to(folder)), f.rule, *where, f.message,
                                          list(f.suggestions)]).encode())
                n += 1
        out[folder] = [n, digest.hexdigest()[:16]]
    print(json.dumps(out))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--against", action="append", default=[], metavar="REF")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--plain", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("folders", nargs="*")
    opts = parser.parse_args()
    if opts.child:
        child(Path(opts.child), opts.folders, opts.plain)
        return
    sys.path.insert(0, str(ROOT))
    from benchmarks.corpus import CORPUS, print_table
    from benchmarks.worktree import THIS, checkouts, env_for

    folders = opts.folders or [str(CORPUS)] + [str(SHARED / f) for f in ("wikinews", "us") if (SHARED / f).is_dir()]
    results: dict[str, dict[str, list]] = {}
    with checkouts(opts.against or ["main"]) as trees:
        runs = [(name, tree, False) for name, tree in trees.items()] + [("plain (this tree)", ROOT, True)]
        for name, tree, plain in runs:
            proc = subprocess.run([sys.executable, __file__, "--child", str(tree), *(["--plain"] if plain else []),
                                   *folders], env=env_for(tree), capture_output=True, text=True)
            if proc.returncode:
                raise SystemExit(f"{name}: {proc.stderr[-2000:]}")
            results[name] = json.loads(proc.stdout.strip().splitlines()[-1])
    rows = []
    for folder in folders:
        this = results[THIS][folder]
        for name, found in results.items():
            if name != THIS:
                rows.append([folder, name, f"{this[0]:,}", f"{found[folder][0]:,}",
                             "identical" if found[folder] == this else "DIFFERENT"])
    print_table(["corpus", "against", "findings (this tree)", "findings (other)", "result"], rows,
                title="Every house-style rule of every pack, each finding compared (rule, place, message, fixes)")
    if any(r[-1] != "identical" for r in rows):
        sys.exit(1)


if __name__ == "__main__":
    main()
