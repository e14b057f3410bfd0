"""The cyclic garbage collector is paused while a document is read and linted
(copylint.gc_pause): off inside, as it was afterwards, shared by nested and concurrent
lints, and linting leaves no cyclic garbage that the pause would let pile up."""

from __future__ import annotations

import gc
import threading

import pytest

from copylint.checks.base import Check, CheckContext
from copylint.config import Settings
from copylint.document import Document
from copylint.engine import Linter
from copylint.gc_pause import collector_paused, pauses_running
from copylint.readers import parse

ARTICLE = "Council meets\n\nThe council met on Monday. Its members voted to recieve the report.\n"


@pytest.fixture
def collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


class _Watching(Check):
    """A check that records whether the collector was on while it ran."""

    rules = ()

    def __init__(self) -> None:
        self.seen: list[bool] = []

    def run(self, doc: Document, ctx: CheckContext):  # type: ignore[override]
        self.seen.append(gc.isenabled())
        return iter(())


def _linter_with(check: Check) -> Linter:
    linter = Linter(Settings())
    linter._selected.clear()
    enabled, checks = linter._selection(linter.settings.for_path("a.txt"))
    linter._selected[linter.settings.for_path("a.txt")] = (enabled, (*checks, check))
    return linter


def test_the_collector_is_off_while_checks_run_and_on_again_after(collector_on):
    watching = _Watching()
    linter = _linter_with(watching)
    issues = linter.lint(parse(ARTICLE, "a.txt", "txt"))
    assert watching.seen == [False]
    assert gc.isenabled()
    assert pauses_running() == 0
    assert [i.rule for i in issues] == [i.rule for i in Linter(Settings()).lint(parse(ARTICLE, "a.txt", "txt"))]


def test_a_program_that_turned_the_collector_off_keeps_it_off(collector_on):
    gc.disable()
    Linter(Settings()).lint(parse(ARTICLE, "a.txt", "txt"))
    assert not gc.isenabled()


def test_nested_pauses_end_with_the_outermost(collector_on):
    with collector_paused():
        with collector_paused():
            assert not gc.isenabled()
            assert pauses_running() == 2
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_failing_block_ends_its_pause(collector_on):
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("boom")
    assert gc.isenabled()
    assert pauses_running() == 0


def test_overlapping_pauses_in_threads_end_with_the_last(collector_on):
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    seen: dict[str, bool] = {}

    def first() -> None:
        with collector_paused():
            first_in.set()
            second_in.wait(5)
        seen["after first"] = gc.isenabled()  # the second is still inside
        first_out.set()

    def second() -> None:
        first_in.wait(5)
        with collector_paused():
            second_in.set()
            first_out.wait(5)

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert seen == {"after first": False}
    assert gc.isenabled()


def test_reading_pauses_the_collector_too(collector_on, monkeypatch):
    import copylint.readers as readers

    seen = []

    def reader(text: str, path: str, headline: bool = True) -> Document:
        seen.append(gc.isenabled())
        return parse(text, path, "md")

    monkeypatch.setattr(readers, "_PLAINTEXT", reader)
    readers.parse(ARTICLE, "a.txt", "txt")
    assert seen == [False]
    assert gc.isenabled()


def test_linting_makes_no_cyclic_garbage_to_pile_up(collector_on):
    """What the pause could hold back: the cycles a lint makes. A long article makes none
    beyond a short one's (the pause holds back nothing that grows with the text)."""
    linter = Linter(Settings())
    short = parse(ARTICLE, "a.txt", "txt")
    long_text = ARTICLE + "\n".join(f"Paragraph {k}: the council met on day {k} and voted.\n" for k in range(400))
    linter.lint(short)  # first uses (imports, memos) out of the way
    linter.lint(parse(long_text, "b.txt", "txt"))
    gc.collect()
    counts = []
    for text in (ARTICLE, long_text):
        gc.disable()
        linter.lint(parse(text, "c.txt", "txt"))
        counts.append(gc.collect())
        gc.enable()
    assert counts[1] <= counts[0] + 10
