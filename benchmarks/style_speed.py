"""Speed of the house-style rules: loading the shipped packs (from the YAML files, and from
the compiled-rules cache a later process reads), the rule time for a 1,000-word article
(medians of many runs), and how the cost grows with the number of rules.

    python -m benchmarks.style_speed [--runs N] [--rules 14,100,300] [--rule-runs N]

"Rule time" is the time spent in the HouseStyle check's ``run`` for one document, parsing
excluded: every rule of every pack enabled (default-off ones too), and separately the
default configuration (the ``copylint`` pack's default-on rules). Articles are Wikinews
corpus articles cut or joined to 1,000 words.

Rules: the default pack plus generated rules up to N (a mix, in turn: a word list of
tokens, a case-insensitive pattern of a word rarely in news, a substitution of literal
regexes, a consistency pair of tokens; every 20th a pattern with no literal text, which no
prefilter can skip), over the whole Wikinews corpus: CPU per 1,000 words with the
multi-pattern pass (each pattern run only in the segments holding its needles, and a rule
none of whose tokens or patterns' needles the document holds not run at all, as the check
runs them: :class:`copylint.style.plan.RulePlan`) and with the plain per-rule path (every pattern over every unit), measured in the same run; the
findings of the two are compared and must be identical.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import articles, print_table, total_words  # noqa: E402
from copylint.checks.base import CheckContext  # noqa: E402
from copylint.checks.house_style import HouseStyle  # noqa: E402
from copylint.config import Settings, StyleSettings  # noqa: E402
from copylint.readers import parse  # noqa: E402
from copylint.style import loader  # noqa: E402
from copylint.style.packs import builtin_pack_names  # noqa: E402
from copylint.style.plan import RulePlan  # noqa: E402
from copylint.style.scopes import DocView  # noqa: E402

#: words that do occur in news copy, for the generated word-list rules
_WORDS = ("said officials government minister police president people however according reported "
          "thousands million percent company election council court report week month city country "
          "party leader support group team national international announced statement").split()


def thousand_word_articles(count: int = 8) -> list[str]:
    """``count`` texts of exactly 1,000 words: a headline line, then paragraphs, from the corpus."""
    out: list[str] = []
    pool = articles()
    i = 0
    while len(out) < count and i < len(pool) * 2:
        lines: list[str] = []
        words = 0
        while words < 1000:
            art = pool[i % len(pool)]
            i += 1
            for line in art.text.splitlines():
                if not line.strip():
                    continue
                take = line.split()[: 1000 - words]
                lines.append(" ".join(take))
                words += len(take)
                if words >= 1000:
                    break
        out.append("\n\n".join(lines) + "\n")
    return out


def median_ms(fn, runs: int) -> float:  # type: ignore[no-untyped-def]
    return median_wall_cpu_ms(fn, runs)[0]


def median_wall_cpu_ms(fn, runs: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Median wall and CPU milliseconds of ``fn`` over ``runs`` calls."""
    wall, cpu = [], []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return statistics.median(wall) * 1000, statistics.median(cpu) * 1000


def _generated_rule(n: int) -> str:
    """A generated rule file (YAML written as JSON): the mix the module docstring describes."""
    import json

    word = _WORDS[n % len(_WORDS)]
    rare = f"zq{n:03d}x"
    common = {"id": f"style.gen-{n:03d}", "summary": f"Generated rule {n}.", "severity": "info",
              "rationale": "A generated rule for the speed benchmark.", "message": 'Generated: "{match}"',
              "examples": {"bad": [f"The [[{rare}]] is here."], "good": ["Nothing to see."]}}
    kind = n % 4
    if n % 20 == 19:
        body = {"type": "existence", "patterns": [rf"\b[A-Z]{{2}}\d{{{2 + n % 3}}}\b"],
                "examples": {"bad": ["[[AB" + "1" * (2 + n % 3) + "]] here."], "good": ["Nothing to see."]}}
    elif kind == 0:
        body = {"type": "existence", "tokens": [f"{word} {rare}", rare, f"{rare}-{word}"]}
    elif kind == 1:
        body = {"type": "existence", "case": "insensitive", "patterns": [rf"\b{rare}\b"]}
    elif kind == 2:
        body = {"type": "substitution", "regex": True, "swap": {rf"\b{rare}s?\b": word},
                "message": 'Use "{suggestion}"'}
    else:
        body = {"type": "consistency", "either": [[rare, f"{rare}-{word}"]],
                "message": '"{match}" and "{other}"',
                "examples": {"bad": [f"The {rare}, the {rare} and the [[{rare}-{word}]]."], "good": ["Nothing."]}}
    return json.dumps({**common, **body})


def rule_rows(counts: list[int], runs: int) -> list[list[object]]:
    """House-style CPU per 1,000 words by number of rules, with and without the multi-pattern pass."""
    items = articles()
    words = total_words(items)
    docs = [parse(a.text, f"{a.name}.txt", "txt") for a in items]
    rows: list[list[object]] = []
    base: dict[bool, float] = {}
    for count in counts:
        with tempfile.TemporaryDirectory(prefix="copylint-style-speed-") as tmp:
            pack = Path(tmp) / "generated"
            pack.mkdir()
            default = loader.load_rules(("copylint",))
            enabled = [r for r in default.rules if r.info.default_enabled]
            for n in range(max(0, count - len(enabled))):
                (pack / f"gen-{n:03d}.yaml").write_text(_generated_rule(n), encoding="utf-8")
            ruleset = loader.load_rules(("copylint", "generated"), (str(pack),)) if count > len(enabled) else default
            active = [r for r in ruleset.rules if r.info.default_enabled]

            plan, ids = RulePlan(active), {r.id for r in active}

            def once(gated: bool, ruleset=ruleset, active=active, plan=plan, ids=ids) -> list[object]:  # type: ignore[no-untyped-def]
                out: list[object] = []
                for doc in docs:
                    view = DocView(doc, ruleset.lexicon, gated=gated)
                    # the pass: as the HouseStyle check runs them (rules that cannot find anything left out)
                    findings = plan.run(view, ids) if gated else (f for rule in active for f in rule.run(view))
                    out.extend((f.rule, f.start, f.end, f.message, f.suggestions) for f in findings)
                return out

            same = once(True) == once(False)
            cpu: dict[bool, float] = {}
            samples: dict[bool, list[float]] = {True: [], False: []}
            for _ in range(runs):
                for gated in (True, False):  # interleaved, so that both see the same machine load
                    t0 = time.process_time()
                    once(gated)
                    samples[gated].append(time.process_time() - t0)
            for gated in (True, False):
                cpu[gated] = statistics.median(samples[gated]) * 1e6 / words
                base.setdefault(gated, cpu[gated])
            rows.append([len(active), f"{cpu[True]:.3f}", f"{cpu[True] / base[True]:.2f}x", f"{1e6 / cpu[True]:,.0f}",
                         f"{cpu[False]:.3f}", f"{cpu[False] / base[False]:.2f}x", f"{cpu[False] / cpu[True]:.2f}x",
                         "identical" if same else "DIFFERENT"])
    return rows


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=50, help="runs per 1,000-word article (default 50)")
    parser.add_argument("--rules", default="14,100,300", help="rule counts for the scaling table ('' to skip)")
    parser.add_argument("--rule-runs", type=int, default=3, help="runs over the corpus per rule count (default 3)")
    opts = parser.parse_args(argv)
    runs = opts.runs
    packs = builtin_pack_names()
    settings = Settings(style=StyleSettings(packs=packs))

    load_rows = []
    for chosen in (packs, ("copylint",)):
        for label, disk_cache in (("YAML files (compose, validate, compile)", False),
                                  ("compiled-rules cache (sealed JSON, lazy patterns)", True)):
            loader._CACHE.clear()
            loader.load_rules(chosen, disk_cache=disk_cache)  # (writes the cache file, for the second row)
            wall, cpu = [], []
            for _ in range(5):
                loader._CACHE.clear()  # a new process, as far as the loader knows
                t0, c0 = time.perf_counter(), time.process_time()
                ruleset = loader.load_rules(chosen, disk_cache=disk_cache)
                wall.append(time.perf_counter() - t0)
                cpu.append(time.process_time() - c0)
            load_rows.append([", ".join(chosen), len(ruleset.rules), label, statistics.median(cpu) * 1000,
                              statistics.median(wall) * 1000])
    check = HouseStyle(settings)
    every = frozenset(r.id for r in check.rules)
    default_check = HouseStyle(Settings())
    default_on = frozenset(r.id for r in default_check.rules if r.default_enabled)

    rows = []
    docs = [parse(text, "article.txt", "txt") for text in thousand_word_articles()]
    for label, chk, enabled in (("all packs, every rule", check, every),
                                ("default (copylint pack, default-on rules)", default_check, default_on)):
        measured = []
        for doc in docs:
            ctx = CheckContext(settings=replace(settings, dialect="en-US"), doc=doc, enabled=enabled)
            measured.append(median_wall_cpu_ms(lambda d=doc, c=chk, x=ctx: list(c.run(d, x)), runs))
        per_doc = [w for w, _ in measured]
        rows.append([label, len(enabled), len(docs), statistics.median(per_doc), statistics.median(c for _, c in measured),
                     max(per_doc)])
    print_table(["configuration", "rules", "articles", "median ms / 1,000 words", "median CPU ms", "slowest article ms"],
                rows,
                f"House-style rule time per 1,000-word article (median of {runs} runs per article)")
    print_table(["packs", "rules", "loaded from", "CPU ms (median of 5)", "wall ms"], load_rows,
                "Loading the packs (once per process; in one process, so Python's own regex cache makes the YAML "
                "row cheaper than a new process's)")
    if opts.rules:
        print_table(["style rules", "pass: CPU ms / 1,000 words", "vs fewest", "pass: words / CPU-s",
                     "plain: CPU ms / 1,000 words", "vs fewest", "plain / pass", "findings"],
                    rule_rows([int(c) for c in opts.rules.split(",")], opts.rule_runs),
                    f"House-style cost by number of rules, default-on rules (Wikinews corpus, median of {opts.rule_runs} runs; "
                    "pass = multi-pattern pass, plain = every pattern over every unit)")


if __name__ == "__main__":
    main(sys.argv[1:])
