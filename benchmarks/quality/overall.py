"""The whole default configuration against the error kinds the peer tools were measured on
(see the anchors note): one injected copy error per article copy, recall per kind and
overall, and alerts per 1,000 words on the same articles without the injection.

    python benchmarks/quality.py overall

An injected error counts as caught when any alert's span overlaps the injected text.
Each kind is injected at the first place in an article where it applies; articles where it
cannot be (no "on Monday" to turn into "in Monday") are skipped for that kind.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import codespell_lib

from benchmarks.corpus import Article, articles, print_table, total_words
from copylint.api import get_linter
from copylint.config import Settings
from copylint.grammar import lexicon
from copylint.readers import parse


@dataclass
class Injected:
    text: str  # the article with the error
    start: int  # the injected span in ``text``
    end: int


Injector = Callable[[Article], Injected | None]
DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"


def _body_start(text: str) -> int:
    return text.index("\n") + 1 if "\n" in text else 0


def _swap(text: str, pattern: str, repl: Callable[[re.Match[str]], str], group: int = 0, flags: int = 0) -> Injected | None:
    m = re.compile(pattern, flags).search(text, _body_start(text))
    if not m:
        return None
    new = repl(m)
    out = text[: m.start(group)] + new + text[m.end(group):]
    return Injected(out, m.start(group), m.start(group) + len(new))


def _codespell_reverse() -> dict[str, str]:
    out: dict[str, str] = {}
    path = Path(codespell_lib.__file__).parent / "data" / "dictionary.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        wrong, _, fixes = line.partition("->")
        fixes_list = [f.strip() for f in fixes.split(",") if f.strip()]
        if len(fixes_list) == 1 and wrong.isalpha() and wrong.islower() and len(wrong) > 4:
            out.setdefault(fixes_list[0], wrong)
    return out


_REVERSE = _codespell_reverse()


def listed_misspelling(a: Article) -> Injected | None:
    for m in re.finditer(r"\b[a-z]{5,}\b", a.text[_body_start(a.text):]):
        wrong = _REVERSE.get(m.group())
        if wrong:
            start = _body_start(a.text) + m.start()
            return Injected(a.text[:start] + wrong + a.text[start + len(m.group()):], start, start + len(wrong))
    return None


def typo(a: Article) -> Injected | None:  # two inner letters transposed
    return _swap(a.text, r"\b[a-z]{7,}\b", lambda m: m.group()[:2] + m.group()[3] + m.group()[2] + m.group()[4:])


KINDS: dict[str, Injector] = {
    "misspelling (listed)": listed_misspelling,
    "typo (transposed letters)": typo,
    "doubled word": lambda a: _swap(a.text, r"\b(the) ", lambda m: "the the ", 1),
    "duplicated headline": lambda a: Injected(
        a.text.split("\n", 1)[0] + "\n" + a.text.split("\n", 1)[0] + "\n" + a.text.split("\n", 1)[1],
        len(a.text.split("\n", 1)[0]) + 1, 2 * len(a.text.split("\n", 1)[0]) + 1),
    "in Monday": lambda a: _swap(a.text, rf"\b(on) (?:{DAYS})\b", lambda m: "in", 1),
    "a/an": lambda a: _swap(a.text, r"\b(a) (?=[bcdfgjklmnprstvwz][a-z]{3,}\b)", lambda m: "an", 1),
    "subject-verb agreement": lambda a: _swap(a.text, r"\b(?:he|she|it) (has|is|was)\b",
                                             lambda m: {"has": "have", "is": "are", "was": "were"}[m.group(1)], 1),
    "its/it's": lambda a: _swap(a.text, r"\b(its) (?=[a-z]{3,})", lambda m: "it's", 1),
    "U.S. beside US": lambda a: (_swap(a.text, r"\b(US)\b", lambda m: "U.S.", 1) if len(re.findall(r"\bUS\b", a.text)) >= 2
                                 else _swap(a.text, r"(U\.S\.)", lambda m: "US", 1) if a.text.count("U.S.") >= 2 else None),
    "repeated sentence": lambda a: _swap(a.text, r"(?<=\. )([A-Z][^.!?\n]{30,200}\.)(?= )", lambda m: m.group(1) + " " + m.group(1), 1),
    "space before comma": lambda a: _swap(a.text, r"[a-z](,) ", lambda m: " ,", 1),
    "to + past tense": lambda a: _swap(
        a.text, r"\bto ([a-z]{3,})\b",
        lambda m: lexicon.verb_form(m.group(1), "d") or m.group(1), 1)
    if re.search(r"\bto ([a-z]{3,})\b", a.text) else None,
    "the + country": lambda a: _swap(a.text, r"\b(?:in|to|from) (France|Germany|Iraq|Iran|China|Russia|Japan|Canada|Mexico|Brazil|India|Australia|Israel|Syria|Egypt|Kenya|Poland)\b",
                                     lambda m: "the " + m.group(1), 1),
    "dialect mix": lambda a: _swap(a.text, r"\b(colour|favour|centre|organisation|defence|color|favor|center|organization|defense)\b",
                                   lambda m: {"colour": "color", "favour": "favor", "centre": "center",
                                              "organisation": "organization", "defence": "defense", "color": "colour",
                                              "favor": "favour", "center": "centre", "organization": "organisation",
                                              "defense": "defence"}[m.group(1)], 1),
}


def _real_to_past(a: Article) -> Injected | None:
    """to + a base verb whose past differs (to take -> to took)."""
    for m in re.finditer(r"\bto ([a-z]{3,})\b", a.text[_body_start(a.text):]):
        word = m.group(1)
        if "v" in lexicon.verb_tags(word):
            past = lexicon.verb_form(word, "d")
            if past and past != word:
                start = _body_start(a.text) + m.start(1)
                return Injected(a.text[:start] + past + a.text[start + len(word):], start, start + len(past))
    return None


KINDS["to + past tense"] = _real_to_past


def caught(issues: list, inj: Injected) -> bool:
    return any(i.offset < inj.end and i.end_offset > inj.start for i in issues)


def main() -> None:
    items = articles()
    words = total_words(items)
    linter = get_linter(Settings())

    def lint(text: str, name: str) -> list:
        return linter.lint(parse(text, f"{name}.txt", "txt"))

    clean = {a.name: lint(a.text, a.name) for a in items}
    rows = []
    total_n = total_hit = 0
    for kind, inject in KINDS.items():
        n = hit = 0
        for a in items:
            inj = inject(a)
            if inj is None or inj.text == a.text:
                continue
            n += 1
            hit += caught(lint(inj.text, a.name), inj)
        total_n += n
        total_hit += hit
        rows.append([kind, n, hit, hit / n if n else 0.0])
    rows.append(["all kinds", total_n, total_hit, total_hit / total_n])
    print_table(["injected error", "articles", "caught", "recall"], rows,
                title=f"Default configuration, one injected error per article copy ({len(items)} Wikinews articles)")

    alerts = [i for issues in clean.values() for i in issues]
    by_sev = {s: sum(1 for i in alerts if i.severity == s) for s in ("error", "warning", "info")}
    print_table(["alerts on the clean articles", "count", "per 1,000 words"], [
        ["error + warning", by_sev["error"] + by_sev["warning"], (by_sev["error"] + by_sev["warning"]) * 1000 / words],
        ["info", by_sev["info"], by_sev["info"] * 1000 / words],
        ["all", len(alerts), len(alerts) * 1000 / words],
    ], title=f"Noise: {words:,} words of published copy, default configuration (most alerts are real errors in the "
             "corpus: see the spelling, grammar and style tables)")


if __name__ == "__main__":
    main()
