"""Counting the tagger's work in a test: every sentence (or window) tagged, as the list of
parts the model was asked to tag.

The spy sits on ``Model.predict``, a method of a plain-Python class that ``tag_words`` calls
once for every non-empty slice it tags. Patching ``tagger.tag_words`` itself would see no
call from inside the tagger module once that module runs compiled (mypyc: calls inside a
compiled module do not go through its attributes)."""

from __future__ import annotations

import pytest

from copylint.grammar.tagging.model import Model


def tagger_calls(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The list the parts of each tagging call made from now on (until the test ends) are
    appended to."""
    calls: list[list[str]] = []
    real = Model.predict

    def counting(self: Model, words: list[str]) -> list[str]:
        calls.append(list(words))
        return real(self, words)

    monkeypatch.setattr(Model, "predict", counting)
    return calls
