""""Add to word list": append a word to the team's accept list, atomically.

The word goes to the first ``[spelling] accept`` file of the configuration. When no
accept list is configured, it goes to ``.copylint-words.txt`` beside the configuration
file (or in the workspace folder when there is none), and the configuration gets
``accept = [".copylint-words.txt"]`` in its spelling section (a ``.copylint.toml`` is
created when there is no configuration at all). A configuration edit is validated
before it is written; nothing is written when it would not parse.
"""

from __future__ import annotations

import os
import re
import tempfile
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from copylint.config import Settings, settings_from_table
from copylint.errors import ConfigError, CopylintError

DEFAULT_WORD_LIST = ".copylint-words.txt"
DEFAULT_CONFIG = ".copylint.toml"
_MAX_WORD = 64
_PLAIN = re.compile(r"[^\W\d_](?:[\w'\u2019-]*[^\W\d_])?")


@dataclass(frozen=True)
class WordListTarget:
    """Where a word goes: the list file, and the config file to register it in (if needed)."""

    word_list: str
    register_in: str | None = None  # config file that must gain ``accept = [...]``

    def describe(self) -> str:
        name = os.path.basename(self.word_list)
        if self.register_in:
            return f"{name}, registered in {os.path.basename(self.register_in)}"
        return name


def is_addable(word: str) -> bool:
    """One word: no spaces or line breaks, not empty, not absurdly long."""
    return 0 < len(word) <= _MAX_WORD and not any(ch.isspace() for ch in word)


def list_entry(word: str) -> str:
    """The line that accepts exactly ``word``: the word itself when it is letters, apostrophes
    and hyphens, else an escaped regular expression (word lists read other lines as patterns,
    where a dot or a plus would mean something else)."""
    return word if _PLAIN.fullmatch(word) else re.escape(word)


def target_for(settings: Settings, config: str | None, workspace_root: str) -> WordListTarget:
    if settings.spelling.accept:
        return WordListTarget(settings.spelling.accept[0])
    folder = os.path.dirname(config) if config else workspace_root
    return WordListTarget(
        os.path.join(folder, DEFAULT_WORD_LIST),
        register_in=config or os.path.join(folder, DEFAULT_CONFIG),
    )


def add_word(target: WordListTarget, word: str) -> bool:
    """Add ``word`` to the list (and register the list); False when it was already there."""
    if not is_addable(word):
        raise CopylintError(f"cannot add {word!r} to a word list: not a single word", target.word_list)
    new_config = _registered_config(target.register_in) if target.register_in else None
    added = bool(append_entries(target.word_list, [list_entry(word)]))
    if new_config is not None and target.register_in:
        write_atomically(target.register_in, new_config)
    return added


def append_entries(path: str, entries: Iterable[str]) -> list[str]:
    """Append to the list at ``path`` (created when missing) the entries it lacks, in the
    order given, keeping its line endings, atomically; the entries added."""
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            text = fh.read()
    except FileNotFoundError:
        text = ""
    except (OSError, UnicodeDecodeError) as exc:
        raise CopylintError(f"cannot read the word list: {exc}", path) from None
    present = {line.strip() for line in text.splitlines()}
    new = [e for e in dict.fromkeys(entries) if e and e not in present]
    if not new:
        return []
    newline = "\r\n" if "\r\n" in text else "\n"
    if text and not text.endswith(("\n", "\r")):
        text += newline
    write_atomically(path, text + newline.join(new) + newline)
    return new


def _spelling_header(config: str) -> str:
    return "tool.copylint.spelling" if os.path.basename(config) == "pyproject.toml" else "spelling"


def _registered_config(config: str) -> str:
    """The config text with ``accept = [DEFAULT_WORD_LIST]`` in its spelling section, validated."""
    try:
        text = Path(config).read_text(encoding="utf-8")
    except FileNotFoundError:
        text = ""
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read configuration file: {exc}", config) from None
    header = _spelling_header(config)
    entry = f'accept = ["{DEFAULT_WORD_LIST}"]'
    newline = "\r\n" if "\r\n" in text else "\n"
    pattern = re.compile(rf"^[ \t]*\[[ \t]*{re.escape(header)}[ \t]*\][ \t]*(#.*)?$", re.M)
    m = pattern.search(text)
    if m:
        line_end = text.find("\n", m.end())
        cut = len(text) if line_end < 0 else line_end + 1
        prefix = text[:cut] if line_end >= 0 else text[:cut] + newline
        new = prefix + entry + newline + text[cut:]
    else:
        sep = "" if not text or text.endswith(("\n\n", "\r\n\r\n")) else (newline if text.endswith("\n") else newline * 2)
        new = f"{text}{sep}[{header}]{newline}{entry}{newline}"
    _validate(config, new)
    return new


def _validate(config: str, text: str) -> None:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(
            f"could not register {DEFAULT_WORD_LIST} automatically ({exc}); "
            f"add accept = [\"{DEFAULT_WORD_LIST}\"] to [{_spelling_header(config)}] yourself",
            config,
        ) from None
    pyproject = os.path.basename(config) == "pyproject.toml"
    table = data.get("tool", {}).get("copylint", {}) if pyproject else data
    settings = settings_from_table(table, config, text, "tool.copylint" if pyproject else "", os.path.dirname(config))
    if not any(os.path.basename(p) == DEFAULT_WORD_LIST for p in settings.spelling.accept):
        raise ConfigError(f"could not register {DEFAULT_WORD_LIST} in the spelling section", config)


def write_atomically(path: str, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename: never half a file."""
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".copylint-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        try:
            os.chmod(tmp, os.stat(path).st_mode & 0o7777)
        except FileNotFoundError:
            os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise CopylintError(f"cannot write: {exc.strerror or exc}", path) from None
