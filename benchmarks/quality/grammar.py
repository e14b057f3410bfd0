"""Grammar quality: recall on errors injected into the Wikinews corpus, and alerts per
1,000 words on the clean articles, per rule.

    python benchmarks/quality.py grammar
    python benchmarks/quality/grammar.py [--show] [--harper]

Each injector finds sites in clean copy and makes ONE error per article copy (e.g. "on
Tuesday" -> "in Tuesday", "a"/"an" swapped, "the" before a country, "its" -> "it's"); an
injection counts as caught when the expected rule reports a span overlapping it. Sites are
drawn with a fixed seed, at most ``PER_RULE`` per injector. ``--show`` prints every clean
alert and every miss; ``--harper`` also measures what the Harper backend catches.
"""

from __future__ import annotations

import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))

from benchmarks.corpus import Article, articles, print_table, total_words  # noqa: E402
from copylint.config import GrammarSettings, Settings  # noqa: E402
from copylint.engine import Linter  # noqa: E402
from copylint.grammar.lexicon import places, verb_form, verb_tags, word_tags  # noqa: E402
from copylint.readers import parse  # noqa: E402

PER_RULE = 60
SEED = 20200101


@dataclass(frozen=True)
class Injection:
    rule: str  # the rule expected to catch it
    kind: str  # the injector's name
    text: str  # the article with the error
    start: int  # span of the changed text in ``text``
    end: int


# -- injectors: each yields (start, end, replacement, kind) sites in a clean article ---------

DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
Site = tuple[int, int, str, str]


def _day_preposition(text: str) -> Iterator[Site]:
    for n, m in enumerate(re.finditer(rf"\b[Oo]n (?=(?:{DAYS})\b(?!['\u2019]s))", text)):
        yield m.start(), m.start() + 2, ("in" if n % 2 == 0 else "at"), "on Day -> in/at Day"
    for m in re.finditer(rf"\bon (?=\d{{1,2}}(?:st|nd|rd|th)? (?:{MONTHS})\b|(?:{MONTHS}) \d{{1,2}}\b(?!\d))", text):
        yield m.start(), m.start() + 2, "in", "on date -> in date"


def _article_name(text: str) -> Iterator[Site]:
    table = places()
    for m in re.finditer(r"\b(in|to|from|of|with|against|accused|visited|and|by|for|on) ([A-Z][a-z]+)\b(?![-'\u2019\w])", text):
        if m.group(2) in table.get(m.group(2), ()):
            yield m.start(2), m.start(2), "the ", "the + place name"


def _verb_form(text: str) -> Iterator[Site]:
    pattern = r"\b(to|will|would|could|can|should|must|might|did not|didn't|does not|do not) ([a-z]+)\b"
    for m in re.finditer(pattern, text):
        base = m.group(2)
        if verb_tags(base) != "v" or word_tags(base):
            continue  # plainly a verb base only: "take", "go", not "plan" or "cut"
        past = verb_form(base, "d")
        if past and past != base:
            yield m.start(2), m.end(2), past, f"{m.group(1).split()[0]} + past"


def _a_an(text: str) -> Iterator[Site]:
    for m in re.finditer(r"(?<![\w'\u2019-])(a|an|A|An) (?=[\w£$€])", text):
        word = m.group(1)
        swapped = {"a": "an", "an": "a", "A": "An", "An": "A"}[word]
        yield m.start(1), m.end(1), swapped, "a <-> an"


_PRONOUN_SWAPS = {"it has": "it have", "it is": "it are", "they have": "they has", "they are": "they is",
                  "he was": "he were", "she was": "she were", "they were": "they was", "we were": "we was",
                  "he has": "he have", "she has": "she have", "we have": "we has", "it was": "it were"}


def _agreement(text: str) -> Iterator[Site]:
    pattern = r"\b(" + "|".join(re.escape(k) for k in _PRONOUN_SWAPS) + r")\b"
    for m in re.finditer(pattern, text, re.IGNORECASE):
        wrong = _PRONOUN_SWAPS[m.group(1).lower()]
        fixed = m.group(1)[0] + wrong[1:]
        yield m.start(), m.end(), fixed, "pronoun + verb"
    # plural head + of + singular noun phrase + plural verb -> singular verb
    of_phrase = r"\b([a-z]+s) of (?:the |a |an |[A-Z][\w-]* )?(?:[a-z-]+ ){0,2}[a-z]+ (have|are|were|[a-z]+)\b(?= (?:the|a|an|his|her|their|its|been|to|not)\b)"
    for m in re.finditer(of_phrase, text):
        head, verb = m.group(1), m.group(2)
        if "N" not in word_tags(head) or "n" in word_tags(head):
            continue
        noun = text[m.start(2) - 1::-1].split(" ", 2)[1][::-1]
        if "n" not in word_tags(noun) or "N" in word_tags(noun):
            continue
        wrong = {"have": "has", "are": "is", "were": "was"}.get(verb) or (
            verb_form(verb, "z") if verb_tags(verb) == "v" else None)
        if wrong:
            yield m.start(2), m.end(2), wrong, "plural of-phrase + singular verb"


def _parallel_verbs(text: str) -> Iterator[Site]:
    for m in re.finditer(r"\b[A-Za-z]+ ([a-z]+) (?:[^.;:!?\n]{3,50}?) and ([a-z]+) (?=[a-z0-9])", text):
        if "d" not in verb_tags(m.group(1)) or "v" in verb_tags(m.group(1)):
            continue  # the first verb: a past form
        second = m.group(2)
        if verb_tags(second) not in ("dp", "d") or word_tags(second):
            continue
        from copylint.grammar.lexicon import lemmas

        bases = lemmas(second)
        ing = verb_form(bases[0], "g") if bases else None
        if ing and not word_tags(ing):
            yield m.start(2), m.end(2), ing, "past and past -> past and -ing"


def _confusables(text: str) -> Iterator[tuple[int, int, str, str, str]]:
    simple = [
        (r"\bits (?=own\b)", "it's ", "grammar.confusables.its", "its own -> it's own"),
        (r"\b(?:of|in|on|from|with|by|into|under|over) (its) ", None, "grammar.confusables.its", "prep + its -> it's"),
        (r"\bit['\u2019]s (?=(?:a|an|the|not|been|likely|clear|important|possible|hard|difficult)\b)", "its ",
         "grammar.confusables.its", "it's -> its"),
        (r"\btheir (?=own\b)", "there ", "grammar.confusables.their", "their own -> there own"),
        (r"\b[Tt]here (?=(?:is|are|was|were)\b)", "their ", "grammar.confusables.their", "there is -> their is"),
        (r"\b(?:more|less|fewer|rather|greater|larger|higher|lower|better|worse|other) (than)\b", "then",
         "grammar.confusables.than", "than -> then"),
        (r"\b(?:since|until|by) (then)\b", "than", "grammar.confusables.than", "then -> than"),
        (r"\bwho['\u2019]s (?=(?:been|going|not|a|the)\b)", "whose ", "grammar.confusables.whose", "who's -> whose"),
        (r"\b(?:to|will|would|could|can|might|not) (lose)\b", "loose", "grammar.confusables.lose", "lose -> loose"),
        (r"\blosing\b", "loosing", "grammar.confusables.lose", "losing -> loosing"),
        (r"\b(?:they|we|you|They|We|You) (were)\b", "where", "grammar.confusables.were", "were -> where"),
    ]
    for pattern, replacement, rule, kind in simple:
        for m in re.finditer(pattern, text):
            if m.groups():
                word = m.group(1)
                new = replacement or {"its": "it's"}[word]
                yield m.start(1), m.end(1), new, rule, kind
            else:
                yield m.start(), m.end(), replacement, rule, kind


INJECTORS: list[tuple[str, Callable[[str], Iterator[Site]]]] = [
    ("grammar.day-preposition", _day_preposition),
    ("grammar.article-before-name", _article_name),
    ("grammar.verb-form", _verb_form),
    ("grammar.a-an", _a_an),
    ("grammar.agreement", _agreement),
    ("grammar.parallel-verbs", _parallel_verbs),
]


def injections(items: list[Article]) -> list[Injection]:
    rng = random.Random(SEED)
    by_kind: dict[tuple[str, str], list[Injection]] = {}

    def add(article: Article, rule: str, kind: str, start: int, end: int, new: str) -> None:
        text = article.text[:start] + new + article.text[end:]
        by_kind.setdefault((rule, kind), []).append(Injection(rule, kind, text, start, start + max(len(new.rstrip()), 1)))

    for article in items:
        if article.text.count("\n") < 1:
            continue
        body_start = article.text.index("\n")  # leave the headline alone
        for rule, injector in INJECTORS:
            for start, end, new, kind in injector(article.text):
                if start > body_start:
                    add(article, rule, kind, start, end, new)
        for start, end, new, rule, kind in _confusables(article.text):
            if start > body_start:
                add(article, rule, kind, start, end, new)
    out: list[Injection] = []
    for key in sorted(by_kind):
        group = by_kind[key]
        rng.shuffle(group)
        out.extend(group[:PER_RULE])
    return out


def _settings(backends: tuple[str, ...], enable: tuple[str, ...] = ("grammar",)) -> Settings:
    return Settings(enable=enable, disable=("ALL",), grammar=GrammarSettings(backends=backends))


def _run(linter: Linter, text: str, name: str) -> list:
    return linter.lint(parse(text, name, "txt"))


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    show = "--show" in argv
    items = articles()
    words = total_words(items)
    linter = Linter(_settings(("builtin",)))
    defaults = {r.id: r.default_enabled for r in linter.rules.values() if r.id.startswith("grammar.")}

    # clean copy: every alert is noise unless it is one of the corpus's own errors
    _run(linter, "Warm up.", "warm.txt")
    clean: Counter[str] = Counter()
    t0 = time.perf_counter()
    for article in items:
        for issue in _run(linter, article.text, article.name + ".txt"):
            clean[issue.rule] += 1
            if show:
                line = article.text.splitlines()[issue.line - 1]
                print(f"  clean alert {issue.rule} {article.name}:{issue.line}: "
                      f"...{line[max(0, issue.column - 50):issue.column - 1]}[[{line[issue.column - 1:issue.end_column - 1]}]]"
                      f"{line[issue.end_column - 1:issue.end_column + 30]}...")
    elapsed = time.perf_counter() - t0

    injected = injections(items)
    caught: Counter[str] = Counter()
    total: Counter[str] = Counter()
    kinds: Counter[tuple[str, str]] = Counter()
    kinds_caught: Counter[tuple[str, str]] = Counter()
    for inj in injected:
        issues = _run(linter, inj.text, "injected.txt")
        hit = any(i.rule == inj.rule and i.offset < inj.end and i.end_offset > inj.start for i in issues)
        total[inj.rule] += 1
        kinds[(inj.rule, inj.kind)] += 1
        if hit:
            caught[inj.rule] += 1
            kinds_caught[(inj.rule, inj.kind)] += 1
        elif show:
            a = max(0, inj.start - 50)
            print(f"  missed {inj.kind}: ...{inj.text[a:inj.start]}[[{inj.text[inj.start:inj.end]}]]{inj.text[inj.end:inj.end + 30]}...")

    rows = []
    for rule in sorted(defaults):
        n = total[rule]
        rows.append([rule, "on" if defaults[rule] else "off", n, caught[rule],
                     round(caught[rule] / n, 3) if n else "-", clean[rule], round(clean[rule] * 1000 / words, 3)])
    on_alerts = sum(clean[r] for r in defaults if defaults[r])
    all_n, all_caught = sum(total.values()), sum(caught.values())
    rows.append(["ALL default-on", "", all_n, all_caught, round(all_caught / all_n, 3) if all_n else "-",
                 on_alerts, round(on_alerts * 1000 / words, 3)])
    print_table(["rule", "default", "injected", "caught", "recall", "clean alerts", "per 1k words"], rows,
                title=f"grammar (builtin backend): {len(items)} Wikinews articles, {words} words, "
                      f"at most {PER_RULE} injections per injector, seed {SEED}")
    print_table(["rule", "injection", "injected", "caught", "recall"],
                [[r, k, kinds[(r, k)], kinds_caught[(r, k)], round(kinds_caught[(r, k)] / kinds[(r, k)], 3)]
                 for r, k in sorted(kinds)], title="recall by injection kind")
    print(f"\nclean corpus lint time (all checks enabled here): {elapsed * 1000 / words * 1000:.2f} ms per 1,000 words")
    if "--harper" in argv:
        _harper(items, injected, words)


def _harper(items: list[Article], injected: list[Injection], words: int) -> None:
    """What the Harper backend adds: its own alerts on clean copy and the injections it catches."""
    try:
        linter = Linter(_settings(("harper",), enable=("harper",)))
        _run(linter, "Warm up.", "warm.txt")
    except Exception as exc:  # noqa: BLE001 - the other backend may be missing
        print(f"\nharper backend unavailable: {exc}")
        return
    clean = sum(len(_run(linter, a.text, a.name + ".txt")) for a in items)
    caught: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for inj in injected:
        issues = _run(linter, inj.text, "injected.txt")
        total[inj.rule] += 1
        if any(i.offset < inj.end and i.end_offset > inj.start for i in issues):
            caught[inj.rule] += 1
    rows = [[r, total[r], caught[r], round(caught[r] / total[r], 3)] for r in sorted(total)]
    print_table(["expected rule", "injected", "caught by harper (any rule)", "recall"], rows,
                title=f"harper backend alone: {clean} alerts on clean copy = {clean * 1000 / words:.2f} per 1k words")


if __name__ == "__main__":
    main()
