"""benchmarks/cold_phases.py parses its arguments: usage, not a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "cold_phases.py"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=120, check=False)


def test_help_prints_usage() -> None:
    done = _run("--help")
    assert done.returncode == 0
    assert "usage: cold_phases.py" in done.stdout and "file" in done.stdout
    assert "Traceback" not in done.stderr


def test_missing_file_is_an_error_message(tmp_path: Path) -> None:
    done = _run(str(tmp_path / "nothing.txt"))
    assert done.returncode == 2
    assert "nothing.txt: no such file" in done.stderr
    assert "Traceback" not in done.stderr


def test_no_argument_is_an_error_message() -> None:
    done = _run()
    assert done.returncode == 2
    assert "required: file" in done.stderr
