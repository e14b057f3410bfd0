"""Issue 15: every reader failure is contained to its file, nested JSON is bounded, and every
input is bounded before it is read (devices, FIFOs, stdin, word lists, archive records)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import copylint.archive as archive
import copylint.runner as runner
from copylint.cache import ResultCache
from copylint.config import Settings
from copylint.errors import CopylintError
from copylint.issue import Issue
from copylint.jsonload import MAX_DEPTH, loads
from copylint.runner import run

ARTICLE = "Headline here\n\nIt was the the end.\n"

# Makes the readers fail on a marker, in a real `copylint` process (imported at start-up).
_SITECUSTOMIZE = """
import copylint.readers as readers
_real = readers.parse
def parse(text, *args, **kwargs):
    if "READER-BUG" in text:
        raise AssertionError("reader bug: " + text)
    return _real(text, *args, **kwargs)
readers.parse = parse
import copylint.archive, copylint.sourcefile
copylint.sourcefile.parse = parse
copylint.archive.parse = parse
"""


@pytest.fixture
def buggy_reader(tmp_path: Path) -> dict[str, str]:
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(_SITECUSTOMIZE)
    return {"PYTHONPATH": str(hook)}


def _tree(tmp_path: Path) -> Path:
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text(ARTICLE)
    (news / "b.md").write_text("# Secret READER-BUG words\n\nText.\n")
    (news / "c.txt").write_text(ARTICLE)
    return news


def test_a_reader_failure_is_contained_to_its_file(tmp_path, run_cli, buggy_reader):
    _tree(tmp_path)
    for jobs in ("1", "2"):
        r = run_cli("check", "--jobs", jobs, "news", env=buggy_reader)
        err = r.stderr.decode()
        assert r.returncode == 2, err
        errors = [line for line in err.splitlines() if line.startswith("copylint: error:")]
        assert errors == [
            "copylint: error: news/b.md: could not be checked: internal error "
            "(AssertionError in copylint/readers/__init__.py); other files are unaffected; please report this with the file"
        ] or (len(errors) == 1 and "news/b.md: could not be checked: internal error" in errors[0]), err
        assert "Traceback" not in err and "Secret" not in err  # no article text in the message
        out = r.stdout.decode()
        assert "news/a.txt:3:8:" in out and "news/c.txt:3:8:" in out


def test_a_failure_in_a_check_is_contained_too(tmp_path, monkeypatch):
    news = _tree(tmp_path)
    real = runner.parse_document

    def parse(path, fmt, data):
        doc = real(path, fmt, data)
        if b"READER-BUG" in data:
            raise RecursionError("too deep")
        return doc

    monkeypatch.setattr(runner, "parse_document", parse)
    result, _ = run([str(news)], Settings())
    assert [e.path for e in result.errors] == [str(news / "b.md")]
    assert {i.path for i in result.issues} == {str(news / "a.txt"), str(news / "c.txt")}


def test_a_record_failure_is_contained_in_archive_mode(tmp_path, run_cli, buggy_reader):
    lines = [{"id": 1, "body": "It was the the end."}, {"id": 2, "body": "READER-BUG"},
             {"id": 3, "body": "It was the the end."}]
    data = "".join(json.dumps(x) + "\n" for x in lines).encode()
    r = run_cli("check", "--input-format", "jsonl", "-", stdin=data, env=buggy_reader)
    out = [json.loads(x) for x in r.stdout.decode().splitlines()]
    assert [o["id"] for o in out] == [1, 2, 3]
    assert "internal error" in out[1]["error"] and "READER-BUG" not in out[1]["error"]
    assert out[0]["issues"] and out[2]["issues"]
    assert r.returncode == 2


def test_deeply_nested_json_is_refused_not_a_recursion_error(tmp_path, run_cli):
    deep = "[" * 100_000 + "]" * 100_000
    with pytest.raises(ValueError, match=f"nested more than {MAX_DEPTH} levels"):
        loads(deep)
    assert loads('{"a": "[[[[[[[[" , "b": [[1]]}') == {"a": "[[[[[[[[", "b": [[1]]}
    # an archive line
    data = (deep + "\n" + json.dumps({"id": 2, "body": "It was the the end."}) + "\n").encode()
    out = io.StringIO()
    stats = archive.run_archive([("in.jsonl", io.BytesIO(data))], Settings(), out)
    lines = [json.loads(x) for x in out.getvalue().splitlines()]
    assert "nested more than" in lines[0]["error"] and lines[1]["id"] == 2 and stats.errors == 1
    # a baseline
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "base.json").write_text('{"version": 1, "entries": ' + deep + "}")
    r = run_cli("check", "--baseline", "base.json", "a.txt")
    assert r.returncode == 2
    assert "base.json: not a copylint baseline (invalid JSON: nested more than" in r.stderr.decode()
    assert b"Traceback" not in r.stderr


def test_a_cache_entry_with_an_unknown_severity_is_a_miss(tmp_path, run_cli):
    cache = ResultCache(tmp_path, "fp")
    issue = Issue("a.txt", 1, 1, 1, 2, "r", "style", "warning", "m", ("x",), 0, 1, False, "t")
    key = cache.key("a.txt", b"data")
    cache.put(key, [issue])
    assert cache.get(key) == [issue]
    entry = cache._entry(key)
    good = json.loads(entry.read_text())
    for bad in ({"severity": "critical"}, {"category": "bogus"}, {"line": "1"}, {"suggestions": [1]},
                {"extra": 1}):
        entry.write_text(json.dumps({"issues": [{**good["issues"][0], **bad}]}))
        assert cache.get(key) is None, bad
    for raw in ("[" * 50_000, '{"issues": 5}', '{"issues": [5]}', "[]"):
        entry.write_text(raw)
        assert cache.get(key) is None
    entry.unlink()
    os.mkfifo(entry)  # planted: a miss, not a wait
    assert cache.get(key) is None
    # end to end: poison every entry of a real run's cache, run again
    (tmp_path / "a.txt").write_text(ARTICLE)
    env = {"COPYLINT_CACHE_DIR": str(tmp_path / "c")}
    first = run_cli("check", "a.txt", env=env)
    for f in (tmp_path / "c").rglob("*.json"):
        data = json.loads(f.read_text())
        for d in data["issues"]:
            d["severity"] = "critical"
        f.write_text(json.dumps(data))
    again = run_cli("check", "a.txt", env=env)
    assert again.returncode == first.returncode == 1 and again.stdout == first.stdout, again.stderr.decode()


# -- bounded inputs ---------------------------------------------------------------------

SMALL = "max_file_size = 100000\n"


def _run(args: list[str], cwd: Path, stdin=None, timeout: float = 60) -> subprocess.CompletedProcess:
    env = dict(os.environ, COPYLINT_CACHE_DIR=str(cwd / ".test-cache"))
    return subprocess.run([sys.executable, "-m", "copylint", *args], cwd=cwd, env=env, stdin=stdin,
                          capture_output=True, timeout=timeout)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_device_is_read_no_further_than_max_file_size(tmp_path, device):
    (tmp_path / ".copylint.toml").write_text(SMALL)
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "dev.txt").symlink_to(device)
    r = _run(["check", "--config", ".copylint.toml", "dev.txt", "a.txt"], tmp_path)
    err = r.stderr.decode()
    assert r.returncode == 2
    assert "dev.txt: file is more than 100000 bytes, larger than max_file_size (0.1 MB)" in err
    assert "a.txt:3:8:" in r.stdout.decode()


def test_stdin_is_read_no_further_than_max_file_size(tmp_path):
    (tmp_path / ".copylint.toml").write_text(SMALL)
    with open("/dev/zero", "rb") as zero:
        r = _run(["check", "--config", ".copylint.toml", "-"], tmp_path, stdin=zero)
    assert r.returncode == 2
    assert "<stdin>: stdin is more than 100000 bytes, larger than max_file_size" in r.stderr.decode()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_is_refused_not_waited_on(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text(ARTICLE)
    os.mkfifo(news / "pipe.txt")
    r = _run(["check", "news"], tmp_path, timeout=60)  # before: blocked forever
    err = r.stderr.decode()
    assert r.returncode == 2
    assert "news/pipe.txt: is a FIFO (named pipe), not a regular file; not read" in err
    assert "news/a.txt:3:8:" in r.stdout.decode()
    r = _run(["check", "news/pipe.txt"], tmp_path, timeout=60)
    assert r.returncode == 2 and "pipe.txt: is a FIFO" in r.stderr.decode()
    r = _run(["check", "--input-format", "jsonl", "news/pipe.txt"], tmp_path, timeout=60)
    assert r.returncode == 2 and "news/pipe.txt: cannot read: not a regular file" in r.stderr.decode()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
@pytest.mark.parametrize("kind", ["fifo", "/dev/zero"])
def test_a_word_list_is_bounded_and_never_waited_on(tmp_path, kind):
    if kind == "fifo":
        os.mkfifo(tmp_path / "words.txt")
    else:
        (tmp_path / "words.txt").symlink_to(kind)
    (tmp_path / ".copylint.toml").write_text('[spelling]\naccept = ["words.txt"]\n')
    (tmp_path / "a.txt").write_text(ARTICLE)
    r = _run(["check", "a.txt"], tmp_path, timeout=60)
    err = r.stderr.decode()
    assert r.returncode == 2, err
    assert "words.txt: " in err and ("is a FIFO" in err or "more than 10000000 bytes" in err), err
    assert "Traceback" not in err


def test_an_archive_record_is_read_no_further_than_max_file_size():
    good = json.dumps({"id": 1, "body": "It was the the end."}).encode() + b"\n"
    long = json.dumps({"id": 2, "body": "x" * 5000}).encode() + b"\n"
    out = list(archive.records(io.BytesIO(good + long + good), "in", limit=1000))
    assert [n for n, _ in out] == [1, 2, 3]
    assert out[1][1] == "record longer than max_file_size (1000 bytes); skipped"
    assert isinstance(out[2][1], dict)

    class Endless(io.RawIOBase):
        """/dev/zero: no end of line, ever."""

        def readable(self):
            return True

        def readinto(self, b):
            b[:] = b"\0" * len(b)
            return len(b)

    out = list(archive.records(io.BufferedReader(Endless()), "zero", limit=1000))
    assert len(out) == 1 and "the rest of zero is not read" in out[0][1]


def test_archive_input_errors_name_the_file(tmp_path):
    with pytest.raises(CopylintError, match="a folder"):
        archive.open_inputs([str(tmp_path)])
