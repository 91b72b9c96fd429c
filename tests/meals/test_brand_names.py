"""Branded products named as people write them are logged without a question: SR24 writes
their brand in capitals ("KELLOGG'S POP TARTS", "STOUFFER'S LEAN CUISINE")."""

from __future__ import annotations

from healthbot.meals.service import MealService


async def uids(service: MealService, text: str) -> list[tuple[str, float]]:
    understood = await service.understand(text)
    assert understood.questions == (), understood.questions
    return [(p.food_uid, p.grams) for p in understood.portions]


async def test_a_product_by_its_brand_words(service: MealService) -> None:
    [(uid, grams)] = await uids(service, "2 frosted cherry poptarts")
    assert uid == "18481" and grams == 104  # two pastries of 52 g
    [(uid, _)] = await uids(service, "lean cuisine swedish meatballs")
    assert uid == "22573"


async def test_a_size_word_that_is_the_products_name(service: MealService) -> None:
    # "big" reads as a size, but "KIT KAT BIG KAT Bar" is named by it.
    [(uid, grams)] = await uids(service, "2 big kat bars")
    assert uid == "19250" and grams == 110


async def test_generic_names_stay_generic(service: MealService) -> None:
    # Soups in capitals ("Soup, CAMPBELL'S Chicken Noodle") share these words with the plain.
    understood = await service.understand("a bowl of chicken noodle soup")
    assert understood.portions and understood.questions == ()
    assert not any(word.isupper() for word in understood.portions[0].food_name.split())
