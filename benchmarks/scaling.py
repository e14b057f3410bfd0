"""How the default checks' cost grows: with file size, with the number of files, and with
the number of house-style rules. CPU time (``time.process_time``), in-process, one core.

    python -m benchmarks.scaling [--sizes 1K,10K,100K,1M,10M] [--files 10,100,1000,10000] [--rules 14,100,300]

- Size: articles of each size (a headline, then Wikinews paragraphs, shuffled), enough of
  them to hold the whole corpus once (143 of 1 KB, 15 of 10 KB...), or one article for the
  sizes past the corpus (~190 KB), whose paragraphs then come round again, each numbered by
  its pass so none repeats verbatim; linted with the default checks; CPU ms per 1,000 words
  and the ratio to the smallest size (flat is 1.00x). The 10 MB article takes a minute or more of CPU; ``--sizes
  1K,10K,100K,1M`` for a quicker run. The issues per 1,000 words say how alike the work is: a
  sentence that comes round again is still a repeat (``style.repeated-text``), so past the
  corpus most paragraphs are reported (the column shows how many more issues the sizes past
  100K have), and each issue costs its own work (an Issue, its line and column, its message).
  The in-process linter keeps Python's default collector thresholds (700, 10, 10), as a
  program that imports copylint does (``copylint check`` sets its own in
  ``copylint/__main__.py``); the linter pauses the collector while it reads and lints a
  document (``copylint/gc_pause.py``), for every caller alike.
- Files: N one-sentence articles (written to a temporary folder, removed afterwards) through
  ``copylint.runner.run`` (discovery, reading, configuration, parsing, linting; no cache, one
  job): CPU per file, and the per-file overhead: that minus what the file's words cost at the
  per-word CPU of a 100 KB article in the same run.
- Rules: the default pack (14 rules) plus generated word-list rules (existence rules, each
  with its own pattern) up to N rules, house-style CPU per 1,000 words on the Wikinews corpus.

Made for a shared, noisy machine, without changing what is measured: CPU time, never wall
time; ``--runs N`` rounds, each measuring every row once in a turning order, so that a
stretch of heavy load falls on every row, not on whichever ran then; ratios are taken
within a round (a size's pass between two passes of the smallest size, its ratio to their
mean), and the table gives the median of the rounds and their range. Size ratios of a calm
and a loaded run can then be compared, and a range that is wide says the run was noisy.
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


def _once(fn) -> float:  # type: ignore[no-untyped-def]
    """CPU seconds of one call."""
    start = time.process_time()
    fn()
    return time.process_time() - start


def _spread(values: list[float]) -> str:
    return f"{min(values):.2f}-{max(values):.2f}x"


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


def corpus_paragraphs() -> list[str]:
    """The Wikinews corpus's body paragraphs, shuffled (seed 17), so every size gets the
    corpus's mix, not only its first articles."""
    paragraphs = [p for a in articles() for p in a.text.split("\n\n")[1:] if p.strip()]
    random.Random(17).shuffle(paragraphs)
    return paragraphs


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


def size_rows(sizes: list[str], rounds: int) -> list[list[str]]:
    """Per size: median CPU per 1,000 words over ``rounds`` rounds, and the ratio to the
    smallest size measured *bracketed*: in every round each size's pass runs between two
    passes of the smallest size, and its ratio is to their mean, so the load of a shared
    machine, which drifts over minutes, falls on both sides of each ratio alike (the
    order of the sizes turns round from one round to the next). The ratio printed is the
    median of the rounds' ratios, with their range."""
    paragraphs = corpus_paragraphs()
    linter = Linter(Settings())
    linter.lint(parse(HEADLINE + "\n\n".join(paragraphs) + "\n", "w.txt", "txt"))  # warm: word data, memos
    docs = {spec: size_documents(spec, paragraphs) for spec in sizes}
    words = {spec: sum(len(d.split()) for d in ds) for spec, ds in docs.items()}

    issues: dict[str, int] = {}  # size -> issues in its articles (the same every pass)

    def lint_all(spec: str) -> None:
        issues[spec] = sum(len(linter.lint(parse(doc, "big.txt", "txt"))) for doc in docs[spec])

    def per_word(spec: str) -> float:  # CPU microseconds per word of one pass over the size's articles
        return _once(lambda: lint_all(spec)) * 1e6 / words[spec]

    base = sizes[0]
    samples: dict[str, list[float]] = {spec: [] for spec in sizes}
    ratios: dict[str, list[float]] = {spec: [] for spec in sizes[1:]}
    others = sizes[1:]
    for r in range(rounds):
        for spec in others[r % len(others):] + others[: r % len(others)] if others else []:
            before = per_word(base)
            got = per_word(spec)
            after = per_word(base)
            samples[base] += [before, after]
            samples[spec].append(got)
            ratios[spec].append(got / ((before + after) / 2))
        if not others:
            samples[base].append(per_word(base))
    rows = []
    for spec in sizes:
        size = sum(len(d.encode("utf-8")) for d in docs[spec])
        ratio = ratios.get(spec)
        rows.append([spec, f"{len(docs[spec]):,}", f"{size // len(docs[spec]):,}", f"{words[spec]:,}",
                     f"{issues[spec] * 1000 / words[spec]:.1f}", f"{len(samples[spec])}",
                     f"{statistics.median(samples[spec]):.2f}",
                     f"{statistics.median(ratio):.2f}x" if ratio else "1.00x", _spread(ratio) if ratio else ""])
    return rows


def _small_article(k: int) -> str:
    return f"Council meets on day {k}\n\nThe council met on Monday.\n"


def file_rows(counts: list[int], rounds: int) -> list[list[str]]:
    """Per number of files: CPU per file and per-file overhead, medians over ``rounds``
    interleaved rounds; in each round the reference per-word CPU (a 100 KB article) is
    measured again beside the folders, and each folder's overhead is reckoned with its own
    round's rate. A small folder is run several times in a round (1,000 files at least), so
    that no sample is a few milliseconds long."""
    from copylint.runner import RunOptions, run

    per_file: dict[int, list[float]] = {c: [] for c in counts}
    overhead: dict[int, list[float]] = {c: [] for c in counts}
    words: dict[int, int] = {}
    with tempfile.TemporaryDirectory(prefix="copylint-files-") as tmp:
        run([str(Path(__file__))], Settings(), RunOptions(jobs=1))  # warm up: word data, rules
        rate = _word_rate_fn()
        for count in counts:
            folder = Path(tmp) / f"n{count}"
            folder.mkdir()
            words[count] = 0
            for k in range(count):
                text = _small_article(k)
                words[count] += len(text.split())
                (folder / f"{k:05d}.txt").write_text(text, encoding="utf-8")
        for r in range(rounds):
            for count in counts[r % len(counts):] + counts[: r % len(counts)]:
                per_word = rate()
                repeat = max(1, 1000 // count)
                folder = Path(tmp) / f"n{count}"
                cpu = _once(lambda folder=folder, repeat=repeat: [run([str(folder)], Settings(), RunOptions(jobs=1))
                                                                  for _ in range(repeat)]) / repeat
                per_file[count].append(cpu * 1000 / count)
                overhead[count].append(cpu * 1000 / count - per_word * 1000 * words[count] / count)
    return [[f"{c:,}", f"{len(per_file[c])}", f"{statistics.median(per_file[c]):.3f}", f"{words[c] / c:.0f}",
             f"{statistics.median(overhead[c]):.3f}", f"{min(overhead[c]):.3f} to {max(overhead[c]):.3f}"]
            for c in counts]


def _word_rate_fn():  # type: ignore[no-untyped-def]
    """A function measuring CPU seconds per word of the default checks on one 100 KB article
    (the reference for what a file's words cost, apart from the file), once per call."""
    paragraphs = corpus_paragraphs()
    text, parts = "A headline for the reference article\n\n", []
    while len(text) + sum(len(p) + 2 for p in parts) < 100_000:
        parts.append(paragraphs[len(parts) % len(paragraphs)])
    text += "\n\n".join(parts) + "\n"
    linter = Linter(Settings())
    linter.lint(parse(text, "warm.txt", "txt"))
    count = len(text.split())
    return lambda: _once(lambda: linter.lint(parse(text, "ref.txt", "txt"))) / count


def _rule(n: int, word: str) -> str:
    return (f"id: style.bench-{n:03d}\ntype: existence\nsummary: Benchmark rule {n}.\n"
            f"rationale: A generated rule for the scaling benchmark.\nmessage: 'Avoid \"{{match}}\"'\n"
            f"severity: info\ncase: insensitive\npatterns:\n  - '\\b{word}\\b'\n"
            f"examples:\n  bad:\n    - The [[{word}]] is here.\n  good:\n    - Nothing to see.\n")


def rule_rows(counts: list[int], rounds: int) -> list[list[str]]:
    """House-style CPU per 1,000 words for each number of rules: medians over ``rounds``
    interleaved rounds (every rule count runs once per round, in a turning order), and the
    ratio to the fewest rules taken within each round, median and range."""
    from copylint.checks.base import CheckContext

    items = articles()
    words = total_words(items)
    docs = [parse(a.text, f"{a.name}.txt", "txt") for a in items]
    runs = {}
    with tempfile.TemporaryDirectory(prefix="copylint-rules-") as tmp:
        for count in counts:
            extra = max(0, count - 14)
            pack = Path(tmp) / f"bench{count}"
            pack.mkdir()
            for n in range(extra):  # words unlikely in news copy, each a different pattern
                (pack / f"bench-{n:03d}.yaml").write_text(_rule(n, f"zq{n:03d}x"), encoding="utf-8")
            settings = Settings(style=StyleSettings(paths=(str(pack),), extend_packs=(pack.name,)) if extra
                                else StyleSettings())
            linter = Linter(settings)
            check = next(c for c in linter.checks if type(c).__name__ == "HouseStyle")
            enabled = linter.enabled_rules(settings)

            def once(check=check, settings=settings, enabled=enabled) -> None:
                for doc in docs:
                    list(check.run(doc, CheckContext(settings=settings, doc=doc, enabled=enabled)))

            once()
            runs[count] = (len(check.rules), once)
    samples: dict[int, list[float]] = {c: [] for c in counts}
    ratios: dict[int, list[float]] = {c: [] for c in counts}
    for r in range(rounds):
        for count in counts[r % len(counts):] + counts[: r % len(counts)]:
            samples[count].append(_once(runs[count][1]) * 1e6 / words)
        for count in counts:
            ratios[count].append(samples[count][-1] / samples[counts[0]][-1])
    return [[f"{runs[c][0]}", f"{statistics.median(samples[c]):.3f}", f"{statistics.median(ratios[c]):.2f}x",
             _spread(ratios[c]), f"{1e6 / statistics.median(samples[c]):,.0f}"] for c in counts]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3,
                        help="rounds: every measurement is repeated this many times, interleaved with the others")
    parser.add_argument("--sizes", default="1K,10K,100K,1M,10M")
    parser.add_argument("--files", default="10,100,1000,10000")
    parser.add_argument("--rules", default="14,100,300")
    opts = parser.parse_args()
    if opts.sizes:
        print_table(["size", "articles", "bytes each", "words in all", "issues / 1,000 words", "passes",
                     "CPU ms / 1,000 words (median)",
                     "vs smallest (median of bracketed ratios)", "ratio range"],
                    size_rows(opts.sizes.split(","), opts.runs),
                    title=f"Cost per word by file size (default checks), {opts.runs} interleaved rounds")
    if opts.files:
        print_table(["files", "rounds", "CPU ms per file (median)", "words per file",
                     "per-file overhead CPU ms (median)", "overhead range"],
                    file_rows([int(c) for c in opts.files.split(",")], opts.runs),
                    title="Per-file overhead: one-sentence articles through the runner (jobs 1, no cache); "
                          "overhead = CPU per file minus its words at the per-word CPU of a 100 KB article "
                          "measured in the same round")
    if opts.rules:
        print_table(["style rules", "house-style CPU ms / 1,000 words (median)", "vs the fewest (median)",
                     "ratio range", "words / CPU-s"],
                    rule_rows([int(c) for c in opts.rules.split(",")], opts.runs),
                    title="House-style cost by number of rules (Wikinews corpus)")


if __name__ == "__main__":
    main()
