"""Speed work on the builtin grammar must not change what it reports, and clean copy barely
exercises it: every grammar rule (those off by default included) runs over clean copy AND over
copy with errors injected, in this tree and in each ``--against`` ref, and every reported issue
is compared in full.

    python -m benchmarks.grammar_same_results [--against main] [--keep DIR]

Inputs (built once, by this tree's benchmark code, and given to every tree alike):
the clean articles of /work/shared/corpus/{wikinews,us} and tests/corpus/wikinews; the injected
errors of ``benchmarks/quality/grammar.py`` (one error per article copy) and of
``benchmarks/quality/confusions.py`` (one swapped word per paragraph); the revisions of
real-errors/ (editors' fixes not yet made); every grammar rule's good and bad examples.
Each tree lints them in a child process (``PYTHONPATH`` at that tree) with the builtin backend
only; ``--keep DIR`` leaves each tree's issues there, one JSON line each, to diff.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("COPYLINT_CORPORA", "/work/shared/corpus"))


def _inputs() -> list[tuple[str, str, str, str]]:
    """(input set, name, text, format) for every text to lint."""
    sys.path.insert(0, str(ROOT))
    from benchmarks.corpus import Article, articles
    from benchmarks.quality import confusions, grammar
    from copylint.checks.grammar import BuiltinGrammar

    out: list[tuple[str, str, str, str]] = []
    corpora: dict[str, list[Article]] = {"tests/corpus/wikinews": articles()}
    for name in ("wikinews", "us"):
        if (SHARED / name).is_dir():
            corpora[name] = grammar.corpus(name)
    for name, items in corpora.items():
        out += [(f"clean {name}", a.name, a.text, "txt") for a in items]
        if name == "tests/corpus/wikinews":
            continue
        out += [(f"injected {name}", f"{inj.kind} {n}", inj.text, "txt")
                for n, inj in enumerate(grammar.injections(items))]
        rng = random.Random(confusions.SEED)
        for _rid, word, swap in confusions.PAIRS:
            sites = [(a, m) for a in items for m in confusions._pattern(word).finditer(a.text)]
            rng.shuffle(sites)
            for a, m in sites[:40]:
                lo, hi = confusions._paragraph(a.text, m.start(), m.end())
                new = swap if not m.group(0)[:1].isupper() else swap[:1].upper() + swap[1:]
                out.append((f"confusions {name}", f"{a.name} {word}->{swap}",
                            a.text[lo:m.start()] + new + a.text[m.end():hi], "txt"))
    real = SHARED / "real-errors" / "iterater_wikipedia.jsonl"
    if real.exists():
        for n, line in enumerate(real.read_text(encoding="utf-8").splitlines()):
            if line.strip():
                out.append(("real-errors", f"real{n}", json.loads(line)["text"], "body"))
    for rule in BuiltinGrammar.rules:
        for kind, examples in (("bad", rule.bad), ("good", rule.good)):
            out += [("rule examples", f"{rule.id} {kind} {n}", e.plain(), e.format) for n, e in enumerate(examples)]
    return out


def _lint(inputs_path: str, out_path: str, root: str) -> None:
    """Child: lint every input with this process's copylint (which must come from ``root``)."""
    import copylint
    from copylint.checks.grammar import BuiltinGrammar
    from copylint.config import GrammarSettings, Settings
    from copylint.engine import Linter
    from copylint.readers import parse

    assert Path(copylint.__file__).resolve().is_relative_to(Path(root).resolve()), copylint.__file__
    ids = tuple(r.id for r in BuiltinGrammar.rules)
    linter = Linter(Settings(enable=ids, disable=("ALL",), grammar=GrammarSettings(backends=("builtin",))))
    inputs = json.loads(Path(inputs_path).read_text(encoding="utf-8"))
    cpu = time.process_time()
    with open(out_path, "w", encoding="utf-8") as out:
        for group, name, text, fmt in inputs:
            for issue in linter.lint(parse(text, "article.txt", fmt)):
                record = issue.to_dict() | {"offset": issue.offset, "end_offset": issue.end_offset}
                out.write(json.dumps([group, name, record], sort_keys=True) + "\n")
    print(json.dumps({"cpu": time.process_time() - cpu}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--against", action="append", default=[], metavar="REF")
    parser.add_argument("--keep", metavar="DIR", help="write each tree's issues (JSON lines) here")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    opts = parser.parse_args()
    if opts.child:
        _lint(*opts.child)
        return
    sys.path.insert(0, str(ROOT))
    from benchmarks.corpus import print_table
    from benchmarks.worktree import THIS, checkouts, env_for

    inputs = _inputs()
    groups = list(dict.fromkeys(g for g, *_ in inputs))
    with tempfile.TemporaryDirectory(prefix="grammar-same-") as tmp, checkouts(opts.against or ["main"]) as trees:
        inputs_path = Path(tmp) / "inputs.json"
        inputs_path.write_text(json.dumps(inputs), encoding="utf-8")
        found: dict[str, dict[str, list[str]]] = {}
        cpu: dict[str, float] = {}
        for name, tree in trees.items():
            out_path = Path(opts.keep or tmp) / f"{name.replace(' ', '_').replace('/', '_')}.jsonl"
            out_path.parent.mkdir(parents=True, exist_ok=True)
            proc = subprocess.run([sys.executable, __file__, "--child", str(inputs_path), str(out_path), str(tree)],
                                  env=env_for(tree), capture_output=True, text=True)
            if proc.returncode:
                raise SystemExit(f"{name}: {proc.stderr}")
            cpu[name] = json.loads(proc.stdout.splitlines()[-1])["cpu"]
            by_group: dict[str, list[str]] = {g: [] for g in groups}
            for line in out_path.read_text(encoding="utf-8").splitlines():
                by_group[json.loads(line)[0]].append(line)
            found[name] = {g: sorted(lines) for g, lines in by_group.items()}
    texts = {g: sum(1 for i in inputs if i[0] == g) for g in groups}
    rows = []
    for ref in trees:
        if ref == THIS:
            continue
        for g in groups:
            mine, theirs = found[THIS][g], found[ref][g]
            digest = hashlib.sha256("\n".join(mine).encode()).hexdigest()[:12]
            differ = len(set(mine) ^ set(theirs))
            rows.append([g, ref, texts[g], len(mine), len(theirs), digest,
                         "identical" if mine == theirs else f"DIFFERENT ({differ} issues differ)"])
    print_table(["inputs", "ref", "texts", "issues (this tree)", "issues (ref)", "sha256 (this tree)", "result"], rows,
                title="Every builtin grammar issue (all rules on), this tree against each ref")
    print("\ngrammar-only CPU seconds (whole lint of every input): "
          + ", ".join(f"{name} {secs:.1f}" for name, secs in cpu.items()))
    if any(r[-1] != "identical" for r in rows):
        sys.exit(1)


if __name__ == "__main__":
    main()
