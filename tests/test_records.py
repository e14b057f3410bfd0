"""copylint.records: every ``@record`` class behaves as ``@dataclass`` on the same fields, and
records' own ``fields``/``replace``/``field`` as ``dataclasses``'."""

from __future__ import annotations

import copy
import dataclasses
import importlib
import inspect
import pickle
import subprocess
import sys
import typing
from typing import ClassVar

import pytest

from copylint import records
from copylint.records import field as record_field
from copylint.records import record

#: the modules whose classes are records (importing them fills records.MADE)
MODULES = [
    "copylint.issue", "copylint.config", "copylint.document", "copylint.decoding", "copylint.discovery",
    "copylint.runner", "copylint.gate", "copylint.reporters", "copylint.checks.base", "copylint.segment_memo",
    "copylint.engine", "copylint.checks.foreign", "copylint.spelling.lexicon", "copylint.spelling.suggest",
    "copylint.spelling.variants", "copylint.spelling.speller", "copylint.spelling.wordlists",
    "copylint.grammar.tagging.model", "copylint.style.needles", "copylint.style.lexicon",
    "copylint.style.multiscan", "copylint.style.messages", "copylint.style.schema", "copylint.style.scopes",
    "copylint.style.ruletypes.consistency", "copylint.style.readability", "copylint.style.loader",
    "copylint.dialect",
]
for _module in MODULES:
    importlib.import_module(_module)
MADE = list(records.MADE)


def twin(cls: type, frozen: bool) -> type:
    """A real dataclass with ``cls``'s fields, options and own methods."""
    spec = []
    for f in records.fields(cls):
        kwargs = {"init": f.init, "repr": f.repr, "compare": f.compare, "hash": f.hash}
        if f.default is not records.MISSING:
            kwargs["default"] = f.default
        if f.default_factory is not records.MISSING:
            kwargs["default_factory"] = f.default_factory
        spec.append((f.name, f.type, dataclasses.field(**kwargs)))
    own = {k: v for k, v in cls.__dict__.items()
           if inspect.isfunction(v) and not v.__module__ == "copylint.records" and not k.startswith("__")}
    if "__post_init__" in cls.__dict__:
        own["__post_init__"] = cls.__dict__["__post_init__"]
    return dataclasses.make_dataclass(cls.__name__, spec, namespace=own, frozen=frozen,
                                      slots="__slots__" in cls.__dict__)


def values(cls: type, salt: str) -> list[object]:
    """Distinct, hashable values for the init fields (strings and tuples, marked by ``salt``)."""
    return [f"{salt}{i}" if i % 2 else (salt, i) for i, f in enumerate(records.fields(cls)) if f.init]


def assert_same_type_errors(ours: type, theirs: type, bad: list[tuple[tuple, dict]]) -> None:
    """Each call in ``bad`` raises TypeError from the record and from its dataclass twin, with
    the same message after the ``__init__()`` that names the function."""
    for args, kwargs in bad:
        with pytest.raises(TypeError) as mine:
            ours(*args, **kwargs)
        with pytest.raises(TypeError) as real:
            theirs(*args, **kwargs)
        assert str(mine.value).split("__init__()")[-1] == str(real.value).split("__init__()")[-1]


def test_every_dataclass_on_the_start_up_path_is_a_record() -> None:
    """The classes the modules above declare are records (a new @dataclass there costs the
    cold start 1 ms: make it a record or say why not)."""
    # (spelling.lexicon.Entry is a named tuple, and checks.base.Example a tuple subclass
    # (tests/test_example_type.py): no longer records)
    assert len(MADE) >= 52
    for name in MODULES:
        module = sys.modules[name]
        for value in vars(module).values():
            if isinstance(value, type) and dataclasses.is_dataclass(value) and value.__module__ == name:
                assert any(value is cls for cls, _ in MADE), value


@pytest.mark.parametrize(("cls", "frozen"), MADE, ids=[c.__qualname__ for c, _ in MADE])
def test_record_matches_dataclass(cls: type, frozen: bool) -> None:
    real = twin(cls, frozen)
    # the same parameters, in order, with the same defaults (a factory's sentinel aside)
    ours, theirs = (list(inspect.signature(c.__init__ if c is real else _init(c)).parameters.values()) for c in (cls, real))
    assert [(p.name, p.kind) for p in ours] == [(p.name, p.kind) for p in theirs]
    for p, q in zip(ours, theirs, strict=True):
        assert (p.default is inspect.Parameter.empty) == (q.default is inspect.Parameter.empty)
        if q.default is not inspect.Parameter.empty and not type(q.default).__name__.startswith("_HAS_DEFAULT"):
            assert p.default is q.default
    assert (cls.__hash__ is None) == (real.__hash__ is None)
    assert cls.__match_args__ == real.__match_args__
    if cls.__doc__.startswith(f"{cls.__name__}("):  # no docstring of its own: dataclass's, from the signature
        assert cls.__doc__ == real.__doc__
    if hasattr(cls, "__post_init__"):  # (its checks need real values: the suite exercises them)
        return
    a, b, c = cls(*values(cls, "a")), cls(*values(cls, "a")), cls(*values(cls, "b"))
    ra, rb, rc = real(*values(cls, "a")), real(*values(cls, "a")), real(*values(cls, "b"))
    assert repr(a).removeprefix(cls.__qualname__) == repr(ra).removeprefix(real.__qualname__)
    assert (a == b, a == c, a != c) == (ra == rb, ra == rc, ra != rc)
    assert a.__eq__(ra) is NotImplemented and ra.__eq__(a) is NotImplemented
    if real.__hash__ is not None:
        assert hash(a) == hash(ra) and hash(a) == hash(b)
    # records' own fields() and replace(), as dataclasses' on the twin
    assert [_field_spec(f) for f in records.fields(a)] == [_field_spec(f) for f in dataclasses.fields(ra)]
    assert records.fields(cls) is records.fields(a)
    assert records.replace(a) == a and records.replace(a) is not a
    changes = {f.name: f"changed{i}" for i, f in enumerate(records.fields(cls)) if f.init and i % 2}
    assert dataclasses.asdict(records.replace(a, **changes)) == dataclasses.asdict(dataclasses.replace(ra, **changes))
    # and dataclasses' own functions on a record (its __dataclass_fields__ made on first use)
    assert dataclasses.is_dataclass(cls) and dataclasses.is_dataclass(a)
    assert [_field_spec(f) for f in dataclasses.fields(a)] == [_field_spec(f) for f in dataclasses.fields(ra)]
    assert repr(cls.__dataclass_params__) == repr(real.__dataclass_params__)
    assert dataclasses.asdict(a) == dataclasses.asdict(ra)
    assert dataclasses.replace(a) == a
    assert copy.copy(a) == a and copy.deepcopy(a) == a
    if "<locals>" not in cls.__qualname__:
        assert pickle.loads(pickle.dumps(a)) == a
    name = records.fields(cls)[0].name
    if frozen:
        for obj, error in ((a, records.FrozenInstanceError), (ra, dataclasses.FrozenInstanceError)):
            with pytest.raises(error, match=f"cannot assign to field '{name}'") as raised:
                setattr(obj, name, 1)
            assert isinstance(raised.value, AttributeError)
            with pytest.raises(error, match=f"cannot delete field '{name}'"):
                delattr(obj, name)
    else:
        setattr(a, name, "changed")
        assert getattr(a, name) == "changed"


def _init(cls: type):  # type: ignore[no-untyped-def]
    """The class's real ``__init__`` (made on the first instance: made here if not yet)."""
    init = cls.__init__
    if init.__module__ == "copylint.records":
        return records._init_fn(cls, records.fields(cls), dict(MADE)[cls])
    return init


def _field_spec(f: object) -> tuple:
    """What a field declares (records' MISSING and dataclasses' compared as the same)."""
    def plain(value: object) -> object:
        return "MISSING" if value is records.MISSING or value is dataclasses.MISSING else value

    return (f.name, f.type, plain(f.default), plain(f.default_factory), f.init, f.repr, f.hash,  # type: ignore[attr-defined]
            f.compare, dict(f.metadata), f.kw_only)  # type: ignore[attr-defined]


def test_the_options_dataclass_would_use() -> None:
    @record(frozen=True, slots=True)
    class Point:
        x: int
        y: int = 0
        tags: list = record_field(default_factory=list, compare=False)
        note: str = record_field(default="", init=False, repr=False)

    p = Point(1)
    assert (p.x, p.y, p.tags, p.note) == (1, 0, [], "")
    assert Point(1).tags is not Point(1).tags  # a fresh list each time, as a factory gives
    assert Point(1, 2, ["a"]) == Point(1, 2, ["b"])  # tags not compared
    assert hash(Point(1, 2, ["a"])) == hash(Point(1, 2, ["b"]))
    assert repr(Point(1, y=2)) == "test_the_options_dataclass_would_use.<locals>.Point(x=1, y=2, tags=[])"
    assert not hasattr(p, "__dict__")
    assert Point.__doc__ == "Point(x: 'int', y: 'int' = 0, tags: 'list' = <factory>)"  # as dataclass writes it
    with pytest.raises(TypeError):
        Point()  # x is required
    with pytest.raises(TypeError):
        Point(1, note="x")  # not an init field
    with pytest.raises(records.FrozenInstanceError):
        p.x = 2
    with pytest.raises(ValueError, match="init=False"):
        records.replace(p, note="x")  # as dataclasses.replace refuses
    with pytest.raises(TypeError, match="record type or instance"):
        records.fields(object())
    with pytest.raises(ValueError, match="both default and default_factory"):
        record_field(default=1, default_factory=list)


@pytest.mark.parametrize("slots", [False, True])
def test_the_first_instances_and_the_compiled_init_agree_with_dataclass(slots: bool) -> None:
    """The generic __init__ (a class's first instances) and the compiled one (once hot) take
    the same calls as dataclass's, and refuse the same calls with Python's own errors (with
    slots too, whose frozen fields the compiled one sets with each slot's own setter)."""

    def declare(make, field):  # type: ignore[no-untyped-def]
        @make
        class Story:
            headline: str
            words: int = 0
            tags: list = field(default_factory=list)
            seen: int = field(default=7, init=False)
            notes: dict = field(default_factory=dict, init=False)

        return Story

    ours = declare(record(frozen=True, slots=slots), record_field)
    theirs = declare(dataclasses.dataclass(frozen=True, slots=slots), dataclasses.field)
    good = [(("A",), {}), (("A", 3), {}), (("A",), {"tags": ["x"]}), ((), {"headline": "A", "words": 2}),
            (("A", 3, ["y"]), {})]
    bad = [((), {}), (("A", 1, [], 4), {}), (("A",), {"headline": "B"}), (("A",), {"seen": 1}),
           (("A",), {"colour": "red"})]
    for round_ in range(2):  # first the generic __init__, then the compiled one
        for args, kwargs in good:
            a, b = ours(*args, **kwargs), theirs(*args, **kwargs)
            assert dataclasses.asdict(a) == dataclasses.asdict(b)
        assert ours("A").tags is not ours("A").tags
        assert (ours.__init__.__module__ == "copylint.records") == (round_ == 0)  # generic, then compiled
        # (the first bad call compiles the class's own __init__, which raises Python's error)
        assert_same_type_errors(ours, theirs, bad)
        assert ours.__init__.__module__ == __name__
    made = ours("A", 2, ["t"])  # (compiled now) every field set, frozen, as dataclass's
    assert (made.headline, made.words, made.tags, made.seen, made.notes) == ("A", 2, ["t"], 7, {})
    assert hasattr(made, "__dict__") != slots
    with pytest.raises(records.FrozenInstanceError):
        made.words = 3
    hot = declare(record, record_field)
    for _ in range(records.HOT_AFTER):
        hot("A")
    assert hot.__init__.__module__ == "copylint.records"
    hot("A")  # one more than HOT_AFTER: its own __init__ now
    assert hot.__init__.__module__ == __name__ and hot("A") == hot(headline="A")


def test_post_init_and_own_methods_are_kept() -> None:
    calls = []

    @record
    class Counter:
        n: int = 0

        def __post_init__(self) -> None:
            calls.append(self.n)

        def __repr__(self) -> str:
            return "mine"

    assert repr(Counter(3)) == "mine" and calls == [3]
    assert Counter.__hash__ is None  # eq without frozen: unhashable, as dataclass makes it
    c = Counter()
    c.n = 5
    assert c == Counter(5) and calls == [3, 0, 5]


def test_recursive_repr_does_not_recurse() -> None:
    @record
    class Node:
        child: object = None

    n = Node()
    n.child = n
    assert repr(n) == "test_recursive_repr_does_not_recurse.<locals>.Node(child=...)"


def test_refuses_what_it_does_not_make() -> None:
    with pytest.raises(TypeError):
        @record
        class WithInitVar:
            x: dataclasses.InitVar[int]
    with pytest.raises(TypeError):
        @record
        class KwOnly:
            x: int = record_field(kw_only=True)
    with pytest.raises(TypeError, match="copylint.records.field"):
        @record
        class DataclassField:  # (dataclasses' field() would be taken for a default value)
            x: int = dataclasses.field(default=0)
    with pytest.raises(TypeError, match="no fields from a base"):
        @record
        class Sub(declare_base()):
            y: int = 0
    with pytest.raises(TypeError, match="non-default argument 'y' follows default argument"):
        @record
        class Order:  # (refused when the class is made, as dataclass refuses it)
            x: int = 0
            y: int
    with pytest.raises(ValueError, match="mutable default <class 'list'> for field x is not allowed"):
        @record
        class Mutable:
            x: list = []  # noqa: RUF012
    with pytest.raises(TypeError, match="'y' is a field but has no type annotation"):
        @record
        class Unannotated:
            x: int = 0
            y = record_field(default=1)


def declare_base() -> type:
    @record
    class Base:
        x: int = 0

    return Base


def test_class_variables_are_not_fields() -> None:
    """A ClassVar annotation is a class attribute, not a field, for records as for dataclass,
    which decides by the annotation's leading name looked up in the class's module (so a
    name imported inside a function is not seen: a field, for both)."""

    def declare(make):  # type: ignore[no-untyped-def]
        from typing import ClassVar as Local  # noqa: F401 - named in an annotation below

        @make
        class Counted:
            LIMIT: ClassVar[int] = 3
            BARE: ClassVar = 1
            QUALIFIED: typing.ClassVar[str] = "q"
            n: int = 0
            seen: Local[int] = 0

        return Counted

    ours, theirs = declare(record), declare(dataclasses.dataclass)
    assert [f.name for f in records.fields(ours)] == [f.name for f in dataclasses.fields(theirs)]
    assert [f.name for f in records.fields(ours)] == ["n", "seen"]
    assert ours.LIMIT == theirs.LIMIT == 3 and ours(2).n == 2
    assert ours.__match_args__ == theirs.__match_args__


def test_a_check_does_not_import_dataclasses() -> None:
    """A one-article ``copylint check`` (the command line's own path, in a fresh interpreter)
    imports no ``dataclasses``, nor the ``inspect``, ``ast``, ``dis``, ``tokenize`` and
    ``copy`` it brings."""
    from conftest import SAMPLE

    code = ("import atexit, sys\n"
            "heavy = ('dataclasses', 'inspect', 'ast', 'dis', 'tokenize', 'copy')\n"
            "atexit.register(lambda: print('imported:', sorted(m for m in heavy if m in sys.modules), file=sys.stderr))\n"
            f"sys.argv = ['copylint', 'check', '--no-cache', '--no-color', '-q', {str(SAMPLE)!r}]\n"
            "from copylint.__main__ import main\n"
            "main()\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode in (0, 1) and "Traceback" not in done.stderr, done.stderr  # (1: issues found)
    assert "imported: []" in done.stderr.splitlines(), done.stderr


_DUMP = """
import dataclasses, json, re, sys
from copylint import records
def repr(value, _repr=repr):  # (no addresses: they differ between processes)
    return re.sub(r" at 0x[0-9a-f]+", "", _repr(value))
def given(f, missing):
    return {{k: getattr(f, k) for k in ("default", "default_factory") if getattr(f, k) is not missing}}
def via_dataclass(cls, slots):
    # the same declaration in dataclasses' spelling (its field() for records'), read by dataclass
    for name, value in list(vars(cls).items()):
        if isinstance(value, records.Field):
            setattr(cls, name, dataclasses.field(
                **given(value, records.MISSING), init=value.init, repr=value.repr, hash=value.hash,
                compare=value.compare, metadata=dict(value.metadata) or None,
                kw_only=dataclasses.MISSING if value.kw_only is records.MISSING else value.kw_only))
    doc = cls.__dict__.get("__doc__")
    cls = dataclasses.dataclass(cls, init=False, repr=False, eq=False, slots=slots)
    cls.__doc__ = doc  # (dataclass writes one from a signature without __init__: records write theirs)
    read = []
    for f in dataclasses.fields(cls):
        mine = records.field(**given(f, dataclasses.MISSING), init=f.init, repr=f.repr, hash=f.hash,
                             compare=f.compare, metadata=dict(f.metadata) or None, kw_only=f.kw_only)
        mine.name, mine.type = f.name, f.type
        read.append(mine)
    del cls.__dataclass_fields__, cls.__dataclass_params__  # (a record's are made on first use)
    return cls, tuple(read)
if {by_dataclass}:
    records._read_fields = via_dataclass
import importlib
for name in {modules!r}:
    importlib.import_module(name)
out = {{}}
for cls, frozen in records.MADE:
    fields = [[f.name, f.type, repr(f.default), getattr(f.default_factory, "__qualname__", repr(f.default_factory)),
               f.init, f.repr, f.hash, f.compare, dict(f.metadata), f.kw_only]
              for f in records.fields(cls)]
    attrs = {{k: repr(v) for k, v in vars(cls).items()
             if k not in ("__dataclass_fields__", "__dataclass_params__", "__record_fields__", "__init__", "__repr__",
                          "__eq__", "__hash__", "__setattr__", "__delattr__", "__getstate__", "__setstate__",
                          "__dict__", "__weakref__")
             and not callable(v)}}
    out[cls.__module__ + "." + cls.__qualname__] = [fields, list(cls.__match_args__),
                                                    list(getattr(cls, "__slots__", ())), sorted(vars(cls)), attrs,
                                                    [b.__qualname__ for b in cls.__mro__]]
print(json.dumps(out))
"""


def test_fields_read_as_dataclass_reads_them() -> None:
    """records reads a declaration's fields itself (records._read_fields, without
    ``dataclasses``): every record on the start-up path has the very fields, match arguments,
    slots and class attributes it has when ``dataclasses.dataclass`` reads the same
    declaration (each way in a process of its own, every module imported afresh)."""
    import json

    def dump(by_dataclass: bool) -> dict:
        done = subprocess.run([sys.executable, "-c", _DUMP.format(by_dataclass=by_dataclass, modules=MODULES)],
                              capture_output=True, text=True, check=True, timeout=300)
        return json.loads(done.stdout)  # type: ignore[no-any-return]

    ours, theirs = dump(False), dump(True)
    assert ours == theirs
    assert len(ours) >= 52  # (lexicon.Entry a named tuple, checks.base.Example a tuple subclass)


def test_positional_calls_of_a_class_without_factories_agree_with_dataclass() -> None:
    """The generic __init__'s quick path (positional arguments only; every field a parameter,
    no default factory): the same fields and defaults as dataclass's, __post_init__ called,
    and a call it cannot take (a required argument missing, one too many, keywords) left to
    the slow path and the compiled one, with Python's own errors."""

    def declare(make):  # type: ignore[no-untyped-def]
        @make
        class Quote:
            text: str
            speaker: str
            page: int = 1
            lang: str | None = None

            def __post_init__(self) -> None:
                if self.page < 0:
                    raise ValueError("page")

        return Quote

    ours, theirs = declare(record(frozen=True)), declare(dataclasses.dataclass(frozen=True))
    good = [(("q", "s"), {}), (("q", "s", 3), {}), (("q", "s", 3, "cy"), {}), (("q",), {"speaker": "s"}),
            (("q", "s"), {"lang": "cy"})]
    bad = [((), {}), (("q",), {}), (("q", "s", 1, "cy", "x"), {}), (("q", "s"), {"text": "t"})]
    for round_ in range(2):  # the generic __init__, then the compiled one
        for args, kwargs in good:
            assert dataclasses.asdict(ours(*args, **kwargs)) == dataclasses.asdict(theirs(*args, **kwargs))
        with pytest.raises(ValueError, match="page"):
            ours("q", "s", -1)
        assert (ours.__init__.__module__ == "copylint.records") == (round_ == 0)
        assert_same_type_errors(ours, theirs, bad)
        assert ours.__init__.__module__ == __name__


class _Base:
    inherited = 7  # a class attribute of a plain base: getattr finds it, as the field's default


class _Meta(type):
    shown = "meta"  # an attribute of a metaclass: getattr on its classes finds it too


CV = ClassVar  # an alias: dataclass follows the leading name to the module's binding


def test_defaults_read_as_getattr_reads_them() -> None:
    """A field's default is ``getattr(cls, name)`` for records as for dataclass: a descriptor in
    the body gives what its ``__get__`` gives (a classmethod: a bound method; a staticmethod:
    its function), a plain base's attribute and a metaclass's attribute count, and a name of
    ``object``'s or ``type``'s is what getattr finds; a ClassVar named through an alias of the
    module or qualified by ``typing`` is left out, both ways."""

    def helper() -> int:
        return 1

    def declare(make, base: type = object, meta: type = type):  # type: ignore[no-untyped-def]
        class Odd(base, metaclass=meta):  # type: ignore[valid-type,misc]
            shown: str
            inherited: int
            plain: int = 1
            method: object = staticmethod(helper)
            bound: object = classmethod(helper)
            alias: CV[int] = 2
            qualified: typing.ClassVar[int] = 3
            mro: object

        return make(Odd)

    for base, meta in ((object, type), (_Base, type), (object, _Meta)):
        try:
            theirs = declare(dataclasses.dataclass(frozen=True), base, meta)
        except TypeError as error:  # (with _Meta: "shown" has a default, "inherited" none after it)
            with pytest.raises(TypeError, match=str(error)):
                declare(record(frozen=True), base, meta)
            continue
        ours = declare(record(frozen=True), base, meta)
        mine, real = records.fields(ours), dataclasses.fields(theirs)
        assert [f.name for f in mine] == [f.name for f in real]
        assert "alias" not in {f.name for f in mine} and "qualified" not in {f.name for f in mine}
        for a, b in zip(mine, real, strict=True):
            assert (a.default is records.MISSING) == (b.default is dataclasses.MISSING), a.name
            if a.default is not records.MISSING:
                def what(value: object) -> tuple:  # (a bound method: bound to its own class)
                    return type(value), getattr(value, "__func__", getattr(value, "__name__", value))

                assert what(a.default) == what(b.default), a.name
        assert ours.__match_args__ == theirs.__match_args__
    assert records.fields(declare(record, _Base))[1].default == 7


def test_leading_name_as_the_pattern_reads_it() -> None:
    """The leading name of a string annotation, read without the pattern for the common shapes,
    is the pattern's reading for every shape (qualified, spaced, odd characters, none)."""
    annotations = ["int", "str | None", "tuple[str, ...]", "typing.ClassVar[int]", "typing . ClassVar",
                   " ClassVar[int]", "ClassVar [int]", "dc.InitVar", "list[int] | None", "a·b", "a·b[int]",
                   "_", "_private[int]", "1abc", "", "[int]", "ĉapelo | None", "x .y", "x\t.y", "mod.x.y",
                   "Callable[[int], str]", "dict[str, list[int]]", "a b", "a  .b", "x\n.y", "int\n"]
    for text in annotations:
        match = records._LEADING_NAME.match(text)
        assert records._leading_name(text) == ((None, None) if match is None else match.groups()), text
