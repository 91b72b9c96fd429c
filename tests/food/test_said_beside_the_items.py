"""What a sentence says beside its items and what only qualifies them: a volume or a weight
typed after a food ("3 lagers 440ml"), a vessel after a drink ("a Stella pint"), a size after
a bar ("a twix king size bar"), what the writer did before eating ("played a round of golf and
had ..."), a smoothie its contents were put in, and words said after an item that describe it
("a burger, just cheese") or a drink it went into ("coffee with milk, no sugar")."""

from __future__ import annotations

import pytest

from healthbot.food.item import parse_item
from healthbot.food.parser import parse_meal
from healthbot.food.parts import with_parts
from healthbot.food.quantities import trailing_size
from healthbot.food.sentences import read_sentence
from healthbot.food.splitting import split_items, topped_spans
from healthbot.food.units import Size, Unit


def _items(text: str) -> list[tuple[float, Unit | None, str]]:
    return [(item.quantity, item.unit, item.food) for item in parse_meal(read_sentence(text).text)]


@pytest.mark.parametrize(
    ("said", "amount"),
    [
        ("3 lagers 440ml", (1320.0, Unit.ML, "lagers")),  # each can's volume
        ("a ginger beer 330 ml", (330.0, Unit.ML, "ginger beer")),
        ("a bottle of cider 500ml", (500.0, Unit.ML, "cider")),  # the bottle's size
        ("a mug of cocoa 10 oz", (10.0, Unit.FL_OZ, "cocoa")),  # a mug holds fluid ounces
        ("2 salmon fillets 250g", (250.0, Unit.G, "salmon fillets")),  # a weight is the lot's
        ("3 slices of ham 45 g", (45.0, Unit.G, "ham")),
    ],
)
def test_an_amount_after_a_food_is_how_much_of_it(
    said: str, amount: tuple[float, Unit, str]
) -> None:
    item = parse_item(said)
    assert item is not None
    assert (item.quantity, item.unit, item.food) == amount


@pytest.mark.parametrize(
    ("said", "amount"),
    [
        ("a VB stubby", (375.0, Unit.ML, "vb")),
        ("a Miller quart", (946.353, Unit.ML, "miller")),
        ("2 sprite cans", (2.0, Unit.CAN, "sprite")),
    ],
)
def test_a_vessel_said_after_a_drink_is_its_amount(
    said: str, amount: tuple[float, Unit, str]
) -> None:
    item = parse_item(said)
    assert item is not None
    assert (round(item.quantity, 3), item.unit, item.food) == amount


def test_a_name_ending_in_a_vessel_word_keeps_it() -> None:
    item = parse_item("beer can chicken")
    assert item is not None and item.food == "beer can chicken"


def test_a_size_before_a_bar_said_after_the_food_is_its_size() -> None:
    assert trailing_size("twix king size bar") == ("twix bar", Size.KING)
    assert trailing_size("mars fun size one") == ("mars", Size.FUN)


@pytest.mark.parametrize(
    ("said", "items"),
    [
        ("Played a round of golf and had a cheese toastie", "a cheese toastie"),
        ("I cleaned the whole house then ate a pasty", "a pasty"),
        ("a scoop of oats and a cup of milk in my smoothie", "a scoop of oats and a cup of milk"),
        ("2 lemonades at the sesh", "2 lemonades"),
        ("a flat white on the way to uni", "a flat white"),
        ("I'm having a bagel", "a bagel"),
        ("we are eating 2 crumpets", "2 crumpets"),
        ("The kids made me a cup of tea", "a cup of tea"),
        ("three of those mini sausage rolls", "three mini sausage rolls"),
        ("2 half-boiled eggs", "2 soft boiled eggs"),
    ],
)
def test_what_names_no_food_beside_the_items_falls_away(said: str, items: str) -> None:
    assert read_sentence(said).text.removeprefix("I, ") == items


def test_what_the_writer_did_is_no_food_but_eating_verbs_keep_theirs() -> None:
    assert read_sentence("grabbed a latte and ate a scone").text == "a latte, a scone"


def test_a_dish_said_with_just_a_filling_is_that_dish() -> None:
    assert _items("a toastie, just ham") == [(1.0, None, "ham toastie")]


def test_no_sugar_after_what_went_into_a_drink_is_the_drink_s() -> None:
    assert _items("a mug of coffee with cream, no sugar") == [
        (1.0, Unit.CUP, "coffee"),
        (1.0, None, "cream"),
    ]


@pytest.mark.parametrize(
    ("said", "items"),
    [
        ("a knob of butter on a jacket potato", "a knob of butter, a jacket potato"),
        ("a drizzle of olive oil on a salad", "a drizzle of olive oil, a salad"),
        ("a spoon of ketchup on my eggs", "a spoon of ketchup, eggs"),
        ("a slice of pizza on the go", "a slice of pizza"),
    ],
)
def test_a_topping_measured_out_on_a_food_leaves_both(said: str, items: str) -> None:
    assert read_sentence(said).text == items


def test_a_burger_on_a_bun_is_the_burger_whose_recipe_holds_its_bun() -> None:
    assert read_sentence("a beef burger on a brioche bun").text == "a beef burger"
    assert read_sentence("2 hot dogs on buns").text == "2 hot dogs on buns"  # their own


def _parts(text: str) -> list[tuple[float, str]]:
    read = with_parts(parse_meal(read_sentence(text).text), lambda food: food)
    return [(item.quantity, item.food) for item in read]


def test_a_dish_of_parts_named_again_leaves_each_part_its_own_name() -> None:
    assert _parts("sausage and mash, 3 sausages and 2 cups of mash") == [
        (3.0, "sausages"),
        (2.0, "mash"),
    ]
    assert _parts("chicken noodles, 2 cups noodles and 150 g chicken") == [
        (2.0, "noodles"),
        (150.0, "chicken"),
    ]
    assert _parts("mixed leaves, 2 cups spinach") == [(2.0, "spinach")]


def test_a_kind_named_again_by_its_last_word_keeps_the_kind() -> None:
    assert _parts("corn chips, 30 g chips") == [(30.0, "corn chips")]


def test_pieces_said_bare_after_a_dish_counting_them_are_its_pieces() -> None:
    assert _parts("wingstop 2 piece - breast and leg") == [
        (1.0, "wingstop breast"),
        (1.0, "wingstop leg"),
    ]
    assert _parts("3 pieces of fried chicken, a wing and 2 drumsticks") == [
        (1.0, "fried chicken wing"),
        (2.0, "fried chicken drumsticks"),
    ]


def test_a_dash_between_words_separates_items_as_a_comma_does() -> None:
    assert split_items("toast - 2 slices - with jam") == ["toast", "2 slices", "jam"]
    assert split_items("- 2 eggs") == ["2 eggs"]  # a bullet


@pytest.mark.parametrize(
    "said", ["2 - 3 cookies", "1 - 2 slices of toast", "1 - 2 eggs", "3 \u2013 4 crackers"]
)
def test_a_dash_between_two_numbers_is_a_range_not_a_separator(said: str) -> None:
    # the spaced range was split: "2" alone refused the whole /log (FoodParseError)
    assert split_items(said) == [said]
    [item] = parse_meal(said)
    assert item.quantity == sum(int(n) for n in said.split() if n.isdigit()) / 2


@pytest.mark.parametrize(
    ("said", "items"),
    [
        ("2 raspberry yogurt pots", "2 tub of raspberry yogurt"),
        ("a pot of greek yoghurt", "a tub of greek yoghurt"),
        ("a pot of tea", "a pot of tea"),
    ],
)
def test_a_food_said_another_way_is_read_by_its_name(said: str, items: str) -> None:
    assert read_sentence(said).text == items


@pytest.mark.parametrize(
    ("said", "items"),
    [
        ("kids nuggets", "kids size nuggets"),
        ("a kids size sundae", "a kids size sundae"),
        ("pancakes off the kids menu", "pancakes kids size"),
        ("my kids fries", "fries"),  # theirs
    ],
)
def test_a_child_s_portion_is_a_kid_size(said: str, items: str) -> None:
    assert read_sentence(said).text == items


def test_a_part_of_a_vessel_said_as_a_number_is_of_the_vessel() -> None:
    assert _items("1/3 of a bottle of rose") == [(1 / 3, Unit.BOTTLE, "rose")]
    # a jug is its 1140 ml (`units.NAMED_VOLUMES`)
    assert _items("split a jug of sangria 7 ways") == [(1140 / 7, Unit.ML, "sangria")]


def test_a_size_after_the_is_the_item_s_size() -> None:
    item = parse_item("the medium mocha frappe")
    assert item is not None and (item.size, item.food) == (Size.MEDIUM, "mocha frappe")


def test_a_flavour_of_two_foods_is_one_food_s_name() -> None:
    assert split_items("apple and cinnamon porridge and a tea") == [
        "apple and cinnamon porridge",
        "a tea",
    ]
    assert split_items("a fruit & nut bar") == ["a fruit & nut bar"]


def test_milk_named_as_britain_names_it_comes_by_the_imperial_pint() -> None:
    assert _items("a pint of semi skimmed") == [(568.261, Unit.ML, "semi skimmed")]
    assert _items("a pint of skim milk") == [(1.0, Unit.PINT, "skim milk")]


def test_a_number_after_one_with_no_unit_is_a_name_s() -> None:
    assert _items("one 4 finger kitkat and a steak at the steakhouse") == [
        (1.0, None, "4 finger kitkat"),
        (1.0, None, "steak"),
    ]


def test_an_amount_in_what_holds_no_bread_said_after_a_bread_is_the_other_food_s() -> None:
    assert _items("spaghetti on toast, a tin and 2 slices") == [
        (1.0, Unit.CAN, "spaghetti"),
        (2.0, Unit.SLICE, "toast"),
    ]


@pytest.mark.parametrize(
    ("said", "items"),
    [
        ("2 flapjacks with syrup and butter, bacon",
         ["2 flapjacks with syrup and butter", "bacon"]),
        ("a flapjack and a bacon sandwich", ["a flapjack", "a bacon sandwich"]),
        ("tea with milk, toast with butter and jam",
         ["tea with milk", "toast with butter and jam"]),
        ("mac and cheese with peas", ["mac and cheese with peas"]),
    ],
)  # fmt: skip
def test_an_item_with_its_toppings_spans_what_with_adds_to_it(said: str, items: list[str]) -> None:
    assert [said[start:end].strip(" ,") for start, end in topped_spans(said)] == items
