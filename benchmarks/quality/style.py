"""House-style quality: alerts per 1,000 words on the clean Wikinews corpus, per rule, and
recall on style errors injected into it.

    python benchmarks/quality.py style
    python benchmarks/quality/style.py [--show]

Noise is measured for the default pack (``copylint``, the only pack on by default): each
warning- or error-level rule should stay at or below 0.1 alerts per 1,000 words; info
rules are reported in their own table. The ``ap`` and ``uk`` packs are opt-in and their
rules are reported separately: the corpus is US-English Wikinews copy, not AP or British
house style, so their alerts are largely the conventions they exist to enforce.

Recall: each injector makes ONE error per article copy at a natural site (a "U.S." among
"US"s, a sentence pasted again, a space before a comma, a "01 January", "January, 2020",
page furniture between paragraphs, curly quotes among straight ones, and, for the ap
pack's sentence-case rule, the headline put in title case); an injection is caught when
the expected rule reports a span overlapping it. ``--show`` prints every clean
alert (to judge it) and every miss.
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))

from benchmarks.corpus import Article, articles, print_table, total_words  # noqa: E402
from copylint.config import Settings, StyleSettings  # noqa: E402
from copylint.engine import Linter  # noqa: E402
from copylint.issue import Issue  # noqa: E402
from copylint.readers import parse  # noqa: E402
from copylint.style.quotes import quoted_spans  # noqa: E402
from copylint.tokens import sentences  # noqa: E402

SEED = 20200101
PER_KIND = 40
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"


def style_linter(packs: tuple[str, ...]) -> tuple[Linter, Settings, list[str]]:
    """A linter with only the house-style rules of ``packs`` on (those on by default)."""
    base = Settings(style=StyleSettings(packs=packs))
    linter = Linter(base)
    house = next(c for c in linter.checks if type(c).__name__ == "HouseStyle")
    ids = [r.id for r in house.rules if r.default_enabled]
    return linter, replace(base, enable=tuple(ids), disable=("ALL",)), ids


def lint(linter: Linter, settings: Settings, name: str, text: str) -> list[Issue]:
    return linter.lint(parse(text, f"{name}.txt", "txt"), settings)


# -- noise --------------------------------------------------------------------------------

def noise(packs: tuple[str, ...], only_pack: str | None, show: bool) -> None:
    linter, settings, ids = style_linter(packs)
    if only_pack:
        ids = [i for i in ids if _pack_of(linter, i) == only_pack]
        settings = replace(settings, enable=tuple(ids))
    items = articles()
    words = total_words(items)
    counts: Counter[str] = Counter()
    shown: list[str] = []
    for art in items:
        for issue in lint(linter, settings, art.name, art.text):
            counts[issue.rule] += 1
            shown.append(f"  {art.name}:{issue.line}:{issue.column} {issue.rule}: {issue.text[:60]!r} -- {issue.message}")
    for level, title in (("warning", "warning/error"), ("info", "info")):
        rows = []
        for rid in ids:
            sev = linter.rules[rid].severity
            if (sev == "info") != (level == "info"):
                continue
            rows.append([rid, sev, counts[rid], counts[rid] * 1000 / words])
        if rows:
            print_table(["rule", "severity", "alerts", "per 1,000 words"], rows,
                        f"Noise on clean copy, pack(s) {', '.join(packs)}{' (' + only_pack + ' rules)' if only_pack else ''}"
                        f", {title} rules ({len(items)} articles, {words} words)")
    if show:
        print("\n".join(shown))


def _pack_of(linter: Linter, rule_id: str) -> str:
    source = linter.rules[rule_id].source or ""
    return Path(source).parent.name


# -- recall -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Injection:
    rule: str
    kind: str
    text: str
    start: int
    end: int


Site = tuple[int, int, str]  # start, end, replacement


def _abbreviation(text: str) -> Iterator[Site]:
    for long, short in (("U.S.", "US"), ("U.K.", "UK")):
        for a, b in ((long, short), (short, long)):
            found = list(re.finditer(rf"(?<![\w.]){re.escape(a)}(?![\w])", text))
            others = re.findall(rf"(?<![\w.]){re.escape(b)}(?![\w])", text)
            if len(found) >= 3 and not others:
                m = found[len(found) // 2]
                yield m.start(), m.end(), b


def _repeated_sentence(text: str) -> Iterator[Site]:
    """A narrative sentence (no quotation marks in it) pasted again at the end of a later
    paragraph that has no quotation in it (text after an unclosed quotation mark reads as quoted)."""
    paragraphs = [seg for seg in parse(text, "a.txt", "txt").segments if seg.kind == "paragraph"]
    for i, par in enumerate(paragraphs[:-2]):
        for s, e in sentences(par.text):
            sentence = par.text[s:e]
            target = paragraphs[i + 2]
            if len(sentence.split()) >= 8 and sentence[-1] in ".!?" and not re.search("[\"\u201c\u201d`]", sentence) \
                    and target.text.rstrip()[-1] in ".!?" and not quoted_spans(target.text):
                _, end = target.to_source(0, len(target.text))
                yield end, end, " " + sentence
                break


def _space_before_comma(text: str) -> Iterator[Site]:
    for m in re.finditer(r"(?<=[a-z]),(?= [a-z])", text):
        yield m.start(), m.start(), " "


def _double_space(text: str) -> Iterator[Site]:
    for m in re.finditer(r"(?<=[a-z]) (?=[a-z])", text):
        yield m.start(), m.end(), "  "


def _leading_zero(text: str) -> Iterator[Site]:
    for m in re.finditer(rf"\b(?:{MONTHS}) ([1-9])\b(?!\d)|\b([1-9]) (?:{MONTHS})\b", text):
        pos = m.start(1) if m.group(1) else m.start(2)
        yield pos, pos, "0"


def _month_year_comma(text: str) -> Iterator[Site]:
    for m in re.finditer(rf"\b(?:{MONTHS})(?= (?:19|20)\d\d\b[,.;]?)", text):
        yield m.end(), m.end(), ","


def _furniture(text: str) -> Iterator[Site]:
    breaks = [m.start() for m in re.finditer(r"\n\n", text)][1:]
    lines = ["4 min read", "Read also: Council approves new budget", "Follow us on Twitter for the latest news",
             "Advertisement", "Related: What the ruling means"]
    for i, pos in enumerate(breaks[1:-1]):
        yield pos, pos, "\n\n" + lines[i % len(lines)]


def _curly_quotes(text: str) -> Iterator[Site]:
    pairs = list(re.finditer(r'"([^"\n]{3,80})"', text))
    if len(pairs) >= 3 and "\u201c" not in text and "\u201d" not in text:
        m = pairs[len(pairs) // 2]
        yield m.start(), m.end(), "\u201c" + m.group(1) + "\u201d"


_SMALL = frozenset("a an the and but or nor for of in on at to by as with from".split())


def _title_case_headline(text: str) -> Iterator[Site]:
    """The headline in title case ("Storm Hits Coast"), when it is in sentence case."""
    end = text.find("\n")
    headline = text[:end]
    words = headline.split(" ")
    if len(words) >= 4 and sum(w[:1].islower() for w in words[1:]) >= 2:
        titled = " ".join(w if i == 0 or w.lower() in _SMALL else w[:1].upper() + w[1:] for i, w in enumerate(words))
        yield 0, end, titled


INJECTORS: list[tuple[str, str, Callable[[str], Iterator[Site]]]] = [
    ("style.abbreviation-consistency", "US <-> U.S. once", _abbreviation),
    ("style.repeated-text", "sentence pasted again", _repeated_sentence),
    ("style.space-before-punctuation", "space before comma", _space_before_comma),
    ("style.double-space", "double space", _double_space),
    ("style.date-leading-zero", "01 January", _leading_zero),
    ("style.month-year-comma", "January, 2020", _month_year_comma),
    ("style.page-furniture", "page furniture line", _furniture),
    ("style.quote-consistency", "one curly quotation", _curly_quotes),
    ("style.ap.headline-case", "headline in title case (ap pack)", _title_case_headline),
]


def injections(items: list[Article]) -> Iterator[Injection]:
    rng = random.Random(SEED)
    for rule, kind, injector in INJECTORS:
        sites = []
        for art in items:
            body_start = art.text.find("\n") if "headline" not in kind else -1
            found = [s for s in injector(art.text) if s[0] > body_start]
            if found:
                sites.append((art, rng.choice(found)))
        rng.shuffle(sites)
        for art, (start, end, new) in sites[:PER_KIND]:
            text = art.text[:start] + new + art.text[end:]
            lead = len(new) - len(new.lstrip()) if new.strip() else 0
            yield Injection(rule, kind, text, start + lead, start + max(len(new), 1))


def recall(show: bool) -> None:
    linters = {pack: style_linter((pack,)) for pack in ("copylint", "ap")}
    tried: Counter[str] = Counter()
    caught: Counter[str] = Counter()
    misses = []
    for inj in injections(articles()):
        tried[inj.kind] += 1
        linter, settings, _ = linters["ap" if inj.rule.startswith("style.ap.") else "copylint"]
        issues = lint(linter, replace(settings, enable=(inj.rule,)), "injected", inj.text)
        if any(i.rule == inj.rule and i.offset < max(inj.end, inj.start + 1) and i.end_offset > inj.start - 1
               for i in issues):
            caught[inj.kind] += 1
        else:
            misses.append(f"  MISS {inj.kind}: {inj.text[max(0, inj.start - 40):inj.end + 40]!r}")
    rows = [[rule, kind, tried[kind], caught[kind], caught[kind] / tried[kind] if tried[kind] else 0.0]
            for rule, kind, _ in INJECTORS]
    print_table(["rule", "injected error", "injected", "caught", "recall"], rows,
                f"Recall on injected errors (one per article copy, at most {PER_KIND} per kind)")
    if show:
        print("\n".join(misses))


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    show = "--show" in argv
    noise(("copylint",), None, show)
    noise(("ap",), "ap", show)
    noise(("uk",), "uk", show)
    recall(show)


if __name__ == "__main__":
    main()
