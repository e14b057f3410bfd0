"""The pre-commit hook, end to end: the real ``pre-commit try-repo`` installs copylint from
this checkout into its own virtualenv (from the package index) and runs it on a content
repository. Slow (a virtualenv and a pip install per run), so one test covers both cases;
it is skipped, with the reason shown, when pre-commit, git or the package index is missing.

``try-repo`` uses the checkout's HEAD plus changes to tracked files only; to test the
working tree as it is (new files included), the test snapshots it into a temporary git
repository first: the files ``git ls-files --cached --others --exclude-standard`` lists,
without tests/ and benchmarks/.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest
import yaml

from conftest import plain_python_build_env

ROOT = Path(__file__).resolve().parent.parent
GIT_ENV = {
    "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.com",
    "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.com",
    "GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1",
}


def _index_url() -> str:
    url = os.environ.get("PIP_INDEX_URL")
    if not url:
        got = subprocess.run([sys.executable, "-m", "pip", "config", "get", "global.index-url"],
                             capture_output=True, text=True)
        url = got.stdout.strip() if got.returncode == 0 and got.stdout.strip() else "https://pypi.org/simple"
    return url.rstrip("/")


def _why_not() -> str | None:
    try:
        import pre_commit  # noqa: F401
    except ImportError:
        return "pre-commit is not installed (pip install '.[test]')"
    if shutil.which("git") is None:
        return "git is not installed"
    index = _index_url()
    try:
        urllib.request.urlopen(f"{index}/pip/", timeout=15).close()
    except Exception as exc:  # any failure to reach it means the hook cannot be installed
        return f"the package index {index} cannot be reached ({exc}); pre-commit needs it to install the hook"
    return None


def _git(cwd: Path, *args: str) -> None:
    done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, env={**os.environ, **GIT_ENV})
    assert done.returncode == 0, done.stderr.decode()


def _snapshot(dest: Path) -> None:
    """This checkout's working tree (package files) as a one-commit git repository."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            cwd=ROOT, capture_output=True)
    if listed.returncode == 0:
        names = [n.decode() for n in listed.stdout.split(b"\0") if n]
    else:  # not a git checkout (an unpacked source archive): everything
        names = [str(p.relative_to(ROOT)) for p in ROOT.rglob("*") if p.is_file() and ".git" not in p.parts]
    for name in names:
        src = ROOT / name
        if name.startswith(("tests/", "benchmarks/")) or "__pycache__" in name or not src.is_file():
            continue
        target = dest / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, target)
    _git(dest, "init", "-q")
    _git(dest, "add", "-A")
    _git(dest, "commit", "-q", "-m", "snapshot")


def test_hook_manifest_names_the_article_files():
    import re

    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert hook["id"] == "copylint" and hook["language"] == "python" and hook["entry"] == "copylint check --force-exclude"
    files = re.compile(hook["files"])
    assert all(files.search(n) for n in ("a.txt", "b.TEXT", "c.md", "d.markdown", "e.html", "f.HTM", "x/y.Md"))
    assert not any(files.search(n) for n in ("a.py", "b.json", "c.mdx", "d.txt.bak", "htmlfile"))


@pytest.mark.slow
def test_pre_commit_try_repo_passes_clean_and_fails_bad_articles(tmp_path: Path):
    reason = _why_not()
    if reason:
        pytest.skip(reason)
    snapshot = tmp_path / "copylint-checkout"
    _snapshot(snapshot)
    content = tmp_path / "content"
    content.mkdir()
    _git(content, "init", "-q")
    # only the rule this test is about, so that new rules cannot make the clean article fail
    (content / ".copylint.toml").write_text('disable = ["ALL"]\nenable = ["style.repeated-word"]\n')
    (content / "clean.md").write_text("# Calm day in the city\n\nNothing at all happened on Monday.\n")
    (content / "bad.txt").write_text("Storm hits the coast\n\nResidents said the the storm came at dawn.\n")
    (content / "notes.py").write_text("x = 'the the'\n")  # not an article: the hook must not pass it on
    _git(content, "add", "-A")

    # the hook's install leaves the hot modules as plain Python (conftest.plain_python_build_env)
    env = {**plain_python_build_env(), **GIT_ENV, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
           "PRE_COMMIT_COLOR": "never", "COPYLINT_CACHE_DIR": str(tmp_path / "cache")}

    def pre_commit(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "pre_commit", *args], cwd=content, env=env,
                              capture_output=True, text=True, timeout=300)

    # README's way to try the hook: try-repo (which installs it in a store of its own, each time)
    clean = pre_commit("try-repo", str(snapshot), "copylint", "--color", "never", "--files", "clean.md", "notes.py")
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "copylint" in clean.stdout and "Passed" in clean.stdout

    # then as a content repository uses it (README's .pre-commit-config.yaml: this repository at a
    # commit): installed once in PRE_COMMIT_HOME for the runs below, as pre-commit keeps it for users
    rev = subprocess.run(["git", "rev-parse", "HEAD"], cwd=snapshot, capture_output=True, text=True, check=True)
    config = tmp_path / "pre-commit-config.yaml"
    config.write_text(yaml.safe_dump({"repos": [{"repo": str(snapshot), "rev": rev.stdout.strip(),
                                                 "hooks": [{"id": "copylint"}]}]}))

    def run_hook(*files: str) -> subprocess.CompletedProcess[str]:
        return pre_commit("run", "--config", str(config), "--color", "never", "--files", *files)

    bad = run_hook("clean.md", "bad.txt", "notes.py")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "Failed" in bad.stdout
    issue_lines = [line for line in bad.stdout.splitlines() if ": error: " in line]
    assert issue_lines == [
        "bad.txt:3:16: error: Repeated word \u201cthe\u201d (suggestion: \u201cthe\u201d) [style.repeated-word]"
    ]

    # nested configurations (tests/test_config_per_file.py): the hook, which names the files in
    # its own order, checks each with its nearest configuration, as the API, the CLI in any
    # order and the language server do; requirements.txt is not an article and is left out
    from test_config_per_file import FILES, make_tree

    from copylint.api import lint_paths

    nested = make_tree(content / "nested")
    (content / "requirements.txt").write_text("pyyaml\nclick\n")
    _git(content, "add", "-A")
    result = lint_paths([str(nested / name) for name in FILES])
    expected = {(os.path.relpath(i.path, content), i.line, i.column, i.rule) for i in result.issues}
    assert expected and not result.errors
    hook = run_hook("requirements.txt", *(f"nested/{name}" for name in reversed(FILES)))
    assert hook.returncode == 1, hook.stdout + hook.stderr
    pattern = re.compile(r"^(\S+):(\d+):(\d+): \w+: .* \[([\w.-]+)\]$")
    got = {(m[1], int(m[2]), int(m[3]), m[4]) for line in hook.stdout.splitlines() if (m := pattern.match(line))}
    assert got == expected
    assert "requirements.txt" not in hook.stdout
