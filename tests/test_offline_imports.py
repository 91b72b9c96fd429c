"""The product never imports its load generator; loadgen imports only the product's public parts.

Every import counts: at the top, inside a function, or under `TYPE_CHECKING`.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

from tests.support.import_cycles import cycles_in

ROOT = Path(__file__).resolve().parents[1]
HEALTHBOT = ROOT / "healthbot"
LOADGEN = ROOT / "loadgen"
FEATURES = frozenset(path.parent.name for path in HEALTHBOT.glob("*/router.py"))


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> Iterator[tuple[int, str]]:
    """(line, module) for each import in the file, wherever it stands."""
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            yield from ((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module is not None and node.level == 0:
            yield node.lineno, node.module
            # `from package import module` imports the module too
            yield from ((node.lineno, f"{node.module}.{alias.name}") for alias in node.names)


def modules(folder: Path) -> dict[str, Path]:
    return {module_name(path): path for path in sorted(folder.rglob("*.py"))}


def test_features_are_found() -> None:
    assert {"coach", "gamification", "meals", "profile", "reminders", "tracking"} <= FEATURES


def test_the_product_imports_nothing_from_loadgen() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{line} {name}"
        for path in modules(HEALTHBOT).values()
        for line, name in imports(path)
        if name == "loadgen" or name.startswith("loadgen.")
    ]
    assert found == []


def test_loadgen_imports_no_features_internals() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{line} {name}"
        for path in modules(LOADGEN).values()
        for line, name in imports(path)
        if name.startswith("healthbot.") and name.split(".")[1] in FEATURES
    ]
    assert found == []


def test_loadgen_and_the_offline_stand_ins_have_no_import_cycles() -> None:
    known = modules(LOADGEN) | modules(HEALTHBOT / "offline")
    graph = {
        module: {name for _, name in imports(path) if name in known and name != module}
        for module, path in known.items()
    }
    cycles = cycles_in(graph)
    assert cycles == []
