"""Words confused in context: its/it's, their/there/they're, than/then, whose/who's,
lose/loose, were/where. Each pair is its own rule, so each can be judged and switched alone."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

from copylint.checks.base import Example, RuleInfo
from copylint.grammar import confusion
from copylint.grammar.classes import DETERMINERS, PREPOSITIONS
from copylint.grammar.confusion.context import Site
from copylint.grammar.confusion.measured import measured
from copylint.grammar.hit import Hit
from copylint.grammar.lexicon import MODALS, is_adjective_only, verb_tags, word_tags
from copylint.grammar.stream import Word, after, before
from copylint.records import replace

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import Final

_RATIONALE: Final = (
    " These pairs sound alike, so a spell checker passes both; only the words around them tell "
    "which was meant. The rule looks only at contexts where one reading is impossible, and leaves "
    "everything else alone."
)

ITS: Final = RuleInfo(
    id="grammar.confusables.its",
    category="grammar",
    severity="error",
    summary='"it\'s" (it is) where the possessive "its" belongs, or the reverse.',
    rationale=(
        "\"Its\" is the possessive (\"the company and its shareholders\"), \"it's\" is \"it is\" or "
        "\"it has\". Flagged: \"it's own\" and \"it's\" after a preposition (\"of it's economy\"), and "
        "\"its\" before a word that cannot follow a possessive (\"its a\", \"its been\", \"its not\")."
        + " Also: \"it's\" before a noun phrase without a determiner that a verb follows (\"it's budget deficit will grow\"), and \"its\" before a preposition's phrase or \"not\"."
        + _RATIONALE
    ),
    bad=(
        Example("The company defended [[it's]] own record."),
        Example("Iran said sanctions had hurt much of [[it's]] economy."),
        Example("The party lost control of [[it's]] stronghold."),
        Example("The army withdrew from [[it's]] positions overnight."),
        Example("[[Its]] been a difficult year, she said."),
        Example("He was arrested after leaving [[it's]] elite group."),
        Example("The university wants to develop [[it's]] sport programme."),
        Example("She said [[its]] a question for the voters."),
        Example("[[Its]] not clear who fired first."),
        Example("Officials said [[its]] likely to rain."),
        Example("[[Its]] in the public interest, he said."),
        Example("The minister said [[it's]] budget deficit will grow."),
    ),
    good=(
        Example("Officials said it's unclear who is to blame."),
        Example("We think it's time to act."),
        Example("The company defended its own record."),
        Example("Iran said sanctions had hurt much of its economy."),
        Example("It's been a difficult year, she said."),
        Example("She said it's a question for the voters."),
        Example("The party said its candidate would win."),
        Example("It's not clear who fired first."),
        Example("The ministry gave its reasons on Monday."),
        Example("The bill, in its current form, will fail."),
        Example("It's no wonder prices rose."),
        Example("It's high time the council acted."),
    ),
    fix_safe=True,
)

THEIR: Final = RuleInfo(
    id="grammar.confusables.their",
    category="grammar",
    severity="error",
    summary='"their", "there" and "they\'re" mixed up ("there own", "their are").',
    rationale=(
        "\"Their\" is the possessive, \"there\" the place or the dummy subject (\"there are\"), "
        "\"they're\" is \"they are\". Flagged: \"there own\" and \"they're own\" (for \"their "
        "own\"), and \"their\" before \"is\", \"are\", \"was\" or \"were\" (for \"there\")." + " Also: \"they're\" before a noun phrase that a verb follows or before a lone count noun, and \"their\" before \"not\", a clause adverb or a preposition's phrase."
        + _RATIONALE
    ),
    bad=(
        Example("The players paid for [[there]] own travel."),
        Example("Residents were told to protect [[they're]] own homes."),
        Example("[[Their]] are fears of more violence."),
        Example("Officials said [[their]] was no threat."),
        Example("[[Their]] were no injuries, police said."),
        Example("He said [[their]] is little time left."),
        Example("Farmers had to sell [[there]] own land."),
        Example("[[Their]] are no plans to reopen the border."),
        Example("[[Their]] going to appeal the ruling, the lawyer said."),
        Example("Fans travelled from across the country to support [[there]] team."),
        Example("They treat the press as [[they're]] enemy."),
        Example("So [[their]] not coming back, she said."),
        Example("Ministers said [[their]] at the station."),
    ),
    good=(
        Example("The players paid for their own travel."),
        Example("There are fears of more violence."),
        Example("Officials said there was no threat."),
        Example("They're expected to arrive on Monday."),
        Example("Their families were told on Tuesday."),
        Example("Troops stayed there overnight."),
        Example("The players and their coach left early."),
        Example("What their lawyers said was not reported."),
        Example("They're going to appeal the ruling, the lawyer said."),
        Example("Fans travelled there to support their team."),
        Example("Their already tenuous finances worsened."),
        Example("There remains much to do."),
        Example("They're good people, she said."),
    ),
    fix_safe=True,
)

THAN: Final = RuleInfo(
    id="grammar.confusables.than",
    category="grammar",
    severity="error",
    summary='"then" after a comparative ("more then", "rather then"), or "than" for "then" ("since than").',
    rationale=(
        "\"Than\" compares (\"more than\", \"rather than\"); \"then\" is about time (\"since "
        "then\", \"until then\"). Flagged: \"then\" right after a comparative and \"than\" after "
        "\"since\", \"until\", \"by\", \"back\" or \"from\"." + " Also: \"then\" after a comparative anywhere in its clause (\"much wider then the canal\"), and \"than\" with no comparative before it in the sentence or after \"and\"/a modal before a verb."
        + _RATIONALE
    ),
    bad=(
        Example("The storm killed more [[then]] 40 people."),
        Example("The party chose to abstain rather [[then]] vote against."),
        Example("Turnout was lower [[then]] expected."),
        Example("Prices have doubled since [[than]]."),
        Example("The talks will continue until [[than]]."),
        Example("By [[than]] the protesters had left."),
        Example("The deficit is larger [[then]] last year's."),
        Example("Fewer [[then]] half of voters took part."),
        Example("The new rules are more complex [[then]] the old ones."),
        Example("Sales rose faster [[then]] forecast."),
        Example("The river is much wider [[then]] the canal."),
        Example("The team trained hard and [[than]] lost the final."),
    ),
    good=(
        Example("The storm killed more than 40 people."),
        Example("The party chose to abstain rather than vote against."),
        Example("Prices have doubled since then."),
        Example("The talks will continue until then."),
        Example("He paused, then left the room."),
        Example("She was then the foreign minister."),
        Example("The former then-president spoke first."),
        Example("It was bigger than any rally before."),
        Example("First the storm hit, and then the power failed."),
        Example("The vote was delayed; the result was then challenged."),
        Example("The bigger firms then voted against."),
        Example("He ran faster, then fell."),
        Example("Rents were much lower then, she recalled."),
    ),
    fix_safe=True,
)

WHOSE: Final = RuleInfo(
    id="grammar.confusables.whose",
    category="grammar",
    severity="error",
    summary='"whose" for "who\'s" ("whose been", "whose going").',
    rationale=(
        "\"Whose\" is the possessive (\"the man whose car\"), \"who's\" is \"who is\" or \"who has\". "
        "Flagged: \"whose\" before \"been\", \"going\", \"not\" or an article, and \"who's\" "
        "between a noun and a noun followed by a verb is left alone, being too often right."
        + _RATIONALE
    ),
    bad=(
        Example("The officer, [[whose]] been suspended, denied wrongdoing."),
        Example("It is not clear [[whose]] going to replace him."),
        Example("A man [[whose]] not been named was arrested."),
        Example("The minister, [[whose]] a former banker, resigned."),
        Example("They asked [[whose]] been paying for the flights."),
        Example("The actor, [[whose]] the son of a diplomat, spoke out."),
        Example("Police want to know [[whose]] going to pay."),
        Example("A witness [[whose]] been interviewed twice spoke to us."),
        Example("The actor, [[who's]] film won the prize, thanked the crew."),
        Example("It is unclear [[whose]] to blame for the delay."),
        Example("The families [[who's]] relatives are missing met the minister."),
    ),
    good=(
        Example("The officer, whose car was damaged, was unhurt."),
        Example("It is not clear who's going to replace him."),
        Example("A man whose name has not been released was arrested."),
        Example("The minister, who's a former banker, resigned."),
        Example("Whose idea was it?"),
        Example("The woman whose son died spoke to reporters."),
        Example("Nobody knows who's been paying for the flights."),
        Example("The village, whose residents fled, was shelled."),
        Example("The actor, whose film won the prize, thanked the crew."),
        Example("It is unclear who's to blame for the delay."),
        Example("The families whose relatives are missing met the minister."),
    ),
    fix_safe=True,
)

LOSE: Final = RuleInfo(
    id="grammar.confusables.lose",
    category="grammar",
    severity="error",
    summary='"loose" for the verb "lose" ("could loose"), or "lose" for the adjective ("broke lose").',
    rationale=(
        "\"Lose\" is the verb (\"to lose a vote\"), \"loose\" the adjective (\"a loose wire\", "
        "\"broke loose\"). Flagged: \"loose\" or \"loosing\" as a verb after \"to\", a modal or "
        "\"not\", and \"lose\" after \"cut\", \"break\", \"let\", \"set\" or \"on the\"." + _RATIONALE
    ),
    bad=(
        Example("The party could [[loose]] its majority."),
        Example("He is expected to [[loose]] the vote."),
        Example("The team is [[loosing]] money every week."),
        Example("Two lions broke [[lose]] from the zoo."),
        Example("The suspect is still on the [[lose]]."),
        Example("Officials warned that farmers will [[loose]] their land."),
        Example("The crew cut [[lose]] the damaged boat."),
        Example("Voters did not want to [[loose]] their say."),
        Example("Many families [[loose]] their homes every winter."),
        Example("A [[lose]] tile fell from the roof."),
        Example("Farmers fear they [[loose]] access to water."),
        Example("The club will probably [[loose]] the match."),
    ),
    good=(
        Example("The party could lose its majority."),
        Example("He is expected to lose the vote."),
        Example("The team is losing money every week."),
        Example("Two lions broke loose from the zoo."),
        Example("The suspect is still on the loose."),
        Example("A loose cable caused the fire."),
        Example("The rules were loosened last year."),
        Example("Nobody wants to lose."),
        Example("Many families lose their homes every winter."),
        Example("A loose tile fell from the roof."),
        Example("The dog broke loose and ran off."),
        Example("Farmers fear they lose access to water."),
    ),
    fix_safe=True,
)

WERE: Final = RuleInfo(
    id="grammar.confusables.were",
    category="grammar",
    severity="error",
    summary='"where" for "were" after a subject pronoun ("they where told").',
    rationale=(
        "\"Were\" is the verb, \"where\" asks or tells a place. After \"they\", \"we\" or \"you\" "
        "only the verb fits (\"they were told\"); a dropped or added \"h\" is a common slip that a "
        "spell checker cannot see." + " Also decided by syntax: a finite \"were\" needs a subject, so after \"if\", \"because\", an introductory phrase or clause-opening adverbs it is \"we're\"; right after a preposition or before a clause of its own it is \"where\"; and \"where\" after a plural subject with no finite verb in the rest of its clause is \"were\"."
        + _RATIONALE
    ),
    bad=(
        Example("Police said [[they where]] armed."),
        Example("[[We where]] told to wait outside."),
        Example("[[They where]] among the first to arrive."),
        Example("Witnesses said [[they where]] frightened."),
        Example("[[You where]] right, the minister told him."),
        Example("The soldiers said [[they where]] ambushed."),
        Example("[[They where]] not allowed to vote."),
        Example("Residents said [[we where]] abandoned."),
        Example("Two soldiers [[where]] killed in the attack."),
        Example("This is the town [[were]] he grew up."),
        Example("If [[were]] serious about reform, we must act."),
        Example("With this bill, [[were]] ending the backlog."),
        Example("The ferry sailed close to [[were]] the whales feed."),
        Example("The delegates [[where]] unanimous in their support."),
        Example("Two nurses and a porter [[where]] injured in the fire."),
        Example("The herds graze on plains [[were]] the grass grows tall."),
    ),
    good=(
        Example("Police said they were armed."),
        Example("We were told to wait outside."),
        Example("Nobody knows where they went."),
        Example("They asked where the money went."),
        Example("The town where they were born was shelled."),
        Example("Where were you on Tuesday?"),
        Example("They know where we live."),
        Example("We were never told where to go."),
        Example("Three climbers were hurt in the fall."),
        Example("This is the town where he grew up."),
        Example("With this bill, the backlog ends."),
        Example("In the end, were they right?"),
        Example("The results were the best the club has had."),
        Example("Were the talks to fail, prices would rise."),
        Example("Two nurses and a porter were injured in the fire."),
        Example("Most of the victims were the children who lived nearby."),
        Example("Families in the camps were the first to leave."),
    ),
    fix_safe=True,
)

# each rule's measured false-alarm and recall figures join its rationale (``copylint explain``)
RULES: Final[tuple[RuleInfo, ...]] = tuple(replace(r, rationale=r.rationale + measured(r.id.rsplit(".", 1)[1]))
              for r in (ITS, THEIR, THAN, WHOSE, LOSE, WERE, *confusion.RULES))

_NOT_AFTER_POSSESSIVE: Final = frozenset(
    "a an the not been being going gonna got clear important possible impossible likely unlikely true "
    "hard difficult easy too so just really quite probably obviously time".split()
)
_COMPARATIVES: Final = frozenset(
    "more less fewer rather other better worse greater larger smaller higher lower bigger longer shorter "
    "older younger stronger weaker faster slower easier harder cheaper wider deeper".split()
)
_TIME_WORDS: Final = frozenset("since until till by back from".split())
_LOOSE_VERBS: Final = frozenset("cut cuts break breaks broke broken let lets set sets turned turn came come comes".split())
_PLACE_ASKERS: Final = frozenset("know knows knew ask asks asked tell told see saw show showed wonder wondered".split())
_WHOSE_NEXT: Final = frozenset("been going not a an the".split())


def _case(template: str, original: str) -> str:
    return template[0].upper() + template[1:] if original[:1].isupper() else template


_NOT_PREP: Final = frozenset("like to about for".split())  # "for it's a", "like it's over"


def _nominal(w: Word) -> bool:
    """A word that can be a noun or an adjective (or is unknown), and no determiner, adverb or
    plain verb form."""
    tags = word_tags(w.low)
    if w.low in DETERMINERS or "r" in tags:
        return False
    return bool(set(tags) & {"n", "N", "j"}) or not verb_tags(w.low)


def _predicate_adjective(words: list[Word], n: Word) -> bool:
    """A word English has only as an adjective, with no noun or adjective of a noun phrase
    after it: the predicate of "it is" ("all of it's true, it's new to them"), not a
    possessive's phrase ("of it's former self")."""
    if not is_adjective_only(n.low):
        return False
    m = after(words, n.index)
    return m is None or "," in m.gap or not set(word_tags(m.low)) & {"n", "N", "j"}


# verbs that take a clause: "said it's", "think it's", "hope it's" are "it is"
_CLAUSE_VERBS: Final = frozenset(
    """say says said saying think thinks thought know knows knew known believe believes believed hope hopes
    hoped guess bet reckon feel feels felt mean means meant suppose supposed realise realize realised realized
    suggest suggests suggested claim claims claimed argue argues argued insist insists insisted agree agreed
    admit admitted hear heard see sees saw seen find finds found show shows showed shown warn warned note
    noted add adds added explain explained tell told wonder wondered doubt doubted ensure ensured confirm
    confirmed announce announced predict predicted decide decided fear feared worry worried expect expected
    assume assumed understand understood remember remembered forget forgot notice noticed learn learned learnt
    discover discovered prove proved recognise recognize recognised recognized sense sensed promise promised
    imagine imagined wish wished seem seems seemed appear appears appeared guarantee guaranteed swear swore
    acknowledge acknowledged deny denied declare declared report reported stress stressed""".split()
)


def _after_object_verb(words: list[Word], i: int) -> bool:
    """ "leaving it's", "develop it's": right after a verb that takes an object, not a clause."""
    b = before(words, i)
    if b is None or not b.word or b.low in _CLAUSE_VERBS or b.low in ("be", "been", "being", "is", "was"):
        return False
    tags = verb_tags(b.low)
    return bool(tags) and not word_tags(b.low)


def _its(words: list[Word], i: int) -> Iterator[Hit]:
    w = words[i]
    n = after(words, i)
    if n is not None and w.cap and n.cap:
        return  # a headline in title case: "Back to Its Old Home"
    if w.low == "it's" and n is not None:
        if n.low.endswith("ing") and "g" in verb_tags(n.low):
            return  # "none of it's working"
        if n.low != "own" and _predicate_adjective(words, n):
            return  # "none of it's true"
        b = before(words, i)
        after_preposition = b is not None and (b.low in PREPOSITIONS or b.low == "of") and b.low not in _NOT_PREP
        if n.low == "own" or ((after_preposition or _after_object_verb(words, i)) and n.word and _nominal(n)):
            yield Hit(ITS.id, w.start, w.end, "\u201cit\u2019s\u201d means \u201cit is\u201d: the possessive is \u201cits\u201d.",
                      (_case("its", w.text),))
    elif w.low == "its" and n is not None and n.low in _NOT_AFTER_POSSESSIVE:
        if n.low == "time" and (n2 := after(words, n.index)) is not None and n2.low not in ("to", "for"):
            return  # "its time in office"
        apostrophe = "\u2019" if "\u2019" in "".join(x.text for x in words) else "'"
        yield Hit(ITS.id, w.start, w.end, "\u201cits\u201d is the possessive: \u201cit\u2019s\u201d (it is)?",
                  (_case(f"it{apostrophe}s", w.text),))


def _their(words: list[Word], i: int) -> Iterator[Hit]:
    w = words[i]
    n = after(words, i)
    if n is None:
        return
    if w.low in ("there", "they're") and n.low == "own":
        yield Hit(THEIR.id, w.start, w.end, "For the possessive, write \u201ctheir\u201d.", (_case("their", w.text),))
    elif w.low == "their" and n.low in ("is", "are", "was", "were"):
        yield Hit(THEIR.id, w.start, w.end, "\u201ctheir\u201d is the possessive: \u201cthere\u201d?",
                  (_case("there", w.text),))


def _than(words: list[Word], i: int) -> Iterator[Hit]:
    w = words[i]
    b = before(words, i)
    if b is None:
        return
    bb = before(words, b.index)
    more_adjective = bb is not None and bb.low in ("more", "less") and "j" in word_tags(b.low)
    if w.low == "then" and (b.low in _COMPARATIVES or more_adjective) and not _then_of_time(words, i):
        yield Hit(THAN.id, w.start, w.end, "After a comparative, write \u201cthan\u201d.", (_case("than", w.text),))
    elif w.low == "than" and b.low in _TIME_WORDS and b.low not in _COMPARATIVES:
        n = after(words, i)
        if n is not None and n.low in ("any", "ever"):
            return
        yield Hit(THAN.id, w.start, w.end, "For time, write \u201cthen\u201d.", (_case("then", w.text),))


def _then_of_time(words: list[Word], i: int) -> bool:
    """ "then" that ends its clause or comes before "than" is the adverb of time ("prices were
    higher then", "no different then than now"): "than" always has something after it."""
    n = after(words, i)
    return n is None or n.low == "than"


def _whose(words: list[Word], i: int) -> Iterator[Hit]:
    w = words[i]
    n = after(words, i)
    if w.low == "whose" and n is not None and n.low in _WHOSE_NEXT:
        if w.sentence_start and n.low in ("a", "an", "the"):
            return  # "Whose the ..." is rare; a question like "Whose a ..." is unclear
        yield Hit(WHOSE.id, w.start, w.end, "\u201cwhose\u201d is the possessive: \u201cwho\u2019s\u201d (who is/has)?",
                  (_case("who's", w.text),))


def _lose(words: list[Word], i: int) -> Iterator[Hit]:
    w = words[i]
    b = before(words, i)
    if w.low == "loosing":
        yield Hit(LOSE.id, w.start, w.end, "The verb is \u201close\u201d: \u201closing\u201d.", (_case("losing", w.text),))
    elif w.low == "loose" and b is not None and (b.low == "to" or b.low in MODALS or b.low == "not"):
        n = after(words, i)
        if b.low == "to" and n is not None and (n.low in ("from", "of") or not n.word):
            return  # "came to loose ends"? keep to clear verb uses
        yield Hit(LOSE.id, w.start, w.end, "The verb is \u201close\u201d.", (_case("lose", w.text),))
    elif w.low == "lose" and b is not None:
        bb = before(words, b.index)
        if b.low in _LOOSE_VERBS or (b.low == "the" and bb is not None and bb.low == "on"):
            yield Hit(LOSE.id, w.start, w.end, "The adjective is \u201cloose\u201d.", (_case("loose", w.text),))


def _were(words: list[Word], i: int) -> Iterator[Hit]:
    w = words[i]
    n = after(words, i)
    if w.low in ("they", "we", "you") and n is not None and n.low == "where" and n.word:
        b = before(words, i)
        nn = after(words, n.index)
        if nn is None:
            return  # "you where?"
        surely_verb = nn.low.endswith(("ing", "ed")) and set(verb_tags(nn.low)) & {"g", "p"} or nn.low in (
            "not", "never", "also", "still", "all", "both", "being", "born", "told", "given", "taken", "shown")
        if not surely_verb and (nn.low in ("they", "we", "you", "he", "she", "it", "i", "the")
                                or nn.low == "to" and w.low == "you" or (b is not None and b.low in _PLACE_ASKERS)):
            return  # "they know where the ...": a place; "show you where to go", but "if we where to win" is "were to"
        yield Hit(WERE.id, w.start, n.end, "\u201cwhere\u201d is about place: the verb is \u201cwere\u201d.",
                  (f"{w.text} {_case('were', n.text)}",))


def _were_gate(words: list[Word], i: int) -> bool:
    """``_were`` at ``words[i]`` ("they", "we", "you": some 500 of every 30,000 words) yields
    nothing: no "where" right after it (``after`` gives a word only when it is the next one)."""
    return i + 1 >= len(words) or words[i + 1].low != "where"


#: finder -> its gate, for the finders of this module (as ``confusion.GATES`` for the others)
GATES: dict[Callable[[list[Word], int], Iterator[Hit]], Callable[[list[Word], int], bool]] = {_were: _were_gate}

_FINDERS: Final[dict[str, tuple[Callable[[list[Word], int], Iterator[Hit]], frozenset[str]]]] = {
    ITS.id: (_its, frozenset({"it's", "its"})),
    THEIR.id: (_their, frozenset({"there", "they're", "their"})),
    THAN.id: (_than, frozenset({"then", "than"})),
    WHOSE.id: (_whose, frozenset({"whose"})),
    LOSE.id: (_lose, frozenset({"loose", "loosing", "lose"})),
    WERE.id: (_were, frozenset({"they", "we", "you"})),
}


@lru_cache(maxsize=32)
def _by_trigger(enabled: frozenset[str]) -> dict[str, tuple[tuple[bool, Callable], ...]]:
    """trigger word -> the enabled finders it wakes, the older (words, i) ones first
    (``True``), then the Site ones."""
    table: dict[str, list[tuple[bool, Callable]]] = {}
    for rid, (f, triggers) in _FINDERS.items():
        if rid in enabled:
            for t in triggers:
                table.setdefault(t, []).append((True, f))
    for rid, site_finder, triggers in confusion.FINDERS:
        if rid in enabled:
            for t in triggers:
                table.setdefault(t, []).append((False, site_finder))
    return {t: tuple(fs) for t, fs in table.items()}


@lru_cache(maxsize=32)
def _gates(enabled: frozenset[str]) -> dict[str, Callable[[list[Word], int], bool]]:
    """trigger word -> a gate, ``gate(words, i)`` True where none of the enabled finders that
    word wakes can yield (only for words whose one finder has a gate in ``confusion.GATES``, or
    in this module's ``GATES``)."""
    gates: dict[str, Callable[[list[Word], int], bool]] = {}
    for t, finders in _by_trigger(enabled).items():
        mine = [(GATES if older else confusion.GATES).get(f) for older, f in finders]
        if len(mine) == 1 and mine[0] is not None:
            gates[t] = mine[0]
    return gates


def trigger_words(enabled: frozenset[str]) -> frozenset[str]:
    """The words that wake an enabled rule: :func:`find` does nothing at any other word."""
    return frozenset(_by_trigger(enabled))


def find(text: str, words: list[Word], enabled: frozenset[str] | set[str],
         sites: Iterable[int] | None = None) -> Iterator[Hit]:
    """Hits in one segment's stream; only at ``sites`` (the indexes of the enabled rules'
    trigger words, in order: the grammar check finds them in its one pass) when given."""
    table = _by_trigger(frozenset(enabled))
    if not table:
        return
    gates = _gates(frozenset(enabled))
    for i in range(len(words)) if sites is None else sites:
        low = words[i].low
        finders = table.get(low)
        if finders is None or low in gates and gates[low](words, i):
            continue
        seen: set[tuple[str, int, int]] = set()
        site = None  # one Site per trigger, shared by its finders
        for older, finder in finders:
            if not older and site is None:
                site = Site(words, i)
            for hit in finder(words, i) if older else finder(site):
                if hit[:3] not in seen:
                    seen.add(hit[:3])
                    yield hit
