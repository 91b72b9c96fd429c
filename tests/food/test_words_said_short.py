"""Words people clip ("veg", "choc", "avo"), metric volumes of Europe's bottles and cans (cl,
dl), a plate of a dish, a milk said after "with" by a name without "milk", and names of
Britain's soft drinks and breads said by their flour."""

from __future__ import annotations

import pytest

from healthbot.food.aliases import ALIASES, SERVINGS, unclipped
from healthbot.food.measures import match_measure
from healthbot.food.parser import parse_meal
from healthbot.food.recipes import RECIPES
from healthbot.food.search import FoodSearch
from healthbot.food.servings import default_amount
from healthbot.food.units import ML_PER_UNIT, Unit


def test_a_clipped_word_is_spelt_out_and_a_whole_one_left() -> None:
    assert unclipped(["stir", "fried", "veg"]) == ["stir", "fried", "vegetables"]
    assert unclipped(["white", "choc", "cookie"]) == ["white", "chocolate", "cookie"]
    assert unclipped(["brown", "rice"]) is None


@pytest.mark.parametrize(
    ("said", "spelt"),
    [
        ("prawns and veg", "prawns and vegetables"),
        ("frozen veggies", "frozen vegetables"),
        ("steamed veg", "steamed vegetables"),
    ],
)
def test_a_common_name_said_with_a_clipped_word_is_that_name(
    food_search: FoodSearch, said: str, spelt: str
) -> None:
    found, full = food_search.alias(said), food_search.alias(spelt)
    assert found is not None and full is not None and found.uid == full.uid


def test_a_clipped_word_is_mended_unless_a_common_name_says_it(food_search: FoodSearch) -> None:
    assert food_search.mend("double choc muffin") == "double chocolate muffin"
    assert food_search.mend("veggie burger") == "veggie burger"  # a common name of its own


def items(text: str) -> list[tuple[float, Unit | None, str]]:
    return [(i.quantity, i.unit, i.food) for i in parse_meal(text)]


def test_centilitres_and_decilitres_are_volumes_typed_apart_or_not() -> None:
    assert items("a 33cl can of lilt") == [(33.0, Unit.CL, "lilt")]
    assert items("2 dl of buttermilk") == [(2.0, Unit.DL, "buttermilk")]
    assert ML_PER_UNIT[Unit.CL] * 50 == ML_PER_UNIT[Unit.L] / 2
    assert ML_PER_UNIT[Unit.DL] == 100.0


def test_a_bag_of_microwave_popcorn_is_no_snack_bag_of_an_ounce() -> None:
    popped = ((1.0, "cup", 11.0), (1.0, "oz", 28.35))  # SR24's oil-popped microwave popcorn
    assert match_measure(Unit.BAG, None, popped, "popcorn") == pytest.approx(28.35, abs=0.01)
    assert match_measure(Unit.BAG, None, popped, "microwave popcorn") is None  # a variant's


def test_a_plate_is_a_dish_s_serving_else_a_bowl_of_it() -> None:
    assert items("a plate of pancit") == [(1.0, Unit.PLATE, "pancit")]
    entree = ((1.0, "serving", 283.0), (1.0, "oz", 28.35))  # SR24's spaghetti with meat sauce
    assert match_measure(Unit.PLATE, None, entree) == 283.0
    rice = ((1.0, "cup", 158.0),)
    assert match_measure(Unit.PLATE, None, rice) == pytest.approx(1.5 * 158.0)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("black coffee with skimmed", (2.0, Unit.TBSP)),  # a splash of milk by its other name
        ("a cuppa with full fat", (2.0, Unit.TBSP)),
        ("tea with carnation", (1.0, Unit.TBSP)),  # a tin's milk: by the tablespoon
        ("nescafe with condensed milk", (1.0, Unit.TBSP)),
    ],
)
def test_a_milk_said_after_with_is_what_is_poured_in_a_drink(
    text: str, amount: tuple[float, Unit]
) -> None:
    *_, milk = parse_meal(text)
    assert default_amount(milk) == amount


def test_a_latte_said_after_with_is_a_drink_of_its_own() -> None:
    *_, latte = parse_meal("a muffin with a latte")
    assert default_amount(latte) != (2.0, Unit.TBSP)


def test_a_kopitiam_drink_has_two_tablespoons_of_milk() -> None:
    assert "2 tbsp evaporated milk" in RECIPES["teh c"]
    assert "2 tbsp sweetened condensed milk" in RECIPES["kopi peng"]


@pytest.mark.parametrize(
    ("said", "uid"),
    [
        ("irn bru", "14150"),  # an orange-coloured soda
        ("club orange", "14150"),
        ("lucozade sport", "14382"),  # a sports drink
        ("vimto", "14264"),  # a fruit drink
        ("granary", "18035"),  # a multigrain loaf
        ("wholewheat", "18075"),
        ("mixed veg", "11584"),
        ("popcorn", "19034"),  # by the cup, the plain air-popped kind
        ("microwave popcorn", "19035"),
        ("spaghetti meat sauce", "22401"),
    ],
)
def test_a_name_said_in_britain_or_by_its_flour_is_its_sr24_food(said: str, uid: str) -> None:
    assert ALIASES[said] == uid


def test_a_soft_drink_named_alone_is_its_can_or_bottle() -> None:
    [can] = parse_meal("an irn bru")
    assert default_amount(can) == (330.0, Unit.ML)
    assert SERVINGS["lucozade"] == "380 ml"
