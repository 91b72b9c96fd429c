"""No module in healthbot/ passes 500 lines: past that a file holds several concerns, and
one of them moves to a module of its own (STYLE.md)."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).parent.parent / "healthbot"
MAX_LINES = 500


def test_no_module_in_the_package_passes_500_lines() -> None:
    sizes = {
        str(path.relative_to(PACKAGE)): len(path.read_text(encoding="utf-8").splitlines())
        for path in PACKAGE.rglob("*.py")
    }
    assert sizes, "no module found"
    too_long = {name: lines for name, lines in sizes.items() if lines > MAX_LINES}
    assert too_long == {}
