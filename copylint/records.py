"""``@record``: a dataclass made without ``dataclasses``, whose methods cost nothing at import.

``dataclasses`` writes each class's ``__init__``, ``__repr__``, ``__eq__``, ``__hash__``,
``__setattr__`` and ``__delattr__`` as Python source and compiles them when the class is
made: about 1 ms a class, some 55 ms of a one-article ``copylint check`` for the 54 classes
on its start-up path, most of whom never have their ``repr`` or ``hash`` taken; and
importing ``dataclasses`` brings ``inspect``, ``ast``, ``dis``, ``tokenize`` and ``copy``
(some 34M instructions of a cold start). A class declared with :func:`record` instead of
``dataclass`` has the dataclass's meaning without either:

- its fields are read here as ``dataclass`` reads them (annotations in order, defaults,
  :func:`field` (this module's: the same parameters), ``ClassVar`` annotations left out,
  slots), and :func:`fields` and :func:`replace` here take a record as ``dataclasses``'
  take a dataclass;
- ``__eq__``, ``__hash__``, ``__repr__`` and the frozen ``__setattr__``/``__delattr__`` are
  functions shared by every record (no source compiled), with the generated methods'
  meaning: the same fields compared, hashed and shown, in the same order, the same errors
  (a frozen record's is :class:`FrozenInstanceError` here, an ``AttributeError`` as
  ``dataclasses``' is);
- ``__init__`` sets the fields from the arguments in one shared loop for a class's first
  instances, then is written and compiled as ``dataclasses`` writes it, once the class is
  hot (or at a call the loop does not take, which the compiled one then refuses with
  Python's own error): the same positional and keyword parameters, defaults and default
  factories, ``__post_init__``; as fast as the generated one from then on;
- code that uses ``dataclasses`` itself on a record (``dataclasses.fields``, ``replace``,
  ``asdict``, ``is_dataclass``, a subclass made a dataclass) finds ``__dataclass_fields__``
  and ``__dataclass_params__`` there: made on first use, from a real dataclass on the same
  fields (``dataclasses`` is imported then, by whoever asked).

Methods the class defines itself are kept, as ``dataclass`` keeps them. Only the options the
project uses are taken (``frozen``, ``slots``; ``eq`` and ``repr`` on); anything else
(``order``, ``kw_only`` fields, ``InitVar``, fields inherited from a base) is refused when
the class is made, so a class needing them stays a plain dataclass. ``tests/test_records.py``
checks every record class against ``dataclass`` on the same declaration.
"""

from __future__ import annotations

import abc
import re
import sys
from _thread import get_ident
from collections.abc import Callable
from operator import attrgetter
from types import MappingProxyType, MemberDescriptorType

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import TypeVar, dataclass_transform

    T = TypeVar("T", bound=type)
    R = TypeVar("R")
else:
    def dataclass_transform(**_options: object) -> Callable[[R], R]:
        """(``typing.dataclass_transform`` for type checkers: nothing at run time)"""
        return lambda decorated: decorated


#: every class made here, for the test that compares each with its dataclass twin
MADE: list[tuple[type, bool]] = []  # (class, frozen)


class _MissingType:
    __slots__ = ()

    def __repr__(self) -> str:
        return "MISSING"


#: no default, no default factory (as ``dataclasses.MISSING``)
MISSING: object = _MissingType()
_MISSING = MISSING
_FACTORY = object()  # a parameter left out whose field has a default factory
_NO_METADATA: MappingProxyType = MappingProxyType({})


class FrozenInstanceError(AttributeError):
    """Assigning to or deleting a field of a frozen record (``dataclasses.FrozenInstanceError``'s
    meaning: an ``AttributeError``, the same message)."""


class Field:
    """One field of a record, as ``dataclasses.Field``: its name, annotation (``type``: the
    text under ``from __future__ import annotations``), default or default factory
    (:data:`MISSING` when none), and whether it is an ``__init__`` parameter, shown by
    ``repr``, hashed (None: as compared) and compared."""

    __slots__ = ("name", "type", "default", "default_factory", "init", "repr", "hash", "compare",
                 "metadata", "kw_only")

    def __init__(self, default: object, default_factory: object, init: bool, repr: bool,
                 hash: bool | None, compare: bool, metadata: object, kw_only: object) -> None:
        self.name: str = ""
        self.type: object = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = _NO_METADATA if metadata is None else MappingProxyType(metadata)  # type: ignore[arg-type]
        self.kw_only = kw_only

    def __repr__(self) -> str:
        return ("Field(" + ",".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__) + ")")


def field(*, default: object = MISSING, default_factory: object = MISSING, init: bool = True,
          repr: bool = True, hash: bool | None = None, compare: bool = True,
          metadata: object = None, kw_only: object = MISSING) -> object:
    """A field's declaration in a record's body, as ``dataclasses.field`` (``kw_only`` is
    refused when the class is made)."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def fields(class_or_instance: object) -> tuple[Field, ...]:
    """A record's fields in order (``dataclasses.fields`` for a record or an instance of one)."""
    try:
        return class_or_instance.__record_fields__  # type: ignore[attr-defined,no-any-return]
    except AttributeError:
        raise TypeError("must be called with a record type or instance") from None


def replace(obj: R, /, **changes: object) -> R:
    """A new instance of ``obj``'s record class with ``changes`` and ``obj``'s other fields
    (``dataclasses.replace``: an ``init=False`` field cannot be changed, and is made afresh)."""
    for f in fields(obj):
        if not f.init:
            if f.name in changes:
                raise ValueError(f"field {f.name} is declared with init=False, it cannot be specified with replace()")
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)  # type: ignore[no-any-return]


@dataclass_transform(field_specifiers=(field,))
def record(cls: T | None = None, /, *, frozen: bool = False, slots: bool = False) -> T | Callable[[T], T]:
    """``@record``, ``@record(frozen=True, slots=True)``: as ``@dataclass`` with those options."""

    def wrap(cls: T) -> T:
        return _make(cls, frozen, slots)

    return wrap if cls is None else wrap(cls)


def _make(cls: T, frozen: bool, slots: bool) -> T:
    own = {name for name in ("__init__", "__repr__", "__eq__") if name in cls.__dict__}
    if "__hash__" in cls.__dict__ and not (cls.__hash__ is None and "__eq__" in cls.__dict__):
        own.add("__hash__")  # (a class body's own __eq__ sets __hash__ to None: not an explicit one)
    cls, fields = _read_fields(cls, slots)
    cls.__record_fields__ = fields  # type: ignore[attr-defined]
    cls.__dataclass_fields__ = _DataclassView("__dataclass_fields__", cls, frozen)  # type: ignore[attr-defined]
    cls.__dataclass_params__ = _DataclassView("__dataclass_params__", cls, frozen)  # type: ignore[attr-defined]
    if not cls.__doc__:  # (dataclass writes one from the signature: see below)
        cls.__doc__ = _signature_doc(cls.__name__, fields)
    if "__init__" not in own:
        cls.__init__ = _first_init(cls, fields, frozen)
    if "__repr__" not in own:
        cls.__repr__ = _repr_fn(tuple([f.name for f in fields if f.repr]))
    if "__eq__" not in own:
        cls.__eq__ = _eq_fn(_getter(tuple([f.name for f in fields if f.compare])))
    if "__hash__" not in own:  # as dataclass with eq on: frozen hashes the fields, otherwise unhashable
        hashed = tuple([f.name for f in fields if (f.compare if f.hash is None else f.hash)])
        cls.__hash__ = _hash_fn(_getter(hashed)) if frozen else None  # type: ignore[assignment]
    if frozen:
        cls.__setattr__, cls.__delattr__ = _frozen_fns(cls, frozenset([f.name for f in fields]))  # type: ignore[method-assign]
        if slots:  # (no __dict__ for pickle and copy to fill, and setattr refuses: as dataclass does)
            cls.__getstate__, cls.__setstate__ = _getstate, _setstate  # type: ignore[attr-defined]
    MADE.append((cls, frozen))
    return cls


#: the leading name of a string annotation, ``module.`` before it or not (``dataclasses``' own)
_LEADING_NAME = re.compile(r"^(?:\s*(\w+)\s*\.)?\s*(\w+)")


def _special(kind: object, names: dict) -> str | None:
    """``"ClassVar"``, ``"InitVar"``, ``"KW_ONLY"`` if the annotation ``kind`` is one, else
    None, decided as ``dataclass`` decides: a string by its leading name, looked up in the
    class's module ``names`` (or, after ``typing.`` or ``dataclasses.`` naming that module
    there, in it); none of them can be unless ``typing`` or ``dataclasses`` is imported."""
    typing, dc = sys.modules.get("typing"), sys.modules.get("dataclasses")
    if typing is None and dc is None:
        return None
    if type(kind) is str:
        qualifier, name = _leading_name(kind)
        if name is None:
            return None
        if not qualifier:
            it = names.get(name)
            return None if it is None else _special_object(it, it, typing, dc)
        home = names.get(qualifier)
        in_typing = home.__dict__.get(name) if typing is not None and home is typing else None
        in_dc = home.__dict__.get(name) if dc is not None and home is dc else None
        return _special_object(in_typing, in_dc, typing, dc)
    return _special_object(kind, kind, typing, dc)


def _leading_name(kind: str) -> tuple[str | None, str | None]:
    """(qualifier, name) as :data:`_LEADING_NAME` reads them from a string annotation ((None,
    None) if it does not match), without the pattern for the common ones: a name alone, or a
    name before ``[`` or before a space not followed by a dot."""
    if _is_word(kind):
        return None, kind
    head = kind.partition("[")[0]
    if _is_word(head):  # (the pattern's word ends at "[": no qualifier)
        return None, head
    head = kind.partition(" ")[0]
    if _is_word(head) and not kind[len(head):].lstrip().startswith("."):
        return None, head
    match = _LEADING_NAME.match(kind)
    return (None, None) if match is None else match.groups()  # type: ignore[return-value]


def _is_word(text: str) -> bool:
    """``text`` is a name the pattern's ``\\w+`` takes whole (an identifier of word characters
    only: ``str.isidentifier`` also takes a few that ``\\w`` does not, such as the middle dot)."""
    return text.isidentifier() and text.replace("_", "a").isalnum()


def _special_object(in_typing: object, in_dc: object, typing: object, dc: object) -> str | None:
    """:func:`_special` for the object an annotation names (looked up in ``typing`` and in
    ``dataclasses``: the same object, unless the annotation is qualified by one of them)."""
    if typing is not None:
        it = in_typing
        if it is typing.ClassVar or (type(it) is typing._GenericAlias and it.__origin__ is typing.ClassVar):  # type: ignore[attr-defined]
            return "ClassVar"
    if dc is not None:
        it = in_dc
        if it is dc.InitVar or type(it) is dc.InitVar:  # type: ignore[attr-defined]
            return "InitVar"
        if it is dc.KW_ONLY:  # type: ignore[attr-defined]
            return "KW_ONLY"
    return None


def _read_fields(cls: T, slots: bool) -> tuple[T, tuple[Field, ...]]:
    """The class (a new one with ``__slots__`` for ``slots``) and its fields, read as
    ``dataclasses.dataclass`` reads a declaration: each annotation of the class body in
    order, ``ClassVar`` ones left out, its default the class attribute of that name (a
    :func:`field` there gives the field; the class attribute is then its default, or none),
    with ``dataclass``'s errors for a mutable default, a ``field()`` without an annotation
    and a parameter without a default after one with; what records do not make
    (``InitVar``, ``KW_ONLY``, keyword-only fields, fields from a base) refused."""
    for base in cls.__mro__[1:]:
        if "__record_fields__" in base.__dict__ or "__dataclass_fields__" in base.__dict__:
            raise TypeError(f"{cls.__qualname__}: record takes no fields from a base class")
    module = sys.modules.get(cls.__module__)
    names = module.__dict__ if module is not None else {}
    dc = sys.modules.get("dataclasses")
    declared: list[Field] = []  # the fields given by field() (their class attributes replaced below)
    body = cls.__dict__
    annotations = body.get("__annotations__", {})
    # (each field's default is ``getattr(cls, name, MISSING)``, as dataclass reads it; read
    # from the class body instead when that is what getattr would give: a class whose only
    # base is object and whose metaclass is type, a name not one of object's or type's, and a
    # value in the body, if any, that is no descriptor)
    plain = cls.__bases__ == (object,) and type(cls) is type
    fields = []
    for name, kind in annotations.items():
        if plain and name not in _OBJECT_NAMES:
            default = body.get(name, MISSING)
            if default is not MISSING and type(default) not in _NO_DESCRIPTORS:
                default = getattr(cls, name, MISSING)
        else:
            default = getattr(cls, name, MISSING)
        special = _special(kind, names)
        if special == "ClassVar" and not isinstance(default, Field):
            continue  # (a class attribute, not a field)
        if special is not None:
            raise TypeError(f"{cls.__qualname__}: record takes plain fields only (no InitVar, KW_ONLY or field() for a ClassVar)")
        if dc is not None and isinstance(default, dc.Field):
            raise TypeError(f"{cls.__qualname__}.{name}: a record's fields are declared with copylint.records.field")
        if isinstance(default, Field):
            f = default
            declared.append(f)
        else:
            if isinstance(default, MemberDescriptorType):  # (a field in __slots__: no default)
                default = MISSING
            f = Field(default, MISSING, True, True, None, True, None, MISSING)  # (field(default=default))
        f.name, f.type = name, kind
        if f.kw_only is MISSING:
            f.kw_only = False
        if f.kw_only:
            raise TypeError(f"{cls.__qualname__}: record takes plain fields only (no kw_only)")
        if f.default.__class__.__hash__ is None:
            raise ValueError(f"mutable default {type(f.default)} for field {name} is not allowed: use default_factory")
        fields.append(f)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f"{name!r} is a field but has no type annotation")
    for f in declared:
        if f.default is MISSING:
            delattr(cls, f.name)
        else:
            setattr(cls, f.name, f.default)
    seen_default = False
    for f in fields:
        if f.init:
            if f.default is not MISSING or f.default_factory is not MISSING:
                seen_default = True
            elif seen_default:
                raise TypeError(f"non-default argument {f.name!r} follows default argument")
    if "__match_args__" not in cls.__dict__:
        cls.__match_args__ = tuple([f.name for f in fields if f.init])  # type: ignore[attr-defined]
    if slots:
        cls = _add_slots(cls, tuple([f.name for f in fields]))
    if type(cls) is not type or "__abstractmethods__" in cls.__dict__:
        abc.update_abstractmethods(cls)  # (which does nothing else: type's own getter of the name looks in the class's dict)
    return cls, tuple(fields)


#: the names a class whose only base is ``object`` and whose metaclass is ``type`` has
#: without declaring them (``getattr(cls, name)`` finds them in ``object`` or ``type``)
_OBJECT_NAMES = frozenset(type.__dict__) | frozenset(object.__dict__)  # (what dir(type) lists)
#: types whose values getattr gives as they are from a class body (none has ``__get__``)
_NO_DESCRIPTORS = frozenset({int, str, bool, float, tuple, frozenset, bytes, type(None), Field})


def _add_slots(cls: T, names: tuple[str, ...]) -> T:
    """The class made again with ``__slots__`` for the fields, as ``dataclass(slots=True)``
    makes it (the fields' class attributes dropped: their defaults live in the fields)."""
    if "__slots__" in cls.__dict__:
        raise TypeError(f"{cls.__name__} already specifies __slots__")
    body = dict(cls.__dict__)
    inherited = {name for base in cls.__mro__[1:-1] for name in _slot_names(base)}
    body["__slots__"] = tuple([name for name in names if name not in inherited])
    for name in (*names, "__dict__", "__weakref__"):
        body.pop(name, None)
    qualname = cls.__qualname__
    made = type(cls)(cls.__name__, cls.__bases__, body)
    made.__qualname__ = qualname
    return made  # type: ignore[no-any-return]


def _slot_names(cls: type) -> tuple[str, ...]:
    """The slots a class declares (as ``dataclasses._get_slots``: a string is one slot)."""
    slots = cls.__dict__.get("__slots__")
    if slots is None:
        return ()
    if isinstance(slots, str):
        return (slots,)
    return tuple(slots)


class _DataclassView:
    """``__dataclass_fields__`` or ``__dataclass_params__`` of a record, made on first use
    (by code that uses ``dataclasses`` on the record, and so has imported it) from a real
    dataclass on the same fields and options; both then replace their views on the class."""

    def __init__(self, name: str, cls: type, frozen: bool) -> None:
        self.name, self.cls, self.frozen = name, cls, frozen

    def __get__(self, obj: object, owner: type | None = None) -> object:
        import dataclasses

        spec = []
        for f in self.cls.__record_fields__:  # type: ignore[attr-defined]
            given = {"default": f.default, "default_factory": f.default_factory}
            spec.append((f.name, f.type, dataclasses.field(
                **{k: v for k, v in given.items() if v is not MISSING}, init=f.init, repr=f.repr, hash=f.hash,
                compare=f.compare, metadata=None if f.metadata is _NO_METADATA else f.metadata)))
        real = dataclasses.make_dataclass(self.cls.__name__, spec, frozen=self.frozen,
                                          slots="__slots__" in self.cls.__dict__)
        for name in ("__dataclass_fields__", "__dataclass_params__"):
            setattr(self.cls, name, getattr(real, name))
        return getattr(self.cls, self.name)


def _signature_doc(name: str, fields: tuple[Field, ...]) -> str:
    """The docstring dataclass gives a class that has none: its name and ``__init__``'s
    signature (written here from the fields: dataclass takes it with ``inspect.signature``)."""
    params = []
    for f in fields:
        if f.init:
            default = "" if f.default is MISSING and f.default_factory is MISSING \
                else " = <factory>" if f.default is MISSING else f" = {f.default!r}"
            params.append(f"{f.name}: {_annotation_text(f.type)}{default}")
    return f"{name}({', '.join(params)})"


def _annotation_text(kind: object) -> str:
    """An annotation as ``inspect.signature`` shows it (a string annotation: its repr)."""
    if isinstance(kind, str):
        return repr(kind)
    from inspect import formatannotation

    return formatannotation(kind)


def _getter(names: tuple[str, ...]) -> Callable[[object], tuple]:
    """The tuple of the fields ``names`` of an object (a tuple even of one field or none, as
    the generated methods compare and hash)."""
    if not names:
        return lambda obj: ()
    if len(names) == 1:
        name = names[0]
        return lambda obj: (getattr(obj, name),)
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


#: the reprs under way, (object's id, thread's id): a record's repr met again inside its own
#: shows as ``...`` (``reprlib.recursive_repr``'s guard, as dataclass's repr has it)
_REPR_RUNNING: set[tuple[int, int]] = set()


def _repr_fn(names: tuple[str, ...]) -> Callable[[object], str]:
    def __repr__(self: object) -> str:
        key = id(self), get_ident()
        if key in _REPR_RUNNING:
            return "..."
        _REPR_RUNNING.add(key)
        try:
            return f"{self.__class__.__qualname__}({', '.join(f'{n}={getattr(self, n)!r}' for n in names)})"
        finally:
            _REPR_RUNNING.discard(key)

    return __repr__


def _frozen_fns(cls: type, names: frozenset[str]) -> tuple[Callable, Callable]:
    def __setattr__(self: object, name: str, value: object) -> None:
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self: object, name: str) -> None:
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __setattr__, __delattr__


def _getstate(self: object) -> list:
    return [getattr(self, f.name) for f in fields(self)]  # type: ignore[arg-type]


def _setstate(self: object, state: list) -> None:
    for f, value in zip(fields(self), state, strict=False):  # type: ignore[arg-type]
        object.__setattr__(self, f.name, value)


#: instances a record makes with the generic ``__init__`` before its own is compiled
HOT_AFTER = 64


class _Irregular(Exception):
    """A call the generic ``__init__`` leaves to the compiled one (which raises Python's own error)."""


def _first_init(cls: type, fields: tuple[Field, ...], frozen: bool) -> Callable[..., None]:
    """The class's ``__init__`` until it is hot: the fields set from the arguments by one
    shared loop (no source compiled: most record classes make a few instances in a run),
    then, from the :data:`HOT_AFTER`-th instance on, or for any call the loop does not take
    as it stands (missing, extra or repeated arguments: the compiled one raises Python's
    own error), the compiled :func:`_init_fn` in its place."""
    params = [f for f in fields if f.init]
    names = frozenset([f.name for f in params])
    setter = object.__setattr__ if frozen else setattr
    # (hasattr(cls, "__post_init__"), without the error a miss makes, for a class whose only
    # base is object and whose metaclass is type: the name is then in its body or nowhere)
    post_init = "__post_init__" in cls.__dict__ if cls.__bases__ == (object,) and type(cls) is type \
        else hasattr(cls, "__post_init__")
    made = 0
    # The common call, positional arguments only, for a class whose every field is a
    # parameter without a default factory, its required ones first (as any class dataclass
    # accepts): the fields are the arguments, then the defaults of those left out, set in
    # field order as the loop below sets them, without building a dict of the arguments
    # (a quarter of the cost of an instance).
    order = tuple([f.name for f in fields])
    defaults = tuple([f.default for f in fields])
    required = len([d for d in defaults if d is _MISSING])
    positional = (len(params) == len(fields) and not [f for f in fields if f.default_factory is not _MISSING]
                  and not [d for d in defaults[required:] if d is _MISSING])
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


def _bind(params: tuple[Field, ...], args: tuple, kwargs: dict) -> dict[str, object]:
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


def _init_fn(cls: type, fields: tuple[Field, ...], frozen: bool) -> Callable[..., None]:
    """``__init__`` as ``dataclasses`` writes it: a parameter per ``init`` field in order, with
    its default (a factory's value made only when the parameter is left out), every field set,
    then ``__post_init__``. A frozen class's fields are set with ``object.__setattr__``, as
    dataclass sets them, or, for a slot of the class, with the slot's own setter, which is
    what ``object.__setattr__`` calls for it (a third of the cost of an instance less)."""
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
        slot = cls.__dict__.get(f.name)
        if not frozen:
            body.append(f"self.{f.name} = {value}")
        elif isinstance(slot, MemberDescriptorType):  # (the class's own slot: what object.__setattr__ calls)
            env[f"__set_{f.name}"] = slot.__set__
            body.append(f"__set_{f.name}(self, {value})")
        else:
            body.append(f"__setter(self, {f.name!r}, {value})")
    if hasattr(cls, "__post_init__"):
        body.append("self.__post_init__()")
    source = f"def __init__(self, {', '.join(params)}):\n" + "".join(f" {line}\n" for line in body or ["pass"])
    exec(source, env)  # noqa: S102 - the source is made from the class's own field names above
    init = env["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"  # type: ignore[attr-defined]
    init.__module__ = cls.__module__  # type: ignore[attr-defined]
    return init  # type: ignore[return-value]
