"""``copylint check``'s command line read without click (copylint.commands.check_args): the
same parameters as click gives the command, or None and click reads it."""

import io
import os
import random
import subprocess
import sys

import click
import pytest

from copylint.commands import check_args, console
from copylint.commands.check import check
from copylint.commands.check_args import FLAG, PARAMS, SWITCHES, parse


def _click_params(args: list[str]) -> dict | None:
    """What click passes the command for ``args``, or None when it refuses them (or prints help)."""
    try:
        with check.make_context("check", list(args)) as ctx:
            return dict(ctx.params)
    except (click.ClickException, click.exceptions.Exit):
        return None


def test_the_table_declares_the_click_commands_options() -> None:
    declared = {p.name: p for p in check.params if p.name != "help"}
    assert set(declared) == {*PARAMS, "paths", "color"}
    for name, (options, kind, multiple, _) in PARAMS.items():  # (defaults: the [] line below)
        param = declared[name]
        assert tuple(param.opts) == options and not param.secondary_opts, name
        assert param.multiple is multiple, name
        assert param.is_flag is (kind == FLAG), name
        if isinstance(param.type, click.Choice):
            # (--dialect takes any case; the table takes the exact names, which click gives back as they are)
            assert tuple(param.type.choices) == kind and (param.type.case_sensitive or name == "dialect"), name
        elif isinstance(param.type, click.Path):
            assert (param.type.file_okay, param.type.dir_okay, param.type.writable) == kind, name
            assert param.type.readable and not param.type.exists and not param.type.resolve_path, name
            assert not param.type.allow_dash and not param.type.executable, name
        elif isinstance(param.type, click.IntRange):
            assert kind == check_args.COUNT and param.type.min == 0 and param.type.max is None, name
    color = declared["color"]
    assert (*color.opts, *color.secondary_opts) == tuple(SWITCHES) and color.default is None
    paths = declared["paths"]
    assert paths.nargs == -1 and isinstance(paths.type, click.Path)
    assert (paths.type.file_okay, paths.type.dir_okay, paths.type.writable) == check_args.PATHS


PLAIN = [
    [],
    ["story.txt"],
    ["--no-cache", "-q", "story.txt"],
    ["story.txt", "-q", "--format", "json", "other.md"],
    ["--format=sarif", "--fail-on", "info", "-j", "3", "folder"],
    ["--select", "spelling", "--select=grammar,style", "--ignore", "style.x", "--enable", "a", "--disable", "b"],
    ["--extend-select", "grammar", "--dialect", "en-GB", "--color", "--no-color", "."],
    ["--color", "-"],
    ["--stdin-filename", "a.md", "-", "--diff-base", "-weird-", "--cache-dir", "cachedir"],
    ["--baseline", "base.json", "--fix", "--diff", "--show-fixes", "--statistics", "--force-exclude"],
    ["--add-words", "words.txt", "--show-settings", "--config", "conf.toml", "-o", "report.txt"],
    ["--input-format", "jsonl", "--jobs", "0", "--", "--not-an-option", "-q"],
    ["--select=", "", "--diff-base="],
    ["--format", "text", "--format", "github", "story.txt"],
]

REFUSED = [
    ["--help"], ["-h"], ["--bogus"], ["--form", "json"], ["-qj", "2"], ["-j2"], ["-o=x"], ["-x"],
    ["--format", "JSON"], ["--dialect", "en-gb"], ["--jobs", "-1"], ["--jobs", " 2"], ["--jobs", "٣"],
    ["--jobs", "+2"], ["--fail-on"], ["-q=1"], ["--no-cache=yes"], ["--color=1"], ["--format"],
    ["--config", "folder"], ["--cache-dir", "story.txt"], ["-o", "folder"], ["nul\0path"],
]


@pytest.fixture
def tree(tmp_path, monkeypatch):
    (tmp_path / "story.txt").write_text("A story.\n", encoding="utf-8")
    (tmp_path / "folder").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("args", PLAIN)
def test_a_plain_command_line_gives_clicks_parameters(tree, args) -> None:
    ours = parse(args)
    assert ours is not None
    assert ours == _click_params(args)


@pytest.mark.parametrize("args", REFUSED)
def test_anything_else_is_left_to_click(tree, args) -> None:
    assert parse(args) is None


def test_paths_click_would_refuse_are_left_to_click(tree) -> None:
    locked = tree / "locked.txt"
    locked.write_text("x", encoding="utf-8")
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running as a user who reads any file")
        for args in (["locked.txt"], ["--config", "locked.txt"], ["-o", "locked.txt"]):
            assert _click_params(args) is None
            assert parse(args) is None
        (tree / "readonly.txt").write_text("x", encoding="utf-8")
        (tree / "readonly.txt").chmod(0o444)
        assert parse(["-o", "readonly.txt"]) is None and _click_params(["-o", "readonly.txt"]) is None
        assert parse(["--config", "readonly.txt"]) == _click_params(["--config", "readonly.txt"])
    finally:
        locked.chmod(0o644)


def test_shell_completion_is_left_to_click(tree, monkeypatch) -> None:
    monkeypatch.setenv("_COPYLINT_COMPLETE", "bash_complete")
    assert parse(["story.txt"]) is None


def test_random_command_lines_agree_with_click(tree) -> None:
    words = ["story.txt", "folder", "-", "--", "-q", "--quiet", "-o", "-j", "2", "-2", "x", "--format", "json",
             "--format=html", "--fail-on", "never", "--select", "spelling", "--ignore=style", "--dialect", "auto",
             "--color", "--no-color", "--no-cache", "--fix", "--jobs", "--input-format", "files", "--config",
             "--cache-dir", "--baseline", "--add-words", "--diff-base", "HEAD", "--show-settings", "--bogus",
             "-h", "=", "", "--enable", "--disable", "--extend-select"]
    rng = random.Random(17)
    agreed = 0
    for _ in range(3000):
        args = [rng.choice(words) for _ in range(rng.randint(0, 6))]
        ours = parse(args)
        if ours is not None:
            assert ours == _click_params(args), args
            agreed += 1
    assert agreed > 300  # (most lines of these words are plain)


def _textio(tty: bool = False, encoding: str = "utf-8") -> io.TextIOWrapper:
    class Buffer(io.BytesIO):
        def isatty(self) -> bool:
            return tty

    return io.TextIOWrapper(Buffer(), encoding=encoding, errors="strict")


@pytest.mark.parametrize("message", ["plain line", "", "curly “quotes” and ü", "with \x1b[1mbold\x1b[0m", "a\nb"])
@pytest.mark.parametrize("err", [False, True])
@pytest.mark.parametrize("nl", [False, True])
@pytest.mark.parametrize("encoding", ["utf-8", "ascii", "latin-1"])
def test_echo_writes_what_click_echo_writes(monkeypatch, message, err, nl, encoding) -> None:
    name = "stderr" if err else "stdout"
    written = []
    for write in (console.echo, click.echo):
        stream = _textio(encoding=encoding)
        monkeypatch.setattr(sys, name, stream)
        try:
            write(message, err=err, nl=nl)
        except UnicodeEncodeError:
            written.append("refused")
            continue
        stream.flush()
        written.append(stream.buffer.getvalue())
    assert written[0] == written[1]


_PROGRAM = (
    "import sys\n"
    "from copylint.commands import check_args\n"
    "if sys.argv.pop(1) == 'click':\n"
    "    check_args.parse = lambda args: None\n"
    "sys.argv = ['copylint', *sys.argv[1:]]\n"
    "from copylint.cli import run\n"
    "run()\n"
    "print('not reached')\n"
)


@pytest.mark.parametrize("args", [
    ["check", "--no-cache", "story.txt"],
    ["check", "--no-cache", "-q", "--format", "json", "story.txt", "missing.txt"],
    ["check", "--no-cache", "--statistics", "story.txt"],
    ["check", "--no-cache", "--show-fixes", "story.txt"],
    ["check", "--show-settings", "story.txt"],
    ["check", "--no-cache", "empty"],
    ["check", "--no-cache", "--select", "not a rule", "story.txt"],
])
def test_the_program_ends_as_it_does_through_click(tree, args) -> None:
    (tree / "story.txt").write_text("A headline\n\nThe troops left after the seige.\n", encoding="utf-8")
    (tree / "empty").mkdir()
    env = {k: v for k, v in os.environ.items() if not k.endswith("_COMPLETE")}
    plain, through_click = (
        subprocess.run([sys.executable, "-c", _PROGRAM, way, *args], capture_output=True, text=True, cwd=tree,
                       env=env, check=False)
        for way in ("plain", "click"))
    assert (plain.returncode, plain.stdout, plain.stderr) == (through_click.returncode, through_click.stdout,
                                                              through_click.stderr)
    assert "Traceback" not in plain.stderr and "not reached" not in plain.stdout


def test_a_plain_check_imports_no_click(tree) -> None:
    code = ("import atexit, sys\n"
            "atexit.register(lambda: print('click imported:', 'click' in sys.modules, file=sys.stderr))\n"
            "sys.argv = ['copylint', 'check', '--no-cache', '-q', 'story.txt']\n"
            "from copylint.cli import run\n"
            "run()\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tree, check=False)
    assert done.returncode in (0, 1) and done.stderr == "click imported: False\n"
