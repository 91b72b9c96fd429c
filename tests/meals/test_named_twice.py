"""A food named again by another name right after it ("a cup of fried plantain (dodo)",
"an aubergine (eggplant)") is the same food once, not a second helping, nor a question."""

from __future__ import annotations

import pytest

from healthbot.meals.service import MealService


@pytest.mark.parametrize(
    "text",
    ["half a cup of garbanzo beans (chickpeas)", "a courgette (zucchini), grilled"],
)
async def test_a_food_named_again_in_brackets_is_logged_once(
    service: MealService, text: str
) -> None:
    understood = await service.understand(text)
    assert understood.questions == ()
    assert len(understood.portions) == 1


async def test_the_same_food_named_twice_with_amounts_is_two_helpings(
    service: MealService,
) -> None:
    understood = await service.understand("a banana and a banana")
    assert len(understood.portions) == 2


@pytest.mark.parametrize(
    ("text", "uid"),
    [
        ("a bowl of beef chili with kidney beans", "22904"),  # Chili con carne with beans
        ("a can of split pea soup with ham", "06451"),  # Soup, pea, split with ham
        ("a mug of malted milk drink made with whole milk", "14312"),  # prepared with milk
    ],
)
async def test_what_a_food_is_made_with_by_its_name_is_not_logged_again(
    service: MealService, text: str, uid: str
) -> None:
    # "split pea soup with ham" logged the soup (with its ham) and 28 g of ham besides
    understood = await service.understand(text)
    assert understood.questions == ()
    assert [p.food_uid for p in understood.portions] == [uid]


async def test_what_a_food_is_made_without_by_its_name_is_still_logged(
    service: MealService,
) -> None:
    # "Corn, ..., without salt": no salt in it, so the salt named with it is its own
    understood = await service.understand("a cup of boiled corn with salt")
    assert len(understood.portions) == 2
    understood = await service.understand("a bowl of chili with rice")
    assert len(understood.portions) == 2
