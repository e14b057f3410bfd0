"""``copylint baseline`` and ``check --baseline``: only new issues, matched by rule and flagged text."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from copylint.baseline import Baseline, baseline_data, normalise_text
from copylint.issue import Issue

ONLY = 'disable = ["ALL"]\nenable = ["style.repeated-word"]\n'
STORY = "Storm hits coast\n\nResidents said the the storm came at dawn.\nThe wall fell and and the road flooded.\n"


@pytest.fixture
def site(tmp_path: Path) -> Path:
    (tmp_path / ".copylint.toml").write_text(ONLY)
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "storm.txt").write_text(STORY)
    (tmp_path / "news" / "calm.md").write_text("# Calm\n\nNothing happened on on Monday.\n")
    return tmp_path


def reported(result) -> list[tuple[str, int, int]]:
    return [(i["path"], i["line"], i["column"]) for i in json.loads(result.stdout)["issues"]]


def test_baseline_file_format(run_cli, site: Path):
    made = run_cli("baseline", "news", cwd=site)
    assert made.returncode == 0, made.stderr.decode()
    assert "Wrote 3 issues (3 entries) from 2 files to .copylint-baseline.json." in made.stderr.decode()
    data = json.loads((site / ".copylint-baseline.json").read_text())
    assert data["version"] == 1
    assert [(e["path"], e["rule"], e["text"], e["count"]) for e in data["entries"]] == [
        ("news/calm.md", "style.repeated-word", "on on", 1),
        ("news/storm.txt", "style.repeated-word", "and and", 1),
        ("news/storm.txt", "style.repeated-word", "the the", 1),
    ]
    assert all(len(e["contexts"]) == e["count"] for e in data["entries"])


def test_known_issues_stay_hidden_when_lines_move(run_cli, site: Path):
    run_cli("baseline", "news", cwd=site)
    clean = run_cli("check", "--baseline", ".copylint-baseline.json", "news", cwd=site)
    assert clean.returncode == 0 and clean.stdout == b"", clean.stderr.decode()
    story = site / "news" / "storm.txt"
    # paragraphs added above, the old lines rewrapped (CRLF, extra spaces): still the same issues
    story.write_bytes(
        b"Storm hits coast\r\n\r\nA first paragraph, added later.\r\n\r\nAnother one.\r\n\r\n"
        b"Residents said the the storm came at dawn.\r\nThe wall fell and\r\nand   the road flooded.\r\n"
    )
    moved = run_cli("check", "--format", "json", "--baseline", ".copylint-baseline.json", "news", cwd=site)
    assert moved.returncode == 0, moved.stdout.decode()
    assert reported(moved) == []


def test_a_new_copy_of_a_known_mistake_is_reported_where_it_is(run_cli, site: Path):
    run_cli("baseline", "news", cwd=site)
    story = site / "news" / "storm.txt"
    story.write_text("Storm hits coast\n\nA new line with the the same slip.\n\n" + STORY.split("\n\n", 1)[1])
    result = run_cli("check", "--format", "json", "--baseline", ".copylint-baseline.json", "news", cwd=site)
    assert result.returncode == 1
    assert reported(result) == [("news/storm.txt", 3, 17)]  # the new copy, not the old one below


def test_new_rule_text_or_file_is_reported(run_cli, site: Path):
    run_cli("baseline", "news", cwd=site)
    (site / "news" / "storm.txt").write_text(STORY.replace("storm came", "storm came came"))
    (site / "news" / "new.txt").write_text("New\n\nFresh fresh copy.\n")
    result = run_cli("check", "--format", "json", "--baseline", ".copylint-baseline.json", "news", cwd=site)
    assert reported(result) == [("news/new.txt", 3, 1), ("news/storm.txt", 3, 30)]


def test_fixed_issue_leaves_the_baseline_harmless(run_cli, site: Path):
    run_cli("baseline", "news", cwd=site)
    (site / "news" / "storm.txt").write_text(STORY.replace("the the", "the"))
    result = run_cli("check", "--baseline", ".copylint-baseline.json", "news", cwd=site)
    assert result.returncode == 0 and result.stdout == b""


def test_paths_are_relative_to_the_baseline_file(run_cli, site: Path):
    (site / "ci").mkdir()
    run_cli("baseline", "news", "-o", "ci/baseline.json", cwd=site)
    data = json.loads((site / "ci" / "baseline.json").read_text())
    assert {e["path"] for e in data["entries"]} == {"../news/storm.txt", "../news/calm.md"}
    from_inside = run_cli("check", "--baseline", "../ci/baseline.json", ".", cwd=site / "news")
    assert from_inside.returncode == 0, from_inside.stdout.decode()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("nope.json", None, "nope.json: baseline file not found"),
        ("broken.json", '{"version": 1,\n "entries": [}\n', "broken.json:2: not a copylint baseline (invalid JSON"),
        ("wrong.json", '{"version": 1, "entries": [{"path": "a", "rule": "r", "text": "t", "count": 0}]}',
         "wrong.json: baseline entry 1 needs"),
        ("future.json", '{"version": 9, "entries": []}', "future.json: baseline version 9 is not supported"),
        ("list.json", "[]", "list.json: not a copylint baseline"),
    ],
)
def test_bad_baseline_files(run_cli, site: Path, name: str, content: str | None, message: str):
    if content is not None:
        (site / name).write_text(content)
    result = run_cli("check", "--baseline", name, "news", cwd=site)
    assert result.returncode == 2
    assert result.stdout == b""
    assert message in result.stderr.decode()


def test_baseline_command_refuses_stdin(run_cli, site: Path):
    result = run_cli("baseline", "-", cwd=site)
    assert result.returncode == 2
    assert "stdin" in result.stderr.decode()


# -- units ----------------------------------------------------------------------------


def _issue(path: str, line: int, text: str, rule: str = "style.repeated-word") -> Issue:
    return Issue(path, line, 1, line, 1 + len(text), rule, "style", "error", "m", text=text)


def test_count_aware_matching_without_sources(tmp_path: Path):
    path = str(tmp_path / "a.txt")
    known = Baseline(Counter({("a.txt", "style.repeated-word", "the the"): 2}), str(tmp_path))
    three = [_issue(path, n, "the the") for n in (3, 7, 9)]
    assert known.select(path, "", three) == [three[2]]  # without the text, file order decides
    other_rule = _issue(path, 3, "the the", rule="style.other")
    assert known.select(path, "", [other_rule]) == [other_rule]


def test_baseline_data_is_stable_and_whitespace_blind(tmp_path: Path):
    path = str(tmp_path / "a.txt")
    first = baseline_data([_issue(path, 3, "the\r\nthe"), _issue(path, 5, "the  the")], str(tmp_path / "b.json"))
    assert first["entries"] == [{"path": "a.txt", "rule": "style.repeated-word", "text": "the the", "count": 2}]
    assert normalise_text(" a\t b\n") == "a b"
