"""Names of the eighth round, read without a database: the breakfasts and street foods of the
Philippines, Latin America, West Africa and the Caribbean, the words of New Zealand's and
Britain's cafés and shops, each at its SR24 entry and usual serving; vegetables named plainly
are eaten cooked; dishes of them are their parts."""

from __future__ import annotations

import pytest

from healthbot.food.aliases import ALIASES, SERVINGS
from healthbot.food.parser import parse_meal
from healthbot.food.recipes import recipe
from healthbot.food.servings import default_amount
from healthbot.food.units import Unit


@pytest.mark.parametrize(
    ("said", "uid"),
    [
        ("pandesal", "18342"),  # Rolls, dinner, plain
        ("balut", "01138"),  # Egg, duck, whole, fresh, raw
        ("longganisa", "07064"),  # Pork sausage, fresh, cooked
        ("sinangag", "36602"),  # Restaurant, Chinese, fried rice
        ("chicken adobo", "05095"),  # Chicken thigh, meat and skin, stewed
        ("cheese pupusa", "36409"),  # Restaurant, Latino, pupusas con queso
        ("gallo pinto", "36405"),  # Restaurant, Latino, rice and black beans
        ("dodo", "09447"),  # Plantains, yellow, fried
        ("plantain", "09278"),  # Plantains, cooked
        ("agege bread", "18069"),  # Bread, white
        ("peak milk", "01096"),  # Milk, canned, evaporated
        ("stew peas", "16033"),  # Beans, kidney, red, cooked
        ("callaloo", "11004"),  # Amaranth leaves, cooked
        ("trim milk", "01085"),  # Milk, nonfat
        ("avo", "09037"),  # Avocados, raw
        ("pikelets", "18293"),  # Pancakes, plain
        ("rump steak", "13451"),  # Beef, top sirloin, steak, broiled
        ("sultanas", "09298"),  # Raisins, seedless
        ("linseed", "12220"),  # Seeds, flaxseed
        ("bulgur wheat", "20013"),  # Bulgur, cooked
        ("lipton tea", "14355"),  # Tea, black, brewed (not bottled Lipton Brisk)
        ("fanta orange", "14150"),  # Carbonated beverage, orange
        ("coco pops", "08014"),  # KELLOGG'S COCOA KRISPIES
        ("colcannon", "11934"),  # Potatoes, mashed, with whole milk and butter
        ("crackling", "19041"),  # Snacks, pork skins, plain
        ("puri", "35142"),  # Frybread
        ("concha", "18955"),  # Bread, pan dulce
        ("hard dough bread", "18069"),  # Bread, white
        ("kheer", "36404"),  # rice boiled in milk (arroz con leche), by the cup
        ("amasi", "01116"),  # Yogurt, plain, whole milk
        ("malta", "14305"),  # Malt beverage
        ("chilli", "22904"),  # Chili con carne with beans
        ("apples and cinnamon oatmeal", "08125"),  # QUAKER Instant Oatmeal, prepared
        ("bacon egg and cheese mcgriddle", "21327"),  # McDONALD'S McGRIDDLES
        ("haagen dazs", "19089"),  # Ice creams, vanilla, rich
        ("cantelope", "09181"),  # Melons, cantaloupe (not "antelope")
        ("orange squash", "14637"),  # fruit-flavoured water, as squash is diluted
        ("granny smith", "09003"),  # Apples, raw, with skin
        ("passionfruit", "09231"),  # Passion-fruit, purple, raw
        ("ryvita", "18216"),  # Crackers, crispbread, rye
        ("chicken fried rice", "36602"),  # Restaurant, Chinese, fried rice
        ("top ramen", "06583"),  # ramen, any flavor: its package is the 85 g block
        ("beef snag", "07956"),  # Beef sausage, fresh, cooked
        ("saveloy", "07023"),  # Frankfurter, beef and pork
        ("polony", "07959"),  # Bologna, chicken, pork, beef
        ("basa", "15235"),  # Fish, catfish, farmed, cooked
        ("barramundi", "15092"),  # Fish, sea bass, cooked
        ("bangus", "15202"),  # Fish, milkfish, cooked
        ("calamari", "15176"),  # Mollusks, squid, fried
    ],
)
def test_a_name_said_in_another_kitchen_is_its_nearest_sr24_food(said: str, uid: str) -> None:
    assert ALIASES[said] == uid


def test_plain_broccoli_and_cauliflower_are_cooked_and_raw_only_when_said() -> None:
    assert ALIASES["broccoli"] == ALIASES["steamed broccoli"] == "11091"
    assert ALIASES["raw broccoli"] == "11090"
    assert ALIASES["cauliflower"] == "11136"
    assert ALIASES["raw cauliflower"] == "11135"


def test_mashed_potatoes_are_made_with_butter() -> None:
    assert ALIASES["mashed potatoes"] == ALIASES["mash"] == "11934"


@pytest.mark.parametrize(
    ("typed", "amount"),
    [
        ("3 pikelets", (114.0, Unit.G)),  # three 4" pancakes
        ("2 pandesal", (56.0, Unit.G)),  # two 1 oz rolls
        ("a cob of corn", (1.0, Unit.EAR)),
        ("a double expresso", (2.0, Unit.FL_OZ)),
        ("a can of tango", None),  # the can typed: SR24's own can
        ("tango", (12.0, Unit.FL_OZ)),
        ("a lipton tea", (8.0, Unit.FL_OZ)),
        ("a 2 finger kit kat", (21.0, Unit.G)),
        ("3 puris", (75.0, Unit.G)),
        ("2 mince pies", (120.0, Unit.G)),  # Britain's tarts, not two eighths of a pie
        ("roast lamb", (3.0, Unit.OZ)),  # not SR24's pound of leg
        ("a thickshake", (16.0, Unit.FL_OZ)),
        ("2 ryvita", (20.0, Unit.G)),
        ("a glass of orange squash", None),  # the glass typed
        ("orange squash", (8.0, Unit.FL_OZ)),
        ("tomato soup", (1.5, Unit.CUP)),  # a bowl, as a meal's soup
        ("a cup of tomato soup", None),  # the cup typed
        ("5 triscuits", (23.0, Unit.G)),  # five crackers, not five Triscuit Bits
        ("boiled corn on the cob", (1.0, Unit.EAR)),
        ("baby back ribs", (300.0, Unit.G)),  # a half rack, not SR24's whole rack
        ("a chocolate malt", (16.0, Unit.FL_OZ)),
    ],
)
def test_a_new_name_typed_without_an_amount_is_its_usual_serving(
    typed: str, amount: tuple[float, Unit] | None
) -> None:
    [item] = parse_meal(typed)
    assert default_amount(item) == amount


def test_every_serving_of_the_round_names_a_common_name() -> None:
    for name in ("pikelet", "crumpet", "pandesal", "chicken adobo", "king size kit kat"):
        assert name in ALIASES and name in SERVINGS


@pytest.mark.parametrize(
    ("dish", "foods"),
    [
        ("affogato", ["espresso", "vanilla ice cream"]),
        ("devilled eggs", ["boiled egg", "mayonnaise"]),
        ("tapsilog", ["garlic fried rice", "fried egg", "steak"]),
        ("longsilog", ["garlic fried rice", "fried egg", "longganisa"]),
        ("jollof rice", ["rice", "tomato sauce", "vegetable oil"]),
        ("pb and j sandwich", ["bread", "peanut butter", "jelly"]),
        ("chole bhature", ["chole", "bhatura", "vegetable oil"]),
        ("curry goat", ["goat", "tomato sauce", "onion", "vegetable oil"]),
        ("kopi peng", ["coffee", "sweetened condensed milk"]),
        ("milo dinosaur", ["milo", "milo powder"]),
        ("cup of chai", ["tea", "milk", "sugar"]),
    ],
)
def test_a_dish_of_the_round_is_its_parts(dish: str, foods: list[str]) -> None:
    parts = recipe(dish)
    assert parts is not None
    assert [item.food for part in parts for item in parse_meal(part)] == foods
