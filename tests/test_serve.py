"""copylint serve, in process: the LanguageTool wire format, AnnotatedText offsets, rule
selection, limits, refusals and logs. (The real server with real clients, a browser and a
load test is tests/test_serve_live.py.)"""

from __future__ import annotations

import asyncio
import json
import logging
import urllib.parse

import pytest

pytest.importorskip("starlette", reason="copylint serve needs the 'serve' extra (starlette, uvicorn)")
httpx = pytest.importorskip("httpx", reason="the in-process server tests use httpx's ASGI transport")

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from conftest import SAMPLE  # noqa: E402
from copylint.api import get_linter, lint_text  # noqa: E402
from copylint.config import Settings  # noqa: E402
from copylint.errors import InputError  # noqa: E402
from copylint.server import ltwire  # noqa: E402
from copylint.server.annotated import annotated_document, parse_annotation  # noqa: E402
from copylint.server.app import create_app  # noqa: E402
from copylint.server.options import ServeOptions  # noqa: E402
from copylint.server.workers import LintService  # noqa: E402

STORY = "Storm hits coast \U0001F30A\n\nResidents \U0001F44D said the the water rose on Tuesday.\n\nA seige began.\n"


def utf16_slice(text: str, offset: int, length: int) -> str:
    """What a LanguageTool client cuts out of its own (UTF-16) string."""
    units = text.encode("utf-16-le")
    return units[2 * offset: 2 * (offset + length)].decode("utf-16-le")


@pytest.fixture(scope="module")
def service():
    svc = LintService(get_linter(Settings()), workers=0, queue=8)
    yield svc
    svc._executor.shutdown(wait=True)


def call(app, method: str, path: str, **kwargs) -> httpx.Response:
    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 5555))
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
            return await client.request(method, path, **kwargs)

    return asyncio.run(go())


@pytest.fixture(scope="module")
def app(service):
    return create_app(service, ServeOptions())


def check(app, **fields: str) -> httpx.Response:
    return call(app, "POST", "/v2/check", data=fields)


# -- the LanguageTool answer --------------------------------------------------------

def test_check_answers_like_languagetool_with_utf16_offsets(app):
    r = check(app, text=STORY, language="en-GB")
    assert r.status_code == 200, r.text
    answer = r.json()
    assert answer["language"]["code"] == "en-GB" and answer["software"]["name"] == "copylint"
    got = {(m["rule"]["id"], utf16_slice(STORY, m["offset"], m["length"])) for m in answer["matches"]}
    assert ("style.repeated-word", "the the") in got
    assert ("spelling.misspelling", "seige") in got
    assert ("grammar.day-preposition", "on") not in got
    expected = lint_text(STORY, "request.txt", config=Settings(dialect="en-GB"))
    assert len(answer["matches"]) == len(expected)
    for m, issue in zip(answer["matches"], expected, strict=True):
        assert m["rule"]["id"] == issue.rule
        assert utf16_slice(STORY, m["offset"], m["length"]) == issue.text
        assert m["message"] == issue.message
        assert [x["value"] for x in m["replacements"]] == list(issue.suggestions)
        ctx = m["context"]
        assert ctx["text"][ctx["offset"]:].startswith(issue.text) or utf16_slice(
            ctx["text"], ctx["offset"], ctx["length"]) == issue.text
        assert issue.text in m["sentence"]
        assert set(m["rule"]) >= {"id", "description", "issueType", "category"}
        assert set(m["rule"]["category"]) == {"id", "name"} and m["type"]["typeName"]
    seige = next(m for m in answer["matches"] if m["rule"]["id"] == "spelling.misspelling")
    assert seige["rule"]["issueType"] == "misspelling" and seige["rule"]["category"]["id"] == "TYPOS"
    assert seige["sentence"] == "A seige began."
    assert "siege" in [x["value"] for x in seige["replacements"]]


def test_dialect_follows_the_language_field(app):
    text = "Council plans new park\n\nThe council will organize the colour festival in the center.\n"

    def flagged(answer: dict) -> set[str]:
        return {utf16_slice(text, m["offset"], m["length"]) for m in answer["matches"]}

    us = flagged(check(app, text=text, language="en-US").json())
    gb = flagged(check(app, text=text, language="en-GB").json())
    assert "colour" in us and "colour" not in gb
    assert {"organize", "center"} & gb and not {"organize", "center"} & us
    auto = check(app, text=text, language="auto", preferredVariants="de-DE,en-GB").json()
    assert auto["language"]["code"] == "en-GB"
    assert flagged(auto) == gb
    assert check(app, text=text, language="en").json()["language"]["code"] in ("en-US", "en-GB")


def test_languages_lists_what_language_tool_python_asks_for(app):
    langs = call(app, "GET", "/v2/languages").json()
    assert {x["longCode"] for x in langs} == {"en", "en-US", "en-GB"}
    assert all(set(x) == {"name", "code", "longCode"} for x in langs)


# -- AnnotatedText: markup skipped, offsets in the client's own document ------------------

ANNOTATED = {"annotation": [
    {"markup": "<h1 class=\"x\">"}, {"text": "Storm hits coast \U0001F30A"},
    {"markup": "</h1>\n<p>", "interpretAs": "\n\n"},
    {"text": "It hit the "}, {"markup": "<b>"}, {"text": "the"}, {"markup": "</b>"},
    {"text": " wall, said Mr "}, {"markup": "<a href=\"/x\">"}, {"text": "Smith"}, {"markup": "</a>"},
    {"text": ". A seige began"}, {"markup": "<br/>", "interpretAs": " "}, {"text": "in Tuesday."},
    {"markup": "</p>"},
]}


def test_annotated_text_offsets_point_into_the_markup_document(app):
    source = "".join(i.get("text", i.get("markup", "")) for i in ANNOTATED["annotation"])
    r = check(app, data=json.dumps(ANNOTATED), language="en-GB")
    assert r.status_code == 200, r.text
    got = [(m["rule"]["id"], utf16_slice(source, m["offset"], m["length"])) for m in r.json()["matches"]]
    assert ("spelling.misspelling", "seige") in got
    assert ("style.repeated-word", "the <b>the") in got  # the span runs through the markup between
    assert ("grammar.day-preposition", "in") in got
    for _, text in got:
        assert "<h1" not in text and "</p>" not in text
    # markup is never linted as prose
    plain = check(app, text="Storm hits coast\n\nIt hit the wall, said Mr Smith.\n", language="en-GB").json()
    assert not [m for m in plain["matches"] if m["rule"]["id"].startswith("spelling")]


def test_annotated_document_maps_every_segment_back():
    annotated = parse_annotation(json.dumps(ANNOTATED))
    doc = annotated_document(annotated, "a.txt")
    assert [s.kind for s in doc.segments] == ["headline", "paragraph"]
    for seg in doc.segments:
        for i, ch in enumerate(seg.text):
            a, b = seg.to_source(i, i + 1)
            if ch == " " and "<br/>" in doc.source[a:b]:
                continue
            assert doc.source[a:b] == ch, (seg.text, i)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(
    st.builds(lambda t: {"text": t}, st.text(alphabet=st.sampled_from("ab \n.\U0001F30A\u00e9"), max_size=12)),
    st.builds(lambda m, i: {"markup": m, **({"interpretAs": i} if i is not None else {})},
              st.sampled_from(["<b>", "</p><p>", "<br/>", "\U0001F44D"]), st.one_of(st.none(), st.sampled_from([" ", "\n\n", ""])))),
    max_size=12))
def test_every_prose_character_maps_to_itself_or_its_markup(items):
    annotated = parse_annotation(json.dumps({"annotation": items}))
    doc = annotated_document(annotated, "a.txt")
    assert doc.source == "".join(i.get("text", i.get("markup", "")) for i in items)
    for seg in doc.segments:
        for k, ch in enumerate(seg.text):
            a, b = seg.to_source(k, k + 1)
            piece = doc.source[a:b]
            assert piece == ch or any(piece == i["markup"] for i in items if "markup" in i), (seg.text, k, piece)


@pytest.mark.parametrize("data, message", [
    ("{", "not valid JSON"),
    ("[]", "wrong shape"),
    ('{"annotation": [{"text": 1}]}', "'text' must be a string"),
    ('{"annotation": [{"text": "a", "markup": "b"}]}', "exactly one of"),
    ('{"annotation": [{"markup": "<b>", "color": 1}]}', "unknown key"),
    ('{"annotation": [{"text": "a", "interpretAs": "b"}]}', "goes with 'markup'"),
    ('{"annotation": [5]}', "item 0 is not an object"),
    ("[" * 100_000 + "]" * 100_000, ""),
])
def test_bad_annotated_text_is_a_400_with_a_message(app, data, message):
    r = check(app, data=data, language="en-US")
    assert r.status_code == 400, r.text
    assert r.text.startswith("Error: ") and message in r.text
    with pytest.raises(InputError):
        parse_annotation(data)


# -- rule selection: only among the rules the server's configuration enables ---------------

def test_disabled_and_enabled_only(app):
    all_ids = {m["rule"]["id"] for m in check(app, text=STORY, language="en-GB").json()["matches"]}
    assert {"style.repeated-word", "spelling.misspelling"} <= all_ids
    off = check(app, text=STORY, language="en-GB", disabledRules="style.repeated-word,MORFOLOGIK_RULE_EN_GB").json()
    assert {m["rule"]["id"] for m in off["matches"]} == all_ids - {"style.repeated-word"}
    assert off["warnings"]["ignoredRules"] == ["MORFOLOGIK_RULE_EN_GB"]
    only = check(app, text=STORY, language="en-GB", enabledRules="spelling", enabledOnly="true").json()
    assert {m["rule"]["id"] for m in only["matches"]} == {i for i in all_ids if i.startswith("spelling.")}
    assert check(app, text=STORY, language="en-GB", enabledOnly="maybe").status_code == 400


def test_a_request_cannot_enable_what_the_configuration_disables():
    settings = Settings(disable=("style.repeated-word",))
    svc = LintService(get_linter(settings), workers=0, queue=2)
    try:
        app = create_app(svc, ServeOptions())
        for extra in ({}, {"enabledOnly": "true"}):
            r = check(app, text=STORY, language="en-GB", enabledRules="style.repeated-word,style", **extra).json()
            assert "style.repeated-word" not in {m["rule"]["id"] for m in r["matches"]}
        linter = get_linter(settings)
        sel = ltwire.select_rules(linter, settings, "a.txt", ["style.repeated-word"], [], True)
        assert "style.repeated-word" not in linter.enabled_rules(sel.settings)
        assert sel.ignored == ["style.repeated-word"]
    finally:
        svc._executor.shutdown(wait=True)


# -- /api/lint: the same JSON as `copylint check --format json` ---------------------------

def test_api_lint_matches_the_cli_json(app, run_cli):
    cli = run_cli("check", str(SAMPLE), "--format", "json", "--no-cache")
    expected = json.loads(cli.stdout)
    body = SAMPLE.read_bytes()
    raw = call(app, "POST", f"/api/lint?path={urllib.parse.quote(str(SAMPLE))}", content=body,
               headers={"Content-Type": "text/plain; charset=utf-8"})
    assert raw.status_code == 200, raw.text
    assert raw.json() == expected
    assert raw.text == cli.stdout.decode()
    as_json = call(app, "POST", "/api/lint", json={"text": body.decode(), "path": str(SAMPLE)})
    assert as_json.json() == expected
    assert "lint-cpu;dur=" in raw.headers["server-timing"]


def test_api_lint_markdown_and_html():
    md = "# Storm hits coast\n\nThe `the the` code, and the the prose.\n"
    html = "<h1>Storm hits coast</h1><p>The <b>the</b> the wall &amp; the seige.</p>"
    svc = LintService(get_linter(Settings()), workers=0, queue=2)
    try:
        app = create_app(svc, ServeOptions())
        r = call(app, "POST", "/api/lint", content=md.encode(), headers={"Content-Type": "text/markdown"}).json()
        assert [(i["rule"], i["line"], i["column"]) for i in r["issues"]] == [("style.repeated-word", 3, 25)]
        r = call(app, "POST", "/api/lint", json={"text": html, "format": "html"}).json()
        rules = {i["rule"] for i in r["issues"]}
        assert "spelling.misspelling" in rules
        assert all(i["path"] == "article.html" for i in r["issues"])
    finally:
        svc._executor.shutdown(wait=True)


# -- refusals: always a 4xx with a message, never a 500 ----------------------------------------

@pytest.mark.parametrize("kwargs, status, message", [
    ({"data": {"language": "en-US"}}, 400, "exactly one of the fields 'text' and 'data'"),
    ({"data": {"language": "en-US", "text": "a", "data": "{}"}}, 400, "exactly one"),
    ({"data": {"text": "Hello"}}, 400, "'language' field is required"),
    ({"data": {"text": "Hallo Welt", "language": "de-DE"}}, 400, "'de-DE' is not supported"),
    ({"content": b"text=%FF%FE&language=en-US", "headers": {"Content-Type": "application/x-www-form-urlencoded"}},
     400, "not UTF-8"),
    ({"content": b"text=\xff&language=en-US", "headers": {"Content-Type": "application/x-www-form-urlencoded"}},
     400, "not UTF-8"),
    ({"content": b"text=a&language=en-US", "headers": {"Content-Type": "application/x-www-form-urlencoded; charset=latin-1"}},
     415, "must be UTF-8"),
    ({"content": b'{"text": "a"}', "headers": {"Content-Type": "application/json"}}, 415, "x-www-form-urlencoded"),
    ({"content": b"--x\r\nbroken", "headers": {"Content-Type": "multipart/form-data; boundary=zz"}}, 400, "multipart"),
])
def test_bad_check_requests(app, kwargs, status, message):
    r = call(app, "POST", "/v2/check", **kwargs)
    assert r.status_code == status, r.text
    assert r.text.startswith("Error: ") and message in r.text


def test_multipart_form_is_read(app):
    r = call(app, "POST", "/v2/check", files={"text": (None, STORY), "language": (None, "en-GB")})
    assert r.status_code == 200, r.text
    assert any(m["rule"]["id"] == "style.repeated-word" for m in r.json()["matches"])


@pytest.mark.parametrize("kwargs, status, message", [
    ({"content": b"\xff\xfeH", "headers": {"Content-Type": "text/plain"}}, 400, "not valid UTF-16"),
    ({"content": b"Title\n\nCaf\xe9 society.\n", "headers": {"Content-Type": "text/plain"}}, 400, "not valid UTF-8"),
    ({"content": b"Title", "headers": {"Content-Type": "text/plain; charset=iso-8859-1"}}, 415, "must be UTF-8"),
    ({"content": b"Title", "headers": {"Content-Type": "application/pdf"}}, 415, "text/plain"),
    ({"content": b"{", "headers": {"Content-Type": "application/json"}}, 400, "cannot be read"),
    ({"json": {"text": "a", "format": "docx"}}, 400, "format must be one of"),
    ({"json": {"text": "a", "path": "story.docx"}}, 400, "cannot tell the format"),
    ({"json": {"text": "a", "secret": 1}}, 400, "unknown field"),
    ({"json": {"text": "a", "language": "fr"}}, 400, "not supported"),
    ({"json": ["a"]}, 400, "expected a JSON object"),
])
def test_bad_lint_requests(app, kwargs, status, message):
    r = call(app, "POST", "/api/lint", **kwargs)
    assert r.status_code == status, r.text
    assert message in r.json()["error"]


def test_too_large_by_header_and_by_stream():
    svc = LintService(get_linter(Settings()), workers=0, queue=2)
    try:
        app = create_app(svc, ServeOptions(max_body=2048))
        big = {"text": "word " * 1000, "language": "en-US"}
        r = check(app, **big)
        assert r.status_code == 413 and "limit of 2,048 bytes" in r.text

        async def chunks():
            for _ in range(10):
                yield b"x" * 1000

        r = call(app, "POST", "/api/lint", content=chunks(), headers={"Content-Type": "text/plain"})
        assert r.status_code == 413 and "limit of 2,048 bytes" in r.json()["error"]
        assert check(app, text=STORY, language="en-US").status_code == 200
    finally:
        svc._executor.shutdown(wait=True)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.binary(max_size=300), ctype=st.sampled_from([
    "application/x-www-form-urlencoded", "multipart/form-data; boundary=b", "multipart/form-data", "text/plain",
    "text/html; charset=utf-8", "application/json", "", "text/plain; charset=utf-16"]),
    path=st.sampled_from(["/v2/check", "/api/lint"]))
def test_no_body_gets_a_500(app, body, ctype, path):
    headers = {"Content-Type": ctype} if ctype else {}
    r = call(app, "POST", path, content=body, headers=headers)
    assert r.status_code < 500, (r.status_code, r.text)
    if r.status_code >= 400:
        assert len(r.text) > 10


# -- operation: token, concurrency limit, deadline, CORS, logs ------------------------------

TOKEN = "t0ken-for-the-tests-only"


def test_token_by_header_or_api_key_field(service):
    app = create_app(service, ServeOptions(token=TOKEN))
    assert check(app, text=STORY, language="en-US").status_code == 401
    r = call(app, "POST", "/api/lint", json={"text": STORY}, headers={"Authorization": "Bearer wrong-token"})
    assert r.status_code == 401 and "token" in r.json()["error"] and r.headers["www-authenticate"].startswith("Bearer")
    ok = call(app, "POST", "/api/lint", json={"text": STORY}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert ok.status_code == 200
    assert check(app, text=STORY, language="en-US", apiKey=TOKEN).status_code == 200
    assert call(app, "GET", "/health").status_code == 200  # no article, no token needed


def test_options_refuse_an_open_address_without_a_token():
    assert ServeOptions(host="0.0.0.0").problem() is not None
    assert "token" in ServeOptions(host="192.168.1.5").problem()
    assert ServeOptions(host="0.0.0.0", token=TOKEN).problem() is None
    assert ServeOptions(host="::1").problem() is None and ServeOptions(host="localhost").problem() is None
    assert "16 characters" in ServeOptions(token="short").problem()


def test_serve_command_refuses_open_address_without_token(run_cli):
    r = run_cli("serve", "--host", "0.0.0.0", "--port", "0")
    assert r.returncode == 2
    assert "needs a token" in r.stderr.decode() and "Traceback" not in r.stderr.decode()


def test_over_the_limit_gets_429_and_every_request_an_answer():
    svc = LintService(get_linter(Settings()), workers=0, queue=1)  # capacity 2
    app = create_app(svc, ServeOptions())
    text = SAMPLE.read_text(encoding="utf-8")

    async def burst() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 5555))
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1", timeout=60) as client:
            return await asyncio.gather(*[client.post("/v2/check", data={"text": text + f"\n\nEnd {n}.\n",
                                                                           "language": "en-GB"}) for n in range(8)])

    try:
        answers = asyncio.run(burst())
        codes = sorted(r.status_code for r in answers)
        assert len(answers) == 8 and set(codes) <= {200, 429} and codes.count(200) >= 2 and 429 in codes, codes
        busy = next(r for r in answers if r.status_code == 429)
        assert "busy" in busy.text and busy.headers["retry-after"] == "1"
        assert svc.in_flight == 0
    finally:
        svc._executor.shutdown(wait=True)


def test_deadline_gives_503_with_a_message():
    svc = LintService(get_linter(Settings()), workers=0, queue=4)
    app = create_app(svc, ServeOptions(timeout=0.001))
    try:
        text = SAMPLE.read_text(encoding="utf-8") * 3
        r = call(app, "POST", "/api/lint", json={"text": text})
        assert r.status_code == 503 and "deadline" in r.json()["error"], r.text
    finally:
        svc._executor.shutdown(wait=True)
    assert svc.in_flight == 0  # the slot is freed once the worker is done


def test_cors_is_off_unless_configured(service):
    plain = create_app(service, ServeOptions())
    r = call(plain, "POST", "/v2/check", data={"text": STORY, "language": "en-US"}, headers={"Origin": "https://cms.example"})
    assert "access-control-allow-origin" not in r.headers
    pre = call(plain, "OPTIONS", "/api/lint", headers={"Origin": "https://cms.example", "Access-Control-Request-Method": "POST"})
    assert "access-control-allow-origin" not in pre.headers
    app = create_app(service, ServeOptions(cors_origins=("https://cms.example",)))
    pre = call(app, "OPTIONS", "/api/lint", headers={"Origin": "https://cms.example", "Access-Control-Request-Method": "POST",
                                                     "Access-Control-Request-Headers": "authorization,content-type"})
    assert pre.status_code == 200 and pre.headers["access-control-allow-origin"] == "https://cms.example"
    other = call(app, "OPTIONS", "/api/lint", headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"})
    assert other.headers.get("access-control-allow-origin") != "https://evil.example"


def test_access_log_has_facts_and_no_text(app, caplog):
    marker = "Zanzibarquux"
    with caplog.at_level(logging.INFO, logger="copylint.server.access"):
        logger = logging.getLogger("copylint.server")
        old, logger.propagate = logger.propagate, True
        try:
            check(app, text=f"Headline\n\nThe {marker} said the the thing.\n", language="en-GB")
            call(app, "POST", f"/api/lint?path={marker}.txt", content=f"{marker} story".encode(),
                 headers={"Content-Type": "text/plain"})
            check(app, text=marker, language=marker)
        finally:
            logger.propagate = old
    lines = [getattr(r, "fields", {}) for r in caplog.records if r.name == "copylint.server.access"]
    assert len(lines) == 3
    assert lines[0]["status"] == 200 and lines[0]["path"] == "/v2/check" and lines[0]["issues"] >= 1
    assert lines[0]["bytes_in"] > 0 and lines[0]["bytes_out"] > 0 and "lint_cpu_ms" in lines[0]
    assert lines[2]["status"] == 400 and lines[2]["refused"] == "bad_input"
    assert marker not in json.dumps(lines) and marker not in caplog.text


def test_utf16_offsets_across_astral_characters():
    text = "\U0001F30A\U0001F30A Flood\n\n\U0001F44D It it rained.\n"
    linter = get_linter(Settings())
    issues = lint_text(text, "request.txt", config=Settings())
    matches = ltwire.to_matches(issues, text, linter, ltwire.PlainText(text))
    assert [utf16_slice(text, m["offset"], m["length"]) for m in matches] == [i.text for i in issues]
    assert any(m["offset"] > issues[0].offset for m in matches)  # the surrogate pairs were counted



def test_serve_command_reports_a_bad_config_and_a_busy_port(run_cli, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("dialect = 'en-AU'\n")
    r = run_cli("serve", "--config", str(bad), "--port", "0")
    assert r.returncode == 2 and "bad.toml:1" in r.stderr.decode() and "Traceback" not in r.stderr.decode()
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        r = run_cli("serve", "--port", str(taken.getsockname()[1]), "--workers", "0")
    err = r.stderr.decode()
    assert r.returncode == 2 and "cannot listen on 127.0.0.1" in err and "Traceback" not in err



def _linter_with(check: type) -> object:
    """An en-GB linter with one extra check (a test double for a hang, a failure, a slow
    check) and its rule."""
    from copylint.engine import Linter

    settings = Settings(dialect="en-GB")
    linter = Linter(settings)
    linter.checks.append(check(settings))
    linter.rules[check.rules[0].id] = check.rules[0]
    return linter

def _sleeping_check(rule_id: str, marker: str, seconds: float) -> type:
    """A check (test double) that sleeps ``seconds`` on a text holding ``marker`` and finds
    nothing."""
    import time

    from copylint.checks.base import Check, RuleInfo

    class Sleeper(Check):
        rules = (RuleInfo(rule_id, "structure", "warning", "Sleeps.", "For the worker tests."),)

        def run(self, doc, ctx):
            if marker in doc.source:
                time.sleep(seconds)
            return []

    return Sleeper


def test_a_stuck_worker_is_replaced_and_the_server_recovers():
    """A check that never returns: the request gets its 503 at the deadline, the workers are
    stopped reap_after seconds later and replaced (built fresh from the settings), and the
    next request is answered."""
    linter = _linter_with(_sleeping_check("structure.test-hang", "HANG-NOW", 600))
    svc = LintService(linter, workers=1, queue=4, reap_after=0.5)
    short = create_app(svc, ServeOptions(timeout=1.0))
    patient = create_app(svc, ServeOptions(timeout=120.0))  # the replacement builds its linter first
    first = svc.worker_pids()

    async def scenario() -> tuple[httpx.Response, httpx.Response]:
        async def post(app, text: str) -> httpx.Response:
            transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 5555))
            async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1", timeout=180) as client:
                return await client.post("/v2/check", data={"text": text, "language": "en-GB"})

        stuck = await post(short, "Title\n\nHANG-NOW here.\n")
        await asyncio.sleep(1.0)  # past reap_after: the stuck worker is stopped, new ones start
        return stuck, await post(patient, STORY)

    try:
        stuck, after = asyncio.run(scenario())
        assert stuck.status_code == 503 and "deadline" in stuck.text
        assert svc.restarts == 1 and svc.worker_pids() != first
        assert after.status_code == 200, after.text
        assert any(m["rule"]["id"] == "style.repeated-word" for m in after.json()["matches"])
    finally:
        svc._executor.shutdown(wait=True, cancel_futures=True)


def test_a_failing_check_marks_results_incomplete_and_a_bug_is_a_clean_500(monkeypatch, caplog):
    """(An incomplete answer is not kept for an identical request: it is linted again.)"""
    from copylint.checks.base import Check, RuleInfo

    class Broken(Check):
        rules = (RuleInfo("structure.test-broken", "structure", "warning", "Breaks.", "For the failure test."),)

        def run(self, doc, ctx):
            raise ValueError(f"cannot handle {doc.source[:20]}")

    linter = _linter_with(Broken)
    svc = LintService(linter, workers=0, queue=2)
    app = create_app(svc, ServeOptions())
    try:
        with caplog.at_level(logging.INFO, logger="copylint.server"):
            logger = logging.getLogger("copylint.server")
            old, logger.propagate = logger.propagate, True
            try:
                for _ in range(2):
                    r = check(app, text=STORY, language="en-GB")
                    assert r.status_code == 200 and r.json()["warnings"]["incompleteResults"] is True
                    assert any(m["rule"]["id"] == "style.repeated-word" for m in r.json()["matches"])
                assert svc.shared == 0 and sum(getattr(x, "fields", {}).get("event") == "check_failure"
                                               for x in caplog.records) == 2

                def bug(*args, **kwargs):
                    raise KeyError("Secretword")

                monkeypatch.setattr(ltwire, "to_matches", bug)
                r = check(app, text="Secretword story\n\nIt it rained.\n", language="en-GB")
            finally:
                logger.propagate = old
        assert r.status_code == 500 and r.text.startswith("Error: internal error (KeyError at ")
        assert "Secretword" not in r.text and "Secretword" not in caplog.text and "Storm" not in caplog.text
        assert any(getattr(x, "fields", {}).get("event") == "check_failure" for x in caplog.records)
    finally:
        svc._executor.shutdown(wait=True)


def test_identical_requests_are_linted_once(monkeypatch, caplog):
    """Eight identical requests at once on a server that holds two: one lint, eight equal
    answers (the others wait for the first one's, taking no place in the queue); the same
    request a moment later gets the kept answer; a different one is linted."""
    from copylint.server import workers

    svc = LintService(get_linter(Settings()), workers=0, queue=1)  # capacity 2
    app = create_app(svc, ServeOptions())
    linted: list[object] = []
    real = workers.run_job

    def counting(key, job, memoise=True):
        linted.append(job)
        return real(key, job, memoise)

    monkeypatch.setattr(workers, "run_job", counting)
    text = SAMPLE.read_text(encoding="utf-8")

    async def burst(texts: list[str]) -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 5555))
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1", timeout=60) as client:
            return await asyncio.gather(*[client.post("/v2/check", data={"text": t, "language": "en-GB"}) for t in texts])

    logger = logging.getLogger("copylint.server")
    old, logger.propagate = logger.propagate, True
    try:
        with caplog.at_level(logging.INFO, logger="copylint.server.access"):
            answers = asyncio.run(burst([text] * 8))
            assert [r.status_code for r in answers] == [200] * 8
            assert len({r.content for r in answers}) == 1 and len(linted) == 1
            assert answers[0].json()["matches"]
            again = asyncio.run(burst([text]))[0]
            assert again.content == answers[0].content and len(linted) == 1
            other = asyncio.run(burst([text + "\nOne more line.\n"]))[0]
            assert other.status_code == 200 and other.content != again.content and len(linted) == 2
    finally:
        logger.propagate = old
        svc._executor.shutdown(wait=True)
    logged = [getattr(r, "fields", {}) for r in caplog.records if r.name == "copylint.server.access"]
    assert sorted(x.get("shared", "-") for x in logged) == ["-", "-", "in_flight", "in_flight", "in_flight", "in_flight",
                                                          "in_flight", "in_flight", "in_flight", "recent"]
    assert sum(1 for x in logged if x["lint_cpu_ms"] > 0) == 2
    assert svc.in_flight == 0 and svc.shared == 8 and svc.served == 10


def test_identical_requests_past_the_deadline_all_get_503_and_free_the_slot():
    svc = LintService(get_linter(Settings()), workers=0, queue=1)
    app = create_app(svc, ServeOptions(timeout=0.001))
    text = SAMPLE.read_text(encoding="utf-8") * 3

    async def burst() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 5555))
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1", timeout=60) as client:
            return await asyncio.gather(*[client.post("/api/lint", json={"text": text}) for _ in range(4)])

    try:
        assert [r.status_code for r in asyncio.run(burst())] == [503] * 4
    finally:
        svc._executor.shutdown(wait=True)
    assert svc.in_flight == 0 and not svc._pending


def test_requests_queued_when_the_workers_are_replaced_get_503_retry():
    """Replacing the workers cancels the jobs still waiting for one: their requests get a 503
    asking to retry (not a 500, not a hang), and the slots are freed."""
    linter = _linter_with(_sleeping_check("structure.test-slow", "SLOW-NOW", 1.0))
    svc = LintService(linter, workers=0, queue=4)
    app = create_app(svc, ServeOptions())

    async def scenario() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 5555))
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1", timeout=60) as client:
            slow = asyncio.ensure_future(client.post("/v2/check", data={"text": "SLOW-NOW\n", "language": "en-GB"}))
            await asyncio.sleep(0.2)
            waiting = asyncio.ensure_future(client.post("/v2/check", data={"text": STORY, "language": "en-GB"}))
            await asyncio.sleep(0.2)
            svc._executor.shutdown(wait=False, cancel_futures=True)  # what replacing the workers does
            return list(await asyncio.gather(slow, waiting))

    slow, waiting = asyncio.run(scenario())
    assert slow.status_code == 200
    assert waiting.status_code == 503 and "restarted" in waiting.text and waiting.headers["retry-after"] == "1"
    assert svc.in_flight == 0 and not svc._pending
