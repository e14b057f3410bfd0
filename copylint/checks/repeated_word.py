"""The same word twice in a row: "the the"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from copylint.checks.base import Check, CheckContext, Example, Finding, RuleInfo
from copylint.document import Document

REPEATED_WORD = RuleInfo(
    id="style.repeated-word",
    category="style",
    severity="error",
    summary="A word is repeated by mistake (\"the the\").",
    rationale=(
        "A doubled word is one of the commonest slips in fast-edited copy, and the eye skips "
        "it, especially across a line break. Pairs that English uses on purpose are left alone "
        "where they are grammatical: \"had had\"; \"that that\" when the second is a "
        "demonstrative (\"said that that decision was final\", not \"said that that he would "
        "go\"); \"is is\" after a clause that is itself the subject (\"what it is is\", not "
        "\"the problem is is\"). Reduplicated names (\"Mohamed Mohamed\", \"Duran Duran\") and "
        "interjections (\"bye bye\") are left alone too. Removing the second word is a safe fix."
    ),
    bad=(
        Example("Troops were sent to [[the the]] embassy."),
        Example("Troops were sent to [[the\nthe]] embassy."),
        Example("[[The the]] embassy was stormed."),
        Example("He said that [[he he]] would stay."),
        Example("The protesters [[were were]] gathered outside."),
        Example("It is a matter [[of of]] time."),
        Example("The bill passed [[in in]] the Senate."),
        Example("Officials said [[it it]] was unsafe."),
        Example("He said [[that that]] he would stay."),
        Example("Officials warned [[that that]] the bridge was unsafe."),
        Example("The problem [[is is]] that nobody came."),
    ),
    good=(
        Example("She had had enough of the delays."),
        Example("He said that that decision was final."),
        Example("What it is is a failure of planning."),
        Example("He knew that that was wrong."),
        Example("All it is is a delay."),
        Example("Mohamed Mohamed won the 10,000 metres."),
        Example("The band Duran Duran played in London."),
        Example("The score was 20 20 at half time."),
        Example("It ended. The the-word game was over."),
        Example("She waved bye bye to the crowd."),
        Example("It was the first FIRST Lego League final in Wales."),
    ),
    fix_safe=True,
)

_PAIR = re.compile(r"(?<![\w'’-])([^\W\d_][\w'’]*)(\s+)(\1)(?![\w'’-])", re.IGNORECASE)
# doubles that English uses on purpose
_ALLOWED = frozenset(
    "had does do bye ha ho no so very really far knock tut chop yeah blah boo hush "
    "aye wink pom tom dum mahi bora can cha".split()
)
# After "that that", a word that starts a clause: the first "that" was doubled by mistake.
_CLAUSE_START = frozenset(
    "the a an he she they we i you it his her their our my its your there this these those "
    "some many most all no if when while because".split()
)
# Before "is is", a word that makes the clause before it a subject: "what it is is".
_FREE_RELATIVE = frozenset("what whatever where wherever who whoever why how all".split())
_WORD = re.compile(r"[^\W\d_][\w'’]*")
_FUNCTION = frozenset(
    "the a an to of in on at for and but or is was were are be it he she they we you i with by "
    "from as that this his her their its our my your not".split()
)


#: ASCII bytes as :func:`_may_repeat` reads them: letters (in lower case), digits, "_" and "'"
#: kept, the rest made spaces (lower case and the rest in one translation)
_KEPT = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'")
_LOWER_WORDS_ONLY = bytes(bytes([c]).lower()[0] if c in _KEPT else 32 for c in range(256))


def _may_repeat(text: str) -> bool:
    """False only when :data:`_PAIR` cannot match. The two copies of a doubled word are
    neighbouring runs of word characters, "'" and "’" (each copy is a whole run: the
    pattern wants no such character, nor "-", on its outer sides), equal character by
    character in lower case (``re`` compares a back-reference so, ignoring case); so, when no
    two neighbouring runs of the lower-cased text are equal, nothing matches. The runs are
    found and compared in C, far faster than the pattern's scan: in ASCII text by one byte
    translation and a search for two equal neighbouring runs (:data:`_NEIGHBOURS_EQUAL`);
    other text is first made ASCII by :func:`_ascii_stand_in`
    (lowering keeps every character's length and whether it is a word character, but for
    U+0130, whose lower case is two characters, the second no word character, and the
    capital sigma, lowered to a final sigma at the end of a word where ``re`` lowers it to
    the plain one: a text with either is always scanned)."""
    if text.isascii():
        data = text.encode("ascii")
    elif "\u0130" in text or "\u03a3" in text:
        return True
    else:
        data = _ascii_stand_in(text).encode("ascii")
    return _NEIGHBOURS_EQUAL.search(b" " + data.translate(_LOWER_WORDS_ONLY)) is not None


#: two neighbouring runs alike in the text :func:`_may_repeat` reads (runs of kept bytes and
#: spaces, a space first): a run after a space, taken whole, then spaces and the same run,
#: ending there. (Searched from space to space by ``re``'s literal search, it costs less than
#: splitting the text into runs and comparing them, which made an object a word.)
_NEIGHBOURS_EQUAL = re.compile(rb" ([^ ]++) ++\1(?![^ ])")


#: every ASCII byte (deleted from UTF-8 text to leave its other characters)
_ASCII_BYTES = bytes(range(128))


def _ascii_stand_in(text: str) -> str:
    """``text`` (not ASCII, without U+0130 and the capital sigma) as ASCII text whose runs, read
    as :func:`_may_repeat` reads ASCII text, are equal where two of ``text``'s lowered runs are
    (and maybe elsewhere: a filter may let more through): each of its other characters
    replaced, found and replaced in C (a few distinct characters a paragraph, most often
    quotation marks and dashes; the runs' search of the lowered text cost ten times as much).

    - A character that is no word character and no "’" (a quotation mark, a dash, a space
      other than ASCII's) becomes a space: it ends a run, as in the lowered text (lowering
      keeps whether a character is a word character, see the tests).
    - A word character or "’" whose lower case is ASCII (the Kelvin sign) becomes that.
    - Any other becomes ``_`` and the number of its lower case among them: two characters
      with the same lower case get the same stand-in, so equal lowered runs stay equal (and
      never empty: a run of such characters alone, "да да", still has one)."""
    others = set(text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass"))
    numbers: dict[str, str] = {}
    for ch in sorted(others):
        if not (ch.isalnum() or ch == "\u2019"):
            stand_in = " "
        else:
            low = ch.lower()
            stand_in = low if low.isascii() else numbers.setdefault(low, f"_{len(numbers)}")
        text = text.replace(ch, stand_in)
    return text


class RepeatedWord(Check):
    rules = (REPEATED_WORD,)
    segment_local = True

    def run(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        for seg in doc.segments:
            text = seg.text
            if not _may_repeat(text):
                continue
            for m in _PAIR.finditer(text):
                first, gap, second = m.group(1), m.group(2), m.group(3)
                low = first.lower()
                if low in _ALLOWED or (low == "that" and not _doubled_that(text, m.end())) or (
                        low == "is" and _subject_clause(text, m.start())):
                    continue
                if first[0].isupper() and second[0].isupper() and low not in _FUNCTION:
                    continue  # a name: Mohamed Mohamed, Duran Duran
                if (first.isupper() and len(first) > 1) != (second.isupper() and len(second) > 1):
                    continue  # an acronym beside the ordinary word: "the first FIRST competition"
                if gap.count("\n") > 1:
                    continue
                yield Finding(
                    REPEATED_WORD.id, seg, m.start(), m.end(),
                    f"Repeated word \u201c{second}\u201d",
                    (first,),
                )


def _doubled_that(text: str, end: int) -> bool:
    """"that that" followed by the start of a clause ("that that he would"), not by what the
    second "that" points at ("that that decision", "that that was")."""
    m = _WORD.search(text, end)
    if m is None or text[end:m.start()].strip():
        return False
    nxt = m.group()
    return nxt.lower() in _CLAUSE_START or (nxt[:1].isupper() and nxt.lower() not in ("is", "was"))


def _subject_clause(text: str, start: int) -> bool:
    """Within the sentence before "is is", a word that opens a clause used as a subject."""
    before = re.split(r"[.!?;:]\s", text[max(0, start - 120):start])[-1]
    return any(w.lower() in _FREE_RELATIVE for w in _WORD.findall(before))
