"""copylint.named_tuple.NamedTuple makes what typing.NamedTuple makes (checked against a
twin made with typing's), and a one-article check imports neither typing nor tomllib."""

from __future__ import annotations

import pickle
import typing

import pytest

from copylint.named_tuple import NamedTuple


def _place(base: type, qualname: str) -> type:
    """The one declaration, made with ``base`` (this module's NamedTuple or typing's)."""

    class Place(base):  # type: ignore[valid-type,misc]
        """A place in a story."""

        __qualname__ = qualname  # (the module's name for it: pickled by that name)
        name: str
        start: int
        end: int = 0
        note: str | None = None

        def width(self) -> int:
            return self.end - self.start

        @property
        def upper(self) -> str:
            return self.name.upper()

    return Place


Place = _place(NamedTuple, "Place")
TwinPlace = _place(typing.NamedTuple, "TwinPlace")


def test_the_class_is_the_twin_of_typings():
    assert Place.__mro__[1:] == TwinPlace.__mro__[1:] == (tuple, object)
    assert Place._fields == TwinPlace._fields == ("name", "start", "end", "note")
    assert Place._field_defaults == TwinPlace._field_defaults == {"end": 0, "note": None}
    assert Place.__doc__ == TwinPlace.__doc__ == "A place in a story."
    assert Place.__module__ == TwinPlace.__module__ == __name__
    assert Place.__qualname__ == "Place" and TwinPlace.__qualname__ == "TwinPlace"
    assert Place.__name__ == TwinPlace.__name__ == "Place"
    assert list(Place.__annotations__) == list(TwinPlace.__annotations__)
    assert Place.__slots__ == TwinPlace.__slots__ == ()


@pytest.mark.parametrize("args", [("Leeds", 3), ("Leeds", 3, 9), ("Hull", 1, 4, "port")])
def test_instances_behave_as_the_twins_do(args):
    place, twin = Place(*args), TwinPlace(*args)
    assert tuple(place) == tuple(twin) and place == twin and hash(place) == hash(twin)
    assert repr(place) == repr(twin)
    assert (place.name, place.start, place.end, place.note) == (twin.name, twin.start, twin.end, twin.note)
    assert place.width() == twin.width() and place.upper == twin.upper
    assert place._asdict() == twin._asdict()
    assert tuple(place._replace(start=2)) == tuple(twin._replace(start=2))
    assert Place._make(tuple(twin)) == place and type(Place._make(tuple(twin))) is Place
    assert Place(**dict(zip(Place._fields, args, strict=False))) == place
    again = pickle.loads(pickle.dumps(place))
    assert type(again) is Place and again == place
    assert not hasattr(place, "__dict__")
    with pytest.raises(AttributeError):
        place.name = "York"  # type: ignore[misc]
    with pytest.raises(TypeError):
        Place("York")  # type: ignore[call-arg]


def test_the_errors_of_a_bad_declaration_are_typings():
    with pytest.raises(TypeError, match="Non-default namedtuple field end cannot follow default field start"):
        class _Bad(NamedTuple):
            start: int = 0
            end: int
    with pytest.raises(AttributeError, match="Cannot overwrite NamedTuple attribute _replace"):
        class _Own(NamedTuple):
            name: str

            def _replace(self) -> None: ...
    with pytest.raises(TypeError):
        class _Two(NamedTuple, int):  # type: ignore[misc]
            name: str
