"""Structure checks: the article's parts, not its sentences."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from difflib import SequenceMatcher

from copylint.checks.base import Check, CheckContext, Example, Finding, RuleInfo
from copylint.document import PLACEHOLDER, Document

DUPLICATE_HEADLINE = RuleInfo(
    id="structure.duplicate-headline",
    category="structure",
    severity="error",
    summary="The headline is repeated in the article text.",
    rationale=(
        "When copy is pasted from a CMS or a wire feed, the headline often comes along and "
        "ends up a second time at the top of the body. Readers see it twice on the page and "
        "it reads as a production error. The check compares the headline with each body "
        "block, ignoring case, punctuation, quote style and spacing, and also catches a "
        "near-copy that differs by a character or two."
    ),
    bad=(
        Example("Troops sent to Iraq\n\n[[Troops sent to Iraq]]\nThe US has sent troops.", "txt"),
        Example("Troops sent to Iraq\n\n[[TROOPS SENT TO IRAQ.]]\nThe US has sent troops.", "txt"),
        Example("Iran’s leader condemns ‘wickedness’\n[[Iran's leader condemns 'wickedness']]\nMore text.", "txt"),
        Example("# Storm hits coast\n\n[[Storm hits coast]]\n\nWinds reached 100mph.", "md"),
        Example("<title>Storm hits coast</title><h1>Storm hits coast</h1><p>[[Storm hits the coast]]</p>", "html"),
    ),
    good=(
        Example("Troops sent to Iraq\n\nThe US has sent troops to Iraq, officials said.", "txt"),
        Example("Storm hits coast\n\nThe storm that hits the coast tonight is the worst in years.", "txt"),
        Example("# Storm hits coast\n\nWinds reached 100mph.", "md"),
        Example("<title>Storm hits coast</title><h1>Storm hits coast</h1><p>Winds reached 100mph.</p>", "html"),
    ),
)

_FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})


def normalise(text: str) -> str:
    """Lower case, one quote style, no punctuation, single spaces."""
    text = unicodedata.normalize("NFKC", text).translate(_FOLD).lower().replace(PLACEHOLDER, " ")
    text = re.sub(r"[^\w\s]", "", text)
    return " ".join(text.split())


_SMALL_WORDS = frozenset("the a an of to in on at and for as by".split())


def _same(text: str, headline: str) -> bool:
    """Equal, one or two characters apart, or apart only by small words ("the", "of")."""
    if text == headline:
        return True
    if abs(len(text) - len(headline)) > max(12, len(headline) // 5):
        return False
    chars = SequenceMatcher(None, text, headline, autojunk=False)
    if chars.quick_ratio() >= 0.92 and chars.ratio() >= 0.92:  # (quick_ratio is an upper bound of ratio)
        return True
    a, b = text.split(), headline.split()
    # every word in one and not the other is in a changed block: more than two, and no need to align
    if sum(((Counter(a) - Counter(b)) + (Counter(b) - Counter(a))).values()) > 2:
        return False
    ops = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    changed = [w for tag, i1, i2, j1, j2 in ops if tag != "equal" for w in a[i1:i2] + b[j1:j2]]
    return 0 < len(changed) <= 2 and all(w in _SMALL_WORDS for w in changed)


class DuplicateHeadline(Check):
    rules = (DUPLICATE_HEADLINE,)

    def run(self, doc: Document, ctx: CheckContext) -> Iterator[Finding]:
        headlines = [normalise(s.text) for s in doc.segments if s.kind == "headline"]
        headlines = [h for h in headlines if len(h.split()) >= 3]
        if not headlines:
            return
        for seg in doc.segments:
            if seg.kind == "headline":
                continue
            norm = normalise(seg.text)
            if not norm:
                continue
            for head in headlines:
                if _same(norm, head):
                    yield Finding(
                        DUPLICATE_HEADLINE.id, seg, 0, len(seg.text),
                        "Headline repeated in the article text; delete the copy",
                    )
                    break
