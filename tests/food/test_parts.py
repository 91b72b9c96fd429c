"""A dish given with its parts is either the dish or its parts, never both."""

from __future__ import annotations

import pytest

from healthbot.food.parser import parse_meal
from healthbot.food.parts import with_parts
from healthbot.food.recipes import with_recipes
from healthbot.food.sentences import read_sentence
from healthbot.food.units import Unit


def _same(text: str) -> str:
    return text


def _read(said: str) -> list[tuple[float, Unit | None, str]]:
    items = with_recipes(with_parts(parse_meal(read_sentence(said).text), _same))
    return [(item.quantity, item.unit, item.food) for item in items]


@pytest.mark.parametrize(
    ("said", "items"),
    [
        ("chicken wrap: a large tortilla, 3 oz chicken and 1 cup lettuce",
         [(1.0, None, "tortilla"), (3.0, Unit.OZ, "chicken"), (1.0, Unit.CUP, "lettuce")]),
        ("beef stir fry with 4 oz beef, a cup of noodles and 1 tbsp soy sauce",
         [(4.0, Unit.OZ, "beef"), (1.0, Unit.CUP, "noodles"), (1.0, Unit.TBSP, "soy sauce")]),
        ("penne bolognese, 2 cups penne and a cup of meat sauce",
         [(2.0, Unit.CUP, "penne"), (1.0, Unit.CUP, "meat sauce")]),
        # an omelette's eggs are an omelette's
        ("mushroom omelette with 3 eggs and 1/2 cup mushrooms",
         [(3.0, None, "omelet eggs"), (0.5, Unit.CUP, "mushrooms")]),
        # a salad named by its leaves keeps them, as a side salad has them
        ("kale salad with 2 tbsp ranch and 1 oz goat cheese",
         [(2.0, Unit.CUP, "kale"), (2.0, Unit.TBSP, "ranch"), (1.0, Unit.OZ, "goat cheese")]),
    ],
)  # fmt: skip
def test_a_dish_before_parts_that_name_its_base_is_those_parts(
    said: str, items: list[tuple[float, Unit | None, str]]
) -> None:
    assert _read(said) == items


@pytest.mark.parametrize(
    "said",
    [
        "a burrito with 2 tbsp sour cream and 1/4 cup guacamole",  # extras, not its parts
        "a salad with 2 oz chicken and 2 tbsp dressing",  # no leaves named
        "chicken stir fry with extra sauce",  # one part, no amount
    ],
)
def test_a_dish_with_extras_that_are_not_its_base_stays(said: str) -> None:
    assert _read(said)[0][2] == parse_meal(read_sentence(said).text)[0].food


def test_a_food_named_again_with_an_amount_is_named_once() -> None:
    assert _read("pretzels and hummus, 20 pretzels and 3 tbsp hummus") == [
        (20.0, None, "pretzels"),
        (3.0, Unit.TBSP, "hummus"),
    ]
    # the fuller name of the two
    assert _read("pita chips and dip, an ounce of chips") == [
        (1.0, None, "dip"),
        (1.0, Unit.OZ, "pita chips"),
    ]
    # a food of another kind with a word in common is another food
    assert [food for _, _, food in _read("chicken salad, 3 oz chicken")] == [
        "chicken salad",
        "chicken",
    ]


def test_pieces_after_a_dish_are_its_pieces() -> None:
    assert _read("kfc original recipe, a drumstick and a wing, and a biscuit") == [
        (1.0, None, "kfc original recipe drumstick"),
        (1.0, None, "kfc original recipe wing"),
        (1.0, None, "biscuit"),
    ]
    assert _read("turkey and stuffing, 2 legs") == [
        (1.0, None, "stuffing"),
        (2.0, None, "turkey legs"),
    ]


def test_a_sandwich_named_by_its_fillings_is_bread_and_them() -> None:
    assert _read("a turkey and provolone sandwich on sourdough") == [
        (2.0, Unit.SLICE, "sourdough"),
        (2.0, Unit.OZ, "turkey"),
        (1.0, None, "provolone"),
    ]
    # its fillings named again with amounts are those
    assert _read("salami and swiss sandwich on rye, 3 slices salami and 2 slices swiss") == [
        (2.0, Unit.SLICE, "rye"),
        (3.0, Unit.SLICE, "salami"),
        (2.0, Unit.SLICE, "swiss"),
    ]


def test_a_dish_made_with_a_bread_of_its_parts_is_made_with_that_bread() -> None:
    assert _read("a blt made with 2 slices of sourdough, 4 slices bacon") == [
        (2.0, Unit.SLICE, "sourdough"),
        (4.0, Unit.SLICE, "bacon"),
        (1.0, Unit.LEAF, "lettuce"),
        (2.0, Unit.SLICE, "tomato"),
        (1.0, Unit.TBSP, "mayonnaise"),
    ]


def test_a_part_named_short_is_the_recipes_part() -> None:
    # "mayo" is short for the recipe's mayonnaise: one tablespoon, not two
    foods = [food for _, _, food in _read("a blt with 1 tbsp mayo")]
    assert foods.count("mayonnaise") + foods.count("mayo") == 1


@pytest.mark.parametrize(
    ("said", "food"),
    [
        ("2 slices of a thin n crispy veggie pizza", "thin and crispy veggie pizza"),
        ("biscuits and gravy", "biscuits and gravy"),
        ("a bag of cheese & onion crisps", "cheese and onion crisps"),
    ],
)
def test_a_dish_named_with_and_is_not_split(said: str, food: str) -> None:
    [item] = parse_meal(read_sentence(said).text)
    assert item.food == food


def test_a_salad_named_by_what_is_in_it_is_those_foods() -> None:
    assert [food for _, _, food in _read("a beet and carrot salad")] == ["beet", "carrot"]
    # a salad of another kind keeps its name
    assert [food for _, _, food in _read("a chicken and egg salad")] == ["chicken", "egg salad"]


@pytest.mark.parametrize(
    ("said", "items"),
    [
        # toast named, then the bread it was: that bread toasted
        ("beans on toast, half a tin of beans on 2 slices of sourdough",
         [(0.5, Unit.CAN, "beans"), (2.0, Unit.SLICE, "sourdough toast")]),
        ("toast, 1 slice of wholemeal", [(1.0, Unit.SLICE, "wholemeal toast")]),
        # eggs named, then how many and how they were cooked
        ("eggs on toast, 3 scrambled", [(1.0, None, "toast"), (3.0, None, "scrambled eggs")]),
    ],
)  # fmt: skip
def test_what_a_dish_named_was_made_of_said_after_it_is_that(
    said: str, items: list[tuple[float, Unit | None, str]]
) -> None:
    assert _read(said) == items
