"""Names read whole, as people type them: a number that begins a name ("3 musketeers"), a
name holding "n" ("hot n ready"), a coffee maker standing for its coffee, an egg dish with
its whites and whole eggs or its eggs counted after it, a topping named by its article on
half a bread, and the common names of the fifteenth round, each as its SR24 entry."""

from __future__ import annotations

import pytest

from healthbot.food.aliases import ALIASES
from healthbot.food.text import normalize
from healthbot.meals.service import MealService


async def portions(service: MealService, text: str) -> list[tuple[str, int]]:
    understood = await service.understand(text)
    assert understood.questions == (), (text, understood.questions)
    return [(p.food_uid, round(p.grams)) for p in understood.portions]


async def test_a_number_that_begins_a_name_counts_nothing(service: MealService) -> None:
    # was Pop'ables bites, three of them (545 kcal), and a question on "2 bars"
    assert await portions(service, "3 musketeers, 2 bars") == [("19159", 120)]


async def test_hot_n_ready_is_one_name_not_two_foods(service: MealService) -> None:
    # was "2 slices of hot" and "ready", both asked about
    assert await portions(service, "2 slices of hot n ready") == [("21288", 180)]


async def test_a_coffee_maker_named_alone_holds_coffee(service: MealService) -> None:
    # was a question on "french press"
    found = await portions(service, "made a french press and drank 3 mugs")
    assert found == [("14209", 3 * 237)]


async def test_an_egg_white_dish_of_whites_and_whole_eggs_is_each(service: MealService) -> None:
    # was a question on "4 whites" (and the whole eggs raw)
    found = await portions(service, "egg white omelette: 4 whites and 2 whole eggs")
    assert found == [("01124", 4 * 33), ("01130", 2 * 61)]


async def test_eggs_counted_after_a_fried_egg_dish_stay_fried(service: MealService) -> None:
    # were raw eggs: the count took the dish's place
    assert await portions(service, "egg fry, 3 eggs") == [("01128", 3 * 46)]


async def test_a_topping_named_by_its_article_on_half_a_bagel_is_half_of_it(
    service: MealService,
) -> None:
    # was the whole bagel's two tablespoons (a schmear was no name at all)
    found = await portions(service, "half a sesame bagel with a schmear")
    assert found[1:] == [("01017", 14)]


@pytest.mark.parametrize(
    ("typed", "uid"),
    [
        ("curtido", "11109"),  # Cabbage, raw: a lightly fermented cabbage slaw
        ("meatloaf", "23576"),  # Beef, ground, 80% lean, loaf, cooked, baked
        ("boerewors", "07065"),  # Pork and beef sausage, fresh, cooked
        ("schmear", "01017"),  # Cheese, cream
        ("desi ghee", "01003"),  # Butter oil, anhydrous
        ("dippy egg", "01129"),  # Egg, whole, cooked, hard-boiled (soft, the same energy)
        ("half fry", "01128"),  # Egg, whole, cooked, fried
        ("alphonso mango", "09176"),  # Mangos, raw
        ("ruby red grapefruit", "09112"),  # Grapefruit, raw, pink and red
        ("strawbs", "09316"),  # Strawberries, raw
        ("green banana", "09278"),  # Plantains, cooked
        ("hot n ready", "21288"),  # LITTLE CAESARS 14" Original Round Pepperoni Pizza
        ("Stouffer's mac and cheese", "22970"),  # Macaroni and cheese, frozen entree
        ("decaf espresso", "14202"),  # Coffee, brewed, espresso, decaffeinated
        ("french press coffee", "14209"),  # Coffee, brewed from grounds
        ("black forest ham", "07029"),  # Ham, sliced, regular
        ("honey roast ham", "07938"),  # Ham, honey, smoked, cooked
    ],
)
def test_names_of_the_fifteenth_round_are_their_sr24_entries(typed: str, uid: str) -> None:
    assert ALIASES[normalize(typed)] == uid


@pytest.mark.parametrize(
    ("text", "uid", "grams"),
    [
        ("2 slices of meat loaf", "23576", 2 * 85),  # its 3 oz serving a slice; was asked
        ("a cup of curtido", "11109", 89),  # was asked
        ("3 green bananas, boiled", "09278", 3 * 118),  # a medium banana's flesh each
        ("an alphonso mango", "09176", 336),  # SR24's fruit without refuse
    ],
)
async def test_a_name_of_the_fifteenth_round_takes_its_amount(
    service: MealService, text: str, uid: str, grams: int
) -> None:
    assert await portions(service, text) == [(uid, grams)]


async def test_a_dessertspoon_is_two_teaspoons(service: MealService) -> None:
    # was a question on "dessertspoon of sugar"
    assert await portions(service, "3 dessertspoons of sugar") == [("19335", 25)]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("6 gyoza", 300, 450),  # 60 to 70 kcal a pan-fried pork dumpling
        ("4 shumai", 160, 240),
        ("a char siu bao", 150, 220),
        ("a bowl of congee", 90, 250),
        ("a plate of pad see ew", 600, 900),
        ("thai green curry", 350, 500),  # the curry alone; rice apart
        ("a california roll", 250, 350),  # eight pieces
        ("an onigiri", 120, 200),
        ("a bubble tea", 280, 450),
        ("a thai iced tea", 200, 320),
        ("bulgogi", 280, 400),
        ("a can of celsius", 0, 20),
        ("a bottle of topo chico", 0, 1),
        ("chicken ramen noodles", 350, 400),  # a block of instant noodles, 85 g
        ("a cup of kimchi", 20, 60),
    ],
)
async def test_a_dish_of_a_kitchen_under_covered_before_is_its_plate(
    service: MealService, text: str, low: int, high: int
) -> None:
    # each was a question (or, for bubble tea, chamomile tea: 2 kcal)
    understood = await service.understand(text)
    assert understood.questions == (), (text, understood.questions)
    assert low <= sum(p.nutrients.kcal for p in understood.portions) <= high


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("a greggs sausage roll", "a sausage roll"),
        ("2 krispy kreme glazed donuts", "2 glazed donuts"),
        ("a costa blueberry muffin", "a blueberry muffin"),
        ("a dunkin boston cream donut", "a boston cream donut"),
    ],
)
async def test_a_coffee_shop_or_bakery_said_before_its_food_is_no_word_of_the_food(
    service: MealService, text: str, plain: str
) -> None:
    # each was a question on the whole name ("greggs sausage roll")
    assert await portions(service, text) == await portions(service, plain)


async def test_a_chain_whose_plain_food_is_another_stays_asked(service: MealService) -> None:
    # a Nando's quarter chicken is no quarter of a chicken's 69 kcal, nor a Five Guys burger a
    # plain one: asked, not read as the plain food
    understood = await service.understand("a nandos quarter chicken")
    assert understood.questions


async def test_a_cup_of_a_dish_with_a_weighed_part_is_its_share_of_the_plate(
    service: MealService,
) -> None:
    # was asked: a cup says no share of a dish with 2 oz of chicken in it; the chicken takes
    # its diced cup's room (140 g a cup), the plate 2.5 cups
    plate = await service.understand("pancit canton")
    cup = await service.understand("a cup of pancit canton")
    assert cup.questions == ()
    share = sum(p.grams for p in cup.portions) / sum(p.grams for p in plate.portions)
    assert 0.35 < share < 0.45
    # a dish that is a common name too keeps its own entry's cup, never the recipe's share
    goat = await service.understand("a cup of curry goat")
    assert not any(":" in p.span for p in goat.portions)


async def test_a_green_fig_is_plantain_only_when_said_boiled(service: MealService) -> None:
    # "green figs" alone may be fresh figs of a green kind (3 were 411 kcal of plantain)
    fresh = await service.understand("4 green figs with yogurt")
    assert "09278" not in {p.food_uid for p in fresh.portions}
    boiled = await service.understand("two boiled green figs")
    assert [(p.food_uid, round(p.grams)) for p in boiled.portions] == [("09278", 2 * 118)]
