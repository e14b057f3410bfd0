from __future__ import annotations

import pytest

from copylint.config import Settings, discover_settings, load_config_file, settings_from_table
from copylint.errors import ConfigError


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def test_unknown_key_names_file_line_and_key(tmp_path):
    cfg = write(tmp_path / ".copylint.toml", 'dialect = "en-GB"\n\n[spelling]\naccept = []\nacept = ["x"]\n')
    with pytest.raises(ConfigError) as err:
        load_config_file(cfg)
    assert err.value.line == 5
    assert str(err.value).startswith(f"{cfg}:5: unknown key")
    assert "spelling.acept" in str(err.value)


def test_bad_values(tmp_path):
    cases = {
        'dialect = "en-AU"\n': "dialect",
        'fail-on = "sometimes"\n': "fail-on",
        '[severity]\n"style.repeated-word" = "fatal"\n': "style.repeated-word",
        '[grammar]\nlanguagetool_url = "ftp://x"\n': "languagetool_url",
        '[grammar]\nbackends = ["nope"]\n': "backends",
        'enable = 3\n': "enable",
        '[[overrides]]\ndisable = ["x"]\n': "overrides",
    }
    for text, key in cases.items():
        cfg = write(tmp_path / ".copylint.toml", text)
        with pytest.raises(ConfigError) as err:
            load_config_file(cfg)
        assert key in str(err.value), (text, str(err.value))
        assert str(cfg) in str(err.value)


def test_invalid_toml_reports_line(tmp_path):
    cfg = write(tmp_path / ".copylint.toml", 'dialect = "en-GB"\nfail_on = \n')
    with pytest.raises(ConfigError) as err:
        load_config_file(cfg)
    assert err.value.line == 2


def test_pyproject_found_walking_up(tmp_path):
    write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n\n[tool.copylint]\ndialect = "en-GB"\nfail-on = "error"\n')
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    settings = discover_settings(deep)
    assert settings.dialect == "en-GB" and settings.fail_on == "error"
    assert settings.source == str(tmp_path / "pyproject.toml")


def test_pyproject_without_table_is_skipped(tmp_path):
    write(tmp_path / ".copylint.toml", 'dialect = "en-US"\n')
    inner = tmp_path / "inner"
    inner.mkdir()
    write(inner / "pyproject.toml", '[project]\nname = "x"\n')
    assert discover_settings(inner).dialect == "en-US"


def test_selection_by_prefix_and_specificity():
    s = settings_from_table({"disable": ["style"], "enable": ["style.repeated-word"]})
    assert s.is_enabled("style.repeated-word", True)
    assert not s.is_enabled("style.other", True)
    assert s.is_enabled("spelling.misspelling", True)
    assert not settings_from_table({"disable": ["ALL"]}).is_enabled("x.y", True)
    assert settings_from_table({"enable": ["grammar"]}).is_enabled("grammar.x", False)


def test_severity_overrides_and_per_glob_overrides(tmp_path):
    s = settings_from_table(
        {
            "severity": {"style": "info", "style.repeated-word": "warning"},
            "overrides": [{"files": ["opinion/**"], "disable": ["style.repeated-word"], "dialect": "en-GB"}],
        },
        root=str(tmp_path),
    )
    assert s.severity_for("style.repeated-word", "error") == "warning"
    assert s.severity_for("style.x", "error") == "info"
    o = s.for_path(str(tmp_path / "opinion" / "a.md"))
    assert not o.is_enabled("style.repeated-word", True) and o.dialect == "en-GB"
    assert s.for_path(str(tmp_path / "news" / "a.md")).is_enabled("style.repeated-word", True)


def test_excludes(tmp_path):
    s = settings_from_table({"exclude": ["archive", "drafts/*.md"]}, root=str(tmp_path))
    assert s.is_excluded(str(tmp_path / "archive" / "x.txt"))
    assert s.is_excluded(str(tmp_path / "drafts" / "x.md"))
    assert not s.is_excluded(str(tmp_path / "news" / "x.md"))


def test_word_lists_relative_to_config(tmp_path):
    cfg = write(tmp_path / ".copylint.toml", '[spelling]\naccept = ["words/accept.txt"]\n')
    assert load_config_file(cfg).spelling.accept == (str(tmp_path / "words" / "accept.txt"),)


def test_defaults():
    s = Settings()
    assert s.dialect == "auto" and s.fail_on == "warning"


@pytest.mark.parametrize("tool", ['tool = 1', 'tool = "copylint"', 'tool = ["copylint"]', 'tool = true'])
def test_pyproject_whose_tool_is_no_table(tmp_path, tool):
    """``tool`` that is not a table holds no copylint settings: discovery passes the file by
    (no traceback), and naming it as the configuration is a clear error."""
    write(tmp_path / ".copylint.toml", 'dialect = "en-US"\n')
    inner = tmp_path / "inner"
    inner.mkdir()
    pyproject = write(inner / "pyproject.toml", f'{tool}\n[project]\nname = "x"\n')
    assert discover_settings(inner).dialect == "en-US"
    with pytest.raises(ConfigError) as err:
        load_config_file(pyproject)
    assert str(err.value).startswith(f"{pyproject}: [tool] must be a table")
