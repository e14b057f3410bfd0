"""Archive mode (--input-format jsonl) gives exactly the per-file result."""

from __future__ import annotations

import io
import json

from conftest import ROOT
from copylint import Settings, lint_paths
from copylint.archive import run_archive

CORPUS = ROOT / "tests" / "corpus" / "wikinews"


def corpus_records():
    out = []
    for path in sorted((CORPUS / "news").glob("0*.txt")):
        headline, _, body = path.read_text(encoding="utf-8").partition("\n")
        out.append({"id": path.stem, "headline": headline, "body": body.lstrip("\n")})
    out.append({"id": "bad", "headline": "A headline for the test", "body": "The the troops left.\n"})
    return out


def archive_result(records, jobs):
    data = "".join(json.dumps(r) + "\n" for r in records).encode()
    out = io.StringIO()
    stats = run_archive([("in.jsonl", io.BytesIO(data))], Settings(), out, jobs=jobs)
    return stats, [json.loads(line) for line in out.getvalue().splitlines()]


def test_jsonl_matches_per_file_run(tmp_path):
    records = corpus_records()
    for r in records:
        (tmp_path / f"{r['id']}.txt").write_text(r["headline"] + "\n\n" + r["body"], encoding="utf-8")
    files = lint_paths([str(tmp_path)], config=Settings())
    expected = {}
    for issue in files.issues:
        d = issue.to_dict()
        d["path"] = issue.path.rsplit("/", 1)[-1].removesuffix(".txt")
        expected.setdefault(d["path"], []).append(d)
    for jobs in (1, 2):
        stats, lines = archive_result(records, jobs)
        assert [line["id"] for line in lines] == [r["id"] for r in records]  # input order
        got = {line["id"]: line["issues"] for line in lines if line["issues"]}
        assert got == expected
        assert stats.articles == len(records) and stats.errors == 0
    assert expected["bad"][0]["rule"] == "style.repeated-word" and expected["bad"][0]["line"] == 3


def test_bad_records_are_reported_with_their_line():
    data = (b'{"id": 1, "headline": "Fine headline", "body": "Fine."}\n'
            b"not json\n"
            b'{"id": 2, "body": 5}\n'
            b'{"id": 3, "body": "x", "format": "docx"}\n'
            b'\xff\xfe\n'
            b'{"id": 4, "body": "x", "extra": 1}\n')
    out = io.StringIO()
    stats = run_archive([("in.jsonl", io.BytesIO(data))], Settings(), out)
    lines = [json.loads(x) for x in out.getvalue().splitlines()]
    assert lines[0] == {"id": 1, "issues": []}
    assert [(x.get("line"), x["error"].split(":")[0].split(" (")[0]) for x in lines[1:]] == [
        (2, "invalid JSON"), (3, '"body" must be a string'), (4, '"format" must be one of txt, md, html, got \'docx\''),
        (5, "not valid UTF-8"), (6, "unknown field(s)"),
    ]
    assert stats.errors == 5


def test_cli_jsonl_stdin_exit_codes(run_cli):
    good = b'{"id": "a", "headline": "Fine headline here", "body": "Nothing wrong."}\n'
    r = run_cli("check", "--input-format", "jsonl", "-", stdin=good)
    assert r.returncode == 0 and json.loads(r.stdout) == {"id": "a", "issues": []}
    bad = b'{"id": "b", "headline": "Fine headline here", "body": "The the end."}\n'
    r = run_cli("check", "--input-format", "jsonl", "-", stdin=bad)
    assert r.returncode == 1 and json.loads(r.stdout)["issues"][0]["rule"] == "style.repeated-word"
    r = run_cli("check", "--input-format", "jsonl", "missing.jsonl")
    assert r.returncode == 2 and b"missing.jsonl: cannot read" in r.stderr
