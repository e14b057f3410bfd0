"""Bad input: every case gets a clear message naming the file, the documented exit code,
the other files still linted, and no traceback."""

from __future__ import annotations

import codecs
import json

import pytest

GOOD = "A headline for the test\n\nThe the troops left.\n"


def lint_folder(run_cli, tmp_path, name: str, data: bytes, *extra: str):
    """Lint a folder holding ``name`` with ``data`` beside a known-bad good file."""
    folder = tmp_path / "news"
    folder.mkdir(exist_ok=True)
    (folder / name).write_bytes(data)
    (folder / "zz-control.txt").write_text(GOOD)
    r = run_cli("check", "news", "--format", "json", "--jobs", "1", *extra)
    assert b"Traceback" not in r.stderr, r.stderr.decode()
    issues = json.loads(r.stdout)["issues"]
    assert any(i["path"] == "news/zz-control.txt" for i in issues), "the other file was not linted"
    return r, [i for i in issues if i["path"] != "news/zz-control.txt"]


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("binary.txt", bytes(range(256)) * 4, "looks like a binary file"),
        ("nul.md", b"# Title here\n\nText\x00with a NUL\n", "looks like a binary file"),
        ("latin1.txt", "Headline\n\nCaf\u00e9 au lait, na\u00efve.\n".encode("latin-1"), "not valid UTF-8: byte 0xe9 at line 3, column 4"),
        ("broken.html", b"<p>ok</p>\n<p>\xc3\x28</p>", "not valid UTF-8: byte 0xc3 at line 2, column 4"),
        ("utf16-nobom.txt", "Headline here\n\nBody text.\n".encode("utf-16-le"), "UTF-16 text without a byte-order mark"),
        ("bad-utf16.txt", codecs.BOM_UTF16_LE + b"H\x00\x00\xd8", "not valid UTF-16-LE"),
    ],
)
def test_undecodable_files_are_reported_and_skipped(run_cli, tmp_path, name, data, message):
    r, issues = lint_folder(run_cli, tmp_path, name, data)
    assert r.returncode == 2
    err = r.stderr.decode()
    assert f"news/{name}" in err and message in err, err
    assert issues == []


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("empty.txt", b""),
        ("blank.md", b"   \n\t\n\r\n"),
        ("only-headline.html", b"<title>x</title>"),
        ("utf8-bom.txt", codecs.BOM_UTF8 + GOOD.encode()),
        ("utf16le-bom.txt", codecs.BOM_UTF16_LE + GOOD.encode("utf-16-le")),
        ("utf16be-bom.md", codecs.BOM_UTF16_BE + GOOD.encode("utf-16-be")),
        ("cr-only.txt", GOOD.replace("\n", "\r").encode()),
        ("mixed.txt", b"A headline for the test\r\n\nThe the troops\rleft.\n"),
        ("unclosed-fence.md", b"# Title words\n\n```\nthe the\n"),
        ("unclosed-front-matter.md", b"---\ntitle: the the\n\nBody text\n"),
        ("bad-front-matter.md", b"---\ntitle: [unclosed\n---\n\nBody.\n"),
        ("malformed.html", b"<p>Unclosed <b>bold <i>the the</b></p></div></span><p"),
        ("zero-width.txt", "Headline\n\nThe\u200b the\u200d word, cafe\u0301, \U0001F600 \u05e9\u05dc\u05d5\u05dd.\n".encode()),
        ("long-word.txt", b"Headline\n\n" + b"a" * 200_000 + b"\n"),
        ("long-sentence.md", b"# Title\n\n" + b"word and " * 50_000 + b"\n"),
    ],
)
def test_odd_but_valid_files_are_linted(run_cli, tmp_path, name, data):
    r, issues = lint_folder(run_cli, tmp_path, name, data)
    assert r.returncode in (0, 1), r.stderr.decode()
    for issue in issues:  # every span lies inside the file
        assert issue["line"] >= 1 and issue["column"] >= 1


def test_utf16_positions_are_exact(run_cli, tmp_path):
    text = "A headline for the test\r\n\r\nSo the the end.\r\n"
    (tmp_path / "a.txt").write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    r = run_cli("check", "a.txt", "--format", "json")
    [issue] = [i for i in json.loads(r.stdout)["issues"] if i["rule"] == "style.repeated-word"]
    assert (issue["line"], issue["column"], issue["end_column"]) == (3, 4, 11)


def test_deeply_nested_markup(run_cli, tmp_path):
    (tmp_path / "deep.html").write_text("<div>" * 50_000 + "the the" + "</div>" * 50_000)
    (tmp_path / "deep.md").write_text("> " * 60 + "the the\n" + "".join("  " * i + "- x\n" for i in range(500)))
    # past markdown-it's nesting limit (100) the rest is not parsed: no crash, no hang
    (tmp_path / "deeper.md").write_text("> " * 5_000 + "the the\n\nthe the\n")
    r = run_cli("check", "deep.html", "deep.md", "deeper.md", "--format", "json")
    assert r.returncode == 1 and b"Traceback" not in r.stderr
    paths = sorted(i["path"] for i in json.loads(r.stdout)["issues"] if i["rule"] == "style.repeated-word")
    assert paths == ["deep.html", "deep.md", "deeper.md"]


def test_file_over_the_size_limit_is_skipped_with_a_reason(run_cli, tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "huge.txt").write_bytes(b"word " * 3_000_000)  # 15 MB, one line
    (folder / "zz-control.txt").write_text(GOOD)
    r = run_cli("check", "news", "--format", "json")
    assert r.returncode == 2
    assert "news/huge.txt: file is 15.0 MB, larger than max_file_size (10 MB)" in r.stderr.decode()
    assert [i["path"] for i in json.loads(r.stdout)["issues"]] == ["news/zz-control.txt"]
    (tmp_path / ".copylint.toml").write_text("max_file_size = 20_000_000\n[severity]\nstyle = 'info'\n")
    r = run_cli("check", "news/huge.txt", "--format", "json", "--disable", "ALL", "--enable", "structure")
    assert r.returncode == 0, r.stderr


def test_stdin_over_the_size_limit(run_cli, tmp_path):
    (tmp_path / ".copylint.toml").write_text("max_file_size = 1000\n")
    r = run_cli("check", "-", stdin=b"x" * 2000)
    assert r.returncode == 2 and b"<stdin>: stdin is more than 1000 bytes, larger than max_file_size" in r.stderr


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("(a+)+b", "nested inside an unbounded quantifier"),
        ("x" * 3000 + "|y", "of 3,002 characters is refused"),
        ("[unclosed", "invalid regular expression"),
    ],
)
def test_hostile_word_list_patterns_are_refused_with_file_and_line(run_cli, tmp_path, line, message):
    (tmp_path / "accept.txt").write_text(f"Khamenei\n{line}\n")
    (tmp_path / ".copylint.toml").write_text('[spelling]\naccept = ["accept.txt"]\n')
    (tmp_path / "a.txt").write_text(GOOD)
    r = run_cli("check", "a.txt")
    err = r.stderr.decode()
    assert r.returncode == 2 and "Traceback" not in err
    assert f"{tmp_path / 'accept.txt'}:2:" in err and message in err, err


def test_huge_rule_regex_is_refused(run_cli, tmp_path):
    pack = tmp_path / "packs" / "house"
    pack.mkdir(parents=True)
    (pack / "pack.yaml").write_text("description: a house pack\n")
    (pack / "big.yaml").write_text(
        "id: style.house.big\ntype: existence\nsummary: s\nrationale: r\nmessage: x\nseverity: warning\n"
        f"patterns:\n  - '{'a' * 2500}'\nexamples:\n  bad:\n    - '[[a]]'\n  good:\n    - b\n"
    )
    (tmp_path / ".copylint.toml").write_text('[style]\npacks = ["copylint", "house"]\npaths = ["packs"]\n')
    (tmp_path / "a.txt").write_text(GOOD)
    r = run_cli("check", "a.txt")
    err = r.stderr.decode()
    assert r.returncode == 2 and "Traceback" not in err
    assert "big.yaml" in err and "is refused" in err, err
