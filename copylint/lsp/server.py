"""The language server: handlers, debounced linting of unsaved buffers, publishing.

All configuration and linting runs on one worker thread (checks need not be thread
safe, and heavy resources are built once); the event loop keeps reading messages
meanwhile, so a burst of edits only ever lints the latest text.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, TypeVar

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol, lsp_method
from pygls.uris import to_fs_path

from copylint.errors import CopylintError
from copylint.lsp import DEFAULT_DEBOUNCE_MS
from copylint.lsp.actions import ADD_WORD_COMMAND, SPELLING_PREFIX, code_actions, overlapping
from copylint.lsp.configs import ConfigCache, folder_of
from copylint.lsp.diagnostics import to_diagnostics
from copylint.lsp.documents import DocumentStore, OpenDocument, bom_length
from copylint.lsp.wordlist import WordListTarget, add_word, target_for
from copylint.positions import ENCODINGS, UTF16
from copylint.readers import parse
from copylint.segment_memo import SegmentMemo
from copylint.version import __version__

CONFIG_GLOBS = ("**/.copylint.toml", "**/pyproject.toml")

logger = logging.getLogger(__name__)
T = TypeVar("T")


class CopylintProtocol(LanguageServerProtocol):
    """pygls' protocol with one change: edits are applied to the server's own buffers
    (:mod:`copylint.lsp.documents`) rather than pygls' workspace copy. The position
    encoding is negotiated as LSP 3.17 defines (the client's first preference among
    utf-8, utf-16 and utf-32; utf-16 when it offers none) and every position the server
    reads or writes is counted in it (:mod:`copylint.positions`)."""

    @lsp_method(types.TEXT_DOCUMENT_DID_CHANGE)
    def lsp_text_document__did_change(self, params: types.DidChangeTextDocumentParams):
        if (handler := self.fm.features.get(types.TEXT_DOCUMENT_DID_CHANGE)) is not None:
            yield handler, (params,), None


@dataclass
class LintOutcome:
    diagnostics: list[types.Diagnostic] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # shown to the user once each
    logs: list[str] = field(default_factory=list)  # check failures, for the log


class CopylintServer(LanguageServer):
    def __init__(self, debounce_ms: int = DEFAULT_DEBOUNCE_MS, config: str | None = None) -> None:
        super().__init__(
            "copylint", __version__,
            text_document_sync_kind=types.TextDocumentSyncKind.Incremental,
            protocol_cls=CopylintProtocol,
        )
        self.debounce = max(debounce_ms, 0) / 1000
        self.documents = DocumentStore()
        self.configs = ConfigCache(config)
        self.root = os.getcwd()
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="copylint-lint")
        self._timers: dict[str, asyncio.TimerHandle] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._shown: set[str] = set()
        #: uri -> (linter, memo): findings of segment-local checks kept between lints of a buffer,
        #: so an edit re-lints only the paragraphs it touched (plus the document-level checks)
        self._memos: dict[str, tuple[Any, SegmentMemo]] = {}
        #: uri -> (version, text, diagnostics) last published: what code actions are built from
        self.published: dict[str, tuple[int | None, str, list[types.Diagnostic]]] = {}

    @property
    def encoding(self) -> str:
        """The negotiated position encoding (utf-8, utf-16 or utf-32)."""
        try:
            chosen = str(self.workspace.position_encoding or UTF16)
        except RuntimeError:  # before initialize
            return UTF16
        return chosen if chosen in ENCODINGS else UTF16

    # -- running work on the lint thread -------------------------------------------
    async def on_worker(self, fn: Callable[..., T], *args: Any) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._worker, fn, *args)

    def set_root(self, root: str) -> None:
        self.root = root
        self.configs.default_root = root

    # -- scheduling -------------------------------------------------------------------
    def schedule(self, uri: str, delay: float | None = None) -> None:
        """Lint ``uri`` after ``delay`` seconds (default: the debounce), replacing a pending lint."""
        pending = self._timers.pop(uri, None)
        if pending is not None:
            pending.cancel()
        loop = asyncio.get_running_loop()
        self._timers[uri] = loop.call_later(self.debounce if delay is None else delay, self._start, uri)

    def schedule_all(self) -> None:
        for doc in self.documents.all():
            self.schedule(doc.uri, 0)

    def cancel(self, uri: str) -> None:
        pending = self._timers.pop(uri, None)
        if pending is not None:
            pending.cancel()

    def _start(self, uri: str) -> None:
        self._timers.pop(uri, None)
        task = asyncio.ensure_future(self.lint_and_publish(uri))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def lint_and_publish(self, uri: str) -> None:
        doc = self.documents.get(uri)
        if doc is None:
            return
        text, version = doc.text, doc.version
        outcome = await self.on_worker(self._lint, doc.uri, doc.path, doc.format, text, self.encoding)
        current = self.documents.get(uri)
        if current is None or current.version != version or current.text != text:
            return  # closed or changed meanwhile: the newer lint publishes
        for message in outcome.errors:
            self.show_once(message)
        for message in outcome.logs:
            self.window_log_message(types.LogMessageParams(type=types.MessageType.Warning, message=message))
        self.published[uri] = (version, text, outcome.diagnostics)
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=outcome.diagnostics, version=version)
        )

    def show_once(self, message: str) -> None:
        if message in self._shown:
            return
        self._shown.add(message)
        self.window_show_message(types.ShowMessageParams(type=types.MessageType.Error, message=message))

    # -- work done on the lint thread -------------------------------------------------
    def _lint(self, uri: str, path: str | None, fmt: str, text: str, encoding: str = UTF16) -> LintOutcome:
        outcome = LintOutcome()
        bom = bom_length(text)
        try:
            resolved = self.configs.resolve(folder_of(path) or self.root)
            if resolved.error is not None:
                outcome.errors.append(f"copylint: configuration error: {resolved.error}")
            if resolved.settings is None or resolved.linter is None:
                return outcome
            linter = resolved.linter
            issues = linter.lint(parse(text[bom:], path or uri, fmt), memo=self.memo_for(uri, linter))
        except CopylintError as exc:
            outcome.errors.append(f"copylint: {exc}")
            return outcome
        except Exception as exc:  # never let one buffer take the server down
            logger.exception("linting %s", uri)
            outcome.errors.append(f"copylint: internal error while checking {path or uri}: {type(exc).__name__}: {exc}")
            return outcome
        outcome.logs.extend(f"copylint: {f.as_error()}" for f in linter.take_failures())
        outcome.diagnostics = to_diagnostics(issues, text, bom, linter, encoding)
        return outcome

    def memo_for(self, uri: str, linter: Any) -> SegmentMemo:
        """The buffer's memo, new when its configuration (and so its linter) changed."""
        kept = self._memos.get(uri)
        if kept is None or kept[0] is not linter:
            kept = self._memos[uri] = (linter, SegmentMemo())
        return kept[1]

    def forget(self, uri: str) -> None:
        self._memos.pop(uri, None)
        self.published.pop(uri, None)

    def word_list_target(self, path: str | None) -> WordListTarget | None:
        resolved = self.configs.resolve(folder_of(path) or self.root)
        if resolved.settings is None:
            return None
        return target_for(resolved.settings, resolved.config, self.root)

    def warm_up(self) -> None:
        """Build the workspace's linter and run every check once, so heavy resources
        are loaded before the first real document."""
        resolved = self.configs.resolve(self.root)
        if resolved.linter is not None:
            resolved.linter.lint(parse("Warm up\n\nThe the checks load what they need.\n", "warm-up.txt", "txt"))
            resolved.linter.take_failures()

    def shutdown(self) -> None:
        for handle in self._timers.values():
            handle.cancel()
        self._timers.clear()
        self._worker.shutdown(wait=False, cancel_futures=True)
        self.configs.close()
        super().shutdown()


def _client_supports(ls: CopylintServer, getter: Callable[[types.ClientCapabilities], Any]) -> bool:
    try:
        return bool(getter(ls.client_capabilities))
    except AttributeError:
        return False


def create_server(debounce_ms: int = DEFAULT_DEBOUNCE_MS, config: str | None = None) -> CopylintServer:
    """The server with every handler registered (``server.start_io()`` runs it on stdio)."""
    server = CopylintServer(debounce_ms, config)

    @server.feature(types.INITIALIZE)
    def initialize(ls: CopylintServer, params: types.InitializeParams) -> None:
        options = params.initialization_options if isinstance(params.initialization_options, dict) else {}
        debounce = options.get("debounceMs")
        if isinstance(debounce, (int, float)) and not isinstance(debounce, bool) and debounce >= 0:
            ls.debounce = debounce / 1000
        folders = params.workspace_folders or []
        root_uri = folders[0].uri if folders else params.root_uri
        root = to_fs_path(root_uri) if root_uri else params.root_path
        if root and os.path.isdir(root):
            ls.set_root(root)

    @server.feature(types.INITIALIZED)
    async def initialized(ls: CopylintServer, params: types.InitializedParams) -> None:
        if _client_supports(ls, lambda c: c.workspace.did_change_watched_files.dynamic_registration):
            watchers = [types.FileSystemWatcher(glob_pattern=g) for g in CONFIG_GLOBS]
            registration = types.Registration(
                id="copylint-config-watch", method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                register_options=types.DidChangeWatchedFilesRegistrationOptions(watchers=watchers),
            )
            try:
                await ls.client_register_capability_async(types.RegistrationParams(registrations=[registration]))
            except Exception as exc:  # the client said no: mtimes are still checked on every lint
                logger.info("file watching not registered: %s", exc)
        try:
            await ls.on_worker(ls.warm_up)
        except Exception as exc:
            logger.warning("warm-up failed: %s", exc)

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: CopylintServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.documents.open(params.text_document)
        ls.schedule(params.text_document.uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: CopylintServer, params: types.DidChangeTextDocumentParams) -> None:
        doc = ls.documents.get(params.text_document.uri)
        if doc is None:
            return
        doc.apply(list(params.content_changes), params.text_document.version, ls.encoding)
        ls.schedule(doc.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: CopylintServer, params: types.DidSaveTextDocumentParams) -> None:
        ls.schedule_all()  # a saved file may be a word list or a configuration

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: CopylintServer, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        ls.cancel(uri)
        ls.documents.close(uri)
        ls.forget(uri)
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def did_change_watched_files(ls: CopylintServer, params: types.DidChangeWatchedFilesParams) -> None:
        ls.schedule_all()

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix], resolve_provider=False),
    )
    async def code_action(ls: CopylintServer, params: types.CodeActionParams) -> list[types.CodeAction] | None:
        doc = ls.documents.get(params.text_document.uri)
        if doc is None:
            return None
        published = ls.published.get(doc.uri)
        if published is None:
            return None  # not linted yet
        # edited since? code_actions still offers only those whose text is unchanged at their range
        ours = overlapping(doc, published[2], params.range, ls.encoding)
        if not ours:
            return None
        word_list = None
        if any(str(d.code or "").startswith(SPELLING_PREFIX) for d in ours):
            try:
                word_list = await ls.on_worker(ls.word_list_target, doc.path)
            except Exception as exc:  # the replacements are still worth offering
                logger.warning("no word list for %s: %s", doc.uri, exc)
        versioned = _client_supports(ls, lambda c: c.workspace.workspace_edit.document_changes)
        return code_actions(doc, ours, versioned, word_list, params.context.only, ls.encoding) or None

    @server.command(ADD_WORD_COMMAND)
    async def add_to_word_list(ls: CopylintServer, uri: str, word: str) -> None:
        doc: OpenDocument | None = ls.documents.get(uri)
        path = doc.path if doc else (to_fs_path(uri) if uri.startswith("file:") else None)

        def add() -> WordListTarget | None:
            target = ls.word_list_target(path)
            if target is not None:
                add_word(target, word)
            return target

        try:
            target = await ls.on_worker(add)
        except CopylintError as exc:
            ls.window_show_message(types.ShowMessageParams(type=types.MessageType.Error, message=f"copylint: {exc}"))
            return None
        if target is None:
            ls.show_once("copylint: the configuration is broken; fix it before adding words")
            return None
        ls.schedule_all()
        return None

    return server
