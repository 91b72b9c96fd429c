"""Coffee, tea and bar drinks counted as people and dietitians count them: milk and sugar said
after a cup stirred into it (a splash, a spoon a teaspoon), a coffee-shop drink's size or milk
said after it, a mocha's sauce in a latte's cup, a double in a highball, beers and wines by
their make or grape."""

from __future__ import annotations

import pytest

from healthbot.meals.service import MealService

SPLASH_G = 30.5  # 2 tbsp of 2% milk
TSP_SUGAR_G = 4.2


async def portions(service: MealService, text: str) -> dict[str, float]:
    """The grams of each food logged for the text, by its SR24 uid; no question asked."""
    understood = await service.understand(text)
    assert understood.questions == (), understood.questions
    grams: dict[str, float] = {}
    for portion in understood.portions:
        grams[portion.food_uid] = grams.get(portion.food_uid, 0.0) + portion.grams
    return grams


@pytest.mark.parametrize(
    "text",
    [
        "a cup of brewed coffee, milk and two sugars",
        "mug of instant, milk, 2 sugars",
        "a cup of tea, milk no sugar",
        "cup of joe, milk",
    ],
)
async def test_milk_said_after_a_cup_is_a_splash_in_it(service: MealService, text: str) -> None:
    grams = await portions(service, text)
    assert grams["01079"] == pytest.approx(SPLASH_G, abs=1)  # not a 244 g glass beside it


async def test_a_glass_of_milk_after_a_coffee_stays_a_glass(service: MealService) -> None:
    grams = await portions(service, "a black coffee and a glass of milk")
    assert grams["01079"] == pytest.approx(244, abs=1)


@pytest.mark.parametrize("little", ["a drop", "a dash", "a touch"])
async def test_a_little_milk_in_a_cup_is_a_splash(service: MealService, little: str) -> None:
    grams = await portions(service, f"an espresso with {little} of milk")
    assert grams["01079"] == pytest.approx(SPLASH_G, abs=1)


async def test_spoons_of_sugar_in_tea_are_teaspoons(service: MealService) -> None:
    spoons = await portions(service, "a mug of tea with three spoons of sugar")
    tablespoons = await portions(service, "a mug of tea with three tablespoons of sugar")
    assert spoons["19335"] == pytest.approx(3 * TSP_SUGAR_G, abs=0.5)
    assert tablespoons["19335"] == pytest.approx(3 * 12.5, abs=1)


async def test_a_size_or_milk_said_after_a_cafe_drink_is_its_own(service: MealService) -> None:
    venti = await portions(service, "soy latte, venti")
    assert venti["16139"] == pytest.approx(16.5 * 30.4, rel=0.02)  # a venti's milk, soy
    whole = await portions(service, "cappuccino, whole")
    assert "01077" in whole and "01079" not in whole


async def test_a_mocha_is_a_lattes_cup_with_chocolate_sauce(service: MealService) -> None:
    grande = await portions(service, "a grande mocha")
    assert grande["01079"] == pytest.approx(12 * 30.5, rel=0.02)
    assert grande["14181"] == pytest.approx(2 * 19.5, rel=0.05)  # 2 tbsp of chocolate syrup


async def test_chai_at_home_is_half_milk(service: MealService) -> None:
    grams = await portions(service, "a cup of masala chai")
    assert grams["01077"] == pytest.approx(4 * 30.5, rel=0.02)  # India's: full-cream milk
    assert grams["14355"] == pytest.approx(4 * 29.6, rel=0.02)


async def test_a_double_in_a_highball_is_two_shots_and_the_mixer(service: MealService) -> None:
    grams = await portions(service, "a double rum and coke")
    assert grams["14050"] == pytest.approx(3 * 27.8, rel=0.02)  # 3 fl oz of rum
    assert grams["14400"] == pytest.approx(4 * 30.7, rel=0.03)  # the glass's 4 fl oz of cola


@pytest.mark.parametrize(
    ("text", "uid"),
    [
        ("2 bottles of Kalik", "14003"),
        ("a Tusker", "14003"),
        ("a can of Bintang", "14003"),
        ("a glass of malbec", "14096"),
        ("a glass of chianti", "14108"),
        ("a glass of shiraz", "14100"),
        ("a glass of moscato", "14140"),
        ("a cup of soybean milk", "16120"),
    ],
)
async def test_beers_and_wines_by_make_or_grape(service: MealService, text: str, uid: str) -> None:
    assert list(await portions(service, text)) == [uid]


@pytest.mark.parametrize(
    ("zone", "grams"),
    [("Europe/London", 571), ("Europe/Dublin", 571), ("America/Chicago", 475), (None, 475)],
)
async def test_a_pint_is_the_one_where_the_writer_lives(
    service: MealService, zone: str | None, grams: float
) -> None:
    understood = await service.understand("2 pints of beer and a pint of milk", timezone=zone)
    beer, milk = (p.grams for p in understood.portions)
    assert beer == pytest.approx(2 * grams, abs=2)
    assert milk == pytest.approx(grams * 244 / 237.2, abs=2)  # milk's own cup, 244 g


@pytest.mark.parametrize("shop", ["sbux", "starbs", "gloria jeans", "caffe nero"])
async def test_a_coffee_shop_by_its_nickname_is_a_place(service: MealService, shop: str) -> None:
    grams = await portions(service, f"a grande latte from {shop}")
    assert set(grams) == {"14210", "01079"}  # the latte's espresso and milk, and no question
