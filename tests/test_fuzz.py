"""The fuzz targets (tests/fuzz_targets.py), briefly: a few seconds each. For a long run:
``python -m benchmarks.fuzz --minutes 10`` (or COPYLINT_FUZZ_EXAMPLES=5000 pytest tests/test_fuzz.py)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fuzz_targets import EXAMPLES, archive_stream, archive_target, document, fix_target, reader_target

SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))


@SETTINGS
@given(document("txt"))
def test_fuzz_plain_text_reader(text):
    reader_target(text, "txt")


@SETTINGS
@given(document("md"))
def test_fuzz_markdown_reader(text):
    reader_target(text, "md")


@SETTINGS
@given(document("html"))
def test_fuzz_html_reader(text):
    reader_target(text, "html")


@SETTINGS
@given(archive_stream())
def test_fuzz_archive_reader(data):
    archive_target(data)


@SETTINGS
@given(st.sampled_from(["txt", "md", "html"]).flatmap(lambda fmt: st.tuples(st.just(fmt), document(fmt))))
def test_fuzz_fix(case):
    fmt, text = case
    fix_target(text, fmt)
