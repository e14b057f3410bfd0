"""``copylint init``: write a commented starter configuration for American or British copy."""

from __future__ import annotations

import os

import click

from copylint.commands.common import fail
from copylint.config import find_config_file

STARTER = """\
# copylint configuration ({dialect} copy). Every key is optional; `copylint check
# --show-settings FILE` prints what applies to FILE and where each value comes from.
# Each file is checked with the nearest .copylint.toml (or pyproject.toml with a
# [tool.copylint] table) at or above it, so a folder can have its own.

# Spelling and dialect: "en-US", "en-GB", or "auto" (decided per article).
dialect = "{dialect}"

# Lowest severity that fails the run (exit code 1): "error", "warning", "info" or "never".
fail-on = "warning"

# Rule selection, as in ruff: ids or prefixes ("spelling", "style.repeated-word", "ALL").
# `select` replaces the rules that are on by default, `extend-select` adds, `ignore` removes.
# `copylint rules --all` lists every rule; `copylint explain RULE` tells what one does.
# select = ["ALL"]
extend-select = []
ignore = []

# Files and folders never checked (globs, relative to this file). Well-known non-article
# files (requirements*.txt, LICENSE*, CHANGELOG*, robots.txt...) are skipped already;
# `extend-skip-files` adds names to that list.
exclude = []
# extend-skip-files = ["TEMPLATE*.md"]

# Severity of a rule or prefix: "error", "warning" or "info".
[severity]
# "style.long-sentence" = "info"

[spelling]
# Word lists, one word a line (names, places, the paper's own terms); relative to this file.
accept = []
# Words always flagged, even when a dictionary knows them.
reject = []

[style]
# House-style packs: `packs` replaces the default list (["copylint"]), `extend-packs` adds.
# The shipped packs: copylint (every newsroom), {other_packs}.
extend-packs = ["{pack}"]
# Folders holding your own packs (a folder of YAML rule files).
paths = []

# Settings for some files only:
# [[overrides]]
# files = ["opinion/**"]
# ignore = ["style.long-sentence"]
"""

DIALECT_PACKS = {"en-US": ("ap", "uk (British conventions)"), "en-GB": ("uk", "ap (AP-style conventions)")}


def starter(dialect: str) -> str:
    pack, other = DIALECT_PACKS[dialect]
    what = {"en-US": "American", "en-GB": "British"}[dialect]
    return STARTER.format(dialect=dialect, pack=pack,
                          other_packs=f"{pack} ({what} newsroom conventions), {other}")


@click.command()
@click.option("--dialect", type=click.Choice(sorted(DIALECT_PACKS), case_sensitive=False), default="en-US",
              show_default=True, help="The copy's English: American (en-US, AP-style pack) or British "
                                      "(en-GB, UK pack).")
@click.argument("folder", type=click.Path(file_okay=False), default=".")
def init(dialect: str, folder: str) -> None:
    """Write a commented starter .copylint.toml in FOLDER (default: here); never overwrites one."""
    dialect = next(d for d in DIALECT_PACKS if d.lower() == dialect.lower())
    if not os.path.isdir(folder):
        fail(f"{folder}: no such folder")
    target = os.path.join(folder, ".copylint.toml")
    if os.path.lexists(target):
        fail(f"{target}: a configuration already exists; not overwritten (edit it, or remove it first)")
    existing = find_config_file(folder)
    if existing is not None and os.path.dirname(os.path.abspath(existing)) == os.path.abspath(folder):
        fail(f"{existing}: this folder's configuration is already in [tool.copylint]; not writing another")
    try:
        with open(target, "x", encoding="utf-8") as fh:  # "x": never replaces a file made meanwhile
            fh.write(starter(dialect))
    except FileExistsError:
        fail(f"{target}: a configuration already exists; not overwritten")
    except OSError as exc:
        fail(f"{target}: cannot write: {exc.strerror or exc}")
    click.echo(f"Wrote {target} ({dialect}). `copylint check --show-settings FILE` shows what applies to a file.")
