"""Starting and stopping the server: build and warm the linter, fork the workers, bind,
serve until SIGINT/SIGTERM, then finish the requests in progress and stop the workers."""

from __future__ import annotations

import asyncio
import socket
import time

from copylint.api import get_linter
from copylint.config import Settings
from copylint.server.accesslog import configure, event
from copylint.server.app import create_app
from copylint.server.options import ServeOptions
from copylint.server.workers import LintService, warm_up

GRACE_S = 5.0  # beyond the deadline: how long shutdown waits for requests in progress


def bind(host: str, port: int) -> socket.socket:
    """The listening socket (bound before serving, so port 0 picks a free port we can print)."""
    family = socket.AF_INET6 if ":" in host.strip("[]") else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host.strip("[]"), port))
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def build_service(settings: Settings, options: ServeOptions) -> LintService:
    """The one linter, warmed, and its workers (forked from it)."""
    started = time.perf_counter()
    linter = get_linter(settings)
    warm_up(linter)
    service = LintService(linter, options.workers, options.queue)
    event("linter_built", seconds=round(time.perf_counter() - started, 2), config=settings.source,
          workers=options.workers, worker_pids=service.worker_pids())
    return service


def serve(settings: Settings, options: ServeOptions, on_listening=None) -> None:  # type: ignore[no-untyped-def]
    """Run until interrupted. ``on_listening(host, port)`` is called once the socket is bound."""
    import uvicorn

    configure()
    service = build_service(settings, options)
    try:
        sock = bind(options.host, options.port)
    except OSError:
        service.close()
        raise
    host, port = sock.getsockname()[:2]
    config = uvicorn.Config(
        create_app(service, options), log_config=None, access_log=False, server_header=False,
        timeout_graceful_shutdown=int(options.timeout + GRACE_S), timeout_keep_alive=5,
        limit_concurrency=max(256, 4 * service.capacity), lifespan="on",
        h11_max_incomplete_event_size=64 * 1024,
    )
    server = uvicorn.Server(config)
    event("listening", url=f"http://{host if ':' not in host else f'[{host}]'}:{port}")
    if on_listening is not None:
        on_listening(host, port)
    try:  # on SIGTERM/SIGINT uvicorn stops accepting, finishes what is in progress, runs the app's
        # shutdown (which stops the workers), then ends the process by the same signal
        asyncio.run(server.serve(sockets=[sock]))
    finally:
        sock.close()
        service.close()
