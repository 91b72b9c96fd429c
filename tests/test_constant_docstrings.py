"""A constant's docstring sits right under the constant: a string statement at a module's
top level follows an assignment, never another string (which would read as the second
docstring of the constant above it)."""

from __future__ import annotations

import ast
from itertools import pairwise
from pathlib import Path

PACKAGE = Path(__file__).parent.parent / "healthbot"


def stray_docstrings(source: str) -> list[int]:
    """The lines of top-level strings (the module's docstring aside) not right after an
    assignment."""
    body = ast.parse(source).body
    return [
        node.lineno
        for before, node in pairwise(body)
        if isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
        and not isinstance(before, ast.Assign | ast.AnnAssign)
    ]


def test_the_check_finds_a_docstring_under_another() -> None:
    source = '"""Module."""\nA = 1\nB = 2\n"""B\'s."""\n"""A\'s."""\n'
    assert stray_docstrings(source) == [5]


def test_every_constants_docstring_is_under_its_constant() -> None:
    stray = {
        str(path.relative_to(PACKAGE.parent)): lines
        for path in sorted(PACKAGE.rglob("*.py"))
        if (lines := stray_docstrings(path.read_text(encoding="utf-8")))
    }
    assert stray == {}
