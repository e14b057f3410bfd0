"""Re-linting an edited buffer with a segment memo gives exactly the issues of a full lint,
and runs the segment-local checks on the changed paragraphs only."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from copylint.api import get_linter
from copylint.checks.base import Check
from copylint.config import Settings
from copylint.readers import parse
from copylint.segment_memo import SegmentMemo

PARAGRAPHS = [
    "The the council met on Tuesday to discuss the budget.",
    "Residents said it it was the worst flood in years.",
    "The minister said their going to review the plan.",
    "An $11bn package was announced by the goverment.",
    "Officials in Caf\u00e9 Street said the water rose fast.",
    "Police said the suspect, 34, was arrested in Leeds.",
    "She said: \u201cWe will rebuild.\u201d",
]


def article(paragraphs: list[str]) -> str:
    return "Floods hit the town\n\n" + "\n\n".join(paragraphs) + "\n"


def test_an_edit_reruns_only_the_changed_paragraph_and_matches_a_full_lint():
    linter = get_linter(Settings())
    memo = SegmentMemo()
    first = article(PARAGRAPHS)
    assert linter.lint(parse(first, "a.txt", "txt"), memo=memo) == linter.lint(parse(first, "a.txt", "txt"))
    local = [c for c in linter.checks if c.segment_local]
    assert local, "no segment-local check: the memo would do nothing"
    before = memo.segments_run
    edited = PARAGRAPHS[:]
    edited[2] = "The minister said they're going to review the the plan."
    second = article(edited)
    assert linter.lint(parse(second, "a.txt", "txt"), memo=memo) == linter.lint(parse(second, "a.txt", "txt"))
    assert memo.segments_run - before == len(local)  # one changed segment, once per local check


def test_a_finding_outside_its_segments_turns_the_memo_off_for_that_check():
    class Liar(Check):
        segment_local = True

        def run(self, doc, ctx):  # reports on the document's first segment whatever it is given
            from copylint.checks.base import Finding

            yield Finding("x", ctx.doc.segments[0], 0, 1, "m")

    from copylint.checks.base import CheckContext

    doc = parse(article(PARAGRAPHS), "a.txt", "txt")
    ctx = CheckContext(settings=Settings(), doc=doc)
    memo = SegmentMemo()
    liar = Liar(Settings())
    assert len(list(memo.run(liar, doc, ctx))) == 1
    doc2 = parse(article(PARAGRAPHS[:-1] + ["Changed."]), "a.txt", "txt")
    ctx2 = CheckContext(settings=Settings(), doc=doc2)
    assert len(list(memo.run(liar, doc2, ctx2))) == 1  # ran whole, not reported twice or lost


@settings(max_examples=25, deadline=None)
@given(st.lists(st.lists(st.sampled_from(PARAGRAPHS), min_size=0, max_size=6), min_size=1, max_size=5))
def test_any_sequence_of_edits_gives_the_issues_of_a_full_lint(versions: list[list[str]]):
    linter = get_linter(Settings())
    memo = SegmentMemo()
    for paragraphs in versions:
        text = article(paragraphs)
        assert linter.lint(parse(text, "a.txt", "txt"), memo=memo) == linter.lint(parse(text, "a.txt", "txt"))


def test_an_edit_retokenises_only_the_changed_paragraph():
    """The buffer's memo carries the last version's tokens into the next lint (the engine's
    per-document token memo is emptied after every lint), and forgets removed paragraphs."""

    linter = get_linter(Settings())
    memo = SegmentMemo()
    linter.lint(parse(article(PARAGRAPHS), "a.txt", "txt"), memo=memo)
    # the tokens this lint may take from the memo: a paragraph tokenised again would hold new
    # rows, not these (the engine's memo keeps what the tokeniser makes, and hands it back)
    before = dict(memo.tokens)
    edited = PARAGRAPHS[:]
    edited[1] = "Residents said it was the worst flood in years."
    issues = linter.lint(parse(article(edited), "a.txt", "txt"), memo=memo)
    assert edited[1] in memo.tokens and edited[1] not in before  # the changed paragraph is tokenised ...
    assert all(memo.tokens[p] is before[p] for p in edited if p != edited[1])  # ... and no unchanged one
    assert PARAGRAPHS[1] not in memo.tokens and edited[1] in memo.tokens
    assert issues == linter.lint(parse(article(edited), "a.txt", "txt"))
