"""A food of FoodData Central as the catalog keeps it beside the packaged table's."""

from __future__ import annotations

from typing import Final

from healthbot.food.fdc import FdcFood
from healthbot.food.repository import Food

FDC_GROUP: Final = "FoodData Central"
"""The food group of every food fetched from FoodData Central (USDA's own groups differ)."""


def as_food(food: FdcFood) -> Food:
    """The fetched food as a `Food`, its energy and nutrients as FDC reports them."""
    return Food(
        uid=food.uid,
        name=food.name,
        food_group=FDC_GROUP,
        kcal=food.kcal,
        protein_g=food.protein_g,
        carbs_g=food.carbs_g,
        fat_g=food.fat_g,
        fiber_g=food.fiber_g,
        sugars_g=food.sugars_g,
        sodium_mg=food.sodium_mg,
    )
