"""``@record``: a dataclass whose methods cost nothing to make at import.

``dataclasses`` writes each class's ``__init__``, ``__repr__``, ``__eq__``, ``__hash__``,
``__setattr__`` and ``__delattr__`` as Python source and compiles them when the class is
made: about 1 ms a class, some 55 ms of a one-article ``copylint check`` for the 54 classes
on its start-up path, most of whom never have their ``repr`` or ``hash`` taken. A class
declared with :func:`record` instead of ``dataclass`` is the same dataclass to every caller:

- ``dataclasses`` itself reads its fields (defaults, ``field(...)``, slots), so
  ``fields()``, ``replace()``, ``asdict()`` and ``is_dataclass()`` work as before;
- ``__eq__``, ``__hash__``, ``__repr__`` and the frozen ``__setattr__``/``__delattr__`` are
  functions shared by every record (no source compiled), with the generated methods'
  meaning: the same fields compared, hashed and shown, in the same order, the same errors;
- ``__init__`` sets the fields from the arguments in one shared loop for a class's first
  instances, then is written and compiled as ``dataclasses`` writes it, once the class is
  hot (or at a call the loop does not take, which the compiled one then refuses with
  Python's own error): the same positional and keyword parameters, defaults and default
  factories, ``__post_init__``; as fast as the generated one from then on.

Methods the class defines itself are kept, as ``dataclass`` keeps them. Only the options the
project uses are taken (``frozen``, ``slots``; ``eq`` and ``repr`` on); anything else
(``order``, ``kw_only`` fields, ``InitVar``) is refused when the class is made, so a class
needing them stays a plain dataclass. ``tests/test_records.py`` checks every record class
against ``dataclass`` on the same declaration.
"""

from __future__ import annotations

import abc
import dataclasses
import reprlib
import sys
from collections.abc import Callable
from types import MemberDescriptorType
from typing import TypeVar

T = TypeVar("T", bound=type)

#: every class made here, for the test that compares each with its dataclass twin
MADE: list[tuple[type, bool]] = []  # (class, frozen)
_MISSING = dataclasses.MISSING
_FACTORY = object()  # a parameter left out whose field has a default factory


def record(cls: T | None = None, /, *, frozen: bool = False, slots: bool = False) -> T | Callable[[T], T]:
    """``@record``, ``@record(frozen=True, slots=True)``: as ``@dataclass`` with those options."""

    def wrap(cls: T) -> T:
        return _make(cls, frozen, slots)

    return wrap if cls is None else wrap(cls)


def _make(cls: T, frozen: bool, slots: bool) -> T:
    own = {name for name in ("__init__", "__repr__", "__eq__") if name in cls.__dict__}
    if "__hash__" in cls.__dict__ and not (cls.__hash__ is None and "__eq__" in cls.__dict__):
        own.add("__hash__")  # (a class body's own __eq__ sets __hash__ to None: not an explicit one)
    documented = bool(cls.__doc__)
    if not documented:  # (else dataclass would write it from a signature: see below)
        cls.__doc__ = cls.__name__
    # the fields, read as dataclasses reads them (nothing compiled with these options)
    read = _read_fields(cls, slots) if LEAN else None
    cls = read if read is not None else dataclasses.dataclass(cls, init=False, repr=False, eq=False, slots=slots)
    fields = list(dataclasses.fields(cls))
    if len(fields) != len(cls.__dataclass_fields__) or any(f.kw_only for f in fields):
        raise TypeError(f"{cls.__qualname__}: record takes plain fields only (no InitVar, ClassVar or kw_only)")
    if not documented:
        cls.__doc__ = _signature_doc(cls.__name__, fields)
    if "__init__" not in own:
        cls.__init__ = _first_init(cls, fields, frozen)
    if "__repr__" not in own:
        cls.__repr__ = _repr_fn(tuple(f.name for f in fields if f.repr))
    if "__eq__" not in own:
        cls.__eq__ = _eq_fn(_getter(tuple(f.name for f in fields if f.compare)))
    if "__hash__" not in own:  # as dataclass with eq on: frozen hashes the fields, otherwise unhashable
        hashed = tuple(f.name for f in fields if (f.compare if f.hash is None else f.hash))
        cls.__hash__ = _hash_fn(_getter(hashed)) if frozen else None  # type: ignore[assignment]
    if frozen:
        cls.__setattr__, cls.__delattr__ = _frozen_fns(cls, frozenset(f.name for f in fields))  # type: ignore[method-assign]
        if slots:  # (no __dict__ for pickle and copy to fill, and setattr refuses: as dataclass does)
            cls.__getstate__, cls.__setstate__ = _getstate, _setstate  # type: ignore[attr-defined]
    MADE.append((cls, frozen))
    return cls


#: read the fields of a plain declaration here (:func:`_read_fields`) rather than by
#: ``dataclasses.dataclass`` (a test turns it off in a subprocess to compare the two)
LEAN = True
#: what :func:`_read_fields` relies on in ``dataclasses`` (Python 3.11's layout; on any other
#: every record is read by ``dataclasses.dataclass`` itself)
_LAYOUT = sys.version_info[:2] == (3, 11) and all(
    hasattr(dataclasses, name) for name in ("_FIELD", "_FIELDS", "_PARAMS", "_DataclassParams", "_add_slots",
                                            "_MODULE_IDENTIFIER_RE", "_is_classvar", "_is_initvar", "_is_kw_only"))


def _read_fields(cls: T, slots: bool) -> T | None:
    """``dataclasses.dataclass(cls, init=False, repr=False, eq=False, slots=slots)`` for the
    plain declarations records take, or None for any other (dataclass reads those): the same
    ``Field`` objects, class attributes, ``__dataclass_fields__``, ``__dataclass_params__``,
    ``__match_args__`` and slots, without its three regular-expression matches per field
    (whether a string annotation names ``ClassVar``, ``InitVar`` or ``KW_ONLY``: about half
    of a record's cost to make). A declaration this does not vouch for (a dataclass base, an
    annotation that is not a string or whose name could be one of those three, a mutable
    default, a ``field()`` without an annotation) is left to ``dataclass``, errors and all."""
    if not _LAYOUT:
        return None
    dc = dataclasses
    if any(getattr(b, dc._FIELDS, None) is not None for b in cls.__mro__[1:]):
        return None  # (fields inherited from a dataclass base)
    module = sys.modules.get(cls.__module__)
    if module is None:
        return None
    names = module.__dict__
    typing = sys.modules.get("typing")
    annotations = cls.__dict__.get("__annotations__", {})
    fields: dict[str, dataclasses.Field] = {}
    for name, kind in annotations.items():
        if type(kind) is not str:
            return None
        match = dc._MODULE_IDENTIFIER_RE.match(kind)
        if match:
            qualifier = match.group(1)
            named = names.get(match.group(2)) if not qualifier else getattr(names.get(qualifier), match.group(2), None)
            if dc._is_kw_only(named, dc) or dc._is_initvar(named, dc) or (typing is not None and dc._is_classvar(named, typing)):
                return None
        default = getattr(cls, name, _MISSING)
        if isinstance(default, dc.Field):
            f = default
        else:
            if isinstance(default, MemberDescriptorType):  # (a field in __slots__: no default)
                default = _MISSING
            f = dc.field(default=default)
        if f.default.__class__.__hash__ is None:  # (a mutable default: dataclass raises its own error)
            return None
        f.name, f.type, f._field_type = name, kind, dc._FIELD  # type: ignore[attr-defined]
        if f.kw_only is _MISSING:
            f.kw_only = False
        fields[name] = f
    if any(isinstance(value, dc.Field) and name not in annotations for name, value in cls.__dict__.items()):
        return None  # (a field() without an annotation: dataclass raises)
    for f in fields.values():
        if isinstance(getattr(cls, f.name, None), dc.Field):
            if f.default is _MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    setattr(cls, dc._PARAMS, dc._DataclassParams(False, False, False, False, False, False))
    setattr(cls, dc._FIELDS, fields)
    if "__match_args__" not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in fields.values() if f.init and not f.kw_only)  # type: ignore[attr-defined]
    if slots:
        cls = dc._add_slots(cls, False, False)
    abc.update_abstractmethods(cls)
    return cls


def _signature_doc(name: str, fields: list[dataclasses.Field]) -> str:
    """The docstring dataclass gives a class that has none: its name and ``__init__``'s
    signature (written here from the fields: dataclass takes it with ``inspect.signature``,
    which parses a text signature with ``tokenize``, whose pattern changes with every process)."""
    from inspect import formatannotation

    params = []
    for f in fields:
        if f.init:
            default = "" if f.default is _MISSING and f.default_factory is _MISSING \
                else " = <factory>" if f.default is _MISSING else f" = {f.default!r}"
            params.append(f"{f.name}: {formatannotation(f.type)}{default}")
    return f"{name}({', '.join(params)})"


def _getter(names: tuple[str, ...]) -> Callable[[object], tuple]:
    """The tuple of the fields ``names`` of an object (a tuple even of one field or none, as
    the generated methods compare and hash)."""
    if not names:
        return lambda obj: ()
    if len(names) == 1:
        name = names[0]
        return lambda obj: (getattr(obj, name),)
    from operator import attrgetter

    return attrgetter(*names)


def _eq_fn(key: Callable[[object], tuple]) -> Callable[[object, object], object]:
    def __eq__(self: object, other: object) -> object:
        if other.__class__ is self.__class__:
            return key(self) == key(other)
        return NotImplemented

    return __eq__


def _hash_fn(key: Callable[[object], tuple]) -> Callable[[object], int]:
    def __hash__(self: object) -> int:
        return hash(key(self))

    return __hash__


def _repr_fn(names: tuple[str, ...]) -> Callable[[object], str]:
    @reprlib.recursive_repr()
    def __repr__(self: object) -> str:
        return f"{self.__class__.__qualname__}({', '.join(f'{n}={getattr(self, n)!r}' for n in names)})"

    return __repr__


def _frozen_fns(cls: type, names: frozenset[str]) -> tuple[Callable, Callable]:
    def __setattr__(self: object, name: str, value: object) -> None:
        if type(self) is cls or name in names:
            raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self: object, name: str) -> None:
        if type(self) is cls or name in names:
            raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __setattr__, __delattr__


def _getstate(self: object) -> list:
    return [getattr(self, f.name) for f in dataclasses.fields(self)]  # type: ignore[arg-type]


def _setstate(self: object, state: list) -> None:
    for f, value in zip(dataclasses.fields(self), state, strict=False):  # type: ignore[arg-type]
        object.__setattr__(self, f.name, value)


#: instances a record makes with the generic ``__init__`` before its own is compiled
HOT_AFTER = 64


class _Irregular(Exception):
    """A call the generic ``__init__`` leaves to the compiled one (which raises Python's own error)."""


def _first_init(cls: type, fields: list[dataclasses.Field], frozen: bool) -> Callable[..., None]:
    """The class's ``__init__`` until it is hot: the fields set from the arguments by one
    shared loop (no source compiled: most record classes make a few instances in a run),
    then, from the :data:`HOT_AFTER`-th instance on, or for any call the loop does not take
    as it stands (missing, extra or repeated arguments: the compiled one raises Python's
    own error), the compiled :func:`_init_fn` in its place."""
    params = [f for f in fields if f.init]
    names = frozenset(f.name for f in params)
    setter = object.__setattr__ if frozen else setattr
    post_init = hasattr(cls, "__post_init__")
    made = 0
    # The common call, positional arguments only, for a class whose every field is a
    # parameter without a default factory, its required ones first (as any class dataclass
    # accepts): the fields are the arguments, then the defaults of those left out, set in
    # field order as the loop below sets them, without building a dict of the arguments
    # (a quarter of the cost of an instance).
    order = tuple(f.name for f in fields)
    defaults = tuple(f.default for f in fields)
    required = sum(d is _MISSING for d in defaults)
    positional = (len(params) == len(fields) and all(f.default_factory is _MISSING for f in fields)
                  and all(d is not _MISSING for d in defaults[required:]))
    tails = [defaults[k:] for k in range(len(defaults) + 1)]  # the defaults after k arguments

    def compiled() -> Callable[..., None]:
        if cls.__dict__.get("__init__") is __init__:  # (not yet replaced, by another instance or a subclass)
            cls.__init__ = _init_fn(cls, fields, frozen)  # type: ignore[misc]
        return cls.__dict__["__init__"]

    def __init__(self: object, *args: object, **kwargs: object) -> None:
        nonlocal made
        made += 1
        if made > HOT_AFTER or len(args) > len(params) or (kwargs and not names.issuperset(kwargs)):
            compiled()(self, *args, **kwargs)
            return
        if positional and not kwargs and len(args) >= required:
            for name, value in zip(order, args + tails[len(args)], strict=True):
                setter(self, name, value)
            if post_init:
                self.__post_init__()  # type: ignore[attr-defined]
            return
        try:
            values = _bind(params, args, kwargs)
        except _Irregular:
            compiled()(self, *args, **kwargs)
            return
        for f in fields:
            value = values.get(f.name, _MISSING) if f.init else _MISSING
            if value is _MISSING:
                if f.default_factory is not _MISSING:
                    value = f.default_factory()
                elif f.default is not _MISSING:
                    value = f.default
                else:
                    continue  # (no init, no default: left unset, as dataclass leaves it)
            setter(self, f.name, value)
        if post_init:
            self.__post_init__()  # type: ignore[attr-defined]

    return __init__


def _bind(params: list[dataclasses.Field], args: tuple, kwargs: dict) -> dict[str, object]:
    """Each parameter's argument, positional then keyword (a parameter left out: absent);
    :class:`_Irregular` for a call Python would refuse."""
    values = dict(zip((f.name for f in params), args, strict=False))  # (fewer args than params: checked)
    used = 0
    for f in params[len(args):]:
        if f.name in kwargs:
            values[f.name] = kwargs[f.name]
            used += 1
        elif f.default is _MISSING and f.default_factory is _MISSING:
            raise _Irregular  # a required argument missing
    if used != len(kwargs):  # a keyword also given by position
        raise _Irregular
    return values


def _init_fn(cls: type, fields: list[dataclasses.Field], frozen: bool) -> Callable[..., None]:
    """``__init__`` as ``dataclasses`` writes it: a parameter per ``init`` field in order, with
    its default (a factory's value made only when the parameter is left out), every field set,
    then ``__post_init__``."""
    env: dict[str, object] = {"__setter": object.__setattr__, "__factory": _FACTORY}
    params, body = [], []
    for f in fields:
        if f.default is not _MISSING:
            env[f"__default_{f.name}"] = f.default
        if f.default_factory is not _MISSING:
            env[f"__make_{f.name}"] = f.default_factory
        if f.init:
            if f.default is not _MISSING:
                params.append(f"{f.name}=__default_{f.name}")
            elif f.default_factory is not _MISSING:
                params.append(f"{f.name}=__factory")
            elif any("=" in p for p in params):
                raise TypeError(f"non-default argument {f.name!r} follows default argument")
            else:
                params.append(f.name)
            value = f"__make_{f.name}() if {f.name} is __factory else {f.name}" \
                if f.default_factory is not _MISSING else f.name
        elif f.default_factory is not _MISSING:
            value = f"__make_{f.name}()"
        elif f.default is not _MISSING:
            value = f"__default_{f.name}"
        else:
            continue  # (no init, no default: left unset, as dataclass leaves it)
        body.append(f"__setter(self, {f.name!r}, {value})" if frozen else f"self.{f.name} = {value}")
    if hasattr(cls, "__post_init__"):
        body.append("self.__post_init__()")
    source = f"def __init__(self, {', '.join(params)}):\n" + "".join(f" {line}\n" for line in body or ["pass"])
    exec(source, env)  # noqa: S102 - the source is made from the class's own field names above
    init = env["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"  # type: ignore[attr-defined]
    init.__module__ = cls.__module__  # type: ignore[attr-defined]
    return init  # type: ignore[return-value]
