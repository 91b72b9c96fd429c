"""The test suite's own layout: no test module imports another test module (or a conftest).

Helpers shared by several modules live in tests/support/ (or are fixtures of a conftest);
a test module may then change, or go, without breaking another.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

TESTS = Path(__file__).parent
ROOT = TESTS.parent


def module_name(path: Path) -> str:
    """The dotted name of a file under the checkout ("tests.meals.test_bot")."""
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def is_module(name: str) -> bool:
    """Whether a dotted name is a module or package of the checkout."""
    path = ROOT.joinpath(*name.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def imported_modules(source: str, module: str, *, package: bool = False) -> set[str]:
    """Every module `source` (the module named `module`) imports, relative imports resolved:
    for `from M import n`, M, and M.n when that is a module."""
    found: set[str] = set()
    here = module.split(".") if package else module.split(".")[:-1]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = here[: len(here) - (node.level - 1)]
                target = ".".join([*base, *([node.module] if node.module else [])])
            else:
                target = node.module or ""
            found.add(target)
            found.update(
                f"{target}.{alias.name}"
                for alias in node.names
                if is_module(f"{target}.{alias.name}")
            )
    return found


def is_test_module(name: str) -> bool:
    """Whether a dotted name is a module of tests or a conftest under tests/."""
    parts = name.split(".")
    return parts[0] == "tests" and (parts[-1].startswith("test_") or parts[-1] == "conftest")


def offending_imports(source: str, module: str, *, package: bool = False) -> list[str]:
    """The test modules and conftests that `source` imports."""
    imported = imported_modules(source, module, package=package)
    return sorted(name for name in imported if is_test_module(name) and name != module)


@pytest.mark.parametrize(
    ("source", "module", "expected"),
    [
        ("from tests.test_bot import TOKEN", "tests.meals.test_x", ["tests.test_bot"]),
        ("import tests.tracking.test_bot", "tests.test_x", ["tests.tracking.test_bot"]),
        ("from tests.meals import test_bot", "tests.coach.test_x", ["tests.meals.test_bot"]),
        ("from .test_bot import Logged", "tests.meals.test_x", ["tests.meals.test_bot"]),
        ("from ..test_daemon import TOKEN", "tests.ops.test_x", ["tests.test_daemon"]),
        ("from . import conftest", "tests.profile.test_x", ["tests.profile.conftest"]),
        ("from tests.conftest import create_database", "tests.support.x", ["tests.conftest"]),
        ("def f():\n    from tests.test_faults import scene\n", "tests.x", ["tests.test_faults"]),
        ("from tests.support.telegram import TOKEN, shown", "tests.test_x", []),
        ("from tests.meals.phrases import Phrase", "tests.meals.test_x", []),
        ("from .support import Daemon", "tests.reminders.test_x", []),
        ("from tests.support.telegram import test_data", "tests.test_x", []),
    ],
)
def test_the_check_finds_imports_of_test_modules(
    source: str, module: str, expected: list[str]
) -> None:
    assert offending_imports(source, module) == expected


def test_no_test_module_imports_another_test_module() -> None:
    offences = {}
    for path in sorted(TESTS.rglob("*.py")):
        name = module_name(path)
        found = offending_imports(path.read_text(), name, package=path.name == "__init__.py")
        if found:
            offences[str(path.relative_to(ROOT))] = found
    assert offences == {}, (
        f"move what these modules share into tests/support/ (or a conftest fixture): {offences}"
    )
