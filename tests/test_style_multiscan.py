"""The multi-pattern pass (copylint.style.multiscan, needles) against the plain per-rule path.

The pass only decides where a rule's own pattern is run; these tests check that it never
hides a match: needles are sound for generated patterns and texts, case folding covers what
Python's re and RE2 match regardless of case, and generated rule packs (random phrases,
overlapping phrases, case variants, regexes with and without literals) and the shipped
packs report exactly the same findings gated and plain."""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

import pytest
import re2

from copylint.readers import parse
from copylint.style import loader
from copylint.style.lexicon import token_prefix, token_regex
from copylint.style.needles import fold, required_literals
from copylint.style.packs import builtin_pack_names
from copylint.style.plan import RulePlan
from copylint.style.scopes import DocView

CORPUS = Path(__file__).parent / "corpus" / "wikinews"
#: letters whose case partners are unusual (long s, dotless i, Kelvin sign, final sigma...)
TRICKY = "sS\u017fiI\u0131\u0130kK\u212a\u03c3\u03c2\u03a3\u00b5\u03bc\u00e9\u00c9"
ALPHABET = "abcdeklmnorsuy" + "ABCDEKLMNORSUY" + TRICKY + " \n.,;:'-\u2019\u2010\u00a0\"()0123456789"
WORDS = ["per", "cent", "percent", "on", "online", "on-line", "US", "U.S.", "us", "email", "e-mail", "Kelvin",
         "\u0130stanbul", "istanbul", "\u03a3\u03bf\u03c6\u03af\u03b1", "la", "la la", "cr\u00e8me", "Sm\u00f8rrebr\u00f8d",
         "o'clock", "don't", "Mr.", "mr", "New York", "york", "a.m.", "ok", "OK", "okay"]


def _text(rng: random.Random, words: list[str], n: int) -> str:
    out = []
    for _ in range(n):
        r = rng.random()
        if r < 0.55:
            w = rng.choice(words)
            variant = rng.random()
            w = w.upper() if variant < 0.15 else w.title() if variant < 0.3 else w.lower() if variant < 0.4 else w
        elif r < 0.85:
            w = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 6)))
        else:
            w = rng.choice(["the", "said", "and", "in", "\u2014", "a", "was"])
        out.append(w)
        out.append(rng.choice([" ", " ", " ", "  ", ", ", ". ", "-", "'", "\u2019", "\n", " (", ") "]))
    return "".join(out)


# --- needles -------------------------------------------------------------------------

_PIECES = [r"\bword\b", "per", r"\s+", "cent", "(?:Mr|Ms)", r"\.", "[0-9]", "[1-3]", r"\d+", "[a-z]{2,}", "x*", "y?",
           "(?=ab)", "(?<=c)", "(?!zz)", "(?<!q)", "^", "$", "(?:on|off)+", "(?:ab){2}", "(?:la )+", "s", "\u017f", "k",
           "\u212a", "\u0131", "I", "\u03c3", "\u03a3", "(?i:ok)", "(?:u|U)\\.s", "[-\u2010]", "e-?mail", ".", "[^x]"]


def _pattern(rng: random.Random) -> str:
    parts = [rng.choice(_PIECES) for _ in range(rng.randint(1, 5))]
    if rng.random() < 0.2:
        parts = ["(?:" + "".join(parts) + "|" + rng.choice(_PIECES) + ")"]
    return "".join(parts)


def _sample(rng: random.Random, compiled: re.Pattern[str]) -> str:
    """A text likely to hold a match: random text around strings the pieces spell."""
    seeds = ["per cent", "Mr. ", "word", "ab", "cab", "onoff", "abab", "la la ", "email", "e-mail", "U.s", "u.s",
             "OK", "ok", "\u017fs", "K\u212ak", "\u0131I\u0130i", "\u03c3\u03c2\u03a3", "13", "xyz"]
    return _text(rng, seeds + WORDS, rng.randint(2, 12))


@pytest.mark.parametrize("seed", range(6))
def test_needles_are_in_every_text_a_pattern_matches(seed: int) -> None:
    rng = random.Random(seed)
    checked = 0
    for _ in range(400):
        source = _pattern(rng)
        flags = re.IGNORECASE if rng.random() < 0.4 else 0
        try:
            compiled = re.compile(source, flags)
        except re.error:
            continue
        needles = required_literals(source, flags)
        for _ in range(15):
            text = _sample(rng, compiled)
            if compiled.search(text) is None:
                continue
            checked += 1
            if needles is None:
                continue
            haystack = fold(text) if needles.folded else text
            assert any(s in haystack for s in needles.strings), (source, flags, text, needles)
    assert checked > 100  # the generator does produce matches


def test_needles_of_typical_patterns() -> None:
    assert required_literals(r"(January|March),\s*(\d{4})").strings == ("January,", "March,")
    assert required_literals(r"[ \u00a0](?<=\S.)[ \u00a0]+(?=\S)").strings == ("  ", " \u00a0", "\u00a0 ", "\u00a0\u00a0")
    assert required_literals(r"\bclick\s+here\b", re.IGNORECASE).folded
    assert required_literals(r"[A-Z]{2,6}") is None  # nothing to filter on: runs everywhere
    assert required_literals(r"(?i:abc)def").strings == ("def",)  # a case-insensitive group is no exact needle
    assert required_literals(r"\d+(?:st|nd|rd|th)") is not None


def test_prefixes_of_tokens_start_every_match() -> None:
    rng = random.Random(7)
    for token in [*WORDS, "rock 'n' roll", "e‐mail", "o’clock"]:
        prefix = token_prefix(token)
        assert prefix and all(prefix)
        for insensitive in (False, True):
            pattern = re.compile(token_regex(token), re.IGNORECASE if insensitive else 0)
            strings = tuple(fold(s) for s in prefix) if insensitive else tuple(prefix)
            for _ in range(200):
                text = _text(rng, WORDS, 6)
                for m in pattern.finditer(text):
                    at = (fold(text) if insensitive else text)[m.start():]
                    assert at.startswith(strings), (token, text, m)


def _cased_characters() -> list[str]:
    out = []
    for i in range(sys.maxunicode + 1):
        if 0xD800 <= i < 0xE000:
            continue
        c = chr(i)
        if c.lower() != c or c.upper() != c:
            out.append(c)
    return out


def test_fold_joins_every_case_insensitive_match_of_re_and_re2() -> None:
    cased = _cased_characters()
    everything = "".join(cased)
    for c in cased:
        if not c.isalpha():
            continue
        for t in re.findall(re.escape(c), everything, re.IGNORECASE):
            assert fold(t) == fold(c), (c, t)
    for c in cased[::7]:  # RE2: a sample (the folds are the same tables); every character is slow
        for t in re2.findall("(?i)" + re2.escape(c), everything):
            assert fold(t) == fold(c), (c, t)
    assert len(fold(everything)) == len(everything)  # position for position


# --- rule packs, gated and plain -------------------------------------------------------

def _rule(rid: str, body: dict) -> str:
    spec = {"id": f"style.{rid}", "summary": "A generated rule.", "rationale": "Generated for the equivalence test.",
            "message": 'Found "{match}"', "severity": "warning",
            "examples": {"bad": ["[[nothing]]"], "good": ["nothing"]}, **body}
    return json.dumps(spec, ensure_ascii=False)  # JSON is YAML


_REGEXES = [r"\bper\s+cent\b", r"(?:Mr|Ms)\.", r"U\.S\.", r"[A-Z]{2,}", r"\d+", r"e-?mail", r"\bla(?: la)+\b",
            r"on-?line", r"\bkelvin\b", r"istanbul", r"\u03c3\u03bf\u03c6", r"o'clock", r"(?:new|old) york",
            r"\bok(?:ay)?\b", r"a\.m\.", r"cr\u00e8me", r"\w+'s", r"^[A-Z]\w+", r"\w+$", r"\b[A-Z]{2}\d{0,2}\b",
            r"(?i)\bs\w"]


def _pack(rng: random.Random, folder: Path, count: int) -> None:
    folder.mkdir()
    for n in range(count):
        kind = rng.choice(["tokens", "patterns", "both", "swap", "swap-regex", "either", "either-regex"])
        case = rng.choice(["smart", "insensitive", "sensitive"])
        tokens = rng.sample(WORDS, rng.randint(1, 4))
        regexes = rng.sample(_REGEXES, rng.randint(1, 3))
        scope = rng.choice(["body", "document", "sentence", "paragraph"])
        if kind in ("tokens", "patterns", "both"):
            body: dict = {"type": "existence", "case": case, "scope": scope}
            if kind != "patterns":
                body["tokens"] = tokens
            if kind != "tokens":
                body["patterns"] = regexes
            if rng.random() < 0.3:
                body["exceptions"] = [rng.choice(tokens)]
        elif kind.startswith("swap"):
            keys = regexes if kind == "swap-regex" else tokens
            body = {"type": "substitution", "case": case, "scope": scope, "regex": kind == "swap-regex",
                    "swap": {k: f"X{i}" for i, k in enumerate(keys)}}
        else:
            forms = regexes if kind == "either-regex" else tokens
            if len(forms) < 2:
                forms = [*forms, "okay" if kind == "either" else r"\bokay\b"]
            body = {"type": "consistency", "case": case, "scope": scope, "regex": kind == "either-regex",
                    "either": [forms]}
        (folder / f"gen-{n:03d}.yaml").write_text(_rule(f"gen-{n:03d}", body), encoding="utf-8")


def _findings(ruleset: loader.RuleSet, doc, gated: bool) -> list[tuple]:  # type: ignore[no-untyped-def]
    view = DocView(doc, ruleset.lexicon, gated=gated)
    out = []
    for rule in ruleset.rules:
        for f in rule.run(view):
            where = view.index_of(f.segment) if f.segment is not None else None
            out.append((f.rule, where, f.start, f.end, f.message, f.suggestions))
    return out


@pytest.mark.parametrize("seed", range(4))
def test_generated_packs_report_the_same_gated_and_plain(tmp_path: Path, seed: int) -> None:
    rng = random.Random(100 + seed)
    _pack(rng, tmp_path / "gen", 30)
    ruleset = loader.load_rules(("gen",), (str(tmp_path / "gen"),))
    assert len(ruleset.lexicon.multiscan) > 0  # some patterns are gated
    total = 0
    for _ in range(25):
        paragraphs = [_text(rng, WORDS, rng.randint(3, 40)).replace("\n", " ") for _ in range(rng.randint(1, 6))]
        doc = parse("Headline of the day\n\n" + "\n\n".join(paragraphs) + "\n", "article.txt", "txt")
        gated = _findings(ruleset, doc, True)
        assert gated == _findings(ruleset, doc, False)
        total += len(gated)
    assert total > 50  # the rules do fire on the generated copy


def test_shipped_packs_report_the_same_gated_and_plain() -> None:
    ruleset = loader.load_rules(tuple(builtin_pack_names()))
    total = 0
    for path in sorted((CORPUS / "news").glob("*.txt"))[:25]:
        doc = parse(path.read_text(encoding="utf-8"), path.name, "txt")
        gated = _findings(ruleset, doc, True)
        assert gated == _findings(ruleset, doc, False), path.name
        total += len(gated)
    assert total > 20


def _check_findings(ruleset: loader.RuleSet, doc) -> list[tuple]:  # type: ignore[no-untyped-def]
    """The findings as the HouseStyle check makes them: rules that cannot find anything skipped."""
    view = DocView(doc, ruleset.lexicon)
    enabled = {rule.id for rule in ruleset.rules}
    return [(f.rule, view.index_of(f.segment) if f.segment is not None else None, f.start, f.end, f.message,
             f.suggestions) for f in RulePlan(ruleset.rules).run(view, enabled)]


@pytest.mark.parametrize("seed", range(3))
def test_rules_left_out_where_nothing_of_theirs_is_found_would_have_found_nothing(tmp_path: Path, seed: int) -> None:
    rng = random.Random(200 + seed)
    _pack(rng, tmp_path / "gen", 40)
    ruleset = loader.load_rules(("gen",), (str(tmp_path / "gen"),))
    assert any(rule.gate_keys() for rule in ruleset.rules)
    total = left_out = 0
    for _ in range(25):
        paragraphs = [_text(rng, WORDS, rng.randint(3, 40)).replace("\n", " ") for _ in range(rng.randint(1, 6))]
        doc = parse("Headline of the day\n\n" + "\n\n".join(paragraphs) + "\n", "article.txt", "txt")
        found = _check_findings(ruleset, doc)
        assert found == _findings(ruleset, doc, False)
        total += len(found)
        left_out += len(ruleset.rules) - len(RulePlan(ruleset.rules).may_find(DocView(doc, ruleset.lexicon)))
    assert total > 50 and left_out > 50  # rules do fire, and others are left out
    shipped = loader.load_rules(tuple(builtin_pack_names()))
    for path in sorted((CORPUS / "news").glob("*.txt"))[:25]:
        doc = parse(path.read_text(encoding="utf-8"), path.name, "txt")
        assert _check_findings(shipped, doc) == _findings(shipped, doc, False), path.name


def test_a_paragraph_counts_the_words_of_its_sentences() -> None:
    """DocView.word_count sums a segment's sentence counts when it has them."""
    from copylint.style.scopes import count_words
    from copylint.tokens import sentences

    rng = random.Random(11)
    texts = [p for path in sorted((CORPUS / "news").glob("*.txt"))[:40]
             for p in path.read_text(encoding="utf-8").split("\n\n")]
    texts += [_text(rng, [*WORDS, "Mr.", "U.S.", "\u2014", "...", "?!", "3.5.", "\u201cNo.\u201d"], 30)
              .replace("\n", rng.choice([" ", "\u2028", "\x1c", "\u00a0 "])) for _ in range(400)]
    for text in texts:
        assert count_words(text) == sum(count_words(text[s:e]) for s, e in sentences(text)), text


def test_sentence_word_counts_of_a_segment_are_count_words_of_each_sentence() -> None:
    """The counts of all of a segment's sentences at once (spaces counted, tokens without a
    letter or digit found once per segment) equal count_words of each sentence, and a
    DocView's counts of units equal count_words of their texts."""
    from copylint.style.scopes import Scope, count_words, sentence_word_counts
    from copylint.tokens import sentences

    rng = random.Random(12)
    texts = [p for path in sorted((CORPUS / "news").glob("*.txt"))[:40]
             for p in path.read_text(encoding="utf-8").split("\n\n")]
    odd = [*WORDS, "Mr.", "U.S.", "\u2014", "-", "&", "...", "?!", "3.5.", "\u201cNo.\u201d", "\u2014\u2014", "'"]
    texts += [_text(rng, odd, 30).replace("\n", rng.choice([" ", "  ", "\u2028", "\x1c", "\u00a0 ", "\t"]))
              for _ in range(600)]
    for text in texts:
        spans = sentences(text)
        assert sentence_word_counts(text, spans) == [count_words(text[s:e]) for s, e in spans], text
    for path in sorted((CORPUS / "news").glob("*.txt"))[:20]:
        doc = parse(path.read_text(encoding="utf-8"), path.name, "txt")
        view = DocView(doc)
        for names in (("sentence",), ("paragraph", "list_item"), ("body",), ("headline", "sentence")):
            scope = Scope.parse(names)
            units = view.units(scope)
            assert view.unit_word_counts(scope) == [count_words(u.text) for u in units]
            assert [view.word_count(u) for u in units] == [count_words(u.text) for u in units]


def test_too_many_needles_turn_the_pass_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Past the needle budget every pattern runs everywhere (RE2 must never run out of memory
    and so report nothing)."""
    from copylint.style import multiscan

    monkeypatch.setattr(multiscan, "MAX_NEEDLE_CHARS", 10)
    rng = random.Random(5)
    _pack(rng, tmp_path / "gen", 12)
    ruleset = loader.load_rules(("gen",), (str(tmp_path / "gen"),))
    assert not ruleset.lexicon.multiscan.usable
    doc = parse("Headline\n\n" + _text(rng, WORDS, 60).replace("\n", " ") + "\n", "a.txt", "txt")
    assert DocView(doc, ruleset.lexicon).multiscan is None
    assert _findings(ruleset, doc, True) == _findings(ruleset, doc, False)


def test_alternation_shortcuts_credit_the_same_pattern() -> None:
    """A combined alternation credits each match to a pattern by its first character, and
    takes the scan's own match where one group-less pattern can begin: the same as trying
    every pattern in order."""
    from copylint.style.rule import Alternation

    groups = [['"(?<![^\\s(\\[{\u2014\u2013/-]")', '"', "\u201c", "\u201e", "\u201d"],
              ["'(?<![^\\s(\\[{\u2014\u2013/-]')(?=[^\\W\\d_])", "'", "\u2018", "\u2019"],
              [",,+", ";;+", "\\.(?<=[^\\s.]\\.)\\.(?![.])"],
              ["U\\.S\\.", "US", "U(\\.)K", "UK\\b", "e-?mail", "email"]]
    rng = random.Random(3)
    texts = [p.read_text(encoding="utf-8") for p in sorted((CORPUS / "news").glob("*.txt"))[:15]]
    texts += [_text(rng, [*WORDS, '"', "\u201c", "\u2019", ",,", ";;", "..", "UK", "U.K"], 40) for _ in range(100)]
    for sources in groups:
        fast = Alternation([re.compile(s) for s in sources])
        slow = Alternation([re.compile(s) for s in sources])
        assert fast.combined is not None
        slow.by_first, slow.plain = None, [False] * len(sources)
        for text in texts:
            assert [(i, m.span()) for i, m in fast.finditer(text)] == [(i, m.span()) for i, m in slow.finditer(text)]


# --- fast paths against their references ---------------------------------------------

_NOT_ASCII = "\u2019\u2018\u201c\u201d\u2014\u2013\u2010\u00a0\u2026\u00e9\u00c9\u00f8\u00df\u1e9e\u00b5\u2028"


def test_fold_of_text_with_caseless_others_is_the_unicode_fold() -> None:
    """fold's fast path (ASCII letters lowered in UTF-8 when the other characters have no
    case) gives what the Unicode fold gives, and fold_utf8 its UTF-8, on many texts."""
    from copylint.style.needles import _fold_unicode, fold_utf8

    rng = random.Random(21)
    texts = [path.read_text(encoding="utf-8") for path in sorted((CORPUS / "news").glob("*.txt"))[:40]]
    for _ in range(3000):
        extra = rng.choice(["", TRICKY, _NOT_ASCII, "\u2019\u201c\u201d\u2014", "\u03a3\u0130", "\ud800"])
        alphabet = ALPHABET + extra
        texts.append("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))))
    fast = 0
    for text in texts:
        data = text.encode("utf-8", "surrogatepass")
        expected = text.lower() if text.isascii() else _fold_unicode(text)
        assert fold(text) == expected, text
        folded, folded_data = fold_utf8(text, data)
        assert (folded, folded_data) == (expected, expected.encode("utf-8", "surrogatepass")), text
        fast += not text.isascii() and data.lower() == folded_data
    assert fast > 200  # the fast path was taken often


def test_loose_keys_of_many_texts_at_once_are_each_texts_key() -> None:
    """loose_keys (texts joined, keyed in C, split) and loose_key's fast path for text whose
    other characters fold to themselves equal the reference: the fingerprint without spaces."""
    from copylint.style.ruletypes.repetition import fingerprint, loose_key, loose_keys

    rng = random.Random(22)
    for _ in range(1500):
        base = rng.choice([ALPHABET, ALPHABET.replace(TRICKY, "")])  # (without letters of unusual case: the fast path)
        alphabet = base + rng.choice(["", "\x00", _NOT_ASCII, _NOT_ASCII + "\u2028\x85", TRICKY, "\u00df"])
        texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(rng.randint(0, 8))]
        expected = [fingerprint(t).replace(" ", "").encode("utf-8", "surrogatepass") for t in texts]
        assert [loose_key(t) for t in texts] == expected, texts
        assert loose_keys(texts) == expected, texts


@pytest.mark.parametrize("seed", range(4))
def test_patterns_read_as_start_only_never_match_past_the_start(seed: int) -> None:
    """A pattern only_at_start takes for one that matches only at the start of a text (so it
    gets no needles and is tried on every unit) never matches anywhere else, on re and RE2."""
    from copylint.style.regexes import only_at_start

    rng = random.Random(seed)
    fixed = [r"^a", r"\Aab", r"(?:^a)|(?:^b)", r"(?i)^(?:read|see)\s+also", r"(^x|\Ay)z", r"^\d+$",
             r"(?m)^a", r"(?m:^a)|^b", r"a|^b", r"(?:a)^", r"\b^a"]
    patterns = fixed + ["".join(rng.choice(["^", r"\A", ""]) + _pattern(rng)) for _ in range(60)]
    taken = 0
    for pattern in patterns:
        try:
            compiled = re.compile(pattern)
        except re.error:
            continue
        if not only_at_start(pattern):
            continue
        taken += 1
        for _ in range(20):
            text = _sample(rng, compiled)
            assert all(m.start() == 0 for m in compiled.finditer(text)), (pattern, text)
            try:
                found = list(re2.finditer(pattern, text))
            except re2.error:  # (a look-behind: not RE2's)
                found = []
            assert all(m.start() == 0 for m in found), (pattern, text)
    assert taken >= 10
    assert not only_at_start(r"(?m)^a") and not only_at_start(r"^a", re.MULTILINE) and only_at_start(r"\Aa", re.MULTILINE)
    assert not only_at_start(r"a|^b") and only_at_start(r"(?:^a)|(?:^b)")


def test_a_paragraphs_loose_key_is_its_sentences_keys_joined() -> None:
    """Repetition's quick test builds each paragraph's loose key from its sentences': the
    text between sentences is white space, which the key leaves out."""
    from copylint.style.ruletypes.repetition import loose_key, loose_keys
    from copylint.tokens import sentences

    rng = random.Random(23)
    texts = [p for path in sorted((CORPUS / "news").glob("*.txt"))[:40]
             for p in path.read_text(encoding="utf-8").split("\n\n")]
    odd = [*WORDS, "Mr.", "U.S.", "\u2014", "...", "?!", "3.5.", "\u201cNo.\u201d", "\u2019", "\u00df", "\u0130"]
    texts += [_text(rng, odd, 30).replace("\n", rng.choice([" ", "  ", "\u2028", "\x1c", "\u00a0 ", "\t", "\x85"]))
              for _ in range(600)]
    for text in texts:
        pieces = [text[s:e] for s, e in sentences(text)]
        assert loose_key(text) == b"".join(loose_keys(pieces)), text
