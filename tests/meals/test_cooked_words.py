"""A food said cooked a way ("baked", "broiled", "sauteed") is SR24's entry cooked so: its
common name's when that is cooked so, else the same food's cooked entry, never the raw one
and no question; a common name that has the cooking word ("fried rice") stays itself."""

from __future__ import annotations

from healthbot.meals.service import MealService


async def one(service: MealService, text: str) -> tuple[str, str, float]:
    understood = await service.understand(text)
    assert understood.questions == (), understood.questions
    assert len(understood.portions) == 1, understood.portions
    portion = understood.portions[0]
    return portion.food_uid, portion.food_name, portion.grams


async def test_dry_heat_on_fish_is_its_cooked_dry_heat_entry(service: MealService) -> None:
    _, name, grams = await one(service, "4 oz broiled halibut")
    assert "dry heat" in name and grams == 113.4
    uid, _, _ = await one(service, "a baked haddock fillet")
    assert uid == "15034"  # "Fish, haddock, cooked, dry heat", by its fillet measure


async def test_the_common_names_food_cooked_the_way_said(service: MealService) -> None:
    # "chicken wing" is a wing with its skin (fried); roasted, it is the same cut roasted.
    _, name, _ = await one(service, "3 roasted chicken wings")
    assert name.endswith("wing, meat and skin, cooked, roasted"), name
    _, raw, _ = await one(service, "half a cup of onions")
    _, sauteed, _ = await one(service, "half a cup of sauteed onions")
    assert "raw" in raw and "sauteed" in sauteed
    _, steamed, _ = await one(service, "a cup of steamed carrots")
    assert "cooked" in steamed


async def test_a_common_name_with_a_cooking_word_is_kept(service: MealService) -> None:
    assert (await one(service, "a cup of fried rice"))[0] == "36602"
    assert (await one(service, "a cup of baked beans"))[0] == "16006"
