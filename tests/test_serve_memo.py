"""The server's per-paragraph memo (copylint.server.memo): a worker that remembers the
paragraphs of earlier requests answers every request byte for byte as a fresh lint
would, whatever the order of articles, edits, dialects and rule selections; and it
actually skips the unchanged paragraphs."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from copylint.api import get_linter
from copylint.config import Settings
from copylint.readers import parse
from copylint.server import workers
from copylint.server.memo import ServerMemo
from copylint.server.workers import CheckJob, LintJob, install, run_job

CORPUS = Path(__file__).parent / "corpus" / "wikinews" / "news"

PARAGRAPHS = [
    "The the council met on Tuesday to discuss the budget.",
    "Residents said it it was the worst flood in years.",
    "The minister said their going to review the plan in Tuesday.",
    "An $11bn package was announced by the goverment, the Mayor said.",
    "Officials in Caf\u00e9 Street said the water rose fast and the colour changed.",
    "Police said the suspect, 34, was arrested in Leeds by Smythe.",
    "Smythe, who organized the protest, said: \u201cWe will rebuild.\u201d",
    "The center of the city were flooded, according to the the U.S. embassy.",
]


@pytest.fixture(scope="module")
def key():
    return install(get_linter(Settings()))


def article(paragraphs: list[str], head: str = "Floods hit the town") -> str:
    return head + "\n\n" + "\n\n".join(paragraphs) + "\n"


def both(key: int, job) -> tuple[bytes, bytes]:
    """The answer from the worker's memo and from a fresh lint (no memo)."""
    remembered = run_job(key, job)
    fresh = run_job(key, job, memoise=False)
    assert remembered.status == fresh.status == 200, (remembered.error, fresh.error)
    return remembered.body, fresh.body


def test_an_edited_article_reruns_only_its_changed_paragraph_and_answers_as_a_fresh_lint(key):
    memo = workers._MEMOS[key] = ServerMemo()
    first = article(PARAGRAPHS)
    a, b = both(key, CheckJob(first, None, "en-GB"))
    assert a == b
    run_before, reused_before = memo.segments_run, memo.segments_reused
    edited = PARAGRAPHS[:]
    edited[3] = "An $11bn package was announced by the government, the the Mayor said."
    a, b = both(key, CheckJob(article(edited), None, "en-GB"))
    assert a == b and b"the the" in a
    local = sum(1 for c in workers._LINTERS[key].checks if c.segment_local)
    assert local >= 1
    assert memo.segments_run - run_before == local  # the one changed paragraph, once per local check
    assert memo.segments_reused - reused_before == local * len(PARAGRAPHS)  # the headline and the rest


def test_a_rule_one_request_disabled_is_reported_to_the_next(key):
    """Findings are remembered per rule selection: a paragraph first checked with a rule off
    gets that rule's matches when the next request leaves it on (and the other way round)."""
    workers._MEMOS[key] = ServerMemo()
    text = article(PARAGRAPHS)
    for job in (CheckJob(text, None, "en-GB", disabled=("grammar.agreement", "grammar.day-preposition")),
                CheckJob(text, None, "en-GB"),
                CheckJob(text, None, "en-GB", enabled=("style.repeated-word",), enabled_only=True),
                CheckJob(text, None, "en-GB")):
        a, b = both(key, job)
        assert a == b
    assert b"grammar.agreement" in a and b"grammar.day-preposition" in a


def test_document_wide_evidence_follows_the_edit(key):
    """Spelling's name evidence is the whole article's: taking away the paragraph that shows a
    name is a name changes the verdict on another, unchanged paragraph, memo or not."""
    workers._MEMOS[key] = ServerMemo()
    names = ["Mr Quorvath said the storm was the worst in years.", "Quorvath said he would stay.",
             "Quorvath, 54, has lived in the town since 1990.", "Quorvath thanked the volunteers."]
    other = "Most residents left before the water rose."
    with_names = article([*names, other])
    without = article([other, "Later, quorvath said so."])
    answers = [both(key, CheckJob(text, None, "en-US")) for text in (with_names, without, with_names)]
    assert all(a == b for a, b in answers)


EDITS = ("replace", "insert", "delete", "swap", "duplicate", "typo")


def edit(paragraphs: list[str], rng: random.Random) -> list[str]:
    out = paragraphs[:]
    kind = rng.choice(EDITS)
    i = rng.randrange(len(out))
    if kind == "replace":
        out[i] = rng.choice(PARAGRAPHS)
    elif kind == "insert":
        out.insert(i, rng.choice(PARAGRAPHS))
    elif kind == "delete" and len(out) > 1:
        del out[i]
    elif kind == "swap":
        j = rng.randrange(len(out))
        out[i], out[j] = out[j], out[i]
    elif kind == "duplicate":
        out.insert(i, out[i])
    else:
        words = out[i].split()
        w = rng.randrange(len(words))
        words[w] = words[w][::-1] if rng.random() < 0.5 else words[w] + " " + words[w]
        out[i] = " ".join(words)
    return out


def corpus_articles() -> list[tuple[str, list[str]]]:
    out = []
    for path in sorted(CORPUS.glob("*.txt"))[:6]:
        blocks = [b.strip() for b in path.read_text(encoding="utf-8").split("\n\n") if b.strip()]
        out.append((blocks[0], blocks[1:]))
    return out


@pytest.mark.parametrize("seed", range(3))
def test_corpus_articles_edited_in_turn_answer_as_fresh_lints(key, seed):
    """Several articles edited in turn (as a CMS with several reporters posts them), through
    both endpoints, both dialects and auto, with rule selections: every answer identical."""
    rng = random.Random(seed)
    workers._MEMOS[key] = memo = ServerMemo()
    docs = corpus_articles()
    clients = [(rng.choice(["en-US", "en-GB", None]), rng.random() < 0.3) for _ in docs]  # each article's client
    for turn in range(30):
        n = rng.randrange(len(docs))
        head, paras = docs[n]
        paras = edit(paras, rng)
        docs[n] = (head, paras)
        text = article(paras, head)
        dialect, native = clients[n]
        if turn % 7 == 6:  # now and then another client, another language
            dialect, native = rng.choice(["en-US", "en-GB", None]), not native
        if native:
            job = LintJob(text.encode(), rng.choice(["txt", "md"]), "story.txt", dialect)
        elif turn % 3 == 0:  # as a browser add-on sends a CMS's HTML: AnnotatedText
            items = [{"markup": "<h1>"}, {"text": head}, {"markup": "</h1>", "interpretAs": "\n\n"}]
            for p in paras:
                items += [{"markup": "<p>"}, {"text": p}, {"markup": "</p>", "interpretAs": "\n\n"}]
            job = CheckJob(None, json.dumps({"annotation": items}), dialect)
        else:
            disabled = ("grammar.agreement",) if rng.random() < 0.2 else ()
            job = CheckJob(text, None, dialect, disabled=disabled)
        a, b = both(key, job)
        assert a == b
    assert memo.segments_reused > memo.segments_run  # the memo did its work


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(st.lists(st.sampled_from(PARAGRAPHS), min_size=1, max_size=6),
                          st.sampled_from(["en-US", "en-GB", None]), st.booleans()), min_size=1, max_size=6),
       st.integers(1, 12))
def test_any_sequence_of_requests_gives_fresh_answers_even_with_a_tiny_memo(versions, bound):
    """Evictions included: a memo holding a dozen paragraphs or fewer still answers exactly."""
    key = install(get_linter(Settings()))
    workers._MEMOS[key] = memo = ServerMemo(max_findings=bound, max_tokens=bound)
    for paragraphs, dialect, only_spelling in versions:
        job = CheckJob(article(paragraphs), None, dialect, enabled=("spelling",) if only_spelling else (),
                       enabled_only=only_spelling)
        a, b = both(key, job)
        assert a == b
        assert len(memo._findings) <= bound and len(memo._token_store) <= bound and not memo.tokens


def test_tokens_come_from_the_memo_for_unchanged_paragraphs(key):

    linter = workers._LINTERS[key]
    memo = ServerMemo()
    doc = parse(article(PARAGRAPHS), "a.txt", "txt")
    memo.prepare(doc)
    linter.lint(doc, memo=memo)
    # the stored tokens: a paragraph tokenised again would hold new rows, not these
    before = dict(memo._token_store)
    edited = [*PARAGRAPHS[:-1], "A new last paragraph."]
    doc = parse(article(edited), "a.txt", "txt")
    memo.prepare(doc)
    issues = linter.lint(doc, memo=memo)
    after = memo._token_store
    assert "A new last paragraph." in after and "A new last paragraph." not in before
    assert all(after[p] is before[p] for p in PARAGRAPHS[:-1])
    assert issues == linter.lint(parse(article(edited), "a.txt", "txt"))


def test_a_finding_outside_its_segments_turns_the_server_memo_off_for_that_check():
    from copylint.checks.base import Check, CheckContext, Finding

    class Liar(Check):
        segment_local = True

        def run(self, doc, ctx):  # reports on the document's first segment whatever it is given
            yield Finding("x", ctx.doc.segments[0], 0, 1, "m")

    memo = ServerMemo()
    liar = Liar(Settings())
    for paragraphs in (PARAGRAPHS, PARAGRAPHS[:-1] + ["Changed."]):
        doc = parse(article(paragraphs), "a.txt", "txt")
        found = list(memo.run(liar, doc, CheckContext(settings=Settings(), doc=doc)))
        assert [f.segment for f in found] == [doc.segments[0]]  # ran whole, not reported twice or lost
    assert id(liar) in memo._not_local and memo.segments_reused == 0
