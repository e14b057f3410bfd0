"""House word lists: the team's ``accept`` and ``reject`` files and the config's ``words``.

One entry per line; blank lines and lines starting with ``#`` are ignored. An entry is a
word or a regular expression:

- a plain word (letters, apostrophes, hyphens, dots) matches that word; written in lower
  case it matches any capitalisation ("copylint" accepts "Copylint"), written with capitals
  it matches exactly ("iPhone", "McCain");
- anything else is a regular expression matched against the whole word, case-sensitively
  unless it says ``(?i)``: ``Al[- ]?Qaeda``, ``(?i)covid``;
- in a reject file, ``wrong -> right`` also gives the correction to suggest.

A missing or unreadable file, or an invalid expression, is a :class:`ConfigError` naming
the file (and the line).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from copylint.errors import ConfigError, InputError
from copylint.reading import read_limited
from copylint.records import field, record

_PLAIN = re.compile(r"^[^\W\d_](?:[\w'\u2019.\-]*[\w.])?$")


@record
class WordList:
    """Entries of one or more lists: exact words, any-case words and patterns."""

    exact: set[str] = field(default_factory=set)
    anycase: set[str] = field(default_factory=set)
    patterns: list[re.Pattern[str]] = field(default_factory=list)
    corrections: dict[str, str] = field(default_factory=dict)  # lowercase word -> suggested fix

    def __bool__(self) -> bool:
        return bool(self.exact or self.anycase or self.patterns)

    def add(self, entry: str, where: str = "<config>", line: int | None = None, with_fix: bool = False) -> None:
        entry = entry.strip().replace("\u2019", "'")
        fix = None
        if with_fix and "->" in entry:
            entry, fix = (s.strip() for s in entry.split("->", 1))
        if not entry:
            return
        pieces = entry.split()
        if len(pieces) > 1 and all(_PLAIN.match(p) for p in pieces):  # "Al Jazeera": each word
            for piece in pieces:
                self.add(piece, where, line)
            return
        if _PLAIN.match(entry):
            if entry.islower():
                self.anycase.add(entry)
            else:
                self.exact.add(entry)
            if fix:
                self.corrections[entry.lower()] = fix
            return
        # (the pattern checker imported only for a list with a pattern in it: not at start-up)
        from copylint.style.regexes import RegexError, compile_regex

        try:
            self.patterns.append(compile_regex(entry))  # refuses catastrophic and huge patterns
        except RegexError as exc:
            raise ConfigError(str(exc), where, line) from None

    def matches(self, word: str) -> bool:
        """Whether ``word`` (as written, straight apostrophes) is on the list."""
        if word in self.exact or word.lower() in self.anycase:
            return True
        return any(p.fullmatch(word) for p in self.patterns)

    def correction(self, word: str) -> str | None:
        return self.corrections.get(word.lower())


def read_list(path: str, into: WordList, with_fix: bool = False) -> None:
    """Add the entries of the file at ``path`` to ``into``."""
    try:  # bounded, and a FIFO is refused rather than waited on (copylint.reading)
        text = read_limited(path, what="word list").decode("utf-8-sig")
    except InputError as exc:
        message = "word list is a folder, not a file" if exc.message == "is a directory" else exc.message
        raise ConfigError(message, path) from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"cannot read word list: {exc}", path) from None
    for n, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            into.add(stripped, path, n, with_fix)


@record
class HouseLists:
    accept: WordList
    reject: WordList


def house_lists(accept_files: tuple[str, ...], reject_files: tuple[str, ...], words: tuple[str, ...]) -> HouseLists:
    """The team's lists as configured: ``[spelling] accept``, ``reject`` and ``words``."""
    accept, reject = WordList(), WordList()
    for w in words:
        accept.add(w, "configuration ([spelling] words)")
    for path in accept_files:
        read_list(path, accept)
    for path in reject_files:
        read_list(path, reject, with_fix=True)
    return HouseLists(accept, reject)


def add_words(path: str, words: Iterable[str]) -> list[str]:
    """Append to the list at ``path`` (created when missing) the ``words`` it lacks, in
    alphabetical order, through a temporary file and a rename; the entries added. A word
    that would read as a pattern is written escaped, so it accepts exactly that word."""
    from copylint.lsp.wordlist import append_entries, list_entry  # the editor's "add to word list" too

    return append_entries(path, [list_entry(w) for w in sorted(set(words), key=lambda w: (w.lower(), w)) if w])
