"""The HTTP application (Starlette): routes, the body limit, the token, CORS.

Routes:

- ``POST /v2/check``, ``GET /v2/languages``: LanguageTool's protocol (errors as
  ``text/plain`` ``Error: ...``, as LanguageTool answers them, so its clients show them);
- ``POST /api/lint``: an article in, copylint's JSON (``--format json``) out;
- ``GET /health``: liveness and load, no token needed, nothing about any article.

Every refusal is a 4xx with a message saying what to change: 400 bad field, 401 token,
413 too large, 415 wrong type or charset, 429 too many requests at once; 503 when the
deadline passes or a worker died. An unexpected failure is logged (its type, never the
request) and answered 500, which the tests treat as a bug.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
import time
from collections.abc import AsyncIterator
from typing import Any

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from copylint.errors import InputError
from copylint.readers import FORMATS, format_for_path
from copylint.server import ltwire
from copylint.server.accesslog import AccessLog, event
from copylint.server.forms import UnsupportedMediaType, check_charset, media_type, parse_form
from copylint.server.options import ServeOptions
from copylint.server.workers import Busy, CheckJob, DeadlineExceeded, LintJob, LintService, Outcome, WorkerCrashed
from copylint.version import __version__

logger = logging.getLogger("copylint.server")

_RAW_TYPES = {"text/plain": "txt", "text/markdown": "md", "text/x-markdown": "md", "text/html": "html"}
_FORMAT_NAMES = {"txt", "md", "html"}


class Refused(Exception):
    """A request answered with a 4xx/5xx and a message."""

    def __init__(self, status: int, message: str, code: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.code, self.headers = status, message, code, headers or {}


def _error_response(path: str, status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    if path.startswith("/v2/"):
        return PlainTextResponse(f"Error: {message}\n", status, headers=headers)
    return JSONResponse({"error": message}, status, headers=headers)


class _TooLarge(Exception):
    pass


DRAIN_FACTOR = 8  # a refused body up to 8x the limit is read and dropped before the 413
DRAIN_SECONDS = 5.0


async def _drain(receive: Receive, most: int | None = None) -> None:
    """Read and drop the rest of a refused body (at most ``most`` bytes, for a few seconds)."""
    seen = 0

    async def run() -> None:
        nonlocal seen
        while True:
            msg = await receive()
            seen += len(msg.get("body", b""))
            if msg["type"] != "http.request" or not msg.get("more_body") or (most is not None and seen > most):
                return

    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(run(), DRAIN_SECONDS)


class BodyLimit:
    """ASGI middleware: refuse a body over ``limit`` bytes with 413, by its Content-Length
    before reading anything, or as soon as a chunked body passes the limit."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        message = (f"the request body is larger than this server's limit of {self.limit:,} bytes "
                   "(copylint serve --max-body-bytes); send one article at a time")
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None:
            if not declared.isdigit():
                await _error_response(scope["path"], 400, "bad Content-Length header")(scope, receive, send)
                return
            if int(declared) > self.limit:
                scope.setdefault("state", {}).setdefault("log", {})["refused"] = "too_large"
                if int(declared) <= DRAIN_FACTOR * self.limit:  # read and drop it, so the client, still
                    await _drain(receive)                         # sending, gets the answer, not a reset
                await _error_response(scope["path"], 413, message)(scope, receive, send)
                return
        seen = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal seen
            msg = await receive()
            if msg["type"] == "http.request":
                seen += len(msg.get("body", b""))
                if seen > self.limit:
                    raise _TooLarge
            return msg

        async def watch_send(msg: Message) -> None:
            nonlocal started
            started = started or msg["type"] == "http.response.start"
            await send(msg)

        try:
            await self.app(scope, limited_receive, watch_send)
        except _TooLarge:
            if started:
                raise
            scope.setdefault("state", {}).setdefault("log", {})["refused"] = "too_large"
            await _drain(receive, DRAIN_FACTOR * self.limit)
            await _error_response(scope["path"], 413, message)(scope, receive, send)


class Handlers:
    def __init__(self, service: LintService, options: ServeOptions) -> None:
        self.service = service
        self.options = options

    # -- shared steps -------------------------------------------------------------
    def _authorize(self, request: Request, fields: dict[str, str] | None = None) -> None:
        token = self.options.token
        if not token:
            return
        header = request.headers.get("authorization", "")
        scheme, _, given = header.partition(" ")
        if scheme.lower() != "bearer" and fields is not None:  # LanguageTool clients send the key as a field
            given = fields.get("apiKey", "")
        if not given or not hmac.compare_digest(given.strip().encode(), token.encode()):
            raise Refused(401, "a valid token is required: send 'Authorization: Bearer <token>' "
                          "(LanguageTool clients: the API key field)", "unauthorized",
                          {"WWW-Authenticate": 'Bearer realm="copylint"'})

    async def _body(self, request: Request, deadline: float) -> bytes:
        try:
            return await asyncio.wait_for(request.body(), max(deadline - time.monotonic(), 0.001))
        except TimeoutError:
            raise Refused(408, "the request body did not arrive before the deadline", "slow_body") from None

    async def _run(self, request: Request, job: CheckJob | LintJob, deadline: float) -> Outcome:
        facts = request.scope["state"]["log"]
        try:
            outcome = await self.service.run(job, max(deadline - time.monotonic(), 0.001))
        except Busy as exc:
            raise Refused(429, str(exc), "busy", {"Retry-After": "1"}) from None
        except DeadlineExceeded as exc:
            raise Refused(503, str(exc), "deadline", {"Retry-After": "1"}) from None
        except WorkerCrashed as exc:
            event("worker_crashed")
            raise Refused(503, str(exc), "worker_crashed", {"Retry-After": "1"}) from None
        facts.update(issues=outcome.issues, lint_cpu_ms=round(outcome.cpu_ms, 2))
        if outcome.shared:
            facts["shared"] = outcome.shared  # the answer of an identical request: no lint of its own
        else:
            for failure in outcome.failures:
                event("check_failure", check=failure.split(":", 1)[0])
        if outcome.status == 500:
            event("internal_error", where=outcome.error)
            raise Refused(500, outcome.error or "internal error", "internal_error")
        if outcome.status != 200:
            raise Refused(outcome.status, outcome.error or "refused", "bad_input")
        return outcome

    async def guarded(self, request: Request, handler: Any) -> Response:
        deadline = time.monotonic() + self.options.timeout
        try:
            return await handler(request, deadline)
        except Refused as exc:
            request.scope["state"]["log"]["refused"] = exc.code
            return _error_response(request.url.path, exc.status, exc.message, exc.headers)
        except UnsupportedMediaType as exc:
            request.scope["state"]["log"]["refused"] = "media_type"
            return _error_response(request.url.path, 415, exc.message)
        except InputError as exc:
            request.scope["state"]["log"]["refused"] = "bad_input"
            return _error_response(request.url.path, 400, exc.message)

    # -- routes ------------------------------------------------------------------
    async def health(self, request: Request) -> Response:
        s = self.service
        return JSONResponse({"status": "ok", "version": __version__, "workers": s.workers,
                             "in_flight": s.in_flight, "capacity": s.capacity, "served": s.served,
                             "shared": s.shared})

    async def languages(self, request: Request) -> Response:
        return JSONResponse(list(ltwire.LANGUAGES))

    async def check(self, request: Request) -> Response:
        return await self.guarded(request, self._check)

    async def lint(self, request: Request) -> Response:
        return await self.guarded(request, self._lint)

    async def _check(self, request: Request, deadline: float) -> Response:
        body = await self._body(request, deadline)
        fields = parse_form(request.headers.get("content-type"), body)
        self._authorize(request, fields)
        text, data = fields.get("text"), fields.get("data")
        if (text is None) == (data is None):
            raise InputError("send exactly one of the fields 'text' and 'data'", "text")
        dialect = ltwire.parse_language(fields.get("language"))
        if dialect is None:  # auto: a client's preferred English variant decides, else the article
            for variant in ltwire.rule_list(fields.get("preferredVariants")):
                with contextlib.suppress(InputError):
                    dialect = ltwire.parse_language(variant) or dialect
        job = CheckJob(text, data, dialect, ltwire.rule_list(fields.get("enabledRules")),
                       ltwire.rule_list(fields.get("disabledRules")),
                       ltwire.parse_flag(fields.get("enabledOnly"), "enabledOnly"))
        outcome = await self._run(request, job, deadline)
        return _answer(outcome)

    async def _lint(self, request: Request, deadline: float) -> Response:
        self._authorize(request)
        body = await self._body(request, deadline)
        kind, params = media_type(request.headers.get("content-type"))
        query = request.query_params
        if kind == "application/json":
            check_charset(params, "the JSON body")
            fields = _json_fields(body)
            data = fields["text"].encode("utf-8")
        elif kind in _RAW_TYPES:
            check_charset(params, "the article")
            fields = {k: query[k] for k in ("path", "format", "language") if k in query}
            fields.setdefault("format", _RAW_TYPES[kind])
            data = body
        else:
            raise UnsupportedMediaType("send the article as text/plain, text/markdown or text/html (UTF-8), "
                                       "or as JSON {\"text\": ..., \"format\": \"txt|md|html\"}", "Content-Type")
        fmt = fields.get("format")
        if fmt is not None and fmt not in _FORMAT_NAMES:
            raise InputError(f"format must be one of txt, md, html; got {fmt[:20]!r}", "format")
        path = _article_path(fields.get("path"), fmt)
        fmt = fmt or format_for_path(path)
        if fmt is None:
            raise InputError(f"cannot tell the format from the path's extension; name one of {', '.join(sorted(FORMATS))} "
                             "or send 'format'", "path")
        language = fields.get("language")
        dialect = ltwire.parse_language(language) if language else None
        outcome = await self._run(request, LintJob(data, fmt, path, dialect), deadline)
        return _answer(outcome)


def _answer(outcome: Outcome) -> Response:
    """The job's JSON, with the lint's CPU time as a Server-Timing entry (browsers' devtools show it)."""
    return Response(outcome.body, 200, media_type="application/json",
                    headers={"Server-Timing": f"lint-cpu;dur={outcome.cpu_ms:.1f}"})


def _json_fields(body: bytes) -> dict[str, str]:
    try:
        value = json.loads(body.decode("utf-8"))
    except UnicodeDecodeError:
        raise InputError("the JSON body is not UTF-8", "body") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"the JSON body cannot be read: {exc.msg} at line {exc.lineno}, column {exc.colno}", "body") from None
    except RecursionError:
        raise InputError("the JSON body is nested too deeply", "body") from None
    if not isinstance(value, dict) or not isinstance(value.get("text"), str):
        raise InputError('expected a JSON object {"text": "...", "format": "txt|md|html", "path": "...", "language": "..."}',
                         "body")
    unknown = set(value) - {"text", "format", "path", "language"}
    if unknown:
        raise InputError(f"unknown field(s) {', '.join(sorted(unknown))[:80]}; expected text, format, path, language", "body")
    for key in ("format", "path", "language"):
        if key in value and not isinstance(value[key], str):
            raise InputError(f"'{key}' must be a string", "body")
    return value


def _article_path(path: str | None, fmt: str | None) -> str:
    """The name issues are reported under (never opened: it only picks the format and
    the configuration's per-file overrides)."""
    if path is None:
        return f"article.{fmt or 'txt'}"
    if not path or len(path) > 300 or any(ord(c) < 32 for c in path):
        raise InputError("'path' must be a file name of 1-300 printable characters", "path")
    return path


def create_app(service: LintService, options: ServeOptions) -> Starlette:
    handlers = Handlers(service, options)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        event("ready", workers=service.workers, capacity=service.capacity, max_body=options.max_body,
              timeout_s=options.timeout, cors=list(options.cors_origins), token=bool(options.token))
        try:
            yield
        finally:  # uvicorn has stopped accepting and finished the requests in progress
            event("stopping", in_flight=service.in_flight, served=service.served)
            service.close()
            event("stopped", served=service.served)

    middleware = [Middleware(AccessLog)]
    if options.cors_origins:
        middleware.append(Middleware(CORSMiddleware, allow_origins=list(options.cors_origins),
                                     allow_methods=["GET", "POST"], allow_headers=["Authorization", "Content-Type"],
                                     max_age=600))
    middleware.append(Middleware(BodyLimit, limit=options.max_body))
    routes = [
        Route("/health", handlers.health, methods=["GET"]),
        Route("/v2/languages", handlers.languages, methods=["GET"]),
        Route("/v2/check", handlers.check, methods=["POST"]),
        Route("/api/lint", handlers.lint, methods=["POST"]),
    ]
    return Starlette(routes=routes, middleware=middleware, lifespan=lifespan)
