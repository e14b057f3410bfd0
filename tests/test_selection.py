"""Rule selection as ruff users expect it: ``select`` replaces the enabled set,
``extend-select`` adds, ``ignore`` removes (as options and as configuration keys, the older
``enable``/``disable`` still working); a selector that names no rule is an error with a
did-you-mean, or names the shipped pack that holds the rule; ``packs`` replaces the pack
list and ``extend-packs`` adds to it; ``copylint rules --all`` lists every shipped rule with
its pack."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from copylint.config import CommandLine, Settings, StyleSettings, load_config_file, settings_from_table
from copylint.engine import Linter, get_linter
from copylint.errors import ConfigError
from copylint.readers import parse
from copylint.registry import example_settings

TEXT = (
    "Storm hits the coast\n"
    "\n"
    "Residents said the the storm came at dawn and the seige went on.\n"
    "\n"
    "The N.A.T.O. summit began on Monday ; officials said nothing.\n"
)


def rules_found(settings: Settings, text: str = TEXT) -> set[str]:
    return {i.rule for i in get_linter(settings).lint(parse(text, "a.txt"))}


def cli(settings: Settings, **options: object) -> Settings:
    return CommandLine(**options).apply(settings)  # type: ignore[arg-type]


# -- select / extend-select / ignore ---------------------------------------------------------

def test_select_replaces_the_default_set():
    base = rules_found(Settings())
    assert {"style.repeated-word", "spelling.misspelling"} <= base
    assert rules_found(cli(Settings(), select=("style.repeated-word",))) == {"style.repeated-word"}


def test_command_line_select_replaces_the_configuration_choice_too():
    config = settings_from_table({"select": ["spelling"], "extend-select": ["style.acronym-first-use"]})
    assert rules_found(cli(config, select=("style.repeated-word",))) == {"style.repeated-word"}


def test_extend_select_adds_an_off_by_default_rule():
    assert not Settings().is_enabled("style.acronym-first-use", False)
    on = cli(Settings(), extend_select=("style.acronym-first-use",))
    assert on.is_enabled("style.acronym-first-use", False)
    assert on.is_enabled("spelling.misspelling", True)  # the defaults stay


def test_ignore_removes_and_a_later_layer_wins_over_a_more_specific_earlier_one():
    config = settings_from_table({"extend-select": ["style.repeated-word"]})
    assert config.is_enabled("style.repeated-word", True)
    off = cli(config, ignore=("style",))  # the command line comes after the configuration
    assert not off.is_enabled("style.repeated-word", True)
    assert off.is_enabled("spelling.misspelling", True)


def test_within_one_layer_the_most_specific_selector_wins_and_ignore_wins_ties():
    s = settings_from_table({"select": ["ALL"], "ignore": ["style", "spelling.misspelling"],
                             "extend-select": ["style.repeated-word"]})
    assert s.is_enabled("style.repeated-word", True)
    assert not s.is_enabled("style.double-space", True)
    assert s.is_enabled("style.hard-paragraph", False) is False
    assert s.is_enabled("style.acronym-first-use", False) is False
    assert s.is_enabled("grammar.a-an", False)  # ALL turns on rules that are off by default
    tie = settings_from_table({"extend-select": ["spelling"], "ignore": ["spelling"]})
    assert not tie.is_enabled("spelling.misspelling", True)


def test_old_keys_enable_and_disable_still_work():
    s = settings_from_table({"disable": ["ALL"], "enable": ["style.repeated-word"]})
    assert rules_found(s) == {"style.repeated-word"}


def test_override_tables_take_select_and_ignore(tmp_path: Path):
    (tmp_path / ".copylint.toml").write_text(
        '[[overrides]]\nfiles = ["opinion/**"]\nselect = ["style.repeated-word"]\n'
        '[[overrides]]\nfiles = ["wire/**"]\nignore = ["spelling"]\n')
    s = load_config_file(tmp_path / ".copylint.toml")
    opinion = s.for_path(str(tmp_path / "opinion" / "a.txt"))
    assert opinion.is_enabled("style.repeated-word", True) and not opinion.is_enabled("spelling.misspelling", True)
    wire = s.for_path(str(tmp_path / "wire" / "a.txt"))
    assert not wire.is_enabled("spelling.misspelling", True) and wire.is_enabled("style.double-space", True)


# -- unknown selectors --------------------------------------------------------------------------

def test_unknown_rule_on_the_command_line_is_an_error_with_a_did_you_mean():
    with pytest.raises(ConfigError) as info:
        Linter(cli(Settings(), extend_select=("style.repeated-wrd",)))
    assert "unknown rule or prefix 'style.repeated-wrd'" in info.value.message
    assert "did you mean 'style.repeated-word'" in info.value.message
    with pytest.raises(ConfigError, match="unknown rule or prefix 'bogus.rule'"):
        Linter(cli(Settings(), extend_select=("bogus.rule",)))


def test_unknown_rule_in_the_configuration_names_the_file_and_line(tmp_path: Path):
    path = tmp_path / ".copylint.toml"
    path.write_text('dialect = "en-GB"\ndisable = ["spelling.reject"]\n')
    with pytest.raises(ConfigError) as info:
        Linter(load_config_file(path))
    assert info.value.path == str(path) and info.value.line == 2
    assert "unknown rule or prefix 'spelling.reject' (ignore)" in info.value.message


def test_unknown_rule_in_an_override_is_an_error(tmp_path: Path):
    path = tmp_path / ".copylint.toml"
    path.write_text('[[overrides]]\nfiles = ["a/**"]\nenable = ["grammer"]\n')
    with pytest.raises(ConfigError, match=r"unknown rule or prefix 'grammer'.*overrides.*did you mean 'grammar'"):
        Linter(load_config_file(path))


def test_prefixes_all_and_backend_rules_are_known():
    for sel in ("ALL", "style", "grammar.confusables", "spelling.misspelling", "harper", "harper.ThenThan",
                "languagetool.EN_A_VS_AN"):
        Linter(cli(Settings(), ignore=(sel,)))  # no error


def test_a_rule_of_a_pack_that_is_not_loaded_names_the_pack():
    with pytest.raises(ConfigError) as info:
        Linter(cli(Settings(), select=("style.ap.percent",)))
    assert "belongs to the 'ap' style pack" in info.value.message
    assert 'extend-packs = ["ap"]' in info.value.message


def test_a_selector_that_is_not_a_rule_name_is_rejected_when_the_config_is_read():
    with pytest.raises(ConfigError, match="not a rule id or prefix"):
        settings_from_table({"select": ["style.*"]})


# -- packs and extend-packs -------------------------------------------------------------------

def write_pack(root: Path) -> Path:
    pack = root / "styles" / "house"
    pack.mkdir(parents=True)
    (pack / "utilise.yaml").write_text(
        "id: style.house.utilise\ntype: substitution\nsummary: Use.\nrationale: Plain words.\n"
        "message: 'Write \"{suggestion}\"'\nseverity: warning\nswap:\n  utilise: use\n"
        "examples:\n  bad:\n    - We [[utilise]] it.\n  good:\n    - We use it.\n", encoding="utf-8")
    return root / "styles"


def test_extend_packs_keeps_the_default_pack_and_packs_replaces_it(tmp_path: Path):
    styles = write_pack(tmp_path)
    text = "Storm hits the coast\n\nThey utilise the the boats on Monday ; nobody said why.\n"
    extended = Settings(style=StyleSettings(extend_packs=("house",), paths=(str(styles),)))
    found = rules_found(extended, text)
    assert {"style.house.utilise", "style.space-before-punctuation"} <= found  # copylint's pack stays
    replaced = Settings(style=StyleSettings(packs=("house",), paths=(str(styles),)))
    found = rules_found(replaced, text)
    assert "style.house.utilise" in found and "style.space-before-punctuation" not in found


def test_extend_packs_key_in_a_config_file(tmp_path: Path):
    write_pack(tmp_path)
    path = tmp_path / ".copylint.toml"
    path.write_text('[style]\nextend-packs = ["house"]\npaths = ["styles"]\n')
    s = load_config_file(path)
    assert s.style.all_packs == ("copylint", "house")
    path.write_text('[style]\nextend-packs = ["nope"]\n')
    with pytest.raises(ConfigError) as info:
        load_config_file(path)
    assert "unknown style pack 'nope'" in info.value.message and info.value.line == 2


# -- the CLI -----------------------------------------------------------------------------------

def test_cli_select_extend_select_ignore_and_errors(run_cli, tmp_path: Path):
    (tmp_path / "a.txt").write_text(TEXT)
    only = run_cli("check", "--format", "json", "--select", "style.repeated-word", "a.txt")
    assert {i["rule"] for i in json.loads(only.stdout)["issues"]} == {"style.repeated-word"}
    both = run_cli("check", "--format", "json", "--select", "style.repeated-word,spelling", "a.txt")
    assert {i["rule"] for i in json.loads(both.stdout)["issues"]} == {"style.repeated-word", "spelling.misspelling"}
    ignored = run_cli("check", "--format", "json", "--ignore", "style", "a.txt")
    rules = {i["rule"] for i in json.loads(ignored.stdout)["issues"]}
    assert "spelling.misspelling" in rules and not any(r.startswith("style.") for r in rules)
    bogus = run_cli("check", "--enable", "bogus.rule", "a.txt")
    assert bogus.returncode == 2
    err = bogus.stderr.decode()
    assert "unknown rule or prefix 'bogus.rule'" in err and "Traceback" not in err
    (tmp_path / ".copylint.toml").write_text('disable = ["spelling.reject"]\n')
    bad = run_cli("check", "a.txt")
    assert bad.returncode == 2
    assert f"{tmp_path / '.copylint.toml'}:1: unknown rule or prefix 'spelling.reject'" in bad.stderr.decode()


def test_rules_all_lists_every_shipped_rule_with_its_pack(run_cli, tmp_path: Path):
    done = run_cli("rules", "--all", "--format", "json")
    assert done.returncode == 0, done.stderr
    listed = {(r["pack"], r["id"]) for r in json.loads(done.stdout)}
    assert ("ap", "style.ap.percent") in listed
    assert ("uk", "style.uk.per-cent") in listed and ("uk", "style.uk.clock-time") in listed
    assert ("uk", "style.abbreviation-consistency") in listed  # uk's override, under uk
    assert ("copylint", "style.abbreviation-consistency") in listed
    assert ("built-in", "spelling.misspelling") in listed
    not_loaded = [r for r in json.loads(done.stdout) if r["pack"] == "ap"]
    assert not_loaded and not any(r["loaded"] for r in not_loaded)
    text = run_cli("rules", "--all").stdout.decode()
    assert "style.ap.percent" in text and "pack 'ap' not loaded" in text


def test_replace_keeps_settings_hashable():
    s = replace(cli(Settings(), select=("style",)), dialect="en-GB")
    assert hash(s) == hash(replace(s))


def test_unknown_rule_in_the_severity_table_is_an_error(tmp_path: Path):
    path = tmp_path / ".copylint.toml"
    path.write_text('[severity]\n"style.repeated-wrod" = "info"\n')
    with pytest.raises(ConfigError, match="unknown rule or prefix 'style.repeated-wrod' \\(severity\\); did you mean"):
        Linter(load_config_file(path))
    path.write_text('[severity]\n"style" = "info"\n"ALL" = "warning"\n')
    Linter(load_config_file(path))


@pytest.mark.parametrize("settings", [
    Settings(),
    cli(Settings(), select=("style.repeated-word",)),
    cli(Settings(), extend_select=("style.acronym-first-use", "grammar"), ignore=("spelling",)),
    cli(settings_from_table({"select": ["spelling"], "extend-select": ["style"]}), ignore=("style.repeated-word",)),
    settings_from_table({"disable": ["grammar.agreement"], "enable": ["ALL"]}),
    replace(Settings(), path_layers=(cli(Settings(), ignore=("style",)).cli,)),
])
def test_the_enabled_set_is_each_rules_own_verdict(settings: Settings):
    """``Settings.enabled_ids`` (all rules at once, as the linter asks) against ``is_enabled``
    rule by rule, over every rule copylint ships, on and off by default."""
    linter = get_linter(example_settings())  # (every pack)
    pairs = [(r.id, default) for r in linter.rules.values() for default in (r.default_enabled, not r.default_enabled)]
    for default in (True, False):
        chosen = [(rule, d) for rule, d in pairs if d is default]
        expected = frozenset(rule for rule, d in chosen if settings.is_enabled(rule, d))
        assert settings.enabled_ids(chosen) == expected
    assert linter.enabled_rules(settings) == frozenset(
        r.id for r in linter.rules.values() if settings.is_enabled(r.id, r.default_enabled))
