"""Measures as people say them: SR24's other spellings of a unit, poured amounts, a volume
named with its container, and foods whose energy is the same need no question."""

from __future__ import annotations

import pytest

from healthbot.food.units import ML_PER_UNIT, Unit
from healthbot.meals.answers import Choice, Question
from healthbot.meals.service import MealService
from healthbot.meals.sure import agreed_choice
from healthbot.meals.weighing import MAX_ONE_KCAL
from tests.support.portions import one_portion


@pytest.mark.parametrize(
    ("said", "as_said"),
    [
        ("3 rashers of bacon", "3 slices of bacon"),
        ("2 strips of bacon", "2 slices of bacon"),
        ("a wedge of cheesecake", "a piece of cheesecake"),
        ("a spoonful of peanut butter", "1 tbsp peanut butter"),
        # a drink's cup by its size and its bottle, where SR24 has none: the usual ones
        ("a large orange juice", "20 fl oz orange juice"),
        ("a small chocolate milk", "12 fl oz chocolate milk"),
        ("a bottle of beer", "12 fl oz beer"),
    ],
)
async def test_a_unit_sr24_spells_otherwise_takes_its_measure(
    service: MealService, said: str, as_said: str
) -> None:
    assert await one_portion(service, said) == await one_portion(service, as_said)


async def test_a_splash_is_two_tablespoons_and_a_shot_one_and_a_half_fluid_ounces(
    service: MealService,
) -> None:
    splash = (await one_portion(service, "a splash of milk"))[1]
    assert splash == pytest.approx((await one_portion(service, "2 tbsp milk"))[1], rel=0.03)
    uid, grams = await one_portion(service, "a shot of vodka")
    assert uid == "14051"  # Alcoholic beverage, distilled, vodka, 80 proof
    assert grams == pytest.approx(ML_PER_UNIT[Unit.SHOT] * 0.95, rel=0.05)  # ~0.95 g/ml


@pytest.mark.parametrize(
    ("said", "as_said"),
    [
        ("330ml can of coke", "330 ml coke"),
        ("an 8 oz glass of milk", "8 fl oz milk"),
        ("a 500 ml bottle of water", "500 ml water"),
    ],
)
async def test_a_volume_named_with_its_container_is_the_volume(
    service: MealService, said: str, as_said: str
) -> None:
    assert await one_portion(service, said) == await one_portion(service, as_said)


async def test_a_question_never_offers_two_foods_of_the_same_energy(
    service: MealService,
) -> None:
    for text in ("sausage", "tomato soup", "2 cups of cream", "a cup of chicken noodle"):
        understood = await service.understand(text)
        for question in understood.questions:
            energies = [c.kcal for c in question.choices if c.kcal is not None]
            for i, kcal in enumerate(energies):
                assert all(abs(kcal - other) > 0.1 * max(kcal, other) for other in energies[:i])


def _asked(*choices: tuple[str, float | None]) -> Question:
    offered = tuple(Choice(f"0000{i}", name, kcal) for i, (name, kcal) in enumerate(choices))
    return Question(0, "x", 1.0, None, None, "x", "food", offered)


@pytest.mark.parametrize(
    ("question", "taken"),
    [
        (_asked(("Milk, lowfat, 1%", 102.0), ("Milk, lowfat, 1%, fortified", 108.0)), "00000"),
        (_asked(("Milk, lowfat, 1%", 102.0), ("Milk, fluid, 1% fat", None)), "00000"),
        (_asked(("Milk, lowfat, 1%", 102.0), ("Milk, lowfat, protein fortified", 118.0)), "00000"),
        (_asked(("Cod, raw", 148.0), ("Cod, cooked", 189.0), ("Cod, canned", 180.0)), "00000"),
        (_asked(("Milk, lowfat, 1%", 102.0), ("Milk, whole", 149.0)), None),  # a third more
        (_asked(("Cod, cooked", 189.0), ("Cod, raw", 148.0), ("Cod, dried", 520.0)), None),
        (_asked(("Bread, rye", 83.0), ("Rye", None)), None),  # another kind, unknown energy
        (_asked(("Bread, rye", None), ("Bread, rye, toasted", 82.0)), None),
    ],
)
def test_foods_whose_energy_agrees_within_a_quarter_need_no_question(
    question: Question, taken: str | None
) -> None:
    assert agreed_choice(question.choices) == taken


async def test_what_goes_with_a_food_is_its_customary_addition(service: MealService) -> None:
    understood = await service.understand("coffee with milk and sugar, a bagel w/ cream cheese")
    grams = {p.span: p.grams for p in understood.portions}
    tbsp_milk = (await one_portion(service, "1 tbsp milk"))[1]
    assert grams["milk"] == pytest.approx(2 * tbsp_milk, rel=0.03)  # a splash
    assert grams["sugar"] == (await one_portion(service, "1 tsp sugar"))[1]
    assert grams["cream cheese"] == (await one_portion(service, "2 tbsp cream cheese"))[1]
    toast = await service.understand("toast with butter")
    assert toast.portions[1].grams == (await one_portion(service, "1 pat butter"))[1]  # on toast
    noodles = await service.understand("2 cups of noodles with butter")
    assert noodles.portions[1].grams == (await one_portion(service, "1 tbsp butter"))[1]
    # Named on its own, milk is a glass of it: the usual portion.
    assert (await one_portion(service, "milk"))[1] > 200


async def test_a_named_size_is_its_serving_and_a_count_multiplies_it(
    service: MealService,
) -> None:
    tall = await service.understand("a tall latte")
    fl_oz = (await one_portion(service, "1 fl oz 2% milk"))[1]
    assert [p.grams for p in tall.portions][1] == pytest.approx(9.5 * fl_oz)  # a 12 fl oz cup
    grande = await service.understand("a grande latte")
    assert grande.portions[1].grams == pytest.approx(12.5 * fl_oz)
    two = await service.understand("2 tall lattes")
    assert [p.grams for p in two.portions] == pytest.approx([2 * p.grams for p in tall.portions])
    assert (await one_portion(service, "a cup of latte"))[1] == pytest.approx(8 * fl_oz)


async def test_a_coffee_shop_drink_is_its_espresso_and_the_milk_named(
    service: MealService,
) -> None:
    skinny = await service.understand("a medium skinny cappuccino")
    assert [p.food_uid for p in skinny.portions] == ["14210", "01085"]  # espresso, skim milk
    assert skinny.portions[1].grams == pytest.approx(
        8 * (await one_portion(service, "1 fl oz skim milk"))[1]
    )
    small = await service.understand("a small coffee")
    assert [p.grams for p in small.portions] == [(await one_portion(service, "12 fl oz coffee"))[1]]


async def test_a_can_of_a_drink_is_twelve_fluid_ounces(service: MealService) -> None:
    can = (await one_portion(service, "a can of ginger ale"))[1]
    assert can == pytest.approx((await one_portion(service, "12 fl oz ginger ale"))[1])
    # A food with a can measure of its own keeps it.
    assert (await one_portion(service, "a can of tuna"))[1] == 165.0


async def test_a_volume_goes_by_the_foods_plain_volume_measure(service: MealService) -> None:
    # Cola's measures are "fl oz" (30.7 g) and fountain cups ("cup medium 21 fl oz size",
    # 486 g): 330 ml is 330 / 29.57 fl oz, not 330 ml of a 486 g "cup".
    assert (await one_portion(service, "330 ml coke"))[1] == pytest.approx(
        330 / 29.5735 * 30.7, rel=0.001
    )


@pytest.mark.parametrize("text", ["a turkey sandwich", "turkey", "a cake", "a ham"])
async def test_one_of_a_thing_is_never_a_whole_bird_or_cake(
    service: MealService, text: str
) -> None:
    # SR24 counts some foods whole ("1 turkey", 7,725 kcal): "a ..." asks instead.
    understood = await service.understand(text)
    energies = [p.nutrients.kcal for p in understood.portions] + [
        c.kcal for q in understood.questions for c in q.choices if c.kcal is not None
    ]
    assert energies and max(energies) <= MAX_ONE_KCAL


@pytest.mark.parametrize(
    ("said", "uid", "grams"),
    [
        ("a wedge of tomato", "11529", 31.0),  # wedge (1/4 of medium tomato)
        ("2 ears of corn", "11168", 206.0),  # ear medium (6-3/4" to 7-1/2" long)
        ("2 stalks of celery", "11143", 80.0),  # stalk, medium (7-1/2" - 8" long)
        ("a stick of celery", "11143", 40.0),  # a stick of celery is a stalk
        ("3 cubes of swiss cheese", "01040", 45.0),  # cubic inch
    ],
)
async def test_a_part_of_a_whole_takes_the_measure_sr24_names_after_it(
    service: MealService, said: str, uid: str, grams: float
) -> None:
    assert await one_portion(service, said) == (uid, pytest.approx(grams))


@pytest.mark.parametrize(
    ("said", "uid", "grams"),
    [
        ("a sixth of a cantaloupe", "09181", 92.0),  # a medium melon, 552 g
        ("a quarter of a pumpkin pie", "18326", 248.75),  # not a quarter of a slice
        ("a fillet of haddock", "15034", 150.0),
        ("2 fillets of sole", "15029", 254.0),
        ("a handful of almonds", "12061", 28.35),
        ("a small handful of peanuts", "16090", 14.17),
        ("20 pistachios", "12652", 14.0),  # a kernel is 0.7 g
        ("a half cup of almonds", "12061", 71.5),  # "cup, whole", not "cup, ground"
    ],
)
async def test_parts_of_a_whole_pieces_handfuls_and_kernels_are_counted(
    service: MealService, said: str, uid: str, grams: float
) -> None:
    assert await one_portion(service, said) == (uid, pytest.approx(grams, abs=0.01))
