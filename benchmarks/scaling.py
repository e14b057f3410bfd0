"""How the default checks' cost grows: with file size, with the number of files, and with
the number of house-style rules. CPU time (``time.process_time``), in-process, one core.

    python -m benchmarks.scaling [--sizes 1K,10K,100K,1M,10M] [--files 10,100,1000,10000] [--rules 14,100,300]

- Size: articles of each size (a headline, then Wikinews paragraphs, shuffled), enough of
  them to hold the whole corpus once (143 of 1 KB, 15 of 10 KB...), or one article for the
  sizes past the corpus (~190 KB), whose paragraphs then come round again, each numbered by
  its pass so none repeats verbatim; linted with the default checks; CPU ms per 1,000 words
  and the ratio to the smallest size (flat is 1.00x). The 10 MB article takes a minute or more of CPU; ``--sizes
  1K,10K,100K,1M`` for a quicker run.
- Files: N one-sentence articles (written to a temporary folder, removed afterwards) through
  ``copylint.runner.run`` (discovery, reading, configuration, parsing, linting; no cache, one
  job): CPU per file, and the per-file overhead: that minus what the file's words cost at the
  per-word CPU of a 100 KB article in the same run.
- Rules: the default pack (14 rules) plus generated word-list rules (existence rules, each
  with its own pattern) up to N rules, house-style CPU per 1,000 words on the Wikinews corpus.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.corpus import articles, print_table, total_words  # noqa: E402
from copylint.config import Settings, StyleSettings  # noqa: E402
from copylint.engine import Linter  # noqa: E402
from copylint.readers import parse  # noqa: E402


def _bytes(spec: str) -> int:
    units = {"K": 1_000, "M": 1_000_000}
    return int(float(spec[:-1]) * units[spec[-1].upper()]) if spec[-1].upper() in units else int(spec)


def _cpu(fn, runs: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return statistics.median(times)


HEADLINE = "A headline for the scaling test\n\n"


def _paragraph_stream(paragraphs: list[str]):  # type: ignore[no-untyped-def]
    """The shuffled corpus paragraphs, then again and again; from the second pass on each
    paragraph starts with its pass number ("(2) ..."), so no paragraph of a long article
    repeats verbatim (a per-document memo would otherwise make repeats nearly free)."""
    cycle = 0
    while True:
        for p in paragraphs:
            yield p if cycle == 0 else f"({cycle + 1}) {p}"
        cycle += 1


def size_documents(spec: str, paragraphs: list[str]) -> list[str]:
    """Articles of about ``spec`` bytes each: enough of them to hold the whole corpus once
    (so every size is measured on the same words, not on whichever few paragraphs a 1 KB
    article happens to get), or one article when one is larger than the corpus."""
    target = _bytes(spec)
    corpus = sum(len(p.encode("utf-8")) + 2 for p in paragraphs)
    stream = _paragraph_stream(paragraphs)
    docs, total = [], 0
    while total < corpus or not docs:
        parts, n = [], 0
        while n < target:
            p = next(stream)
            parts.append(p)
            n += len(p.encode("utf-8")) + 2
        docs.append(HEADLINE + "\n\n".join(parts) + "\n")
        total += n
    return docs


def size_rows(sizes: list[str], runs: int) -> list[list[str]]:
    paragraphs = [p for a in articles() for p in a.text.split("\n\n")[1:] if p.strip()]
    random.Random(17).shuffle(paragraphs)  # every size gets the corpus's mix, not only its first articles
    linter = Linter(Settings())
    linter.lint(parse(HEADLINE + "\n\n".join(paragraphs) + "\n", "w.txt", "txt"))  # warm: word data, memos
    rows, base = [], None
    for spec in sizes:
        docs = size_documents(spec, paragraphs)
        words = sum(len(d.split()) for d in docs)
        size = sum(len(d.encode("utf-8")) for d in docs)
        reps = max(1, min(runs, int(2_000_000 / size)))  # fewer runs of the big ones

        def lint_all(docs: list[str] = docs) -> None:
            for doc in docs:
                linter.lint(parse(doc, "big.txt", "txt"))

        cpu = _cpu(lint_all, reps)
        per = cpu * 1e6 / words
        base = base or per
        rows.append([spec, f"{len(docs):,}", f"{size // len(docs):,}", f"{words:,}", f"{reps}", f"{per:.2f}",
                     f"{per / base:.2f}x"])
    return rows


def _small_article(k: int) -> str:
    return f"Council meets on day {k}\n\nThe council met on Monday.\n"


def word_rate(runs: int) -> float:
    """CPU seconds per word of the default checks on one 100 KB article (the reference for
    what a file's words cost, apart from the file)."""
    paragraphs = [p for a in articles() for p in a.text.split("\n\n")[1:] if p.strip()]
    random.Random(17).shuffle(paragraphs)
    text, parts = "A headline for the reference article\n\n", []
    while len(text) + sum(len(p) + 2 for p in parts) < 100_000:
        parts.append(paragraphs[len(parts) % len(paragraphs)])
    text += "\n\n".join(parts) + "\n"
    linter = Linter(Settings())
    linter.lint(parse(text, "warm.txt", "txt"))
    return _cpu(lambda: linter.lint(parse(text, "ref.txt", "txt")), runs) / len(text.split())


def file_rows(counts: list[int], runs: int) -> list[list[str]]:
    from copylint.runner import RunOptions, run

    rows = []
    with tempfile.TemporaryDirectory(prefix="copylint-files-") as tmp:
        run([str(Path(__file__))], Settings(), RunOptions(jobs=1))  # warm up: word data, rules
        per_word = word_rate(runs)
        for count in counts:
            folder = Path(tmp) / f"n{count}"
            folder.mkdir()
            words = 0
            for k in range(count):
                text = _small_article(k)
                words += len(text.split())
                (folder / f"{k:05d}.txt").write_text(text, encoding="utf-8")
            reps = max(1, min(runs, 3000 // count))
            cpu = _cpu(lambda folder=folder: run([str(folder)], Settings(), RunOptions(jobs=1)), reps)
            per_file = cpu * 1000 / count
            words_ms = per_word * 1000 * words / count
            rows.append([f"{count:,}", f"{reps}", f"{cpu:.3f}", f"{per_file:.3f}", f"{words / count:.0f}",
                         f"{words_ms:.3f}", f"{per_file - words_ms:.3f}"])
    return rows


def _rule(n: int, word: str) -> str:
    return (f"id: style.bench-{n:03d}\ntype: existence\nsummary: Benchmark rule {n}.\n"
            f"rationale: A generated rule for the scaling benchmark.\nmessage: 'Avoid \"{{match}}\"'\n"
            f"severity: info\ncase: insensitive\npatterns:\n  - '\\b{word}\\b'\n"
            f"examples:\n  bad:\n    - The [[{word}]] is here.\n  good:\n    - Nothing to see.\n")


def rule_rows(counts: list[int], runs: int) -> list[list[str]]:
    items = articles()
    words = total_words(items)
    docs = [parse(a.text, f"{a.name}.txt", "txt") for a in items]
    rows, base = [], None
    for count in counts:
        with tempfile.TemporaryDirectory(prefix="copylint-rules-") as tmp:
            extra = max(0, count - 14)
            pack = Path(tmp) / "bench"
            pack.mkdir()
            for n in range(extra):  # words unlikely in news copy, each a different pattern
                (pack / f"bench-{n:03d}.yaml").write_text(_rule(n, f"zq{n:03d}x"), encoding="utf-8")
            settings = Settings(style=StyleSettings(paths=(str(pack),), extend_packs=("bench",)) if extra else StyleSettings())
            linter = Linter(settings)
            check = next(c for c in linter.checks if type(c).__name__ == "HouseStyle")
            loaded = len(check.rules)
            enabled = linter.enabled_rules(settings)
            from copylint.checks.base import CheckContext

            def once(check=check, settings=settings, enabled=enabled) -> None:
                for doc in docs:
                    list(check.run(doc, CheckContext(settings=settings, doc=doc, enabled=enabled)))

            once()
            cpu = _cpu(once, runs)
            per = cpu * 1e6 / words
            base = base or per
            rows.append([f"{loaded}", f"{per:.3f}", f"{per / base:.2f}x", f"{words / cpu:,.0f}"])
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", default="1K,10K,100K,1M,10M")
    parser.add_argument("--files", default="10,100,1000,10000")
    parser.add_argument("--rules", default="14,100,300")
    opts = parser.parse_args()
    if opts.sizes:
        print_table(["size", "articles", "bytes each", "words in all", "runs", "CPU ms / 1,000 words", "vs smallest"],
                    size_rows(opts.sizes.split(","), opts.runs), title="Cost per word by file size (default checks)")
    if opts.files:
        print_table(["files", "runs", "CPU s (median)", "CPU ms per file", "words per file",
                     "their words' CPU ms (at the 100 KB rate)", "per-file overhead CPU ms"],
                    file_rows([int(c) for c in opts.files.split(",")], opts.runs),
                    title="Per-file overhead: one-sentence articles through the runner (jobs 1, no cache); "
                          "overhead = CPU per file minus its words at the per-word CPU of a 100 KB article")
    if opts.rules:
        print_table(["style rules", "house-style CPU ms / 1,000 words", "vs 14 rules", "words / CPU-s"],
                    rule_rows([int(c) for c in opts.rules.split(",")], opts.runs),
                    title="House-style cost by number of rules (Wikinews corpus)")


if __name__ == "__main__":
    main()
