"""Finding rule packs: the ones shipped with copylint and the user's own folders.

A pack is a folder of rule files (``*.yaml``/``*.yml``, one rule each) with an optional
``pack.yaml`` manifest (``description``, ``extends``). The shipped packs live in the
top-level ``rules/`` folder of the source tree and are installed as
``copylint/rules_data``. Each folder in ``[style] paths`` is either a pack itself (it holds
rule files or a ``pack.yaml``; the pack is named after the folder) or a folder of packs.
This module only lists folders; it reads no YAML, so configuration checks stay cheap.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from copylint.errors import ConfigError

MANIFEST = "pack.yaml"
RULE_SUFFIXES = (".yaml", ".yml")
_NAME = re.compile(r"^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$")


class PackError(ConfigError):
    """A problem with the choice of packs (unknown name, clash, missing folder), reported
    against the configuration key that chose them (``key``: ``packs`` or ``paths``)."""

    def __init__(self, message: str, key: str = "packs") -> None:
        super().__init__(message)
        self.key = key


def builtin_root() -> Path:
    """Where the shipped packs are: installed package data, or ``rules/`` in a source checkout."""
    package = Path(__file__).resolve().parent.parent
    installed = package / "rules_data"
    if installed.is_dir():
        return installed
    return package.parent / "rules"


_SHIPPED: list[str] = []  # the shipped packs' folder, resolved


def shipped(path: str | Path) -> bool:
    """Whether ``path`` is a rule file shipped with copylint (reviewed code, not a user's input).

    A path that names a place inside the shipped folder as it stands (``..`` taken away as
    written) is one of its files without resolving every link on the way (a load asks
    this of each rule it builds): only whoever can write the installation could make such
    a path lead elsewhere, through a link inside it. Any other path counts by where it
    resolves to (a user's folder that links to a shipped pack is shipped)."""
    if not _SHIPPED:
        _SHIPPED.append(os.path.realpath(builtin_root()))
    try:
        return _inside(os.path.abspath(path), _SHIPPED[0]) or _inside(os.path.realpath(path), _SHIPPED[0])
    except (OSError, RuntimeError, ValueError):
        return False


def _inside(path: str, folder: str) -> bool:
    """Whether the normalised absolute ``path`` is ``folder`` or below it (as ``is_relative_to``)."""
    return path == folder or path.startswith(os.path.join(folder, ""))


def _is_pack(folder: Path) -> bool:
    return (folder / MANIFEST).is_file() or any(p.suffix in RULE_SUFFIXES for p in folder.iterdir() if p.is_file())


def builtin_packs() -> dict[str, Path]:
    root = builtin_root()
    if not root.is_dir():
        return {}
    return {p.name: p for p in sorted(root.iterdir()) if p.is_dir() and _NAME.match(p.name) and _is_pack(p)}


def builtin_pack_names() -> tuple[str, ...]:
    """The shipped packs, the default one first."""
    names = sorted(builtin_packs())
    return tuple(sorted(names, key=lambda n: n != "copylint"))


def available_packs(paths: tuple[str, ...] = ()) -> dict[str, Path]:
    """Every pack by name: the shipped ones and those under ``paths``."""
    packs = builtin_packs()
    origin = {name: "copylint's own packs" for name in packs}
    for raw in paths:
        folder = Path(raw)
        if not folder.is_dir():
            raise PackError(f"style pack folder not found: {raw}", "paths")
        try:
            found = [folder] if _is_pack(folder) else [p for p in sorted(folder.iterdir()) if p.is_dir() and _is_pack(p)]
        except OSError as exc:
            raise PackError(f"cannot read style pack folder {raw}: {exc.strerror or exc}", "paths") from None
        if not found:
            raise PackError(f"no rule packs in {raw} (a pack is a folder of .yaml rule files)", "paths")
        for pack in found:
            name = pack.name
            if not _NAME.match(name):
                raise PackError(f"invalid pack folder name {name!r} in {raw}: use lower-case letters, digits and '-'", "paths")
            if name in packs:
                raise PackError(f"pack '{name}' in {pack} has the same name as the pack in {origin[name]}; rename the folder", "paths")
            packs[name] = pack
            origin[name] = str(pack)
    return packs


def rule_files(pack: Path) -> list[Path]:
    return sorted(p for p in pack.iterdir() if p.is_file() and p.suffix in RULE_SUFFIXES and p.name != MANIFEST)


def stamp(folders: list[Path]) -> tuple[tuple[str, int, int], ...]:
    """Names, sizes and modification times of every file in ``folders`` (to notice edits)."""
    out = []
    for folder in folders:
        base = str(folder)
        with os.scandir(base) as entries:  # (as sorted(folder.iterdir()) lists them, without pathlib's cost)
            names = sorted(entry.name for entry in entries)
        for name in names:
            path = os.path.join(base, name)
            try:
                st = os.stat(path)
            except OSError:
                continue
            out.append((path, st.st_size, st.st_mtime_ns))
    return tuple(out)
