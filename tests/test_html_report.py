"""The HTML report: rendering in process, and the real page in headless Chromium."""

from __future__ import annotations

import base64
import contextlib
import html
import json
import os
import re
import shutil
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import SAMPLE
from copylint.api import get_linter
from copylint.config import Settings
from copylint.issue import Issue
from copylint.reporters import ReportContext, render

SOURCE = "Headline <b>bold</b> & \U0001F30A\r\n\r\nThe the cat sat on on the mat.\r\n"


def issue(n: int, start: int, end: int, rule: str = "style.x", sev: str = "warning", cat: str = "style",
          msg: str = "m", sugg: tuple[str, ...] = ()) -> Issue:
    return Issue("a.txt", 1, 1, 1, 1, rule, cat, sev, f"{msg}{n}", sugg, offset=start, end_offset=end,
                 text=SOURCE[start:end])


def page_text(page: str) -> str:
    """The article's text as the browser shows it: tags dropped, entities decoded."""
    pre = re.search(r'<pre class="src">(.*?)</pre>', page, re.S).group(1)
    return html.unescape(re.sub(r"<[^>]+>", "", pre))


def test_overlapping_and_nested_spans_never_nest_and_keep_the_text():
    the = SOURCE.index("The the")
    on = SOURCE.index("on on")
    issues = [
        issue(0, the, the + 7, sev="error"),
        issue(1, the + 4, on + 5),           # overlaps the first, contains the third
        issue(2, on, on + 5, sev="info"),
        issue(3, on + 2, on + 2),            # zero-width: a caret
        issue(4, 0, 8, rule="spelling.y", cat="spelling"),   # inside the headline, before the tag text
    ]
    page = render("html", issues, ReportContext(sources={"a.txt": SOURCE}, files=1))
    assert page_text(page) == SOURCE.replace("\r\n", "\r\n")
    pre = re.search(r'<pre class="src">(.*?)</pre>', page, re.S).group(1)
    assert "<mark" not in "".join(re.findall(r"<mark[^>]*>([^<]*)", pre))  # no mark inside a mark
    marks = re.findall(r'<mark class="([^"]+)" data-i="([^"]+)" data-sev="(\w+)"[^>]*>([^<]*)</mark>', pre)
    pieces: dict[str, str] = {}
    for _, ids, _, text in marks:
        for k in ids.split():
            pieces[k] = pieces.get(k, "") + html.unescape(text)
    for k, i in enumerate(issues):
        assert pieces[str(k)] == SOURCE[i.offset:i.end_offset], k
    # the piece covered by issues 0 and 1 is drawn once, as the worse severity, marked as overlapping
    assert ("hl multi", "0 1", "error", "the") in marks
    assert any(cls == "hl point" and ids == "3" for cls, ids, _, _ in marks)
    assert page.count('class="note"') == 5


def test_everything_is_escaped_and_nothing_is_fetched():
    nasty = '</pre><script>alert("x")</script>'
    source = f"Headline\n\nHe said {nasty} twice twice.\n"
    start = source.index("twice twice")
    path = 'news/<img src=x onerror=alert(1)>.txt'
    bad = Issue(path, 3, 1, 3, 1, "style.repeated-word", "style", "error", 'Repeated "<b>"', ("</mark>",),
                offset=start, end_offset=start + 11, text="twice twice")
    page = render("html", [bad], ReportContext(sources={path: source}, files=1))
    assert nasty not in page and "<img" not in page and "<b>" not in page
    assert page.count("<script>") == 1  # ours
    assert 'http-equiv="Content-Security-Policy"' in page and "default-src 'none'" in page
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", page)
    assert "@import" not in page and "url(" not in page
    assert page_text(page) == source


def test_issues_without_offsets_are_placed_by_line_and_column():
    """Issues read back from JSON or a cache carry no offsets."""
    source = "Title\n\nA \U0001F30A the the end.\n"
    i = Issue("b.md", 3, 5, 3, 12, "style.repeated-word", "style", "error", "Repeated")
    page = render("html", [i], ReportContext(sources={"b.md": source}))
    assert re.search(r"<mark [^>]*>the the</mark>", page)
    outside = Issue("b.md", 99, 1, 99, 2, "style.x", "style", "error", "gone")
    assert "could not be placed" in render("html", [outside], ReportContext(sources={"b.md": source}))
    assert "not available" in render("html", [i], ReportContext())


def test_counts_per_rule_and_filters():
    issues = [issue(0, 0, 2, rule="style.b"), issue(1, 3, 4, rule="style.a", sev="error"),
              issue(2, 5, 6, rule="style.b", sev="info"),
              issue(3, 7, 8, rule="structure.c", cat="structure", sev="error")]
    rules = get_linter(Settings()).rules
    page = render("html", issues, ReportContext(sources={"a.txt": SOURCE}, rules=rules, files=1))
    rows = re.findall(r'<tr data-rule="([^"]+)">.*?<td class="num">(\d+)</td>', page)
    assert rows == [("style.b", "2"), ("structure.c", "1"), ("style.a", "1")]
    assert re.findall(r'data-filter="sev" value="(\w+)"', page) == ["error", "warning", "info"]
    assert re.findall(r'data-filter="cat" value="(\w+)"', page) == ["style", "structure"]
    assert "2 errors, 1 warning, 1 info" in page
    assert "4 issues in 1 article" in page
    clean = render("html", [], ReportContext(sources={"c.txt": "Fine\n"}, files=1))
    assert "No issues." in clean and "0 issues in 1 article" in clean


def test_whitespace_spans_and_suggestions_are_visible():
    source = "Title\n\nTwo  spaces here.\n"
    start = source.index("  ")
    i = Issue("w.txt", 3, 4, 3, 6, "style.double-space", "style", "warning", "Several spaces", (" ",),
              offset=start, end_offset=start + 2, text="  ")
    page = render("html", [i], ReportContext(sources={"w.txt": source}))
    assert "Suggestion: \u201c\u2423\u201d" in page
    assert '<div class="quote">\u201c\u2423\u2423\u201d</div>' in page
    assert page_text(page) == source


# -- the real page in a real browser --------------------------------------------------

CHROMIUM = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)), None)


class Page:
    """A minimal DevTools-protocol client for one tab (events are collected, not awaited)."""

    def __init__(self, ws) -> None:
        self.ws = ws
        self.events: list[dict] = []
        self._id = 0

    def send(self, method: str, **params):
        self._id += 1
        self.ws.send(json.dumps({"id": self._id, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv(timeout=30))
            if msg.get("id") == self._id:
                if "error" in msg:
                    raise AssertionError(f"{method}: {msg['error']}")
                return msg.get("result", {})
            self.events.append(msg)

    def wait_for(self, event: str, timeout: float = 30) -> dict:
        for msg in self.events:
            if msg.get("method") == event:
                return msg
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            msg = json.loads(self.ws.recv(timeout=deadline - time.monotonic()))
            self.events.append(msg)
            if msg.get("method") == event:
                return msg
        raise AssertionError(f"no {event} within {timeout}s")

    def js(self, expression: str):
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise AssertionError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def problems(self) -> list[str]:
        """Script errors, console errors and any request that would leave the machine."""
        out = []
        for msg in self.events:
            method, params = msg.get("method"), msg.get("params", {})
            if method == "Runtime.exceptionThrown":
                out.append(f"exception: {params['exceptionDetails']}")
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "warning", "assert"):
                out.append(f"console.{params['type']}: {params.get('args')}")
            elif method == "Log.entryAdded" and params["entry"]["level"] in ("error", "warning"):
                out.append(f"log: {params['entry'].get('text')} {params['entry'].get('url', '')}")
            elif method == "Network.requestWillBeSent":
                url = params["request"]["url"]
                if not url.startswith(("file:", "data:")):
                    out.append(f"network request: {url}")
        return out


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (Debian: apt-get install chromium); the HTML report's browser test needs it")
    pytest.importorskip("websockets", reason="the browser test drives Chromium with the websockets package")
    profile = tmp_path_factory.mktemp("chromium-profile")
    proc = subprocess.Popen(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--no-default-browser-check",
         "--disable-extensions", f"--user-data-dir={profile}", "--remote-debugging-port=0",
         "--remote-debugging-address=127.0.0.1", "--window-size=1280,1400", "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    try:
        port = None
        deadline = time.monotonic() + 30
        while port is None and time.monotonic() < deadline:
            line = proc.stderr.readline()
            if not line and proc.poll() is not None:
                break
            m = re.search(r"DevTools listening on ws://127\.0\.0\.1:(\d+)/", line)
            if m:
                port = int(m.group(1))
        if port is None:
            pytest.fail(f"chromium did not start its DevTools endpoint (exit code {proc.poll()})")
        yield port
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@contextlib.contextmanager
def open_page(port: int, url: str) -> Iterator[Page]:
    from websockets.sync.client import connect

    with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as resp:
        targets = [t for t in json.load(resp) if t.get("type") == "page"]
    with connect(targets[0]["webSocketDebuggerUrl"], max_size=None, open_timeout=20) as ws:
        page = Page(ws)
        for domain in ("Runtime", "Log", "Network", "Page"):
            page.send(f"{domain}.enable")
        page.send("Page.navigate", url=url)
        page.wait_for("Page.loadEventFired")
        yield page


def cut(source: str, i: dict) -> str:
    """An issue's text, cut by line and column without copylint's positions module."""
    starts = [0] + [m.end() for m in re.finditer(r"\r\n|\n|\r", source)]
    return source[starts[i["line"] - 1] + i["column"] - 1: starts[i["end_line"] - 1] + i["end_column"] - 1]


def test_report_in_headless_chromium(browser, run_cli, tmp_path: Path):
    story = tmp_path / "storm.txt"
    story.write_bytes("Storm hits coast \U0001F30A\r\n\r\nResidents said the the water rose <fast> & \"high\".\r\n"
                      "\r\nOfficials \U0001F44D said it it was the worst.\r\n".encode())
    report = tmp_path / "report.html"
    proc = run_cli("check", str(SAMPLE), str(story), "--format", "html", "-o", str(report), "--no-cache")
    assert proc.returncode in (0, 1), proc.stderr.decode()
    listed = run_cli("check", str(SAMPLE), str(story), "--format", "json", "--no-cache")
    issues = json.loads(listed.stdout)["issues"]
    sample_issues = [i for i in issues if i["path"] == str(SAMPLE)]
    assert sample_issues, "the sample article should have issues to show"
    assert len([i for i in issues if i["path"] == str(story) and i["rule"] == "style.repeated-word"]) == 2

    with open_page(browser, report.as_uri()) as page:
        assert page.js("document.documentElement.dataset.ready") == "1", page.problems()
        # every issue has a note, and its highlight pieces spell out exactly the flagged text
        shown = page.js("""JSON.stringify(Array.from(document.querySelectorAll('li.note')).map(function (li) {
            var k = li.dataset.i;
            var marks = Array.from(document.querySelectorAll('mark.hl')).filter(function (m) {
                return m.dataset.i.split(' ').indexOf(k) >= 0; });
            return {path: li.closest('article').dataset.path, rule: li.dataset.rule,
                    text: marks.map(function (m) { return m.textContent; }).join(''),
                    bg: marks.length ? getComputedStyle(marks[0]).backgroundColor : ''};
        }))""")
        shown = json.loads(shown)
        assert len(shown) == len(issues)
        sources = {str(SAMPLE): SAMPLE.read_text(encoding="utf-8"), str(story): story.read_text(encoding="utf-8")}
        expected = sorted((i["path"], i["rule"], cut(sources[i["path"]], i)) for i in issues)
        assert sorted((s["path"], s["rule"], s["text"]) for s in shown) == expected
        assert all(s["bg"] not in ("", "rgba(0, 0, 0, 0)", "transparent") for s in shown), shown
        assert page.js("document.getElementById('shown').textContent") == f"{len(issues)} of {len(issues)} issues shown"

        # filter a category off: its notes hide, its highlights lose their colour
        category = sample_issues[0]["category"]
        page.js(f"document.querySelector('input[data-filter=cat][value={category}]').click()")
        hidden = page.js(f"document.querySelectorAll('li.note[data-cat={category}][hidden]').length")
        assert hidden == sum(1 for i in issues if i["category"] == category)
        off_bg = page.js(f"""(function () {{ var li = document.querySelector('li.note[data-cat={category}]');
            var m = Array.from(document.querySelectorAll('mark.hl.off')).filter(function (m) {{
                return m.dataset.i.split(' ').indexOf(li.dataset.i) >= 0; }})[0];
            return m ? getComputedStyle(m).backgroundColor : 'no mark turned off'; }})()""")
        assert off_bg == "rgba(0, 0, 0, 0)"
        assert page.js("document.getElementById('shown').textContent") == f"{len(issues) - hidden} of {len(issues)} issues shown"
        page.js(f"document.querySelector('input[data-filter=cat][value={category}]').click()")
        assert page.js("document.querySelectorAll('li.note[hidden]').length") == 0

        shot = tmp_path / "report.png"
        page.js("window.scrollTo(0, 0)")
        shot.write_bytes(base64.b64decode(page.send("Page.captureScreenshot", format="png")["data"]))
        print(f"screenshot: {shot}")
        if os.environ.get("COPYLINT_SCREENSHOT_DIR"):  # e.g. CI keeps it as an artifact
            keep = Path(os.environ["COPYLINT_SCREENSHOT_DIR"])
            keep.mkdir(parents=True, exist_ok=True)
            shutil.copy(shot, keep / "html-report.png")
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
        assert page.problems() == []
