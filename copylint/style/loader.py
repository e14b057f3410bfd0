"""Loading the selected packs into compiled rules, once per process.

Order: each selected pack after the packs it ``extends`` (depth first, each pack once).
A rule file either defines a new rule (its ``id`` must be new, and end with the file's
name) or has ``override: <id>``: it replaces that rule, which must come from a pack this
pack extends. An override keeps the rule's id; the keys it does not give are inherited,
unless it changes the ``type`` (then it must be complete). When two selected packs
override the same rule, the one loaded later wins.
"""

from __future__ import annotations

from pathlib import Path

from copylint.checks.base import RuleInfo
from copylint.errors import ConfigError
from copylint.records import record
from copylint.style.lexicon import Lexicon
from copylint.style.multiscan import MultiScan
from copylint.style.packs import MANIFEST, PackError, available_packs, rule_files, stamp
from copylint.style.rule import StyleRule
from copylint.style.ruletypes import TYPES
from copylint.style.schema import COMMON, Entry, Examples, Spec, Src, as_text, items, mapping, raw_entries, validate
from copylint.style.yamlsource import compose_file, line_of

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    import yaml


@record(frozen=True)
class RuleSet:
    """The compiled rules of some packs, and the shared index of their literal tokens."""

    packs: tuple[str, ...]  # every pack loaded, in load order
    rules: tuple[StyleRule, ...]
    lexicon: Lexicon


@record
class _Manifest:
    description: str
    extends: tuple[tuple[str, yaml.Node | None], ...]
    path: str


def _manifest(pack: Path) -> _Manifest:
    path = pack / MANIFEST
    src = Src(str(path))
    if not path.is_file():
        return _Manifest("", (), str(path))
    node = compose_file(path)
    if node is None:
        return _Manifest("", (), str(path))
    entries = mapping(src, node, "a pack manifest (a mapping)")
    description, extends = "", ()
    for key, (key_node, value) in entries.items():
        if key == "description":
            description = as_text(src, value)
        elif key == "extends":
            extends = tuple((as_text(src, n), n) for n in items(src, value, "a list of pack names"))
        else:
            raise src.error(key_node, f"unknown key '{key}' in pack manifest; expected description, extends")
    return _Manifest(description, extends, str(path))


def resolve(selected: tuple[str, ...], paths: tuple[str, ...]) -> list[tuple[str, Path, frozenset[str]]]:
    """(name, folder, packs it extends transitively) of every pack to load, in order."""
    packs = available_packs(paths)
    order: list[tuple[str, Path, frozenset[str]]] = []
    done: dict[str, frozenset[str]] = {}

    def visit(name: str, chain: tuple[str, ...], via: tuple[str, yaml.Node | None] | None) -> frozenset[str]:
        if name in done:
            return done[name]
        if name not in packs:
            known = ", ".join(sorted(packs))
            if via is None:
                raise PackError(f"unknown style pack '{name}'; available: {known}")
            raise ConfigError(f"pack extends unknown pack '{name}'; available: {known}", via[0],
                              line_of(via[1]) if via[1] is not None else None)
        if name in chain:
            raise ConfigError(f"packs extend each other in a cycle: {' -> '.join((*chain, name))}",
                              str(packs[name] / MANIFEST))
        manifest = _manifest(packs[name])
        ancestors: set[str] = set()
        for parent, node in manifest.extends:
            ancestors.add(parent)
            ancestors |= visit(parent, (*chain, name), (manifest.path, node))
        done[name] = frozenset(ancestors)
        order.append((name, packs[name], done[name]))
        return done[name]

    for name in selected:
        visit(name, (), None)
    return order


@record
class _Loaded:
    spec: Spec
    entries: dict[str, Entry]
    pack: str
    rule: StyleRule


def _build(spec: Spec, pack: str) -> StyleRule:
    examples: Examples = spec.get("examples")
    info = RuleInfo(
        id=spec.get("id"),
        category=spec.get("category", "style"),
        severity=spec.get("severity", "warning"),
        summary=spec.get("summary").strip(),
        rationale=" ".join(spec.get("rationale").split()),
        bad=examples.bad,
        good=examples.good,
        fix_safe=spec.get("fix_safe", False),
        default_enabled=spec.get("enabled", True),
        link=spec.get("link"),
        source=spec.path,
    )
    return TYPES[spec.get("type")](spec, info)


def _load_file(path: Path, pack: str, ancestors: frozenset[str], loaded: dict[str, _Loaded],
               history: dict[str, list[_Loaded]]) -> None:
    src = Src(str(path))
    node = compose_file(path)
    entries = raw_entries(src, node)
    line = line_of(node) if node is not None else 1
    override = entries.get("override")
    if override is not None:
        target = COMMON["override"].parse(src, override.value_node)
        # the version this pack inherits: the latest from a pack it extends (not a sibling's override)
        parent = next((v for v in reversed(history.get(target, [])) if v.pack in ancestors), None)
        if parent is None:
            where = f" (it comes from pack '{history[target][0].pack}', which pack '{pack}' does not extend)" \
                if target in history else ""
            raise src.error(override.value_node, f"override of unknown rule '{target}': no pack that pack "
                                                 f"'{pack}' extends defines it{where}")
        if "id" in entries and COMMON["id"].parse(src, entries["id"].value_node) != target:
            raise src.error(entries["id"].value_node, "an override keeps the id of the rule it replaces; "
                                                      "drop 'id' or give a new rule its own file")
        _check_name(src, entries["override"].value_node, target, path)
        own = {k: v for k, v in entries.items() if k not in ("override", "id")}
        inherited = parent.entries
        if "type" in own and COMMON["type"].parse(src, own["type"].value_node) != parent.spec.get("type"):
            inherited = {k: v for k, v in inherited.items() if k == "id"}  # a new type: nothing else carries over
        merged = {**inherited, **own}
    else:
        if "id" not in entries:
            raise ConfigError("missing required key 'id'", str(path), line)
        rule_id = COMMON["id"].parse(src, entries["id"].value_node)
        _check_name(src, entries["id"].value_node, rule_id, path)
        if rule_id in loaded:
            raise src.error(entries["id"].value_node, f"duplicate rule id '{rule_id}' (also in "
                                                      f"{loaded[rule_id].spec.path}); use 'override: {rule_id}' "
                                                      "to replace it")
        merged = entries
    if "type" not in merged:
        raise ConfigError("missing required key 'type'", str(path), line)
    rule_type = COMMON["type"].parse(merged["type"].src, merged["type"].value_node)
    spec = validate(str(path), line, merged, TYPES[rule_type].FIELDS)
    spec.values["type"] = rule_type
    rule = _build(spec, pack)
    loaded[rule.id] = _Loaded(spec, merged, pack, rule)
    history.setdefault(rule.id, []).append(loaded[rule.id])


def _check_name(src: Src, node: yaml.Node, rule_id: str, path: Path) -> None:
    name = rule_id.rsplit(".", 1)[-1]
    if path.stem != name:
        raise src.error(node, f"rule '{rule_id}' must live in a file named {name}{path.suffix} (found {path.name})")


_CACHE: dict[tuple[object, ...], RuleSet] = {}


def load_rules(packs: tuple[str, ...], paths: tuple[str, ...] = (), *, disk_cache: bool = True) -> RuleSet:
    """The compiled rules of ``packs`` (and the packs they extend), cached per process;
    edited rule files are noticed by their status (:func:`copylint.style.compiled.content_key`;
    ``disk_cache=False``: their size and modification time). Between processes
    the validated rules are kept on disk (:mod:`copylint.style.compiled`; ``disk_cache=False``:
    always from the YAML files)."""
    packs, paths = tuple(packs), tuple(paths)
    folders = available_packs(paths)  # (lists folders, reads no YAML)
    content = None
    if disk_cache:  # the stored file's key (every rule file's status) notices edits too: no stamp needed
        from copylint.style import compiled

        content = compiled.key_or_none(packs, paths, folders)
    key = (packs, paths, content if content is not None else stamp(list(folders.values())))
    cached = _CACHE.get(key)
    if cached is not None:
        return cached
    if disk_cache:
        names, loaded = compiled.load(content, lambda: _from_yaml(packs, paths), _build)
    else:
        names, loaded = _from_yaml(packs, paths)
    rules = tuple(rule for _, _, rule in loaded)
    multiscan = MultiScan()
    for rule in rules:
        for scan in rule.scans():
            scan.gate = multiscan.gate(scan.needles) if scan.whole is None else multiscan.gate_regex(scan.whole)
    ruleset = RuleSet(names, rules, Lexicon((ls for rule in rules for ls in rule.literal_sets()), multiscan))
    multiscan.build()  # once per process (per configuration): one RE2 set of every needle
    if len(_CACHE) >= 8:  # a few configurations per process at most; keep memory flat
        _CACHE.pop(next(iter(_CACHE)))
    _CACHE[key] = ruleset
    return ruleset


def _from_yaml(packs: tuple[str, ...], paths: tuple[str, ...]) -> tuple[tuple[str, ...], list[tuple[Spec, str, StyleRule]]]:
    """The packs in load order, and (spec, pack, rule) of every rule, from the YAML files."""
    order = resolve(packs, paths)
    loaded: dict[str, _Loaded] = {}
    history: dict[str, list[_Loaded]] = {}
    for name, folder, ancestors in order:
        for path in rule_files(folder):
            _load_file(path, name, ancestors, loaded, history)
    return tuple(name for name, _, _ in order), [(item.spec, item.pack, item.rule) for item in loaded.values()]
