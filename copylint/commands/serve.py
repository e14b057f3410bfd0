"""``copylint serve``: the HTTP service (LanguageTool's protocol and copylint's own JSON)."""

from __future__ import annotations

import os

import click

from copylint.commands.common import fail, load_settings
from copylint.server.options import DEFAULT_MAX_BODY, DEFAULT_PORT, DEFAULT_QUEUE, DEFAULT_TIMEOUT, ServeOptions

TOKEN_ENV = "COPYLINT_SERVE_TOKEN"


def _read_token(path: str | None) -> str | None:
    if path:
        try:
            with open(path, encoding="utf-8") as fh:
                token = fh.read().strip()
        except (OSError, UnicodeDecodeError) as exc:
            fail(f"{path}: cannot read the token file: {exc}")
        if not token:
            fail(f"{path}: the token file is empty")
        return token
    return os.environ.get(TOKEN_ENV) or None


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Anything but loopback needs a token.")
@click.option("--port", type=click.IntRange(0, 65535), default=DEFAULT_PORT, show_default=True,
              help="Port (0: any free port, printed when listening).")
@click.option("--config", type=click.Path(dir_okay=False), help="Configuration file for every request "
              "(default: the one found from the current folder).")
@click.option("--token-file", type=click.Path(dir_okay=False), help=f"File holding the bearer token clients must "
              f"send (or set {TOKEN_ENV}). Required unless --host is loopback.")
@click.option("--workers", type=click.IntRange(0, 64), default=min(os.cpu_count() or 1, 4), show_default="CPUs, at most 4",
              help="Worker processes forked from the one built linter; 0 lints on a thread of the server process.")
@click.option("--queue", type=click.IntRange(0, 100_000), default=DEFAULT_QUEUE, show_default=True,
              help="Requests that may wait for a worker; beyond workers + queue the answer is 429.")
@click.option("--max-body-bytes", type=click.IntRange(min=1024), default=DEFAULT_MAX_BODY, show_default=True,
              help="Largest request body; larger ones get 413.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=DEFAULT_TIMEOUT, show_default=True,
              help="Seconds a request may take, queueing included; later it gets 503.")
@click.option("--cors-origin", "cors_origins", multiple=True, metavar="ORIGIN",
              help="Allow browser pages from ORIGIN (repeatable), e.g. the browser add-on's or the CMS's. "
                   "Default: no cross-origin access.")
def serve(host: str, port: int, config: str | None, token_file: str | None, workers: int, queue: int,
          max_body_bytes: int, timeout: float, cors_origins: tuple[str, ...]) -> None:
    """Serve copylint over HTTP: LanguageTool's /v2/check and /v2/languages, /api/lint, /health."""
    try:
        import starlette  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError:
        fail("copylint serve needs the 'serve' extra: pip install 'copylint[serve]'")
    options = ServeOptions(host=host, port=port, token=_read_token(token_file), max_body=max_body_bytes,
                           workers=workers, queue=queue, timeout=timeout, cors_origins=cors_origins)
    problem = options.problem()
    if problem:
        fail(problem)
    settings = load_settings(config, None)
    from copylint.server.run import serve as run_server

    try:
        run_server(settings, options)
    except OSError as exc:
        fail(f"cannot listen on {host}:{port}: {exc.strerror or exc}")
    except KeyboardInterrupt:
        pass
