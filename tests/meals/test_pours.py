"""What is poured by volume is a drink: never a dry food's weight, never an absurd energy."""

from __future__ import annotations

from healthbot.food.repository import Food
from healthbot.meals.answers import Portion
from healthbot.meals.portions import Nutrients
from healthbot.meals.pours import MAX_POURED_KCAL, poured_too_rich
from healthbot.meals.service import MealService


def _food(name: str, kcal_per_100g: float) -> Food:
    return Food("x", name, None, kcal_per_100g, *([None] * 6))


def _portion(food: Food, grams: float) -> Portion:
    return Portion(0, "", 1, "ml", None, food.uid, food.name, grams, Nutrients.of(food, grams))


def test_a_dry_food_by_volume_is_too_rich_to_have_been_poured() -> None:
    candy = _food("Candies, caramels", 382.0 * 1.3)
    assert poured_too_rich("ml", candy, _portion(candy, 200))
    assert not poured_too_rich("g", candy, _portion(candy, 200))  # weighed: as typed
    assert not poured_too_rich(None, candy, _portion(candy, 200))


def test_a_drink_a_cream_or_an_oil_can_be_poured_but_not_past_a_ceiling() -> None:
    cream = _food("Cream, fluid, heavy whipping", 340.0)
    oil = _food("Oil, walnut", 884.0)
    assert not poured_too_rich("glass", cream, _portion(cream, 240))
    assert not poured_too_rich("ml", oil, _portion(oil, 15))
    grams = MAX_POURED_KCAL / 8.84 + 50
    assert poured_too_rich("bottle", oil, _portion(oil, grams))


async def test_a_sweet_named_by_volume_is_read_as_the_drink_it_names(
    service: MealService,
) -> None:
    understood = await service.understand("a 300 ml glass of milk chocolate")
    [portion] = understood.portions
    assert portion.food_name.startswith("Milk, chocolate")
    assert portion.nutrients.kcal < 400


async def test_a_dry_food_poured_with_no_drink_of_its_name_is_asked_about(
    service: MealService,
) -> None:
    understood = await service.understand("750 ml of cashews")
    assert understood.portions == ()
    [question] = understood.questions
    assert question.kind == "food"


async def test_a_snack_sold_in_a_can_of_its_own_is_that_can_not_a_pour(
    service: MealService,
) -> None:
    understood = await service.understand("half a tube of pringles")
    [portion] = understood.portions
    assert portion.food_uid == "19410"  # SR24's "can (7 oz)", 198 g
    assert portion.grams == 99.0
    assert understood.questions == ()
