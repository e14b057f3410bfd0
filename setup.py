"""Build hook (all metadata is in pyproject.toml): ship the top-level ``rules/`` folder,
the house-style packs, inside the package as ``copylint/rules_data``.

A source checkout reads ``rules/`` directly (see ``copylint.style.packs.builtin_root``);
an installed copylint reads ``copylint/rules_data``.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithRulePacks(build_py):
    def run(self) -> None:
        super().run()
        source = Path(__file__).resolve().parent / "rules"
        target = Path(self.build_lib) / "copylint" / "rules_data"
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", ".*"))


setup(cmdclass={"build_py": BuildWithRulePacks})
