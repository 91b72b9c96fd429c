"""An article before a fraction is the fraction's ("a 1/2 cup of rice" is half a cup), while
digits before one make a mixed number ("1 1/2 cups")."""

from __future__ import annotations

import pytest

from healthbot.food.quantities import read_quantity
from healthbot.meals.service import MealService


@pytest.mark.parametrize(
    ("text", "quantity"),
    [("a 1/2 cup", 0.5), ("an 1/8 cup", 0.125), ("one 1/4 lb", 0.25), ("1 1/2 cups", 1.5),
     ("2 1/4 cups", 2.25), ("one and a half cups", 1.5)],
)  # fmt: skip
def test_an_article_before_a_fraction_is_no_whole(text: str, quantity: float) -> None:
    assert read_quantity(text.split(), 0)[0] == quantity


async def test_a_quarter_pound_burger_said_with_its_article_is_a_quarter_pound(
    service: MealService,
) -> None:
    # a trial chat's "Made myself a 1/4 lb burger on a bun": 567 g, 1,673 kcal (1 1/4 lb)
    said = await service.understand("a 1/4 lb burger")
    plain = await service.understand("1/4 lb burger")
    assert [p.grams for p in said.portions] == [p.grams for p in plain.portions]
    half = await service.understand("a 1/2 cup of rice")
    cup = await service.understand("1 cup of rice")
    assert half.portions[0].grams == pytest.approx(cup.portions[0].grams / 2, rel=0.02)
