"""A pint and a half said as one amount: of the drink named, else of beer (a bare pint's
"of beer" was put after the first pint, so "a pint and a half of milk" was a pint of beer
and half a glass of milk)."""

from __future__ import annotations

import pytest

from healthbot.meals.service import MealService


@pytest.mark.parametrize(
    ("said", "millilitres"),
    [
        # a pint and a half of a drink named is of that drink, not a pint of beer and half
        # a glass of it; said alone, of beer
        ("a pint and a half of apple juice", 1.5 * 473.2),
        ("had a pint and a half after work", 1.5 * 473.2),
    ],
)
async def test_a_pint_and_a_half_is_one_amount(
    service: MealService, said: str, millilitres: float
) -> None:
    understood = await service.understand(said)
    assert understood.questions == ()
    [portion] = understood.portions
    density = 1.04 if "juice" in said else 1.005
    assert portion.grams == pytest.approx(millilitres * density, rel=0.03)
