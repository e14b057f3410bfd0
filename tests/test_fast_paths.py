"""The speed-ups give exactly what the plain code gave: the tokeniser that leaves out the
URL/e-mail/domain/handle/hashtag branches where their literal is missing, the prefilter in
front of the foreign-phrase pattern, the per-document token memo, lazy start-up imports."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import copylint.tokens as tokens_module
from conftest import ROOT
from copylint.config import Settings
from copylint.engine import Linter
from copylint.readers import parse
from copylint.spelling.words import _phrase_spans, _phrases
from copylint.tokens import _TOKEN, Token, tokens

CORPUS = ROOT / "tests" / "corpus" / "wikinews"

TRICKY = [
    "See https://example.com/seige, WWW.Example.org or e-mail desk@example.org, @newsdesk and #Baghdad.",
    "BBC.CO.UK and example.com/page, but not example.comma or e.g. this. Mail x@y and &#39; #1 A#b",
    "ftp://x.y www.a.b U.S. a.m. 5,000m £600m 2bn 1990s co-ordinated militias' Iran's",
    "coup d\u2019\u00c9tat, D\u00c9J\u00c0 VU, vis-\u00e0-vis, ad\u00a0hoc, et al., \u0130n absentia, bona-fide, ad-hoc",
    "budget street betting absentee coupe camera-ready per capita income",
    "THE MILITIAS' LEADERS, BOSS' ſ' and 5ſt 5K 2\u00b5s 3\u039c 4\u03bcm 2BN 5\u0130 6\u0131 7Mln",
]

ALPHABET = st.sampled_from(list("aeiocdhtmsw .,:/@#'-\u2019\u00e9\u00c9\u0130\u0131\u017fAEWCOUK0129")
                           + ["://", "www.", ".com", ".uk", "ad hoc", "et al", "d'etat", "vis-a-vis", "de facto"])


def plain_tokens(text: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end(), m.lastgroup or "word") for m in _TOKEN.finditer(text)]


def corpus_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*/[0-9][0-9][0-9][0-9].txt"))]


def test_tokeniser_equals_the_full_pattern_on_the_corpus_and_tricky_text():
    for text in corpus_texts() + TRICKY:
        for line in text.split("\n"):
            assert list(tokens(line)) == plain_tokens(line), line


@settings(max_examples=400, deadline=None)
@given(st.lists(ALPHABET, max_size=40).map("".join))
def test_tokeniser_equals_the_full_pattern_on_any_text(text):
    assert list(tokens(text)) == plain_tokens(text)


def test_scanners_match_case_sensitively_what_the_whole_pattern_matches_caseless():
    """The scanners leave out re.IGNORECASE (outside the URL/e-mail/domain/handle/hashtag
    branches): the two places where the whole pattern has a cased letter are spelled out."""
    caseless_suffix, suffix = re.compile(r"[a-z\u00b5]", re.IGNORECASE), re.compile(f"[{tokens_module._SUFFIX_LETTERS}]")
    caseless_s, cased_s = re.compile("s", re.IGNORECASE), re.compile("[sS\u017f]")
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        assert bool(caseless_suffix.fullmatch(ch)) == bool(suffix.fullmatch(ch)), hex(code)
        assert bool(caseless_s.fullmatch(ch)) == bool(cased_s.fullmatch(ch)), hex(code)
    assert "(?<=s)" in tokens_module._WORD and "(?<=s)" not in tokens_module._CASED_WORD


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(list("5 0,.%sSa'\u2019\u017fK\u212a\u00b5\u039c\u03bcmMbBnNdDtThHİı-#@")
                                + ["BN", "MLN", "www.", "://", ".com"]), max_size=30).map("".join))
def test_tokeniser_equals_the_full_pattern_on_numbers_and_possessives(text):
    assert list(tokens(text)) == plain_tokens(text)


def test_phrase_prefilter_finds_every_phrase_the_pattern_finds():
    for text in corpus_texts() + TRICKY:
        for line in text.split("\n"):
            assert _phrase_spans(line) == [m.span() for m in _phrases().finditer(line)], line
    assert _phrase_spans(TRICKY[3])  # the tricky line has phrases: the comparison is not empty == empty


@settings(max_examples=400, deadline=None)
@given(st.lists(ALPHABET, max_size=30).map("".join))
def test_phrase_prefilter_on_any_text(text):
    assert _phrase_spans(text) == [m.span() for m in _phrases().finditer(text)]


def test_a_long_document_tokenises_each_segment_once():
    """Over 1,024 paragraphs (the old memo's size): spelling, grammar and dialect share one
    tokenisation of each segment, and the memo is empty after the document. (Observed without
    patching the tokeniser, which a compiled copy calls directly: the memo hands back the rows
    it holds, and a segment tokenised again would hold new rows, not the same object.)"""
    paragraphs = [f"Paragraph {n} says the colour of the centre was analysed on day {n}." for n in range(1500)]
    doc = parse("A headline for the test\n\n" + "\n\n".join(paragraphs) + "\n", "long.txt", "txt")
    linter = Linter(Settings())
    kept: dict[str, tuple[tuple[str, int, int, str], ...]] = {}
    linter.lint(doc)
    assert not tokens_module._MEMO and not tokens_module._TEXTS and not tokens_module._SENTENCE_MEMO
    with tokens_module.document_memo(kept):  # (the rows the lint made, handed out after it)
        linter.lint(doc)
    assert set(paragraphs) <= kept.keys()  # every segment's rows were held together
    made = dict(kept)
    with tokens_module.document_memo(kept):  # the same rows in: none is made again
        linter.lint(doc)
    assert all(kept[p] is made[p] for p in paragraphs)
    assert not tokens_module._MEMO and not tokens_module._TEXTS and not tokens_module._SENTENCE_MEMO


def test_sentence_memo_gives_the_plain_spans_as_a_fresh_list():
    for text in corpus_texts()[:5] + TRICKY:
        for line in text.split("\n"):
            first = tokens_module.sentences(line)
            assert first == tokens_module._sentences(line)
            first.append((0, 0))  # a caller's list is its own
            assert tokens_module.sentences(line) == tokens_module._sentences(line)
    tokens_module.clear_memos()
    assert not tokens_module._SENTENCE_MEMO


def _check_loading(folder, *args: str) -> tuple[str, set[str]]:
    """``copylint check ARGS`` in a fresh process: (its report, the modules it imported)."""
    probe = (
        "import sys\n"
        "sys.argv = ['copylint', 'check', *sys.argv[1:]]\n"
        "from copylint.cli import main  # not run(): its quick exit would end the probe before it prints\n"
        "try:\n    main()\n"
        "except SystemExit:\n    pass\n"
        "print(' '.join(sorted(sys.modules)), file=sys.stderr)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True, text=True, cwd=folder, check=True)
    return out.stdout, set(out.stderr.split("\n")[-2].split())


def test_a_one_file_check_imports_no_pool_fixes_baseline_archive_or_toml(tmp_path):
    article = tmp_path / "story.txt"
    article.write_text("A headline for the test\n\nThe troops left on Tuesday.\n", encoding="utf-8")
    _, loaded = _check_loading(tmp_path, "--no-cache", "-q", str(article))
    assert "copylint.engine" in loaded  # the probe did run a check
    for module in ("multiprocessing", "concurrent.futures.process", "copylint.fixes", "copylint.baseline",
                   "copylint.archive", "copylint.gitdiff", "copylint.lsp", "copylint.commands.baseline", "tomllib",
                   "gzip", "base64"):
        assert module not in loaded, module


def test_a_warm_one_file_check_loads_no_openssl(tmp_path):
    """With the derived data cached (as after any first run), a check hashes only small
    inputs, with the builtin SHA-256 and BLAKE2b: hashlib and hmac (OpenSSL) stay unloaded."""
    article = tmp_path / "story.txt"
    article.write_text("A headline for the test\n\nThe troops left on Tuesday.\n", encoding="utf-8")
    _check_loading(tmp_path, "--no-cache", "--quiet", str(article))  # (a fresh cache is built here)
    _, loaded = _check_loading(tmp_path, "--no-cache", "--quiet", str(article))
    assert "copylint.engine" in loaded and "copylint.sealkey" in loaded
    for module in ("hashlib", "_hashlib", "hmac"):
        assert module not in loaded, module


def test_a_pyproject_without_copylint_is_not_parsed_and_an_escaped_key_is_found(tmp_path):
    from copylint.config import find_config_file

    article = tmp_path / "story.txt"
    article.write_text("A headline for the test\n\nThe troops left on Tuesday.\n", encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "newsroom"\n', encoding="utf-8")
    _, loaded = _check_loading(tmp_path, "--no-cache", "--quiet", str(article))
    assert "copylint.engine" in loaded and "tomllib" not in loaded
    assert "difflib" not in loaded  # (no near-copy of the headline to compare; click imports it for a short option)
    assert find_config_file(tmp_path) is None
    (tmp_path / "pyproject.toml").write_text('[tool."\\u0063opylint"]\ndialect = "en-GB"\n', encoding="utf-8")
    assert find_config_file(tmp_path) == tmp_path / "pyproject.toml"  # (the key spelt with an escape: parsed)
    (tmp_path / "pyproject.toml").write_text('[tool.other]\nname = "copylint"\n', encoding="utf-8")
    assert find_config_file(tmp_path) is None


def test_a_fully_cached_check_imports_no_engine_or_checks(tmp_path):
    """A re-run whose every file is a cache hit needs neither the checks nor the engine."""
    article = tmp_path / "story.txt"
    article.write_text("A headline for the test\n\nThe troops left on Tuesday. The the seige.\n", encoding="utf-8")
    (report, first), (again, second) = (_check_loading(tmp_path, "--cache-dir", str(tmp_path / "cache"), str(article))
                                        for _ in range(2))
    assert report == again and "seige" in again  # the same report, from the cache
    assert "copylint.engine" in first and "copylint.checks.spelling" in first
    for module in ("copylint.engine", "copylint.checks.base", "copylint.tokens", "copylint.checks.spelling",
                   "copylint.grammar", "copylint.style.loader", "yaml"):
        assert module not in second, module


def test_warming_the_pattern_cache_compiles_no_pattern_first():
    """What copylint.regex_cache.warm imports (the derived-data cache, the key, the safe
    reader, error messages) compiles no pattern: each would be compiled afresh, before the
    stored programs are in re's cache. (pathlib is imported first: it compiles urllib.parse's
    own pattern on import, which an editable install's start-up has already done.)"""
    probe = (
        "import re, sys, pathlib\n"
        "from re import _compiler\n"
        "made = []\n"
        "real = _compiler.compile\n"
        "_compiler.compile = lambda p, flags=0: made.append(p) or real(p, flags)\n"
        "from copylint import regex_cache\n"
        "regex_cache.warm()\n"
        "print(len(made), [m for m in made if isinstance(m, str)][:5])\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.split(" ", 1)[0] == "0", out.stdout


#: pyproject.toml texts, each with "copylint" somewhere: the pre-check must decide as the parse
_PYPROJECTS = [
    '[tool.copylint]\ndialect = "en-GB"\n', '[ tool . copylint ]\n', '[tool."copylint"]\n', "['tool'.'copylint']\n",
    "[[tool.copylint]]\nx = 1\n", "[tool.copylint.select]\n", '[tool]\ncopylint = {dialect = "en-GB"}\n',
    "[ tool ]\ncopylint.dialect = 'en-GB'\n", '[ "tool" ]\n"copylint" = {}\n', "[[tool]]\ncopylint = 1\n",
    "tool.copylint.dialect = 'en-GB'\n", "tool . copylint = {}\n", "tool = {copylint = {}}\n",
    'tool={ "copylint" = {} }\n', 'tool = "copylint"\n', "tool = ['copylint']\n", 'tool = "a copylint b"\n',
    '"tool" = ["copylint", 1]\n', '[tool.other]\nname = "copylint"\n', '[project]\nname = "copylint"\n',
    '[project.scripts]\ncopylint = "copylint.__main__:main"\n', 'languagetool = ["copylint"]\n',
    '[tool.setuptools.package-data]\ncopylint = ["data/*"]\n', "[mytool]\ncopylint = 1\n", "x-tool = 'copylint'\n",
    '[tool.copylint\n', 'tool.copylint = \n', '[tool]\ncopylint = 1\ncopylint = 2\n', "# [tool.copylint]\n",
    'x = """\n[tool.copylint]\n"""\n', '[tool."\\u0063opylint"]\n', 'tool = "\\u0063opylint"\n', "[tool.copylintx]\n",
    '[tool.copylint]\n[tool.copylint]\n', "a.tool.copylint = 1\n", "[a]\ntool.copylint = 1\n",
]


def _parsed_decision(text: str) -> bool:
    import tomllib

    try:
        tool = tomllib.loads(text).get("tool")
        return isinstance(tool, dict) and "copylint" in tool  # (a "tool" that is no table holds no settings)
    except tomllib.TOMLDecodeError:
        return False


@pytest.mark.parametrize("text", _PYPROJECTS + [(Path(__file__).parent.parent / "pyproject.toml").read_text("utf-8")])
def test_the_pyproject_pre_check_decides_as_the_parse(tmp_path, text):
    from copylint.config import _has_copylint_table

    path = tmp_path / "pyproject.toml"
    path.write_text(text, encoding="utf-8")
    assert _has_copylint_table(path) == _parsed_decision(text)


@given(st.lists(st.sampled_from(["tool", "copylint", ".", " ", "=", "[", "]", "[[", "]]", '"', "'", "{", "}", ",",
                                 "\n", "1", "x", "-", "#"]), max_size=14))
def test_the_pyproject_pre_check_decides_as_the_parse_on_any_text(tmp_path_factory, parts):
    from copylint.config import _has_copylint_table

    text = "".join(parts)
    path = tmp_path_factory.mktemp("pre") / "pyproject.toml"
    path.write_text(text, encoding="utf-8")
    assert _has_copylint_table(path) == _parsed_decision(text)


@pytest.mark.parametrize(("name", "text"), [
    ("story.txt", "A headline for the test\n\nThe troops left on Tuesday.\n"),
    ("story.html", "<html><body><h1>A headline for the test</h1><p>The troops left on Tuesday.</p></body></html>\n"),
])
def test_a_check_beside_a_pyproject_naming_copylint_only_elsewhere_imports_no_typing_or_toml(tmp_path, name, text):
    article = tmp_path / name
    article.write_text(text, encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "copylint"\n[project.scripts]\n'
                                            'copylint = "copylint.__main__:main"\n[tool.ruff]\nline-length = 99\n',
                                            encoding="utf-8")
    probe = (  # (the program's own way in, run(): its quick exit runs the atexit handler that lists the modules)
        "import atexit, sys\n"
        "atexit.register(lambda: print(' '.join(sorted(sys.modules)), file=sys.stderr))\n"
        "sys.argv = ['copylint', 'check', *sys.argv[1:]]\n"
        "from copylint.cli import run\n"
        "run()\n"
    )
    out = subprocess.run([sys.executable, "-c", probe, "--no-cache", "-q", str(article)], capture_output=True,
                         text=True, cwd=tmp_path)
    assert out.returncode == 0 and out.stdout == ""
    loaded = set(out.stderr.split("\n")[-2].split())
    assert "copylint.engine" in loaded and "copylint.checks.grammar" in loaded  # the probe did run a check
    assert name.endswith(".txt") or "copylint.readers.html_tokens" in loaded
    assert "tomllib" not in loaded and "typing" not in loaded
