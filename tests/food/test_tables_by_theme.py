"""The names tables kept in files by theme read as one table, each name once across them."""

from __future__ import annotations

from pathlib import Path

import pytest

from healthbot.food.aliases import ALIASES, SERVINGS, read_tables
from healthbot.food.recipes import RECIPES


def test_the_files_of_a_table_read_as_one(tmp_path: Path) -> None:
    (tmp_path / "names_drinks.tsv").write_text("# name\tuid\ncoke\t14400\n")
    (tmp_path / "names_fruit.tsv").write_text("apple\t09003\n")
    (tmp_path / "other_fruit.tsv").write_text("pear\t09252\n")

    assert read_tables("names", tmp_path) == {"coke": "14400", "apple": "09003"}


def test_a_name_in_two_files_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "names_drinks.tsv").write_text("coke\t14400\n")
    (tmp_path / "names_sodas.tsv").write_text("coke\t14400\n")

    with pytest.raises(ValueError, match="coke"):
        read_tables("names", tmp_path)


def test_every_theme_file_is_read() -> None:
    folder = Path(__file__).parents[2] / "healthbot" / "food" / "data"
    for name, table in (("common_names", ALIASES), ("servings", SERVINGS)):
        for path in folder.glob(f"{name}_*.tsv"):
            first = next(
                line.split("\t")[0]
                for line in path.read_text().splitlines()
                if line.strip() and not line.startswith("#")
            )
            assert first in table, path.name
    assert "blt" in RECIPES and "margarita" in RECIPES and "masala chai" in RECIPES
