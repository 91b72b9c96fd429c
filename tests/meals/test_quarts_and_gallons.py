"""A quart or a gallon typed is that volume (a US quart is two pints), though SR24 names some
foods' measures "quart" and the table reads those as two pints for the density."""

from __future__ import annotations

import pytest

from healthbot.meals.service import MealService
from tests.support.portions import one_portion


@pytest.mark.parametrize(
    ("said", "as_said"),
    [
        ("a quart of skim milk", "4 cups of skim milk"),
        ("I finished a quart of whole milk during the week", "4 cups of whole milk"),
        ("2 qt of apple juice", "8 cups of apple juice"),
        ("half a gallon of chocolate milk", "8 cups of chocolate milk"),
    ],
)
async def test_a_quart_is_four_cups_and_a_gallon_sixteen(
    service: MealService, said: str, as_said: str
) -> None:
    uid, grams = await one_portion(service, said)
    as_uid, as_grams = await one_portion(service, as_said)
    assert uid == as_uid
    assert grams == pytest.approx(as_grams, rel=0.01)
