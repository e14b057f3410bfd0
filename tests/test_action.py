"""The GitHub Action (``action.yml``, composite): its ``run`` steps are executed here the way
the runner executes them (bash, inputs through ``${{ inputs.* }}`` and
``${{ github.action_path }}``), on a small content repository. The ``uses:`` step
(actions/setup-python) is GitHub's own and is not run; the Python running the tests
stands in for it."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import plain_python_build_env

ROOT = Path(__file__).resolve().parent.parent
ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
_EXPR = re.compile(r"\$\{\{\s*([\w.-]+)\s*\}\}")


def expand(value: str, inputs: dict[str, str]) -> str:
    """GitHub's expression substitution, for the two contexts the action uses."""
    def sub(m: re.Match[str]) -> str:
        name = m.group(1)
        if name.startswith("inputs."):
            return inputs[name.removeprefix("inputs.")]
        if name == "github.action_path":
            return str(ROOT)
        raise AssertionError(f"action.yml uses an expression this test does not know: {name}")
    return _EXPR.sub(sub, value)


def run_step(step: dict, inputs: dict[str, str], cwd: Path, path_dirs: list[str],
             environ: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    assert step["shell"] == "bash"
    assert "${{" not in step["run"], "inputs must reach scripts through env, never the script text"
    environ = dict(os.environ) if environ is None else environ
    env = {**environ, "PATH": os.pathsep.join([*path_dirs, environ["PATH"]])}
    env.update({k: expand(str(v), inputs) for k, v in step.get("env", {}).items()})
    return subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=900)


def inputs_with(**given: str) -> dict[str, str]:
    values = {name: str(spec.get("default", "")) for name, spec in ACTION["inputs"].items()}
    values.update(given)
    return values


def content(tmp_path: Path) -> Path:
    repo = tmp_path / "content"
    (repo / "articles").mkdir(parents=True)
    (repo / "articles" / "storm.md").write_text("# Storm hits coast\n\nResidents said the the storm came.\n")
    (repo / "articles" / "calm.txt").write_text("Calm day in the city\n\nNothing happened on Monday.\n")
    (repo / "requirements.txt").write_text("pyyaml\n")
    return repo


def test_action_is_composite_and_its_steps_are_what_this_test_runs():
    assert ACTION["runs"]["using"] == "composite"
    names = [s["name"] for s in ACTION["runs"]["steps"]]
    assert names == ["Set up Python", "Install copylint", "Check articles"]
    assert ACTION["runs"]["steps"][0]["uses"].startswith("actions/setup-python@")


def test_check_step_annotates_and_fails_on_issues(tmp_path: Path):
    repo = content(tmp_path)
    step = ACTION["runs"]["steps"][2]
    bin_dir = str(Path(shutil.which("copylint") or sys.executable).parent)
    done = run_step(step, inputs_with(paths="articles requirements.txt", args="--fail-on error"), repo, [bin_dir])
    assert done.returncode == 1, done.stdout + done.stderr
    assert re.search(r"^::error file=articles/storm\.md,line=3,col=16,.*title=style\.repeated-word::Repeated word",
                     done.stdout, re.M), done.stdout
    clean = run_step(step, inputs_with(paths="articles/calm.txt"), repo, [bin_dir])
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert clean.stdout == ""


@pytest.mark.slow
def test_install_and_check_steps_in_a_fresh_environment(tmp_path: Path):
    """The install step really installs this checkout into a fresh virtualenv (building it
    from source), then the check step runs the installed command. The test's own packages
    are visible to that virtualenv (a .pth file), so pip finds the dependencies installed
    and only builds and installs copylint: the step is exercised without downloading them
    all again. The build leaves the hot modules as plain Python (``COPYLINT_PURE_PYTHON=1``):
    compiling them with mypyc takes minutes of CPU and is what CI's own ``pip install .``
    (with ``COPYLINT_REQUIRE_COMPILED=1``) and tests/test_native_build.py test; what this
    test is about, the action's install and check steps, is the same either way."""
    import site

    repo = content(tmp_path)
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    [purelib] = list((venv / "lib").glob("python3*/site-packages"))
    (purelib / "_test_deps.pth").write_text("\n".join(p for p in site.getsitepackages() if "site-packages" in p) + "\n")
    bin_dir = str(venv / "bin")
    install, check = ACTION["runs"]["steps"][1:]
    done = run_step(install, inputs_with(), repo, [bin_dir], plain_python_build_env())
    if done.returncode != 0 and ("index" in done.stderr.lower() or "connection" in done.stderr.lower()):
        pytest.skip(f"the package index cannot be reached: {done.stderr[-300:]}")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "copylint" in done.stdout  # copylint --version
    result = run_step(check, inputs_with(paths="articles"), repo, [bin_dir])
    assert result.returncode == 1, result.stdout + result.stderr
    assert "::error file=articles/storm.md,line=3,col=16" in result.stdout
