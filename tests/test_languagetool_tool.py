"""tools/languagetool/lt.py, the provisioning and start script, without the network:
the cache folder is complete or not used, failures are a few clear lines, and `stop`
ends only what `start` recorded."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest
from lt_server import LT_SCRIPT, lt_tool

lt = lt_tool()


@pytest.fixture
def lt_home(tmp_path, monkeypatch):
    monkeypatch.setenv("COPYLINT_LT_HOME", str(tmp_path / "lt"))
    return tmp_path / "lt"


def test_cache_folder_named_by_the_pom_and_used_only_when_complete(lt_home):
    lib = lt.lib_dir()
    assert lib.parent.parent == lt_home and len(lib.parent.name) == 16
    assert lt.provisioned() is None
    lib.mkdir(parents=True)
    (lib / "languagetool-server-6.6.jar").write_bytes(b"")
    assert lt.provisioned() is None  # a folder without the completion stamp: an interrupted fetch
    (lib.parent / "complete.json").write_text("{}")
    assert lt.provisioned() == lib


def test_no_maven_is_one_clear_error(lt_home, monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(lt.LanguageToolSetupError, match=r"Maven \(mvn\) is not on PATH"):
        lt.provision()
    assert not any(lt_home.rglob("*.jar"))


@pytest.mark.skipif(shutil.which("java") is None, reason="needs Java on PATH")
def test_a_server_that_cannot_start_says_why_and_leaves_nothing_running(tmp_path):
    lib = tmp_path / "lib"
    lib.mkdir()  # no jars: java exits at once
    server = lt.Server(lib, heap="64m")
    with pytest.raises(lt.LanguageToolSetupError) as err:
        server.start(timeout=60)
    assert "exited with status" in str(err.value) and "org.languagetool.server.HTTPServer" in str(err.value)
    assert server.process is not None and server.process.poll() is not None
    server.stop()


def test_server_command_is_loopback_bounded_and_headless(tmp_path):
    server = lt.Server(tmp_path, heap="512m", port=12345)
    cmd = server.command()
    assert "-Xmx512m" in cmd and cmd[-2:] == ["--port", "12345"]
    assert "--public" not in cmd  # LanguageTool listens on localhost unless told otherwise
    assert server.url == "http://127.0.0.1:12345"
    server.stop()


def test_stop_ends_only_a_recorded_languagetool(tmp_path):
    state = tmp_path / "state.json"
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        state.write_text(json.dumps({"pid": sleeper.pid, "url": "http://127.0.0.1:1"}))
        r = subprocess.run([sys.executable, str(LT_SCRIPT), "stop", "--state", str(state)],
                           capture_output=True, text=True, timeout=60)
        assert r.returncode == 0
        assert sleeper.poll() is None  # not a LanguageTool server: left alone
    finally:
        sleeper.kill()
        sleeper.wait()
    state.write_text("")  # an empty or corrupt record is no record
    r = subprocess.run([sys.executable, str(LT_SCRIPT), "stop", "--state", str(state)],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and "no server recorded" in r.stderr
