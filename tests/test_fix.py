"""``check --fix`` and ``--diff``: byte-exact results on every format, line ending, BOM and encoding.

The expected files in tests/fixtures/fix/ are written from templates by
``make_fixtures.py``, never by copylint.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from copylint.api import get_linter
from copylint.config import Settings
from copylint.fixes import Edit, apply_edits, fix_document, fixable, plan_edits, unified_diff
from copylint.issue import Issue
from copylint.readers import parse

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "fix"
CASES = sorted(p.name.split(".input.")[0] for p in FIXTURES.glob("*.input.*"))
# Only the rules these tests are about, so that rules added later cannot change the expected bytes.
ONLY = 'disable = ["ALL"]\nenable = ["style.repeated-word", "structure.duplicate-headline"]\n'
SETTINGS = Settings(disable=("ALL",), enable=("style.repeated-word", "structure.duplicate-headline"))


def _fixture(name: str) -> tuple[bytes, bytes, str]:
    [source] = FIXTURES.glob(f"{name}.input.*")
    ext = source.name.rsplit(".", 1)[1]
    return source.read_bytes(), (FIXTURES / f"{name}.expected.{ext}").read_bytes(), ext


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    (tmp_path / ".copylint.toml").write_text(ONLY)
    return tmp_path


def test_fixtures_cover_every_format_with_crlf_and_bom():
    kinds = {(name.split("-")[0], "crlf" in name and ("bom" in name or "utf16" in name)) for name in CASES}
    assert {("txt", True), ("md", True), ("html", True)} <= kinds
    for name in CASES:
        before, after, _ = _fixture(name)
        assert before != after


@pytest.mark.parametrize("name", CASES)
def test_fix_is_byte_exact_and_idempotent(run_cli, workdir: Path, name: str):
    before, expected, ext = _fixture(name)
    article = workdir / f"article.{ext}"
    article.write_bytes(before)
    first = run_cli("check", "--fix", article.name, cwd=workdir)
    assert article.read_bytes() == expected, first.stderr.decode()
    # one unfixable issue is left in every fixture (a duplicated headline, or a span across markup)
    assert first.returncode == 1, first.stderr.decode()
    assert len(first.stdout.decode().splitlines()) == 1
    assert "Fixed " in first.stderr.decode()
    second = run_cli("check", "--fix", article.name, cwd=workdir)
    assert article.read_bytes() == expected
    assert second.stdout == first.stdout
    assert "Fixed " not in second.stderr.decode()
    assert not [p for p in os.listdir(workdir) if "copylint-tmp" in p]


@pytest.mark.parametrize("name", [n for n in CASES if "utf16" not in n])
def test_diff_applies_with_git_apply(run_cli, workdir: Path, name: str):
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    before, expected, ext = _fixture(name)
    article = workdir / f"article.{ext}"
    article.write_bytes(before)
    result = run_cli("check", "--diff", article.name, cwd=workdir)
    assert result.returncode == 1  # the file still has its issues
    assert article.read_bytes() == before  # --diff never writes
    patch = workdir / "fix.patch"
    patch.write_bytes(result.stdout)
    assert result.stdout.startswith(f"--- a/article.{ext}\n+++ b/article.{ext}\n".encode())
    applied = subprocess.run(["git", "apply", "--whitespace=nowarn", "fix.patch"], cwd=workdir, capture_output=True)
    assert applied.returncode == 0, applied.stderr.decode()
    assert article.read_bytes() == expected


def test_diff_of_a_clean_file_is_empty(run_cli, workdir: Path):
    (workdir / "a.txt").write_text("Headline here\n\nNothing is wrong with this text.\n")
    result = run_cli("check", "--diff", "a.txt", cwd=workdir)
    assert result.returncode == 0
    assert result.stdout == b""
    assert "0 safe fixes" in result.stderr.decode()


def test_fix_exits_0_when_everything_was_fixed(run_cli, workdir: Path):
    article = workdir / "a.md"
    article.write_bytes(b"# Headline\n\nIt was the the end.\n")
    result = run_cli("check", "--fix", "a.md", cwd=workdir)
    assert result.returncode == 0, result.stderr.decode()
    assert article.read_bytes() == b"# Headline\n\nIt was the end.\n"
    assert "Fixed 1 issue in 1 file." in result.stderr.decode()


def test_fix_keeps_permission_bits(run_cli, workdir: Path):
    target = workdir / "real.txt"
    target.write_bytes(b"Headline here\n\nIt was the the end.\n")
    target.chmod(0o640)
    result = run_cli("check", "--fix", "real.txt", cwd=workdir)
    assert result.returncode == 0, result.stderr.decode()
    assert target.read_bytes() == b"Headline here\n\nIt was the end.\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_fix_never_writes_through_a_symlink(run_cli, workdir: Path, tmp_path: Path):
    """Issue 15: --fix followed a symlink and rewrote the file it points to (anywhere)."""
    outside = tmp_path / "elsewhere.txt"
    outside.write_bytes(b"Headline here\n\nIt was the the end.\n")
    link = workdir / "link.txt"
    link.symlink_to(outside)
    result = run_cli("check", "--fix", "link.txt", cwd=workdir)
    assert result.returncode == 2
    assert "link.txt: is a symbolic link; --fix does not write through links" in result.stderr.decode()
    assert link.is_symlink() and os.readlink(link) == str(outside)
    assert outside.read_bytes() == b"Headline here\n\nIt was the the end.\n"
    assert "link.txt:3:8:" in result.stdout.decode()  # still reported


def test_fix_refuses_a_read_only_file(run_cli, workdir: Path):
    article = workdir / "a.txt"
    article.write_bytes(b"Headline here\n\nIt was the the end.\n")
    article.chmod(0o444)
    result = run_cli("check", "--fix", "a.txt", cwd=workdir)
    assert result.returncode == 2
    assert "a.txt: file is read-only; not written" in result.stderr.decode()
    assert article.read_bytes() == b"Headline here\n\nIt was the the end.\n"
    assert "a.txt:3:8:" in result.stdout.decode()  # still reported


def test_fix_and_stdin(run_cli, workdir: Path):
    text = b"Headline here\n\nIt was the the end.\n"
    refused = run_cli("check", "--fix", "-", "--stdin-filename", "a.txt", stdin=text, cwd=workdir)
    assert refused.returncode == 2
    assert "--fix cannot write back to stdin" in refused.stderr.decode()
    shown = run_cli("check", "--diff", "-", "--stdin-filename", "a.txt", stdin=text, cwd=workdir)
    assert shown.returncode == 1
    assert shown.stdout.decode() == (
        "--- a/a.txt\n+++ b/a.txt\n@@ -1,3 +1,3 @@\n Headline here\n \n-It was the the end.\n+It was the end.\n"
    )


def test_diff_takes_no_machine_format(run_cli, workdir: Path):
    (workdir / "a.txt").write_text("Headline here\n\nIt was the the end.\n")
    result = run_cli("check", "--diff", "--format", "json", "a.txt", cwd=workdir)
    assert result.returncode == 2
    assert "--diff prints a diff" in result.stderr.decode()


def test_fix_with_machine_format_reports_what_remains(run_cli, workdir: Path):
    import json

    (workdir / "a.md").write_text("# Headline\n\nIt was the the end of the *the* era.\n")
    result = run_cli("check", "--fix", "--format", "json", "a.md", cwd=workdir)
    assert result.returncode == 1
    issues = json.loads(result.stdout)["issues"]
    assert [(i["line"], i["column"]) for i in issues] == [(3, 19)]  # in the fixed file (23 before the fix)
    assert (workdir / "a.md").read_text() == "# Headline\n\nIt was the end of the *the* era.\n"


# -- units ----------------------------------------------------------------------------


def _issue(doc, start: int, end: int, suggestions=("x",), safe=True, rule="style.repeated-word") -> Issue:
    line, col = doc.lines.line_col(start)
    end_line, end_col = doc.lines.line_col(end)
    return Issue(doc.path, line, col, end_line, end_col, rule, "style", "error", "m", tuple(suggestions),
                 offset=start, end_offset=end, fix_safe=safe, text=doc.source[start:end])


def test_only_a_single_safe_suggestion_for_the_text_it_names_is_fixable():
    doc = parse("Headline\n\nIt was the the end.\n", "a.txt")
    start = doc.source.index("the the")
    assert fixable(doc, _issue(doc, start, start + 7, ("the",))) == Edit(start, start + 7, "the")
    assert fixable(doc, _issue(doc, start, start + 7, ("the",), safe=False)) is None
    assert fixable(doc, _issue(doc, start, start + 7, ("the", "then"))) is None
    assert fixable(doc, _issue(doc, start, start + 7, ())) is None
    stale = _issue(doc, start, start + 7, ("the",))
    stale = Issue(**{**{f: getattr(stale, f) for f in stale.__dataclass_fields__}, "text": "a a"})
    assert fixable(doc, stale) is None  # the text at the offsets is not what was flagged
    assert fixable(doc, _issue(doc, start, start + 7, ("the\nthe",))) is None  # would add a line break


@pytest.mark.parametrize(
    ("path", "text", "flagged"),
    [
        ("a.md", "# H\n\nIt was the *the* end.\n", "the *the"),
        ("a.md", "# H\n\nIt was the **the** end.\n", "the **the"),
        ("a.md", "# H\n\n- It was the\n  the end.\n", "the\n  the"),
        ("a.md", "# H\n\nIt was the `x` the end.\n", "the `x` the"),
        ("a.html", "<h1>H</h1><p>It was the <b>the</b> end.</p>", "the <b>the"),
        ("a.html", "<h1>H</h1><p>It was the <!-- c --> the end.</p>", "the <!-- c --> the"),
    ],
)
def test_no_fix_across_markup(path: str, text: str, flagged: str):
    doc = parse(text, path)
    start = doc.source.index(flagged)
    assert fixable(doc, _issue(doc, start, start + len(flagged), ("the",))) is None


def test_fix_inside_an_entity_span_and_escaped_replacement():
    doc = parse("<h1>H</h1><p>It was the&nbsp;the end.</p>", "a.html")
    start = doc.source.index("the&nbsp;the")
    assert fixable(doc, _issue(doc, start, start + 12, ("the",))) == Edit(start, start + 12, "the")
    # a replacement is written as HTML
    assert fixable(doc, _issue(doc, start, start + 12, ("AT&T",))) == Edit(start, start + 12, "AT&amp;T")
    inside = doc.source.index("&nbsp;") + 1  # never cut into an entity
    assert fixable(doc, _issue(doc, start, inside, ("x",))) is None


def test_markdown_replacement_with_markup_characters_is_refused():
    doc = parse("# H\n\nIt was teh end.\n", "a.md")
    start = doc.source.index("teh")
    assert fixable(doc, _issue(doc, start, start + 3, ("the",))) == Edit(start, start + 3, "the")
    assert fixable(doc, _issue(doc, start, start + 3, ("*the*",))) is None


def test_overlapping_fixes_take_the_first_and_apply_right_to_left():
    doc = parse("Headline\n\nabcdefghij\n", "a.txt")
    base = doc.source.index("abc")
    issues = [
        _issue(doc, base + 0, base + 3, ("X",)),
        _issue(doc, base + 2, base + 5, ("Y",)),  # overlaps the first: left for the next pass
        _issue(doc, base + 5, base + 6, ("Z",)),
        _issue(doc, base + 8, base + 8, ("+",)),  # an insertion
        _issue(doc, base + 8, base + 8, ("-",)),  # a second insertion at the same place: skipped
    ]
    edits = plan_edits(doc, issues)
    assert [(e.start - base, e.end - base, e.text) for e in edits] == [(0, 3, "X"), (5, 6, "Z"), (8, 8, "+")]
    assert apply_edits(doc.source, edits).endswith("Xde" + "Z" + "gh+ij\n")


def test_fix_document_repeats_until_nothing_is_left():
    doc = parse("Headline\n\nIt was was was was over.\n", "a.txt")
    outcome = fix_document(get_linter(SETTINGS), doc)
    assert outcome.after == "Headline\n\nIt was over.\n"
    assert outcome.applied == 3
    assert outcome.issues == []


def test_unified_diff_marks_a_missing_final_line_break():
    diff = unified_diff("a.txt", "one\ntwo two", "one\ntwo")
    assert diff.endswith("-two two\n\\ No newline at end of file\n+two\n\\ No newline at end of file\n")
    assert unified_diff("a.txt", "same", "same") == ""
