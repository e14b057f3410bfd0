"""copylint.style.packs.shipped: which rule files are copylint's own (patterns on Python's
re) and which are a user's (on RE2); the same answers as resolving every path."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from copylint.style import packs


def _resolved(path: str | Path) -> bool:
    """The definition: the path, every link resolved, is inside the shipped folder."""
    return Path(path).resolve().is_relative_to(packs.builtin_root().resolve())


@pytest.fixture
def tree(tmp_path: Path) -> dict[str, Path]:
    root = packs.builtin_root()
    shipped_rule = next(root.glob("copylint/*.yaml"))
    user = tmp_path / "styles" / "house"
    user.mkdir(parents=True)
    (user / "banned.yaml").write_text("id: style.house.banned\n", encoding="utf-8")
    (tmp_path / "linked-pack").symlink_to(root / "copylint", target_is_directory=True)
    (user / "linked.yaml").symlink_to(shipped_rule)
    (tmp_path / "escape.yaml").symlink_to(user / "banned.yaml")
    return {"root": root, "shipped": shipped_rule, "user": user / "banned.yaml",
            "via linked pack": tmp_path / "linked-pack" / shipped_rule.name, "linked file": user / "linked.yaml",
            "dotdot out": Path(f"{root}/copylint/../../not-rules/x.yaml"),
            "prefix sibling": Path(f"{root}x/copylint/x.yaml"), "relative user": Path("banned.yaml"),
            "link to a user file": tmp_path / "escape.yaml"}


def test_shipped_answers_as_resolving(tree: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tree["user"].parent)
    expected = {"root": True, "shipped": True, "user": False, "via linked pack": True, "linked file": True,
                "dotdot out": False, "prefix sibling": False, "relative user": False, "link to a user file": False}
    for name, path in tree.items():
        assert packs.shipped(path) is expected[name], name
        assert packs.shipped(str(path)) is expected[name], name
        assert _resolved(path) is expected[name], name


def test_a_shipped_file_is_known_without_resolving_links(tree: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    packs.shipped(tree["shipped"])  # (the folder itself resolved once)

    def refuse(path):  # type: ignore[no-untyped-def]
        raise AssertionError("resolved")

    monkeypatch.setattr(os.path, "realpath", refuse)
    assert packs.shipped(tree["shipped"])
