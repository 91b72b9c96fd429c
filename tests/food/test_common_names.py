"""The common-names table: every alias names a packaged food in the form search looks it up,
and every default serving is an amount of that food a person could mean by one of it."""

from __future__ import annotations

from functools import cache

import pytest

from healthbot.food.aliases import ALIASES, SERVINGS
from healthbot.food.measures import match_measure
from healthbot.food.parser import parse_meal
from healthbot.food.servings import cooked_patty
from healthbot.food.table import FoodRecord, read_table
from healthbot.food.text import normalize
from healthbot.food.units import (
    GRAMS_PER_UNIT,
    ML_PER_UNIT,
    UNIT_ALIASES,
    Unit,
    grams_of,
)

MAX_SERVING_KCAL = 1500.0
NEARLY_NO_ENERGY = 5.0  # kcal per 100 g: coffee, tea, diet sodas, a serving may be under 1 kcal


@cache
def foods() -> dict[str, FoodRecord]:
    return {food.uid: food for food in read_table().foods}


def amount(text: str) -> tuple[float, Unit]:
    """A serving's "<number> <unit>", read with the units table."""
    number, _, unit = text.partition(" ")
    return float(number), UNIT_ALIASES[unit]


def grams(food: FoodRecord, quantity: float, unit: Unit) -> float:
    """Grams in a serving: exact for a mass; a volume through the food's own measures, else at
    1 g/ml; any other unit by the food's measure of it."""
    if unit in GRAMS_PER_UNIT:
        return quantity * GRAMS_PER_UNIT[unit]
    measures = tuple((m.amount, m.name, m.grams) for m in food.measures)
    one = match_measure(unit, None, measures)
    if one is None and unit in ML_PER_UNIT:
        one = ML_PER_UNIT[unit]
    assert one is not None, f"{food.name} has no measure for {unit}"
    return quantity * one


def test_there_are_at_least_400_names() -> None:
    assert len(ALIASES) >= 400


def test_every_alias_names_a_packaged_food() -> None:
    missing = {alias: uid for alias, uid in ALIASES.items() if uid not in foods()}
    assert missing == {}


def test_every_alias_is_a_normalised_query() -> None:
    for alias in ALIASES:
        assert alias == alias.strip(), alias
        assert alias == alias.lower(), alias
        assert "  " not in alias, alias
        assert normalize(alias) == alias, alias


@pytest.mark.parametrize(
    ("typed", "uid"),
    [
        ("Big Mac", "21237"),  # McDONALD'S, BIG MAC
        ("Chicken McNuggets", "21309"),  # McDONALD'S, Chicken McNUGGETS
        ("Wendy's chili", "21042"),  # Fast foods, chili con carne
        ("wendys frosty", "21248"),  # WENDY'S, Frosty Dairy Dessert
        ("Whopper", "21252"),  # BURGER KING, WHOPPER, no cheese
        ("General Tso's chicken", "36618"),  # Restaurant, Chinese, general tso's chicken
        ("M&M's", "19141"),  # M&M's Milk Chocolate Candies
        ("Reese's", "19150"),  # REESE'S Peanut Butter Cups
        ("2% milk", "01079"),  # Milk, reduced fat, fluid, 2% milkfat
        ("skim milk", "01085"),  # Milk, nonfat, fluid
        ("hazelnuts", "12120"),  # Nuts, hazelnuts or filberts (search's best is the oil)
        ("brazil nuts", "12078"),  # Nuts, brazilnuts, dried, unblanched
        ("Dr. Pepper", "14153"),  # Carbonated beverage, pepper-type
        ("7up", "14145"),  # Carbonated beverage, SPRITE, lemon-lime
        ("quinoa", "20137"),  # Quinoa, cooked
        ("couscous", "20029"),  # Couscous, cooked
        ("brown rice", "20037"),  # Rice, brown, long-grain, cooked
        ("chicken thigh", "05098"),  # Chicken, thigh, meat only, cooked, roasted
        ("pot roast", "13380"),  # Beef, chuck, under blade pot roast, cooked, braised
        ("salmon fillet", "15237"),  # Fish, salmon, Atlantic, farmed, cooked, dry heat
        ("tomato soup", "06559"),  # Soup, tomato, canned, prepared with equal volume water
        ("ham", "07029"),  # Ham, sliced, regular
        ("turkey", "07079"),  # Turkey breast meat (luncheon meat)
        ("yoghourt", "01116"),  # Yogurt, plain, whole milk
        ("mozarella", "01026"),  # Cheese, mozzarella, whole milk
    ],
)
def test_what_people_type_finds_the_food_a_dietitian_would_pick(typed: str, uid: str) -> None:
    assert ALIASES[normalize(typed)] == uid


def test_every_serving_is_an_alias_with_a_positive_amount_of_a_known_unit() -> None:
    for name, text in SERVINGS.items():
        assert name in ALIASES, name
        number, _, unit = text.partition(" ")
        assert unit in UNIT_ALIASES, (name, text)
        assert float(number) > 0, (name, text)
        [item] = parse_meal(f"{text} food")
        assert (item.quantity, item.unit) == amount(text), (name, text)


def test_one_serving_has_a_plausible_energy() -> None:
    for name, text in SERVINGS.items():
        food = foods()[ALIASES[name]]
        assert food.kcal is not None, name
        weight = grams(food, *amount(text))
        kcal = weight * food.kcal / 100
        assert weight > 0, (name, text)
        assert kcal <= MAX_SERVING_KCAL, (name, text, kcal)
        if food.kcal >= NEARLY_NO_ENERGY:
            assert kcal >= 1, (name, text, kcal)


def test_names_without_a_serving_have_a_plausible_energy_density() -> None:
    for name, uid in ALIASES.items():
        if name not in SERVINGS:
            kcal = foods()[uid].kcal
            assert kcal is not None, name
            assert 0 <= kcal <= 900, (name, kcal)


def test_milk_without_a_fat_level_is_two_percent() -> None:
    # The most drunk in the US; FNDDS's "Milk, NFS" is close to it.
    assert ALIASES["milk"] == ALIASES["2 milk"] == "01079"


def test_a_patty_named_by_its_raw_meat_is_the_patty_it_cooks_to() -> None:
    measures = [(1.0, "serving (3 oz)", 85.0), (1.0, "patty (yield from 1/4 lb raw meat)", 77.0)]
    quarter_pound = grams_of(0.25, Unit.LB) or 0.0
    assert cooked_patty(quarter_pound, measures) == 77.0
    assert cooked_patty(2 * quarter_pound, measures) == 154.0  # two quarter pounders' patties
    assert cooked_patty(100.0, measures) is None  # 100 g is a cooked weight
