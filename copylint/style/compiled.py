"""The validated rules of the selected packs, kept on disk between runs.

Loading the packs from YAML costs a new process about half of the house-style start-up
(importing the YAML library, composing and validating every rule file, finding each
pattern's needles). After the first run the validated specs of the rules, in load order,
are read from one file in the derived-data cache (:func:`copylint.datacache.cache_dir`)
instead, and the rules are built from them as from the YAML: the same rule types, the same
``setup``, the same compiled patterns and gates.

The file is plain data stored with ``marshal`` (never ``pickle``; a JSON file took a cold
start about four times as long to read), named by a SHA-256 of everything the result
depends on: the packs asked for, the pack folders and every file in them (names, and each
file's status: device, inode, size, modification and change times), the code that validates
and builds rules (this package, ``checks/base.py``, ``issue.py``) and the Python version.
Any write to a rule or code file changes its change time, which no one can set, so any edit
of a rule file, a new pack or a new version of that code is a new name, and a stale file is
never read; a file written in the last seconds counts by its content instead (two writes
within the clock's resolution could keep every time the same):
:func:`copylint.datacache.fingerprint`. (Statting the ~45 files instead of reading and
hashing them saves a cold start a few ms.)

Whoever can write the cache folder (a shared CI cache restored from another job, say)
could re-seal a file with a plain hash; but a shipped pack's patterns run on Python's
``re``, where a crafted pattern could take forever. So the file is sealed with a MAC
(keyed BLAKE2b, :mod:`copylint.sealkey`) under a key of this user's own, kept outside the
cache folder (``$XDG_STATE_HOME/copylint/rules-cache.key``, else ``~/.local/state/...``, created on first
use, readable by the user only); ``COPYLINT_RULES_CACHE_KEY_DIR`` moves it (tests). A file
whose seal does not verify (damaged, truncated, planted or sealed under another key), that
does not parse, or whose content is not what this module writes, is a miss: the rules are
loaded from YAML and the file is written again. ``marshal`` is read only once the seal
verifies, and even then what it made is trusted no further than JSON was: every object the
rules are built from is type-checked on the way (plain ``dict``, ``list``, ``str``,
``int``, ``float``, ``bool``, ``None``; anything else, a code object say, refuses the file),
as a JSON file's were. Without a usable key (an unwritable home)
nothing is cached. Any problem means loading from YAML: slower, never different.
"""

from __future__ import annotations

import marshal
import os
import sys
from collections.abc import Callable, Iterator, Mapping
from functools import cache
from pathlib import Path

from copylint.checks.base import Example
from copylint.reading import read_limited
from copylint.sealkey import seal_with, unseal_with, user_key
from copylint.style.packs import RULE_SUFFIXES
from copylint.style.schema import Entry, Examples, Pairs, Spec, Src

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import Any

FORMAT = b"copylint-rules-3"  # (2: sealed with keyed BLAKE2b, not HMAC-SHA-256; 3: marshal, not JSON)
#: the stored file's suffix (``rules-<key>.<SUFFIX>``)
SUFFIX = "marshal"
#: no rules file is larger (the shipped packs' is about 60 KB)
MAX_SIZE = 16_000_000
#: a larger rule file is refused by the YAML path (copylint.style.yamlsource.MAX_BYTES)
MAX_RULE_FILE = 512 * 1024 + 1
#: (nesting) a rule's values are a few levels deep at most
MAX_DEPTH = 12

_STYLE = Path(__file__).resolve().parent


class _Refused(ValueError):
    """The stored file is not what this module writes."""


class Line:
    """A YAML node's stand-in in a cached spec: only its line is kept (for error messages,
    through :func:`copylint.style.yamlsource.line_of`). It is its own ``start_mark`` (whose
    ``line`` counts from 0, as YAML's marks do): one object a node, not two."""

    __slots__ = ("line",)

    def __init__(self, line: int) -> None:
        self.line = line - 1

    @property
    def start_mark(self) -> Line:
        return self


def _line(node: Any) -> int:
    return int(node.start_mark.line) + 1


def content_key(selected: tuple[str, ...], paths: tuple[str, ...], folders: dict[str, Path]) -> str:
    """A hash of everything the loaded rules depend on (see the module's docstring). Each
    file counts by :func:`copylint.datacache.fingerprint`: its status once settled (any
    write changes it), else its content; a file that cannot be read, or too large a one,
    raises: no cache."""
    from copylint.datacache import fingerprint
    from copylint.digests import sha256

    h = sha256(FORMAT)

    def add(tag: bytes, data: bytes) -> None:
        h.update(b"%s%d:" % (tag, len(data)) + data)

    add(b"V", b"%s marshal %d" % (sys.version.encode(), marshal.version))
    add(b"S", repr([list(selected), list(paths)]).encode("utf-8", "surrogatepass"))
    listed = [(p, p) for p in (*_code_files(), str(_STYLE.parent / "checks" / "base.py"), str(_STYLE.parent / "issue.py"))]
    for name, folder in sorted(folders.items()):  # a pack: its folder and every file in it
        # (its absolute path: the files are counted by their status below, which names the file
        # itself, so resolving links on the way would add nothing but its cost)
        add(b"K", f"{name}\0{os.path.abspath(folder)}".encode("utf-8", "surrogatepass"))
        with os.scandir(folder) as entries:  # (as sorted(folder.iterdir()) lists them, without pathlib's cost)
            listed += sorted((e.name, e.path) for e in entries if e.name.endswith(RULE_SUFFIXES) and e.is_file())
    for name, p in listed:
        add(b"N", name.encode("utf-8", "surrogatepass"))
        add(b"F", fingerprint(p, MAX_RULE_FILE))
    return h.hexdigest()[:32]


def _code_files() -> list[str]:
    """Every ``.py`` file of this package, sorted by folder, then name (as ``sorted(os.walk())``
    lists them, without its cost; ``__pycache__`` holds no code and is not listed, and, as
    ``os.walk`` does, a link to a folder is not followed)."""
    found: list[tuple[str, str]] = []
    pending = [str(_STYLE)]
    while pending:
        folder = pending.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.name.endswith(".py") and not entry.is_dir():
                    found.append((folder, entry.name))
                elif entry.name != "__pycache__" and entry.is_dir() and not entry.is_symlink():
                    pending.append(entry.path)
    return [os.path.join(folder, name) for folder, name in sorted(found)]


# -- specs as plain data ----------------------------------------------------------------------

def _encode(value: Any) -> Any:
    if value is None or type(value) in (bool, str, int, float):
        return value
    for plain in (str, int, float):  # a subclass (a flag, say) as its plain value: marshal takes exact types
        if isinstance(value, plain) and not isinstance(value, bool):
            return plain(value)
    if isinstance(value, tuple):
        return [_encode(v) for v in value]
    if isinstance(value, Examples):
        return {"examples": [[[e.text, e.format, e.dialect] for e in value.bad],
                             [[e.text, e.format, e.dialect] for e in value.good]]}
    if isinstance(value, Pairs):
        return {"pairs": [[k, v, _line(node)] for k, v, node in value.items]}
    if type(value).__name__ == "Alternative":
        return {"alternative": [value.text, value.fix, _line(value.node)]}
    raise TypeError(f"cannot store a {type(value).__name__} in the rules cache")


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise _Refused("expected a string")
    return value


def _int(value: Any) -> int:
    if type(value) is not int or not 0 < value < 1 << 31:
        raise _Refused("expected a line number")
    return value


def _line_node(n: Any, lines: dict[int, Line]) -> Line:
    """The :class:`Line` of line ``n`` (checked), one object a line number: a key and its
    value, or the rules of one file, share it (it is never changed)."""
    node = lines.get(n) if type(n) is int else None
    if node is None:
        node = lines[n] = Line(_int(n))
    return node


#: the types a stored value is made of (a list of only these is checked at C speed)
_PLAIN = frozenset({type(None), bool, str, int, float})


def _decode(value: Any, depth: int = 0) -> Any:
    if type(value) in _PLAIN:
        return value
    if depth > MAX_DEPTH:
        raise _Refused("nested too deep")
    if type(value) is list:
        if set(map(type, value)) <= _PLAIN:  # (most lists: tokens, scopes)
            return tuple(value)
        return tuple(_decode(v, depth + 1) for v in value)
    if type(value) is not dict or len(value) != 1:
        raise _Refused("unknown value")
    (kind, body), = value.items()
    if type(body) is not list:
        raise _Refused("unknown value")
    if kind == "examples" and len(body) == 2:
        bad, good = ([Example(_str(t), _str(f), None if d is None else _str(d)) for t, f, d in side] for side in body)
        return Examples(tuple(bad), tuple(good))
    if kind == "pairs":
        return Pairs(tuple((_str(k), _str(v), Line(_int(n))) for k, v, n in body))
    if kind == "alternative" and len(body) == 3:
        text, fix, n = body
        return _alternative()(_str(text), None if fix is None else _str(fix), Line(_int(n)))
    raise _Refused(f"unknown value {kind!r}")


@cache
def _alternative() -> Any:
    """The consistency rules' ``Alternative`` (imported once, not at each stored one)."""
    from copylint.style.ruletypes.consistency import Alternative

    return Alternative


def encode_spec(spec: Spec, pack: str) -> dict[str, Any]:
    return {
        "pack": pack,
        "path": spec.path,
        "line": spec.line,
        "values": {k: _encode(v) for k, v in spec.values.items()},
        "entries": {k: [e.src.path, _line(e.key_node), _line(e.value_node)] for k, e in spec.entries.items()},
    }


def decode_spec(data: Any, sources: dict[str, Src] | None = None, lines: dict[int, Line] | None = None) -> tuple[Spec, str]:
    """The spec and pack :func:`encode_spec` stored; :class:`_Refused` for anything else.
    Specs decoded with the same ``sources`` and ``lines`` share one :class:`Src` a file and
    one :class:`Line` a line number."""
    if type(data) is not dict or data.keys() != _SPEC_KEYS:
        raise _Refused("not a rule")
    values, entries = data["values"], data["entries"]
    if type(values) is not dict or type(entries) is not dict:
        raise _Refused("not a rule")
    spec = Spec(_str(data["path"]), _int(data["line"]))
    spec.values = {_str(k): _decode(v) for k, v in values.items()}
    for k, entry in entries.items():  # (checked now; each Entry is made when first asked for)
        if type(k) is not str or type(entry) is not list or len(entry) != 3 or type(entry[0]) is not str:
            raise _Refused("not an entry")
        _int(entry[1])
        _int(entry[2])
    spec.entries = StoredEntries(entries, {} if sources is None else sources, {} if lines is None else lines)  # type: ignore[assignment]
    return spec, _str(data["pack"])


class StoredEntries(Mapping[str, Entry]):
    """A decoded spec's entries (key -> :class:`Entry`), each made from its stored
    ``[path, key line, value line]`` (checked by :func:`decode_spec`) when first asked for:
    most are asked for only by an error message. Entries made with the same ``sources`` and
    ``lines`` share one :class:`Src` a file and one :class:`Line` a line number."""

    __slots__ = ("_lines", "_made", "_raw", "_sources")

    def __init__(self, raw: dict[str, list[Any]], sources: dict[str, Src], lines: dict[int, Line]) -> None:
        self._raw = raw
        self._sources = sources
        self._lines = lines
        self._made: dict[str, Entry] = {}

    def __getitem__(self, key: str) -> Entry:
        entry = self._made.get(key)
        if entry is None:
            path, key_line, value_line = self._raw[key]
            src = self._sources.get(path)
            if src is None:
                src = self._sources[path] = Src(path)
            entry = self._made[key] = Entry(src, _line_node(key_line, self._lines),  # type: ignore[arg-type]
                                            _line_node(value_line, self._lines))
        return entry

    def __iter__(self) -> Iterator[str]:
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)

    def __repr__(self) -> str:
        return repr(dict(self.items()))


_SPEC_KEYS = {"pack", "path", "line", "values", "entries"}


# -- the cache ---------------------------------------------------------------------------

if TYPE_CHECKING:
    Loaded = tuple[tuple[str, ...], list[tuple[Spec, str, Any]]]  # (packs in load order, [(spec, pack, rule)])


def key_or_none(selected: tuple[str, ...], paths: tuple[str, ...], folders: dict[str, Path]) -> str | None:
    """:func:`content_key`, or None when a file cannot be read (the YAML path reports it)."""
    try:
        return content_key(selected, paths, folders)
    except Exception:  # noqa: BLE001 - missing, unreadable, not a regular file or too large
        return None


def load(content: str | None, from_yaml: Callable[[], Loaded], build: Callable[[Spec, str], Any]) -> Loaded:
    """``from_yaml()``, or the same rules built by ``build(spec, pack)`` from the specs an
    earlier run stored under ``content``, the :func:`content_key` of the packs asked for
    (None: a file could not be read, nothing is stored) (see the module's docstring)."""
    from copylint.datacache import cache_dir, prune, touch_if_old

    key = user_key()
    if key is None or content is None:
        return from_yaml()
    path = cache_dir() / f"rules-{content}.{SUFFIX}"
    try:
        payload = unseal_with(key, read_limited(str(path), MAX_SIZE))  # a planted FIFO or device: refused
        if payload is not None:
            stored = marshal.loads(payload)  # (sealed under this user's key: written by this module)
            if not isinstance(stored, dict) or stored.keys() != {"packs", "rules", "facts"} \
                    or not isinstance(stored["rules"], list) or not isinstance(stored["packs"], list):
                raise _Refused("not a rules file")
            packs = tuple(_str(p) for p in stored["packs"])
            sources: dict[str, Src] = {}
            lines: dict[int, Line] = {}
            specs = [decode_spec(item, sources, lines) for item in stored["rules"]]
            from copylint.style.regexes import import_facts, lazily

            import_facts(stored["facts"])  # (what each pattern's parse said: no parsing again)

            with lazily():  # (these patterns compiled when the file was written)
                rules = [(spec, pack, build(spec, pack)) for spec, pack in specs]
            touch_if_old(path)
            return packs, rules
    except Exception:  # noqa: BLE001 - missing, damaged, planted or refused: load from YAML
        pass
    from copylint.style.regexes import export_facts, recording_facts

    with recording_facts() as used:  # (only these packs' facts are stored with them)
        packs, rules = from_yaml()
    try:
        data = {"packs": list(packs), "rules": [encode_spec(spec, pack) for spec, pack, _ in rules],
                "facts": [[kind, pattern, int(flags), answer] for kind, pattern, flags, answer in export_facts(used)]}
        from copylint.cachefile import replace_file

        replace_file(path, seal_with(key, marshal.dumps(data)))
        prune(path.parent, f"rules-*.{SUFFIX}", path)
    except (OSError, TypeError, ValueError):
        pass
    return packs, rules
