"""The modules a build compiles to C with mypyc, and which of them this copy runs compiled.

``pip install .`` (setup.py) compiles :data:`MODULES` with mypyc when it can: the build
requirements bring mypy (mypyc is part of it) and the machine has a C compiler and Python's
headers. Each compiled module runs the same code as its ``.py`` source, 1.5 to 2 times
faster on the per-word loops that dominate a check (the word streams and tagger of the
grammar). Where it cannot (no compiler, ``COPYLINT_PURE_PYTHON=1``, an editable install,
whose sources are edited in place), the build says so and installs the same modules as
plain Python: the same results, more slowly. ``COPYLINT_REQUIRE_COMPILED=1`` makes a failed
compilation fail the build instead (CI sets it).

A compiled module checks its annotations at run time (an argument annotated ``str``
that gets ``None`` raises ``TypeError``), cannot have attributes set on its functions, and
cannot be monkeypatched from outside for calls inside it: the modules listed here are
written for that. setup.py reads this file with ``runpy`` (stdlib only, nothing imported
at module level).
"""

from __future__ import annotations

#: dotted names of the modules the build compiles, in no particular order
MODULES: tuple[str, ...] = (
    "copylint.grammar.stream",
    "copylint.grammar.a_an",
    "copylint.grammar.classes",
    "copylint.grammar.agreement",
    "copylint.grammar.article_name",
    "copylint.grammar.comparatives",
    "copylint.grammar.compound_modifier",
    "copylint.grammar.confusables",
    "copylint.grammar.contractions",
    "copylint.grammar.date_preposition",
    "copylint.grammar.day_preposition",
    "copylint.grammar.determiners",
    "copylint.grammar.fixed_phrase",
    "copylint.grammar.institution_article",
    "copylint.grammar.measure_modifier",
    "copylint.grammar.missing_auxiliary",
    "copylint.grammar.missing_passive",
    "copylint.grammar.missing_to",
    "copylint.grammar.modal_of",
    "copylint.grammar.noun_number",
    "copylint.grammar.ordinal_century",
    "copylint.grammar.parallel_verbs",
    "copylint.grammar.partitive_of",
    "copylint.grammar.place_preposition",
    "copylint.grammar.possessive_name",
    "copylint.grammar.split_compound",
    "copylint.grammar.tense_time",
    "copylint.grammar.to_gerund",
    "copylint.grammar.verb_as_noun",
    "copylint.grammar.verb_complement",
    "copylint.grammar.verb_form",
    "copylint.grammar.verb_preposition",
    "copylint.grammar.tagging.chunks",
    "copylint.grammar.tagging.decode",
    "copylint.grammar.tagging.features",
    "copylint.grammar.tagging.lemmas",
    "copylint.grammar.tagging.tagger",
    # the confusion rules' readers that carry their cost (the others run little per word)
    "copylint.grammar.confusion.context",
    "copylint.grammar.confusion.pronouns",
    "copylint.grammar.confusion.function_words",
    "copylint.grammar.confusion.frames",
    "copylint.grammar.confusion.were_frames",
    "copylint.grammar.confusion.possessive_frames",
    "copylint.tokens",
)


def compiled_modules() -> tuple[str, ...]:
    """The modules of :data:`MODULES` this installed copy loads from a compiled extension
    (found without importing them; their packages are imported)."""
    from importlib.machinery import EXTENSION_SUFFIXES
    from importlib.util import find_spec

    found = []
    for name in MODULES:
        spec = find_spec(name)
        if spec is not None and spec.origin and spec.origin.endswith(tuple(EXTENSION_SUFFIXES)):
            found.append(name)
    return tuple(found)


def describe() -> str:
    """For ``copylint --version``: how the hot modules run here."""
    done = compiled_modules()
    if not done:
        return "hot modules: pure Python"
    return f"hot modules: compiled with mypyc, {len(done)} of {len(MODULES)}"
