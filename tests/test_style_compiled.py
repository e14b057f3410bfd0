"""The compiled-rules cache (copylint.style.compiled): rules built from the stored specs are
the rules built from the YAML files, and a damaged, planted or foreign file is never used."""

from __future__ import annotations

import hashlib
import json
import marshal
import os
import re
from pathlib import Path

import pytest

from copylint import sealkey
from copylint.datacache import seal
from copylint.readers import parse
from copylint.style import compiled, loader
from copylint.style.packs import builtin_pack_names
from copylint.style.regexes import LazyPattern
from copylint.style.scopes import DocView

CORPUS = Path(__file__).parent / "corpus" / "wikinews"

HOUSE = """\
id: style.house.banned
type: existence
summary: Words the house bans.
rationale: >
  The house bans them,
  all of them.
message: 'Do not use "{match}"'
tokens: [utilise, "state-of-the-art"]
examples:
  bad: ["We will [[utilise]] it."]
  good: [{text: "We will use it.", format: txt}]
"""


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache folder and a key folder of the test's own; no rules kept in this process."""
    monkeypatch.setenv("COPYLINT_LEXICON_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("COPYLINT_RULES_CACHE_KEY_DIR", str(tmp_path / "state"))
    monkeypatch.setattr(loader, "_CACHE", {})
    return tmp_path / "cache"


def _stored(cache: Path) -> Path:
    files = list(cache.glob("rules-*.marshal"))
    assert len(files) == 1, files
    return files[0]


def _load(packs: tuple[str, ...], paths: tuple[str, ...] = (), **kwargs) -> loader.RuleSet:  # type: ignore[no-untyped-def]
    loader._CACHE.clear()  # a new process, as far as the loader knows
    return loader.load_rules(packs, paths, **kwargs)


def _count_yaml_loads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = loader._from_yaml

    def counted(*args):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real(*args)

    monkeypatch.setattr(loader, "_from_yaml", counted)
    return calls


def _findings(ruleset: loader.RuleSet, doc) -> list[tuple]:  # type: ignore[no-untyped-def]
    view = DocView(doc, ruleset.lexicon)
    return [(f.rule, view.index_of(f.segment) if f.segment is not None else None, f.start, f.end, f.message,
             f.suggestions) for rule in ruleset.rules for f in rule.run(view)]


def _same_rules(a: loader.RuleSet, b: loader.RuleSet) -> None:
    assert a.packs == b.packs
    assert [r.id for r in a.rules] == [r.id for r in b.rules]
    for x, y in zip(a.rules, b.rules, strict=True):
        assert type(x) is type(y)
        assert x.info == y.info
        assert compiled.encode_spec(x.spec, "") == compiled.encode_spec(y.spec, "")
        for key in x.spec.entries:  # errors found later name the same line
            assert str(x.spec.error(key, "m")) == str(y.spec.error(key, "m"))
            assert x.spec.trusted(key) == y.spec.trusted(key)
        assert [(s.pattern.pattern, s.pattern.flags, s.needles, s.gate) for s in x.scans()] == \
               [(s.pattern.pattern, s.pattern.flags, s.needles, s.gate) for s in y.scans()]
        assert [ls.tokens for ls in x.literal_sets()] == [ls.tokens for ls in y.literal_sets()]


def test_every_shipped_pack_from_the_cache_is_the_pack_from_yaml(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    docs = [parse(p.read_text(encoding="utf-8"), p.name, "txt") for p in sorted((CORPUS / "news").glob("*.txt"))[:15]]
    calls = _count_yaml_loads(monkeypatch)
    total = 0
    for pack in builtin_pack_names():
        plain = _load((pack,), disk_cache=False)
        first = _load((pack,))  # stored
        again = _load((pack,))  # from the stored specs
        assert len(calls) == 2  # (the plain load and the first)
        calls.clear()
        for ruleset in (first, again):
            _same_rules(plain, ruleset)
        for doc in docs:
            found = _findings(plain, doc)
            assert _findings(again, doc) == found
            total += len(found)
    assert total > 20


def test_a_users_pack_is_cached_and_an_edit_is_seen(cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pack = tmp_path / "styles" / "house"
    pack.mkdir(parents=True)
    (pack / "banned.yaml").write_text(HOUSE, encoding="utf-8")
    paths = (str(tmp_path / "styles"),)
    calls = _count_yaml_loads(monkeypatch)
    plain = _load(("copylint", "house"), paths, disk_cache=False)
    _load(("copylint", "house"), paths)
    again = _load(("copylint", "house"), paths)
    assert len(calls) == 2
    _same_rules(plain, again)
    rule = next(r for r in again.rules if r.id == "style.house.banned")
    assert rule.info.rationale == "The house bans them, all of them."
    assert not rule.spec.trusted("tokens")  # a user's file: its patterns on RE2, cached or not
    doc = parse("Title here\n\nWe will utilise a state-of-the-art tool.\n", "a.txt", "txt")
    assert [f[0] for f in _findings(again, doc)].count("style.house.banned") == 2
    (pack / "banned.yaml").write_text(HOUSE.replace("utilise", "leverage"), encoding="utf-8")
    edited = _load(("copylint", "house"), paths)
    assert len(calls) == 3  # a new file content is a new cache entry, read from YAML
    doc = parse("Title here\n\nWe will utilise and leverage it.\n", "a.txt", "txt")
    assert [f[4] for f in _findings(edited, doc) if f[0] == "style.house.banned"] == ['Do not use "leverage"']


def _reseal_with(path: Path, payload: bytes, key: bytes | None) -> None:
    path.write_bytes(seal(payload) if key is None else sealkey.seal_with(key, payload))


def _damage(cache: Path, how: str) -> None:
    path = _stored(cache)
    data = path.read_bytes()
    payload = data[:-32]
    key = sealkey.user_key()
    assert key is not None
    if how == "flipped":
        path.write_bytes(data[:100] + bytes([data[100] ^ 1]) + data[101:])
    elif how == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif how == "plain hash":  # someone else's seal: a SHA-256 anyone can compute
        evil = payload.replace(b"style.long-sentence", b"style.long-sentencf")
        _reseal_with(path, evil, None)
    elif how == "another key":
        _reseal_with(path, payload, os.urandom(32))
    elif how in PLANTED:  # sealed right, but not what the module writes
        stored = marshal.loads(payload)
        PLANTED[how](stored)
        _reseal_with(path, marshal.dumps(stored), key)
    elif how == "not marshal":
        _reseal_with(path, b"\x80\x81 not marshal", key)
    elif how == "marshal cut short":
        _reseal_with(path, payload[: len(payload) // 2], key)
    elif how == "fifo":
        path.unlink()
        os.mkfifo(path)
    else:
        raise AssertionError(how)


def _self_containing(stored: dict) -> None:
    loop: list = []
    loop.append(loop)
    stored["rules"][0]["values"]["tokens"] = loop


#: what a file sealed under the user's key could hold that the module never writes: each must be refused
PLANTED = {
    "unknown value": lambda stored: stored["rules"][0]["values"].__setitem__("summary", {"pickle": ["cos\nsystem\n"]}),
    "code object": lambda stored: stored["rules"][0]["values"].__setitem__("summary", compile("1", "x", "eval")),
    "code object in facts": lambda stored: stored["facts"].append(["first", "x", 0, compile("1", "x", "eval")]),
    "code object as pack": lambda stored: stored["packs"].append(compile("1", "x", "eval")),
    "tuple for a list": lambda stored: stored.__setitem__("rules", tuple(stored["rules"])),
    "set of rules": lambda stored: stored.__setitem__("rules", [frozenset({"a"}), *stored["rules"]]),
    "bytes for a path": lambda stored: stored["rules"][0].__setitem__("path", stored["rules"][0]["path"].encode()),
    "bytes as a value": lambda stored: stored["rules"][0]["values"].__setitem__("summary", b"x"),
    "self-containing list": _self_containing,
    "extra key": lambda stored: stored.__setitem__("code", 1),
}


@pytest.mark.parametrize("how", ["flipped", "truncated", "plain hash", "another key", *PLANTED, "not marshal",
                                 "marshal cut short", "fifo"])
def test_a_damaged_or_planted_file_is_not_used_and_is_rebuilt(cache: Path, monkeypatch: pytest.MonkeyPatch,
                                                              how: str) -> None:
    plain = _load(("copylint",), disk_cache=False)
    _load(("copylint",))
    good = _stored(cache).read_bytes()
    _damage(cache, how)
    calls = _count_yaml_loads(monkeypatch)
    rebuilt = _load(("copylint",))
    assert len(calls) == 1  # loaded from YAML ...
    _same_rules(plain, rebuilt)
    assert _stored(cache).read_bytes() == good  # ... and stored again
    _load(("copylint",))
    assert len(calls) == 1  # which the next run uses


def test_without_a_usable_key_nothing_is_cached(cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("COPYLINT_RULES_CACHE_KEY_DIR", str(blocker))  # the key cannot be made
    calls = _count_yaml_loads(monkeypatch)
    for _ in range(2):
        _same_rules(_load(("copylint",), disk_cache=False), _load(("copylint",)))
    assert len(calls) == 4
    assert not list(cache.glob("rules-*.marshal"))


def test_the_key_is_the_users_own(cache: Path, tmp_path: Path) -> None:
    _load(("copylint",))
    key_file = tmp_path / "state" / "rules-cache.key"
    assert key_file.stat().st_size == sealkey.KEY_BYTES
    assert key_file.stat().st_mode & 0o077 == 0  # readable by the user only
    assert not list(cache.glob("*.key"))  # never beside the files it seals
    payload = _stored(cache).read_bytes()[:-32]
    assert hashlib.sha256(payload).digest() != _stored(cache).read_bytes()[-32:]


def test_a_cache_hit_does_not_import_yaml(cache: Path, tmp_path: Path) -> None:
    import subprocess
    import sys

    code = ("import sys; from copylint.style.loader import load_rules; load_rules(('copylint',)); "
            "print('yaml' in sys.modules)")
    env = dict(os.environ)
    out = [subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout.strip()
           for _ in range(2)]
    assert out == ["True", "False"]


@pytest.mark.parametrize(("pattern", "flags"), [
    ("abc", 0), ("(?i)a(b)c", 0), ("(?m)^x$", re.IGNORECASE), ("a(?P<x>b)(c)?", 0), (r"\bU\.S\.(?!\w)", 0),
    (r"(?<=\s)'(?=[^\W\d_])", re.IGNORECASE | re.MULTILINE),
])
def test_a_lazy_pattern_is_the_compiled_pattern(pattern: str, flags: int) -> None:
    lazy, real = LazyPattern(pattern, flags), re.compile(pattern, flags)
    assert (lazy.pattern, lazy.flags, lazy.groups) == (real.pattern, real.flags, real.groups)  # before compiling
    assert "compiled" not in lazy.__dict__
    assert lazy == real and real == lazy and hash(lazy) == hash(LazyPattern(pattern, flags))
    text = "xabc ABC u.s. U.S. x\nx 'quoted' b"
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]
    assert lazy.groupindex == real.groupindex
    assert [m.span() if m else None for m in (lazy.search(text, 3), lazy.match(text, 1))] == \
           [m.span() if m else None for m in (real.search(text, 3), real.match(text, 1))]


def test_rules_from_the_cache_compile_only_the_patterns_a_text_needs(cache: Path) -> None:
    _load(("copylint", "ap", "uk"))
    ruleset = _load(("copylint", "ap", "uk"))  # from the stored specs
    lazy = [p for rule in ruleset.rules for ls in rule.literal_sets() for p in ls.patterns]
    assert lazy and all(isinstance(p, LazyPattern) for p in lazy)
    _findings(ruleset, parse("Title here\n\nThe council met on Tuesday.\n", "a.txt", "txt"))
    assert sum("compiled" not in p.__dict__ for p in lazy) > len(lazy) // 2


def test_a_cache_hit_parses_no_pattern(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What the pattern helpers found out (flags and groups, needles, back-references) is
    stored with the rules: a hit parses no pattern again (only the merged alternations
    are compiled)."""
    from copylint.style import regexes

    _load(("copylint", "ap", "uk"))
    regexes._FACTS.clear()
    regexes._PARSED.clear()
    calls: list[str] = []
    real = regexes._parse
    monkeypatch.setattr(regexes, "_parse", lambda pattern, flags=0: calls.append(pattern) or real(pattern, flags))
    again = _load(("copylint", "ap", "uk"))
    assert calls == []
    _same_rules(_load(("copylint", "ap", "uk"), disk_cache=False), again)


def test_one_packs_cache_stores_only_the_facts_that_pack_asked_for(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A process that loaded other packs first (a server, a test run) remembers their facts
    too; the file stored for one pack holds only that pack's, and a hit on it still parses no
    pattern."""
    from copylint.style import regexes

    _load(("copylint",))
    alone = marshal.loads(sealkey.unseal_with(sealkey.user_key(), _stored(cache).read_bytes()))["facts"]
    for path in cache.glob("rules-*.marshal"):
        path.unlink()
    regexes._FACTS.clear()
    _load(("ap", "uk"))  # other packs' facts, in memory
    for path in cache.glob("rules-*.marshal"):
        path.unlink()
    _load(("copylint",))
    stored = marshal.loads(sealkey.unseal_with(sealkey.user_key(), _stored(cache).read_bytes()))["facts"]
    assert sorted(map(json.dumps, stored)) == sorted(map(json.dumps, alone))
    assert len(regexes._FACTS) > len(stored)
    regexes._FACTS.clear()
    regexes._PARSED.clear()
    calls: list[str] = []
    real = regexes._parse
    monkeypatch.setattr(regexes, "_parse", lambda pattern, flags=0: calls.append(pattern) or real(pattern, flags))
    _load(("copylint",))
    assert calls == []
