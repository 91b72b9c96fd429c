"""Everyday names that landed on a wrong entry: a chicken piece said fried is the home's
flour-fried piece, not a chain's; said roast, the roasted piece, not the rotisserie one; dark
chocolate by its cacao share; butternut the squash; chili with beans SR24's own; a toastie's
butter a pat on each slice."""

from __future__ import annotations

import pytest

from healthbot.meals.service import MealService


async def foods(service: MealService, text: str) -> list[tuple[str, float]]:
    understood = await service.understand(text)
    assert understood.questions == (), understood.questions
    return [(portion.food_uid, portion.grams) for portion in understood.portions]


@pytest.mark.parametrize(
    ("text", "uid", "grams"),
    [
        ("2 fried chicken thighs", "05093", 124),  # flour-fried, bone removed (62 g)
        ("a fried chicken breast", "05059", 98),
        ("3 fried drumsticks", "05068", 147),
        ("a roasted chicken leg", "05078", 258),
        ("a roast drumstick", "05069", 105),
    ],
)
async def test_a_chicken_piece_said_fried_or_roast(
    service: MealService, text: str, uid: str, grams: float
) -> None:
    assert await foods(service, text) == [(uid, pytest.approx(grams, abs=1))]


async def test_a_chain_still_fries_its_own(service: MealService) -> None:
    [(uid, _)] = await foods(service, "a kfc original recipe drumstick")
    assert uid.startswith("21")  # the chain's entry, not a home's


@pytest.mark.parametrize("text", ["30 g of 85% dark chocolate", "a bar of 72% dark chocolate"])
async def test_dark_chocolate_by_its_cacao_share(service: MealService, text: str) -> None:
    [(uid, _)] = await foods(service, text)
    assert uid == "19904"


async def test_butternut_alone_is_the_squash(service: MealService) -> None:
    assert await foods(service, "a cup of butternut") == [("11486", pytest.approx(205))]


async def test_chili_with_beans_is_one_dish(service: MealService) -> None:
    assert await foods(service, "a cup of chilli with beans") == [("22904", pytest.approx(242))]


async def test_a_toastie_has_a_pat_of_butter_on_each_slice(service: MealService) -> None:
    grams = dict(await foods(service, "a cheese toastie"))
    assert grams["01001"] == pytest.approx(10)
    assert grams["01009"] == pytest.approx(56)


async def test_a_dish_that_is_a_sandwich_named_with_sandwich_is_the_dish(
    service: MealService,
) -> None:
    # was a chain's grilled chicken club (590 kcal)
    foods_of = [uid for uid, _ in await foods(service, "a grilled cheese sandwich")]
    assert foods_of == ["18069", "01042", "01001"]
    blt = await foods(service, "2 blt sandwiches")
    assert blt[0][0] == "18069"


async def test_chicken_misspelt_is_mended_in_any_name(service: MealService) -> None:
    # a misspelt common name ("chiken breast") kept "chiken" from being mended elsewhere
    assert await foods(service, "a cup of chiken noodle soup") == [("06419", pytest.approx(248))]
    [(uid, _)] = await foods(service, "2 grilled chiken thighs")
    assert uid.startswith("05")


@pytest.mark.parametrize(("text", "grams"), [("a chapati", 49), ("3 rotis", 147)])
async def test_a_chapati_is_a_7_inch_flatbread(
    service: MealService, text: str, grams: float
) -> None:
    assert await foods(service, text) == [("18364", pytest.approx(grams))]


@pytest.mark.parametrize("text", ["2 chicken bangers", "chicken sausages", "a turkey sausage"])
async def test_a_poultry_sausage_is_a_sausage(service: MealService, text: str) -> None:
    [(uid, _)] = await foods(service, text)
    assert uid == "07958"  # SR24's fresh turkey sausage, cooked (was raw ground chicken)


@pytest.mark.parametrize("food", ["spinach", "carrots", "kale", "turnips", "parsnips"])
async def test_a_cooked_vegetable_is_its_twin_cooked_without_salt(
    service: MealService, food: str
) -> None:
    understood = await service.understand(f"a cup of boiled {food}")
    assert understood.portions[0].food_name.endswith("without salt")


async def test_salt_said_is_the_twin_cooked_with_it(service: MealService) -> None:
    understood = await service.understand("a cup of salted boiled carrots")
    assert understood.portions[0].food_name.endswith("with salt")


@pytest.mark.parametrize(("text", "grams"), [("a large chips", 169), ("2 small chips", 170)])
async def test_chips_said_with_a_size_are_the_chip_shops(
    service: MealService, text: str, grams: float
) -> None:
    # crisps come in no sizes: the size found no measure and the bot asked
    assert await foods(service, text) == [("21138", pytest.approx(grams))]


async def test_a_bag_of_chips_stays_crisps(service: MealService) -> None:
    [(uid, _)] = await foods(service, "a large bag of chips")
    assert uid == "19411"
