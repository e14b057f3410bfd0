"""Code actions for copylint's diagnostics: apply a suggestion, add a word to the word list.

Actions are built from the diagnostics the server last published for the buffer (their
``data`` holds the rule, the suggestions and the flagged text): every one that overlaps
the range the client asks about, whatever the client sends back in its context (clients
differ in how they echo ranges, and some send none). An action is offered only when the
buffer still has that text at that range, so a stale diagnostic never edits the wrong words.
"""

from __future__ import annotations

from lsprotocol import types

from copylint.lsp.diagnostics import SOURCE
from copylint.lsp.documents import OpenDocument
from copylint.lsp.wordlist import WordListTarget, is_addable
from copylint.positions import UTF16, LineIndex, offset_from_lsp
from copylint.reporters.visible import replacement

ADD_WORD_COMMAND = "copylint.addToWordList"
SPELLING_PREFIX = "spelling."


def offsets_of(index: LineIndex, rng: types.Range, encoding: str = UTF16) -> tuple[int, int]:
    """Code-point offsets of an LSP range."""
    start = offset_from_lsp(index, rng.start.line, rng.start.character, encoding)
    end = offset_from_lsp(index, rng.end.line, rng.end.character, encoding)
    return min(start, end), max(start, end)


def text_at(doc: OpenDocument, rng: types.Range, index: LineIndex | None = None, encoding: str = UTF16) -> str:
    start, end = offsets_of(index or LineIndex(doc.text), rng, encoding)
    return doc.text[start:end]


def overlapping(doc: OpenDocument, diagnostics: list[types.Diagnostic], rng: types.Range,
                encoding: str = UTF16) -> list[types.Diagnostic]:
    """The diagnostics whose range overlaps ``rng`` (a cursor touching a diagnostic's
    edge counts: an empty request range is where the cursor is)."""
    index = LineIndex(doc.text)
    start, end = offsets_of(index, rng, encoding)
    out = []
    for diag in diagnostics:
        d_start, d_end = offsets_of(index, diag.range, encoding)
        if d_start <= end and start <= d_end:
            out.append(diag)
    return out


def replace_title(old: str, new: str) -> str:
    if not new:
        return f"Delete {replacement(old)}"
    return f"Replace with {replacement(new)}"


def _edit(doc: OpenDocument, rng: types.Range, new_text: str, versioned: bool) -> types.WorkspaceEdit:
    edit = types.TextEdit(range=rng, new_text=new_text)
    if versioned:
        ident = types.OptionalVersionedTextDocumentIdentifier(uri=doc.uri, version=doc.version)
        return types.WorkspaceEdit(document_changes=[types.TextDocumentEdit(text_document=ident, edits=[edit])])
    return types.WorkspaceEdit(changes={doc.uri: [edit]})


def code_actions(
    doc: OpenDocument,
    diagnostics: list[types.Diagnostic],
    versioned_edits: bool,
    word_list: WordListTarget | None,
    only: list[str] | None = None,
    encoding: str = UTF16,
) -> list[types.CodeAction]:
    """Quick fixes for copylint's ``diagnostics`` in ``doc``.

    ``word_list`` is where "add to word list" writes (None: do not offer it).
    """
    quickfix = types.CodeActionKind.QuickFix.value
    if only is not None and not any(quickfix == k or quickfix.startswith(k + ".") for k in only):
        return []
    index = LineIndex(doc.text)
    actions: list[types.CodeAction] = []
    for diag in diagnostics:
        data = diag.data if isinstance(diag.data, dict) else None
        if diag.source != SOURCE or data is None:
            continue
        flagged = data.get("text", "")
        if text_at(doc, diag.range, index, encoding) != flagged:
            continue  # the buffer changed since this diagnostic: no action on stale text
        suggestions = [s for s in data.get("suggestions", []) if isinstance(s, str)]
        preferred = bool(data.get("fixSafe")) and len(suggestions) == 1
        for suggestion in suggestions:
            if suggestion == flagged:
                continue
            actions.append(types.CodeAction(
                title=replace_title(flagged, suggestion),
                kind=types.CodeActionKind.QuickFix,
                diagnostics=[diag],
                edit=_edit(doc, diag.range, suggestion, versioned_edits),
                is_preferred=preferred or None,
            ))
        rule = str(data.get("rule", ""))
        if word_list is not None and rule.startswith(SPELLING_PREFIX) and is_addable(flagged):
            actions.append(types.CodeAction(
                title=f"Add \u201c{flagged}\u201d to the word list ({word_list.describe()})",
                kind=types.CodeActionKind.QuickFix,
                diagnostics=[diag],
                command=types.Command(
                    title="Add to word list", command=ADD_WORD_COMMAND, arguments=[doc.uri, flagged],
                ),
            ))
    return actions
