"""LanguageTool's news profile, decided by measurement on published copy.

    python benchmarks/languagetool_profile.py                 # tables (starts a local LanguageTool)
    python benchmarks/languagetool_profile.py --write         # also rewrite copylint/data/languagetool_profile.json
    python benchmarks/languagetool_profile.py --show RULE     # every alert of one rule, in context
    COPYLINT_LANGUAGETOOL_URL=http://127.0.0.1:8081 python benchmarks/languagetool_profile.py

Two clean corpora, reported separately: the Wikinews corpus (tests/corpus/wikinews, mixed
British and American) and the US set (/work/shared/corpus/us, or --us DIR: congressional
press releases and American Wikinews). Every article goes through copylint's own reader
and the joined prose the languagetool check sends, with LanguageTool's speller off (as
when copylint's spelling runs); the raw matches are cached (.cache/languagetool-matches-*.json)
so --write and --show do not ask the server again. The corpora are read a second time with
the shipped profile's rules off too (LanguageTool reports one match per place, so rules
hidden behind a noisy one appear only then); both readings count.

Each match is then put through copylint's context filters (copylint.backends.lt_profile:
headlines, quotations, names, datelines) and counted by rule. A rule stays on in the
news profile unless, after the filters, more than one in five of its alerts on the two
corpora together were not read and found to be real errors (REVIEWED; MIN_PRECISION), or its
category is one that copy desks settle by house style (lt_profile.HOUSE_STYLE_CATEGORIES,
whose alert rate this script also prints). Rules that never fired stay on: LanguageTool's
English rules are written to be precise, and the budget (<= 0.5 alerts per 1,000 words
over builtin alone) is checked by benchmarks/languagetool_quality.py on the whole profile.
A rule family (lt_profile.FAMILIES: one rule per word, each firing rarely) is judged the
same way over all its members together, once it has at least FAMILY_MIN_ALERTS alerts after
the filters; a family that fails is off whole, members never seen here included. A rule
the shipped profile has off stays off with its recorded evidence (LanguageTool lets one rule
speak per place, so a later reading with other rules off may not show it again);
``--reconsider`` judges every rule afresh.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.corpus import Article, print_table  # noqa: E402
from benchmarks.lt_corpora import corpora, languagetool_server  # noqa: E402
from copylint.backends import lt_profile  # noqa: E402
from copylint.backends.joined import GRAMMAR_KINDS, JoinedProse  # noqa: E402
from copylint.backends.languagetool import SPELLING_RULES, LanguageToolClient, match_span  # noqa: E402
from copylint.dialect import detect_dialect  # noqa: E402
from copylint.readers import parse  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PROFILE = ROOT / "copylint" / "data" / "languagetool_profile.json"
CACHE = ROOT / ".cache"
MIN_PRECISION = 0.8  # a rule stays on when at least this share of its alerts on published copy were real errors
FAMILY_MIN_ALERTS = 3  # a rule family is judged as one rule once it has this many alerts after the filters

# Alerts read by hand and found to be real errors in the published copy: these do not
# count against the rule. rule -> {(corpus/article, flagged text): why}.
REVIEWED: dict[str, dict[tuple[str, str], str]] = {
    "EN_A_VS_AN": {
        ("news/0013", "an"): "'an voluntary'",
        ("congress_press/0386", "a"): "'a $8,768,000 grant' (an eight-million)",
        ("wikinews_2019_2020/0081", "a"): "'a event'",
        ("wikinews_2019_2020/0102", "a"): "'a intelligence base'",
        ("wikinews_2019_2020/0136", "a"): "'a Israeli-Cypriot-Greek effort'",
        ("wikinews_2019_2020/0140", "a"): "'a NBA Finals MVP'",
    },
    "THIS_YEARS_POSSESSIVE_APOSTROPHE": {("news/0015", "years"): "'this years lantern festival'"},
    "A_NNS": {("news/0015", "a swords"): "'such a swords' for 'such as swords'",
              ("congress_press/0397", "a consortia"): "'a consortia' (plural)"},
    "EN_COMPOUNDS_RAIN_STORM": {("news/0015", "rain storm"): "'rainstorm'"},
    "ARTICLE_ADJECTIVE_OF": {("news/0018", "reminiscent"): "'is a reminiscent of'"},
    "ASK_TO": {("news/0021", "asks to"): "'asks to the regional government to'"},
    "CONFUSION_OF_ME_I": {("interviews/0001", "Me"): "'Me and a studymate were'"},
    "LOOSE_LOSE": {("interviews/0005", "loose"): "'it will loose strength'"},
    "IN_THE_MEAN_TIME_PHRASE": {("interviews/0005", "In the mean time"): "'meantime'"},
    "NOUN_VERB_CONFUSION": {("interviews/0005", "cut-off"): "the verb is 'cut off'"},
    "THERE_S_MANY": {
        ("interviews/0007", "There's supplies"): "'There are supplies'",
        ("congress_press/0037", "There\u2019s regulations"): "'There are regulations'",
        ("congress_press/0252", "there's millions"): "'there are millions'",
    },
    "EN_COMPOUNDS_BEFORE_HAND": {("interviews/0008", "before hand"): "'beforehand' (both alerts)"},
    "IT_IS_2": {("interviews/0013", "its"): "'means its as simple'",
                ("congress_press/0134", "its"): "'ensure its accessible'"},
    "I_LOWERCASE": {("interviews/0013", "i"): "'but i am'"},
    "PRP_THE": {("interviews/0015", "he"): "'after he a telegram' (word missing)"},
    "ABOUT_ITS_NN": {("interviews/0015", "it's"): "'it's reward'"},
    "EN_CONTRACTION_SPELLING": {("interviews/0015", "youll"): "'youll'"},
    "AGREEMENT_SENT_START": {("interviews/0017", "is"): "'what events is today important'"},
    "THEY_WHERE": {("interviews/0018", "where"): "'there where mathematician'"},
    "LESS_MORE_THEN": {("interviews/0018", "then"): "'more pretty then they were'"},
    "CD_NN": {("interviews/0018", "thing"): "'two thing'"},
    "EN_SPLIT_WORDS_HYPHEN": {("interviews/0010", "Euro- NATO"): "stray space", ("congress_press/0023", "bur- den"): "split word",
                              ("congress_press/0256", "tax- exempt"): "stray space"},
    "EN_COMPOUNDS_TAX_EXEMPT": {("congress_press/0256", "tax- exempt"): "stray space"},
    "HOW_TO_HYPHEN": {("interviews/0009", "how to"): "'how-to manual'"},
    "PHRASE_REPETITION": {
        ("congress_press/0009", "in the in the"): "doubled phrase",
        ("congress_press/0136", "support a support a"): "doubled phrase",
        ("congress_press/0175", "along with along with"): "doubled phrase",
        ("wikinews_2019_2020/0111", "into a into a"): "doubled phrase",
    },
    "CONFUSION_DUE_DO": {("congress_press/0027", "Due"): "'Due increasing' (to missing)"},
    "TOO_ADJECTIVE_TO": {("congress_press/0179", "to today to"): "'We write to today to'"},
    "MISSING_ARTICLE": {("congress_press/0185", "was passionate"): "'was passionate educator'"},
    "THE_SUPERLATIVE": {("congress_press/0248", "largest"): "'This is largest bridge'"},
    "MD_BASEFORM": {("wikinews_2019_2020/0028", "required"): "'would required'"},
    "A_MY": {("wikinews_2019_2020/0016", "another his"): "'another his sister'"},
    "IN_JANUARY": {("wikinews_2019_2020/0142", "in February"): "'died in February 6'"},
    "YESTERDAY_NIGHT": {("wikinews_2019_2020/0065", "yesterday night"): "'last night'"},
    "EN_MULTITOKEN_SPELLING_TWO": {("wikinews_2019_2020/0113", "Escerichia coli"): "'Escherichia'"},
    "PREPOSITION_VERB": {("congress_press/0072", "withdraw"): "'the withdraw' for 'withdrawal'"},
    "CLEAN_UP": {("congress_press/0388", "cleanup"): "the verb is 'clean up'"},
    "VERB_NOUN_CONFUSION": {("congress_press/0217", "break down"): "the noun is 'breakdown'",
                            ("wikinews_2019_2020/0124", "shut down"): "the noun is 'shutdown'",
                            ("congress_press/0220", "cover ups"): "the noun is 'cover-ups'"},
    "ROLL_OUT_HYPHEN": {("congress_press/0227", "roll out"): "the noun is 'rollout'"},
    "EN_COMPOUNDS_COVER_UPS": {("congress_press/0220", "cover ups"): "'cover-ups'"},
    "EN_COMPOUNDS_TWENTY_THREE": {("wikinews_2019_2020/0110", "twenty three"): "'twenty-three'"},
    # seen only on the second reading, with the profile's rules off
    "BEFORE_HAND": {("interviews/0008", "before hand"): "'beforehand' (both alerts)"},
    "MILE_HYPHEN": {("news/0015", "15 meter high"): "'15-meter-high rotating pig'"},
    "HOUR_HYPHEN": {
        ("news/0015", "20 minute"): "'a 20-minute walk'",
        ("interviews/0016", "24 hour"): "'the 24-hour news cycle'",
        ("wikinews_2019_2020/0065", "thirty hour"): "'a thirty-hour period'",
        ("wikinews_2019_2020/0134", "seven hour"): "'the seven-hour drive'",
    },
    "YEAR_HYPHEN": {("wikinews_2019_2020/0146", "thirty-five year"): "'a thirty-five-year sentence'"},
}


def collect(name: str, items: list[Article], url: str, off: frozenset[str] = frozenset()) -> tuple[list[dict], int, float]:
    """Every match on ``items`` with its context, the word count and the server's wall time,
    with the rules in ``off`` disabled as well as the speller."""
    cache = CACHE / f"languagetool-matches-{name}{_off_suffix(off)}.json"
    if cache.is_file():
        data = json.loads(cache.read_text())
        if data.get("articles") == len(items):
            return data["matches"], data["words"], data["seconds"]
    client = LanguageToolClient(url, 120)
    out: list[dict] = []
    words = 0
    began = time.perf_counter()
    for article in items:
        doc = parse(article.text, article.name + ".txt", "txt")
        segments = [s for s in doc.segments if s.kind in GRAMMAR_KINDS]
        words += sum(len(s.text.split()) for s in segments)
        if not segments:
            continue
        joined = JoinedProse.build(segments)
        language = detect_dialect(doc)  # as the check does when languagetool_language is unset
        matches, _ = client.check(joined.text, language, disabled_rules=SPELLING_RULES + tuple(off))
        for m in matches:
            start, end = match_span(joined.text, m)
            located = joined.locate(start, end)
            if located is None:
                continue
            seg, a, b = located
            out.append({
                "article": article.name, "rule": m.rule_id, "category": m.category_id,
                "issue_type": m.issue_type, "text": seg.text[a:b],
                "context": seg.text[max(0, a - 40):b + 30].replace("\n", " "),
                "why_dropped": lt_profile.context_drop(seg, a, b, m.rule_id, m.category_id, doc),
            })
    seconds = time.perf_counter() - began
    client.close()
    CACHE.mkdir(exist_ok=True)
    cache.write_text(json.dumps({"articles": len(items), "words": words, "seconds": seconds, "matches": out}))
    return out, words, seconds


def _off_suffix(off: frozenset[str]) -> str:
    """The cache name's suffix for a reading with ``off`` disabled: a reading made with other
    rules off is not reused."""
    return "-profiled-" + hashlib.sha256(",".join(sorted(off)).encode()).hexdigest()[:12] if off else ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--show")
    parser.add_argument("--us", type=Path)
    parser.add_argument("--refresh", action="store_true", help="ask the server again (drop the cached matches)")
    parser.add_argument("--reconsider", action="store_true",
                        help="judge every rule afresh (by default the rules the shipped profile has off stay off)")
    args = parser.parse_args(argv)
    sets = corpora(args.us)
    if args.refresh:
        for name in sets:
            for path in CACHE.glob(f"languagetool-matches-{name}*.json"):
                path.unlink()
    with languagetool_server() as url:
        results = {name: collect(name, items, url) for name, items in sets.items()}
        # LanguageTool keeps one match per place: with the noisy rules off, rules they hid can
        # speak. So the corpora are read again with the current profile's rules off, and the
        # decision is made on both readings together (the same match counted once).
        current = lt_profile.rules_off()
        if current:
            for name, items in sets.items():
                again, words, _ = collect(name, items, url, current)
                seen = {(m["article"], m["rule"], m["context"]) for m in results[name][0]}
                extra = [m for m in again if (m["article"], m["rule"], m["context"]) not in seen]
                results[name] = (results[name][0] + extra, words, results[name][2])

    if args.show:
        for name, (matches, _, _) in results.items():
            for m in matches:
                if m["rule"] == args.show:
                    print(f"{name}/{m['article']}: {m['why_dropped'] or 'KEPT'}: ...{m['context']}... [{m['text']}]")
        return 0

    # by category, raw (before context filters)
    cat_rows = []
    categories = sorted({m["category"] for r in results.values() for m in r[0]})
    for cat in categories:
        row: list[object] = [cat, "off" if cat in lt_profile.HOUSE_STYLE_CATEGORIES else "on"]
        for _, (matches, words, _) in results.items():
            n = sum(1 for m in matches if m["category"] == cat)
            row += [n, round(n * 1000 / words, 3)]
        cat_rows.append(row)
    headers = ["category", "profile"]
    for name in results:
        headers += [f"{name} alerts", f"{name} /1k words"]
    print_table(headers, cat_rows, title="LanguageTool alone (speller off), alerts by category on clean copy")

    # by rule: raw, after context filters, unexplained
    raw: dict[str, Counter[str]] = defaultdict(Counter)
    kept: dict[str, Counter[str]] = defaultdict(Counter)
    unexplained: Counter[str] = Counter()
    category_of: dict[str, str] = {}
    dropped_by: Counter[str] = Counter()
    for name, (matches, _, _) in results.items():
        for m in matches:
            rule = m["rule"]
            category_of[rule] = m["category"]
            raw[rule][name] += 1
            if m["why_dropped"]:
                dropped_by[m["why_dropped"]] += 1
                continue
            kept[rule][name] += 1
            if (m["article"], m["text"]) not in REVIEWED.get(rule, {}):
                unexplained[rule] += 1
    off = {r for r in raw if category_of[r] in lt_profile.HOUSE_STYLE_CATEGORIES
           or unexplained[r] > (1 - MIN_PRECISION) * sum(kept[r].values())}
    families = family_decisions(raw, kept, unexplained)
    off |= {r for r in raw if lt_profile.family(r) in families}
    # A rule found noisy on an earlier reading stays off with its recorded evidence: which
    # rule LanguageTool lets speak at a place depends on which rules were off when it read.
    earlier = {} if args.reconsider else {r: e for r, e in lt_profile.profile().get("rules_off", {}).items()
                                          if r not in off}
    off |= set(earlier)
    rows = []
    for rule in sorted(raw, key=lambda r: (-sum(raw[r].values()), r)):
        row = [rule, category_of[rule], "off" if rule in off else "on"]
        for name, (_, words, _) in results.items():
            row += [raw[rule][name], kept[rule][name], round(raw[rule][name] * 1000 / words, 3)]
        rows.append(row)
    headers = ["rule", "category", "profile"]
    for name in results:
        headers += [f"{name} raw", f"{name} after context", f"{name} raw /1k"]
    print_table(headers, rows, title="LanguageTool alone (speller off), alerts by rule on clean copy")
    print_table(["context filter", "alerts dropped"], sorted(dropped_by.items()),
                title="matches dropped by copylint's context (both corpora)")

    summary = []
    for name, (matches, words, seconds) in results.items():
        alone = len(matches)
        profile = sum(1 for m in matches if not m["why_dropped"] and m["rule"] not in off)
        summary.append([name, words, alone, round(alone * 1000 / words, 3), profile, round(profile * 1000 / words, 3),
                        round(words / seconds) if seconds else "-"])
    print_table(["corpus", "words", "LT alone", "per 1k", "news profile", "per 1k", "words/s (server wall)"], summary,
                title="LanguageTool alone vs its news profile (before de-duplication with builtin rules)")

    if args.write:
        data = {
            "languagetool": "6.6",
            "measured_on": {name: {"articles": len(sets[name]), "words": results[name][1]} for name in results},
            "min_precision": MIN_PRECISION,
            "house_style_categories": sorted(lt_profile.HOUSE_STYLE_CATEGORIES),
            "families_off": {f: families[f] for f in sorted(families)},
            "rules_off": {r: earlier.get(r) or {
                "category": category_of[r], "alerts": {n: raw[r][n] for n in results if raw[r][n]},
                "after_context": unexplained[r],
                **({"family": lt_profile.family(r)} if lt_profile.family(r) in families else {})} for r in sorted(off)},
        }
        PROFILE.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n")
        print(f"\nwrote {PROFILE.relative_to(ROOT)}: {len(off)} rules off")
    return 0


def family_decisions(raw: dict[str, Counter[str]], kept: dict[str, Counter[str]],
                     unexplained: Counter[str]) -> dict[str, dict]:
    """Each rule family's evidence, judged as one rule (printed as a table); the families
    returned with ``off`` true are off whole."""
    out: dict[str, dict] = {}
    for name in lt_profile.FAMILIES:
        members = sorted(r for r in raw if lt_profile.family(r) == name)
        alerts = sum(sum(kept[r].values()) for r in members)
        wrong = sum(unexplained[r] for r in members)
        out[name] = {"members_seen": len(members), "alerts_after_context": alerts, "not_real_errors": wrong,
                     "off": alerts >= FAMILY_MIN_ALERTS and wrong > (1 - MIN_PRECISION) * alerts}
    print_table(["rule family", "members seen", "alerts after context", "not read as real errors", "precision",
                 "profile"],
                [[f, e["members_seen"], e["alerts_after_context"], e["not_real_errors"],
                  round(1 - e["not_real_errors"] / e["alerts_after_context"], 3) if e["alerts_after_context"] else "-",
                  "off (whole family)" if e["off"] else "on (rule by rule)"] for f, e in out.items()],
                title=f"rule families judged as one rule (at least {FAMILY_MIN_ALERTS} alerts, "
                      f"precision >= {MIN_PRECISION})")
    return {f: e for f, e in out.items() if e["off"]}


if __name__ == "__main__":
    os.environ.setdefault("XDG_CACHE_HOME", str(ROOT / ".cache"))
    sys.exit(main())
