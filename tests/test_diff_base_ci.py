"""The README's copy-paste setups are real: the GitHub Actions workflow's copylint commands
run against a pull-request-like git repository, and the pre-commit config names the hook
this repository ships."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
GIT_ENV = {
    "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.com",
    "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.com",
    "GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1",
}


def _yaml_blocks() -> list:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return [yaml.safe_load(block) for block in re.findall(r"```yaml\n(.*?)```", text, re.S)]


def _workflow() -> dict:
    [workflow] = [b for b in _yaml_blocks() if isinstance(b, dict) and "jobs" in b]
    return workflow


def _git(cwd: Path, *args: str) -> None:
    done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, env={**os.environ, **GIT_ENV})
    assert done.returncode == 0, done.stderr.decode()


def test_readme_pre_commit_config_names_the_shipped_hook():
    [config] = [b for b in _yaml_blocks() if isinstance(b, dict) and "repos" in b]
    manifest_ids = {h["id"] for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())}
    [repo] = config["repos"]
    assert repo["rev"] and {h["id"] for h in repo["hooks"]} <= manifest_ids


def test_readme_workflow_shape():
    job = _workflow()["jobs"]["copylint"]
    steps = job["steps"]
    checkout = next(s for s in steps if s.get("uses", "").startswith("actions/checkout@"))
    assert checkout["with"]["fetch-depth"] == 0  # the base branch must be there for --diff-base
    assert job["permissions"]["security-events"] == "write"
    upload = next(s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-sarif@"))
    sarif_step = next(s for s in steps if "--format sarif" in s.get("run", ""))
    assert upload["with"]["sarif_file"] in sarif_step["run"]


@pytest.mark.skipif(shutil.which("git") is None or shutil.which("bash") is None, reason="needs git and bash")
def test_readme_workflow_commands_on_a_pull_request(tmp_path: Path):
    steps = {s["name"]: s for s in _workflow()["jobs"]["copylint"]["steps"] if "name" in s}
    gate, sarif = steps["New issues on the changed lines"], steps["SARIF for code scanning"]

    upstream = tmp_path / "upstream"
    (upstream / "content").mkdir(parents=True)
    _git(upstream, "init", "-q", "-b", "main")
    (upstream / ".copylint.toml").write_text('disable = ["ALL"]\nenable = ["style.repeated-word"]\n')
    (upstream / "content" / "story.md").write_text("# Storm hits coast\n\nAn old slip in the the archive.\n")
    _git(upstream, "add", "-A")
    _git(upstream, "commit", "-q", "-m", "archive")
    _git(tmp_path, "clone", "-q", str(upstream), "work")
    work = tmp_path / "work"
    _git(work, "checkout", "-q", "-b", "edit")
    story = work / "content" / "story.md"
    story.write_text(story.read_text() + "\nA new paragraph with a a slip.\n")
    _git(work, "commit", "-q", "-am", "edit")

    # the runner's PATH has the installed `copylint`; here it is this Python's
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    shim = bin_dir / "copylint"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m copylint "$@"\n')
    shim.chmod(0o755)
    env = {**os.environ, **gate.get("env", {}), "BASE": "main", "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
           "COPYLINT_CACHE_DIR": str(tmp_path / "cache")}

    ran = subprocess.run(["bash", "-c", gate["run"]], cwd=work, env=env, capture_output=True, text=True, timeout=120)
    assert ran.returncode == 1, ran.stderr
    assert ran.stdout.splitlines() == [
        "::error file=content/story.md,line=5,col=22,endLine=5,endColumn=25,"
        "title=style.repeated-word::Repeated word \u201ca\u201d (suggestion: a)"
    ]

    ran = subprocess.run(["bash", "-c", sarif["run"]], cwd=work, env=env, capture_output=True, text=True, timeout=120)
    assert ran.returncode == 0, ran.stderr
    report = json.loads((work / "copylint.sarif").read_text())
    assert len(report["runs"][0]["results"]) == 2  # the whole archive, old issue included
