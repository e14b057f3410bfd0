"""Language-server latency: time from a didChange to the publishDiagnostics for that version.

Starts ``copylint lsp`` as a subprocess with pygls' LSP client (as an editor would), opens a
1,000-word article built from the Wikinews corpus, warms up, then times RUNS edits (median,
90th percentile, min, max). Run with debounce 0 (the server's own latency) and with the
default debounce (what a user waits after the last keystroke). Also prints the in-process
parse+lint time of the same text for reference.

    python -m benchmarks.lsp_latency [--runs 20] [--words 1000]

Also times the in-process re-lint after the same edit with and without the segment memo the
server keeps per buffer (wall and CPU), measured in the same run.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient

from benchmarks.corpus import articles, print_table
from copylint.api import get_linter
from copylint.config import Settings
from copylint.lsp import DEFAULT_DEBOUNCE_MS
from copylint.readers import parse
from copylint.segment_memo import SegmentMemo


def article_of(words: int) -> str:
    """A headline and paragraphs from the corpus, cut to exactly ``words`` words."""
    items = articles()
    headline = items[0].text.splitlines()[0]
    paragraphs: list[str] = []
    count = len(headline.split())
    for art in items:
        for para in art.text.split("\n\n")[1:]:
            para = " ".join(para.split())
            if not para:
                continue
            take = para.split()[: words - count]
            paragraphs.append(" ".join(take))
            count += len(take)
            if count >= words:
                return headline + "\n\n" + "\n\n".join(paragraphs) + "\n"
    raise SystemExit(f"the corpus has fewer than {words} words")


class Timer:
    def __init__(self) -> None:
        self.arrived: dict[int, float] = {}
        self.event = asyncio.Event()


async def measure(text: str, debounce_ms: int, runs: int, warmup: int) -> list[float]:
    client = LanguageClient("copylint-bench", "1")
    timer = Timer()

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def on_publish(params: types.PublishDiagnosticsParams) -> None:
        if params.version is not None:
            timer.arrived[params.version] = time.perf_counter()
            timer.event.set()

    @client.feature(types.WINDOW_LOG_MESSAGE)
    def on_log(params: types.LogMessageParams) -> None:
        print(f"server: {params.message}", file=sys.stderr)

    await client.start_io(sys.executable, "-m", "copylint", "lsp", "--debounce-ms", str(debounce_ms))
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        uri = (root / "article.txt").as_uri()
        await client.initialize_async(types.InitializeParams(
            capabilities=types.ClientCapabilities(), root_uri=root.as_uri(),
        ))
        client.initialized(types.InitializedParams())
        client.text_document_did_open(types.DidOpenTextDocumentParams(
            types.TextDocumentItem(uri=uri, language_id="plaintext", version=1, text=text)))
        await wait_for(timer, 1)

        # edit the middle of the article: insert a word, then take it out again
        line = text[: len(text) // 2].count("\n")
        times: list[float] = []
        for n in range(warmup + runs):
            version = n + 2
            if n % 2 == 0:
                change = types.TextDocumentContentChangePartial(
                    range=types.Range(types.Position(line, 0), types.Position(line, 0)), text="the ")
            else:
                change = types.TextDocumentContentChangePartial(
                    range=types.Range(types.Position(line, 0), types.Position(line, 4)), text="")
            started = time.perf_counter()
            client.text_document_did_change(types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                content_changes=[change]))
            arrived = await wait_for(timer, version)
            if n >= warmup:
                times.append((arrived - started) * 1000)
        await client.shutdown_async(None)
        client.exit(None)
    await client.stop()
    return times


async def wait_for(timer: Timer, version: int, timeout: float = 60) -> float:
    deadline = time.monotonic() + timeout
    while version not in timer.arrived:
        timer.event.clear()
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise SystemExit(f"no diagnostics for version {version} within {timeout}s")
        try:
            await asyncio.wait_for(timer.event.wait(), remaining)
        except TimeoutError:
            pass
    return timer.arrived[version]


def in_process_ms(text: str, runs: int) -> list[float]:
    linter = get_linter(Settings())
    linter.lint(parse(text, "article.txt", "txt"))  # warm-up
    out = []
    for _ in range(runs):
        started = time.perf_counter()
        linter.lint(parse(text, "article.txt", "txt"))
        out.append((time.perf_counter() - started) * 1000)
    return out


def in_process_edit_ms(text: str, runs: int, memo: bool) -> tuple[list[float], list[float]]:
    """Wall and CPU ms to re-lint the article after the benchmark's edit (a word inserted
    in, then taken out of, a middle paragraph), with or without the buffer's segment memo."""
    linter = get_linter(Settings())
    kept = SegmentMemo() if memo else None
    cut = text.rfind("\n", 0, len(text) // 2) + 1
    edited = text[:cut] + "the " + text[cut:]
    linter.lint(parse(text, "article.txt", "txt"), memo=kept)  # warm-up: the buffer as opened
    wall, cpu = [], []
    for n in range(runs):
        version = edited if n % 2 == 0 else text
        started, started_cpu = time.perf_counter(), time.process_time()
        linter.lint(parse(version, "article.txt", "txt"), memo=kept)
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    return wall, cpu


def row(label: str, times: list[float]) -> list[object]:
    ordered = sorted(times)
    p90 = ordered[min(len(ordered) - 1, int(round(0.9 * (len(ordered) - 1))))]
    return [label, len(times), statistics.median(times), p90, ordered[0], ordered[-1]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--warmup", type=int, default=4)
    parser.add_argument("--words", type=int, default=1000)
    args = parser.parse_args()
    text = article_of(args.words)
    rows = [
        row("didChange -> diagnostics, debounce 0 ms", asyncio.run(measure(text, 0, args.runs, args.warmup))),
        row(f"didChange -> diagnostics, debounce {DEFAULT_DEBOUNCE_MS} ms (default)",
            asyncio.run(measure(text, DEFAULT_DEBOUNCE_MS, args.runs, args.warmup))),
        row("in-process parse + lint (reference)", in_process_ms(text, args.runs)),
    ]
    for memo in (False, True):
        wall, cpu = in_process_edit_ms(text, args.runs, memo)
        label = "in-process re-lint after an edit, " + ("segment memo (as the server)" if memo else "no memo")
        rows.append(row(label + ", wall", wall))
        rows.append(row(label + ", CPU", cpu))
    print_table(["measurement", "runs", "median ms", "p90 ms", "min ms", "max ms"], rows,
                title=f"copylint lsp latency, {len(text.split())}-word document, {args.warmup} warm-up edits")
    print("\ntarget: diagnostics within 150 ms of a change after warm-up (debounce 0 row; the default "
          "debounce adds its wait on purpose, after the last keystroke)")


if __name__ == "__main__":
    main()
