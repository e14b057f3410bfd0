"""copylint.records: every ``@record`` class behaves as ``@dataclass`` on the same fields."""

from __future__ import annotations

import copy
import dataclasses
import importlib
import inspect
import pickle
import subprocess
import sys

import pytest

from copylint import records
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
    for f in dataclasses.fields(cls):
        kwargs = {"init": f.init, "repr": f.repr, "compare": f.compare, "hash": f.hash}
        if f.default is not dataclasses.MISSING:
            kwargs["default"] = f.default
        if f.default_factory is not dataclasses.MISSING:
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
    return [f"{salt}{i}" if i % 2 else (salt, i) for i, f in enumerate(dataclasses.fields(cls)) if f.init]


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
    assert len(MADE) >= 53  # (spelling.lexicon.Entry is a named tuple, no longer a record)
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
    assert dataclasses.asdict(a) == dataclasses.asdict(ra)
    assert dataclasses.replace(a) == a
    assert copy.copy(a) == a and copy.deepcopy(a) == a
    if "<locals>" not in cls.__qualname__:
        assert pickle.loads(pickle.dumps(a)) == a
    name = dataclasses.fields(cls)[0].name
    if frozen:
        for obj in (a, ra):
            with pytest.raises(dataclasses.FrozenInstanceError, match=f"cannot assign to field '{name}'"):
                setattr(obj, name, 1)
            with pytest.raises(dataclasses.FrozenInstanceError, match=f"cannot delete field '{name}'"):
                delattr(obj, name)
    else:
        setattr(a, name, "changed")
        assert getattr(a, name) == "changed"


def _init(cls: type):  # type: ignore[no-untyped-def]
    """The class's real ``__init__`` (made on the first instance: made here if not yet)."""
    init = cls.__init__
    if init.__module__ == "copylint.records":
        return records._init_fn(cls, list(dataclasses.fields(cls)), dict(MADE)[cls])
    return init


def test_the_options_dataclass_would_use() -> None:
    @record(frozen=True, slots=True)
    class Point:
        x: int
        y: int = 0
        tags: list = dataclasses.field(default_factory=list, compare=False)
        note: str = dataclasses.field(default="", init=False, repr=False)

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
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.x = 2


def test_the_first_instances_and_the_compiled_init_agree_with_dataclass() -> None:
    """The generic __init__ (a class's first instances) and the compiled one (once hot) take
    the same calls as dataclass's, and refuse the same calls with Python's own errors."""

    def declare(make):  # type: ignore[no-untyped-def]
        @make
        class Story:
            headline: str
            words: int = 0
            tags: list = dataclasses.field(default_factory=list)
            seen: int = dataclasses.field(default=7, init=False)
            notes: dict = dataclasses.field(default_factory=dict, init=False)

        return Story

    ours, theirs = declare(record(frozen=True)), declare(dataclasses.dataclass(frozen=True))
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
    hot = declare(record)
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
            x: int = dataclasses.field(kw_only=True)

    @record
    class Order:  # (dataclass refuses this when the class is made; a record on its first instance)
        x: int = 0
        y: int

    with pytest.raises(TypeError, match="non-default argument 'y' follows default argument"):
        Order()


def test_a_check_compiles_no_dataclass_method_at_import() -> None:
    """Importing the check path makes no dataclass the slow way (``dataclasses`` compiling
    its methods): counted in a fresh interpreter."""
    code = ("import dataclasses\n"
            "made = []\n"
            "real = dataclasses._process_class\n"
            "def spy(cls, init, *a):\n"
            "    made.append((cls.__qualname__, init))\n"
            "    return real(cls, init, *a)\n"
            "dataclasses._process_class = spy\n"
            "import copylint.commands.check, copylint.engine, copylint.registry, importlib\n"
            "for m, _ in copylint.registry.CHECKS: importlib.import_module(m)\n"
            "print([name for name, init in made if init])\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


_DUMP = """
import dataclasses, json, re, sys
from copylint import records
def repr(value, _repr=repr):  # (no addresses: they differ between processes)
    return re.sub(r" at 0x[0-9a-f]+", "", _repr(value))
records.LEAN = {lean}
read = records._read_fields
lean = []
records._read_fields = lambda cls, slots: lean.append(cls.__qualname__) or read(cls, slots)
import importlib
for name in {modules!r}:
    importlib.import_module(name)
out = {{}}
for cls, frozen in records.MADE:
    fields = [[f.name, f.type, repr(f.default), getattr(f.default_factory, "__qualname__", repr(f.default_factory)),
               f.init, f.repr, f.hash, f.compare, dict(f.metadata), f.kw_only, f._field_type.name]
              for f in cls.__dataclass_fields__.values()]
    attrs = {{k: repr(v) for k, v in vars(cls).items()
             if k not in ("__dataclass_fields__", "__init__", "__repr__", "__eq__", "__hash__", "__setattr__",
                          "__delattr__", "__getstate__", "__setstate__", "__dict__", "__weakref__")
             and not callable(v)}}
    out[cls.__module__ + "." + cls.__qualname__] = [fields, repr(cls.__dataclass_params__), list(cls.__match_args__),
                                                    list(getattr(cls, "__slots__", ())), sorted(vars(cls)), attrs,
                                                    [b.__qualname__ for b in cls.__mro__]]
print(json.dumps([out, lean]))
"""


def test_fields_read_as_dataclass_reads_them() -> None:
    """records reads a plain declaration's fields itself (records._read_fields, no regular
    expressions): every record on the start-up path has the very fields, parameters, match
    arguments, slots and class attributes that dataclasses.dataclass gives it (each way in a
    process of its own, every module imported afresh), and most are read the quick way."""
    import json

    def dump(lean: bool) -> tuple[dict, list]:
        done = subprocess.run([sys.executable, "-c", _DUMP.format(lean=lean, modules=MODULES)],
                              capture_output=True, text=True, check=True, timeout=300)
        return tuple(json.loads(done.stdout))  # type: ignore[return-value]

    (quick, read_quickly), (slow, _) = dump(True), dump(False)
    assert quick == slow
    assert len(quick) >= 53  # (spelling.lexicon.Entry is a named tuple, no longer a record)
    if sys.version_info[:2] == (3, 11):
        assert len(read_quickly) >= 50


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
