"""benchmarks/quality/example_overlap.py: corpus text in our rules' examples and tests is found,
and without a corpus the script says so and succeeds."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = str(Path(__file__).resolve().parent.parent)  # benchmarks/ is not installed: import it from the tree
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

from benchmarks.quality import example_overlap  # noqa: E402


def test_without_a_corpus_it_says_so_and_exits_0(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("COPYLINT_CORPORA", str(tmp_path / "nowhere"))
    assert example_overlap.main([]) == 0
    assert "No corpus at" in capsys.readouterr().out


def test_a_shared_sentence_and_a_rare_name_are_reported(tmp_path, monkeypatch, capsys):
    (tmp_path / "wikinews" / "news").mkdir(parents=True)
    (tmp_path / "wikinews" / "news" / "0001.txt").write_text(
        "Headline\n\nIn other news, the bank moved its head quarters to Bristol last week.\n", encoding="utf-8")
    (tmp_path / "real-errors").mkdir()
    record = {"text": "The union was led by Odhiambo for years.", "errors": [], "other_edits": []}
    (tmp_path / "real-errors" / "x.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    monkeypatch.setenv("COPYLINT_CORPORA", str(tmp_path))
    assert example_overlap.main(["--paths", "tests/test_possessive_name.py"]) == 0
    out = capsys.readouterr().out
    assert "Corpora missing" in out and "us" in out
    assert "the bank moved its head quarters to bristol" in out  # a 6-word run of a split-compound example
    table = out.split("\ngrammar.split-compound\n", 1)[1].split("\n\n", 1)[0]
    assert "bad 0" in table and "good 0" not in table  # "headquarters" is one word: no shared run
    table = out.split("\ngrammar.possessive-name\n", 1)[1].split("\n\n", 1)[0]
    assert "rare word" in table and "odhiambo" in table and "real-errors" in table


def test_tokens_and_runs():
    assert example_overlap.tokens("Co-founded [[the]] U.S. firm's") == ["co", "founded", "the", "u", "s", "firm's"]
    assert example_overlap._merge_runs([("a", "b"), ("b", "c"), ("x", "y")], 2) == ["a b c", "x y"]


def test_comments_are_read_and_a_run_of_comment_lines_is_one_string():
    source = 'x = 1  # a made-up name: Quorvathy\n# first line of a note\n# and its second line\ny = "a literal"\n'
    items = example_overlap._comment_items("pkg/mod.py", source)
    assert [(i.where, i.text) for i in items] == [
        ("1 #", "a made-up name: Quorvathy"), ("2 #", "first line of a note and its second line")]
