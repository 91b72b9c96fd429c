"""Everyday names by family, as people type them in India, Ireland, Britain, South Africa,
Singapore and Malaysia, Australia and New Zealand, Nigeria and Ghana, the Caribbean and the
Philippines: crisps and snacks, spreads, spirits and beers, tea and coffee orders, and the
vessels a drink or a dish is measured by. Each names a food of the table and an amount."""

from __future__ import annotations

import pytest

from healthbot.food.aliases import ALIASES, SERVINGS
from healthbot.food.parser import parse_meal
from healthbot.food.recipes import with_recipes
from healthbot.food.search import FoodSearch
from healthbot.food.units import Unit


@pytest.mark.parametrize(
    ("said", "uid"),
    [("hunky dorys", "19411"), ("nik naks", "19008"), ("cheezels", "19008"),
     ("kurkure", "19008"), ("piattos", "19411"), ("mini cheddars", "18214"),
     ("blue band", "04613"), ("flora", "04613"), ("rama", "04613"), ("flora light", "04128"),
     ("kerrygold", "01001"), ("lurpak spreadable", "04585"),
     ("royal stag", "14052"), ("officers choice", "14052"), ("tullamore dew", "14052"),
     ("old monk", "14050"), ("tanduay", "14050"), ("wray and nephew", "14533"),
     ("magic moments", "14051"), ("klipdrift", "14037"), ("amarula", "14415"),
     ("salabat", "14381"), ("kapeng barako", "14209"), ("cocoa tea", "01105")],
)  # fmt: skip
async def test_a_name_of_the_family_finds_its_food_first(
    food_search: FoodSearch, said: str, uid: str
) -> None:
    [found] = await food_search.search(said, limit=1)
    assert found.uid == uid


def test_a_spirit_by_its_brand_is_a_shot_and_a_dumpy_its_bottle() -> None:
    for brand in ("royal stag", "old monk", "klipdrift", "tanduay", "appleton"):
        assert SERVINGS[brand] == "1.5 fl oz", brand
    assert ALIASES["dumpy"] == ALIASES["beer"] and SERVINGS["dumpy"] == "340 ml"


@pytest.mark.parametrize(
    ("said", "kind"),
    [("a packet of tayto crisps", "19411"), ("castle lite beer", "14006"),
     ("flora margarine", "04613"), ("kerrygold butter", "01001"),
     ("royal stag whisky", "14052")],
)  # fmt: skip
async def test_a_brand_followed_by_its_kind_is_the_brand(
    food_search: FoodSearch, said: str, kind: str
) -> None:
    [found] = await food_search.search(said.removeprefix("a packet of "), limit=1)
    assert found.uid == kind


async def test_a_kind_in_another_state_than_the_name_before_it_is_no_restatement(
    food_search: FoodSearch,
) -> None:
    # porridge is cooked oats; "porridge oats" are the dry oats sold to make it
    assert food_search.alias("porridge") is not None
    found = food_search.alias("porridge oats")
    assert found is None or found.uid != ALIASES["porridge"]


@pytest.mark.parametrize(
    ("said", "ml"),
    [("2 large pegs of royal stag", 120.0), ("a peg of old monk", 60.0),
     ("a small peg of whisky", 30.0), ("a tot of klipdrift", 25.0),
     ("a wee dram of whisky", 25.0), ("a naggin of vodka", 200.0),
     ("2 dumpies of castle lite", 680.0)],
)  # fmt: skip
def test_a_drink_s_vessel_by_its_local_name_holds_its_millilitres(said: str, ml: float) -> None:
    [item] = parse_meal(said)
    assert (item.quantity, item.unit) == (pytest.approx(ml), Unit.ML)


def test_a_katori_is_half_a_cup_of_whatever_it_holds() -> None:
    [curd] = parse_meal("a katori of curd")
    [rice] = parse_meal("2 katoris of rice")
    assert curd.unit == rice.unit == Unit.ML
    assert curd.quantity == pytest.approx(118.3, abs=0.1)
    assert rice.quantity == pytest.approx(2 * curd.quantity)


@pytest.mark.parametrize(
    ("order", "sweetened"),
    [("kopi c siew dai", (2.0, "tbsp", "evaporated milk", 1.0, "tsp", "sugar")),
     ("kopi c ga dai", (2.0, "tbsp", "evaporated milk", 3.0, "tsp", "sugar")),
     ("teh o siew dai", (1.0, "tsp", "sugar")),
     ("kopi siew dai", (1.0, "tbsp", "sweetened condensed milk"))],
)  # fmt: skip
def test_the_kopitiam_s_less_and_more_sugar_change_only_the_sweetening(
    order: str, sweetened: tuple[object, ...]
) -> None:
    drink, *rest = with_recipes(parse_meal(order))
    assert (drink.quantity, drink.unit) == (6.0, Unit.FL_OZ)
    assert tuple(x for item in rest for x in (item.quantity, item.unit, item.food)) == sweetened


def test_the_deli_s_meat_and_cheese_sandwich_is_one_dish_not_two_items() -> None:
    foods = [item.food for item in with_recipes(parse_meal("turkey and swiss sandwich"))]
    assert foods == ["bread", "deli turkey", "swiss cheese"]
