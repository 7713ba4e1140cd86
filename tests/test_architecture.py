"""framing's architecture: imports point down the pipeline, never round in a circle; modules stay small.

The import graph is read from the source (every ``import`` and ``from ... import``
at any depth, function-level ones included), so an import hidden in a
function to dodge a circle at run time is still a circle here. Imports under
``if TYPE_CHECKING:`` are left out: they never run, and a reader of a result
(render reading a ``Comparison``) names the result's type without depending on
the code that makes it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "framing"
MAX_LINES = 600

# The pipeline, bottom up (docs/architecture.md): a module may import its own
# package's modules and those of the layers below its own. align and extract
# share a layer and never import one another.
LAYERS = [
    ("framing._version", "framing.errors", "framing.pace"),
    ("framing.text",),
    ("framing.io",),
    ("framing.align", "framing.extract"),
    ("framing.comparators",),
    ("framing.findings",),
    ("framing.render",),
    ("framing.compare",),
    ("framing.batch",),
    ("framing.cli_output",),
    ("framing.cli_batch",),
    ("framing.cli",),
    ("framing.__main__",),
    ("framing",),
]


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(node: ast.AST) -> list[ast.Import | ast.ImportFrom]:
    found: list[ast.Import | ast.ImportFrom] = []
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.If) and _type_checking(child):
            for other in child.orelse:
                found.extend([other] if isinstance(other, (ast.Import, ast.ImportFrom)) else _imports(other))
        elif isinstance(child, (ast.Import, ast.ImportFrom)):
            found.append(child)
        else:
            found.extend(_imports(child))
    return found


def _known(name: str) -> str | None:
    """The framing module a dotted name is, or is in (``framing.io.article.Article`` -> ``framing.io.article``)."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def imports_of(module: str) -> set[str]:
    """The framing modules ``module`` imports (at any depth; not those imported for type checkers only)."""
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    targets: set[str] = set()
    for node in _imports(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                source = ".".join([*base, *([node.module] if node.module else [])])
            else:
                source = node.module or ""
            # `from framing.text import segment` imports the module framing.text.segment
            names = [source, *(f"{source}.{alias.name}" for alias in node.names)]
        for name in names:
            known = _known(name) if name.startswith("framing") else None
            if known and known != module:
                targets.add(known)
    return targets


GRAPH = {module: imports_of(module) for module in MODULES}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The graph's strongly connected components of more than one module (Tarjan), and self-loops."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1 or v in graph[v]:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_the_graph_is_read_from_every_kind_of_import():
    # module level, function level, `from package import module`
    assert "framing.io.article" in GRAPH["framing.io.load"]
    assert "framing.render.markdown" in GRAPH["framing.compare"]  # inside Comparison.to_markdown
    assert "framing.text.segment" in GRAPH["framing.io.article"]  # from framing.text import segment
    assert "framing.batch.api" in GRAPH["framing.batch"]


def test_cycles_are_found():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"a"}}) == [["a"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_circle():
    assert _cycles(GRAPH) == []


def _layer(module: str) -> int:
    for depth, layer in enumerate(LAYERS):
        if any(module == top or module.startswith(top + ".") for top in layer if top != "framing"):
            return depth
    assert module == "framing", module
    return len(LAYERS) - 1


def _package(module: str) -> str:
    return next(top for layer in LAYERS for top in layer if module == top or module.startswith(top + "."))


def test_every_module_is_placed_in_a_layer():
    assert {module: _layer(module) for module in MODULES}


def test_imports_point_down_the_pipeline():
    upward = sorted(
        f"{module} -> {target}"
        for module, targets in GRAPH.items()
        for target in targets
        if _layer(target) > _layer(module)
        or (_layer(target) == _layer(module) and _package(target) != _package(module))
    )
    assert upward == []


def test_findings_are_free_of_rendering():
    rendering = {m for m, targets in GRAPH.items() if m.startswith("framing.findings")
                 for t in targets if t.startswith("framing.render")}
    assert rendering == set()


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_module_over_600_lines(module):
    lines = MODULES[module].read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{MODULES[module].relative_to(PACKAGE.parent)} has {lines} lines (at most {MAX_LINES})"


def test_every_package_says_what_it_holds_and_may_import():
    for init in sorted(PACKAGE.rglob("__init__.py")):
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))) or ""
        if init.parent == PACKAGE:
            continue  # framing itself: the public API
        assert doc.strip() and "\nImports\n-------\nMay import" in doc, init
