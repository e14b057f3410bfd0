"""How ``copylint serve`` runs: address, limits, token, CORS. Validated before anything starts."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

DEFAULT_PORT = 8081  # LanguageTool's usual local port, so clients' "local server" presets find it
DEFAULT_MAX_BODY = 1_000_000  # bytes: a 10,000-word article is about 60 kB; AnnotatedText markup adds more
DEFAULT_QUEUE = 64
DEFAULT_TIMEOUT = 10.0  # seconds, from the first byte of the request to the answer


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class ServeOptions:
    host: str = "127.0.0.1"
    port: int = DEFAULT_PORT
    token: str | None = None
    max_body: int = DEFAULT_MAX_BODY
    workers: int = 2
    queue: int = DEFAULT_QUEUE
    timeout: float = DEFAULT_TIMEOUT
    cors_origins: tuple[str, ...] = ()

    def problem(self) -> str | None:
        """Why these options are refused, or None."""
        if not is_loopback(self.host) and not self.token:
            return (f"listening on {self.host} needs a token: set COPYLINT_SERVE_TOKEN or pass --token-file "
                    "(without one, serve only on 127.0.0.1 and put an authenticating proxy in front)")
        if self.token is not None and len(self.token) < 16:
            return "the token must be at least 16 characters (e.g. python -c 'import secrets; print(secrets.token_urlsafe())')"
        return None
