"""Drinks as they are ordered outside the US, read by /log end to end: a sized glass of wine
is the bar's glass of that name, a milk by its local name is a splash in tea and a coffee's
milk, and a dish's name is no typo of another food's ("chaas" is not "chai")."""

from __future__ import annotations

from healthbot.meals.service import MealService


async def portions(service: MealService, text: str) -> list[tuple[str, float]]:
    understood = await service.understand(text)
    assert understood.questions == (), understood.questions
    return [(p.food_name, round(p.grams)) for p in understood.portions]


async def test_a_large_glass_of_wine_is_250_ml_and_a_glass_is_still_5_fl_oz(
    service: MealService,
) -> None:
    [(name, large)] = await portions(service, "a large glass of red wine")
    assert name == "Alcoholic beverage, wine, table, red" and 245 <= large <= 252
    [(_, plain)] = await portions(service, "a glass of red wine")
    assert plain == 147  # SR24's 5 fl oz serving


async def test_tea_with_semi_skimmed_milk_is_a_splash_of_it(service: MealService) -> None:
    tea, (milk, grams) = await portions(service, "a mug of tea with semi skimmed milk")
    assert tea[0].startswith("Tea, black")
    assert milk.startswith("Milk, reduced fat, fluid, 2% milkfat") and grams == 30  # 2 tbsp


async def test_a_flat_white_with_full_cream_milk_has_that_milk_instead(
    service: MealService,
) -> None:
    found = await portions(service, "a flat white with full cream milk")
    assert [name.split(",")[0] for name, _ in found] == ["Coffee", "Milk"]
    assert "whole" in found[1][0]


async def test_a_dish_named_like_a_known_word_is_its_own_dish(service: MealService) -> None:
    assert await portions(service, "chaas") == [("Milk, buttermilk, fluid, cultured, lowfat", 245)]
