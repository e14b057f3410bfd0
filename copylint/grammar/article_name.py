"""No article before a place name that takes none: "accused the Washington", "in the France"."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from copylint.checks.base import Example, RuleInfo
from copylint.grammar.classes import AUXILIARIES, CONJUNCTIONS, DETERMINERS, PREPOSITIONS
from copylint.grammar.hit import Hit
from copylint.grammar.lexicon import places, verb_tags, word_tags
from copylint.grammar.stream import Word, after

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import Final

RULE: Final = RuleInfo(
    id="grammar.article-before-name",
    category="grammar",
    severity="error",
    summary='"The" before a country, nation, continent, state or city name that takes no article ("the France").',
    rationale=(
        "Most countries and cities take no article: \"France\", \"Iraq\", \"Washington\". A stray "
        "\"the\" usually survives from an edit (\"the US\" changed to \"Washington\", \"the "
        "government\" to \"Baghdad\"). The names come from GeoNames and ISO 3166 (countries, "
        "capitals, cities of a million or more, continents, the UK's nations, US states, Canadian "
        "provinces and Australian states), less those that take \"the\" (\"the Netherlands\", "
        "\"the Gambia\", \"the Congo\", \"the US\") or that are also a river or an ordinary word. "
        "A name used as a modifier is fine (\"the Washington Post\", \"the Iraq war\", \"the "
        "Paris-based group\", \"the France of the 1960s\"): the rule only flags a name that ends its "
        "phrase, before punctuation, a verb or a function word; a list of names is looked through "
        "(\"the Paris, Amsterdam and Brussels exchanges\" is fine). Only a capitalised name counts "
        "(\"the china cabinet\")."
    ),
    bad=(
        Example("He accused [[the Washington]] of taking revenge."),
        Example("The team flew to [[the France]] on Monday."),
        Example("Exports to [[the Germany]] fell sharply."),
        Example("Talks between [[the Iran]] and the European Union stalled."),
        Example("Troops were sent to [[the Iraq]]."),
        Example("Officials in [[the Moscow]] said the talks had failed."),
        Example("[[The Japan]] has ordered an inquiry."),
        Example("Aid was flown from [[the New Zealand]] to the islands."),
        Example("Fans travelled across [[the England]] and Wales."),
        Example("The virus spread through [[the Europe]] in March."),
        Example("Exports from [[the Africa]] rose."),
        Example("The tour visits [[the Scotland]], Wales and Ireland."),
        Example("He toured [[the France]], Germany and Italy."),
    ),
    good=(
        Example("The Washington Post reported the story first."),
        Example("He visited the Netherlands and the Philippines."),
        Example("The US has deployed more troops."),
        Example("The Iraq war began in 2003."),
        Example("The France of the 1960s was a different country."),
        Example("A Paris-based group claimed responsibility."),
        Example("The London Marathon was cancelled."),
        Example("Fighting continued along the Jordan."),
        Example("The Hague hosts the court."),
        Example("Shares fell on the Paris, Amsterdam and Brussels exchanges."),
        Example("The England and Wales Cricket Board met; the Europe-wide ban stands."),
        Example("She bought the china cabinet in the Texas heat."),
        Example("The raid was in the Chad/Niger border region."),
    ),
    fix_safe=False,
)

_FOLLOWERS: Final = (PREPOSITIONS | AUXILIARIES | CONJUNCTIONS | frozenset("said says".split())) - {"and", "or"}


def find(text: str, words: list[Word], sites: Iterable[int] | None = None) -> Iterator[Hit]:
    """Hits in one segment's stream; only at ``sites`` (indexes of ``TRIGGERS`` words, in
    order) when given, which is where any can be."""
    table = places()
    for i in range(len(words)) if sites is None else sites:
        w = words[i]
        if w.low != "the" or i + 1 == len(words) or words[i + 1].text not in table:
            continue  # (the next token, if ``after`` gives one: the table first, it rules out most)
        n = after(words, i)
        if n is None:
            continue
        names = table[n.text]
        end_word, name = n, None
        m = after(words, n.index)
        if m is not None and f"{n.text} {m.text}" in names:
            end_word, name = m, f"{n.text} {m.text}"
        elif n.text in names:
            name = n.text
        if name is None or not _ends_phrase(words, _list_end(words, end_word.index, table)):
            continue
        yield Hit(
            RULE.id, w.start, end_word.end,
            f"\u201c{name}\u201d takes no article: drop \u201c{w.text}\u201d.",
            (name,),
        )


def _list_end(words: list[Word], i: int, table: dict[str, frozenset[str]]) -> int:
    """The last name of a list that starts at ``words[i]`` ("the Paris, Amsterdam and
    Brussels exchanges"): what follows the list decides whether the names end their phrase."""
    j = i
    while j + 1 < len(words):
        nxt = words[j + 1]
        gap = nxt.gap.strip()
        if gap == "," and nxt.cap and nxt.kind == "word":
            j = nxt.index  # ", Amsterdam"
        elif gap in ("", ",") and nxt.low in ("and", "or") and j + 2 < len(words) and words[j + 2].joined \
                and words[j + 2].cap and words[j + 2].kind == "word" and (gap == "" or nxt.gap.startswith(",")):
            j = words[j + 2].index  # "and Brussels", ", and Brussels"
        elif gap == "" and nxt.joined and j != i and f"{words[j].text} {nxt.text}" in table.get(words[j].text, ()):
            j = nxt.index  # the second word of a name in the list: "and New Zealand"
        else:
            break
    return j


def _ends_phrase(words: list[Word], i: int) -> bool:
    n = after(words, i)
    if n is None:
        return i + 1 >= len(words) or not words[i + 1].gap.lstrip().startswith(("-", "\u2010", "\u2011", "/"))
    if n.cap or n.kind != "word":
        return False
    if n.low == "of":  # "accused the Washington of taking", not "the France of the 1960s"
        m = after(words, n.index)
        return m is not None and m.low.endswith("ing") and "g" in verb_tags(m.low)
    if n.low in ("and", "or"):  # "the Iran and the EU", "the India and leaving"; not "the Iran and Iraq border"
        m = after(words, n.index)
        return m is not None and (m.low == "the" or _verb_not_noun(m.low))
    if n.low in _FOLLOWERS or n.low in DETERMINERS:
        return True
    tags, wtags = verb_tags(n.low), word_tags(n.low)
    if wtags == "r" and not tags:
        return True  # an adverb: "the Russia now"
    return "d" in tags or ("z" in tags and "N" not in wtags) or _verb_not_noun(n.low)


def _verb_not_noun(low: str) -> bool:
    """An -ing verb that is no noun: "winning", "leaving"; not "bombing"."""
    return low.endswith("ing") and "g" in verb_tags(low) and not word_tags(low)


#: the only words ``find`` looks at: the grammar check passes it their indexes as ``sites``
TRIGGERS: Final[frozenset[str]] = frozenset({"the"})
