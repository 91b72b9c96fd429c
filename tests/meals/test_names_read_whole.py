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
