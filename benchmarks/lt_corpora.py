"""What the LanguageTool benchmarks share: the two clean corpora and a server.

The Wikinews corpus is the project's copy (tests/corpus/wikinews); the US set is read
where the team keeps it (/work/shared/corpus/us, or a folder given with --us) and never
copied into the project."""

from __future__ import annotations

import contextlib
import importlib.util
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from benchmarks.corpus import Article, articles

ROOT = Path(__file__).resolve().parent.parent
US_DEFAULT = Path("/work/shared/corpus/us")


def us_articles(folder: Path | None = None) -> list[Article]:
    folder = folder or US_DEFAULT
    out = []
    for sub in ("congress_press", "wikinews_2019_2020"):
        for path in sorted((folder / sub).glob("[0-9][0-9][0-9][0-9].txt")):
            out.append(Article(f"{sub}/{path.stem}", path.read_text(encoding="utf-8")))
    return out


def corpora(us_folder: Path | None = None) -> dict[str, list[Article]]:
    sets = {"wikinews": articles()}
    us = us_articles(us_folder)
    if us:
        sets["us"] = us
    else:
        print(f"note: no US corpus at {us_folder or US_DEFAULT}; Wikinews only", file=sys.stderr)
    return sets


def lt_tool():
    spec = importlib.util.spec_from_file_location("copylint_lt_tool", ROOT / "tools" / "languagetool" / "lt.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("copylint_lt_tool", module)
    spec.loader.exec_module(module)
    return module


@contextlib.contextmanager
def languagetool_server(stats: dict | None = None) -> Iterator[str]:
    """COPYLINT_LANGUAGETOOL_URL, or a server started (and stopped) from the provisioned jars."""
    url = os.environ.get("COPYLINT_LANGUAGETOOL_URL")
    if url:
        yield url
        return
    lt = lt_tool()
    with lt.Server(lt.provision()) as server:
        if stats is not None:
            stats.update(start_seconds=server.start_seconds, warm_seconds=server.warm_seconds,
                         rss_bytes=server.rss_bytes(), heap=server.heap, server=server)
        yield server.url
