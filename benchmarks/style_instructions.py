"""Machine instructions of the house-style rules, part by part (callgrind): where the
HouseStyle check's cost lies on the Wikinews corpus, and how it compares with another commit.

    python -m benchmarks.style_instructions [--against REF ...] [--every-rule]

Each tree runs in its own child under ``valgrind --tool=callgrind``. The child builds the
HouseStyle check of the default configuration (``--every-rule``: every pack, every rule
enabled), lints the 43 Wikinews test articles once to warm up, then makes counted passes,
each article's piece of work inside its own ``functools.reduce`` (callgrind dumps its count
when that call ends), a fresh token memo for each article:

- ``check, as the engine runs it``: ``HouseStyle.run`` with nothing made before (it splits
  the sentences itself);
- ``sentence splitting``: ``tokens.sentences`` of every segment (the part owned by the
  tokeniser, which other checks may share);
- ``check, sentences already split``: ``HouseStyle.run`` after the split (the rest);
- then, sentences split first, the parts: ``shared passes`` (the multi-pattern pass and
  the literal-token scan), then each rule that the plan runs, alone, after the shared passes
  (each rule pays for the per-document units and counts it is the first to ask for).

Needs Valgrind; slow (a minute or two per tree).
"""

from __future__ import annotations

import argparse
import functools
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def child(root: Path, every_rule: bool) -> None:
    sys.path[:0] = [str(root), str(ROOT)]
    import copylint
    import copylint.tokens as tokens
    from benchmarks.corpus import articles, total_words
    from copylint.checks.base import CheckContext
    from copylint.checks.house_style import HouseStyle
    from copylint.config import Settings, StyleSettings
    from copylint.readers import parse
    from copylint.style.packs import builtin_pack_names
    from copylint.style.scopes import DocView

    assert Path(copylint.__file__).resolve().is_relative_to(root.resolve()), copylint.__file__
    items = articles()
    settings = Settings(style=StyleSettings(packs=builtin_pack_names())) if every_rule else Settings()
    check = HouseStyle(settings)
    enabled = frozenset(r.id for r in check.rules if every_rule or r.default_enabled)
    docs = [parse(a.text, f"{a.name}.txt", "txt") for a in items]
    counting = False
    labels: list[str] = []

    def run(label: str, work: Callable[[], object]) -> None:
        if counting:
            labels.append(label)
            functools.reduce(lambda acc, _: work(), [None], None)  # one dump per call
        else:
            work()

    def whole(doc, ctx) -> None:  # type: ignore[no-untyped-def]
        list(check.run(doc, ctx))

    def one_pass() -> None:
        for doc in docs:
            ctx = CheckContext(settings=settings, doc=doc, enabled=enabled)
            texts = [seg.text for seg in doc.segments]
            with tokens.document_memo():
                run("check, as the engine runs it", lambda doc=doc, ctx=ctx: whole(doc, ctx))
            with tokens.document_memo():
                run("sentence splitting (tokens.sentences)", lambda texts=texts: [tokens.sentences(t) for t in texts])
                run("check, sentences already split", lambda doc=doc, ctx=ctx: whole(doc, ctx))
            with tokens.document_memo():
                for t in texts:
                    tokens.sentences(t)
                plan = check._plan
                view = DocView(doc, check.ruleset.lexicon)

                def shared(view=view) -> None:  # type: ignore[no-untyped-def]
                    view.multipass()
                    view._scan()
                run("shared passes (multi-pattern, literal tokens)", shared)
                for rule in plan.may_find(view):
                    if rule.id in enabled:
                        run(f"rule {rule.id}", lambda rule=rule, view=view: list(rule.run(view)))

    one_pass()
    counting = True
    one_pass()
    print(f"words {total_words(items)} articles {len(docs)}")
    print("labels " + "\t".join(labels))



def count(tree: Path, every_rule: bool) -> tuple[dict[str, int], int]:
    """Instructions by part (summed over the articles) and the words, for one tree."""
    from benchmarks.callgrind import MARK, dump_counts
    from benchmarks.worktree import env_for

    with tempfile.TemporaryDirectory(prefix="callgrind-") as tmp:
        proc = subprocess.run(
            ["valgrind", "--tool=callgrind", "--collect-atstart=no", f"--toggle-collect={MARK}",
             f"--dump-after={MARK}", f"--callgrind-out-file={Path(tmp) / 'callgrind.out'}",
             sys.executable, __file__, "--child", str(tree), *(["--every-rule"] if every_rule else [])],
            env=env_for(tree), capture_output=True, text=True)
        if proc.returncode:
            raise SystemExit(f"{tree}: {proc.stderr[-2000:]}")
        counts = dump_counts(Path(tmp), "callgrind.out.*")
    words = re.search(r"words (\d+)", proc.stdout)
    labels = re.search(r"^labels (.*)$", proc.stdout, re.M)
    if words is None or labels is None:
        raise SystemExit(f"{tree}: unexpected child output:\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}")
    names = labels.group(1).split("\t")
    if len(counts) != len(names):
        raise SystemExit(f"{tree}: {len(counts)} dumps for {len(names)} counted calls")
    parts: dict[str, int] = {}
    for name, n in zip(names, counts, strict=True):
        parts[name] = parts.get(name, 0) + n
    return parts, int(words.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--against", action="append", default=[], metavar="REF")
    parser.add_argument("--every-rule", action="store_true", help="every pack, every rule enabled")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    opts = parser.parse_args()
    if opts.child:
        child(Path(opts.child), opts.every_rule)
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (Debian: apt-get install valgrind)")
    sys.path.insert(0, str(ROOT))
    from benchmarks.corpus import print_table
    from benchmarks.worktree import checkouts

    results: dict[str, dict[str, int]] = {}
    words = 0
    with checkouts(opts.against) as trees:
        for name, tree in trees.items():
            results[name], words = count(tree, opts.every_rule)
    names = list(results)
    parts = list(dict.fromkeys(p for r in results.values() for p in r))
    rows = []
    for part in parts:
        row: list[object] = [part]
        for name in names:
            n = results[name].get(part)
            row.append("-" if n is None else f"{n / 1e6:,.2f}")
        if len(names) > 1:
            this, other = results[names[0]].get(part), results[names[-1]].get(part)
            row.append(f"{this / other:.2f}x" if this and other else "-")
        rows.append(row)
    headers = ["part"] + [f"{n}: M instructions" for n in names] + ([f"this / {names[-1]}"] if len(names) > 1 else [])
    what = "every pack, every rule" if opts.every_rule else "default configuration"
    print_table(headers, rows, title=f"House-style rules ({what}), one pass over {words:,} Wikinews words (callgrind)")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
