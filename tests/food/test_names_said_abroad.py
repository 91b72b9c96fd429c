"""Names of the table's foods as kitchens outside the US say them, read without a database:
a British biscuit or cereal is the US one, "beans" alone are baked beans and a tin of them is
Britain's 415 g tin, a sandwich by its nickname is the sandwich, a glass of "white" is wine, a
beer's glass by its name holds any drink, a highball counted after its name is that many
drinks, and a coffee by its cup's ounces or with its milk typed after it is that cup."""

from __future__ import annotations

import pytest

from healthbot.food.aliases import ALIASES, SERVINGS, in_vessel
from healthbot.food.cocktails import MIXER, SHOT, mixed_drinks
from healthbot.food.coffee import coffee_drinks
from healthbot.food.parser import parse_meal
from healthbot.food.recipes import recipe
from healthbot.food.servings import default_amount
from healthbot.food.units import Unit


@pytest.mark.parametrize(
    ("said", "named"),
    [
        ("gingernuts", "gingersnaps"),
        ("kelloggs frosties", "frosted flakes"),
        ("cornflakes", "corn flakes"),
        ("mashed spuds", "mashed potatoes"),
        ("jasmine", "jasmine rice"),
        ("heinz beans", "baked beans"),
        ("special fried rice", "fried rice"),
        ("extra lean beef mince", "extra lean ground beef"),
        ("bournvita", "milo"),
    ],
)
def test_a_name_said_abroad_is_the_food_of_its_us_name(said: str, named: str) -> None:
    assert ALIASES[said] == ALIASES[named]


def test_pumpkin_as_a_vegetable_is_the_cooked_flesh() -> None:
    assert ALIASES["roasted pumpkin"] == ALIASES["pumpkin"] == "11423"


def test_beans_alone_are_baked_beans_by_the_half_cup() -> None:
    [item] = parse_meal("beans")
    assert ALIASES["beans"] == ALIASES["baked beans"] == "16006"
    assert default_amount(item) == (0.5, Unit.CUP)


def test_a_tin_of_beans_is_the_415_g_tin_and_a_part_of_it_that_part() -> None:
    [quarter] = parse_meal("a quarter of a tin of baked beans")
    assert default_amount(quarter) == (pytest.approx(103.75), Unit.G)
    [two] = parse_meal("2 cans of beans")
    assert default_amount(two) == (830.0, Unit.G)
    [soup] = parse_meal("a can of tomato soup")
    assert default_amount(soup) is None  # SR24's own can measure decides


def test_a_counted_biscuit_is_its_piece_but_some_of_them_are_not_one() -> None:
    [five] = parse_meal("5 gingernuts")
    assert default_amount(five) == (35.0, Unit.G)
    [some] = parse_meal("gingernuts")
    assert default_amount(some) is None  # the usual portion, not one 7 g biscuit


@pytest.mark.parametrize(
    ("nickname", "sandwich"),
    [
        ("ham sanger", "ham sandwich"),
        ("tuna sammie", "tuna sandwich"),
        ("egg mayo butty", "egg mayo sandwich"),
        ("cheese and tomato sarnies", "cheese and tomato sandwich"),
    ],
)
def test_a_sandwich_by_its_nickname_is_that_sandwich(nickname: str, sandwich: str) -> None:
    assert recipe(nickname) == recipe(sandwich) is not None


def test_a_nickname_alone_is_a_sandwich_whose_filling_is_named_with_it() -> None:
    assert recipe("sammie") == recipe("sandwich") == ("2 slices bread",)


def test_an_omelette_as_often_misspelt_is_the_omelette() -> None:
    assert recipe("mushroom omlette") == recipe("mushroom omelette") is not None


def test_a_bottle_of_white_is_white_wine_but_white_alone_is_not() -> None:
    [bottle] = mixed_drinks(parse_meal("a bottle of white"))
    assert bottle.food == "white wine" and bottle.unit is Unit.BOTTLE
    [glass] = mixed_drinks(parse_meal("2 glasses of rosé"))
    assert glass.food == "rose wine" and glass.quantity == 2
    [plain] = mixed_drinks(parse_meal("white"))
    assert plain.food == "white"


@pytest.mark.parametrize(
    ("said", "held"),
    [
        ("middies of lager", ("middy", "lager")),
        ("a stubby of ginger beer", None),  # "a" first: the parser's amount, not this
        ("stubbies of cider", ("stubby", "cider")),
        ("tallboy of coors light", ("tallboy", "coors light")),
        ("cup of tea", None),  # no beer's vessel
        ("schooner", None),
    ],
)
def test_a_beers_vessel_of_a_drink_is_that_drink_in_it(
    said: str, held: tuple[str, str] | None
) -> None:
    assert in_vessel(said) == held


def test_vessels_of_a_drink_hold_their_own_volume() -> None:
    [item] = parse_meal("3 middies of pale ale")
    # the parser's amount when it knows the glass, else the glass's serving
    assert (item.quantity, item.unit) == (855.0, Unit.ML) or default_amount(item) == (
        855.0,
        Unit.ML,
    )
    assert SERVINGS["middy"] == "285 ml"


def test_a_highball_counted_after_its_name_is_that_many_drinks() -> None:
    shot, mixer = mixed_drinks(parse_meal("vodka and soda x3"))
    assert (shot.food, shot.quantity, shot.unit) == ("vodka", 3 * SHOT, Unit.FL_OZ)
    assert (mixer.food, mixer.quantity) == ("club soda", 3 * MIXER)


def test_a_spirit_and_a_counted_mixer_keep_their_own_amounts() -> None:
    found = mixed_drinks(parse_meal("gin and 2 cans of tonic"))
    assert [(item.food, item.quantity, item.unit) for item in found] == [
        ("gin", 1.0, None),
        ("tonic", 2.0, Unit.CAN),
    ]


def parts(text: str) -> list[tuple[float, Unit | None, str]]:
    return [(item.quantity, item.unit, item.food) for item in coffee_drinks(parse_meal(text))]


def test_a_coffee_by_its_cups_ounces_is_that_cup() -> None:
    assert parts("a 20 oz flat white") == parts("a venti flat white")
    assert parts("16oz chai latte") == parts("a grande chai latte")


def test_ounces_that_are_no_cup_stay_as_typed() -> None:
    assert parts("10 oz latte") == [(10.0, Unit.OZ, "latte")]


def test_a_milk_typed_after_the_drink_is_its_milk() -> None:
    assert parts("tall cappuccino skim milk") == parts("a tall cappuccino with skim milk")
    assert "skim milk" in {food for _, _, food in parts("tall cappuccino skim milk")}


def test_a_milk_after_brewed_coffee_is_not_read_as_its_milk() -> None:
    assert all(food != "skim milk" for _, _, food in parts("coffee skim milk")[:1])
