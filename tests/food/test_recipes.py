"""Recipes: every dish's items are common names the table resolves, read as /log reads them."""

from __future__ import annotations

import pytest

from healthbot.food.aliases import ALIASES
from healthbot.food.parser import parse_meal
from healthbot.food.recipes import BREAD, BREADS, RECIPES, filled, recipe, with_recipes
from healthbot.food.text import normalize


@pytest.mark.parametrize("dish", sorted(RECIPES))
def test_each_item_of_a_recipe_is_an_amount_of_a_common_name(dish: str) -> None:
    assert normalize(dish) == dish
    for part in RECIPES[dish]:
        [item] = parse_meal(part)
        assert item.quantity_typed, part
        assert normalize(item.food) in ALIASES or normalize(item.singular_food) in ALIASES, part


def test_each_bread_a_dish_is_on_is_a_common_name() -> None:
    assert BREAD in ALIASES
    assert all(food in ALIASES for food in BREADS.values())


def test_a_dish_is_found_by_its_name_as_typed() -> None:
    assert recipe("BLTs") == RECIPES["blt"]
    assert recipe("PB&J") == RECIPES["pb j"]
    assert recipe("grilled cheese sandwich with soup") is None


@pytest.mark.parametrize("dish", sorted(d for d in RECIPES if d.endswith(("sandwich", "roll"))))
def test_a_dish_is_found_in_the_plural(dish: str) -> None:
    # "2 cheese sandwiches" was 13 g of peanut-butter cheese crackers: "sandwiches" lost only
    # its "s" ("sandwiche") and no dish was found
    plural = dish + ("es" if dish.endswith("ch") else "s")
    assert recipe(plural) == RECIPES[dish]


def test_a_counted_plural_dish_is_its_recipe_times_the_count() -> None:
    bread, cheese = with_recipes(parse_meal("2 cheese sandwiches"))
    assert (bread.quantity, bread.unit, cheese.quantity, cheese.unit) == (4, "slice", 4, "slice")
    assert "cheddar" in cheese.food


def test_fillings_on_a_bread_make_a_sandwich_of_two_slices_and_a_deli_serving() -> None:
    bread, ham, cheddar = filled(parse_meal("ham, cheddar, sourdough"))
    assert (bread.quantity, bread.unit, bread.food) == (2, "slice", "sourdough")
    assert (ham.quantity, ham.unit) == (2, "oz")
    assert not cheddar.quantity_typed  # a cheese keeps its own amount, a slice
    # A bread under what is no filling stays as typed ("eggs on toast").
    assert [item.quantity_typed for item in filled(parse_meal("eggs, toast"))] == [False, False]


def test_a_dish_name_is_read_as_mend_leaves_it() -> None:
    mended = with_recipes(
        parse_meal("a grilld cheese"), lambda food: food.replace("grilld", "grilled")
    )
    assert [item.food for item in mended] == [
        item.food for item in with_recipes(parse_meal("a grilled cheese"))
    ]


def amounts(text: str) -> list[tuple[float, str | None, str]]:
    return [(item.quantity, item.unit, item.food) for item in with_recipes(parse_meal(text))]


def test_an_amount_named_after_a_dish_is_its_items_own() -> None:
    assert amounts("a cheese omelet with 4 eggs") == [
        (4, None, "omelet eggs"),
        (1, "oz", "cheddar"),
    ]
    assert amounts("egg white omelette, 5 whites") == [(5, None, "egg whites")]
    # Another food named after a dish is an item of its own.
    assert amounts("a blt with 2 eggs")[-1] == (2, None, "eggs")


def test_a_dish_whose_name_holds_an_and_is_one_dish() -> None:
    assert [food for _, _, food in amounts("a ham and cheese omelet")] == [
        "omelet eggs",
        "ham",
        "cheddar",
    ]
    assert [food for _, _, food in amounts("ham and cheese")] == ["ham", "cheese"]


def test_a_deli_breakfast_sandwich_is_on_a_roll_whatever_its_ands() -> None:
    foods = [food for _, _, food in amounts("2 bacon egg and cheese")]
    assert foods == ["kaiser roll", "bacon", "fried egg", "american cheese"]
    assert amounts("2 bacon egg and cheese")[1] == (4, "slice", "bacon")  # two sandwiches
    assert [food for _, _, food in amounts("avocado toast")] == ["toast", "avocado"]


def test_a_bread_named_after_a_recipes_restated_part_is_its_bread() -> None:
    from healthbot.food.parser import parse_meal
    from healthbot.food.recipes import with_recipes

    read = with_recipes(parse_meal("an egg sandwich, 2 eggs, sourdough"))
    foods = [item.food for item in read]
    assert "sourdough" in foods and "bread" not in foods
    assert len(read) == 2


def test_a_hot_dog_is_a_frankfurter_in_its_bun_however_the_bun_is_said() -> None:
    # a hot dog was the fast-food entry where diaries count the frankfurter and the bun, and
    # "hot dogs with buns" added two buns to that entry's own
    foods = [(item.quantity, item.food) for item in with_recipes(parse_meal("3 hot dogs"))]
    assert foods == [(3.0, "frankfurter"), (3.0, "hot dog bun")]
    assert recipe("hot dogs in their buns") == recipe("hotdog") == RECIPES["hot dog"]
    said = with_recipes(parse_meal("a hot dog with a bun and relish"))
    assert [item.food for item in said] == ["frankfurter", "hot dog bun", "relish"]


def test_a_dish_without_a_bun_of_its_own_is_not_found_by_one() -> None:
    assert recipe("blt on a bun") is None


def foods(text: str) -> list[str]:
    return [item.food for item in with_recipes(parse_meal(text))]


@pytest.mark.parametrize(
    ("said", "left"),
    [
        # the bun was committed, named on the card: "a hot dog without bun: 1 hot dog bun"
        ("a hot dog, no bun", ["frankfurter"]),
        ("a hot dog without the bun", ["frankfurter"]),
        ("2 hot dogs with no buns", ["frankfurter"]),
        ("a caesar salad without croutons", ["romaine", "parmesan", "caesar dressing"]),
        ("a caesar salad, no dressing", ["romaine", "parmesan", "croutons"]),
        ("a blt, hold the mayo", ["bread", "bacon", "lettuce", "tomato"]),  # its common name
    ],
)
def test_a_dish_said_without_a_part_is_its_recipe_but_that_part(said: str, left: list[str]) -> None:
    assert foods(said) == left


def test_a_dish_said_without_what_it_has_not_is_the_dish() -> None:
    assert foods("a blt, no pickles")[:5] == ["bread", "bacon", "lettuce", "tomato", "mayonnaise"]
    assert foods("a hot dog, no mustard") == ["frankfurter", "hot dog bun", "no mustard"]
