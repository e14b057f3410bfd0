"""A or an by the sound of the next word: "an search", "a auction"; "an hour", "a union", "an MP"."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from copylint.checks.base import Example, RuleInfo
from copylint.grammar.hit import Hit
from copylint.grammar.lexicon import sounds
from copylint.grammar.stream import Word, after
from copylint.memo import DecidedOnce

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import Final

RULE: Final = RuleInfo(
    id="grammar.a-an",
    category="grammar",
    severity="error",
    summary='"a" before a vowel sound or "an" before a consonant sound ("an search", "a auction").',
    rationale=(
        "The choice between \"a\" and \"an\" follows the sound of the next word, not its first "
        "letter: \"an hour\", \"a union\", \"a one-off\", \"an MP\", \"an 18-year-old\". A wrong "
        "article usually survives an edit that changed the next word. Pronunciations come from "
        "the CMU Pronouncing Dictionary; initialisms are read letter by letter (\"an FBI agent\"), "
        "numbers as they are said, with the currency sign said after the figure (\"an $11bn deal\", "
        "\"an \u00a38m fund\", \"a $10bn loan\"), "
        "and acronyms that may be read as words (\"NATO\", \"SNP\") are left alone, as are words "
        "either article can precede (\"a/an historic\", \"a/an herb\") and the letter A "
        "(\"Plan A\")."
    ),
    bad=(
        Example("Police launched [[an]] search of the area."),
        Example("The painting was sold at [[a]] auction in London."),
        Example("It was [[a]] honest mistake, she said."),
        Example("He joined [[an]] union last year."),
        Example("[[A]] MP raised the matter in parliament."),
        Example("The victim was [[a]] 18-year-old student."),
        Example("She described it as [[an]] one-off payment."),
        Example("[[An]] European court ruled against the plan."),
        Example("He was questioned by [[a]] FBI agent."),
        Example("The firm agreed [[a]] $11bn takeover."),
        Example("Ministers announced [[a]] \u00a38m fund."),
        Example("She completed [[a]] MSc in public health."),
    ),
    good=(
        Example("Police launched a search of the area."),
        Example("The painting was sold at an auction in London."),
        Example("The meeting lasted an hour."),
        Example("He joined a union last year."),
        Example("An MP raised the matter in parliament."),
        Example("The victim was an 18-year-old student."),
        Example("It was a historic day, or as some said, an historic day."),
        Example("A NATO summit was held in Wales."),
        Example("Officials drew up Plan A and a Plan B."),
        Example("A and P will sell 40 stores of the A and P chain."),
        Example("The tanker made a U-turn in the strait."),
        Example("The firm agreed an $11bn takeover and a $10bn loan."),
        Example("Ministers announced an \u00a38m fund, an 80% rise and an $800,000 grant."),
        Example("She secured a $1.8m grant and a 1% pay rise."),
        Example("She holds an MSc and a BSc, and wrote an MPhil thesis."),
    ),
    fix_safe=True,
)

# Letters whose names start with a vowel sound: "an F", "an MP", "an S-bend".
_VOWEL_LETTERS: Final = set("AEFHILMNORSX")
_VOWELS: Final = set("AEIOU")
_DAMAGED: Final = "?\ufffd\u2018\u02bb"
_FIRST_PART: Final = re.compile(r"[-\u2010\u2011/]")  # "X-ray" -> "X": the sound is the first part's
_FIGURE: Final = re.compile(r"(\d+)((?:,\d{3})*)")
_CAPITAL_RUN: Final = re.compile(r"[A-Z]{2,}(?=[a-z])")


def sound_of(word: Word) -> str | None:
    """ "a" or "an" for the word after an article, or None when unsure."""
    return _SOUNDS[word.text, word.kind]  # type: ignore[index,return-value]


def _sound(text_kind: tuple[str, str]) -> str | None:
    """:func:`sound_of` a word of this text and token kind."""
    word, kind = text_kind
    text = _FIRST_PART.split(word, 1)[0]
    if not text:
        return None
    if kind == "number":
        return _number_sound(text)
    if kind == "abbrev":  # U.S., F.B.I.
        return "an" if text[0].upper() in _VOWEL_LETTERS else "a"
    if kind != "word" or not text[0].isalpha():
        return None
    letters = text.rstrip("s") if len(text) > 2 and text[:-1].isupper() else text
    if len(letters) == 1:  # a letter: "an X-ray", "a U-turn"
        return "an" if letters.upper() in _VOWEL_LETTERS else "a"
    if letters.isupper():
        return _initialism_sound(letters)
    lead = _CAPITAL_RUN.match(text)
    if lead:  # "URLs", "NGOled", "HIVpositive": the capitals are read first, letter by letter or as a word
        return _initialism_sound(lead.group())
    low = text.lower().replace("\u2019", "'")
    known = sounds().get(low.split("'")[0])
    if known:
        return None if known == "either" else known
    first = low[0]
    if first in "aeio":
        return None if text[0].isupper() and first == "e" else "an"  # "a Euro...": names are unsure
    if first == "u":  # "an unclear", "an ultimatum"; "a usual" is in the table, unknown "u" + vowel unsure
        return "an" if len(low) > 2 and low[1] not in "aeiou" and low[2] not in "aeiouy" else None
    if first == "y" or not first.isascii() or (first == "h" and text[0].isupper()):
        return None  # "a Uighur", "an Yvonne", names with unusual sounds: unsure
    return "a"


#: (word, token kind) -> :func:`_sound`: articles stand before the same few thousand words
_SOUNDS: Final = DecidedOnce(_sound, 50_000)  # type: ignore[arg-type]


def _initialism_sound(letters: str) -> str | None:
    first = letters[0]
    if first in "AEIO":
        return "an"
    if first == "U":
        return "a"  # "a UN", "a UEFA": both ways "you"
    if first not in _VOWEL_LETTERS:
        return "a"  # "a BBC", "a NATO" and "a CND" start with a consonant either way
    # F H L M N R S X: "an MP" if read as letters, "a NASA" if read as a word
    if not set(letters[1:]) & _VOWELS or len(letters) == 2:
        return "an"  # no vowel to read it by: "an MP", "an NHS", "an SNP"
    if len(letters) == 3 and not (letters[1] in _VOWELS and letters[2] not in _VOWELS):
        return "an"  # "an FBI", "an MRI"; "SAS", "MOD" may be read as words
    return None


def _number_sound(text: str) -> str | None:
    """The article before a number as it is read aloud: a currency sign or a magnitude is
    read after the figure ("an $11bn" is "an eleven billion dollars", "an \u00a38m", "an
    80% rise"), so only the figure's first spoken word counts."""
    digits = text.lstrip("\u00a3$\u20ac\u00a5")
    m = _FIGURE.match(digits)
    if not m:
        return None
    lead, groups = m.group(1), m.group(2)
    if groups:  # "11,000", "800,000": the first group is read first
        return _spoken(lead)
    if len(lead) == 4 and lead[:2] in ("11", "18"):
        return None  # "an 1800s house" (eighteen hundreds) or "a 1800-strong crowd": unsure
    if len(lead) > 4:  # "18000": eighteen thousand
        return _spoken(lead[: len(lead) % 3 or 3])
    if len(lead) == 4:
        return "an" if lead[0] == "8" else "a"  # eight thousand ...; one thousand ...
    return _spoken(lead)


def _spoken(group: str) -> str:
    """ "an" when a group of one to three digits is read starting with a vowel sound: eight,
    eleven, eighteen, eighty-, eight hundred."""
    group = group.lstrip("0") or "0"
    if group[0] == "8" or group in ("11", "18"):
        return "an"
    return "a"


def find(text: str, words: list[Word], sites: Iterable[int] | None = None) -> Iterator[Hit]:
    """Hits in one segment's stream; only at ``sites`` (indexes of ``TRIGGERS`` words, in
    order) when given, which is where any can be."""
    for i in range(len(words)) if sites is None else sites:
        w = words[i]
        if w.low not in ("a", "an") or w.kind != "word":
            continue
        if w.text in ("A", "An") and not w.sentence_start:
            continue  # "Plan A", "An Post"
        if w.start >= 2 and text[w.start - 1] in _DAMAGED and text[w.start - 2].isalpha():
            continue  # the end of a damaged word ("I?a"), not an article
        n = after(words, i)
        if n is None or n.low in ("and", "or", "nor", "&"):
            continue  # no article stands before a conjunction: "A and P", "Plan A or B"
        want = sound_of(n)
        if want is None or want == w.low:
            continue
        fix = want if w.text.islower() else want.capitalize()
        yield Hit(RULE.id, w.start, w.end, f"Use \u201c{fix}\u201d before \u201c{n.text}\u201d.", (fix,))


#: the only words ``find`` looks at: the grammar check passes it their indexes as ``sites``
TRIGGERS: Final[frozenset[str]] = frozenset({"a", "an"})
