"""Grammar quality, on each corpus separately: recall on errors injected into clean copy,
alerts per 1,000 words on the untouched copy (per rule and per error class), and recall on
real editors' fixes.

    python benchmarks/quality.py grammar
    python benchmarks/quality/grammar.py [--show] [--harper] [--corpus wikinews|us] [--no-real] [--only-real]
                                         [--no-languagetool]

Corpora: ``wikinews`` (mixed British and American news) and ``us`` (congressional press
releases and American-spelled Wikinews), read from ``$COPYLINT_CORPORA`` (default
/work/shared/corpus; Wikinews falls back to tests/corpus/wikinews), and ``real-errors``
(editors' fixes in Wikipedia text, IteraTeR) for the real-error table.

Each injector finds sites in clean copy and makes ONE error per article copy (e.g. "on
Tuesday" -> "in Tuesday", "a"/"an" swapped, "the" before a country, "its" -> "it's"); an
injection counts as caught when the expected rule reports a span overlapping it. Sites are
drawn with a fixed seed (each kind by its own generator), at most ``PER_RULE`` per injector.
``--show`` prints every clean alert and every miss; ``--harper`` also measures what the
Harper backend catches.

A real fix counts as caught ("named") when an alert touches it and spans at most
:data:`NAMED_SPAN` characters: a note on a whole sentence (``style.long-sentence``) touches
every edit inside it without naming any, so it is left out of recall (the older measure,
"touched by any alert", is printed beside it). The real-error table counts every alert of the default configuration at every severity (an
info note such as a long sentence counts as much as an error), and splits the alerts that
touch no edit by severity and by rule. With ``--show`` it lists each missed word/grammar fix
and each alert that touches no edit; ``--only-real`` skips the clean corpora.

The real-error tables carry a row ``default checks + LanguageTool``: the default checks with a
real LanguageTool server as a second grammar backend (its news profile as shipped), so that
users see what LanguageTool adds. The server is ``COPYLINT_LANGUAGETOOL_URL`` when set, else one
started from the project's own provisioning (tools/languagetool/lt.py, as .ci/run does) and
stopped at the end; with no Java, Maven or network the row is skipped with a message saying
why. ``--no-languagetool`` leaves it out. ``benchmarks/languagetool_real.py`` has the details
(every LanguageTool rule, its strays read one by one).
"""

from __future__ import annotations

import contextlib
import os
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
from benchmarks.quality.real_classes import CLASS_NAMES, FIX_CLASSES  # noqa: E402
from benchmarks.quality.real_verdicts import verdict  # noqa: E402
from copylint.config import GrammarSettings, Settings  # noqa: E402
from copylint.engine import Linter  # noqa: E402
from copylint.grammar.lexicon import places, verb_form, verb_tags, word_tags  # noqa: E402
from copylint.readers import parse  # noqa: E402

PER_RULE = 60
SEED = 20200101
#: An alert longer than this (a whole-sentence note) names no single real fix.
NAMED_SPAN = 80


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
        if text[:m.start(2)].split()[-1].lower() in _NOT_SUBJECT_VERB:
            continue  # "pieces of legislation that will ensure": not the head's verb
        noun = text[m.start(2) - 1::-1].split(" ", 2)[1][::-1]
        if "n" not in word_tags(noun) or "N" in word_tags(noun):
            continue
        wrong = {"have": "has", "are": "is", "were": "was"}.get(verb) or (
            verb_form(verb, "z") if verb_tags(verb) == "v" else None)
        if wrong:
            yield m.start(2), m.end(2), wrong, "plural of-phrase + singular verb"


_NOT_SUBJECT_VERB = frozenset("will would can could should may might must to that which who not did does do".split())


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


_WORD = re.compile(r"[A-Za-z]+")


def _modal_of(text: str) -> Iterator[Site]:
    for m in re.finditer(r"\b(?:should|could|would|must|might)(?:n['\u2019]t)? (have) ([a-z]+)\b", text):
        if "p" in verb_tags(m.group(2)) or m.group(2) == "been":
            yield m.start(1), m.end(1), "of", "modal have -> of"



def _missing_apostrophe(text: str) -> Iterator[Site]:
    pattern = r"\b(can['\u2019]t|won['\u2019]t|I['\u2019]m|I['\u2019]ve|Let['\u2019]s|[Hh]e['\u2019]s|[Ss]he['\u2019]s|[Ww]hat['\u2019]s|We['\u2019]ll|We['\u2019]re)\b"
    for m in re.finditer(pattern, text):
        word = m.group(1)
        yield m.start(1), m.end(1), re.sub("['\u2019]", "", word), f"{word.lower().replace(chr(0x2019), chr(39))} -> no apostrophe"


def _plural_of(noun: str) -> str | None:
    for plural in (noun + "s", noun + "es", noun[:-1] + "ies" if noun.endswith("y") else ""):
        if plural and word_tags(plural) == "N":
            return plural
    return None


def _singular_of(plural: str) -> str | None:
    for single in (plural[:-1], plural[:-2] if plural.endswith("es") else "",
                   plural[:-3] + "y" if plural.endswith("ies") else ""):
        if single and word_tags(single) == "n" and _plural_of(single) == plural:
            return single
    return None


_NP_END = r"(?=[.,;:]| (?:in|on|at|for|from|with|to|was|is|were|are|has|had|have|and|but|that|which|who)\b)"


def _determiner(text: str) -> Iterator[Site]:
    for m in re.finditer(r"\b(?:these|those|many|several|both|various) ([a-z]+)" + _NP_END, text):
        single = _singular_of(m.group(1))
        if single and not verb_tags(single):
            yield m.start(1), m.end(1), single, "plural determiner + singular"
    for m in re.finditer(r"\b(?:a|an|this|every|each|another) ([a-z]+)" + _NP_END, text):
        plural = _plural_of(m.group(1))
        if plural and not verb_tags(m.group(1)) and "j" not in word_tags(m.group(1)):
            yield m.start(1), m.end(1), plural, "singular determiner + plural"
    for m in re.finditer(r"\b(many) (?=people\b|[a-z]+s" + _NP_END + ")", text):
        yield m.start(1), m.end(1), "much", "many -> much before a plural"


def _comparative(text: str) -> Iterator[Site]:
    for m in re.finditer(r"\b([a-z]+er) than\b", text):
        word = m.group(1)
        if "j" in word_tags(word) and (word in ("better", "worse") or any(
                "j" in word_tags(base) for base in (word[:-2], word[:-1], word[:-3], word[:-3] + "y"))):
            yield m.start(1), m.start(1), "more ", "more + comparative"
    for m in re.finditer(r"\bas ([a-z]+) (as)\b", text):
        if "j" in word_tags(m.group(1)) and m.start() > 0 and text[m.start() - 1] == " ":
            yield m.start(2), m.end(2), "than", "as ... as -> as ... than"


_PAST_TIME = r"(?:Yesterday|Last (?:week|month|year|night|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:Two|Three|Four|Five|Several) (?:days|weeks|months|years) ago)"


def _tense(text: str) -> Iterator[Site]:
    from copylint.grammar.lexicon import is_past, lemmas

    for m in re.finditer(_PAST_TIME + r",? ((?:[\w'\u2019-]+ ){1,4}?)([a-z]+)\b", text):
        subject, verb = m.group(1).split(), m.group(2)
        if not is_past(verb) or any(verb_tags(w.lower()) and not w[0].isupper() for w in subject):
            continue
        base = lemmas(verb)
        if base:
            yield m.start(2), m.end(2), "will " + base[0], "past time + will"


def _date_preposition(text: str) -> Iterator[Site]:
    for m in re.finditer(r"\b(in) (?=(?:1[89]|20)\d\d\b(?!['\u2019-])[.,;]?)", text):
        yield m.start(1), m.end(1), "on", "in year -> on year"
    for m in re.finditer(rf"\b(in) (?=(?:{MONTHS})\b(?! \d)(?!['\u2019]))", text):
        yield m.start(1), m.end(1), "at", "in month -> at month"


def _place_preposition(text: str) -> Iterator[Site]:
    from copylint.grammar.lexicon import place_kinds

    kinds = place_kinds()
    for m in re.finditer(r"\b(in) ([A-Z][a-z]+)\b(?![-'\u2019\w]| [A-Z])", text):
        if kinds.get(m.group(2)) == "country":
            yield m.start(1), m.end(1), "at", "in country -> at country"


def _agreement_more(text: str) -> Iterator[Site]:
    for m in re.finditer(r"\b[Tt]here (are|were) (?=(?:many|several|some|no|two|three|[a-z]+s)\b)", text):
        yield m.start(1), m.end(1), {"are": "is", "were": "was"}[m.group(1)], "there are -> there is"
    for m in re.finditer(r"(?:^|[.!?] )(?:The|These|Those|Many|Some|Most) (?:[a-z]+ )?([a-z]+s) (are|were|have)\b", text, re.M):
        if word_tags(m.group(1)) == "N" and _singular_of(m.group(1)):
            yield m.start(2), m.end(2), {"are": "is", "were": "was", "have": "has"}[m.group(2)], "plural subject + singular verb"
    prep = r"(?:of|in|for|from|with|on|at|near|about)"
    for m in re.finditer(rf"(?:^|[.!?] )(?:The|A|An|This) ([a-z]+) {prep} (?:the |a |an |their |its )?(?:[a-z]+ )?([a-z]+s) (is|was|has)\b", text, re.M):
        if word_tags(m.group(1)) == "n" and m.group(1) not in _COLLECTIVE and _singular_of(m.group(2)):
            yield m.start(3), m.end(3), {"is": "are", "was": "were", "has": "have"}[m.group(3)], "singular head + phrase + plural verb"


_COLLECTIVE = frozenset("number majority lot group total range series variety host couple handful rest half".split())


def _verb_form_more(text: str) -> Iterator[Site]:
    from copylint.grammar.lexicon import is_distinct_past, lemmas

    for m in re.finditer(r"\b(has|have|had|was|were|is|are|been) ([a-z]+)\b", text):
        word = m.group(2)
        if "p" not in verb_tags(word) or "d" in verb_tags(word):
            continue
        for base in lemmas(word):
            if base == "be":
                continue  # "has was" is no realistic slip
            past = verb_form(base, "d")
            if past and is_distinct_past(past) and not past.endswith("ed"):  # "has proved" is accepted
                kind = "have + past" if m.group(1).startswith("ha") else "be + past"
                yield m.start(2), m.end(2), past, kind
                break
    for m in re.finditer(r"\b(?:can|will|could|would|should|must|might) ([a-z]+)\b", text):
        base = m.group(1)
        if verb_tags(base) == "v" and not word_tags(base):
            third = verb_form(base, "z")
            if third and third != base:
                yield m.start(1), m.end(1), third, "modal + -s"


# -- injectors for the rules added for real-error recall: each inverts its rule's own table on
# the clean copy (a solid compound split, a noun turned back into its verb, a set phrase's word
# swapped, an auxiliary or an article dropped), so recall measures the rule's context checks on
# real sentences, not its word list

def _split_compound(text: str) -> Iterator[Site]:
    from copylint.grammar.split_compound import _table

    splits = {joined: f"{a} {b}" for (a, b), joined in _table().items()}
    for m in re.finditer(r"\b[a-z]{6,}\b", text):
        split = splits.get(m.group())
        if split and text[m.end():m.end() + 1] != "-" and text[m.start() - 1:m.start()] != "-":
            yield m.start(), m.end(), split, "solid compound -> two words"


def _verb_as_noun(text: str) -> Iterator[Site]:
    from copylint.grammar.verb_as_noun import _nouns

    verbs: dict[str, str] = {}
    for verb, noun in _nouns().items():
        verbs.setdefault(noun, verb)
    for m in re.finditer(r"\b(?:the|a|an|his|their|its|our|my|your|every) ([a-z]+)\b(?![-'\u2019])", text):
        verb = verbs.get(m.group(1))
        if verb:
            yield m.start(1), m.end(1), verb, "determiner + noun -> verb"


def _fixed_phrase(text: str) -> Iterator[Site]:
    from copylint.grammar.fixed_phrase import _table

    for entries in _table().values():
        for wrong, _anchor, right, _literal in entries:
            for m in re.finditer(r"\b" + re.escape(right) + r"\b", text):
                yield m.start(), m.end(), " ".join(wrong), "set phrase -> wrong word"


def _missing_auxiliary(text: str) -> Iterator[Site]:
    for m in re.finditer(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I) (was|were|has|have|had) ([a-z]+)\b", text):
        if verb_tags(m.group(2)) == "p":
            yield m.start(1), m.end(1) + 1, "", "pronoun + auxiliary + participle -> no auxiliary"


def _missing_passive(text: str) -> Iterator[Site]:
    from copylint.grammar.missing_passive import _PASSIVE_ONLY

    for m in re.finditer(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I) (was|were) ([a-z]+)\b", text):
        if m.group(2) in _PASSIVE_ONLY:
            yield m.start(1), m.end(1) + 1, "", "pronoun + was/were + object-needing participle -> no auxiliary"


def _verb_complement(text: str) -> Iterator[Site]:
    """"avoided paying" -> "avoided to pay", "capable of running" -> "capable to run",
    "prevented them from leaving" -> "prevented them to leave", "made me wait" -> "made me to wait"."""
    from copylint.grammar.lexicon import lemmas
    from copylint.grammar.verb_complement import _BARE, _FROM, _ING, _OBJECTS, _PREPOSITION

    def base(ing: str) -> str | None:
        bases = [b for b in lemmas(ing) if b != ing]
        return bases[0] if bases else None

    for m in re.finditer(r"\b([a-z]+) (?:(of|on|in) )?([a-z]+ing)\b", text):
        word, prep, ing = m.groups()
        if (word in _ING and prep is None or _PREPOSITION.get(word) == prep and prep) and (b := base(ing)):
            yield m.end(1), m.end(3), f" to {b}", "verb + -ing -> verb + to + base"
    for m in re.finditer(r"\b([a-z]+) ([a-z]+) (from )?([a-z]+)\b", text):
        verb, obj, frm, v = m.groups()
        if obj not in _OBJECTS:
            continue
        if verb in _FROM and frm and (b := base(v)):
            yield m.end(2), m.end(4), f" to {b}", "verb + object + from -ing -> to + base"
        elif verb in _BARE and not frm and verb_tags(v) == "v" and not word_tags(v):
            yield m.end(2), m.end(2), " to", "make/let + object + bare verb -> to + verb"


def _institution_article(text: str) -> Iterator[Site]:
    from copylint.grammar.institution_article import _HEADS, _VERBS

    heads = "|".join(h.capitalize() for h in sorted(_HEADS))
    verbs = "|".join(re.escape(v) for v in sorted(_VERBS))
    for m in re.finditer(rf"\b(?:{verbs}) (the )(?:[A-Z][a-z]+ )*(?:{heads}) of [A-Z]", text):
        yield m.start(1), m.end(1), "", "verb + the + institution -> no article"



def _ordinal_century(text: str) -> Iterator[Site]:
    pattern = r"\b(?:half|part|quarter|turn|beginning|decades|years) of the ((?:1\d|2[01])(?:st|nd|rd|th)) century(?=[,.;:])"
    for m in re.finditer(pattern, text):
        yield m.start(1), m.end(), m.group(1), "ordinal + century -> ordinal alone"


_LEAD_WORDS = r"(?:a|an|the|this|that|these|those|its|their|his|her|our|each|every|no|with|of|for|by|in|on)"
# first parts of hyphenated words that are prefixes, not the first word of a compound modifier
_PREFIXES = frozenset("re co pre non anti ex post pro self multi over under inter sub super semi mid vice "
                      "counter cross e".split())


def _compound_modifier_shapes(text: str) -> Iterator[Site]:
    """The rule's own shapes ("mid-1980s", "long-term", "left-wing", "London-based" before a
    noun) found hyphenated in the clean copy, the hyphen made a space: measures its context
    checks on real sentences."""
    from copylint.grammar import compound_modifier as cm

    for m in cm._MID.finditer(text.replace("mid-", "mid ")):
        if text[m.start(1) + 3:m.start(1) + 4] == "-":
            yield m.start(1) + 3, m.start(1) + 4, " ", "rule's own shapes: hyphen -> space"
    shapes = rf"(?:{cm._SIZE})-(?:{cm._MEASURE_NOUN})|(?:left|right)-(?:wing|hand)|[A-Za-z]+-(?:{cm._PARTICIPLES})"
    for m in re.finditer(rf"\b{_LEAD_WORDS} ({shapes}) ([a-z]+)\b(?![-'\u2019])", text):
        if word_tags(m.group(2)) and "n" in word_tags(m.group(2)).lower():
            hyphen = m.start(1) + m.group(1).index("-")
            yield hyphen, hyphen + 1, " ", "rule's own shapes: hyphen -> space"


def _compound_modifier_wider(text: str) -> Iterator[Site]:
    """The rule's wider shapes by their word classes ("well-known", "long-awaited",
    "century-old", "blue-eyed", "two-sided", "user-friendly" after a determiner or preposition,
    before a noun), found hyphenated in the clean copy, the hyphen made a space."""
    from copylint.grammar import compound_modifier as cm

    for m in re.finditer(rf"\b{_LEAD_WORDS} ([a-z]+)-([a-z]+) ([a-z]+)\b(?![-'\u2019])", text):
        first, second, head = m.group(1, 2, 3)
        tags = word_tags(first)
        shape = ((first in cm._MANNER or first in cm._ADVERBIAL_SIZE) and cm._participle_after(first, second)
                 or second in cm._SPAN_ADJECTIVES and first in cm._TIME_SPANS
                 or second in cm._PART_COUNTS and first in cm._COUNT_WORDS
                 or second in cm._ATTRIBUTES and (first in cm._COUNT_WORDS or "j" in tags)
                 or second in cm._NOUN_ADJECTIVES and "n" in tags and "j" not in tags)
        if shape and word_tags(head) and "n" in word_tags(head).lower():
            yield m.end(1), m.end(1) + 1, " ", "rule's wider shapes: hyphen -> space"


def _compound_modifier_any(text: str) -> Iterator[Site]:
    """Any hyphenated compound of two words before a noun ("a well-known author", "a
    two-day visit", "a tax-free bond"), the hyphen made a space: how much of the whole class
    the rule covers (out of sample: these are not the shapes it was written for)."""
    for m in re.finditer(rf"\b{_LEAD_WORDS} ([a-z]{{2,}})-([a-z]{{3,}}) ([a-z]+)\b(?![-'\u2019])", text):
        if m.group(1) in _PREFIXES or not all(word_tags(w) or verb_tags(w) for w in m.group(1, 2)):
            continue
        if word_tags(m.group(3)) and "n" in word_tags(m.group(3)).lower():
            yield m.end(1), m.end(1) + 1, " ", "any hyphenated compound modifier: hyphen -> space"


#: injection kinds that measure a rule's coverage of its whole error class, not its recall on
#: its own shapes: shown per kind, left out of the per-rule recall and of ALL
COVERAGE_KINDS = frozenset({"any hyphenated compound modifier: hyphen -> space"})

INJECTORS: list[tuple[str, Callable[[str], Iterator[Site]]]] = [
    ("grammar.compound-modifier", _compound_modifier_shapes),
    ("grammar.compound-modifier", _compound_modifier_wider),
    ("grammar.compound-modifier", _compound_modifier_any),
    ("grammar.day-preposition", _day_preposition),
    ("grammar.article-before-name", _article_name),
    ("grammar.verb-form", _verb_form),
    ("grammar.verb-form", _verb_form_more),
    ("grammar.a-an", _a_an),
    ("grammar.agreement", _agreement),
    ("grammar.agreement", _agreement_more),
    ("grammar.parallel-verbs", _parallel_verbs),
    ("grammar.modal-of", _modal_of),
    ("grammar.missing-apostrophe", _missing_apostrophe),
    ("grammar.determiner-noun", _determiner),
    ("grammar.comparative", _comparative),
    ("grammar.tense-time", _tense),
    ("grammar.date-preposition", _date_preposition),
    ("grammar.place-preposition", _place_preposition),
    ("grammar.split-compound", _split_compound),
    ("grammar.verb-as-noun", _verb_as_noun),
    ("grammar.fixed-phrase", _fixed_phrase),
    ("grammar.missing-auxiliary", _missing_auxiliary),
    ("grammar.missing-passive", _missing_passive),
    ("grammar.verb-complement", _verb_complement),
    ("grammar.institution-article", _institution_article),
    ("grammar.ordinal-century", _ordinal_century),
]


def injections(items: list[Article]) -> list[Injection]:
    by_kind: dict[tuple[str, str], list[Injection]] = {}

    def add(article: Article, rule: str, kind: str, start: int, end: int, new: str) -> None:
        by_kind.setdefault((rule, kind), []).append(injected(rule, kind, article.text, start, end, new))

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
    return drawn(by_kind, SEED, PER_RULE)


def injected(rule: str, kind: str, text: str, start: int, end: int, new: str) -> Injection:
    """``text`` with ``text[start:end]`` replaced by ``new``, the alert expected over the new words."""
    return Injection(rule, kind, text[:start] + new + text[end:], start, start + max(len(new.rstrip()), 1))


def drawn(by_kind: dict, seed: int, cap: int) -> list[Injection]:
    """At most ``cap`` injections of each kind, in sorted order of kind, each kind drawn by a
    generator seeded with ``seed`` and the kind: a kind's draw does not depend on the others,
    so a new injection kind, or one whose sites change with a rule's word lists, leaves every
    other kind's sample as it was."""
    out: list[Injection] = []
    for key in sorted(by_kind):
        group = by_kind[key]
        random.Random(f"{seed} {key}").shuffle(group)
        out.extend(group[:cap])
    return out


def _settings(backends: tuple[str, ...], enable: tuple[str, ...] = ("grammar",)) -> Settings:
    return Settings(enable=enable, disable=("ALL",), grammar=GrammarSettings(backends=backends))


def _run(linter: Linter, text: str, name: str) -> list:
    return linter.lint(parse(text, name, "txt"))


# -- corpora -------------------------------------------------------------------------------

def corpus_root() -> Path:
    return Path(os.environ.get("COPYLINT_CORPORA", "/work/shared/corpus"))


def corpus(name: str) -> list[Article]:
    """The clean articles of one corpus, in a stable order."""
    if name == "wikinews" and not (corpus_root() / "wikinews").is_dir():
        return articles()
    base = corpus_root() / name
    if not base.is_dir():
        raise SystemExit(f"corpus not found: {base} (set COPYLINT_CORPORA)")
    out = []
    for path in sorted(base.glob("*/[0-9]*.txt")):
        out.append(Article(f"{name}/{path.parent.name}/{path.stem}", path.read_text(encoding="utf-8")))
    return out


CLASSES = {  # error class -> the rules that own it (the issue's acceptance classes first)
    "agreement": ("grammar.agreement",),
    "verb form": ("grammar.verb-form", "grammar.modal-of"),
    "determiner": ("grammar.determiner-noun", "grammar.a-an"),
}


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    names = [argv[argv.index("--corpus") + 1]] if "--corpus" in argv else ["wikinews", "us"]
    for name in names if "--only-real" not in argv else ():
        _corpus_tables(name, corpus(name), argv)
    if "--no-real" not in argv:
        real_errors(argv)
        new_rule_noise(["wikinews", "us"], argv)


def _corpus_tables(name: str, items: list[Article], argv: list[str]) -> None:
    show = "--show" in argv
    words = total_words(items)
    linter = Linter(_settings(("builtin",)))
    defaults = {r.id: r.default_enabled for r in linter.rules.values() if r.id.startswith("grammar.")}

    # clean copy: every alert is noise unless it is one of the corpus's own errors
    _run(linter, "Warm up.", "warm.txt")
    clean: Counter[str] = Counter()
    t0, c0 = time.perf_counter(), time.process_time()
    for article in items:
        for issue in _run(linter, article.text, article.name + ".txt"):
            clean[issue.rule] += 1
            if show:
                line = article.text.splitlines()[issue.line - 1]
                print(f"  clean alert {issue.rule} {article.name}:{issue.line}: "
                      f"...{line[max(0, issue.column - 50):issue.column - 1]}[[{line[issue.column - 1:issue.end_column - 1]}]]"
                      f"{line[issue.end_column - 1:issue.end_column + 30]}...")
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0

    injected = injections(items)
    caught: Counter[str] = Counter()
    total: Counter[str] = Counter()
    kinds: Counter[tuple[str, str]] = Counter()
    kinds_caught: Counter[tuple[str, str]] = Counter()
    for inj in injected:
        issues = _run(linter, inj.text, "injected.txt")
        hit = any(i.rule == inj.rule and i.offset < inj.end and i.end_offset > inj.start for i in issues)
        coverage = inj.kind in COVERAGE_KINDS  # in the kind table only: not the rule's recall
        total[inj.rule] += not coverage
        kinds[(inj.rule, inj.kind)] += 1
        if hit:
            caught[inj.rule] += not coverage
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
                title=f"grammar (builtin backend) on {name}: {len(items)} articles, {words} words, "
                      f"at most {PER_RULE} injections per injection kind, seed {SEED}")
    class_rows = []
    for cls, rules in CLASSES.items():
        n, c = sum(total[r] for r in rules), sum(caught[r] for r in rules)
        alerts = sum(clean[r] for r in rules)
        class_rows.append([cls, ", ".join(rules), n, c, round(c / n, 3) if n else "-", alerts,
                           round(alerts * 1000 / words, 3)])
    print_table(["class", "rules", "injected", "caught", "recall", "clean alerts", "per 1k words"], class_rows,
                title=f"error classes on {name} (target recall >= 0.80 each)")
    print_table(["rule", "injection", "injected", "caught", "recall"],
                [[r, k, kinds[(r, k)], kinds_caught[(r, k)], round(kinds_caught[(r, k)] / kinds[(r, k)], 3)]
                 for r, k in sorted(kinds)],
                title=f"recall by injection kind on {name} (a kind marked 'any' measures how much of a whole "
                      "class a rule covers, out of sample; it is left out of the rule's recall above)")
    print(f"\nclean {name} lint, grammar only: {words / cpu:,.0f} words per CPU-second "
          f"({cpu:.2f} CPU s, {elapsed:.2f} s wall)")
    if "--harper" in argv:
        _harper(items, injected, words)


# -- real editors' fixes -----------------------------------------------------------------------

def real_records() -> list[dict] | None:
    """The revisions of real-errors/iterater_wikipedia.jsonl, or None (said on stdout) when
    the corpus is missing."""
    import json

    path = corpus_root() / "real-errors" / "iterater_wikipedia.jsonl"
    if not path.exists():
        print(f"\nreal-error corpus not found: {path}")
        return None
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def lint_real(linter: Linter, n: int, rec: dict) -> list:
    """The alerts of ``linter`` on revision ``n`` of the real-error corpus (read as body text)."""
    return linter.lint(parse(rec["text"], f"real{n}.txt", "body"))


def fix_outcomes(rec: dict, issues: list) -> list[tuple[dict, list, bool]]:
    """Each fluency fix of ``rec`` with the alerts touching it and whether one names it
    (touches it and spans at most :data:`NAMED_SPAN` characters)."""
    out = []
    for err in rec["errors"]:
        touching = [i for i in issues if _touches(i.offset, i.end_offset, err["start"], err["end"])]
        out.append((err, touching, any(i.end_offset - i.offset <= NAMED_SPAN for i in touching)))
    return out


def stray_alerts(rec: dict, issues: list) -> list:
    """The alerts that touch no edit of ``rec`` (neither a fluency fix nor any other edit)."""
    edits = rec["errors"] + rec.get("other_edits", [])
    return [i for i in issues if not any(_touches(i.offset, i.end_offset, e["start"], e["end"]) for e in edits)]


def real_errors(argv: list[str]) -> None:
    """Recall on the fluency fixes of real-errors/ per subtype, for (a) the default
    configuration and (b) every grammar rule (off-by-default ones included), and the alerts
    that touch no edit at all (neither a fluency fix nor any other edit)."""
    records = real_records()
    if records is None:
        return
    with contextlib.ExitStack() as stack:
        url = None if "--no-languagetool" in argv else stack.enter_context(_languagetool_or_none())
        _real_error_tables(records, argv, url)


@contextlib.contextmanager
def _languagetool_or_none() -> Iterator[str | None]:
    """The URL of a real LanguageTool server for the row :data:`LT_ROW`, or None (said on
    stdout) when none can be had. The server is ``COPYLINT_LANGUAGETOOL_URL`` when set, else one
    started from the project's own provisioning (tools/languagetool/lt.py, as .ci/run does: the
    jars fetched from Maven Central once per machine), stopped when the tables are printed."""
    from benchmarks.lt_corpora import languagetool_server

    stack = contextlib.ExitStack()
    try:
        url = stack.enter_context(languagetool_server())
        probe = Linter(_with_languagetool(url))
        lint_real(probe, 0, {"text": "Warm up the server."})
        failures = probe.take_failures()
        probe.close()
        if failures:
            raise RuntimeError(str(failures[0]))
    except Exception as exc:  # noqa: BLE001 - no Java, no Maven, no network, a server that fails to start
        stack.close()
        reason = " ".join(str(exc).split())[:300] or type(exc).__name__
        print(f"\nrow '{LT_ROW}' skipped: no LanguageTool server could be had ({reason}). Set "
              "COPYLINT_LANGUAGETOOL_URL to a running server, or install Java 17 and Maven so that "
              "tools/languagetool/lt.py can provision one.")
        yield None
        return
    with stack:  # the server stays up until the tables are printed
        yield url


#: the real-error row with a real LanguageTool server beside the default checks
LT_ROW = "default checks + LanguageTool"


def _with_languagetool(url: str) -> Settings:
    """The default checks with the LanguageTool backend beside the builtin one (its news
    profile, context filters and de-duplication as shipped)."""
    return Settings(grammar=GrammarSettings(backends=("builtin", "languagetool"), languagetool_url=url,
                                            languagetool_timeout=120))


def _real_error_tables(records: list[dict], argv: list[str], lt_url: str | None) -> None:
    words = sum(len(r["text"].split()) for r in records)
    from copylint.config import StyleSettings

    configs = [
        ("default checks", Settings(grammar=GrammarSettings(backends=("builtin",)))),
        *([(LT_ROW, _with_languagetool(lt_url))] if lt_url else []),
        ("default + ap pack + opt-in rules", Settings(
            grammar=GrammarSettings(backends=("builtin",)), style=StyleSettings(packs=("ap",)),
            enable=("grammar.measure-modifier", "style.till"))),
        ("all grammar rules", _settings(("builtin",))),
    ]
    show = "--show" in argv
    rows, stray_rows, rule_rows = [], [], []
    class_named: Counter[tuple[str, str]] = Counter()  # (class, decidable) -> named by default checks
    class_total: Counter[tuple[str, str]] = Counter()
    named_by_rule: dict[str, list[str]] = {}  # rule -> the word/grammar fixes it names (default checks)
    named_keys: dict[str, set[tuple[str, int, str]]] = {}  # configuration -> (revision, start, subtype) named
    strays_of: dict[str, Counter[tuple[str, str]]] = {}  # configuration -> (rule, severity) -> strays
    costs: dict[str, tuple[float, float, int]] = {}  # configuration -> (CPU s, wall s, check failures)
    lt_listing: list[str] = []  # the LanguageTool alerts of LT_ROW: named word/grammar fixes and strays
    lt_verdict_count: Counter[str] = Counter()  # verdict -> LanguageTool's strays in LT_ROW
    lt_verdicts: dict[tuple[str, str], str] = {}
    if lt_url:  # LanguageTool's strays read one by one, kept beside the benchmark that lists them
        from benchmarks.languagetool_real import LT_VERDICTS as lt_verdicts
    for label, settings in configs:
        linter = Linter(settings)
        found: Counter[str] = Counter()
        named: Counter[str] = Counter()
        total: Counter[str] = Counter()
        stray_by_rule: Counter[tuple[str, str]] = Counter()  # (rule, severity)
        by_verdict: Counter[str] = Counter()
        listing: list[str] = []
        failures = 0
        cpu, wall = time.process_time(), time.perf_counter()
        for n, rec in enumerate(records):
            text = rec["text"]
            issues = lint_real(linter, n, rec)
            failures += len(linter.take_failures())
            for err, touching, is_named in fix_outcomes(rec, issues):
                total[err["subtype"]] += 1
                found[err["subtype"]] += bool(touching)
                named[err["subtype"]] += is_named
                if is_named:
                    named_keys.setdefault(label, set()).add((rec["id"], err["start"], err["subtype"]))
                if label == LT_ROW and is_named and err["subtype"] == "word/grammar":
                    for i in touching:
                        if i.rule.startswith("languagetool.") and i.end_offset - i.offset <= NAMED_SPAN:
                            lt_listing.append(f"  named by {i.rule} ({i.severity}) {rec['id']}: "
                                              f"{_excerpt(text, i.offset, i.end_offset)} -> {err['correction']!r}")
                if label == "default checks" and err["subtype"] == "word/grammar":
                    for rule in sorted({i.rule for i in touching if i.end_offset - i.offset <= NAMED_SPAN}):
                        named_by_rule.setdefault(rule, []).append(
                            f"{rec['id']}: {err['original']!r} -> {err['correction']!r}")
                if label == "default checks" and err["subtype"] == "word/grammar":
                    key = FIX_CLASSES.get((rec["id"], err["start"]), ("?", "?"))
                    class_total[key] += 1
                    class_named[key] += is_named
                if not is_named and err["subtype"] == "word/grammar":
                    listing.append(f"  missed {rec['id']}: {_excerpt(text, err['start'], err['end'])} "
                                   f"-> {err['correction']!r}")
            for i in stray_alerts(rec, issues):
                stray_by_rule[(i.rule, i.severity)] += 1
                if label == LT_ROW and i.rule.startswith("languagetool."):
                    judged = lt_verdicts.get((i.rule.removeprefix("languagetool."), text[i.offset:i.end_offset]),
                                             "unreviewed")
                    lt_verdict_count[judged] += 1
                    lt_listing.append(f"  stray {i.rule} ({i.severity}, {judged}) {rec['id']}: "
                                      f"{_excerpt(text, i.offset, i.end_offset)}")
                judged = verdict(i.rule, text[i.offset:i.end_offset], rec["id"])
                by_verdict[judged] += 1
                listing.append(f"  stray {i.rule} ({i.severity}, {judged}) {rec['id']}: "
                               f"{_excerpt(text, i.offset, i.end_offset)}")
        costs[label] = (time.process_time() - cpu, time.perf_counter() - wall, failures)
        linter.close()
        strays_of[label] = stray_by_rule
        if show and label == "default checks":
            print(f"\nreal-error fixes missed and alerts touching no edit ({label}):")
            print("\n".join(sorted(listing, key=lambda line: line.split()[0:2])))
        for sub in sorted(total):
            rows.append([label, sub, total[sub], named[sub], round(named[sub] / total[sub], 3),
                         found[sub], round(found[sub] / total[sub], 3)])
        all_t, all_n, all_f = sum(total.values()), sum(named.values()), sum(found.values())
        rows.append([label, "ALL", all_t, all_n, round(all_n / all_t, 3), all_f, round(all_f / all_t, 3)])
        stray = sum(stray_by_rule.values())
        alerts = sum(c for (_, sev), c in stray_by_rule.items() if sev in ("error", "warning"))
        grammar_stray = sum(c for (r, _), c in stray_by_rule.items() if r.startswith("grammar."))
        stray_rows.append([label, stray, round(stray * 1000 / words, 3), alerts, round(alerts * 1000 / words, 3),
                           grammar_stray, round(grammar_stray * 1000 / words, 3)])
        if label == "default checks":
            rule_rows = [[r, sev, c, round(c * 1000 / words, 3)] for (r, sev), c in stray_by_rule.most_common()]
            verdict_rows = [[v, by_verdict[v], round(by_verdict[v] * 1000 / words, 3)]
                            for v in ("error", "note", "damage", "false", "unreviewed")]
    print_table(["configuration", "subtype", "fixes", f"named by an alert (<= {NAMED_SPAN} chars)", "recall",
                 "touched by any alert", "recall"], rows,
                title=f"real editors' fixes: {len(records)} Wikipedia revisions (IteraTeR), {words} words "
                      "(target word/grammar recall >= 0.35)")
    _class_table(class_total, class_named)
    print_table(["rule", "word/grammar fixes named", "the fixes (id: original -> correction)"],
                [[r, len(fixes), "; ".join(fixes)] for r, fixes in sorted(named_by_rule.items())],
                title="default checks: the word/grammar fixes each rule names (a rule built from one of "
                      "these fixes names it in-sample)")
    print_table(["rule", "severity", "alerts touching no edit", "per 1k words"], rule_rows,
                title="default checks: alerts on real-error text that touch no edit, by rule")
    print_table(["verdict", "alerts touching no edit", "per 1k words"], verdict_rows,
                title="default checks: the alerts touching no edit, read one by one "
                      "(benchmarks/quality/real_verdicts.py)")
    print_table(["configuration", "alerts touching no edit (all severities)", "per 1k words",
                 "errors + warnings only", "per 1k words", "of them grammar.*", "per 1k words"],
                stray_rows, title="alerts on real-error text that touch no edit (target <= 1.5 per 1k words, "
                                  "all severities)")
    if LT_ROW in costs:
        _languagetool_adds(named_keys, strays_of, costs, words)
        print_table(["verdict", "LanguageTool strays", "per 1k words"],
                    [[v, lt_verdict_count[v], round(lt_verdict_count[v] * 1000 / words, 3)]
                     for v in ("error", "damage", "false", "unreviewed")],
                    title=f"'{LT_ROW}': LanguageTool's alerts touching no edit, read one by one "
                          "(benchmarks/languagetool_real.py's LT_VERDICTS)")
        if show:
            print(f"\nLanguageTool's own alerts in '{LT_ROW}' (named word/grammar fixes and strays):")
            print("\n".join(sorted(lt_listing)))
    elif "--no-languagetool" in argv:
        print(f"\nrow '{LT_ROW}' left out (--no-languagetool)")


def _languagetool_adds(named_keys: dict[str, set[tuple[str, int, str]]],
                       strays_of: dict[str, Counter[tuple[str, str]]],
                       costs: dict[str, tuple[float, float, int]], words: int) -> None:
    """What the real LanguageTool server adds to the default checks on real-error text: the
    fixes it names that the default checks do not, the strays it adds, and what it costs."""
    base, with_lt = named_keys.get("default checks", set()), named_keys.get(LT_ROW, set())
    rows = []
    for sub in sorted({k[2] for k in base | with_lt}):
        gained = sum(1 for k in with_lt - base if k[2] == sub)
        lost = sum(1 for k in base - with_lt if k[2] == sub)
        rows.append([sub, sum(1 for k in base if k[2] == sub), sum(1 for k in with_lt if k[2] == sub), gained, lost])
    added = Counter({key: c for key, c in strays_of[LT_ROW].items() if key[0].startswith("languagetool.")})
    lt_strays = sum(added.values())
    lt_loud = sum(c for (_, sev), c in added.items() if sev in ("error", "warning"))
    print_table(["subtype", "fixes named: default checks", f"named: {LT_ROW}", "named only with LanguageTool",
                 "named only without (de-duplicated away)"], rows,
                title=f"what a real LanguageTool server adds to the default checks on real-error text "
                      f"(its news profile as shipped): {lt_strays} more alerts touching no edit "
                      f"({lt_strays * 1000 / words:.3f} per 1k words; {lt_loud} errors + warnings)")
    print_table(["configuration", "client CPU s", "wall s", "check failures"],
                [[label, round(cpu, 1), round(wall, 1), failed] for label, (cpu, wall, failed) in costs.items()
                 if label in ("default checks", LT_ROW)],
                title="cost of the two rows (CPU seconds of this process; LanguageTool's own CPU is the "
                      "server's); a check failure means an article went without LanguageTool's alerts")


def _class_table(total: Counter[tuple[str, str]], named: Counter[tuple[str, str]]) -> None:
    """Recall of the default checks on the word/grammar fixes per hand-read error class
    (benchmarks/quality/real_classes.py), split by whether a precise rule can decide them."""
    rows = []
    for cls in CLASS_NAMES:
        n = sum(c for (k, _), c in total.items() if k == cls)
        if not n:
            continue
        by = {d: total[(cls, d)] for d in "yohn"}
        got = sum(c for (k, _), c in named.items() if k == cls)
        rows.append([CLASS_NAMES[cls], n, by["y"], by["o"] + by["h"], by["n"], got, round(got / n, 3)])
    unlabelled = sum(c for (k, _), c in total.items() if k == "?")
    if unlabelled:
        rows.append(["(not in the class table)", unlabelled, "-", "-", "-",
                     sum(c for (k, _), c in named.items() if k == "?"), "-"])
    t = sum(total.values())
    dec = {d: sum(c for (_, k), c in total.items() if k == d) for d in "yohn"}
    got_dec = sum(c for (_, k), c in named.items() if k == "y")
    rows.append(["ALL", t, dec["y"], dec["o"] + dec["h"], dec["n"], sum(named.values()),
                 round(sum(named.values()) / t, 3) if t else "-"])
    print_table(["error class (read by hand)", "fixes", "decidable by a precise rule",
                 "only by house style / off-by-default", "no rule can decide", "named (default checks)", "recall"],
                rows, title=f"default checks: word/grammar fixes by error class; {got_dec} of the {dec['y']} "
                            f"decidable ones named; best possible recall with every decidable and house-style "
                            f"fix named: {round((dec['y'] + dec['o'] + dec['h']) / t, 3) if t else '-'}")


#: the rules added for the real-error work, with the pack that holds each (None: builtin)
NEW_RULES = (("grammar.compound-modifier", None), ("grammar.measure-modifier", None),
             ("grammar.possessive-name", None), ("style.single-quotes", None),
             ("style.thousands-separator", "copylint"), ("style.till", "copylint"),
             ("style.ap.date-ordinal", "ap"), ("grammar.split-compound", None), ("grammar.fixed-phrase", None),
             ("grammar.institution-article", None), ("grammar.missing-auxiliary", None),
             ("grammar.missing-passive", None), ("grammar.verb-as-noun", None),
             ("grammar.verb-complement", None), ("grammar.ordinal-century", None), ("grammar.missing-to", None),
             ("grammar.to-ing", None))


def new_rule_noise(names: list[str], argv: list[str]) -> None:
    """Alerts per 1,000 words of each rule in :data:`NEW_RULES` (each switched on alone,
    off-by-default ones included) on the clean corpora as published."""
    from copylint.config import StyleSettings

    show = "--show" in argv
    rows = []
    for name in names:
        items = corpus(name)
        words = total_words(items)
        for rule, pack in NEW_RULES:
            style = StyleSettings(packs=(pack,)) if pack else StyleSettings()
            linter = Linter(Settings(enable=(rule,), disable=("ALL",), style=style,
                                     grammar=GrammarSettings(backends=("builtin",))))
            alerts = 0
            for article in items:
                for issue in _run(linter, article.text, article.name + ".txt"):
                    alerts += 1
                    if show:
                        print(f"  clean {rule} {article.name}:{issue.line}: "
                              f"{_excerpt(article.text, issue.offset, issue.end_offset)}")
            default = linter.rules[rule].default_enabled if rule in linter.rules else "-"
            rows.append([name, rule, pack or "builtin", "on" if default is True else "off", alerts,
                         round(alerts * 1000 / words, 3)])
    print_table(["corpus", "rule", "pack", "default", "alerts on clean copy", "per 1k words"], rows,
                title="rules added for real-error recall, each alone, on the clean corpora as published "
                      "(each alert read by hand: all follow the rule's style guides, none a misreading)")


def _excerpt(text: str, start: int, end: int) -> str:
    return (f"...{text[max(0, start - 50):start]}[[{text[start:end]}]]{text[end:end + 30]}..."
            .replace("\n", " "))


def _touches(a: int, b: int, start: int, end: int) -> bool:
    """An alert [a, b) touches an edit [start, end); an insertion (start == end) is touched by
    an alert that reaches it."""
    if start == end:
        return a <= start <= b
    return a < end and b > start


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
