"""Cocktails by their names and mixed drinks by their mixers, and the energy of every recipe
of the table worked out from SR24: each dish a plausible meal or drink."""

from __future__ import annotations

from functools import cache

import pytest

from healthbot.food.aliases import ALIASES
from healthbot.food.cocktails import MIXER, MIXERS, SHOT, SPIRITS, mixed_drinks
from healthbot.food.measures import match_measure
from healthbot.food.parser import ParsedItem, parse_meal
from healthbot.food.recipes import RECIPES, with_recipes
from healthbot.food.servings import usual_portion
from healthbot.food.table import FoodRecord, read_table
from healthbot.food.text import normalize
from healthbot.food.units import GRAMS_PER_UNIT, ML_PER_UNIT, Unit

MIN_DISH_KCAL = 1.0
MAX_DISH_KCAL = 1500.0


@cache
def foods() -> dict[str, FoodRecord]:
    return {food.uid: food for food in read_table().foods}


def kcal(item: ParsedItem) -> float:
    """An item's energy from the table: its alias's food, its amount by the food's measures
    (one counted by its own, else its usual portion; a volume without one at 1 g/ml, a mass
    exactly)."""
    uid = ALIASES.get(normalize(item.food)) or ALIASES[normalize(item.singular_food)]
    food = foods()[uid]
    if item.unit in GRAMS_PER_UNIT:
        one = GRAMS_PER_UNIT[item.unit]
    else:
        measures = tuple((m.amount, m.name, m.grams) for m in food.measures)
        found = match_measure(item.unit, item.size, measures, item.singular_food)
        if found is None and item.unit is None and measures:  # "2 sausages": as /log reads it
            found = usual_portion(measures, food.group)
        one = found if found is not None or item.unit is None else ML_PER_UNIT.get(item.unit)
    assert one is not None, (item, food.name)
    return item.quantity * one * (food.kcal or 0.0) / 100


@pytest.mark.parametrize("dish", sorted(RECIPES))
def test_every_recipe_has_the_energy_of_a_dish(dish: str) -> None:
    total = sum(kcal(item) for part in RECIPES[dish] for item in parse_meal(part))
    assert MIN_DISH_KCAL <= total <= MAX_DISH_KCAL, (dish, total)


def foods_of(text: str) -> list[tuple[float, Unit | None, str]]:
    items = with_recipes(mixed_drinks(parse_meal(text)))
    return [(item.quantity, item.unit, item.food) for item in items]


def test_a_cocktail_by_its_name_is_what_a_bar_pours_times_the_count() -> None:
    assert foods_of("3 cosmopolitans") == [
        (4.5, Unit.FL_OZ, "vodka"),
        (1.5, Unit.FL_OZ, "triple sec"),
        (3, Unit.FL_OZ, "cranberry juice"),
        (1.5, Unit.FL_OZ, "lime juice"),
    ]
    assert foods_of("a tom collins") == [
        (1.5, Unit.FL_OZ, "gin"),
        (1, Unit.FL_OZ, "lemon juice"),
        (2, Unit.TSP, "sugar"),
        (3, Unit.FL_OZ, "club soda"),
    ]


def test_a_cocktail_named_with_an_and_is_one_drink() -> None:
    assert [food for _, _, food in foods_of("a dark and stormy")] == ["rum", "ginger beer"]


def test_a_cocktail_name_is_read_before_it_is_mended() -> None:
    def mend(text: str) -> str:
        return text.replace("gimlet", "giblet")  # what a typo mender could make of it

    items = with_recipes(parse_meal("a gimlet"), mend)
    assert [item.food for item in items] == ["gin", "lime juice", "sugar"]


@pytest.mark.parametrize(
    ("text", "mixer"),
    [("a vodka red bull", "red bull"), ("rum and pineapple", "pineapple juice"),
     ("a tequila grapefruit", "grapefruit juice"), ("gin and ginger beer", "ginger beer")],
)  # fmt: skip
def test_a_spirit_with_a_soft_drink_or_juice_is_a_highball(text: str, mixer: str) -> None:
    [shot, poured] = mixed_drinks(parse_meal(text))
    assert (shot.quantity, poured.quantity, poured.food) == (SHOT, MIXER, mixer)


def test_every_spirit_and_mixer_is_a_common_name_and_plain_spirits_are_80_proof() -> None:
    assert all(spirit in ALIASES for spirit in SPIRITS)
    assert all(mixer in ALIASES for mixer in MIXERS.values())
    # gin as usually bottled, like vodka, rum and tequila: 80 proof (SR24's 231 kcal/100 g)
    assert foods()[ALIASES["gin"]].kcal == foods()[ALIASES["vodka"]].kcal


def test_a_highball_s_shot_and_mixer_are_labelled_as_a_recipe_s_parts() -> None:
    [shot, poured] = mixed_drinks(parse_meal("3 bourbon and gingers"))
    assert shot.span == "3 bourbon and gingers: 1.5 fl oz bourbon"
    assert poured.span == "3 bourbon and gingers: 4 fl oz ginger ale"
    assert (shot.quantity, poured.quantity) == (3 * SHOT, 3 * MIXER)
