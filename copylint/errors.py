"""Errors a user can act on: each names the file (and line, where there is one)."""

from __future__ import annotations


class CopylintError(Exception):
    """Base for errors reported as one line on stderr with exit code 2."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __reduce__(self):  # keep path and line across processes
        return (type(self), (self.message, self.path, self.line))

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        # one line whatever the file name or message holds (a newline, ESC): copylint.escaping
        # (imported here: this module is imported before copylint.regex_cache has put its stored
        # patterns in re's cache, and copylint.escaping compiles patterns when imported)
        from copylint.escaping import visible_controls

        return visible_controls(f"{where}{self.message}")


class ConfigError(CopylintError):
    """A configuration or rule file is invalid."""


class InputError(CopylintError):
    """An input file cannot be read or decoded; the run skips it and goes on."""
