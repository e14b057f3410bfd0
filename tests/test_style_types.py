"""The rule types' behaviour beyond their examples: spans, cases, quotes, scopes, fixes."""

from __future__ import annotations

import textwrap
from dataclasses import replace
from pathlib import Path

import pytest

from copylint.config import Settings, StyleSettings
from copylint.engine import Linter
from copylint.readers import parse
from copylint.style.lexicon import keep_case, token_regex
from copylint.style.quotes import quoted_spans
from copylint.style.readability import syllables
from copylint.style.ruletypes.conditional import spells
from copylint.style.scopes import count_words
from copylint.tokens import sentences

HEAD = """\
summary: s
rationale: r
examples: {{bad: ['[[x]]'], good: [y]}}
id: style.t.{name}
"""


def lint_with(tmp_path: Path, name: str, body: str, text: str, fmt: str = "body") -> list[tuple[str, tuple[str, ...], str]]:
    """Issues (text, suggestions, message) of one ad-hoc rule on ``text``."""
    pack = tmp_path / "styles" / "t"
    pack.mkdir(parents=True, exist_ok=True)
    (pack / f"{name}.yaml").write_text(HEAD.format(name=name) + textwrap.dedent(body), encoding="utf-8")
    settings = Settings(style=StyleSettings(packs=("t",), paths=(str(tmp_path / "styles"),)))
    linter = Linter(settings)
    only = replace(settings, enable=(f"style.t.{name}",), disable=("ALL",))
    doc = parse(text, "a.txt" if fmt != "md" else "a.md", fmt)
    issues = linter.lint(doc, only)
    for i in issues:
        assert i.text == doc.source[i.offset:i.end_offset]
    return [(i.text, i.suggestions, i.message) for i in issues]


# -- literal tokens -----------------------------------------------------------------------

def test_token_boundaries():
    import re

    def finds(token: str, text: str) -> list[str]:
        return [m.group() for m in re.finditer(token_regex(token), text)]

    assert finds("gotten", "ill-gotten gains, gotten late") == ["gotten"]
    assert finds("US", "US-led USA US's U.S.") == ["US", "US"]
    assert finds("U.S.", "U.S.-led U.S.A. U.S.") == ["U.S.", "U.S."]
    assert finds("per cent", "5 per\ncent and per  cent") == ["per\ncent", "per  cent"]
    assert finds("don't", "don’t do it") == ["don’t"]
    assert finds("don", "don't, don") == ["don"]
    assert finds("its", "it's its") == ["its"]


def test_keep_case():
    assert keep_case("Per cent", "percent") == "Percent"
    assert keep_case("PER CENT", "percent") == "PERCENT"
    assert keep_case("per cent", "percent") == "percent"
    assert keep_case("Okay", "OK") == "OK"


def test_existence_smart_case(tmp_path):
    body = """\
        type: existence
        message: 'no {match}'
        tokens: [going forward, US]
        """
    found = lint_with(tmp_path, "ban", body, "We act going forward and GOING FORWARD.\nThe US and us.")
    assert [t for t, _, _ in found] == ["going forward", "GOING FORWARD", "US"]


def test_existence_exceptions_regardless_of_case(tmp_path):
    body = """\
        type: existence
        message: 'adverb {match}'
        patterns: ['\\b[A-Za-z]+ly\\b']
        exceptions: [only, early]
        """
    found = lint_with(tmp_path, "ly", body, "Only early birds move quickly and Early ones slowly.")
    assert [t for t, _, _ in found] == ["quickly", "slowly"]


def test_existence_skips_quoted_speech_by_default_and_not_when_told(tmp_path):
    body = """\
        type: existence
        message: 'no {match}'
        tokens: [utilise]
        """
    text = 'We utilise it. "We utilise it," she said. ‘Utilise’ is a word, and she said: \'utilise\'.'
    assert [t for t, _, _ in lint_with(tmp_path, "ban", body, text)] == ["utilise"]
    found = lint_with(tmp_path, "ban2", body + "ignore_quotes: false\n", text)
    assert len(found) == 4


def test_existence_patterns_anchor_on_the_unit(tmp_path):
    body = """\
        type: existence
        message: 'starts {match}'
        scope: sentence
        patterns: ['^And\\b']
        """
    found = lint_with(tmp_path, "starts", body, "And so it began. The end came. And then it was over, and done.")
    assert [t for t, _, _ in found] == ["And", "And"]


def test_positions_with_non_breaking_spaces_and_markdown(tmp_path):
    body = """\
        type: existence
        message: 'no {match}'
        tokens: [follow us on twitter]
        """
    text = "# Title here\n\nPlease *follow us\u00a0on* `x` Twitter. Then follow us on **Twitter** today.\n"
    found = lint_with(tmp_path, "f", body, text, fmt="md")
    assert [t for t, _, _ in found] == ["follow us on **Twitter"]  # the code span breaks the first one


# -- substitution ---------------------------------------------------------------------------

def test_substitution_keeps_case_and_skips_no_ops(tmp_path):
    body = """\
        type: substitution
        message: 'use {suggestion}'
        swap: {per cent: percent, percent: percent}
        """
    found = lint_with(tmp_path, "pc", body, "Per cent rose 5 per cent, or 5 PER CENT; 3 percent.")
    assert [(t, s) for t, s, _ in found] == [("Per cent", ("Percent",)), ("per cent", ("percent",)),
                                             ("PER CENT", ("PERCENT",))]


def test_substitution_shares_a_sentence_full_stop(tmp_path):
    body = """\
        type: substitution
        message: 'use {suggestion}'
        swap: {US: U.S., U.K.: UK}
        """
    found = lint_with(tmp_path, "abbr", body, "They flew to the US. The U.K. team stayed.\nThey stayed in the U.K.")
    assert [(t, s) for t, s, _ in found] == [("US.", ("U.S.",)), ("U.K.", ("UK",)), ("U.K.", ("UK.",))]


def test_substitution_regex_templates_and_overlaps(tmp_path):
    body = """\
        type: substitution
        message: 'use {suggestion}'
        regex: true
        swap:
          '(\\d+)\\s?(?:pm|p\\.m\\.)': '\\1pm'
          '(\\d+)\\s?pm': 'never'
        """
    found = lint_with(tmp_path, "pm", body, "At 5 pm and 6 p.m. and 7pm.")
    assert [(t, s) for t, s, _ in found] == [("5 pm", ("5pm",)), ("6 p.m.", ("6pm",))]


# -- consistency -------------------------------------------------------------------------------

CONSISTENCY = """\
    type: consistency
    message: '{match} vs {other} x{count}'
    either: [[US, U.S.], [email, e-mail]]
    """


def test_consistency_flags_the_minority_and_breaks_ties_by_first_use(tmp_path):
    found = lint_with(tmp_path, "c", CONSISTENCY, "The U.S. said. US troops and US ships.\nAn e-mail, then an email.")
    assert [(t, s, m) for t, s, m in found] == [
        ("U.S.", ("US",), "U.S. vs US x2"),
        ("email", ("e-mail",), "email vs e-mail x1"),
    ]


def test_consistency_form_mappings_give_per_mark_fixes(tmp_path):
    body = """\
        type: consistency
        message: '{match}'
        regex: true
        either:
          - - '"\\b': '“'  # an opening quote: before a word (user patterns run on RE2: no look-behind)
              '"': '”'
            - '“': '"'
              '”': '"'
        """
    found = lint_with(tmp_path, "q", body, '“One,” she said. “Two.” Then "three" ends.')
    assert [(t, s) for t, s, _ in found] == [('"', ("“",)), ('"', ("”",))]


# -- occurrence, repetition ----------------------------------------------------------------

def test_occurrence_flags_the_whole_unit_and_skips_mostly_quoted_ones(tmp_path):
    body = """\
        type: occurrence
        message: '{count} > {max}'
        count: words
        max: 5
        """
    text = 'One two three. One two three four five six seven. "One two three four five six seven," he said.'
    found = lint_with(tmp_path, "o", body, text)
    assert found == [("One two three four five six seven.", (), "7 > 5")]


def test_occurrence_sentences_per_paragraph(tmp_path):
    body = """\
        type: occurrence
        message: '{count} sentences'
        scope: paragraph
        count: sentences
        max: 2
        """
    found = lint_with(tmp_path, "s", body, "One. Two.\nOne. Two. Three.")
    assert [m for _, _, m in found] == ["3 sentences"]


def test_repetition_flags_a_repeated_paragraph_once_and_ignores_short_or_quoted_units(tmp_path):
    body = """\
        type: repetition
        message: '{unit}: {text}'
        """
    text = ("The council met on Monday to discuss the budget. It agreed.\n"
            "Nobody objected.\n"
            "The council met on Monday to discuss the budget. It agreed.\n"
            "It agreed.\n"
            "“The council met on Monday to discuss the budget,” she said.")
    found = lint_with(tmp_path, "r", body, text)
    assert [m for _, _, m in found] == ["paragraph: The council met on Monday to discuss the …"]


# -- capitalization ----------------------------------------------------------------------------

def caps(tmp_path: Path, case: str, headline: str, body_text: str = "The storm hit the coast.") -> list[str]:
    body = f"""\
        type: capitalization
        message: '{{suggestion}}'
        case: {case}
        """
    return [s[0] for _, s, _ in lint_with(tmp_path, case.replace("-", ""), body, f"{headline}\n\n{body_text}", fmt="txt")]


def test_sentence_case_uses_the_article_as_evidence(tmp_path):
    text = "The storm hits the coast. Thousands of people fled to Iran and the Supreme Court."
    assert caps(tmp_path, "sentence", "Storm Hits Coast In Iran", text) == ["hits", "coast", "in"]
    assert caps(tmp_path, "sentence", "Supreme Court rules on storm", text) == []
    assert caps(tmp_path, "sentence", "STORM HITS COAST", text) == []  # all capitals: not judged
    assert caps(tmp_path, "sentence", "Storm: Thousands flee", text) == []  # after a colon


def test_ap_and_chicago_title_case(tmp_path):
    assert caps(tmp_path, "ap-title", "Storm hits the Coast of Iran") == ["Hits"]
    assert caps(tmp_path, "ap-title", "Storm Hits The Coast With Rain") == ["the"]
    assert caps(tmp_path, "ap-title", "What the Storm Left Behind Us in") == ["In"]  # the last word
    assert caps(tmp_path, "chicago-title", "Storm Hits the Coast With Rain") == ["with"]
    assert caps(tmp_path, "chicago-title", "Storm Hits the Coast with Rain") == []
    assert caps(tmp_path, "ap-title", "Storm Hits the Coast with Rain") == ["With"]
    assert caps(tmp_path, "ap-title", "The iPhone Maker Leaves de Gaulle Airport") == []


# -- conditional -------------------------------------------------------------------------------

def test_initials_spell_an_acronym():
    assert spells("the National Bureau of Fisheries said".split(), "NBF")
    assert spells("the World Anti-Doping Agency".split(), "WADA")
    assert spells("Non-Governmental Organisations".split(), "NGOs")
    assert not spells("the Islamic State group".split(), "ISIS")


def test_conditional_flags_only_the_first_undefined_use(tmp_path):
    body = """\
        type: conditional
        message: '{match}'
        first: '\\b[A-Z]{3,5}\\b'
        second: '\\(([A-Z]{3,5})\\)'
        exceptions: [NATO]
        """
    text = ("The IAEA met NATO. The IAEA left.\n"
            "The World Water Organization (WWO) spoke, and the WWO agreed.\n"
            "The National Bureau of Fisheries said the NBF would act.")
    assert [t for t, _, _ in lint_with(tmp_path, "acr", body, text)] == ["IAEA"]


# -- metric --------------------------------------------------------------------------------------

def test_metric_per_article_spans_the_body(tmp_path):
    body = """\
        type: metric
        message: '{formula} {value}'
        formula: flesch-reading-ease
        min: 100
        per: article
        min_words: 5
        scope: body
        """
    found = lint_with(tmp_path, "m", body, "Headline here\n\nThe council met today.\n\nIt voted on the budget.", fmt="txt")
    assert len(found) == 1
    text, _, message = found[0]
    assert text == "The council met today.\n\nIt voted on the budget." and message.startswith("flesch-reading-ease ")


def test_syllables():
    assert [syllables(w) for w in ("make", "table", "jumped", "created", "deployed", "readability")] == [1, 2, 1, 3, 2, 5]


# -- shared pieces -----------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('He said "it is fine" and left.', ['"it is fine"']),
        ("Iran condemns US ‘wickedness’ and Iraq’s role", ["‘wickedness’"]),
        ("the players' union and 'big' day", ["'big'"]),
        ("“Open quote runs to the end", ["“Open quote runs to the end"]),
        ("continued here,” she said.", ["continued here,”"]),
        ("Don't say it's done", []),
    ],
)
def test_quoted_spans(text, quoted):
    assert [text[a:b] for a, b in quoted_spans(text)] == quoted


def test_count_words():
    assert count_words("The six - member team isn't here — yet, U.S. says") == 9


def test_sentences_after_the_linear_time_rewrite():
    text = "The U.S. said so. Mr. Smith agreed. George W. Bush left. It rained. Then it stopped"
    assert [text[a:b] for a, b in sentences(text)] == [
        "The U.S. said so.", "Mr. Smith agreed.", "George W. Bush left.", "It rained.", "Then it stopped"]
    long = "Word word word. " * 5000
    assert len(sentences(long)) == 5000


def test_fingerprint_of_ascii_text_is_the_case_folded_one():
    """repetition.fingerprint's paths (bytes.translate, for ASCII text and for the ASCII
    bytes of other text) give what case-folding and the full table give, and loose_key is
    the fingerprint without its spaces (so equal fingerprints have equal loose keys)."""
    import random

    from copylint.style.ruletypes.repetition import _FOLD, fingerprint, loose_key

    rng = random.Random(3)
    chars = [chr(c) for c in range(128)] + ["\u2019", "\u201c", "\u00df", "\u0130", "\u2014", "\u00e9"]
    chars += [chr(c) for c in _FOLD if c >= 128] + ["\u00a0", "\u2028", "\ufb03", "\udcff", "\U0001f600"]
    texts = ["".join(rng.choice(chars) for _ in range(rng.randint(0, 60))) for _ in range(3000)]
    texts += ["The U.S. Senate's well-known vote -- \"passed\" (51-49)!", "Stra\u00dfe ISTANBUL \u0130stanbul"]
    for text in texts:
        assert fingerprint(text) == " ".join(text.casefold().translate(_FOLD).split()), repr(text)
        assert loose_key(text) == fingerprint(text).replace(" ", "").encode("utf-8", "surrogatepass"), repr(text)


def test_every_rule_type_name_has_its_class_and_the_metric_formulas_are_named_alike():
    """TYPES imports a type's module when first asked for it: every name the schema accepts
    maps to a StyleRule subclass of that module; metric.FORMULA_NAMES (checked before the
    formulas are imported) lists readability.FORMULAS in order."""
    from copylint.style.readability import FORMULAS
    from copylint.style.rule import StyleRule
    from copylint.style.ruletypes import TYPES
    from copylint.style.ruletypes.metric import FORMULA_NAMES
    from copylint.style.schema import RULE_TYPES

    assert tuple(TYPES) == RULE_TYPES and len(TYPES) == len(RULE_TYPES)
    for name in RULE_TYPES:
        cls = TYPES[name]
        assert issubclass(cls, StyleRule) and cls.__module__ == f"copylint.style.ruletypes.{name}"
        assert TYPES[name] is cls
    with pytest.raises(KeyError):
        TYPES["no-such-type"]
    assert FORMULA_NAMES == tuple(FORMULAS)
