"""The language server's pieces, in process: buffers, config reloading, word lists, actions."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

import pytest
from lsprotocol import types

from copylint.config import Settings, load_config_file
from copylint.errors import ConfigError, CopylintError
from copylint.lsp.actions import ADD_WORD_COMMAND, code_actions
from copylint.lsp.configs import ConfigCache
from copylint.lsp.diagnostics import to_diagnostics
from copylint.lsp.documents import OpenDocument
from copylint.lsp.wordlist import DEFAULT_WORD_LIST, WordListTarget, add_word, target_for
from copylint.positions import LineIndex
from copylint.readers import parse


def change(start: tuple[int, int], end: tuple[int, int], text: str) -> types.TextDocumentContentChangePartial:
    return types.TextDocumentContentChangePartial(
        range=types.Range(types.Position(*start), types.Position(*end)), text=text
    )


def test_offset_from_utf16_clamps_to_the_end_of_the_line_before_its_break():
    """The LSP says a character past the line's length means the line's end."""
    text = "ab\r\ncd\nef"
    index = LineIndex(text)
    assert index.offset_from_utf16(0, 99) == 2
    assert index.offset_from_utf16(1, 99) == 6
    assert index.offset_from_utf16(2, 99) == 9
    assert index.offset_from_utf16(9, 0) == 7  # past the last line: the last line


def test_edits_apply_in_utf16_units_and_only_lsp_line_breaks_count():
    # U+2028 and a form feed are not LSP line breaks (str.splitlines would split on them)
    doc = OpenDocument("file:///tmp/a.txt", "x\u2028y \U0001F600 z\r\nsecond\x0cline\n", 1)
    doc.apply([change((0, 7), (0, 8), "Z")], 2)  # 😀 is 2 units: "z" is at 7
    assert doc.text == "x\u2028y \U0001F600 Z\r\nsecond\x0cline\n"
    doc.apply([change((1, 6), (1, 7), " "), change((0, 0), (0, 1), "X")], 3)  # applied in order
    assert doc.text == "X\u2028y \U0001F600 Z\r\nsecond line\n"
    doc.apply([types.TextDocumentContentChangeWholeDocument(text="new")], 4)
    assert (doc.text, doc.version) == ("new", 4)


def test_format_from_extension_then_language_id():
    assert OpenDocument("file:///n/story.md", "", 1, "plaintext").format == "md"
    assert OpenDocument("file:///n/story.htm", "", 1).format == "html"
    assert OpenDocument("untitled:Untitled-1", "", 1, "markdown").format == "md"
    assert OpenDocument("file:///n/README", "", 1, "html").format == "html"
    assert OpenDocument("file:///n/notes.rst", "", 1, "restructuredtext").format == "txt"
    assert OpenDocument("untitled:Untitled-1", "", 1, "markdown").path is None


def test_bom_in_the_buffer_shifts_positions_by_one_unit():
    text = "\ufeffStorm\n\nIt hit the the coast.\n"
    doc = parse(text[1:], "a.txt", "txt")
    from copylint.api import get_linter

    issues = get_linter(Settings()).lint(doc)
    (diag,) = to_diagnostics(issues, text, 1, None)
    assert (diag.range.start.line, diag.range.start.character) == (2, 7)
    (diag_first_line,) = to_diagnostics(
        get_linter(Settings()).lint(parse("the the\n", "a.txt", "body")), "\ufeffthe the\n", 1, None)
    assert diag_first_line.range.start.character == 1  # the BOM is one UTF-16 unit on line 0


def test_config_reloaded_when_its_file_changes(tmp_path: Path):
    config = tmp_path / ".copylint.toml"
    config.write_text('dialect = "en-US"\n', encoding="utf-8")
    cache = ConfigCache(default_root=str(tmp_path))
    first = cache.resolve(str(tmp_path))
    assert first.settings.dialect == "en-US" and first.config == str(config)
    assert cache.resolve(str(tmp_path)).linter is first.linter  # unchanged: same linter
    config.write_text('dialect = "en-GB"\n', encoding="utf-8")
    os.utime(config, ns=(1, 1))  # a different stamp even on coarse-grained file systems
    second = cache.resolve(str(tmp_path))
    assert second.settings.dialect == "en-GB"
    # broken: the last good settings stay, with the error
    config.write_text('dialect = "fr"\n', encoding="utf-8")
    third = cache.resolve(str(tmp_path))
    assert third.settings.dialect == "en-GB"
    assert isinstance(third.error, ConfigError) and "dialect" in str(third.error)


def test_a_changed_word_list_gets_a_fresh_linter(tmp_path: Path):
    words = tmp_path / "words.txt"
    words.write_text("Khamenei\n", encoding="utf-8")
    (tmp_path / ".copylint.toml").write_text('[spelling]\naccept = ["words.txt"]\n', encoding="utf-8")
    cache = ConfigCache(default_root=str(tmp_path))
    before = cache.resolve(str(tmp_path)).linter
    add_word(WordListTarget(str(words)), "Esper")
    after = cache.resolve(str(tmp_path)).linter
    assert after is not before
    assert cache.resolve(str(tmp_path)).linter is after


def test_add_word_appends_to_the_configured_list_once(tmp_path: Path):
    words = tmp_path / "accept.txt"
    words.write_bytes(b"# newsroom names\r\nKhamenei")  # CRLF and no final line break
    settings = load_config_file(_write(tmp_path / ".copylint.toml", '[spelling]\naccept = ["accept.txt"]\n'))
    target = target_for(settings, settings.source, str(tmp_path))
    assert target == WordListTarget(str(words))
    assert add_word(target, "Esper") is True
    assert add_word(target, "Esper") is False
    assert words.read_bytes() == b"# newsroom names\r\nKhamenei\r\nEsper\r\n"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("existing", [None, 'dialect = "en-GB"\n', 'dialect = "en-GB"\n\n[spelling]\nwords = ["Baghdad"]\n'])
def test_add_word_registers_a_default_list_in_a_copylint_toml(tmp_path: Path, existing: str | None):
    config = tmp_path / ".copylint.toml"
    if existing is not None:
        config.write_text(existing, encoding="utf-8")
        settings = load_config_file(config)
        target = target_for(settings, str(config), str(tmp_path))
    else:
        target = target_for(Settings(root=str(tmp_path)), None, str(tmp_path))
    assert target.word_list == str(tmp_path / DEFAULT_WORD_LIST)
    assert target.register_in == str(config)
    assert "registered in .copylint.toml" in target.describe()
    add_word(target, "Esper")
    assert (tmp_path / DEFAULT_WORD_LIST).read_text(encoding="utf-8") == "Esper\n"
    loaded = load_config_file(config)
    assert loaded.spelling.accept == (str(tmp_path / DEFAULT_WORD_LIST),)
    if existing:
        assert loaded.dialect == "en-GB"
        assert config.read_text(encoding="utf-8").startswith('dialect = "en-GB"\n')
    if existing and "Baghdad" in existing:
        assert loaded.spelling.words == ("Baghdad",)
    # a second word does not register the list twice
    add_word(WordListTarget(target.word_list), "Khamenei")
    assert (tmp_path / DEFAULT_WORD_LIST).read_text(encoding="utf-8") == "Esper\nKhamenei\n"


def test_add_word_registers_in_pyproject(tmp_path: Path):
    config = _write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n\n[tool.copylint]\nfail-on = "error"\n')
    target = target_for(load_config_file(config), config, str(tmp_path))
    add_word(target, "Esper")
    data = tomllib.loads(Path(config).read_text(encoding="utf-8"))
    assert data["project"]["name"] == "x"
    assert data["tool"]["copylint"]["spelling"]["accept"] == [DEFAULT_WORD_LIST]
    assert load_config_file(config).fail_on == "error"


def test_words_that_would_read_as_patterns_are_escaped(tmp_path: Path):
    words = tmp_path / "accept.txt"
    for word in ("O'Neill", "Jean-Luc", "Ph.D", "C++", "G7", "#tag"):
        add_word(WordListTarget(str(words)), word)
    assert words.read_text(encoding="utf-8").splitlines() == ["O'Neill", "Jean-Luc", r"Ph\.D", r"C\+\+", "G7", r"\#tag"]
    assert add_word(WordListTarget(str(words)), "C++") is False


def test_add_word_never_writes_a_config_it_cannot_register_in(tmp_path: Path):
    text = 'spelling = { words = ["Baghdad"] }\n'  # an inline table: a [spelling] header would clash
    config = _write(tmp_path / ".copylint.toml", text)
    target = target_for(load_config_file(config), config, str(tmp_path))
    with pytest.raises(ConfigError, match="yourself"):
        add_word(target, "Esper")
    assert Path(config).read_text(encoding="utf-8") == text
    assert not (tmp_path / DEFAULT_WORD_LIST).exists()
    with pytest.raises(CopylintError, match="not a single word"):
        add_word(WordListTarget(str(tmp_path / "w.txt")), "two words")


def _diag(text: str, start: int, end: int, rule: str, suggestions: list[str], fix_safe: bool = False) -> types.Diagnostic:
    index = LineIndex(text)
    s, e = index.utf16_position(start), index.utf16_position(end)
    return types.Diagnostic(
        range=types.Range(types.Position(*s), types.Position(*e)), message="m", source="copylint", code=rule,
        data={"rule": rule, "suggestions": suggestions, "fixSafe": fix_safe, "text": text[start:end]},
    )


def test_actions_delete_replace_and_add_word():
    text = "The embassy \U0001F3DB was stormed by protestors, officials said.\n"
    doc = OpenDocument("file:///n/a.txt", text, 7)
    start = text.index("protestors")
    spelling = _diag(text, start, start + len("protestors"), "spelling.misspelling", ["protesters", "protectors"])
    comma = _diag(text, text.index(","), text.index(",") + 1, "style.x", [""], fix_safe=True)
    other = types.Diagnostic(range=spelling.range, message="not ours", source="otherlint")
    target = WordListTarget("/n/words.txt")
    actions = code_actions(doc, [spelling, comma, other], False, target)
    titles = [a.title for a in actions]
    assert titles == [
        "Replace with \u201cprotesters\u201d", "Replace with \u201cprotectors\u201d",
        "Add \u201cprotestors\u201d to the word list (words.txt)", "Delete \u201c,\u201d",
    ]
    assert not actions[0].is_preferred  # two suggestions: the editor must not auto-pick
    assert actions[3].is_preferred
    assert actions[2].command.command == ADD_WORD_COMMAND
    assert actions[2].command.arguments == ["file:///n/a.txt", "protestors"]
    assert actions[0].edit.changes["file:///n/a.txt"][0].range == spelling.range
    assert code_actions(doc, [spelling], False, target, only=["source"]) == []
    assert len(code_actions(doc, [spelling], False, target, only=["quickfix"])) == 3
    assert len(code_actions(doc, [spelling], False, None)) == 2  # no word list: no add action
    spaces = OpenDocument("file:///n/b.txt", "Two  spaces.\n", 1)
    double = _diag(spaces.text, 3, 5, "style.double-space", [" "], fix_safe=True)
    (action,) = code_actions(spaces, [double], True, None)
    assert action.title == "Replace with \u201c\u2423\u201d"
    assert action.edit.document_changes[0].edits[0].new_text == " "


def _write(path: Path, text: str) -> str:
    path.write_text(text, encoding="utf-8")
    return str(path)
