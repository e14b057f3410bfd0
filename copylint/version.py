"""The one place the version is written (pyproject.toml reads it from here); a literal, so
start-up does not pay for importlib.metadata, and a module of its own, so that modules
needing it do not import the package's public API (and with it the whole linter)."""

__version__ = "0.1.0"
