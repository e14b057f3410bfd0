"""A small stand-in for a LanguageTool server, on 127.0.0.1 only, for tests.

It answers ``POST /v2/check`` like LanguageTool does (the documented JSON, offsets and
lengths in UTF-16 code units) from a table of patterns, records every request's form
fields, and can be told to misbehave: an HTTP error, a body that is not JSON, a slow
answer, a dropped connection.
"""

from __future__ import annotations

import json
import re
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Pattern:
    """Matches ``regex`` in the checked text and reports it as ``rule_id``."""

    regex: str
    rule_id: str
    message: str
    replacements: tuple[str, ...] = ()
    category_id: str = "GRAMMAR"
    category_name: str = "Grammar"
    issue_type: str = "grammar"
    description: str = ""


def utf16_units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def check_answer(text: str, patterns: list[Pattern], disabled: set[str]) -> dict:
    """The /v2/check JSON LanguageTool would send for these patterns."""
    matches = []
    for p in patterns:
        if p.rule_id in disabled:
            continue
        for m in re.finditer(p.regex, text):
            offset, length = utf16_units(text[: m.start()]), utf16_units(m.group(0))
            ctx_start = max(0, m.start() - 20)
            matches.append({
                "message": p.message,
                "shortMessage": "",
                "replacements": [{"value": r} for r in p.replacements],
                "offset": offset,
                "length": length,
                "context": {"text": text[ctx_start: m.end() + 20], "offset": m.start() - ctx_start, "length": length},
                "sentence": text,
                "type": {"typeName": "Other"},
                "rule": {
                    "id": p.rule_id,
                    "description": p.description or p.message,
                    "issueType": p.issue_type,
                    "category": {"id": p.category_id, "name": p.category_name},
                },
                "ignoreForIncompleteSentence": False,
                "contextForSureMatch": 0,
            })
    matches.sort(key=lambda x: x["offset"])
    return {
        "software": {"name": "LanguageTool", "version": "6.6", "buildDate": "2025-03-27", "apiVersion": 1,
                     "premium": False, "status": ""},
        "warnings": {"incompleteResults": False},
        "language": {"name": "English (US)", "code": "en-US",
                     "detectedLanguage": {"name": "English (US)", "code": "en-US", "confidence": 0.99}},
        "matches": matches,
    }


@dataclass
class LTDouble:
    patterns: list[Pattern] = field(default_factory=list)
    requests: list[dict[str, str]] = field(default_factory=list)
    connections: int = 0
    # misbehaviour, for the error paths
    status: int = 200
    body: bytes | None = None  # sent as is instead of the JSON answer
    delay: float = 0.0  # seconds before answering
    drop: bool = False  # close the connection without answering

    def __post_init__(self) -> None:
        double = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, as LanguageTool's server

            def setup(self) -> None:
                super().setup()
                double.connections += 1

            def log_message(self, *args: object) -> None:
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                raw = self.rfile.read(length).decode("utf-8")
                form = {k: v[0] for k, v in urllib.parse.parse_qs(raw, keep_blank_values=True).items()}
                form["_path"] = self.path
                double.requests.append(form)
                if double.delay:
                    time.sleep(double.delay)
                if double.drop:
                    self.close_connection = True
                    return
                if self.path != "/v2/check":
                    return self._send(404, b"Not found")
                if double.body is not None:
                    return self._send(double.status, double.body)
                disabled = set(filter(None, form.get("disabledRules", "").split(",")))
                answer = check_answer(form.get("text", ""), double.patterns, disabled)
                self._send(double.status, json.dumps(answer).encode("utf-8"), "application/json")

            def _send(self, status: int, body: bytes, ctype: str = "text/plain") -> None:
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", ctype)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout tests)
                    pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def reset(self) -> None:
        self.patterns.clear()
        self.requests.clear()
        self.status, self.body, self.delay, self.drop = 200, None, 0.0, False

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
