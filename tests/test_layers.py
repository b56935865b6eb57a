"""The package layers depend one way: core <- retrieval <- answering <- sessionlog <- engine, services <- console,
bot <- cli. Every import of every module (lazy and type-checking ones too) is read from the source and checked."""

from __future__ import annotations

import ast
from pathlib import Path

from prepbot import PROJECT_ROOT

# package (as imported) -> folder, and each layer's rank: a module may import only its own rank or lower
FOLDERS = {"prepbot": PROJECT_ROOT / "prepbot", "prepbot.retrieval": PROJECT_ROOT / "retrieval",
           "prepbot.bot": PROJECT_ROOT / "bot"}  # fmt: skip
LAYERS = [
    ("prepbot.core", 0),
    ("prepbot.retrieval", 1),
    ("prepbot.answering", 2),
    ("prepbot.sessionlog", 3),
    ("prepbot.engine", 4),
    ("prepbot.services", 4),
    ("prepbot.console", 5),
    ("prepbot.bot", 5),
    ("prepbot.cli", 6),
    ("prepbot", 0),  # the package root: PROJECT_ROOT and the BLAS default only
]
SIBLINGS_APART = {("prepbot.console", "prepbot.bot"), ("prepbot.bot", "prepbot.console")}


def layer(module: str) -> tuple[str, int]:
    return next((name, rank) for name, rank in LAYERS if module == name or module.startswith(name + "."))


def modules() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for package, folder in FOLDERS.items():
        for path in folder.rglob("*.py"):
            parts = list(path.relative_to(folder).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts = parts[:-1]
            name = ".".join([package, *parts])
            if not (package == "prepbot" and parts and parts[0] in ("retrieval", "bot")):
                found[name] = path
    return found


def imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names |= {f"{node.module}.{alias.name}" for alias in node.names} | {node.module}
    return {name for name in names if name == "prepbot" or name.startswith("prepbot.")}


def test_every_module_belongs_to_a_layer() -> None:
    assert len(modules()) > 40
    for name in modules():
        layer(name)


def test_imports_point_down_the_layers_only() -> None:
    wrong = []
    for name, path in modules().items():
        own_layer, own_rank = layer(name)
        for imported in imports(path):
            other_layer, other_rank = layer(imported)
            if other_rank > own_rank or (own_layer, other_layer) in SIBLINGS_APART:
                wrong.append(f"{name} imports {imported}")
    assert wrong == []


def test_no_top_level_retrieval_or_bot_package_is_imported() -> None:
    """retrieval/ and bot/ are installed as prepbot.retrieval and prepbot.bot: a bare `import retrieval` would load
    a second copy of every module from the working directory."""
    bare = [f"{name}: {imported}" for name, path in modules().items() for imported in _bare_imports(path)]
    assert bare == []


def _bare_imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.split(".")[0] in ("retrieval", "bot")}
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] in ("retrieval", "bot"):
            found.add(node.module)
    return found
