"""``NamedTuple``: the class syntax of ``typing.NamedTuple`` without importing ``typing``
(some 11 million instructions of every cold start, for names a one-article check only
needs in annotations).

Use it as ``typing.NamedTuple`` is used, with type checkers reading the real one::

    TYPE_CHECKING = False
    if TYPE_CHECKING:
        from typing import NamedTuple
    else:
        from copylint.named_tuple import NamedTuple

    class Point(NamedTuple):
        x: int
        y: int = 0

The class made is what ``typing.NamedTuple`` makes: ``collections.namedtuple`` of the
annotated fields in order (the class attributes of those names their defaults), with the
class body's other attributes (methods, properties, docstring) set on it; the named
tuple's own attributes cannot be overwritten, and a field without a default cannot follow
one with. Its ``__annotations__`` hold the annotations as written (strings under
``from __future__ import annotations``), where ``typing`` would wrap a string in a
``ForwardRef``."""

from __future__ import annotations

from collections import namedtuple

#: a named tuple's own attributes, which a class body may not set
_OWN = frozenset({"__new__", "__init__", "__slots__", "__getnewargs__", "_fields", "_field_defaults",
                  "_make", "_replace", "_asdict", "_source"})
#: set on the named tuple by its making, not copied from the class body
_MADE = frozenset({"__module__", "__name__", "__annotations__"})


class _NamedTupleMeta(type):
    def __new__(mcs, typename: str, bases: tuple[type, ...], ns: dict[str, object]) -> type:
        if bases != (_NamedTuple,):
            raise TypeError("can only inherit from a NamedTuple type")
        types = dict(ns.get("__annotations__", {}))  # type: ignore[call-overload]
        with_default: list[str] = []
        for name in types:
            if name in ns:
                with_default.append(name)
            elif with_default:
                raise TypeError(f"Non-default namedtuple field {name} cannot follow default field {with_default[-1]}")
        made = namedtuple(typename, list(types), defaults=[ns[name] for name in with_default],  # noqa: PYI024
                          module=ns["__module__"])  # type: ignore[arg-type]
        made.__annotations__ = made.__new__.__annotations__ = types
        for key, value in ns.items():
            if key in _OWN:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _MADE and key not in made._fields:
                setattr(made, key, value)
        return made


_NamedTuple = type.__new__(_NamedTupleMeta, "NamedTuple", (), {})


class _Base:
    """What ``NamedTuple`` is: a base to write ``class Name(NamedTuple):`` with, which the
    class statement replaces by ``_NamedTuple`` (so the metaclass above makes the class)."""

    def __mro_entries__(self, bases: tuple[object, ...]) -> tuple[type]:
        return (_NamedTuple,)


NamedTuple = _Base()
