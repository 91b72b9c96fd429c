"""No import cycle inside healthbot/: each module imports first, in a fresh interpreter, not
only in the order the daemon happens to import things."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from tests.support.import_cycles import cycles_in

ROOT = Path(__file__).resolve().parents[1]
HEALTHBOT = ROOT / "healthbot"


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def run_time_imports(body: Sequence[ast.stmt]) -> Iterator[str]:
    """The modules a module's body imports as it runs: not in functions, not for type checks."""
    for node in body:
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module is not None and node.level == 0:
            yield node.module
            # `from package import module` imports the module too
            yield from (f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.If):
            if "TYPE_CHECKING" not in ast.unparse(node.test):
                yield from run_time_imports(node.body)
            yield from run_time_imports(node.orelse)
        elif isinstance(node, ast.Try):
            for block in (node.body, *(h.body for h in node.handlers), node.orelse):
                yield from run_time_imports(block)
            yield from run_time_imports(node.finalbody)
        elif isinstance(node, ast.With):
            yield from run_time_imports(node.body)


def packages_of(name: str) -> set[str]:
    """The packages Python imports before the module: 'a.b.c' needs 'a' and 'a.b'."""
    parts = name.split(".")
    return {".".join(parts[:end]) for end in range(1, len(parts))}


def import_graph() -> dict[str, set[str]]:
    """For each module of healthbot, the modules of healthbot its import runs first.

    Importing `healthbot.meals.portions` runs `healthbot/meals/__init__.py` first: a package
    counts as imported by whoever imports one of its modules, except by its own modules
    (the package is in sys.modules already while they run)."""
    known = {module_name(path): path for path in sorted(HEALTHBOT.rglob("*.py"))}
    graph: dict[str, set[str]] = {}
    for module, path in known.items():
        own = packages_of(module) | ({module} if path.name == "__init__.py" else set())
        tree = ast.parse(path.read_text(), str(path))
        graph[module] = {
            needed
            for name in run_time_imports(tree.body)
            if name in known
            for needed in ({name} | packages_of(name)) - own
            if needed in known and needed != module
        }
    return graph


def test_no_module_imports_itself_through_others() -> None:
    graph = import_graph()
    cycles = cycles_in(graph)
    assert [" -> ".join(cycle) for cycle in cycles[:5]] == []


# Run in a fresh interpreter: import the third-party packages healthbot uses (not healthbot),
# then fork once per name, so each child starts with no healthbot module loaded and the
# children share the slow part. A child reports its import's error; the parent prints them.
_PROBE = r"""
import importlib, json, os, sys, traceback

names, outside = json.loads(sys.argv[1]), json.loads(sys.argv[2])
for name in outside:
    try:
        importlib.import_module(name)
    except Exception:
        pass  # not installed here: the module that needs it says so below
assert not any(name.split(".")[0] == "healthbot" for name in sys.modules)
failed = {}
for name in names:
    read, write = os.pipe()
    child = os.fork()
    if child == 0:
        os.close(read)
        try:
            importlib.import_module(name)
        except BaseException:
            os.write(write, traceback.format_exc(limit=-4).encode())
            os._exit(1)
        os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        report = pipe.read().decode()
    _, status = os.waitpid(child, 0)
    if status != 0:
        failed[name] = report or f"exit status {status}"
print(json.dumps(failed))
"""


def test_each_top_level_package_imports_first_in_a_fresh_interpreter(tmp_path: Path) -> None:
    # Each of healthbot's packages and top modules first (a package's __init__ imports most
    # of it); the graph above covers every module, this the interpreter's own verdict.
    names = sorted(
        f"healthbot.{path.stem if path.suffix else path.name}"
        for path in HEALTHBOT.iterdir()
        if (path.suffix == ".py" and path.stem not in {"__init__", "__main__"})
        or (path / "__init__.py").is_file()
    )
    outside = sorted(
        {
            name
            for path in HEALTHBOT.rglob("*.py")
            for name in run_time_imports(ast.parse(path.read_text()).body)
            if name.split(".")[0] != "healthbot"
        }
    )
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, json.dumps(names), json.dumps(outside)],
        cwd=tmp_path,  # not the checkout: only PYTHONPATH finds healthbot
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    failed = json.loads(done.stdout.splitlines()[-1])
    assert len(names) > 30
    assert failed == {}, "\n".join(f"{name}:\n{report}" for name, report in failed.items())
