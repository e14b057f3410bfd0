"""Structured access logs: one JSON object per request on stderr, never any article text.

Logged: time, request id, client address, method, path (without the query string, which
could carry text), status, bytes in and out, wall milliseconds and the lint's CPU milliseconds, the number of
issues, and a short reason code for refusals. Not logged: bodies, query strings, form
fields, tokens, error messages (they may quote the request).
"""

from __future__ import annotations

import json
import logging
import sys
import time
import uuid
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

logger = logging.getLogger("copylint.server.access")


class JsonLines(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        data = getattr(record, "fields", None) or {"message": record.getMessage()}
        entry = {"ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)) + f".{int(record.msecs):03d}Z",
                 "level": record.levelname.lower(), **data}
        return json.dumps(entry, ensure_ascii=False)


def configure(stream: Any = None, level: int = logging.INFO) -> None:
    """Send the server's logs (``copylint.server.*``) to ``stream`` as JSON lines."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonLines())
    parent = logging.getLogger("copylint.server")
    parent.handlers[:] = [handler]
    parent.setLevel(level)
    parent.propagate = False


def event(name: str, **fields: Any) -> None:
    """A server event (start, stop, worker failure) in the same format."""
    logging.getLogger("copylint.server").info(name, extra={"fields": {"event": name, **fields}})


class AccessLog:
    """ASGI middleware: counts bytes, times the request, logs one line when it ends.

    Routes add facts through ``scope["state"]["log"]`` (a dict of counts and codes).
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        request_id = uuid.uuid4().hex[:16]
        facts: dict[str, Any] = {}
        scope.setdefault("state", {})["log"] = facts
        sizes = {"in": 0, "out": 0}
        status = 0

        async def counting_receive() -> Message:
            message = await receive()
            if message["type"] == "http.request":
                sizes["in"] += len(message.get("body", b""))
            return message

        async def counting_send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], (b"x-request-id", request_id.encode())]
            elif message["type"] == "http.response.body":
                sizes["out"] += len(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, counting_receive, counting_send)
        finally:
            client = scope.get("client")
            logger.info("request", extra={"fields": {
                "event": "request", "id": request_id, "client": client[0] if client else None,
                "method": scope["method"], "path": scope["path"][:200], "status": status or 500,
                "bytes_in": sizes["in"], "bytes_out": sizes["out"],
                "ms": round((time.perf_counter() - start) * 1000, 2), **facts,
            }})
