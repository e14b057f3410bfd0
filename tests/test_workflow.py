"""Everyday paths: non-article files left alone, suppression comments in plain text,
``--statistics``, ``--fix --show-fixes``, ``copylint init``, the summary line against the
exit code, binary files named as such, messages that name look-alike characters."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from copylint.config import Settings, load_config_file, settings_from_table
from copylint.decoding import decode
from copylint.engine import Linter, get_linter
from copylint.errors import InputError
from copylint.readers import parse
from copylint.runner import run

ARTICLE = "Storm hits the coast\n\nResidents said the the storm came at dawn and the seige went on.\n"


# -- non-article files ----------------------------------------------------------------------

def test_folder_walk_skips_well_known_non_article_files(tmp_path: Path):
    for name in ("story.txt", "requirements.txt", "requirements-dev.txt", "LICENSE.txt", "CHANGELOG.md",
                 "robots.txt", "notes/CONTRIBUTING.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(ARTICLE if name == "story.txt" else "pyyaml\nclick\n")
    result, _ = run([str(tmp_path)], Settings())
    assert result.files == 1 and {Path(i.path).name for i in result.issues} == {"story.txt"}


def test_skip_files_is_configurable(tmp_path: Path):
    (tmp_path / "TEMPLATE.md").write_text(ARTICLE)
    (tmp_path / "LICENSE.md").write_text(ARTICLE)
    extended = settings_from_table({"extend-skip-files": ["template*"]})
    result, _ = run([str(tmp_path)], extended)
    assert result.files == 0
    replaced = settings_from_table({"skip-files": []})  # lint everything again
    result, _ = run([str(tmp_path)], replaced)
    assert result.files == 2


def test_a_named_file_is_checked_unless_force_exclude(run_cli, tmp_path: Path):
    (tmp_path / "requirements.txt").write_text("pyyaml\nclick\nrequests\n")
    (tmp_path / "story.txt").write_text(ARTICLE)
    named = run_cli("check", "--format", "json", "requirements.txt", "story.txt")
    assert {i["path"] for i in json.loads(named.stdout)["issues"]} >= {"story.txt"}
    hook = run_cli("check", "--format", "json", "--force-exclude", "requirements.txt", "story.txt")
    assert hook.returncode == 1
    assert {i["path"] for i in json.loads(hook.stdout)["issues"]} == {"story.txt"}
    only = run_cli("check", "--force-exclude", "requirements.txt")
    assert only.returncode == 0, only.stderr


# -- suppression comments in plain text --------------------------------------------------------

def lint(text: str, path: str = "a.txt", settings: Settings | None = None) -> list[tuple[int, str]]:
    return [(i.line, i.rule) for i in get_linter(settings or Settings()).lint(parse(text, path))]


def test_plain_text_suppression_comment_is_never_flagged_and_works():
    text = ("Storm hits the coast\n\n"
            "# copylint-disable-next-line style.repeated-word\n"
            "Residents said the the storm came.\n\n"
            "Later the the wind dropped.\n")
    found = lint(text)
    assert (3, "spelling.misspelling") not in found  # the directive itself is not prose
    assert not any(line == 3 for line, _ in found)
    assert (4, "style.repeated-word") not in found
    assert (6, "style.repeated-word") in found


def test_plain_text_disable_enable_block_and_bare_disable():
    text = ("Storm hits the coast\n\n"
            "# copylint-disable spelling\n"
            "The seige went on.\n"
            "# copylint-enable spelling\n"
            "The seige went on.\n\n"
            "<!-- copylint-disable-next-line -->\n"
            "The the seige went on.\n")
    found = lint(text)
    assert (4, "spelling.misspelling") not in found
    assert (6, "spelling.misspelling") in found
    assert not any(line in (3, 5, 7, 8) for line, _ in found)


def test_a_hash_line_that_is_not_a_directive_is_still_prose():
    found = lint("Storm hits the coast\n\n# The seige went on.\n")
    assert (3, "spelling.misspelling") in found


def test_a_directive_before_the_headline_does_not_become_the_headline():
    doc = parse("# copylint-disable spelling.dialect-mix\nStorm hits the coast\n\nText here.\n", "a.txt")
    assert doc.segments[0].kind == "headline" and doc.segments[0].text == "Storm hits the coast"


# -- --statistics, --show-fixes, the summary line ------------------------------------------------

def test_statistics_counts_issues_per_rule(run_cli, tmp_path: Path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "b.txt").write_text(ARTICLE.replace("seige", "siege"))
    done = run_cli("check", "--statistics", "a.txt", "b.txt")
    assert done.returncode == 1
    lines = done.stdout.decode().splitlines()
    assert lines[0].split()[:3] == ["2", "style.repeated-word", "[*]"]
    assert lines[1].split()[:2] == ["1", "spelling.misspelling"]
    assert lines[-1].startswith("3  total")
    assert "a.txt:" not in done.stdout.decode()  # counts instead of the issues


def test_fix_show_fixes_lists_each_change(run_cli, tmp_path: Path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    done = run_cli("check", "--fix", "--show-fixes", "--select", "style.repeated-word,spelling.misspelling",
                   "a.txt")
    err = done.stderr.decode()
    assert "Fixed 2 issues:" in err and "- a.txt:" in err
    assert "3:16 style.repeated-word: \u201cthe the\u201d -> \u201cthe\u201d" in err
    assert "spelling.misspelling: \u201cseige\u201d -> \u201csiege\u201d" in err
    assert "the siege" in (tmp_path / "a.txt").read_text()
    lone = run_cli("check", "--show-fixes", "a.txt")
    assert lone.returncode == 2 and "add --fix" in lone.stderr.decode()


def test_summary_never_reads_clean_when_the_run_is_incomplete(run_cli, tmp_path: Path):
    (tmp_path / "bin.txt").write_bytes(b"\x7fELF\x02\x01\x01" + bytes(200))
    done = run_cli("check", "bin.txt")
    assert done.returncode == 2
    err = done.stderr.decode()
    assert "No issues found" not in err
    assert "Nothing checked: 1 problem" in err
    assert "ELF executable" in err and "UTF-16" not in err
    (tmp_path / "ok.txt").write_text("Calm day in the city\n\nNothing happened on Monday.\n")
    both = run_cli("check", "bin.txt", "ok.txt")
    assert both.returncode == 2
    assert "left the check incomplete" in both.stderr.decode()


def test_binary_detection_does_not_call_machine_code_text():
    elf = b"\x7fELF\x02\x01\x01\x00" + bytes(8) + b"\x02\x00\x3e\x00\x01\x00\x00\x00" + bytes(100)
    with pytest.raises(InputError, match="ELF executable"):
        decode(elf, "prog")
    body = bytes([0x48, 0x89, 0xe5, 0x00, 0x00, 0x00, 0x41, 0x00]) * 200  # code with NUL runs, no magic
    with pytest.raises(InputError, match="binary"):
        decode(body, "blob")
    with pytest.raises(InputError, match="UTF-16"):  # real UTF-16 text without a BOM is still told apart
        decode("Storm hits the coast\n\nResidents said so.\n".encode("utf-16-le"), "a.txt")


# -- messages name look-alike characters --------------------------------------------------------

def test_apostrophe_messages_and_suggestions_name_the_characters(run_cli, tmp_path: Path):
    (tmp_path / "a.txt").write_text(
        "Storm hits coast\n\nThe mayor\u2019s office said it\u2019s fine but the council's view differs.\n")
    done = run_cli("check", "--select", "style.apostrophe-consistency", "a.txt")
    out = done.stdout.decode()
    assert "(suggestion: curly apostrophe \u2019)" in out
    assert "straight apostrophe ' here, but curly apostrophe \u2019 elsewhere" in out
    assert "\u201c'\u201d" not in out and "\u201c\u2019\u201d" not in out


def test_describe_names_invisible_characters():
    from copylint.charnames import describe

    assert describe("\u00a0") == "non-breaking space (U+00A0)"
    assert describe("New\u00a0York") == "\u201cNew York\u201d with a non-breaking space (U+00A0)"
    assert describe("\u2013") == "en dash \u2013"
    assert describe("word") is None


# -- copylint init ----------------------------------------------------------------------------

@pytest.mark.parametrize("dialect, pack", [("en-US", "ap"), ("en-GB", "uk")])
def test_init_writes_a_working_starter_config_and_never_overwrites(run_cli, tmp_path: Path, dialect: str, pack: str):
    done = run_cli("init", "--dialect", dialect)
    assert done.returncode == 0, done.stderr
    path = tmp_path / ".copylint.toml"
    text = path.read_text()
    assert text.count("\n#") > 10  # commented
    settings = load_config_file(path)
    assert settings.dialect == dialect and pack in settings.style.all_packs and "copylint" in settings.style.all_packs
    Linter(settings)  # every rule and pack it names exists
    path.write_text("# mine\n")
    again = run_cli("init", "--dialect", dialect)
    assert again.returncode == 2 and "not overwritten" in again.stderr.decode()
    assert path.read_text() == "# mine\n"


def test_init_refuses_when_pyproject_holds_the_configuration(run_cli, tmp_path: Path):
    (tmp_path / "pyproject.toml").write_text('[tool.copylint]\ndialect = "en-GB"\n')
    done = run_cli("init")
    assert done.returncode == 2 and "[tool.copylint]" in done.stderr.decode()
    assert not (tmp_path / ".copylint.toml").exists()
