from __future__ import annotations

import json
import os
import shutil

import pytest

from conftest import SAMPLE


def test_sample_article_duplicate_headline_exit_1(run_cli, tmp_path):
    shutil.copy(SAMPLE, tmp_path / "a.txt")
    r = run_cli("check", "a.txt", "--format", "json", "--enable", "structure", "--disable", "ALL")
    assert r.returncode == 1, r.stderr
    issues = json.loads(r.stdout)["issues"]
    assert [(i["line"], i["column"], i["rule"]) for i in issues] == [(3, 1, "structure.duplicate-headline")]
    r = run_cli("check", "a.txt")
    lines = r.stdout.decode().splitlines()
    assert any(line.startswith("a.txt:3:1: error:") and line.endswith("[structure.duplicate-headline]") for line in lines)
    assert b"Found" in r.stderr


def test_fail_on_and_exit_codes(run_cli, tmp_path):
    (tmp_path / "a.txt").write_text("A headline about it\n\nThe the man said so.\n")
    assert run_cli("check", "a.txt").returncode == 1
    (tmp_path / ".copylint.toml").write_text('[severity]\n"style.repeated-word" = "info"\n')
    assert run_cli("check", "a.txt").returncode == 0
    assert run_cli("check", "a.txt", "--fail-on", "info").returncode == 1
    assert run_cli("check", "a.txt", "--fail-on", "never").returncode == 0


def test_clean_file_exits_0(run_cli, tmp_path):
    (tmp_path / "a.md").write_text("# A fine headline\n\nNothing wrong here.\n")
    r = run_cli("check", "a.md")
    assert r.returncode == 0 and r.stdout == b""
    assert b"No issues" in r.stderr


def test_missing_path_exit_2(run_cli):
    r = run_cli("check", "nope.txt")
    assert r.returncode == 2
    assert r.stderr.decode().strip() == "copylint: error: nope.txt: no such file or directory"
    assert b"Traceback" not in r.stderr


def test_empty_directory_warns(run_cli, tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "image.png").write_bytes(b"\x89PNG")
    r = run_cli("check", "empty")
    assert r.returncode == 0
    assert b"no articles" in r.stderr


def test_binary_and_invalid_utf8_are_reported_and_skipped(run_cli, tmp_path):
    d = tmp_path / "news"
    d.mkdir()
    (d / "a.txt").write_bytes(b"\x00\x01\x02binary\x00")
    (d / "b.txt").write_bytes(b"Headline here\n\nCaf\xe9 latin-1 text\n")
    (d / "c.txt").write_text("A headline about it\n\nThe the man said so.\n")
    r = run_cli("check", "news", "--format", "json")
    assert r.returncode == 2
    err = r.stderr.decode()
    assert "news/a.txt: looks like a binary file" in err
    assert "news/b.txt:3: not valid UTF-8: byte 0xe9 at line 3, column 4" in err
    assert "Traceback" not in err
    issues = json.loads(r.stdout)["issues"]
    assert [i["path"] for i in issues] == ["news/c.txt"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file; permission test needs a normal user")
def test_unreadable_file(run_cli, tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("x")
    f.chmod(0)
    r = run_cli("check", "a.txt")
    assert r.returncode == 2 and b"cannot read file" in r.stderr


def test_broken_config_exit_2_names_file_and_line(run_cli, tmp_path):
    (tmp_path / ".copylint.toml").write_text('dialect = "en-GB"\nbogus = 1\n')
    (tmp_path / "a.txt").write_text("Headline\n\nText.\n")
    r = run_cli("check", "a.txt")
    assert r.returncode == 2
    assert r.stderr.decode().startswith(f"copylint: error: {tmp_path / '.copylint.toml'}:2: unknown key")
    assert b"Traceback" not in r.stderr


def test_stdin_with_filename_picks_format(run_cli, tmp_path):
    md = b"# Title of it\n\n```\nthe the\n```\n\nSaid the the.\n"
    r = run_cli("check", "-", "--stdin-filename", "story.md", "--format", "json", stdin=md)
    issues = json.loads(r.stdout)["issues"]
    assert [(i["path"], i["line"]) for i in issues] == [("story.md", 7)]


def test_hidden_and_excluded_folders_skipped(run_cli, tmp_path):
    for folder in (".git", "archive", "news"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.txt").write_text("A headline about it\n\nThe the man.\n")
    (tmp_path / ".copylint.toml").write_text('exclude = ["archive"]\n')
    r = run_cli("check", ".", "--format", "json")
    assert [i["path"] for i in json.loads(r.stdout)["issues"]] == ["./news/a.txt"]


def test_symlink_loop_does_not_hang(run_cli, tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text("Headline\n\nFine.\n")
    os.symlink(tmp_path / "news", tmp_path / "news" / "loop")
    r = run_cli("check", "news")
    assert r.returncode == 0


def test_output_file_and_formats(run_cli, tmp_path):
    shutil.copy(SAMPLE, tmp_path / "a.txt")
    for fmt in ("text", "json", "sarif", "github"):
        r = run_cli("check", "a.txt", "--format", fmt, "-o", f"out.{fmt}")
        assert r.returncode == 1
        assert r.stdout == b""
        assert (tmp_path / f"out.{fmt}").read_text()


def test_rules_and_explain(run_cli):
    r = run_cli("rules")
    assert r.returncode == 0 and b"structure.duplicate-headline" in r.stdout
    r = run_cli("explain", "style.repeated-word")
    assert r.returncode == 0 and b"the the" in r.stdout and b"had had" in r.stdout
    r = run_cli("explain", "style.nope")
    assert r.returncode == 2 and b"unknown rule" in r.stderr
    r = run_cli("--version")
    assert r.returncode == 0 and b"copylint" in r.stdout


def test_no_colour_when_piped(run_cli, tmp_path):
    (tmp_path / "a.txt").write_text("A headline about it\n\nThe the man.\n")
    assert b"\x1b[" not in run_cli("check", "a.txt").stdout
    assert b"\x1b[" in run_cli("check", "a.txt", "--color").stdout
