"""/meals lists each saved meal's foods as the user typed them: the food table's names, joined,
read as one run of commas ("Egg, whole, raw, fresh, Bread, white, ..."); a dish's parts are
its one dish, and a scanned product is named, not its barcode's digits."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from healthbot.meals.saved import SavedMeal
from healthbot.meals.tap_replies import meals_reply
from healthbot.meals.texts import TEXTS


def item(typed: str, food_name: str, usda_id: str | None = "01123") -> dict[str, Any]:
    return {"typed": typed, "food_name": food_name, "usda_id": usda_id, "kcal": 100.0}


def test_meals_lists_the_foods_as_typed_a_dish_once_and_a_product_by_its_name() -> None:
    saved = SavedMeal(
        id=1,
        name="Usual breakfast",
        items=[
            item("2 eggs", "Egg, whole, raw, fresh"),
            item("toast", "Bread, white, commercially prepared, toasted", "18069"),
            item("a grande latte: espresso", "Beverages, coffee, brewed, espresso", "14209"),
            item("a grande latte: milk", "Milk, whole, 3.25% milkfat", "01077"),
            item("barcode 3017620422003", "Nutella (Ferrero)", "off:3017620422003"),
            item("300 kcal cookie", "", None),  # a quick add: no food of the table
        ],
        kcal=Decimal(700),
    )
    text, _ = meals_reply(TEXTS.of(None).shortcuts, [saved])
    row = text.splitlines()[1]
    assert row == (
        "• <b>Usual breakfast</b> · 700 kcal · 2 eggs, toast, a grande latte, Nutella (Ferrero),"
        " 300 kcal cookie"
    ), row
