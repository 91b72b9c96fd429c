"""A food named by every word typed is taken without asking when no other match is named so,
even where its search score is modest; a weak match is taken only when several foods so named
agree on the energy."""

from __future__ import annotations

from healthbot.food.search import FoodMatch
from healthbot.meals.service import MealService
from healthbot.meals.sure import covers, is_sure

TAMALE = FoodMatch("1", "Restaurant, Mexican, tamales, pork, prepared", "Restaurant Foods", 6.1)
PORK = FoodMatch("2", "Pork, fresh, loin, whole, cooked, roasted", "Pork Products", 6.0)
TAMALE_CHEESE = FoodMatch("3", "Restaurant, Mexican, tamales, pork and cheese", None, 5.9)


def test_a_name_with_every_word_typed_covers_it() -> None:
    assert covers(TAMALE.name, "pork tamale")
    assert covers("Bread, rye, toasted", "rye toast")  # an ending: "toasted" of "toast"
    assert not covers("Cookies, oatmeal", "cook")  # another word that starts the same
    assert not covers(PORK.name, "pork tamale")
    assert not covers(TAMALE.name, "the")


def test_the_only_match_named_by_every_word_is_sure_whatever_its_score() -> None:
    assert is_sure("pork tamale", [TAMALE, PORK])
    assert is_sure("pork tamale", [TAMALE])


def test_two_matches_named_by_every_word_are_asked_about_whatever_the_lead() -> None:
    assert not is_sure("pork tamale", [TAMALE, TAMALE_CHEESE, PORK])
    ahead = FoodMatch(TAMALE.uid, TAMALE.name, TAMALE.food_group, 7.5)
    assert not is_sure("pork tamale", [ahead, TAMALE_CHEESE])  # "a candy bar": not a peanut bar


async def test_a_dish_named_outright_is_logged_without_a_question(service: MealService) -> None:
    understood = await service.understand("a pupusa con frijoles")
    assert understood.questions == ()
    [portion] = understood.portions
    assert portion.food_uid == "36408"  # Restaurant, Latino, pupusas con frijoles


async def test_a_size_that_names_the_product_still_finds_it(service: MealService) -> None:
    understood = await service.understand("one big kat")
    assert understood.questions == ()
    assert [p.food_uid for p in understood.portions] == ["19250"]  # KIT KAT BIG KAT Bar
