"""A cooked food of a size it has no measure for, weighed by its raw entry's sizes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from healthbot.food.cookery import COOKED_WORDS, cooked_name
from healthbot.food.measures import by_size
from healthbot.food.repository import Food
from healthbot.food.search import FoodSearch
from healthbot.food.text import words_of
from healthbot.food.units import Size


class Measured(Protocol):
    """What `sized_as_raw` asks of the food catalog (`healthbot.meals.foods`)."""

    async def ready(self) -> FoodSearch:
        """The food search, once loaded."""
        ...

    async def measures(self, uid: str) -> tuple[tuple[float, str, float], ...]:
        """A food's household measures as (amount, name, grams)."""
        ...


async def sized_as_raw(
    foods: Measured, food: Food, measures: Sequence[tuple[float, str, float]], size: Size
) -> float | None:
    """Grams in one of a cooked food of a size it has no measure for, from its raw entry's
    sizes: its own sized measure times the raw one's ratio of the two sizes ("Egg, whole,
    cooked, hard-boiled" has "large", 50 g; raw, medium is 44 g of large's 50); None if it
    is not cooked, has no one sized measure, or its raw entry lacks either size."""
    own = by_size(measures)
    if len(own) != 1 or not cooked_name(food.name):
        return None
    [(have, grams)] = own.items()
    raw_words = [w for w in words_of(food.name) if w not in COOKED_WORDS]
    matches = await (await foods.ready()).search(" ".join([*raw_words, "raw"]), 1)
    if not matches or "raw" not in words_of(matches[0].name):
        return None
    raw = by_size(await foods.measures(matches[0].uid))
    if size.value not in raw or have not in raw:
        return None
    return grams * raw[size.value] / raw[have]
