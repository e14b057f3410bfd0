"""A local LanguageTool through language-tool-python: found the way it finds one, never
downloaded in auto mode, and every failure (no Java, failed download, broken install)
one line. Download hosts point at a closed port on 127.0.0.1: nothing leaves the machine."""

from __future__ import annotations

import shutil
import socket

import pytest

from copylint.backends import _WARNED, drain_warnings
from copylint.backends.languagetool import LanguageToolError, installed_version
from copylint.config import GrammarSettings, Settings
from copylint.engine import Linter
from copylint.readers import parse

ltp = pytest.importorskip("language_tool_python")
HOSTS = ("LTP_DOWNLOAD_HOST_SNAPSHOT", "LTP_DOWNLOAD_HOST_NEW_RELEASES", "LTP_DOWNLOAD_HOST_RELEASE",
         "LTP_DOWNLOAD_HOST_ARCHIVE")


def closed_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}/"


@pytest.fixture
def no_downloads(monkeypatch, tmp_path):
    """An empty LanguageTool folder and download hosts that refuse connections."""
    import language_tool_python.download_lt as dl

    folder = tmp_path / "ltp"
    folder.mkdir()
    monkeypatch.setenv("LTP_PATH", str(folder))
    monkeypatch.delenv("LTP_JAR_DIR_PATH", raising=False)
    url = closed_url()
    for name in ("BASE_URL_SNAPSHOT", "BASE_URL_NEW_RELEASES", "BASE_URL_RELEASE", "BASE_URL_ARCHIVE"):
        monkeypatch.setattr(dl, name, url)
    _WARNED.clear()
    drain_warnings()
    return folder


def lt_settings(backends) -> Settings:
    return Settings(grammar=GrammarSettings(backends=backends))  # no languagetool_url: local


def test_installed_version_looks_like_language_tool_python(no_downloads):
    assert installed_version() is None
    (no_downloads / "LanguageTool-6.6").mkdir()
    (no_downloads / "LanguageTool-6.4").mkdir()
    (no_downloads / "not-languagetool").mkdir()
    assert installed_version() == "6.6"


def test_auto_mode_never_downloads(no_downloads, monkeypatch):
    def forbidden(*args, **kwargs):
        raise AssertionError("auto mode must not start or download LanguageTool")

    monkeypatch.setattr(ltp, "LanguageTool", forbidden)
    linter = Linter(lt_settings(("auto",)))
    issues = linter.lint(parse("Headline here\n\nThe the storm came.\n", "a.txt"))
    linter.lint(parse("Headline here\n\nAnother one.\n", "b.txt"))
    assert "style.repeated-word" in [i.rule for i in issues]
    warnings = drain_warnings()
    assert warnings == [  # once, though two files were linted
        "no local LanguageTool installed and no grammar.languagetool_url set; "
        "grammar.backends 'auto' goes on without LanguageTool"
    ]
    assert linter.checks and any(c.degraded for c in linter.checks)  # its results are not cached
    assert not any(no_downloads.iterdir())


@pytest.mark.skipif(shutil.which("java") is None, reason="needs Java on PATH")
def test_auto_mode_broken_install_warns_and_goes_on(no_downloads):
    (no_downloads / "LanguageTool-6.6").mkdir()  # found, but holds no jar
    linter = Linter(lt_settings(("auto",)))
    issues = linter.lint(parse("Headline here\n\nThe the storm came.\n", "a.txt"))
    assert "style.repeated-word" in [i.rule for i in issues]
    [warning] = drain_warnings()
    assert warning.startswith("cannot start a local LanguageTool 6.6: ") and "\n" not in warning
    assert [p.name for p in no_downloads.iterdir()] == ["LanguageTool-6.6"]


@pytest.mark.skipif(shutil.which("java") is None, reason="needs Java on PATH")
def test_explicit_failed_download_is_one_line(no_downloads):
    linter = Linter(lt_settings(("builtin", "languagetool")))
    with pytest.raises(LanguageToolError) as err:
        linter.lint(parse("Headline here\n\nText.\n", "a.txt"))
    message = str(err.value)
    assert message.startswith("cannot start a local LanguageTool 6.8: download failed (ConnectionError")
    assert "\n" not in message and len(message) < 300


def test_cli_explicit_without_java_exits_2(run_cli, tmp_path):
    bindir = tmp_path / "bin"  # a PATH with Python but no java
    bindir.mkdir()
    (tmp_path / ".copylint.toml").write_text('[grammar]\nbackends = ["builtin", "languagetool"]\n')
    (tmp_path / "a.txt").write_text("Headline here\n\nText.\n")
    env = {"PATH": str(bindir), "LTP_PATH": str(tmp_path / "ltp")}
    env.update({name: closed_url() for name in HOSTS})
    r = run_cli("check", "a.txt", env=env)
    assert r.returncode == 2, r.stderr
    assert r.stderr.decode().strip() == (
        "copylint: error: a local LanguageTool needs Java (17 or later) on PATH; install it, or set "
        "grammar.languagetool_url"
    )
    assert not (tmp_path / "ltp").exists() or not any((tmp_path / "ltp").iterdir())

