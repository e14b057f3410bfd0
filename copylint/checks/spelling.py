"""Spelling: misspellings (``spelling.misspelling``) and the other dialect's spellings
(``spelling.dialect-mix``). The word-level logic lives in :mod:`copylint.spelling`."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator

from copylint.checks.base import Check, CheckContext, Example, Finding, RuleInfo
from copylint.checks.foreign import foreign_spans
from copylint.document import Document, Segment
from copylint.issue import Issue
from copylint.records import replace
from copylint.spelling.lexicon import DICT, GB, IZE, LISTED, PLACE, US
from copylint.spelling.speller import (
    COMPOUND_HEADS,
    COMPOUND_PART_ZIPF,
    HEADLINE,
    Speller,
    Verdict,
    get_speller,
    shape_of,
)
from copylint.spelling.suggest import match_case
from copylint.spelling.terms import ArticleTerms, in_foreign_capitals, named_by_context
from copylint.spelling.variants import ize_form
from copylint.spelling.wordlists import HouseLists, WordList, house_lists
from copylint.spelling.words import JUDGE, Settled, WordUse, glued, is_compound, word_uses
from copylint.tokens import token_list, token_texts

MISSPELLING = RuleInfo(
    id="spelling.misspelling",
    category="spelling",
    severity="error",
    summary="A word is misspelt (\"seige\" for \"siege\").",
    rationale=(
        "A misspelling in published copy costs a correction notice and the reader's trust, and "
        "the eye reads past it. copylint checks each word against a curated list of real-world "
        "misspellings first, then a dictionary of both British and American spelling, and flags "
        "a word only when it is unknown or a known word one slip away is far likelier. Names are "
        "not misspellings: a capitalised word is taken for a name (Khamenei, Esper, Hezbollah) "
        "unless nothing but a typo explains it. Suggestions are ranked for how people mistype "
        "(swapped, doubled and neighbouring letters first, then how common the word is), and none "
        "is given when the best is a guess. A listed misspelling with one correction is a safe fix. "
        "Add house words to an accept list ([spelling] accept) to silence a word for the whole team."
    ),
    bad=(
        Example("Protesters laid [[seige]] to the embassy."),
        Example("A guard post on the outer [[perimiter]] was set alight."),
        Example("Officials will [[recieve]] the report on Monday."),
        Example("The [[goverment]] denied any involvement."),
        Example("The council [[approvde]] the budget on Tuesday."),
        Example("She joined the School of [[Engneering]] in 2019."),
        Example("Police said the [[suspcet]] fled on foot."),
        Example("Tehran-[[alinged]] militias attacked the base."),
        Example("The [[militas]]\u2019 leaders were arrested."),
        Example("The [[Goverment]] Office and the [[Brittish]] Museum were shut by [[Govenor]] Harl."),
        Example("The [[Buld]] Back Better Act was shelved in March."),
    ),
    good=(
        Example("Iran's Supreme Leader Ayatollah Ali Khamenei criticised the strikes."),
        Example("Defence Secretary Mark Esper said 750 troops would be sent."),
        Example("Foreign Ministry spokesman Abbas Mousavi spoke to the ISNA news agency."),
        Example("Hezbollah and Tehran-aligned Shia militias met in Baghdad, Al Jazeera said."),
        Example("See https://example.com/seige, e-mail desk@example.org or follow @newsdesk and #Baghdad."),
        Example("The \u00a3600m deal covers 5,000m of cable and 2bn in loans from 2019."),
        Example("The militias\u2019 leaders and the militias' allies co-ordinated the pro-Iran march."),
        Example("Run `copylint --seige` to reproduce the error."),
        Example("The sign read \u201cWelcom [sic] to Baghdad\u201d."),
        Example("The trainer Dariel Wass and the fencer Ons Malbera spoke after the final."),
    ),
    fix_safe=False,
)

DIALECT_MIX = RuleInfo(
    id="spelling.dialect-mix",
    category="spelling",
    severity="warning",
    summary="An American spelling in British copy, or a British one in American copy.",
    rationale=(
        "A story should keep to one spelling: \"color\" in an article that writes \"favour\" reads "
        "as a slip. The dialect comes from the configuration (dialect = \"en-GB\" or \"en-US\") or, "
        "with \"auto\", from the spellings the document itself uses most. -ize is not an error in "
        "British English (Oxford spelling), but -ise is in American English. Proper names keep "
        "their own spelling (Pearl Harbor, the Labor Party, World Trade Center), and words that "
        "are correct in both dialects in some sense (program, meter, license, practice, tire) are "
        "left alone."
    ),
    bad=(
        Example("The [[color]] of the flag was changed.", dialect="en-GB"),
        Example("Most voters [[favor]] an early election.", dialect="en-GB"),
        Example("The city [[center]] was closed to traffic.", dialect="en-GB"),
        Example("Analysts [[analyzed]] the figures overnight.", dialect="en-GB"),
        Example("The [[defence]] ministry issued a statement.", dialect="en-US"),
        Example("Senators [[criticised]] the plan.", dialect="en-US"),
        Example("He [[travelled]] to Kabul on Sunday.", dialect="en-US"),
        Example("Police said the [[tyre]] had burst.", dialect="en-US"),
        Example("The favourite theatre of the town changed its [[color]] scheme and its labour rules."),
    ),
    good=(
        Example("Officials organized the talks and criticised the plan.", dialect="en-GB"),
        Example("The program will check the meter before the firm can license it.", dialect="en-GB"),
        Example("Wreaths were laid at Pearl Harbor and the World Trade Center.", dialect="en-GB"),
        Example("The color of the center was analyzed.", dialect="en-US"),
        Example("The colour of the centre was analysed.", dialect="en-GB"),
        Example("US Defense Secretary Mark Esper said the Labor Party was wrong.", dialect="en-GB"),
        Example("Advertisers exercise caution to avoid a compromise.", dialect="en-US"),
        Example("She practised law before she joined the practice.", dialect="en-GB"),
        Example("The favourite theatre changed its colour scheme toward the end of the year."),
    ),
)

DIALECT_DECISION = RuleInfo(
    id="dialect.decision",
    category="structure",
    severity="info",
    summary="Which dialect an article was judged in, and why (off unless selected).",
    rationale=(
        "With dialect = \"auto\" copylint decides per article whether it is British or American "
        "from its own evidence: spellings with a British/American pair (-ise is British, -ize "
        "is neither, since Oxford British uses it), \"per cent\" against \"percent\", and date "
        "order (\"5 January\" against \"January 5\"); a word capitalised inside a sentence is a "
        "name, not evidence. An article with too little evidence, or a tie, is judged against "
        "dialect_fallback (default en-US). Select this rule (--enable dialect.decision) to see "
        "the decision for each article, in every output format: one note at its first word. "
        "Nothing is reported where the configuration names the dialect."
    ),
    bad=(
        Example("[[The]] colour of the centre was criticised on 5 January."),
        Example("[[Prices]] rose 5 percent on January 5, 2021."),
        Example("[[No]] spelling here says which."),
    ),
    good=(
        Example("The colour of the centre was criticised.", dialect="en-GB"),
        Example("The color of the center was analyzed.", dialect="en-US"),
    ),
    default_enabled=False,
)

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from copylint.dialect import MarkedSegment

REJECTED = " is on the house reject list"
_LATIN_ENDING = re.compile(r"(?:a|ae|i|ii|us|um|is|es|ensis|oides|ata|ica)$")
_TITLE_SEGMENTS = frozenset({"headline", "heading", "front_matter"})
_HYPHENS = re.compile(r"[-\u2010\u2011]")
_UPPER = re.compile(r"[^\W\d_a-z]")  # letters: an approximation by case, for shouting headlines
_ASCII_LOWER = "abcdefghijklmnopqrstuvwxyz"  # lower-case letters, for shouting headlines (an approximation too)
_COMMON_LOWER = "etaoinsr"  # some of them
# A lower-case word written this often in an article's body is one of its terms.
TERM_USES = 3
# articles and prepositions of French, Spanish, Italian, Portuguese and German that are no
# English words: a word after one stands in a phrase of that language ("esprit des lois",
# "casa del pueblo")
_FOREIGN_FUNCTION_WORDS = frozenset("des du les aux del los las della delle degli dei dello nella nos das der den dem "
                                    "und".split())


class Spelling(Check):
    rules = (MISSPELLING, DIALECT_MIX, DIALECT_DECISION)

    def __init__(self, settings) -> None:  # noqa: ANN001 - Settings
        super().__init__(settings)
        self._lists: dict[tuple, HouseLists] = {}

    def _house(self, ctx: CheckContext) -> HouseLists:
        sp = ctx.settings.spelling
        key = (sp.accept, sp.reject, sp.words)
        lists = self._lists.get(key)
        if lists is None:
            lists = self._lists[key] = house_lists(sp.accept, sp.reject, sp.words)
        return lists

    def _settled_words(self, speller: Speller, house: HouseLists) -> Settled:
        """The words settled for this speller and reject list (see :func:`settles`), kept
        on the speller from document to document (another speller has its own)."""
        kept: dict[int, tuple[HouseLists, Settled]] = speller.memo("settled words", dict)  # id(house) -> ...
        found = kept.get(id(house))
        if found is None or found[0] is not house:
            from copylint.dialect import token_marks  # (imported when first linting, as ctx.dialects does)

            reject = house.reject if house.reject else None
            # (token_marks looks words up with the process's speller: the shortcut, with this one)
            shortcut = _plain_note(speller) if reject is None and speller is get_speller() else None
            found = kept[id(house)] = (house, Settled(lambda word: settles(speller, reject, word), marks=token_marks,
                                                      shortcut=shortcut))
        return found[1]

    def run(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.is_enabled(DIALECT_DECISION.id) and ctx.settings.dialect == "auto":
            finding = _decision(doc, ctx)
            if finding is not None:
                yield finding
        house = self._house(ctx)
        spell = ctx.is_enabled(MISSPELLING.id)
        mix = ctx.is_enabled(DIALECT_MIX.id)
        speller = get_speller()
        settled = self._settled_words(speller, house)
        skipped = foreign_spans(doc, ctx)
        # one lookup a token gives both the words to judge and the dialect evidence's marks,
        # handed to the document's dialect (gathered from them when a check first asks)
        offer = settled.marked and ctx.settings.dialect == "auto" and doc is ctx.doc
        marked: list[MarkedSegment] = []
        segments = []
        for seg in doc.segments:
            found = token_list(seg.text)
            notes, indexes = settled.notes(found, token_texts(seg.text))
            if offer:
                marked.append((seg.text, found, notes, indexes))
            pending = [i for i in indexes if notes[i] & JUDGE]
            if not pending and "[" not in seg.text:
                segments.append((seg, []))  # (word_uses would find nothing to judge)
                continue
            spans = skipped.get(id(seg))
            segments.append((seg, [u for u in word_uses(seg.text, settled, pending) if not _inside(spans, u.start)]))
        if offer:
            ctx.dialects.offer(marked)
        # how often each word is written in body text (a headline, title or H1 repeated
        # elsewhere is no evidence of a name)
        body = Counter(u.text for seg, uses in segments if seg.kind not in _TITLE_SEGMENTS for u in uses)
        titled = {u.text for seg, uses in segments if seg.kind in _TITLE_SEGMENTS for u in uses}
        for word in titled & set(body):
            body[word] += 1  # a headline word that the body also writes: seen twice
        accept = house.accept if house.accept else None
        terms = ArticleTerms([seg.text for seg, _ in segments], speller)
        for seg, uses in segments:
            if not uses:
                continue
            shouting = _Shouting(seg.text)
            for use in uses:
                if accept is not None and (accept.matches(use.text) or (use.compound and accept.matches(use.compound))):
                    continue
                if spell:
                    finding = self._misspelling(speller, house, seg, use, body, shouting, terms)
                    if finding is not None:
                        yield finding
                        continue
                if mix:
                    finding = _dialect_mix(speller, seg, use, ctx)
                    if finding is not None:
                        yield finding

    def _misspelling(self, speller: Speller, house: HouseLists, seg: Segment, use: WordUse,
                     body: Counter[str], shouting: _Shouting, terms: ArticleTerms) -> Finding | None:
        word = use.text
        if house.reject and house.reject.matches(word):
            fix = house.reject.correction(word)
            fixes = (fix,) if fix else speller.suggestions(word)
            return Finding(MISSPELLING.id, seg, use.start, use.end, f"\u201c{word}\u201d{REJECTED}", fixes)
        if word.isupper() and shouting:
            word = word.capitalize()  # an all-capitals headline: its words are not acronyms
        if use.compound is not None:
            whole = _HYPHENS.sub("", use.compound)
            if speller.is_word(whole.lower()) or speller.zipf(whole.lower()) >= COMPOUND_PART_ZIPF:
                return None  # judged whole first: co-ordinated, e-mail, wi-fi
            if use.part == 0 and word.lower() in COMPOUND_HEADS:
                return None  # alt-right, neo-pagan
            if seg.kind not in _TITLE_SEGMENTS and _place_compound(speller, use):
                return None  # one name joined to a place: Agence France-Presse, Baden-Baden
            if _letter_linked(use.compound):
                return None  # a trade name linked by a lone letter: Sav-A-Lot, Rent-A-Wreck
        mid_body = (seg.kind not in _TITLE_SEGMENTS and not use.initial) or use.after_title
        # a headline word the body never writes: its capital says nothing (title case)
        initial = use.initial
        if seg.kind in _TITLE_SEGMENTS and not body[use.text] and not use.after_title and shape_of(word) == "title" \
                and _title_case(seg.text):
            initial = HEADLINE
        verdict = speller.judge(word, None, initial, by_number=use.by_number, part=use.compound is not None,
                                mid_body=mid_body)  # without context: the strictest reading
        if verdict.ok:
            return None
        if not verdict.listed and word.islower() and body[use.text] >= TERM_USES:
            return None  # a term the article uses throughout (an invented 'florbet', five times)
        if in_foreign_capitals(speller, use.text, use.prev_word, use.next_word):
            return None  # a title in another language: TRAVNE LISKOVI PROMENTA
        if not verdict.listed and word.islower() and use.prev_word in _FOREIGN_FUNCTION_WORDS:
            return None  # a word in a phrase of another language: "esprit des lois"
        if not verdict.listed and word.islower() and word in terms:
            return None  # a term the article names or glosses (called the ostrani; velbo (a short coat))
        if not verdict.listed and shape_of(word) == "title" and initial != HEADLINE \
                and named_by_context(speller, seg.text, use.start, use.end, alone=not _beside_capital(use)):
            return None  # one of a list of names (Tarvok, Essim, and Broon), a cited author (Quellan, H)
        if not verdict.listed and word[:1].isupper() and body[use.text] > 1 and not initial == HEADLINE:
            return None  # a name the body writes the same way more than once (Dravetti, Olmsk)
        if verdict.listed and mid_body and not use.initial and _listed_name(use, verdict):
            return None  # a name that codespell lists as a slip for a function word or verb: Dariel Wass
        shape = _context_shape(speller, use)
        name_context = _name_context(seg, use, body)
        if shape is not None or name_context:
            verdict = speller.judge(word, shape, initial, name_context, by_number=use.by_number,
                                    part=use.compound is not None, mid_body=mid_body)
            if verdict.ok:
                return None
        if verdict.suggestions and shouting:
            verdict = replace(verdict, suggestions=tuple(s.upper() for s in verdict.suggestions))
        return Finding(MISSPELLING.id, seg, use.start, use.end, _message(use.text, verdict), verdict.suggestions,
                       fix_safe=verdict.safe)


def settles(speller: Speller, reject: WordList | None, word: str) -> bool:
    """Whether ``word``, a word token as written, can never be reported wherever it stands:
    a single letter or a word with a digit (never judged); a word of mixed case (McCain,
    iPhone, O'Brien: never judged, never a dialect form); a dictionary word that is not a
    listed misspelling (correct in any context, as :meth:`Speller.judge` decides before it
    looks at context) or a capitalised word that is surely a name (:meth:`Speller.sure_name`:
    Iran, Trump), each of which, unless written in capitals, has no other dialect's form
    (``spelling.dialect-mix`` looks no further); each as the speller sees it (a possessive
    ending taken off: "world's" is "world"). A compound is judged part by part, so it is
    settled when each of its parts (of letters only) is settled alone: then none is reported
    in any context either. A word on the house reject list is never settled."""
    if not word.isalpha():
        word = glued(word)  # as _word_uses makes it
        if word is None:
            return True
        if is_compound(word):
            if reject is not None and reject.matches(word):
                return False
            parts = [p for p in _HYPHENS.split(word) if len(p) > 1]  # as _word_uses judges them
            return all(p.isalpha() and settles(speller, reject, p) for p in parts)
    if len(word) < 2:
        return True
    if reject is not None and reject.matches(word):
        return False
    shape = shape_of(word)
    if shape == "mixed":
        return True
    low = word.lower()
    if not speller.plain_word(low):
        if shape != "title" or "'" in low or not speller.sure_name(low):
            return False
    return shape == "upper" or speller.other_forms(low) == (None, None)


#: the flags of a lexicon entry that a settled word with no dialect form has only one of (DICT)
_PLAIN_FLAGS = DICT | LISTED | GB | US | IZE


def _plain_note(speller: Speller) -> Callable[[str], int | None]:
    """A shortcut to a token's note (:class:`Settled`, with :func:`settles` and no reject list,
    :func:`copylint.dialect.token_marks` beside it) for most word tokens, by one lexicon lookup:
    a word of letters only, in lower case or capitalised, whose lower-case form is a dictionary
    word that is not a listed misspelling and has no dialect flag (no GB, US or IZE) and no
    -ise form (:func:`copylint.spelling.variants.ize_form`) is settled (a plain word with no
    other forms: ``other_forms`` gives (None, None)) and holds no spelling evidence: its note
    is its clue marks (:func:`copylint.dialect.clue_marks`). A number of ASCII digits is
    never judged (:func:`copylint.spelling.words.glued`) and is no word: its note is 0. Any
    other token: None (decided in full). tests/test_spelling_fast_path.py compares the two."""
    from copylint.dialect import clue_marks

    entry = speller.entry

    def note(text: str) -> int | None:
        if not text.isalpha() or not (text.islower() or (text[0].isupper() and text[1:].islower())):
            return 0 if text.isascii() and text.isdigit() else None  # (a number: never judged, no marks)
        low = text.lower()
        if "is" in low and ize_form(low) is not None:
            return None
        e = entry(low)
        if e is None or e.flags & _PLAIN_FLAGS != DICT:
            return None
        return clue_marks(text)

    return note


def _decision(doc: Document, ctx: CheckContext) -> Finding | None:
    """The dialect decision, reported at the document's first word."""
    for seg in doc.segments:
        first = next(iter(word_uses(seg.text)), None)
        if first is not None:
            decision = ctx.dialects.decision()
            return Finding(DIALECT_DECISION.id, seg, first.start, first.end,
                           f"Dialect {decision.describe()}")
    return None


def _beside_capital(use: WordUse) -> bool:
    return any(w is not None and w[:1].isupper() for w in (use.prev_word, use.next_word))


def _listed_name(use: WordUse, verdict: Verdict) -> bool:
    """A listed misspelling written with a capital inside a sentence, beside a capitalised
    word that is no English word (a name: "Dariel", "Malbera"), whose correction is a function word, a verb or an adverb ("Wass" for
    "was", "Ons" for "owns"): such a word is never capitalised beside a name, so it is a
    name itself ("Dariel Wass", "Ons Malbera"). A slip for a noun or an
    adjective is still a slip there ("Goverment Office", "Govenor Harl", "Brittish Museum"), and
    so is any slip beside English words in a name ("Buld Back Better")."""
    word = use.text
    if shape_of(word) != "title" or not verdict.suggestions:
        return False
    speller = get_speller()
    if not any(w is not None and shape_of(w) == "title" and w.isalpha() and not speller.is_word(w.lower())
               and not speller.judge(w).listed for w in (use.prev_word, use.next_word)):
        return False  # beside no name that is no English word: "Buld Back Better" is a slip in a name
    entry = speller.entry(word.lower())
    fix = entry.note.split(",")[0].strip() if entry is not None else ""
    if not fix.isalpha() or not fix.islower():
        return False  # the list's correction is a proper word ("British" for "Brittish"): kept
    from copylint.grammar.lexicon import word_tags  # (a rare case: the grammar lexicon only then)

    tags = word_tags(fix)
    return not ("n" in tags or "N" in tags or "j" in tags)


def _place_compound(speller: Speller, use: WordUse) -> bool:
    """A capitalised part of a compound of capitalised parts, another of which is a place."""
    parts = [p for p in _HYPHENS.split(use.compound or "") if p]
    if len(parts) < 2 or not all(shape_of(p) == "title" for p in parts):
        return False
    others = [p for i, p in enumerate(parts) if i != use.part]
    return any((e := speller.entry(p.lower())) is not None and e.flags & PLACE for p in others)


def _letter_linked(compound: str) -> bool:
    """Three or more capitalised parts linked by a lone capital letter standing for a word
    ("A" for "a", "N" for "and", "R" for "are"): the shape of a trade name, whose respellings
    are its own (Sav-A-Lot, Rent-A-Wreck, Stop-N-Go). Only the lone letter marks it: "Goverment-Backed
    Bonds" and "Trans-Pacific-Partnreship" are still judged."""
    parts = [p for p in _HYPHENS.split(compound) if p]
    return len(parts) >= 3 and all(p[:1].isupper() for p in parts) and any(
        len(p) == 1 and p.isalpha() for p in parts[1:-1])


def _inside(spans: list[tuple[int, int]] | None, offset: int) -> bool:
    return bool(spans) and any(a <= offset < b for a, b in spans)


def _title_case(text: str) -> bool:
    """Most of the longer words are capitalised (a headline in title case): a capital there
    is no sign of a name."""
    longer = [w for w in re.findall(r"[^\W\d_]{4,}", text)]
    return len(longer) >= 2 and sum(w[0].isupper() for w in longer) >= 0.75 * len(longer)


class _Shouting:
    """Whether a segment is written in capitals throughout (:func:`_shouting`), found when
    first asked (most segments have no word that asks)."""

    __slots__ = ("text", "value")

    def __init__(self, text: str) -> None:
        self.text = text
        self.value: bool | None = None

    def __bool__(self) -> bool:
        if self.value is None:
            self.value = _shouting(self.text)
        return self.value


def _shouting(text: str) -> bool:
    """Written in capitals throughout (an all-capitals headline): at least three words."""
    # the commonest letters first: in prose they alone are over a tenth of the text, and the
    # whole count (at least as large) cannot be smaller
    if 10 * sum(map(text.count, _COMMON_LOWER)) > len(text):
        return False
    lower = sum(map(text.count, _ASCII_LOWER))
    if 10 * lower > len(text):
        return False  # then upper <= len(text) - lower < 9 * lower: under 90% capitals (prose: most texts)
    upper = len(_UPPER.findall(text))
    return upper + lower >= 12 and upper >= 0.9 * (upper + lower) and len(text.split()) >= 3


def flagged_words(issues: Iterable[Issue]) -> list[str]:
    """The words ``spelling.misspelling`` flagged in a run, as written (straight apostrophes),
    leaving out those the house reject list flagged and listed misspellings (never a house
    word, however often they were flagged): what ``--add-words`` adds to a list."""
    words = {i.text.replace("\u2019", "'") for i in issues
             if i.rule == MISSPELLING.id and not i.message.endswith(REJECTED) and i.text}
    speller = get_speller()
    return sorted(w for w in words if not any(ch.isspace() for ch in w) and not _listed(speller, w))


def _listed(speller: Speller, word: str) -> bool:
    low = word.lower()
    for candidate in (low, low[:-2] if low.endswith("'s") else low):
        e = speller.entry(candidate)
        if e is not None and e.flags & LISTED:
            return True
    return False


def _context_shape(speller: Speller, use: WordUse) -> str | None:
    """"name" when the context shows a lower-case word to be part of a name, else None."""
    word = use.text
    if not word.islower():
        return None
    if use.compound is not None and use.part > 0:
        head = re.split(r"[-\u2010\u2011]", use.compound)[0]
        if shape_of(head) == "title":
            return "name"  # Kwok-hing, Chi-wai
    if len(word) <= 4 and _particle_between(speller, use.prev_word, use.next_word):
        return "name"  # Ursula von der Leyen, Mohammed ibn Salman
    if _LATIN_ENDING.search(word) and (use.prev_is_initial or (
            use.prev_word is not None and shape_of(use.prev_word) == "title" and use.prev_word.isalpha()
            and not speller.is_word(use.prev_word.lower()))):
        return "name"  # a species: Quorbella tenvillae, Q. tenvillae
    return None


def _particle_between(speller: Speller, prev: str | None, nxt: str | None) -> bool:
    """Between two capitalised words, or between one and another short lower-case word
    that is not a dictionary word (Ursula von der Leyen)."""
    if prev is None or nxt is None:
        return False
    kinds = [("title" if shape_of(w) == "title" else
              "particle" if len(w) <= 4 and w.islower() and not speller.is_word(w) else "") for w in (prev, nxt)]
    return "" not in kinds and "title" in kinds


def _name_context(seg: Segment, use: WordUse, body: Counter[str]) -> bool:
    """A capitalised word that the document shows to be a name: written the same way more
    than once in body text, beside another capitalised word (Ardan Pelloway, Vessik Stadium)
    or after an initial (Edward J. Markey) outside a headline (where every word may be
    capitalised), or joined to a capitalised word (Agence France-Presse)."""
    word = use.text
    if not word[:1].isupper():
        return False
    if body[word] > 1 or use.after_title:
        return True
    if seg.kind in _TITLE_SEGMENTS:
        return False
    if use.compound is not None and sum(shape_of(p) == "title" for p in _HYPHENS.split(use.compound) if p) > 1:
        return True
    return any(w is not None and shape_of(w) == "title" for w in (use.prev_word, use.next_word))


def _message(word: str, verdict: Verdict) -> str:
    first = f"\u201c{verdict.suggestions[0]}\u201d" if verdict.suggestions else None
    if verdict.listed:
        return f"\u201c{word}\u201d is a common misspelling" + (f" of {first}" if first else "")
    if verdict.reason == "unknown" and not first:
        return f"Unknown word \u201c{word}\u201d: check the spelling, or add it to the house word list"
    return f"Possible misspelling \u201c{word}\u201d" + (f": did you mean {first}?" if first else "")


def _dialect_mix(speller: Speller, seg: Segment, use: WordUse, ctx: CheckContext) -> Finding | None:
    word = use.text
    shape = shape_of(word)
    if shape != "lower" and not (shape == "title" and use.initial and seg.kind not in _TITLE_SEGMENTS
                                 and not (use.next_word and use.next_word[:1].isupper())):
        return None  # a proper name keeps its spelling: Pearl Harbor, the Labor Party; "Labour Party leader ..."
    american, british = speller.other_forms(word.lower())  # were the copy British / American
    if american is None and british is None:
        return None  # not a dialect spelling: the dialect need not be decided
    dialect = ctx.dialects.for_word(word)
    if dialect == "en-GB":
        if american is None:
            return None
        other, name = american, "American"
    else:
        if british is None:
            return None
        other, name = british, "British"
    other = match_case(other, word)
    target = "British" if dialect == "en-GB" else "American"
    return Finding(DIALECT_MIX.id, seg, use.start, use.end,
                   f"{name} spelling \u201c{word}\u201d in {target} copy: use \u201c{other}\u201d", (other,))
