"""Build hook (all metadata is in pyproject.toml):

- ship the top-level ``rules/`` folder, the house-style packs, inside the package as
  ``copylint/rules_data``. A source checkout reads ``rules/`` directly (see
  ``copylint.style.packs.builtin_root``); an installed copylint reads ``copylint/rules_data``.
- ship the spelling lexicon prebuilt (``copylint/spelling/data/lexicon-<key>.bin``), built from
  the pyspellchecker, wordfreq and codespell data of the build environment (the build-system
  requirements), so the first ``copylint check`` after installing opens it instead of
  building it. Skipped for editable installs (they build it once into the user's cache, with a
  progress line) and when ``COPYLINT_NO_PREBUILT_LEXICON=1``.
- compile the hot modules listed in ``copylint/native.py`` to C with mypyc (a build
  requirement) when it can; where it cannot (no C compiler or Python headers, an editable
  install, ``COPYLINT_PURE_PYTHON=1``) say so and install them as plain Python, unless
  ``COPYLINT_REQUIRE_COMPILED=1`` asks for the build to fail instead.
"""

import os
import runpy
import shutil
import sys
import types
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext
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
        # extensions an earlier build compiled, in a reused build/ folder: a module that has
        # left copylint.native.MODULES (or a pure build) must not ship its stale .so
        build_lib = Path(self.build_lib)
        for stale in [*build_lib.joinpath("copylint").rglob("*.so"), *build_lib.glob("copylint_native__mypyc*")]:
            stale.unlink()
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


def _say(message: str) -> None:
    print(f"copylint: {message}", file=sys.stderr)


def _compile_required() -> bool:
    return os.environ.get("COPYLINT_REQUIRE_COMPILED") == "1"


def _build_jobs() -> int:
    """How many C files the build compiles at once: ``COPYLINT_BUILD_JOBS``, else the CPUs
    this process may run on."""
    value = os.environ.get("COPYLINT_BUILD_JOBS", "").strip()
    if value:
        try:
            return max(int(value), 1)
        except ValueError:
            _say(f"COPYLINT_BUILD_JOBS={value!r} is not a whole number; compiling one C file per CPU")
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class BuildExtOrPure(build_ext):
    """Compile the mypyc extensions; if the machine cannot (no compiler, no headers), leave
    them out: build_py has already copied every module's ``.py`` source, which then runs.

    With more than one job (:func:`_build_jobs`), the C files are compiled that many at a
    time: setuptools builds the extensions in threads (``parallel``) and each extension's
    ``compiler.compile`` hands its sources, one call each, to one shared pool, so no more
    than ``jobs`` compilers run at once."""

    def build_extensions(self) -> None:
        jobs = _build_jobs()
        if jobs < 2:
            super().build_extensions()
            return
        compiler = self.compiler
        one_at_a_time = compiler.compile
        pool = ThreadPoolExecutor(jobs, thread_name_prefix="copylint-cc")

        def compile_in_pool(sources: list[str], output_dir: str | None = None, **options: object) -> list[str]:
            # the object files' folders first, from this thread (distutils' mkpath keeps a shared record)
            for folder in {os.path.dirname(obj) for obj in compiler.object_filenames(sources, output_dir=output_dir)}:
                compiler.mkpath(folder)
            # the biggest files first: the longest compilations start while the others queue
            futures = {source: pool.submit(one_at_a_time, [source], output_dir=output_dir, **options)
                       for source in sorted(sources, key=_size, reverse=True)}
            return [obj for source in sources for obj in futures[source].result()]

        compiler.compile = compile_in_pool
        self.parallel = jobs
        try:
            super().build_extensions()
        finally:
            del compiler.compile  # the class's own again
            pool.shutdown(wait=True, cancel_futures=True)

    def run(self) -> None:
        try:
            super().run()
        except Exception as exc:  # noqa: BLE001 - distutils' compiler errors have no common base here
            if _compile_required():
                raise
            _say(f"the hot modules were not compiled ({type(exc).__name__}: {exc}); installing them as plain Python")
            self.extensions = []


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


#: the setup.py commands that compile extensions (pip's wheel build runs bdist_wheel)
_BUILDS = frozenset({"bdist_wheel", "build", "build_ext", "install"})


def _native_extensions() -> list:
    """mypyc's extension modules for ``copylint.native.MODULES``, or none (with the reason)."""
    if os.environ.get("COPYLINT_PURE_PYTHON") == "1":
        _say("COPYLINT_PURE_PYTHON=1: the hot modules are installed as plain Python")
        return []
    if "editable_wheel" in sys.argv or "develop" in sys.argv:
        return []  # an editable install runs the sources as they are edited
    if not _BUILDS & set(sys.argv):
        return []  # pip's metadata steps (egg_info, dist_info, sdist) run setup.py too: no mypy run for them
    try:
        from mypyc.build import mypycify
    except ImportError as exc:
        if _compile_required():
            raise
        _say(f"mypyc is not available ({exc}); the hot modules are installed as plain Python")
        return []
    modules = runpy.run_path(str(HERE / "copylint" / "native.py"))["MODULES"]
    paths = [str(Path(*name.split(".")).with_suffix(".py")) for name in modules]
    try:
        # mypy checks the compiled modules and reads what they import (third-party packages
        # are not installed in the isolated build environment: their types are Any)
        return mypycify(["--ignore-missing-imports", "--follow-imports=silent", *paths],
                        opt_level="3", group_name="copylint_native", multi_file=True)
    except (Exception, SystemExit) as exc:  # noqa: BLE001 - mypy reports type errors with SystemExit
        if _compile_required():
            raise
        _say(f"mypyc could not compile the hot modules ({exc!r}); installing them as plain Python")
        return []


setup(cmdclass={"build_py": BuildWithData, "build_ext": BuildExtOrPure}, ext_modules=_native_extensions())
