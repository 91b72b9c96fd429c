"""What goes with a food without an amount said: by what it goes with, and on each of several."""

from __future__ import annotations

from healthbot.food.pairings import (
    BAKED,
    CEREALS,
    DAIRY,
    FRUITS,
    GRAINS,
    VEGETABLES,
    fruit_topping,
    paired,
)
from healthbot.food.parser import ParsedItem, parse_meal


def pair(text: str, group: str) -> ParsedItem:
    base, item = parse_meal(text)
    return paired(item, base, group)


def test_a_pair_eaten_otherwise_than_its_topping_has_its_own_amount() -> None:
    milk = pair("granola with milk", CEREALS)
    assert (milk.quantity, milk.unit, milk.food) == (0.5, "cup", "milk")
    cream = pair("peaches and cream", FRUITS)
    assert (cream.quantity, cream.unit, cream.food) == (2, "tbsp", "heavy cream")
    butter = pair("green beans with butter", VEGETABLES)
    assert (butter.quantity, butter.unit, butter.food) == (1, "tsp", "butter")
    # Butter on toast is a pat; on pasta a tablespoon for the dish, not one per cup.
    on_toast = pair("rye toast with butter", BAKED)
    assert (on_toast.quantity, on_toast.unit) == (1, "pat")
    on_pasta = pair("3 cups of penne with butter", GRAINS)
    assert (on_pasta.quantity, on_pasta.unit) == (1, "tbsp")
    # Milk in coffee is no cereal's: the topping's splash (`servings.TOPPINGS`) stays.
    assert not pair("coffee with milk", "Beverages").quantity_typed


def test_a_topping_goes_on_each_serving_of_several() -> None:
    gravy = pair("2 cups of mashed potatoes with gravy", "Vegetables and Vegetable Products")
    assert (gravy.quantity, gravy.unit, gravy.quantity_typed) == (2, None, False)
    assert pair("6 bowls of rice with soy sauce", "Cereal Grains and Pasta").quantity == 4
    # Pieces counted are one serving ("3 waffles with syrup": one stack), a weight too.
    assert pair("3 waffles with syrup", "Baked Products").quantity == 1
    assert pair("8 oz steak with butter", "Beef Products").quantity == 1
    assert pair("2 cups of rice with chicken", "Cereal Grains and Pasta").quantity == 1


def test_fruit_on_a_cereal_or_a_yogurt_is_half_a_cup() -> None:
    granola, raspberries = parse_meal("yogurt with raspberries")
    half = fruit_topping(raspberries, DAIRY, FRUITS)
    assert half is not None
    assert (half.quantity, half.unit, half.food) == (0.5, "cup", "raspberries")
    assert fruit_topping(raspberries, "Baked Products", FRUITS) is None  # a pie's fruit
    assert fruit_topping(granola, DAIRY, DAIRY) is None
