"""LanguageTool over its HTTP API (``POST /v2/check``), and the local server.

Two ways to reach LanguageTool, both chosen by the user:

- a server named in ``grammar.languagetool_url`` (a self-hosted Docker image or the
  standalone jar): copylint talks to it directly, one keep-alive connection per run;
- no URL: language-tool-python starts a local server from a LanguageTool it finds (its
  download folder, ``LTP_PATH``, ``LTP_JAR_DIR_PATH``) or, only when the user asked for
  LanguageTool by name, downloads. copylint then talks to that server the same way.

Article text goes nowhere else: there is no default server, and the public web API is
used only if the user writes its address in ``languagetool_url``.

Offsets in LanguageTool's answers count UTF-16 code units; :func:`match_span` turns
them into code-point offsets of the text that was sent.
"""

from __future__ import annotations

import http.client
import io
import json
import os
import shutil
import socket
import ssl
import time
import urllib.parse
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from copylint.backends import BackendUnavailable
from copylint.positions import utf16_length, utf16_to_codepoint_offsets

#: LanguageTool's English spell checkers (one per variant). They are switched off
#: when copylint's own spelling rules run, without touching the rest of TYPOS.
SPELLING_RULES = (
    "MORFOLOGIK_RULE_EN_US",
    "MORFOLOGIK_RULE_EN_GB",
    "MORFOLOGIK_RULE_EN_AU",
    "MORFOLOGIK_RULE_EN_CA",
    "MORFOLOGIK_RULE_EN_NZ",
    "MORFOLOGIK_RULE_EN_ZA",
)

#: Longest text sent in one request; a longer document is sent in several, split
#: between segments (self-hosted servers may set ``maxTextLength``).
MAX_REQUEST_CHARS = 50_000


class LanguageToolError(BackendUnavailable):
    """LanguageTool is missing, down, slow, or answered something unusable."""


@dataclass(frozen=True)
class Match:
    """One entry of ``matches`` in a ``/v2/check`` answer."""

    rule_id: str
    message: str
    offset: int  # UTF-16 code units into the text sent
    length: int  # UTF-16 code units
    replacements: tuple[str, ...] = ()
    short_message: str = ""
    description: str = ""
    issue_type: str = ""
    category_id: str = ""
    category_name: str = ""


# -- the wire format ---------------------------------------------------------------

def check_form(
    text: str,
    language: str,
    disabled_rules: Iterable[str] = (),
    enabled_rules: Iterable[str] = (),
) -> dict[str, str]:
    """The form fields of a ``/v2/check`` request."""
    form = {"text": text, "language": language}
    disabled = sorted(set(disabled_rules))
    enabled = sorted(set(enabled_rules))
    if disabled:
        form["disabledRules"] = ",".join(disabled)
    if enabled:
        form["enabledRules"] = ",".join(enabled)
    return form


def parse_check_response(payload: bytes | str | dict[str, Any], where: str = "LanguageTool") -> list[Match]:
    """The matches of a ``/v2/check`` answer. Raises :class:`LanguageToolError` when the
    answer is not one (not JSON, no ``matches``, a match without offset, length or rule)."""
    data: Any = payload
    if isinstance(payload, (bytes, str)):
        try:
            data = json.loads(payload)
        except (ValueError, UnicodeDecodeError):
            raise LanguageToolError(f"{where} answered with something that is not JSON: {_excerpt(payload)}") from None
    if not isinstance(data, dict) or not isinstance(data.get("matches"), list):
        raise LanguageToolError(f"{where} answered without a 'matches' list; is it a LanguageTool /v2/check endpoint?")
    matches = []
    for raw in data["matches"]:
        try:
            matches.append(_match(raw))
        except (KeyError, TypeError, ValueError) as exc:
            raise LanguageToolError(f"{where} answered with a malformed match ({type(exc).__name__}: {exc})") from None
    return matches


def _match(raw: dict[str, Any]) -> Match:
    rule = raw["rule"]
    offset, length = raw["offset"], raw["length"]
    if not isinstance(offset, int) or not isinstance(length, int) or offset < 0 or length < 0:
        raise ValueError(f"bad offset/length {offset!r}/{length!r}")
    if not isinstance(rule.get("id"), str) or not rule["id"]:
        raise ValueError("rule without an id")
    category = rule.get("category") or {}
    return Match(
        rule_id=rule["id"],
        message=str(raw.get("message") or raw.get("shortMessage") or rule.get("description") or rule["id"]),
        offset=offset,
        length=length,
        replacements=tuple(str(r["value"]) for r in raw.get("replacements") or () if isinstance(r, dict) and "value" in r),
        short_message=str(raw.get("shortMessage") or ""),
        description=str(rule.get("description") or ""),
        issue_type=str(rule.get("issueType") or ""),
        category_id=str(category.get("id") or ""),
        category_name=str(category.get("name") or ""),
    )


def incomplete(payload: dict[str, Any]) -> bool:
    """Whether the server says it did not check the whole text."""
    warnings = payload.get("warnings") if isinstance(payload, dict) else None
    return bool(isinstance(warnings, dict) and warnings.get("incompleteResults"))


def match_span(text: str, match: Match) -> tuple[int, int]:
    """Code-point ``[start, end)`` in ``text`` of a match whose offsets count UTF-16 units."""
    if utf16_length(text) == len(text):  # no character outside the BMP: the units agree
        return min(match.offset, len(text)), min(match.offset + match.length, len(text))
    return utf16_to_codepoint_offsets(text, match.offset, match.length)


def _excerpt(payload: bytes | str, limit: int = 80) -> str:
    text = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else payload
    text = " ".join(text.split())
    return repr(text[:limit] + ("..." if len(text) > limit else ""))


# -- the HTTP client ---------------------------------------------------------------

def check_endpoint(url: str) -> str:
    """``/v2/check`` under a server address written as the user likes it
    (``http://host:8081``, ``.../v2``, ``.../v2/check``)."""
    base = url.rstrip("/")
    if base.endswith("/check"):
        base = base[: -len("/check")]
    if not base.endswith("/v2"):
        base += "/v2"
    return base + "/check"


#: Largest answer accepted from a server (a real one answers a 50,000-character request
#: with well under a megabyte); a larger one is refused, not read into memory.
MAX_RESPONSE_BYTES = 16 * 1024 * 1024


class _DeadlineSocket:
    """A connected socket whose every send and receive must end before one deadline.

    http.client's own timeout applies to each ``recv`` alone, so a server that sends a
    byte a second would hold a run forever; here the time left until the request's
    deadline bounds each call, and none starts once it has passed."""

    def __init__(self, sock: socket.socket, deadline: list[float]) -> None:
        self._sock = sock
        self._deadline = deadline  # shared with the connection: one per request
        self._readers = 0  # open makefile() readers: like a socket, closed when the last one is
        self._closed = False

    def _arm(self) -> None:
        left = self._deadline[0] - time.monotonic()
        if left <= 0:
            raise TimeoutError("deadline passed")
        self._sock.settimeout(left)

    def sendall(self, data: bytes) -> None:
        self._arm()
        self._sock.sendall(data)

    def recv_into(self, buffer: Any, nbytes: int = 0) -> int:
        self._arm()
        return self._sock.recv_into(buffer, nbytes)

    def makefile(self, mode: str = "rb", *args: Any, **kwargs: Any) -> io.BufferedReader:
        self._readers += 1
        return io.BufferedReader(_DeadlineReader(self))

    def reader_closed(self) -> None:
        self._readers -= 1
        if self._closed and self._readers <= 0:
            self._sock.close()

    def close(self) -> None:
        self._closed = True
        if self._readers <= 0:
            self._sock.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._sock, name)


class _DeadlineReader(io.RawIOBase):
    def __init__(self, sock: _DeadlineSocket) -> None:
        self._sock = sock

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        return self._sock.recv_into(buffer)

    def close(self) -> None:
        if not self.closed:
            self._sock.reader_closed()
        super().close()


def _deadline_connection(base: type[http.client.HTTPConnection]) -> type[http.client.HTTPConnection]:
    class Connection(base):  # type: ignore[misc, valid-type]
        """Connects within the time left and wraps the socket in a :class:`_DeadlineSocket`."""

        def __init__(self, *args: Any, deadline: list[float], **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.deadline = deadline

        def connect(self) -> None:
            left = self.deadline[0] - time.monotonic()
            if left <= 0:
                raise TimeoutError("deadline passed")
            self.timeout = left
            super().connect()
            self.sock = _DeadlineSocket(self.sock, self.deadline)

    return Connection


_HTTPConnection = _deadline_connection(http.client.HTTPConnection)
_HTTPSConnection = _deadline_connection(http.client.HTTPSConnection)


class LanguageToolClient:
    """Talks to one LanguageTool server over one keep-alive connection.

    Each request has one deadline, ``timeout`` seconds from its start, that bounds
    connecting, sending and reading to the last byte; an answer over
    ``max_response_bytes`` is refused."""

    def __init__(self, url: str, timeout: float = 30.0, max_response_bytes: int = MAX_RESPONSE_BYTES) -> None:
        self.url = url
        self.endpoint = check_endpoint(url)
        self.timeout = timeout
        self.max_response_bytes = max_response_bytes
        parts = urllib.parse.urlsplit(self.endpoint)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise LanguageToolError(f"languagetool_url must be an http:// or https:// address, got {url!r}")
        self._parts = parts
        self._conn: http.client.HTTPConnection | None = None
        self._deadline = [0.0]

    @property
    def where(self) -> str:
        return f"LanguageTool at {self.url}"

    def _connect(self) -> http.client.HTTPConnection:
        p = self._parts
        if p.scheme == "https":
            return _HTTPSConnection(p.hostname, p.port, context=ssl.create_default_context(), deadline=self._deadline)
        return _HTTPConnection(p.hostname, p.port, deadline=self._deadline)

    def check(
        self, text: str, language: str, disabled_rules: Iterable[str] = (), enabled_rules: Iterable[str] = ()
    ) -> tuple[list[Match], bool]:
        """The matches for ``text`` and whether the server says they are incomplete."""
        body = urllib.parse.urlencode(check_form(text, language, disabled_rules, enabled_rules)).encode("utf-8")
        status, reason, payload = self._post(body)
        if status != 200:
            detail = _excerpt(payload) if payload.strip() else reason
            raise LanguageToolError(f"{self.where} answered HTTP {status}: {detail}")
        try:
            data = json.loads(payload)
        except (ValueError, UnicodeDecodeError):
            data = payload  # parse_check_response reports it
        return parse_check_response(data, self.where), incomplete(data) if isinstance(data, dict) else False

    def _post(self, body: bytes) -> tuple[int, str, bytes]:
        path = self._parts.path or "/"
        headers = {
            "Content-Type": "application/x-www-form-urlencoded; charset=utf-8",
            "Accept": "application/json",
        }
        self._deadline[0] = time.monotonic() + self.timeout  # one deadline, retry included
        for attempt in (1, 2):
            reused = self._conn is not None
            if self._conn is None:
                self._conn = self._connect()
            try:
                self._conn.request("POST", path, body=body, headers=headers)
                response = self._conn.getresponse()
                payload = self._read(response)
                if response.will_close:
                    self._drop()
                return response.status, response.reason, payload
            except TimeoutError:
                self._drop()
                raise LanguageToolError(
                    f"{self.where} did not answer within {self.timeout:g} s (grammar.languagetool_timeout)"
                ) from None
            except _TooLarge:
                self._drop()
                raise LanguageToolError(
                    f"{self.where} answered with more than {self.max_response_bytes:,} bytes; refused"
                ) from None
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError) as exc:
                self._drop()
                if reused and attempt == 1:  # the server closed an idle keep-alive connection
                    continue
                raise LanguageToolError(f"{self.where} closed the connection ({type(exc).__name__})") from None
            except ssl.SSLError as exc:
                self._drop()
                raise LanguageToolError(f"{self.where}: TLS error ({exc.reason or exc})") from None
            except (OSError, http.client.HTTPException) as exc:
                self._drop()
                raise LanguageToolError(f"{self.where} is not reachable ({_os_reason(exc)})") from None
        raise AssertionError("unreachable")

    def _read(self, response: http.client.HTTPResponse) -> bytes:
        """The whole body, refused past ``max_response_bytes`` (declared or sent)."""
        cap = self.max_response_bytes
        declared = response.getheader("Content-Length")
        if declared is not None and declared.strip().isdigit() and int(declared) > cap:
            raise _TooLarge
        chunks, size = [], 0
        while True:
            chunk = response.read(min(65536, cap + 1 - size))
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)
            size += len(chunk)
            if size > cap:
                raise _TooLarge

    def _drop(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def close(self) -> None:
        self._drop()


class _TooLarge(Exception):
    pass


def _one_line(exc: BaseException, limit: int = 200) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    if type(exc).__module__.startswith("requests"):  # a failed download: say so, not urllib3's story
        text = f"download failed ({type(exc).__name__}: {text})"
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _os_reason(exc: BaseException) -> str:
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, socket.gaierror):
        return "unknown host"
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__


# -- a local LanguageTool, found and started by language-tool-python -------------------

def installed_version() -> str | None:
    """The newest LanguageTool that language-tool-python would find without downloading
    (``LTP_JAR_DIR_PATH``, or ``LanguageTool-*`` in ``LTP_PATH`` / its cache folder), or
    None. Looks only; creates and downloads nothing."""
    if os.environ.get("LTP_JAR_DIR_PATH"):
        jar_dir = Path(os.environ["LTP_JAR_DIR_PATH"])
        if any((jar_dir / name).is_file() for name in ("languagetool-server.jar", "languagetool.jar")):
            return "jar-dir"
        return None
    folder = Path(os.environ.get("LTP_PATH") or Path.home() / ".cache" / "language_tool_python")
    if not folder.is_dir():
        return None
    try:
        from language_tool_python.download_lt import LocalLanguageTool
    except ImportError:
        return None
    try:
        latest = LocalLanguageTool.get_latest_installed_version()
    except Exception:  # an odd folder name must not break a run  # noqa: BLE001
        return None
    return latest.version_name if latest is not None else None


class LocalServer:
    """A LanguageTool server started by language-tool-python for this run."""

    def __init__(self, language: str, allow_download: bool) -> None:
        try:
            import language_tool_python
            from language_tool_python.download_lt import LTP_DOWNLOAD_VERSION
        except ImportError:
            raise LanguageToolError(
                "LanguageTool needs a server: set grammar.languagetool_url, or install "
                "language-tool-python (pip install 'copylint[languagetool]') for a local one"
            ) from None
        if shutil.which("java") is None:
            raise LanguageToolError(
                "a local LanguageTool needs Java (17 or later) on PATH; install it, or set grammar.languagetool_url"
            )
        version = installed_version()
        if version is None and not allow_download:
            raise LanguageToolError("no local LanguageTool installed and no grammar.languagetool_url set")
        if version in (None, "jar-dir"):
            version = LTP_DOWNLOAD_VERSION
        try:
            self._tool = language_tool_python.LanguageTool(language, language_tool_download_version=version)
        except Exception as exc:  # Java, download, start-up: all one line  # noqa: BLE001
            raise LanguageToolError(f"cannot start a local LanguageTool {version}: {_one_line(exc)}") from None
        self.url: str = self._tool.url

    def close(self) -> None:
        self._tool.close()
