"""Machine instructions of the text layer, area by area (callgrind): where issue 17's
tokenising, sentence, foreign-passage, dialect and spelling cost lies.

    python -m benchmarks.text_instructions [AREA ...]

AREA is any of tokenise, sentences, foreign, dialect, spelling, spelling+dialect (default: all). The child
builds the default linter and lints the Wikinews test corpus once (word data, rules and
memos warm, as in engine_instructions), then for each area makes one uncounted pass and one
counted pass over the 43 articles. Each article's piece of work runs inside its own
``functools.reduce`` and callgrind dumps its count when that call ends, so only the area's
own work is summed:

- tokenise: ``tokens._rows`` of every segment; sentences: ``tokens._sentences`` of every segment;
- foreign: ``checks.foreign.passages`` (tokens and sentences already made);
- dialect: the document's dialect evidence gathered alone (``dialect.evidence``: what a
  check other than spelling pays when it asks first);
- spelling: ``Spelling.run``, with tokens, sentences, foreign passages and dialect evidence
  already made;
- spelling+dialect: ``Spelling.run`` with tokens, sentences and foreign passages made, the
  dialect evidence left to it, as in the engine: gathered from the marks of its own pass
  over the tokens, when a dialect spelling first asks for it.

Needs Valgrind; slow (a few minutes).
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
AREAS = ("tokenise", "sentences", "foreign", "dialect", "spelling", "spelling+dialect")


def child(areas: list[str]) -> None:
    sys.path.insert(0, str(ROOT))
    import copylint.tokens as tokens
    from benchmarks.corpus import articles, total_words
    from copylint.api import get_linter
    from copylint.checks.base import CheckContext
    from copylint.checks.foreign import passages
    from copylint.checks.spelling import Spelling
    from copylint.config import Settings
    from copylint.readers import parse

    items = articles()
    settings = Settings()
    linter = get_linter(settings)
    for a in items:  # warm up
        linter.lint(parse(a.text, f"{a.name}.txt", "txt"))
    docs = [parse(a.text, f"{a.name}.txt", "txt") for a in items]
    spelling = next(c for c in linter.checks if isinstance(c, Spelling))
    enabled = linter.enabled_rules(settings)
    counting = False

    def run(work: Callable[[], object]) -> None:
        if counting:
            functools.reduce(lambda acc, _: work(), [None], None)  # one dump per call
        else:
            work()

    def one_pass(area: str) -> None:
        for doc in docs:
            texts = [seg.text for seg in doc.segments]
            if area == "tokenise":
                run(lambda texts=texts: [tokens._rows(t) for t in texts])
                continue
            if area == "sentences":
                run(lambda texts=texts: [tokens._sentences(t) for t in texts])
                continue
            with tokens.document_memo():
                for t in texts:
                    tokens.token_list(t)
                    tokens.sentences(t)
                ctx = CheckContext(settings=settings.for_path(doc.path), doc=doc, enabled=enabled)
                if area == "foreign":
                    run(lambda doc=doc, ctx=ctx: passages(doc, ctx))
                    continue
                passages(doc, ctx)
                if area == "spelling+dialect":
                    run(lambda doc=doc, ctx=ctx: list(spelling.run(doc, ctx)))
                    continue
                if area == "dialect":
                    run(lambda ctx=ctx: ctx.dialects.evidence)
                    continue
                _ = ctx.dialects.evidence
                run(lambda doc=doc, ctx=ctx: list(spelling.run(doc, ctx)))

    for area in areas:
        counting = False
        one_pass(area)
        counting = True
        one_pass(area)
    print(f"words {total_words(items)} articles {len(docs)}")



def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("areas", nargs="*", metavar="AREA", help=f"any of {', '.join(AREAS)} (default: all)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    opts = parser.parse_args()
    areas = opts.areas or list(AREAS)
    unknown = sorted(set(areas) - set(AREAS))
    if unknown:
        parser.error(f"unknown area(s): {', '.join(unknown)}; choose from {', '.join(AREAS)}")
    if opts.child:
        child(areas)
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (Debian: apt-get install valgrind)")
    sys.path.insert(0, str(ROOT))
    from benchmarks.callgrind import MARK, dump_counts
    from benchmarks.corpus import print_table

    with tempfile.TemporaryDirectory(prefix="callgrind-") as tmp:
        proc = subprocess.run(
            ["valgrind", "--tool=callgrind", "--collect-atstart=no", f"--toggle-collect={MARK}",
             f"--dump-after={MARK}", f"--callgrind-out-file={Path(tmp) / 'callgrind.out'}",
             sys.executable, __file__, "--child", *areas], capture_output=True, text=True)
        if proc.returncode:
            raise SystemExit(proc.stderr[-2000:])
        counts = dump_counts(Path(tmp), "callgrind.out.*")
    found = re.search(r"words (\d+) articles (\d+)", proc.stdout)
    if found is None or len(counts) < len(areas) * int(found.group(2)):
        raise SystemExit(f"unexpected child output or dumps ({len(counts)}):\n{proc.stdout}\n{proc.stderr[-2000:]}")
    words, per_area = int(found.group(1)), int(found.group(2))
    rows = []
    for k, area in enumerate(areas):
        total = sum(counts[k * per_area:(k + 1) * per_area])
        rows.append([area, f"{total / 1e6:,.1f}", f"{total / words:,.0f}"])
    print_table(["area", "instructions (millions)", "instructions / word"], rows,
                title=f"Text layer, one pass over {words:,} Wikinews words (callgrind)")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
