"""A day's nutrients from its items: the table's figures times the grams; what is not known
stays unknown, never 0."""

from __future__ import annotations

import pytest

from healthbot.nutrition.amounts import Eaten, NutrientTable


@pytest.fixture(scope="module")
def table() -> NutrientTable:
    return NutrientTable()


async def test_an_items_amounts_are_its_foods_figures_times_its_grams(table: NutrientTable) -> None:
    totals = await table.totals([Eaten("01077", 250.0), Eaten("11124", 100.0)])  # milk, carrots
    assert totals["calcium_mg"].known == pytest.approx(113 * 2.5 + 33)
    assert totals["vitamin_a_ug"].known == pytest.approx(45.6 * 2.5 + 835.3)
    assert totals["vitamin_d_ug"].known == pytest.approx(1.3 * 2.5)
    assert totals["iron_mg"].unknown_items == 0 and totals["iron_mg"].items == 2


async def test_a_quick_add_or_a_food_from_elsewhere_is_unknown_not_zero(
    table: NutrientTable,
) -> None:
    totals = await table.totals([Eaten(None, None), Eaten("fdc:123456", 100.0)])
    assert all(amount.unknown and amount.known == 0 for amount in totals.values())
    mixed = await table.totals([Eaten("01077", 100.0), Eaten(None, None)])
    assert mixed["calcium_mg"].known == pytest.approx(113)
    assert mixed["calcium_mg"].unknown_items == 1 and not mixed["calcium_mg"].unknown


async def test_a_figure_the_table_lacks_is_unknown_for_that_item(table: NutrientTable) -> None:
    totals = await table.totals([Eaten("15076", 100.0)])  # wild salmon: SR24 has no vitamin D
    assert totals["vitamin_d_ug"].unknown
    assert totals["vitamin_b12_ug"].known == pytest.approx(3.18)


async def test_nothing_eaten_is_nothing_unknown(table: NutrientTable) -> None:
    totals = await table.totals([])
    assert not totals["iron_mg"].unknown and totals["iron_mg"].known == 0
