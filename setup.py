"""Build hook (all metadata is in pyproject.toml):

- ship the top-level ``rules/`` folder, the house-style packs, inside the package as
  ``copylint/rules_data``. A source checkout reads ``rules/`` directly (see
  ``copylint.style.packs.builtin_root``); an installed copylint reads ``copylint/rules_data``.
- ship the spelling lexicon prebuilt (``copylint/spelling/data/lexicon-<key>.bin``), built from
  the pyspellchecker, wordfreq and codespell data of the build environment (the build-system
  requirements), so the first ``copylint check`` after installing opens it instead of
  building it. Skipped for editable installs (they build it once into the user's cache, with a
  progress line) and when ``COPYLINT_NO_PREBUILT_LEXICON=1``.
"""

import os
import shutil
import sys
import types
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


def _lexicon_modules():
    """copylint.spelling.store from this source tree, without importing copylint/__init__
    (which needs the runtime dependencies, absent from the build environment)."""
    if "copylint" not in sys.modules:
        package = types.ModuleType("copylint")
        package.__path__ = [str(HERE / "copylint")]
        sys.modules["copylint"] = package
    from copylint.spelling import build, store

    return build, store


class BuildWithData(build_py):
    def run(self) -> None:
        super().run()
        source = HERE / "rules"
        target = Path(self.build_lib) / "copylint" / "rules_data"
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", ".*"))
        folder = Path(self.build_lib) / "copylint" / "spelling" / "data"
        for old in folder.glob("lexicon-*.bin"):  # an earlier build's, in a reused build/ folder
            old.unlink()
        if not getattr(self, "editable_mode", False) and os.environ.get("COPYLINT_NO_PREBUILT_LEXICON") != "1":
            self._prebuild_lexicon(folder)

    def _prebuild_lexicon(self, folder: Path) -> None:
        before = set(sys.modules)
        try:
            build, store = _lexicon_modules()
            from copylint.datacache import seal

            key = store.lexicon_key()
            sealed = seal(build.build_lexicon())
        except Exception as exc:  # noqa: BLE001 - the lexicon is then built on first use
            print(f"copylint: lexicon not prebuilt ({exc}); it will be built on first use", file=sys.stderr)
            return
        finally:  # leave no half-imported copylint behind in the build process
            for name in set(sys.modules) - before:
                if name == "copylint" or name.startswith("copylint."):
                    del sys.modules[name]
        folder.mkdir(parents=True, exist_ok=True)
        (folder / store.lexicon_name(key)).write_bytes(sealed)


setup(cmdclass={"build_py": BuildWithData})
