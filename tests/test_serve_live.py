"""The real `copylint serve` (uvicorn, forked workers) with real clients: language-tool-python,
headless Chromium posting with fetch, a bounded load test on loopback, raw sockets, SIGTERM."""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlencode

import pytest

pytest.importorskip("uvicorn", reason="copylint serve needs the 'serve' extra (starlette, uvicorn)")

from test_html_report import CHROMIUM, browser, open_page  # noqa: E402,F401  (the HTML report's Chromium fixture)

from conftest import SAMPLE  # noqa: E402
from copylint.api import lint_text  # noqa: E402
from copylint.config import Settings  # noqa: E402

TOKEN = "live-test-token-0123456789"
SAMPLE_TEXT = SAMPLE.read_text(encoding="utf-8")
EMOJI_STORY = ("Flood \U0001F30A hits the coast\r\n\r\nResidents \U0001F44D said the the water rose in Tuesday.\r\n"
               "\r\nThe seige of the town hall lasted a day.\r\n")
# the sample article's known errors (line, text), from the project brief
KNOWN = [(3, "US sends more troops to Iraq as Iran tensions spike"), (6, "January, 2020"), (10, "attacks"),
         (10, "in"), (18, "seige"), (18, "perimiter"), (24, "smashing"), (26, "U.S."), (48, "the Washington")]


@dataclass
class Server:
    proc: subprocess.Popen
    url: str
    log: Path
    worker_pids: list[int]

    def events(self) -> list[dict]:
        out = []
        for line in self.log.read_text(encoding="utf-8").splitlines():
            with contextlib.suppress(json.JSONDecodeError):
                out.append(json.loads(line))
        return out

    @property
    def port(self) -> int:
        return int(self.url.rsplit(":", 1)[1])


@contextlib.contextmanager
def running_server(tmp: Path, *args: str) -> Iterator[Server]:
    config = tmp / ".copylint.toml"
    config.write_text("# copylint serve test: the defaults\n", encoding="utf-8")
    log = tmp / f"serve-{time.monotonic_ns()}.log"
    env = dict(os.environ, COPYLINT_CACHE_DIR=str(tmp / ".cache"))
    with open(log, "wb") as err:
        proc = subprocess.Popen([sys.executable, "-m", "copylint", "serve", "--port", "0", "--config", str(config), *args],
                                stdout=subprocess.DEVNULL, stderr=err, cwd=tmp, env=env)
    try:
        url, pids = None, []
        deadline = time.monotonic() + 180
        while url is None and time.monotonic() < deadline and proc.poll() is None:
            text = log.read_text(encoding="utf-8")
            m = re.search(r'"event": "listening", "url": "([^"]+)"', text)
            if m:
                url = m.group(1)
                pids = json.loads(re.search(r'"worker_pids": (\[[^\]]*\])', text).group(1))
            time.sleep(0.1)
        assert url, f"copylint serve did not start (exit {proc.poll()}): {log.read_text(encoding='utf-8')[-2000:]}"
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError):
                with urllib.request.urlopen(f"{url}/health", timeout=5) as r:
                    if json.load(r)["status"] == "ok":
                        break
            time.sleep(0.1)
        yield Server(proc, url, log, pids)
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[Server]:
    with running_server(tmp_path_factory.mktemp("serve"), "--workers", "2", "--queue", "64") as s:
        yield s


def post_form(url: str, fields: dict[str, str], timeout: float = 60) -> tuple[int, bytes]:
    req = urllib.request.Request(url, urlencode(fields).encode(), method="POST")
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def line_of(text: str, offset: int) -> int:
    return len(re.findall(r"\r\n|\n|\r", text[:offset])) + 1


# -- language-tool-python, as users point it at a server --------------------------------------

@pytest.mark.parametrize("language", ["en-GB", "en-US"])
def test_language_tool_python_gets_position_exact_matches(server, language):
    import language_tool_python

    tool = language_tool_python.LanguageTool(language, remote_server=server.url)
    try:
        for text in (SAMPLE_TEXT, EMOJI_STORY):
            matches = tool.check(text)
            got = [(m.rule_id, m.offset, text[m.offset:m.offset + m.error_length]) for m in matches]
            expected = lint_text(text, "request.txt", config=Settings(dialect=language))
            assert got == [(i.rule, i.offset, i.text) for i in expected]
            for m in matches:
                assert m.message and m.category and m.rule_issue_type and m.sentence
                cut = text[m.offset:m.offset + m.error_length].replace("\r", " ").replace("\n", " ")
                if text is SAMPLE_TEXT:  # (context offsets count UTF-16 units; the browser test checks those)
                    assert m.context[m.offset_in_context:m.offset_in_context + m.error_length] == cut
        flagged = {(line_of(SAMPLE_TEXT, m.offset), SAMPLE_TEXT[m.offset:m.offset + m.error_length])
                   for m in tool.check(SAMPLE_TEXT)}
        assert set(KNOWN) <= flagged
        seige = next(m for m in tool.check(EMOJI_STORY) if m.rule_id == "spelling.misspelling")
        assert EMOJI_STORY[seige.offset:seige.offset + seige.error_length] == "seige" and "siege" in seige.replacements
        assert tool.correct("Flood hits town\n\nThe seige ended.\n") == "Flood hits town\n\nThe siege ended.\n"
    finally:
        tool.close()


# -- malformed requests over a real socket ---------------------------------------------------

def raw(server: Server, data: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", server.port), timeout=30) as s:
        s.sendall(data)
        chunks = []
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            chunks.append(chunk)
    return b"".join(chunks)


def test_malformed_and_huge_requests_get_4xx(server):
    assert raw(server, b"GARBAGE\r\n\r\n").startswith(b"HTTP/1.1 400")
    huge = {"text": "word " * 300_000, "language": "en-US"}
    status, body = post_form(f"{server.url}/v2/check", huge)
    assert status == 413 and b"limit of 1,000,000 bytes" in body
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    conn.request("POST", "/api/lint", body=iter([b"x" * 65536] * 20), headers={"Content-Type": "text/plain"},
                 encode_chunked=True)
    r = conn.getresponse()
    assert r.status == 413 and "limit" in json.loads(r.read())["error"]
    conn.close()
    # far beyond the limit: answered from the header alone, without reading the body
    answer = raw(server, b"POST /v2/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                         b"Content-Length: 900000000\r\nConnection: close\r\n\r\ntext=")
    assert answer.startswith(b"HTTP/1.1 413") and b"Error: the request body is larger" in answer
    for fields, message in (({"text": "Hallo", "language": "de-DE"}, b"not supported"),
                            ({"data": "{nope", "language": "en-US"}, b"not valid JSON")):
        status, body = post_form(f"{server.url}/v2/check", fields)
        assert status == 400 and message in body
    req = urllib.request.Request(f"{server.url}/api/lint", b"Title\n\nCaf\xe9\n", {"Content-Type": "text/plain"})
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(req, timeout=30)
    assert e.value.code == 400 and "not valid UTF-8" in json.loads(e.value.read())["error"]
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(f"{server.url}/v2/check", timeout=30)  # GET
    assert e.value.code == 405
    log = server.log.read_text(encoding="utf-8")
    assert '"status": 500' not in log and "Traceback" not in log and "word word" not in log


# -- load: the documented limits hold, nothing is lost ---------------------------------------------

def articles(n: int) -> list[str]:
    """Distinct 800-word articles (the sample with a numbered closing line), so no cache answers."""
    return [SAMPLE_TEXT + f"\nThis is update number {k} of the story.\n" for k in range(n)]


def test_load_32_clients_within_the_limits_all_answered(server):
    texts = articles(160)
    expected = len(lint_text(SAMPLE_TEXT, "request.txt", config=Settings(dialect="en-GB")))

    def client(k: int) -> list[tuple[int, int]]:
        out = []
        conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
        for j in range(5):
            body = urlencode({"text": texts[k * 5 + j], "language": "en-GB"})
            conn.request("POST", "/v2/check", body, {"Content-Type": "application/x-www-form-urlencoded"})
            r = conn.getresponse()
            data = r.read()
            out.append((r.status, len(json.loads(data)["matches"]) if r.status == 200 else -1))
        conn.close()
        return out

    with ThreadPoolExecutor(32) as pool:
        results = [x for part in pool.map(client, range(32)) for x in part]
    assert len(results) == 160
    assert all(status == 200 for status, _ in results), sorted({s for s, _ in results})
    assert all(count >= expected for _, count in results)
    health = json.load(urllib.request.urlopen(f"{server.url}/health", timeout=10))
    assert health["in_flight"] == 0 and health["served"] >= 160
    logged = [e for e in server.events() if e.get("event") == "request" and e["path"] == "/v2/check" and e["status"] == 200]
    assert len(logged) >= 160 and all("lint_cpu_ms" in e for e in logged)


def test_over_the_limit_429_then_sigterm_finishes_requests_in_progress(tmp_path):
    with running_server(tmp_path, "--workers", "1", "--queue", "2") as small:  # capacity 3
        texts = [t * 3 for t in articles(24)]  # 2,400 words each: the three slots stay busy while the rest arrive

        def one(k: int) -> tuple[int, bytes]:
            return post_form(f"{small.url}/v2/check", {"text": texts[k], "language": "en-US"})

        with ThreadPoolExecutor(24) as pool:
            answers = list(pool.map(one, range(24)))
        codes = [c for c, _ in answers]
        assert len(answers) == 24 and set(codes) <= {200, 429} and 429 in codes and codes.count(200) >= 3, codes
        assert b"busy" in next(b for c, b in answers if c == 429)

        # graceful shutdown: three long requests in progress, then SIGTERM; all three are answered
        long = SAMPLE_TEXT * 15
        with ThreadPoolExecutor(3) as pool:
            futures = [pool.submit(lambda: urllib.request.urlopen(urllib.request.Request(
                f"{small.url}/api/lint", json.dumps({"text": long}).encode(), {"Content-Type": "application/json"}),
                timeout=60).status) for _ in range(3)]
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline:
                if json.load(urllib.request.urlopen(f"{small.url}/health", timeout=5))["in_flight"] == 3:
                    break
                time.sleep(0.01)
            small.proc.send_signal(signal.SIGTERM)
            assert [f.result(timeout=60) for f in futures] == [200, 200, 200]
        assert small.proc.wait(timeout=30) in (0, -signal.SIGTERM)  # uvicorn ends by the signal it was stopped with
        with pytest.raises(OSError):
            urllib.request.urlopen(f"{small.url}/health", timeout=5)
        assert not any(_alive(pid) for pid in small.worker_pids)
        events = [e["event"] for e in small.events() if "event" in e]
        assert events.index("stopping") < events.index("stopped")


# -- a real browser page posting with fetch ------------------------------------------------------

class _Page(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802
        body = b"<!doctype html><meta charset=utf-8><title>CMS</title><p>editor</p>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def cms_page() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Page)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


FETCH = r"""(async function () {
  var text = %(text)s, url = %(url)s, out = {};
  var r = await fetch(url + '/v2/check', {method: 'POST',
      body: new URLSearchParams({text: text, language: %(language)s, apiKey: %(token)s})});
  var j = await r.json();
  out.check = {status: r.status, matches: j.matches.map(function (m) {
      return [m.rule.id, text.substr(m.offset, m.length), m.context.text.substr(m.context.offset, m.context.length),
              m.offset]; })};
  var r2 = await fetch(url + '/api/lint', {method: 'POST', body: JSON.stringify({text: text, path: 'story.txt'}),
      headers: {'Authorization': 'Bearer ' + %(token)s, 'Content-Type': 'application/json'}});
  out.lint = {status: r2.status, issues: (await r2.json()).issues.length};
  var items = [{markup: '<h1>'}, {text: 'Flood \ud83c\udf0a hits town'}, {markup: '</h1><p class="x">', interpretAs: '\n\n'},
               {text: 'It hit the '}, {markup: '<em>'}, {text: 'the'}, {markup: '</em>'}, {text: ' seige wall.'}, {markup: '</p>'}];
  var html = items.map(function (i) { return i.text !== undefined ? i.text : i.markup; }).join('');
  var rd = await fetch(url + '/v2/check', {method: 'POST', body: new URLSearchParams({data: JSON.stringify({annotation: items}),
      language: %(language)s, apiKey: %(token)s})});
  out.data = (await rd.json()).matches.map(function (m) { return [m.rule.id, html.substr(m.offset, m.length)]; });
  var r3 = await fetch(url + '/api/lint', {method: 'POST', body: JSON.stringify({text: text})});
  out.noToken = r3.status;
  try { await fetch(%(closed)s + '/v2/check', {method: 'POST', body: new URLSearchParams({text: text, language: 'en-US'})});
        out.crossOriginWithoutCors = 'allowed'; }
  catch (e) { out.crossOriginWithoutCors = e.name; }
  return JSON.stringify(out);
})()"""


@pytest.fixture(scope="module")
def guarded(tmp_path_factory, cms_page) -> Iterator[Server]:
    """A server that wants a token and lets the CMS page's origin read its answers."""
    tmp = tmp_path_factory.mktemp("guarded")
    token_file = tmp / "token"
    token_file.write_text(TOKEN + "\n")
    with running_server(tmp, "--workers", "1", "--token-file", str(token_file), "--cors-origin", cms_page) as srv:
        yield srv


@pytest.mark.parametrize("language", ["en-GB", "en-US"])
def test_browser_page_posts_with_fetch(browser, cms_page, server, guarded, language):  # noqa: F811
    srv = guarded
    with open_page(browser, cms_page + "/") as page:
        for text in (SAMPLE_TEXT, EMOJI_STORY):
            script = FETCH % {"text": json.dumps(text), "url": json.dumps(srv.url), "language": json.dumps(language),
                              "token": json.dumps(TOKEN), "closed": json.dumps(server.url)}
            result = page.send("Runtime.evaluate", expression=script, awaitPromise=True, returnByValue=True)
            assert "exceptionDetails" not in result, result
            out = json.loads(result["result"]["value"])
            expected = lint_text(text, "request.txt", config=Settings(dialect=language))
            assert out["check"]["status"] == 200
            # JavaScript strings are UTF-16: the offsets cut out exactly copylint's spans, at the same places
            assert [(rule, cut, at) for rule, cut, _, at in out["check"]["matches"]] == [
                (i.rule, i.text, len(text[:i.offset].encode("utf-16-le")) // 2) for i in expected]
            assert all(ctx == cut.replace("\r", " ").replace("\n", " ") for _, cut, ctx, _ in out["check"]["matches"])
            assert out["lint"] == {"status": 200, "issues": len(lint_text(text, "story.txt", config=Settings()))}
            assert out["noToken"] == 401
            assert out["data"] == [["style.repeated-word", "the <em>the"], ["spelling.misspelling", "seige"]]
            assert out["crossOriginWithoutCors"] == "TypeError"  # the server without --cors-origin is not readable


def test_workers_end_with_a_killed_server(tmp_path):
    with running_server(tmp_path, "--workers", "2") as srv:
        assert len(srv.worker_pids) == 2 and all(Path(f"/proc/{p}").exists() for p in srv.worker_pids)
        srv.proc.kill()
        srv.proc.wait(timeout=10)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(_alive(p) for p in srv.worker_pids):
            time.sleep(0.1)
        assert not any(_alive(p) for p in srv.worker_pids), "worker processes outlived the server"


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"
