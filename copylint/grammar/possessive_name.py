"""A name's possessive written without its apostrophe: "Marlowes team" for "Marlowe's
team" (``grammar.possessive-name``)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from copylint.checks.base import Example, RuleInfo
from copylint.grammar.hit import Hit
from copylint.grammar.lexicon import is_noun, verb_tags
from copylint.grammar.stream import Word

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import Final

RULE: Final = RuleInfo(
    id="grammar.possessive-name",
    category="grammar",
    severity="warning",
    summary="A name's possessive without its apostrophe (\"Marlowes team\" for \"Marlowe's team\").",
    rationale=(
        "A possessive \"'s\" dropped from a name leaves a word that looks like a plural or "
        "another name, and no spelling checker catches it, because capitalised words are taken "
        "for names. The rule flags a capitalised word ending in \"s\" before a noun when the same "
        "name without the \"s\" stands elsewhere in the paragraph (\"Marlowe ... Marlowes team\", "
        "\"Malawi ... Malawis plan\"), and the \"s\" form is neither a dictionary word nor a "
        "common name in its own right (Williams, Roberts, Vargas, Adams are left alone), nor the "
        "plural of a family or people after \"the\" (\"the Brandts\"). A verb with an object "
        "after it (\"Vellans make the bulk of the farmers\") shows a plural subject and is left "
        "alone. Measured (benchmarks/quality/grammar.py): no alert on the Wikinews or the US corpus."
    ),
    bad=(
        Example("Eva Marlowe ran the lab. Last year [[Marlowes]] team found the gene."),
        Example("Malawi asked for aid. Donors backed [[Malawis]] plan."),
        Example("Odhiambo led the strike. Later [[Odhiambos]] lawyers appealed."),
        Example("Peru held a vote. Observers praised [[Perus]] count."),
        Example("Ilunga resigned in May. [[Ilungas]] successor was named in June."),
        Example("Fiji won gold. The crowd cheered [[Fijis]] captain."),
        Example("Ravelo painted the mural. Since then [[Ravelos]] studio has closed."),
        Example("Kettering scored twice. Both of [[Ketterings]] goals came late."),
        Example("Oman hosted the talks. Reporters met [[Omans]] envoy."),
        Example("Tbilisi voted on Sunday. Turnout rose in [[Tbilisis]] suburbs."),
    ),
    good=(
        Example("Eva Marlowe ran the lab. Last year Marlowe's team found the gene."),
        Example("Ana Varga spoke. Vargas team won the cup."),
        Example("John Brandt spoke. The Brandts house was sold."),
        Example("Vellan is spoken there. Vellans make the bulk of the farmers."),
        Example("Malawi asked for aid. Malawians backed the plan."),
        Example("Marlowe won. Marlowes and Greys left early."),
        Example("The Ravelos studio has closed."),
        Example("Peru held a vote. Peru's count was praised."),
        Example("Odhiambo led the strike. Odhiambo's lawyers appealed."),
        Example("Fiji won gold. The Fiji sevens side celebrated."),
        Example("Kettering scored twice. Kettering's goals came late."),
    ),
)

# (the capital comes first, its left edge checked after it: a pattern that starts with a
# character class lets the regex engine skip to the capitals; a leading look-behind is tried
# at every position, three times slower)
_CANDIDATE: Final = re.compile(r"([A-Z](?<![\w'\u2019.-].)[a-z]{2,})s ([a-z]+)\b(?![-'\u2019])")
_NOT_A_NOUN: Final = frozenset("and or of in on at to for by with from as is was are were has had have".split())
_DETERMINERS: Final = frozenset("the a an this that these those his her their its our my your".split())
#: an "s" form this common (Zipf scale) is a word or a name of its own
MAX_ZIPF: Final = 2.0


#: a token where a candidate can start: one that ends in a capital, two or more lower-case
#: letters and "s" (``_CANDIDATE``'s first group and its "s" are a whole run of word
#: characters followed by a space, so they end a token; the candidate starts at the match)
TRIGGER_PATTERN: Final = re.compile(r"[A-Z][a-z]{2,}s\Z")


def _run_start(w: Word) -> int:
    """Where the run ``TRIGGER_PATTERN`` finds in a site's token starts (it ends the token)."""
    run = TRIGGER_PATTERN.search(w.text)
    assert run is not None  # (a site is a token the pattern finds in)
    return w.end - len(run[0])


def find(text: str, words: list[Word], sites: Iterable[int] | None = None) -> Iterator[Hit]:
    """Hits in one segment's prose. Without ``sites``, one pass of ``_CANDIDATE`` over the
    text; with them (the indexes of the tokens ``TRIGGER_PATTERN`` finds in, in order), the
    candidate is matched only where each such token's run starts, which finds the same
    candidates: a candidate's capital is the last in its token, and two candidates never
    overlap (the word after one holds no capital)."""
    if sites is None:
        candidates: Iterable[re.Match[str] | None] = _CANDIDATE.finditer(text)
    else:
        candidates = (_CANDIDATE.match(text, _run_start(words[i])) for i in sites)
    speller = None
    for m in candidates:
        if m is None:
            continue
        stem, head = m.group(1), m.group(2)
        if head in _NOT_A_NOUN or text[max(0, m.start() - 4):m.start()].lower() == "the ":
            continue
        if not is_noun(head):
            continue
        if "v" in verb_tags(head):  # "Vellans make the bulk": a plural subject and its verb
            rest = text[m.end():m.end() + 8].split()
            if rest and rest[0].lower() in _DETERMINERS:
                continue
        if speller is None:  # imported here, not per segment: most segments hold no candidate
            from copylint.spelling.speller import get_speller

            speller = get_speller()
        full = (stem + "s").lower()
        if speller.is_word(full) or speller.zipf(full) >= MAX_ZIPF:
            continue
        if not re.search(rf"(?<![\w'\u2019-]){stem}(?![\w'\u2019-])", text):
            continue  # the bare name is nowhere else in the paragraph
        name = m.group(1) + "'s"
        yield Hit(RULE.id, m.start(1), m.end(1) + 1,
                  f"A possessive needs its apostrophe: \u201c{name}\u201d.", (name,))
