"""Everyday names of Britain, Ireland, Australia, New Zealand, Canada, India, South Africa and
Singapore: each the SR24 food the same thing is named by in the US, by the amount one of it
is (a biscuit of the tin, a flatbread, a pie), or a dish of the table's foods; drinks by their
make, their glass and their strength."""

from __future__ import annotations

from functools import cache

import pytest

from healthbot.food.aliases import ALIASES, MILK_NAMES, SERVINGS
from healthbot.food.cocktails import MIXER, SHOT, SPIRITS, mixed_drinks
from healthbot.food.coffee_menu import NAMED_MILKS
from healthbot.food.drinks import wine_glass
from healthbot.food.parser import parse_meal
from healthbot.food.recipes import with_recipes
from healthbot.food.servings import TOPPINGS
from healthbot.food.table import FoodRecord, read_table
from healthbot.food.units import ML_PER_UNIT, Size, Unit


@cache
def foods() -> dict[str, FoodRecord]:
    return {food.uid: food for food in read_table().foods}


@pytest.mark.parametrize(
    ("said", "american"),
    [
        ("semi skimmed milk", "2% milk"),  # 1.7% fat: nearest 2% by energy
        ("lite milk", "2% milk"),  # Australia's 1.4% with milk solids
        ("skimmed milk", "skim milk"),
        ("full cream milk", "whole milk"),
        ("homo milk", "whole milk"),  # Canada's homogenized, 3.25%
        ("hot chips", "french fries"),
        ("slap chips", "french fries"),
        ("walkers", "potato chips"),
        ("rajma", "kidney beans"),
        ("chole", "chickpeas"),
        ("curd", "yogurt"),
        ("egg bhurji", "scrambled egg"),
        ("kumara", "sweet potato"),
        ("rockmelon", "cantaloupe"),
        ("snags", "sausage"),
        ("bee hoon", "rice noodles"),
        ("nasi goreng", "fried rice"),
        ("chicken tikka", "chicken breast"),  # boneless pieces, grilled
        ("soya milk", "soy milk"),
        ("timbits", "donut"),
        ("hoagie", "sub"),
    ],
)
def test_a_name_said_elsewhere_is_the_food_the_us_name_is(said: str, american: str) -> None:
    assert ALIASES[said] == ALIASES[american.replace("%", "")]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("roti", "Tortillas"),  # a whole-wheat flatbread of like energy (about 300 kcal/100 g)
        ("paratha", "Tortillas"),
        ("naan", "Bread, pita"),
        ("paneer", "Cheese, white, queso blanco"),  # a fresh acid-set cheese
        ("pap", "Cereals, corn grits"),
        ("ugali", "Cereals, corn grits"),
        ("maggi", "Soup, ramen noodle"),
        ("tim tam", "Cookies, chocolate sandwich"),
        ("hobnob", "Cookies, oatmeal"),
        ("hot cross bun", "Bread, raisin"),
        ("meat pie", "Beef Pot Pie"),
        ("milk tart", "Pie, egg custard"),
        ("bannock", "Frybread"),
        ("rooibos", "Tea, herb"),
        ("philly cheesesteak", "Sandwiches and burgers, steak sandwich"),  # no veggie burger
        ("tostones", "Plantains, green, fried"),
        ("sweet potato pie", "Pie, pumpkin"),  # the same spiced custard pie
    ],
)
def test_a_food_sr24_has_no_name_for_is_its_closest_kind(name: str, kind: str) -> None:
    assert foods()[ALIASES[name]].name.startswith(kind)


@pytest.mark.parametrize(
    ("name", "low", "high"),
    [
        ("tim tam", 80, 100),  # Arnott's: 95 kcal a biscuit
        ("rich tea", 30, 45),  # McVitie's: 38
        ("hobnob", 55, 75),  # McVitie's: 67
        ("roti", 100, 150),  # a 40-49 g chapati (49 g: 7-8 inch, as SR24 measures a tortilla)
        ("naan", 220, 290),  # a restaurant naan, 90 g
        ("samosa", 250, 330),  # a 100 g samosa
        ("maggi", 280, 330),  # a 70 g block: 310
        ("schooner", 170, 200),  # 425 ml of beer
        ("hard seltzer", 90, 110),  # a 12 fl oz can: 100
        ("double vodka", 180, 210),  # two US shots
        ("ouma rusk", 130, 160),  # a 35 g South African rusk, not a 10 g teething rusk
        ("tallboy", 190, 215),  # a 16 fl oz can
    ],
)
def test_one_of_it_is_the_serving_a_label_or_a_bar_gives(
    name: str, low: float, high: float
) -> None:
    food = foods()[ALIASES[name]]
    number, _, unit = SERVINGS[name].partition(" ")
    if unit == "g":
        grams = float(number)
    else:
        per_fl_oz = next(m.grams for m in food.measures if m.name in {"fl oz", "fluid ounce"})
        grams = float(number) * per_fl_oz * ML_PER_UNIT[Unit(unit)] / ML_PER_UNIT[Unit.FL_OZ]
    assert low <= grams * (food.kcal or 0) / 100 <= high


def test_hard_seltzer_is_a_drink_not_a_hard_candy_and_cider_is_like_beer() -> None:
    assert foods()[ALIASES["hard seltzer"]].name == "Alcoholic beverage, beer, light"
    assert ALIASES["white claw"] == ALIASES["light beer"]
    assert ALIASES["strongbow"] == ALIASES["cider"] == ALIASES["beer"]


def test_every_name_of_the_table_has_the_energy_of_its_food() -> None:
    assert [name for name, uid in ALIASES.items() if foods()[uid].kcal is None] == []


def dish(text: str) -> list[tuple[float, str | None, str]]:
    return [(i.quantity, i.unit, i.food) for i in with_recipes(parse_meal(text))]


def test_a_cooked_breakfast_is_its_plate_and_a_kopi_its_cup() -> None:
    assert [food for _, _, food in dish("a full english")] == [
        "back bacon", "sausages", "fried egg", "baked beans", "grilled tomato", "toast",
    ]  # fmt: skip
    assert dish("2 kopi") == [(12, "fl oz", "coffee"), (4, "tbsp", "sweetened condensed milk")]


def test_a_curry_house_dish_is_its_meat_its_sauce_and_its_fat() -> None:
    assert [food for _, _, food in dish("chicken tikka masala")] == [
        "chicken breast", "tomato sauce", "heavy cream", "vegetable oil",
    ]  # fmt: skip
    assert dish("3 idli") == [(120, "g", "rice")]  # a steamed rice cake each, by its weight
    assert dish("2 street tacos") == [
        (4, None, "corn tortillas"), (4, "oz", "carne asada"), (2, "tbsp", "onion"),
    ]  # fmt: skip


def test_a_glass_of_wine_with_a_size_is_the_glass_a_bar_pours_by_that_name() -> None:
    red, milk = "Alcoholic beverage, wine, table, red", "Milk, whole, 3.25% milkfat"
    wine = [(1.0, "fl oz", 29.4), (1.0, "serving 5 fl oz", 147.0)]
    assert wine_glass(Unit.GLASS, Size.LARGE, red, wine) == pytest.approx(250 / 29.5735 * 29.4)
    assert wine_glass(Unit.GLASS, Size.SMALL, red, wine) == pytest.approx(125 / 29.5735 * 29.4)
    assert wine_glass(Unit.GLASS, None, red, wine) is None  # the 5 fl oz serving stays
    assert wine_glass(Unit.GLASS, Size.LARGE, milk, [(1.0, "cup", 244.0)]) is None


def test_a_spirit_by_its_make_with_a_mixer_is_a_drink_of_a_shot_and_a_highball() -> None:
    assert {"jameson", "captain morgan", "smirnoff"} <= SPIRITS
    assert "double vodka" not in SPIRITS
    items = mixed_drinks(parse_meal("a captain morgan and coke"))
    assert [(i.quantity, i.unit, i.food) for i in items] == [
        (SHOT, Unit.FL_OZ, "captain morgan"),
        (MIXER, Unit.FL_OZ, "coke"),
    ]


def test_a_milk_by_any_of_its_names_is_a_drink_s_milk_and_a_splash_in_tea() -> None:
    assert {"semi skimmed milk", "full cream milk", "homo milk"} <= set(MILK_NAMES)
    assert "flat white" not in MILK_NAMES  # a drink made with milk is no milk
    assert NAMED_MILKS["full cream milk"] == "full cream milk"
    assert TOPPINGS["semi skimmed milk"] == "2 tbsp"
