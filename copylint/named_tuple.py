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
import __future__

import sys
from collections import namedtuple
from keyword import iskeyword
from types import FunctionType

try:
    from _collections import _tuplegetter
except ImportError:  # pragma: no cover - a Python without it: collections' own fallback
    from operator import itemgetter

    def _tuplegetter(index: int, doc: str) -> property:  # type: ignore[misc]
        return property(itemgetter(index), doc=doc)

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
        made = _namedtuple(typename, list(types), [ns[name] for name in with_default], ns["__module__"])  # type: ignore[arg-type]
        made.__annotations__ = made.__new__.__annotations__ = types
        for key, value in ns.items():
            if key in _OWN:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _MADE and key not in made._fields:
                setattr(made, key, value)
        return made


_NamedTuple = type.__new__(_NamedTupleMeta, "NamedTuple", (), {})

_tuple_new = tuple.__new__
#: ``__new__`` of a named tuple of 1 to 12 fields as ``collections.namedtuple`` writes it, the
#: same bytecode (``lambda _cls, a, b: _tuple_new(_cls, (a, b))``), whose code is made again with
#: a class's own field names (``CodeType.replace``) instead of compiled from source for each
#: class: ``namedtuple`` evals one (some 230,000 machine instructions a class, a dozen classes
#: on a check's start-up)
_NEW = (
    None,
    lambda _cls, a: _tuple_new(_cls, (a,)),
    lambda _cls, a, b: _tuple_new(_cls, (a, b)),
    lambda _cls, a, b, c: _tuple_new(_cls, (a, b, c)),
    lambda _cls, a, b, c, d: _tuple_new(_cls, (a, b, c, d)),
    lambda _cls, a, b, c, d, e: _tuple_new(_cls, (a, b, c, d, e)),
    lambda _cls, a, b, c, d, e, f: _tuple_new(_cls, (a, b, c, d, e, f)),
    lambda _cls, a, b, c, d, e, f, g: _tuple_new(_cls, (a, b, c, d, e, f, g)),
    lambda _cls, a, b, c, d, e, f, g, h: _tuple_new(_cls, (a, b, c, d, e, f, g, h)),
    lambda _cls, a, b, c, d, e, f, g, h, i: _tuple_new(_cls, (a, b, c, d, e, f, g, h, i)),
    lambda _cls, a, b, c, d, e, f, g, h, i, j: _tuple_new(_cls, (a, b, c, d, e, f, g, h, i, j)),
    lambda _cls, a, b, c, d, e, f, g, h, i, j, k: _tuple_new(_cls, (a, b, c, d, e, f, g, h, i, j, k)),
    lambda _cls, a, b, c, d, e, f, g, h, i, j, k, m: _tuple_new(_cls, (a, b, c, d, e, f, g, h, i, j, k, m)),
)


def _namedtuple(typename: str, field_names: list[str], defaults: list[object], module: str) -> type:
    """``collections.namedtuple(typename, field_names, defaults=defaults, module=module)``, made
    as it makes it (the same methods, attributes, docstrings and names; ``CPython 3.11``'s
    ``collections/__init__.py``) but for ``__new__`` (see :data:`_NEW`). Anything it would
    refuse or that has no template (a field name that is not a plain public identifier, more
    than 12 fields) is left to ``namedtuple`` itself."""
    if not 0 < len(field_names) < len(_NEW) or not typename.isidentifier() or iskeyword(typename) or any(
            not name.isidentifier() or iskeyword(name) or name.startswith("_") for name in field_names) \
            or len(set(field_names)) != len(field_names) or len(defaults) > len(field_names):
        return namedtuple(typename, field_names, defaults=defaults, module=module)  # noqa: PYI024
    typename = sys.intern(str(typename))
    field_names = tuple(map(sys.intern, field_names))  # type: ignore[assignment]
    defaults = tuple(defaults)  # type: ignore[assignment]
    field_defaults = dict(reversed(list(zip(reversed(field_names), reversed(defaults), strict=False))))
    num_fields = len(field_names)
    arg_list = ", ".join(field_names)
    if num_fields == 1:
        arg_list += ","
    repr_fmt = "(" + ", ".join(f"{name}=%r" for name in field_names) + ")"
    _dict, _tuple, _len, _map, _zip = dict, tuple, len, map, zip

    namespace = {"_tuple_new": _tuple_new, "__builtins__": {}, "__name__": f"namedtuple_{typename}"}
    template = _NEW[num_fields].__code__
    code = template.replace(co_varnames=("_cls", *field_names), co_filename="<string>", co_firstlineno=1,
                            co_flags=template.co_flags & ~__future__.annotations.compiler_flag)  # (eval's has none)
    __new__ = FunctionType(code, namespace)
    __new__.__name__ = "__new__"
    __new__.__doc__ = f"Create new instance of {typename}({arg_list})"
    __new__.__defaults__ = defaults  # type: ignore[assignment]

    @classmethod  # type: ignore[misc]
    def _make(cls, iterable):  # noqa: ANN001, ANN202 - as namedtuple's
        result = _tuple_new(cls, iterable)
        if _len(result) != num_fields:
            raise TypeError(f"Expected {num_fields} arguments, got {len(result)}")
        return result

    _make.__func__.__doc__ = f"Make a new {typename} object from a sequence or iterable"

    def _replace(self, /, **kwds):  # noqa: ANN001, ANN003, ANN202
        result = self._make(_map(kwds.pop, field_names, self))
        if kwds:
            raise ValueError(f"Got unexpected field names: {list(kwds)!r}")
        return result

    _replace.__doc__ = f"Return a new {typename} object replacing specified fields with new values"

    def __repr__(self):  # noqa: ANN001, ANN202
        "Return a nicely formatted representation string"
        return self.__class__.__name__ + repr_fmt % self

    def _asdict(self):  # noqa: ANN001, ANN202
        "Return a new dict which maps field names to their values."
        return _dict(_zip(self._fields, self))

    def __getnewargs__(self):  # noqa: ANN001, ANN202
        "Return self as a plain tuple.  Used by copy and pickle."
        return _tuple(self)

    for method in (__new__, _make.__func__, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = f"{typename}.{method.__name__}"
    for method in (_make.__func__, _replace, __repr__, _asdict, __getnewargs__):
        method.__module__ = "collections"  # (as namedtuple's, written there)

    class_namespace = {
        "__doc__": f"{typename}({arg_list})",
        "__slots__": (),
        "_fields": field_names,
        "_field_defaults": field_defaults,
        "__new__": __new__,
        "_make": _make,
        "_replace": _replace,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "__getnewargs__": __getnewargs__,
        "__match_args__": field_names,
    }
    for index, name in enumerate(field_names):
        class_namespace[name] = _tuplegetter(index, sys.intern(f"Alias for field number {index}"))
    result = type(typename, (tuple,), class_namespace)
    result.__module__ = module
    return result


class _Base:
    """What ``NamedTuple`` is: a base to write ``class Name(NamedTuple):`` with, which the
    class statement replaces by ``_NamedTuple`` (so the metaclass above makes the class)."""

    def __mro_entries__(self, bases: tuple[object, ...]) -> tuple[type]:
        return (_NamedTuple,)


NamedTuple = _Base()
