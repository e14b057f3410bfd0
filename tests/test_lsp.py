"""End-to-end tests of ``copylint lsp``: a real LSP client (pytest-lsp) drives the server
in a subprocess over stdio, as an editor would."""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path
from typing import Union

import pytest
import pytest_lsp
from lsprotocol import types
from pygls.protocol import default_converter
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features

pytestmark = pytest.mark.asyncio

# Emoji (2 UTF-16 units each, 1 code point), an accented letter and CRLF line endings:
# code-point columns and UTF-16 characters differ on the line with the repeated word.
EMOJI_CRLF = (
    "Storm hits coast \U0001F30A\r\n"
    "\r\n"
    "Residents \U0001F3E0\U0001F3E0 said the the water rose fast in Caf\u00e9 Street.\r\n"
    "\r\n"
    "Officials \U0001F44D\U0001F3FD said it it was the worst in years.\r\n"
)


def converter():
    """lsprotocol's converter, except that a CodeAction carrying a ``command`` stays a CodeAction
    (lsprotocol 2025.0.0 reads any code action with a ``command`` key as a bare Command)."""
    conv = default_converter()

    def code_action(obj, _):
        if isinstance(obj.get("command"), str):
            return conv.structure(obj, types.Command)
        return conv.structure(obj, types.CodeAction)

    conv.register_structure_hook(Union[types.Command, types.CodeAction], code_action)  # noqa: UP007
    return conv


def make_client() -> LanguageClient:
    """pytest-lsp's client, also keeping every publishDiagnostics (with its version)."""
    client = LanguageClient(converter_factory=converter)
    client.published = []  # type: ignore[attr-defined]
    client.registrations = []  # type: ignore[attr-defined]

    def publish(client: LanguageClient, params: types.PublishDiagnosticsParams) -> None:
        client.diagnostics[params.uri] = params.diagnostics
        client.published.append(params)  # type: ignore[attr-defined]

    def register(client: LanguageClient, params: types.RegistrationParams) -> None:
        client.registrations.extend(params.registrations)  # type: ignore[attr-defined]

    features = dict(DEFAULT_CLIENT_FEATURES)
    features[types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS] = publish
    features[types.CLIENT_REGISTER_CAPABILITY] = register
    register_lsp_features(client, features)
    return client


SERVER = [sys.executable, "-m", "copylint", "lsp", "--debounce-ms", "100"]


async def start(lsp_client: LanguageClient, root: Path, editor: str = "visual-studio-code") -> types.InitializeResult:
    capabilities = client_capabilities(editor)
    return await lsp_client.initialize_session(types.InitializeParams(
        capabilities=capabilities,
        root_uri=root.as_uri(),
        workspace_folders=[types.WorkspaceFolder(uri=root.as_uri(), name="news")],
    ))


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    root = tmp_path / "newsroom"
    root.mkdir()
    return root


@pytest_lsp.fixture(config=ClientServerConfig(server_command=SERVER, client_factory=make_client))
async def client(lsp_client: LanguageClient, workspace: Path):
    await start(lsp_client, workspace)
    yield
    await lsp_client.shutdown_session()


async def published(client: LanguageClient, uri: str, version: int | None, timeout: float = 20.0):
    """The first diagnostics published for ``uri`` at ``version``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for params in client.published:  # type: ignore[attr-defined]
            if params.uri == uri and params.version == version:
                return params.diagnostics
        await asyncio.sleep(0.01)
    raise AssertionError(f"no diagnostics for {uri} version {version} within {timeout}s")


def text_of(source: str, rng: types.Range) -> str:
    """Cut a range out of ``source`` counting UTF-16 units independently of copylint."""
    lines = source.replace("\r\n", "\n").split("\n")
    def offset(pos: types.Position) -> int:
        encoded = lines[pos.line].encode("utf-16-le")[: pos.character * 2]
        return sum(len(x) + 1 for x in lines[: pos.line]) + len(encoded.decode("utf-16-le"))
    flat = "\n".join(lines)
    return flat[offset(rng.start): offset(rng.end)]


def open_doc(client: LanguageClient, path: Path, text: str, version: int = 1, language: str = "plaintext") -> str:
    uri = path.as_uri()
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id=language, version=version, text=text)
    ))
    return uri


async def test_diagnostics_at_utf16_positions_with_emoji_and_crlf(client: LanguageClient, workspace: Path):
    path = workspace / "storm.txt"
    path.write_text("On disk: nothing wrong here.\n", encoding="utf-8")  # the server must lint the buffer
    uri = open_doc(client, path, EMOJI_CRLF)
    diags = await published(client, uri, 1)
    repeated = sorted((d for d in diags if d.code == "style.repeated-word"), key=lambda d: d.range.start.line)
    assert [text_of(EMOJI_CRLF, d.range) for d in repeated] == ["the the", "it it"]
    first, second = repeated
    # "Residents 🏠🏠 said " is 18 code points but 20 UTF-16 units
    assert (first.range.start.line, first.range.start.character) == (2, 20)
    assert (first.range.end.line, first.range.end.character) == (2, 27)
    # "Officials 👍🏽 said " : 👍 and 🏽 are both outside the BMP
    assert (second.range.start.line, second.range.start.character) == (4, 20)
    assert first.severity == types.DiagnosticSeverity.Error
    assert first.source == "copylint"
    assert "the" in first.message


async def test_change_gives_updated_diagnostics_for_the_latest_version(client: LanguageClient, workspace: Path):
    uri = open_doc(client, workspace / "storm.txt", EMOJI_CRLF)
    assert len([d for d in await published(client, uri, 1) if d.code == "style.repeated-word"]) == 2
    # incremental edits, in UTF-16 positions: delete the second "the" (line 2, units 24..28) ...
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
        content_changes=[types.TextDocumentContentChangePartial(
            range=types.Range(types.Position(2, 24), types.Position(2, 28)), text="")],
    ))
    # ... then, before the debounce runs out, double a word after the emoji on line 4
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=3),
        content_changes=[types.TextDocumentContentChangePartial(
            range=types.Range(types.Position(4, 26), types.Position(4, 26)), text="was ")],
    ))
    diags = await published(client, uri, 3)
    expected = EMOJI_CRLF.replace("the the", "the").replace("it it was", "it it was was")
    assert sorted(text_of(expected, d.range) for d in diags if d.code == "style.repeated-word") == ["it it", "was was"]
    # version 2 was superseded before its lint could be published
    assert not any(p.uri == uri and p.version == 2 for p in client.published)  # type: ignore[attr-defined]


async def test_code_action_replaces_the_repeated_word(client: LanguageClient, workspace: Path):
    uri = open_doc(client, workspace / "storm.txt", EMOJI_CRLF)
    diags = await published(client, uri, 1)
    target = next(d for d in diags if d.code == "style.repeated-word" and d.range.start.line == 4)
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri),
        range=target.range,
        context=types.CodeActionContext(diagnostics=[target]),
    ))
    assert actions, "no code action offered"
    action = actions[0]
    assert action.title == "Replace with \u201cit\u201d"
    assert action.is_preferred
    assert action.edit is not None and action.edit.document_changes
    doc_edit = action.edit.document_changes[0]
    assert doc_edit.text_document.version == 1
    (edit,) = doc_edit.edits
    assert edit.new_text == "it"
    assert text_of(EMOJI_CRLF, edit.range) == "it it"

    # apply it as an editor would: an incremental change with the action's range
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
        content_changes=[types.TextDocumentContentChangePartial(range=edit.range, text=edit.new_text)],
    ))
    after = await published(client, uri, 2)
    assert [text_of(EMOJI_CRLF, d.range) for d in after if d.code == "style.repeated-word"] == ["the the"]


async def test_no_action_for_a_stale_diagnostic(client: LanguageClient, workspace: Path):
    uri = open_doc(client, workspace / "storm.txt", EMOJI_CRLF)
    diags = await published(client, uri, 1)
    target = next(d for d in diags if d.code == "style.repeated-word")
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
        content_changes=[types.TextDocumentContentChangePartial(range=target.range, text="they")],
    ))
    await published(client, uri, 2)
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=target.range,
        context=types.CodeActionContext(diagnostics=[target]),
    ))
    assert not actions


async def test_configuration_reloaded_when_the_config_file_changes(client: LanguageClient, workspace: Path):
    uri = open_doc(client, workspace / "storm.txt", EMOJI_CRLF)
    assert any(d.code == "style.repeated-word" for d in await published(client, uri, 1))
    (watch,) = client.registrations  # type: ignore[attr-defined]
    assert watch.method == types.WORKSPACE_DID_CHANGE_WATCHED_FILES
    assert {w["globPattern"] for w in watch.register_options["watchers"]} == {"**/.copylint.toml", "**/pyproject.toml"}
    config = workspace / ".copylint.toml"
    config.write_text('disable = ["style.repeated-word"]\n', encoding="utf-8")
    count = len(client.published)  # type: ignore[attr-defined]
    client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(
        changes=[types.FileEvent(uri=config.as_uri(), type=types.FileChangeType.Created)]
    ))
    deadline = time.monotonic() + 20
    while len(client.published) == count and time.monotonic() < deadline:  # type: ignore[attr-defined]
        await asyncio.sleep(0.01)
    latest = client.published[-1]  # type: ignore[attr-defined]
    assert latest.uri == uri
    assert not any(d.code == "style.repeated-word" for d in latest.diagnostics)

    # a broken configuration is reported once, and the last good settings stay in use
    config.write_text('disable = ["style.repeated-word"]\nbogus = 1\n', encoding="utf-8")
    client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(
        changes=[types.FileEvent(uri=config.as_uri(), type=types.FileChangeType.Changed)]
    ))
    deadline = time.monotonic() + 20
    while not client.messages and time.monotonic() < deadline:
        await asyncio.sleep(0.01)
    assert client.messages and ".copylint.toml:2" in client.messages[0].message
    assert "bogus" in client.messages[0].message


async def test_markdown_by_extension_and_close_clears(client: LanguageClient, workspace: Path):
    text = "# Storm hits coast\n\nThe `the the` code is fine but the the prose is not.\n"
    uri = open_doc(client, workspace / "storm.md", text, language="markdown")
    diags = await published(client, uri, 1)
    (repeated,) = [d for d in diags if d.code == "style.repeated-word"]
    assert text_of(text, repeated.range) == "the the"
    assert repeated.range.start.character == text.splitlines()[2].index("the the prose")
    client.text_document_did_close(types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri)))
    await published(client, uri, None)
    assert list(client.diagnostics[uri]) == []


@pytest_lsp.fixture(config=ClientServerConfig(server_command=SERVER, client_factory=make_client))
async def neovim(lsp_client: LanguageClient, workspace: Path):
    result = await start(lsp_client, workspace, "neovim")
    lsp_client.init_result = result  # type: ignore[attr-defined]
    yield
    await lsp_client.shutdown_session()


async def test_position_encoding_negotiated_utf8_when_the_client_prefers_it(neovim: LanguageClient, workspace: Path):
    """Neovim offers utf-8 first: copylint takes it (LSP 3.17), says so, and counts every
    position it sends and reads in UTF-8 bytes."""
    assert neovim.init_result.capabilities.position_encoding == types.PositionEncodingKind.Utf8  # type: ignore[attr-defined]
    uri = open_doc(neovim, workspace / "storm.txt", EMOJI_CRLF)
    diags = await published(neovim, uri, 1)
    first = min((d for d in diags if d.code == "style.repeated-word"), key=lambda d: d.range.start.line)
    line = EMOJI_CRLF.split("\r\n")[2]
    assert first.range.start.character == len(line[: line.index("the the")].encode("utf-8")) == 24
    assert first.range.end.character == 24 + len("the the")
    # without documentChanges support the edit comes as a plain `changes` map; the cursor
    # alone (an empty range inside the diagnostic) is enough to be offered the fix
    cursor = types.Position(first.range.start.line, first.range.start.character + 2)
    actions = await neovim.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=types.Range(cursor, cursor),
        context=types.CodeActionContext(diagnostics=[]),
    ))
    (edit,) = actions[0].edit.changes[uri]
    assert edit.new_text == "the" and edit.range == first.range
    # an edit in UTF-8 positions: delete the second "the " on that line
    start = types.Position(first.range.start.line, 24 + len("the "))
    end = types.Position(first.range.start.line, 24 + len("the the "))
    neovim.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
        content_changes=[types.TextDocumentContentChangePartial(range=types.Range(start, end), text="")],
    ))
    after = await published(neovim, uri, 2)
    assert [d.range.start.line for d in after if d.code == "style.repeated-word"] == [4]


async def test_code_actions_for_every_overlapping_diagnostic_whatever_the_client_echoes(
        client: LanguageClient, workspace: Path):
    """A client that sends back no diagnostics, or ranges of its own, still gets the fix for
    every copylint diagnostic under the requested range (Neovim 0.7 echoes byte columns)."""
    uri = open_doc(client, workspace / "storm.txt", EMOJI_CRLF)
    diags = await published(client, uri, 1)
    targets = sorted((d for d in diags if d.code == "style.repeated-word"), key=lambda d: d.range.start.line)
    assert len(targets) == 2
    whole = types.Range(types.Position(0, 0), types.Position(5, 0))
    wrong = targets[0].model_copy() if hasattr(targets[0], "model_copy") else targets[0]
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=whole,
        context=types.CodeActionContext(diagnostics=[wrong]),
    ))
    titles = sorted(a.title for a in actions if a.edit is not None)
    assert titles == ["Replace with \u201cit\u201d", "Replace with \u201cthe\u201d"]
    # a range touching nothing flagged offers nothing
    none = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri),
        range=types.Range(types.Position(0, 0), types.Position(0, 3)),
        context=types.CodeActionContext(diagnostics=targets),
    ))
    assert not none


def _has_spelling() -> bool:
    from copylint.api import get_linter
    from copylint.config import Settings

    return "spelling.misspelling" in get_linter(Settings()).rules


async def test_add_to_word_list_action_writes_the_list_and_relints(client: LanguageClient, workspace: Path):
    if not _has_spelling():
        pytest.skip("no spelling.misspelling rule in this build yet: the add-to-word-list action has nothing to act on")
    text = "Storm hits coast\n\nThe zorblat team met in the town hall on Monday.\n"
    uri = open_doc(client, workspace / "storm.txt", text)
    diags = await published(client, uri, 1)
    target = next(d for d in diags if d.code == "spelling.misspelling" and text_of(text, d.range) == "zorblat")
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=target.range,
        context=types.CodeActionContext(diagnostics=[target]),
    ))
    add = next(a for a in actions if a.command is not None)
    assert add.title.startswith("Add \u201czorblat\u201d to the word list")
    count = len(client.published)  # type: ignore[attr-defined]
    await client.workspace_execute_command_async(types.ExecuteCommandParams(
        command=add.command.command, arguments=add.command.arguments))
    assert (workspace / ".copylint-words.txt").read_text(encoding="utf-8") == "zorblat\n"
    assert ".copylint-words.txt" in (workspace / ".copylint.toml").read_text(encoding="utf-8")
    deadline = time.monotonic() + 20
    while len(client.published) == count and time.monotonic() < deadline:  # type: ignore[attr-defined]
        await asyncio.sleep(0.01)
    latest = client.published[-1]  # type: ignore[attr-defined]
    assert latest.uri == uri and latest.version == 1
    assert not any(d.code == "spelling.misspelling" and text_of(text, d.range) == "zorblat" for d in latest.diagnostics)



# A server whose every lint first writes to file descriptor 1, as native code (a grammar
# engine) or a stray print would: a fake protocol header that would wreck the stream.
NOISY = [sys.executable, "-c", (
    "import os\n"
    "import copylint.lsp.server as server\n"
    "lint = server.CopylintServer._lint\n"
    "def noisy(self, *args):\n"
    "    os.write(1, b'Content-Length: 9\\r\\n\\r\\n{garbage}')\n"
    "    print('stray print', flush=True)\n"
    "    return lint(self, *args)\n"
    "server.CopylintServer._lint = noisy\n"
    "from copylint.cli import main\n"
    "main(['lsp', '--debounce-ms', '100'])\n"
)]


@pytest_lsp.fixture(config=ClientServerConfig(server_command=NOISY, client_factory=make_client))
async def noisy(lsp_client: LanguageClient, workspace: Path):
    await start(lsp_client, workspace)
    yield
    await lsp_client.shutdown_session()


async def test_stray_output_on_stdout_cannot_corrupt_the_protocol(noisy: LanguageClient, workspace: Path):
    uri = open_doc(noisy, workspace / "storm.txt", EMOJI_CRLF)
    assert len([d for d in await published(noisy, uri, 1) if d.code == "style.repeated-word"]) == 2
    noisy.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text="Calm\n\nNothing wrong.\n")],
    ))
    assert [d for d in await published(noisy, uri, 2) if d.code == "style.repeated-word"] == []
    assert noisy.error is None
