"""One file, one configuration, whatever runs it: every entry point (the CLI with the files in
either order or as a folder, archive mode, the library API, the language server, the real
pre-commit hook) lints each file with the nearest configuration at or above it, and so
reports the same issues for it. (The pre-commit part runs this tree in the one slow test
that installs the hook: tests/test_precommit.py.)

Before per-file configuration the CLI took the configuration of the first path for every
file: ``check a.txt sub/b.txt`` and ``check sub/b.txt a.txt`` disagreed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import pytest_lsp
from pytest_lsp import ClientServerConfig, LanguageClient
from test_lsp import SERVER, make_client, open_doc, published, start

from copylint.api import lint_paths, lint_text

ARTICLE = (
    "Storm hits the coast\n"
    "\n"
    "Residents said the the storm came at dawn and the seige of the town went on.\n"
    "\n"
    "The color of the sky changed on Monday.\n"
)

#: folder -> configuration file text (None: no configuration of its own)
CONFIGS = {
    ".copylint.toml": 'ignore = ["spelling.misspelling"]\n',  # top: no misspellings
    "sub/.copylint.toml": 'select = ["spelling", "style.repeated-word"]\ndialect = "en-GB"\n',
    "other/pyproject.toml": '[project]\nname = "x"\n\n[tool.copylint]\nselect = ["style.repeated-word"]\n',
}
FILES = ["a.txt", "sub/b.txt", "sub/deep/c.md", "other/d.txt"]

Key = tuple[str, int, int, str]  # (file, line, column, rule)


def make_tree(root: Path) -> Path:
    for name, text in CONFIGS.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    for name in FILES:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(ARTICLE, encoding="utf-8")
    return root


def by_file(keys: set[Key]) -> dict[str, set[Key]]:
    return {name: {k for k in keys if k[0] == name} for name in FILES}


def run_cli(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COPYLINT_CACHE_DIR": str(root.parent / "cache")}
    return subprocess.run([sys.executable, "-m", "copylint", *args], cwd=root, env=env, capture_output=True,
                          text=True, timeout=300)


def cli_issues(root: Path, *paths: str) -> set[Key]:
    done = run_cli(root, "check", "--format", "json", *paths)
    assert done.returncode in (0, 1), done.stderr
    return {(os.path.relpath(root / i["path"], root), i["line"], i["column"], i["rule"])
            for i in json.loads(done.stdout)["issues"]}


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_tree(tmp_path_factory.mktemp("configs") / "newsroom")


@pytest.fixture(scope="module")
def expected(tree: Path) -> set[Key]:
    """The library API's answer, file by file (the reference the other entry points must match)."""
    result = lint_paths([str(tree / name) for name in FILES])
    assert not result.errors
    return {(os.path.relpath(i.path, tree), i.line, i.column, i.rule) for i in result.issues}


def test_the_configurations_really_differ(expected: set[Key]):
    files = by_file(expected)
    rules = {name: {k[3] for k in keys} for name, keys in files.items()}
    assert rules["a.txt"] >= {"style.repeated-word"} and "spelling.misspelling" not in rules["a.txt"]
    assert {"style.repeated-word", "spelling.misspelling"} <= rules["sub/b.txt"]
    assert rules["sub/deep/c.md"] == rules["sub/b.txt"]  # no config of its own: sub's applies
    assert rules["other/d.txt"] == {"style.repeated-word"}  # pyproject.toml's [tool.copylint]


def test_api_lint_text_uses_the_nearest_configuration(tree: Path, expected: set[Key]):
    for name in FILES:
        issues = lint_text(ARTICLE, path=str(tree / name))
        assert {(name, i.line, i.column, i.rule) for i in issues} == by_file(expected)[name]


def test_cli_in_both_orders_and_as_a_folder(tree: Path, expected: set[Key]):
    assert cli_issues(tree, *FILES) == expected
    assert cli_issues(tree, *reversed(FILES)) == expected
    assert cli_issues(tree, "sub/b.txt", "a.txt", "other/d.txt", "sub/deep/c.md") == expected
    assert cli_issues(tree, ".") == expected


def test_archive_mode_uses_the_configuration_nearest_each_archive(tree: Path, expected: set[Key]):
    headline, body = ARTICLE.split("\n\n", 1)
    record = json.dumps({"id": "r1", "headline": headline, "body": body}) + "\n"
    for folder in ("", "sub", "other"):
        (tree / folder / "batch.jsonl").write_text(record, encoding="utf-8")
    try:
        done = run_cli(tree, "check", "--input-format", "jsonl", "other/batch.jsonl", "batch.jsonl",
                       "sub/batch.jsonl", "-j", "1")
        assert done.returncode == 1, done.stderr
        lines = [json.loads(line) for line in done.stdout.splitlines()]
        got = [{(i["line"], i["column"], i["rule"]) for i in line["issues"]} for line in lines]
        want = {name: {(k[1], k[2], k[3]) for k in keys} for name, keys in by_file(expected).items()}
        assert got == [want["other/d.txt"], want["a.txt"], want["sub/b.txt"]]
    finally:
        for folder in ("", "sub", "other"):
            (tree / folder / "batch.jsonl").unlink()


def test_show_settings_names_the_file_and_line_of_each_value(tree: Path):
    done = run_cli(tree, "check", "--show-settings", "sub/deep/c.md", "--ignore", "spelling.dialect-mix")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    config = str(tree / "sub" / ".copylint.toml")
    assert f"# configuration file: {config}" in out
    assert f'select = ["spelling", "style.repeated-word"]  # {config}:1' in out
    assert f'dialect = "en-GB"  # {config}:2' in out
    assert 'fail-on = "warning"  # default' in out
    assert '# then command line: ignore = ["spelling.dialect-mix"]' in out
    assert "# rules checked (2 of " in out and ": spelling.misspelling, style.repeated-word\n" in out


@pytest_lsp.fixture(config=ClientServerConfig(server_command=SERVER, client_factory=make_client))
async def client(lsp_client: LanguageClient, tree: Path):
    await start(lsp_client, tree)
    yield
    await lsp_client.shutdown_session()


@pytest.mark.asyncio
async def test_language_server_gives_the_same_issues(client: LanguageClient, tree: Path, expected: set[Key]):
    got: set[Key] = set()
    for name in FILES:
        uri = open_doc(client, tree / name, ARTICLE, language="markdown" if name.endswith(".md") else "plaintext")
        for d in await published(client, uri, 1, timeout=120):
            got.add((name, d.range.start.line + 1, d.range.start.character + 1, str(d.code)))
    assert got == expected


def test_language_server_reports_an_unknown_rule_in_a_configuration(tmp_path: Path):
    from copylint.lsp.configs import ConfigCache

    (tmp_path / ".copylint.toml").write_text('ignore = ["spelling.reject"]\n')
    resolved = ConfigCache(default_root=str(tmp_path)).resolve(str(tmp_path))
    assert resolved.linter is None and resolved.error is not None
    assert "unknown rule or prefix 'spelling.reject'" in str(resolved.error)


def test_the_issue_example_order_of_paths_does_not_matter(tmp_path: Path):
    """The report's own example, with the older keys: a.txt with no configuration, sub/b.txt
    under a configuration that checks one rule. Before, the first path's configuration was
    used for every file: one order gave 16 issues and the other 4."""
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / ".copylint.toml").write_text('disable = ["ALL"]\nenable = ["style.repeated-word"]\n')
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "sub" / "b.txt").write_text(ARTICLE)
    one = cli_issues(tmp_path, "a.txt", "sub/b.txt")
    other = cli_issues(tmp_path, "sub/b.txt", "a.txt")
    assert one == other
    assert {k[3] for k in one if k[0] == "sub/b.txt"} == {"style.repeated-word"}
    assert "spelling.misspelling" in {k[3] for k in one if k[0] == "a.txt"}
