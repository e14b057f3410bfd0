"""The program's quick exit after ``check`` (copylint.cli.run): same output, exit code and
atexit handlers as the ordinary exit; other commands exit as ever."""

import subprocess
import sys

import pytest

from copylint.cli import run

ARTICLE = "A headline for the test\n\nThe troops left on Tuesday after the seige.\n"


def _program(folder, *args: str, extra: str = "") -> subprocess.CompletedProcess[str]:
    probe = (
        "import atexit, sys\n"
        "atexit.register(lambda: print('atexit handler ran', file=sys.stderr))\n"
        "class Torn:\n    def __del__(self):\n        sys.stderr.write('torn down\\n')\n"
        "kept = Torn()  # freed by the interpreter's teardown, which the quick exit skips\n"
        f"{extra}"
        "sys.argv = ['copylint', *sys.argv[1:]]\n"
        "from copylint.cli import run\n"
        "run()\n"
    )
    return subprocess.run([sys.executable, "-c", probe, *args], capture_output=True, text=True, cwd=folder,
                          check=False)


def test_a_check_exits_quickly_with_its_report_code_and_atexit_handlers(tmp_path):
    (tmp_path / "story.txt").write_text(ARTICLE, encoding="utf-8")
    # a first run builds the word lexicon if this test runs first in a fresh cache, and says so on
    # stderr: the runs compared below must find it built
    _program(tmp_path, "check", "--no-cache", "story.txt")
    quick = _program(tmp_path, "check", "--no-cache", "--format", "json", "story.txt")
    # the same check, exiting the ordinary way: a thread still running rules the quick exit out.
    # It lives until the interpreter's shutdown stops the main thread, however slow the check.
    waits = ("import threading, time\n"
             "def wait():\n    while threading.main_thread().is_alive():\n        time.sleep(0.01)\n"
             "threading.Thread(target=wait).start()\n")
    ordinary = _program(tmp_path, "check", "--no-cache", "--format", "json", "story.txt", extra=waits)
    assert quick.returncode == ordinary.returncode == 1  # an error was found
    assert quick.stdout == ordinary.stdout and "seige" in quick.stdout
    assert quick.stderr == "atexit handler ran\n"  # no teardown
    assert ordinary.stderr == "atexit handler ran\ntorn down\n"


def test_a_failed_check_keeps_its_exit_code(tmp_path):
    done = _program(tmp_path, "check", "--no-cache", "no-such-article.txt")
    assert done.returncode == 2
    assert "no-such-article.txt" in done.stderr and done.stderr.endswith("atexit handler ran\n")


@pytest.mark.parametrize("argv", [["copylint", "--version"], ["copylint", "rules", "--help"]])
def test_other_commands_exit_the_ordinary_way(monkeypatch, capsys, argv):
    monkeypatch.setattr(sys, "argv", argv)
    with pytest.raises(SystemExit) as done:
        run()  # no quick exit: it would have ended the test process
    assert done.value.code == 0
    assert capsys.readouterr().out


def test_a_check_run_earlier_in_the_process_does_not_end_a_later_run(monkeypatch, capsys, tmp_path):
    """``copylint --version`` resolves no command: a check that ran before in the same process
    (a test session, a library caller) must not make it exit quickly (it ended the test run)."""
    import os

    from click.testing import CliRunner

    from copylint.cli import main

    (tmp_path / "story.txt").write_text(ARTICLE, encoding="utf-8")
    assert CliRunner().invoke(main, ["check", "--no-cache", str(tmp_path / "story.txt")]).exit_code == 1

    def no_quick_exit(code):
        raise AssertionError(f"quick exit with {code}")

    monkeypatch.setattr(os, "_exit", no_quick_exit)
    monkeypatch.setattr(sys, "argv", ["copylint", "--version"])
    with pytest.raises(SystemExit) as done:
        run()
    assert done.value.code == 0 and "copylint" in capsys.readouterr().out
