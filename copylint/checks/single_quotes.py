"""Single quotation marks around a word or phrase in an article that quotes with double
marks (``style.single-quotes``)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from copylint.checks.base import Check, CheckContext, Example, Finding, RuleInfo
from copylint.document import Document

SINGLE_QUOTES = RuleInfo(
    id="style.single-quotes",
    category="style",
    severity="warning",
    summary="Single quotation marks in an article that quotes with double marks ('real' for \"real\").",
    rationale=(
        "American houses (AP, Chicago) and most British papers (the Guardian, the Times, the "
        "BBC's body copy) put quotations, titles and words held at arm's length (scare quotes) "
        "in double marks, and keep single marks for a quotation inside a quotation; some "
        "British houses do the reverse. Either way an article uses one kind for the first level, "
        "and a phrase in the other kind looks pasted in. The rule fires only in an article whose "
        "body has at least as many double-quoted passages as single-quoted ones (on a tie the "
        "double marks most houses use win), on a single-quoted word "
        "or short phrase (up to six words) that is not inside a double-quoted passage (where "
        "single marks are right), and only in running text: a paragraph of two sentences or more, "
        "because headlines, subheads, standfirsts and captions (display copy, often one line) "
        "take single marks in British houses. "
        "Apostrophes are told apart by position: \"rock 'n' roll\", \"the '90s\" and \"the "
        "players' union\" are not quotations."
    ),
    bad=(
        Example('Fans called it "a farce". The idea of [[\'home advantage\']] faded.'),
        Example('He said "no" twice. Ventures are treated as [[\'real\']] options.'),
        Example('"We will stay," she said. The so-called [[\'peace plan\']] failed.'),
        Example('The minister said "enough". Aides called it a [[\'reset\']].'),
        Example('\u201cIt works,\u201d he said. He praised the [[\u2018smart\u2019]] meter.'),
        Example('She wrote "never again" in 2019. The [[\'Dignity Key\']] necklace sold out.'),
        Example('"Move on," police said. Then the [[\'kettle\']] tactic began.'),
        Example('It passed in May. The law, dubbed "the bill", was a [[\'gift\']] to landlords.'),
        Example('Officials said "soon". The [[\'temporary\']] camp is ten years old.'),
        Example('The report found "serious failings". It blamed the [[\'hostile environment\']] policy.'),
    ),
    good=(
        Example('Fans called it "a farce". The idea of "home advantage" faded.'),
        Example('"He told me \'never again\' and left," she said.'),
        Example("'We will stay,' she said. The so-called 'peace plan' failed."),
        Example('He said "no". The band played rock \'n\' roll in the \'90s.'),
        Example('He said "no". The players\' union and the owners\' group met.'),
        Example("The idea of 'home advantage' faded."),
        Example("'Yes,' he said, and then 'no'. The \"plan\" was dropped."),
        Example("Minister hails 'new dawn' for rail\n\nThe minister said \"it is a new dawn\".", format="txt"),
        Example('He said "no". It\'s the boys\' and girls\' day.'),
        Example('She said "fine". Ma\'am, the O\'Neills\' car is here.'),
        Example('He said "no" to the plan.\nIran condemns US \u2018wickedness\u2019'),
    ),
)

# a double-quoted passage (straight or curly) on one line
_DOUBLE = re.compile(r'"[^"\n]{1,600}"|\u201c[^\u201c\u201d\n]{1,600}\u201d')
# a single-quoted word or phrase: the opening mark after a space or bracket and before a
# letter, the closing mark after a letter or digit and before a space, punctuation or the end
# (the opening mark is matched first and the character before it checked behind it, so
# that ``re`` skips ahead to the marks instead of trying every position; it matches where
# a look-behind before the mark, ``(?:(?<=^)|(?<=[\s(\[\u2014\u2013]))``, would)
_AFTER_OPENING = (
    r"(?<![^\s(\[\u2014\u2013]['\u2018])([A-Za-z0-9][^'\u2018\u2019\"\u201c\u201d\n]{1,300}?[A-Za-z0-9.,!?])"
    r"(['\u2019])(?=[\s,.;:!?)\]\u2014\u2013]|$)")
_SINGLE = re.compile(r"(['\u2018])" + _AFTER_OPENING, re.M)
#: :data:`_SINGLE` in a text holding only one kind of opening mark: a pattern that starts with
#: one literal character, which ``re`` finds by a fast search (it tries the two marks' set at
#: every position)
_SINGLE_STRAIGHT = re.compile(r"(')" + _AFTER_OPENING, re.M)
_SINGLE_CURLY = re.compile("(\u2018)" + _AFTER_OPENING, re.M)
MAX_WORDS = 6
# two sentences in one paragraph: running text, not display copy (a subhead, a standfirst,
# a caption), where British houses use single marks
_SENTENCE_BREAK = re.compile(r"[a-z0-9)\]]['\u2019\"\u201d]?[.!?]['\u2019\"\u201d]?\s+['\u2018\"\u201c]?[A-Z]")
_TITLES = frozenset({"headline", "heading", "front_matter"})


def _open_double(text: str, at: int) -> bool:
    """Whether a double quotation opened before ``at`` in the paragraph is still open there."""
    before = text[:at]
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


class SingleQuotes(Check):
    rules = (SINGLE_QUOTES,)

    def run(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        body = [seg for seg in doc.segments if seg.kind not in _TITLES]
        # the single-quoted candidates first: most articles have none, and then the double
        # quotations need not be found
        candidates = []
        for seg in body:
            text = seg.text
            straight, curly = "'" in text, "\u2018" in text
            if straight or curly:
                pattern = _SINGLE if straight and curly else _SINGLE_STRAIGHT if straight else _SINGLE_CURLY
                for m in pattern.finditer(text):
                    if m.group(1) == "'" and m.group(3) == "\u2019" or m.group(1) == "\u2018" and m.group(3) == "'":
                        continue  # mismatched marks: an apostrophe somewhere
                    candidates.append((seg, m))
        if not candidates:
            return
        doubles = 0
        inside: dict[int, list[tuple[int, int]]] = {}  # each segment's double-quoted passages
        for seg in body:
            text = seg.text
            if '"' in text or "\u201c" in text:
                spans = inside[id(seg)] = [(m.start(), m.end()) for m in _DOUBLE.finditer(text)]
                doubles += len(spans)
        singles = []
        for seg, m in candidates:
            if any(a < m.start() < b for a, b in inside.get(id(seg), ())) or _open_double(seg.text, m.start()):
                continue  # a quotation inside a quotation
            singles.append((seg, m))
        if not singles or doubles < len(singles):
            return
        running: dict[int, bool] = {}  # (asked only of segments with a candidate)
        for seg, m in singles:
            if id(seg) not in running:
                running[id(seg)] = _SENTENCE_BREAK.search(seg.text) is not None
            if not running[id(seg)]:
                continue  # display copy
            if len(m.group(2).split()) > MAX_WORDS or m.group(2).endswith(","):
                continue  # a quotation, not a word held at arm's length
            curly = m.group(1) == "\u2018"
            opening, closing = ("\u201c", "\u201d") if curly else ('"', '"')
            fixed = f"{opening}{m.group(2)}{closing}"
            yield Finding(SINGLE_QUOTES.id, seg, m.start(), m.end(),
                          f"Single quotation marks, but the article quotes with double marks: write {fixed}",
                          (fixed,))
