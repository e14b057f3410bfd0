"""Reading rule and pack files: YAML composed to nodes, so every value keeps its line.

Only plain data is accepted. The file is composed (never constructed) with the safe
loader, and anchors and aliases are refused: a shared node would let a few lines stand
for an exponential amount of data ("billion laughs"), and rule files have no need of
them. Files are also capped in size, node count and nesting depth.
"""

from __future__ import annotations

from pathlib import Path

from copylint.errors import ConfigError
from copylint.positions import LineIndex

MAX_BYTES = 512 * 1024
MAX_NODES = 50_000
MAX_DEPTH = 32

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing: type checkers read it as True)
if TYPE_CHECKING:
    from typing import Any

    import yaml

# (the YAML library is imported on first use: a run whose rules come from the compiled-rules
# cache, copylint.style.compiled, never needs it)


def line_of(node: yaml.Node) -> int:
    """The 1-based line a node starts on."""
    return node.start_mark.line + 1


def compose_file(path: Path) -> yaml.Node | None:
    """The YAML node tree of ``path`` (None for an empty file), or a ConfigError naming the file and line."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"cannot read rule file: {exc.strerror or exc}", str(path)) from None
    if len(data) > MAX_BYTES:
        raise ConfigError(f"rule file is larger than {MAX_BYTES // 1024} KB", str(path))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"rule file is not UTF-8 (byte {exc.start})", str(path)) from None
    return compose_text(text, str(path))


#: line breaks to YAML 1.1 but not to copylint (copylint.positions), nor to an editor
_YAML_ONLY_BREAKS = ("\x85", "\u2028", "\u2029")


def compose_text(text: str, path: str) -> yaml.Node | None:
    # YAML counts U+0085, U+2028 and U+2029 as line breaks: where the text holds one, every
    # mark is re-lined from its character index, so errors name the line an editor shows
    import yaml

    lines = LineIndex(text) if any(ch in text for ch in _YAML_ONLY_BREAKS) else None
    try:
        node = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "syntax error"
        line = (lines.line_of(mark.index) if lines else mark.line + 1) if mark else None
        raise ConfigError(f"invalid YAML: {problem}", path, line) from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"invalid YAML: {exc}", path) from None
    if node is not None:
        _check_tree(node, path, lines)
    return node


def _reline(mark: yaml.Mark, lines: LineIndex) -> yaml.Mark:
    import yaml

    line, column = lines.line_col(mark.index)
    return yaml.Mark(mark.name, mark.index, line - 1, column - 1, None, None)


def _check_tree(root: yaml.Node, path: str, lines: LineIndex | None = None) -> None:
    """Refuse aliases (a node reached twice), too many nodes and too deep nesting; with
    ``lines``, give every node copylint's line numbers."""
    import yaml

    seen: set[int] = set()
    stack: list[tuple[yaml.Node, int]] = [(root, 0)]
    while stack:
        node, depth = stack.pop()
        if lines is not None and id(node) not in seen:
            node.start_mark = _reline(node.start_mark, lines)
            node.end_mark = _reline(node.end_mark, lines)
        if id(node) in seen:
            raise ConfigError("YAML anchors and aliases are not allowed in rule files", path, line_of(node))
        seen.add(id(node))
        if len(seen) > MAX_NODES:
            raise ConfigError(f"rule file has more than {MAX_NODES} YAML nodes", path, line_of(node))
        if depth > MAX_DEPTH:
            raise ConfigError(f"rule file nests deeper than {MAX_DEPTH} levels", path, line_of(node))
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if key.tag == "tag:yaml.org,2002:merge":
                    raise ConfigError("YAML merge keys ('<<') are not allowed in rule files", path, line_of(key))
                stack.append((key, depth + 1))
                stack.append((value, depth + 1))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, depth + 1) for item in node.value)


_SCALAR_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
}
_CONSTRUCTOR: list[Any] = []  # made on first use


def scalar_value(node: yaml.ScalarNode, path: str) -> Any:
    """A scalar's Python value (str, int, float, bool or None)."""
    if node.tag not in _SCALAR_TAGS:
        short = node.tag.replace("tag:yaml.org,2002:", "!!")
        raise ConfigError(f"unsupported YAML value of type {short}; quote it to make it a string", path, line_of(node))
    import yaml

    if not _CONSTRUCTOR:
        _CONSTRUCTOR.append(yaml.constructor.SafeConstructor())
    try:
        return _CONSTRUCTOR[0].construct_object(node)
    except yaml.YAMLError as exc:
        raise ConfigError(f"invalid YAML value: {exc}", path, line_of(node)) from None
