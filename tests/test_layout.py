"""The package's layout: every module imports, every import of wirebrief names a module that exists,
and no module depends on itself through others (no import cycle, lazy imports inside functions included).

The import graph is read with `ast` (nothing is imported to draw it): an edge goes from a module to each
wirebrief module or package it imports, at any depth of the file. `from pkg import name` is an edge to
`pkg.name` when that is a module, else to `pkg`. A module's implicit dependence on its own parent package
(Python runs `pkg/__init__.py` first) is not an edge: a package's `__init__` may re-export its modules.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

import wirebrief

ROOT = Path(wirebrief.__file__).parent
OPTIONAL = {"ray", "pyarrow", "llama_cpp", "openai", "psycopg", "playwright"}  # extras a module may need to import


def _modules() -> dict[str, tuple[Path, bool]]:
    """Every module of the package: dotted name → (file, is a package)."""
    found = {}
    for path in sorted(ROOT.rglob("*.py")):
        parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        found[".".join(parts[:-1] if is_package else parts)] = (path, is_package)
    return found


MODULES = _modules()


def _imports(name: str) -> list[tuple[str, int]]:
    """(the wirebrief name imported, line) for every import in the module, at any depth."""
    path, is_package = MODULES[name]
    package = name if is_package else name.rpartition(".")[0]
    names = []
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            names += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            for alias in node.names:
                child = f"{target}.{alias.name}"
                names.append((child if child in MODULES else target, node.lineno))
    return [(imported, line) for imported, line in names if imported == "wirebrief" or imported.startswith("wirebrief.")]


def _graph() -> dict[str, set[str]]:
    return {name: {imported for imported, _ in _imports(name)} - {name} for name in MODULES}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components = []
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    components.append(sorted(component))
    return components


def test_layout_every_import_of_wirebrief_names_a_module():
    missing = [f"{MODULES[name][0].relative_to(ROOT.parent)}:{line}: {imported}"
               for name in MODULES for imported, line in _imports(name) if imported not in MODULES]
    assert not missing, "imports of modules that do not exist:\n" + "\n".join(missing)


def test_layout_has_no_import_cycle():
    cycles = _cycles(_graph())
    assert not cycles, "import cycles: " + "; ".join(" ↔ ".join(c) for c in cycles)


def test_layout_cycle_finder_finds_a_cycle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert _cycles(graph) == [["a", "b", "c"]]


@pytest.mark.parametrize("name", sorted(n for n in MODULES if not n.endswith("__main__")))  # those run the CLI
def test_layout_module_imports(name):
    try:
        importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.split(".")[0] in OPTIONAL:
            pytest.skip(f"needs the optional {exc.name}")
        raise


def test_layout_stage_modules_import_no_cli_or_web_framework():
    """Stage modules never import Typer or FastAPI: cli/ and web/ import the library, not the reverse."""
    offenders = []
    for name, (path, _) in MODULES.items():
        if name.startswith(("wirebrief.cli", "wirebrief.web", "wirebrief.evaluation")) or name == "wirebrief.__main__":
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            modules = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level else []
            offenders += [f"{name}: {m}" for m in modules if m.split(".")[0] in ("typer", "fastapi", "starlette", "uvicorn")]
            offenders += [f"{name}: {m}" for m in modules if m.startswith(("wirebrief.cli", "wirebrief.web"))]
        offenders += [f"{name}: {i}" for i, _ in _imports(name) if i.startswith(("wirebrief.cli", "wirebrief.web"))]
    assert not offenders, offenders
