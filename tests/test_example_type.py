"""``Example`` (a rule example) is a tuple subclass: it must read, compare, hash, pickle and
refuse changes as the frozen record it replaced did."""

from __future__ import annotations

import pickle

import pytest

from copylint.checks.base import Example


def test_fields_by_name_and_defaults() -> None:
    e = Example("He [[were]] late.")
    assert (e.text, e.format, e.dialect) == ("He [[were]] late.", "body", None)
    md = Example(text="# T\n\nBody", format="md", dialect="en-US")
    assert (md.text, md.format, md.dialect) == ("# T\n\nBody", "md", "en-US")


def test_plain_text_and_marked_spans() -> None:
    e = Example("A [[bad]] and [[worse]] end.")
    assert e.plain() == "A bad and worse end."
    assert [e.plain()[a:b] for a, b in e.marked_spans()] == ["bad", "worse"]
    assert Example("Nothing marked.").marked_spans() == []
    multiline = Example("One [[line\nbreak]] here.")
    assert multiline.plain()[slice(*multiline.marked_spans()[0])] == "line\nbreak"


def test_equality_hash_repr_and_pickle() -> None:
    a, b = Example("x", "txt"), Example("x", format="txt")
    assert a == b and hash(a) == hash(b) and len({a, b}) == 1
    assert a != Example("x") and a != Example("x", "txt", "en-GB")
    assert repr(a) == "Example(text='x', format='txt', dialect=None)"
    again = pickle.loads(pickle.dumps(a))
    assert again == a and type(again) is Example


def test_frozen() -> None:
    e = Example("x")
    with pytest.raises(AttributeError):
        e.text = "y"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        e.other = 1  # type: ignore[attr-defined]


def test_arguments_checked_as_a_call() -> None:
    with pytest.raises(TypeError):
        Example()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Example("x", "body", None, "extra")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Example("x", colour="red")  # type: ignore[call-arg]
