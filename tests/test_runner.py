"""Parallel and cached runs give exactly the serial, uncached result."""

from __future__ import annotations

import json
import shutil

from conftest import ROOT
from copylint.cache import ResultCache, settings_fingerprint
from copylint.config import Settings
from copylint.runner import RunOptions, run

CORPUS = ROOT / "tests" / "corpus" / "wikinews"


def make_tree(tmp_path):
    tree = tmp_path / "articles"
    shutil.copytree(CORPUS / "news", tree / "news")
    (tree / "bad.txt").write_text("A headline for the test\n\nThe the troops left.\n")
    (tree / "binary.txt").write_bytes(b"\x00\x01binary")
    return tree


def as_tuples(result):
    return [(i.path, i.line, i.column, i.end_line, i.end_column, i.rule, i.message, i.suggestions, i.offset)
            for i in result.issues]


def test_parallel_equals_serial(tmp_path):
    tree = make_tree(tmp_path)
    settings = Settings()
    serial, _ = run([str(tree)], settings, RunOptions(jobs=1))
    parallel, _ = run([str(tree)], settings, RunOptions(jobs=2))
    assert serial.files == parallel.files == 25  # 24 articles and bad.txt (LICENSE.upstream.txt is not an article)
    assert as_tuples(serial) == as_tuples(parallel)
    assert [str(e) for e in serial.errors] == [str(e) for e in parallel.errors]
    assert any(i.path.endswith("bad.txt") for i in serial.issues)


def test_cache_hit_gives_same_result_and_invalidates_on_change(tmp_path):
    tree = make_tree(tmp_path)
    settings = Settings()
    cache = ResultCache(tmp_path / "cache", settings_fingerprint(settings))
    first, _ = run([str(tree)], settings, RunOptions(jobs=1, cache=cache))
    entries = list((tmp_path / "cache").rglob("*.json"))
    assert len(entries) == 25  # one per readable article
    second, _ = run([str(tree)], settings, RunOptions(jobs=1, cache=cache))
    assert as_tuples(first) == as_tuples(second)
    # a changed file is linted again
    (tree / "bad.txt").write_text("A headline for the test\n\nFine troops left.\n")
    third, _ = run([str(tree)], settings, RunOptions(jobs=1, cache=cache))
    assert not any(i.path.endswith("bad.txt") for i in third.issues)
    # other settings, other key
    other = ResultCache(tmp_path / "cache", settings_fingerprint(Settings(disable=("style",))))
    assert other.fingerprint != cache.fingerprint


def test_corrupt_cache_entry_is_a_miss(tmp_path):
    tree = make_tree(tmp_path)
    settings = Settings()
    cache = ResultCache(tmp_path / "cache", settings_fingerprint(settings))
    first, _ = run([str(tree / "bad.txt")], settings, RunOptions(cache=cache))
    for entry in (tmp_path / "cache").rglob("*.json"):
        entry.write_text("{not json")
    second, _ = run([str(tree / "bad.txt")], settings, RunOptions(cache=cache))
    assert as_tuples(first) == as_tuples(second) and first.issues


def test_unwritable_cache_warns_and_goes_on(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    tree = make_tree(tmp_path)
    cache = ResultCache(blocker / "cache", "fp")  # a folder under a file cannot be made
    result, _ = run([str(tree / "bad.txt")], Settings(), RunOptions(cache=cache))
    assert result.issues and any("not writable" in w for w in result.warnings)


def test_cli_jobs_and_no_cache(run_cli, tmp_path):
    tree = make_tree(tmp_path)
    outs = []
    for args in (["--jobs", "1", "--no-cache"], ["--jobs", "2"], ["--jobs", "2"]):
        r = run_cli("check", str(tree), "--format", "json", *args)
        assert r.returncode == 2  # the binary file
        outs.append(json.loads(r.stdout))
    assert outs[0] == outs[1] == outs[2]


def test_auto_backend_warning_once_per_run_across_workers(run_cli, tmp_path):
    tree = make_tree(tmp_path)
    (tmp_path / ".copylint.toml").write_text('[grammar]\nbackends = ["auto"]\n')
    env = {"LTP_PATH": str(tmp_path / "no-languagetool")}  # no local LanguageTool: auto goes on without it
    r = run_cli("check", str(tree), "--format", "json", "--jobs", "2", env=env)
    err = r.stderr.decode()
    assert err.count("goes on without LanguageTool") == 1, err
    assert json.loads(r.stdout)["issues"]


def test_editing_a_shipped_pack_invalidates_the_cache(monkeypatch, tmp_path):
    import copylint.style.packs as packs

    fake = tmp_path / "rules"
    (fake / "copylint").mkdir(parents=True)
    (fake / "copylint" / "x.yaml").write_text("a: 1\n")
    monkeypatch.setattr(packs, "builtin_root", lambda: fake)
    before = settings_fingerprint(Settings())
    (fake / "copylint" / "x.yaml").write_text("a: 22\n")
    assert settings_fingerprint(Settings()) != before


def test_fully_cached_rerun_starts_no_worker_and_builds_no_linter(tmp_path, monkeypatch):
    import concurrent.futures

    from click.testing import CliRunner

    import copylint.engine as engine
    from copylint.cli import main

    tree = make_tree(tmp_path)
    cache = str(tmp_path / "cache")

    def check(*args: str) -> str:
        out = tmp_path / "report.json"
        CliRunner().invoke(main, ["check", str(tree), "--format", "json", "-o", str(out), *args])
        return out.read_text()

    first = check("--jobs", "1", "--cache-dir", cache)  # fills the cache, in this process

    class NoPool(Exception):
        def __init__(self, *args, **kwargs) -> None:
            started.append(kwargs)
            super().__init__("a worker pool was started")

    def no_linter(*args, **kwargs):
        built.append(args)
        raise AssertionError("a linter was built")

    started: list[dict] = []
    built: list[tuple] = []
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", NoPool)
    monkeypatch.setattr(engine, "Linter", no_linter)
    assert check("--jobs", "2", "--cache-dir", cache) == first
    assert started == [] and built == []
    # the patches are where a run starts its pool and builds its linter: an uncached run hits both
    check("--jobs", "1", "--no-cache")
    assert built
    check("--jobs", "2", "--no-cache")
    assert started


def test_partly_cached_parallel_run_equals_serial(tmp_path):
    tree = make_tree(tmp_path)
    settings = Settings()
    cache = ResultCache(tmp_path / "cache", settings_fingerprint(settings))
    serial, _ = run([str(tree)], settings, RunOptions(jobs=1))
    run([str(tree / "news")], settings, RunOptions(jobs=1, cache=cache))  # some files cached, others not
    (tree / "bad.txt").write_text("A headline for the test\n\nThe the troops left.\n")
    mixed, _ = run([str(tree)], settings, RunOptions(jobs=2, cache=cache))
    assert as_tuples(mixed) == as_tuples(serial)
    assert mixed.cached == 24 and mixed.files == 25


def _leak_tree(tmp_path):
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / ".netrc").write_text("machine example.com login zqxjkv password wqpzmx\n")
    (secret / "dir").mkdir()
    (secret / "dir" / "x.txt").write_text("Headline\n\nGlorbulent words.\n")
    tree = tmp_path / "articles"
    tree.mkdir()
    (tree / "story.txt").write_text("Headline here\n\nIt was the end.\n")
    (tree / "notes.txt").symlink_to(secret / ".netrc")
    (tree / "elsewhere").symlink_to(secret / "dir")
    (tree / "same.txt").symlink_to(tree / "story.txt")  # inside the tree: fine
    return tree


def test_a_folder_walk_does_not_follow_symlinks_out_of_the_named_folders(tmp_path, run_cli):
    """Issue 15: `notes.txt -> ~/.netrc` printed the file's words as "unknown word" annotations."""
    tree = _leak_tree(tmp_path)
    for extra in ([], ["--fix"], ["--format", "github"]):
        result = run_cli("check", *extra, "articles", cwd=tmp_path)
        out, err = result.stdout.decode(), result.stderr.decode()
        assert "zqxjkv" not in out + err and "wqpzmx" not in out + err and "Glorbulent" not in out + err
        assert "articles/notes.txt: symbolic link to a file outside the folders named on the command line" in err
        assert "articles/elsewhere: symbolic link" in err
        assert result.returncode == 0, err
    assert (tree / "notes.txt").is_symlink()


def test_symlinks_between_named_folders_are_followed(tmp_path, run_cli):
    _leak_tree(tmp_path)
    result = run_cli("check", "--format", "json", "articles", "secret/dir", cwd=tmp_path)
    err = result.stderr.decode()
    assert "notes.txt" in err and "elsewhere" not in err  # secret/dir is named: no warning for it
