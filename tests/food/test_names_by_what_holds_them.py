"""Names that carry what a food comes in or is made of: South Africa's beer quart, Britain's
yoghurt pot and fig rolls, crusty bread by the slice, an omelette named by its style or by an
article before its eggs."""

from __future__ import annotations

import pytest

from healthbot.food.aliases import ALIASES, SERVINGS
from healthbot.food.parser import parse_meal
from healthbot.food.recipes import with_recipes


def dish(text: str) -> list[tuple[float, str | None, str]]:
    return [(i.quantity, i.unit, i.food) for i in with_recipes(parse_meal(text))]


@pytest.mark.parametrize("quart", ["castle quart", "black label quart", "hansa quart"])
def test_a_south_african_quart_is_the_750_ml_bottle_of_beer(quart: str) -> None:
    assert ALIASES[quart] == ALIASES["beer"]
    assert SERVINGS[quart] == "750 ml"


def test_a_yoghurt_pot_is_the_125_g_pot_and_a_fruit_yogurt_alone_the_us_cup() -> None:
    assert ALIASES["raspberry yogurt pot"] == ALIASES["fruit yogurt"]
    assert SERVINGS["raspberry yogurt pot"] == "125 g"
    assert SERVINGS["fruit yogurt"] == "6 oz"


def test_fig_rolls_are_fig_bars_one_biscuit_each_and_crusty_bread_a_french_loaf() -> None:
    assert ALIASES["fig rolls"] == ALIASES["fig newton"]
    assert SERVINGS["fig biscuit"] == SERVINGS["fig newton"]
    assert ALIASES["crusty loaf"] == ALIASES["baguette"]
    assert ALIASES["crusty rolls"] == ALIASES["kaiser roll"]


def test_cottage_cheese_of_no_stated_fat_is_the_creamed_kind() -> None:
    assert ALIASES["cottage cheese"] == "01012"


def test_a_masala_omelette_is_two_eggs_with_onion() -> None:
    assert dish("a masala omelet") == [(2, None, "omelet eggs"), (2, "tbsp", "onion")]


@pytest.mark.parametrize(
    ("said", "whites"),
    [
        ("an egg white scramble", 3),  # the article says one dish, not one white
        ("one egg white omelet", 3),
        ("2 egg white scrambles", 6),
        ("4 egg white scramble", 4),  # the number before "egg" counts them
    ],
)
def test_an_egg_white_dish_counts_its_whites_only_when_a_number_is_said_before_egg(
    said: str, whites: float
) -> None:
    assert dish(said) == [(whites, None, "egg whites")]


@pytest.mark.parametrize(
    ("slang", "serving"),
    [("coldies", "375 ml"), ("brewskis", "12 fl oz"), ("jug of beer", "1140 ml")],
)
def test_a_beer_by_its_slang_is_beer_in_the_vessel_the_word_means(slang: str, serving: str) -> None:
    assert ALIASES[slang] == ALIASES["beer"]
    assert SERVINGS[slang] == serving


@pytest.mark.parametrize(
    ("said", "same_as", "serving"),
    [("kd", "kraft dinner", "200 g"), ("rusks", "ouma rusks", "35 g"),
     ("samoosas", "samosas", "40 g"), ("montreal bagel", "bagel", None)],
)  # fmt: skip
def test_canada_s_and_south_africa_s_names_are_the_food_as_they_sell_it(
    said: str, same_as: str, serving: str | None
) -> None:
    assert ALIASES[said] == ALIASES[same_as]
    assert SERVINGS.get(said) == serving
