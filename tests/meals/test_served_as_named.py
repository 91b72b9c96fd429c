"""Names weighed as what they are served as: a takeout dish by its order, a meat pie by the
pie, a candy bar by its plain bar and by its fun or king size, a ready meal as the frozen
entree of its dish; drinks by their can, bottle or nickname; names of other Englishes."""

from __future__ import annotations

import pytest

from healthbot.meals.service import MealService


async def foods(service: MealService, text: str) -> list[tuple[str, float]]:
    understood = await service.understand(text)
    assert understood.questions == (), understood.questions
    return [(portion.food_uid, portion.grams) for portion in understood.portions]


@pytest.mark.parametrize(
    ("text", "grams"),
    [("general tsos chicken", 535), ("a third of the general tso's chicken", 178)],
)
async def test_a_takeout_dish_named_alone_is_its_order(
    service: MealService, text: str, grams: float
) -> None:
    # was 6 oz, or one of SR24's "3 pieces" for a part of it
    assert await foods(service, text) == [("36618", pytest.approx(grams, abs=1))]


async def test_pieces_of_a_takeout_dish_stay_pieces(service: MealService) -> None:
    assert await foods(service, "9 pieces of general tso's chicken") == [
        ("36618", pytest.approx(159, abs=1))
    ]


@pytest.mark.parametrize("text", ["a steak pie", "2 meat pies"])
async def test_a_meat_pie_is_the_whole_pie(service: MealService, text: str) -> None:
    [(uid, grams)] = await foods(service, text)
    assert uid == "22529"
    assert grams % 268 == pytest.approx(0)


@pytest.mark.parametrize(
    ("text", "grams"),
    [
        ("2 mars bars", 116),  # SR24's serving, the 2.05 oz bar (not its fun size)
        ("a king size mars bar", 103),
        ("4 fun size milky ways", 68),  # was 4 of its miniature pieces
        ("a king size milky way", 103),
    ],
)
async def test_a_candy_bar_by_its_size(service: MealService, text: str, grams: float) -> None:
    assert await foods(service, text) == [("19135", pytest.approx(grams))]


async def test_a_fun_size_bag_is_the_fun_size_package(service: MealService) -> None:
    # was the 54 g singles bag
    assert await foods(service, "2 fun size bags of peanut m&ms") == [("19140", pytest.approx(36))]


@pytest.mark.parametrize(
    ("text", "uid"),
    [
        ("a lasagne ready meal", "22916"),
        ("a spaghetti bolognese microwave meal", "22401"),
        ("a mac and cheese tv dinner", "22970"),
    ],
)
async def test_a_ready_meal_is_the_frozen_entree_of_its_dish(
    service: MealService, text: str, uid: str
) -> None:
    [(found, _)] = await foods(service, text)
    assert found == uid


@pytest.mark.parametrize(
    ("text", "uid", "grams"),
    [
        ("a can of rockstar", "14629", 473),  # a 16 fl oz can, not a soda's 12
        ("2 cans of monster energy", "14627", 946),
        ("a bottle of white cap", "14003", 500),  # Kenya's 500 ml bottle
        ("a bottle of gulder", "14003", 600),  # Nigeria's
        ("a bottle of corona", "14003", 355),  # the US 12 fl oz bottle, as before
    ],
)
async def test_a_drink_by_its_can_or_bottle(
    service: MealService, text: str, uid: str, grams: float
) -> None:
    assert await foods(service, text) == [(uid, pytest.approx(grams, rel=0.01))]


@pytest.mark.parametrize(
    ("text", "uid"),
    [
        ("a glass of savvy b", "14134"),
        ("a glass of cab sav", "14097"),
        ("a glass of white zin", "14102"),
    ],
)
async def test_a_grape_by_its_nickname(service: MealService, text: str, uid: str) -> None:
    assert await foods(service, text) == [(uid, pytest.approx(147, abs=1))]


async def test_a_mug_of_hot_chocolate_made_with_milk_is_homemade_cocoa(
    service: MealService,
) -> None:
    # was an envelope of mix stirred into 2% milk
    assert await foods(service, "2 mugs of hot cocoa made with milk") == [("01105", 500)]


async def test_hot_chocolate_with_a_named_milk_is_still_mix_and_that_milk(
    service: MealService,
) -> None:
    uids = [uid for uid, _ in await foods(service, "a mug of hot chocolate with skim milk")]
    assert uids == ["14192", "01085"]


@pytest.mark.parametrize(
    ("text", "sugar"), [("a large double double", 8.4), ("a teh o", 8.4), ("2 kopi o", 16.8)]
)
async def test_two_sugars_are_two_teaspoons(service: MealService, text: str, sugar: float) -> None:
    assert dict(await foods(service, text))["19335"] == pytest.approx(sugar, abs=0.2)


async def test_a_masala_chai_is_made_with_whole_milk(service: MealService) -> None:
    assert dict(await foods(service, "2 masala chais"))["01077"] == pytest.approx(244, abs=1)


@pytest.mark.parametrize(
    ("text", "uid", "grams"),
    [
        ("100g vintage cheddar", "01009", 100),
        ("a large tattie", "11367", 300),  # was read as a patty
        ("half a cup of cooked oats", "08121", 117),  # was dry oats
        ("a crunchy granola bar", "19015", 21),
        ("a granola bar", "19015", 21),
        ("a chewy granola bar", "19020", 28),
        ("half a cup of stewed prunes", "09292", 124),
        ("a microwaved jacket potato", "11675", 202),
        ("a cup of waakye", "36405", 146),
        ("2 beef burritos", "21066", 220),  # the beef one, not beef and bean
        ("2 servings of beef lasagne", "22916", 594),
    ],
)
async def test_names_of_other_englishes_and_kitchens(
    service: MealService, text: str, uid: str, grams: float
) -> None:
    assert await foods(service, text) == [(uid, pytest.approx(grams, abs=1))]


@pytest.mark.parametrize(
    ("text", "grams"), [("a large papaya", 781), ("half a small papaya", 78.5)]
)
async def test_a_fruit_by_the_size_its_whole_measure_names(
    service: MealService, text: str, grams: float
) -> None:
    # SR24 weighs a papaya as "fruit, large" and "fruit, small": the size was asked about
    assert await foods(service, text) == [("09226", pytest.approx(grams))]


@pytest.mark.parametrize(
    ("text", "uid", "grams"),
    [("a bowl of porridge", "08121", 234), ("2 bowls of grits", "08091", 514)],
)
async def test_a_bowl_of_a_cooked_cereal_is_a_cup(
    service: MealService, text: str, uid: str, grams: float
) -> None:
    # was 1.5 cups, a bowl of soup
    assert await foods(service, text) == [(uid, pytest.approx(grams))]


async def test_a_bowl_of_soup_is_still_a_soup_bowl(service: MealService) -> None:
    [(_, grams)] = await foods(service, "a bowl of tomato soup")
    assert grams > 300


@pytest.mark.parametrize(
    ("text", "grams"),
    [
        ("a quarter of a rotisserie chicken", 149.5),  # was a quarter of a breast
        ("half a rotisserie chicken", 299),
        ("roast chicken", 140),  # a helping: was the whole bird, 598 g
    ],
)
async def test_a_roast_bird_by_its_part_or_a_helping(
    service: MealService, text: str, grams: float
) -> None:
    assert await foods(service, text) == [("05009", pytest.approx(grams))]


@pytest.mark.parametrize(
    ("text", "uid", "grams"),
    [
        ("3 slices of spam", "07908", 127.6),  # an eighth of the 12 oz can each: was asked
        ("2 large pitas", "18041", 120),  # SR24's "pita, large": was asked
        ("a king size kitkat", "19250", 79),  # its king size bar: was asked
    ],
)
async def test_a_measure_said_that_only_a_name_has(
    service: MealService, text: str, uid: str, grams: float
) -> None:
    assert await foods(service, text) == [(uid, pytest.approx(grams, abs=0.1))]


@pytest.mark.parametrize(
    ("text", "uid", "grams"),
    [
        ("3 tsp ground flaxseed", "12220", 7.5),  # its "tsp, ground", not "tsp, whole" (10.2)
        ("a cup of sliced strawberries", "09316", 166),  # its "cup, sliced" (a whole cup: 144)
    ],
)
async def test_a_measure_named_by_a_word_the_food_is_said_with(
    service: MealService, text: str, uid: str, grams: float
) -> None:
    assert await foods(service, text) == [(uid, pytest.approx(grams))]


@pytest.mark.parametrize(
    ("text", "uid", "grams"),
    [
        ("half a cup of red lentils", "16070", 99),
        ("a smoked turkey leg", "05194", 546),
        ("3 cobs of corn", "11168", 309),
    ],
)
async def test_names_that_were_asked_about(
    service: MealService, text: str, uid: str, grams: float
) -> None:
    assert await foods(service, text) == [(uid, pytest.approx(grams))]
