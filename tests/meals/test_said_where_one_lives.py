"""What a name means by where the writer lives and how it is said: flapjacks are pancakes
outside Britain and Ireland or with syrup (review14 finding 12), a plain biscuit with British
tea a sweet one; avocado said without a count is half of one; an egg sandwich said with its
eggs has that many (finding 15); a baguette is the whole stick; a malt drink's bottle its
330 ml."""

from __future__ import annotations

import pytest

from healthbot.meals.service import MealService
from tests.support.portions import one_portion


@pytest.mark.parametrize(
    ("said", "grams"),
    [
        ("rye toast with avocado", 100.0),
        ("eggs and avo", 100.0),
        ("an avocado", 201.0),
        ("3 avocados", 603.0),
    ],
)
async def test_avocado_said_without_a_count_is_half_of_one(
    service: MealService, said: str, grams: float
) -> None:
    understood = await service.understand(said)
    [avocado] = [p for p in understood.portions if p.food_uid == "09037"]
    assert avocado.grams == pytest.approx(grams, rel=0.01)


@pytest.mark.parametrize("said", ["a 3 egg sandwich", "one three egg sandwich", "3 egg sandwich"])
async def test_an_egg_sandwich_said_with_its_eggs_has_that_many(
    service: MealService, said: str
) -> None:
    understood = await service.understand(said)
    assert understood.questions == ()
    eggs = sum(p.grams for p in understood.portions if p.food_uid == "01128")
    bread = sum(p.grams for p in understood.portions if p.food_uid == "18069")
    assert (eggs, bread) == (pytest.approx(3 * 46.0), pytest.approx(56.0))


@pytest.mark.parametrize(
    ("said", "timezone", "uid"),
    [
        # a pancake outside Britain and Ireland, or with syrup or as a stack anywhere
        ("2 flapjacks", "America/Chicago", "18293"),
        ("2 flapjacks", None, "18293"),
        ("a short stack of flapjacks", "Europe/London", "18293"),
        ("2 flapjacks with maple syrup", "Europe/Dublin", "18293"),
        ("flapjacks with bacon and maple syrup", "Europe/London", "18293"),
        ("buttermilk flapjacks", "Europe/London", "18390"),
        # Britain's oat bar, also beside bacon or butter that are not its own (review15 F14)
        ("2 flapjacks", "Europe/London", "19015"),
        ("a flapjack and a bacon sandwich", "Europe/London", "19015"),
        ("2 flapjacks and toast with butter", "Europe/London", "19015"),
        ("a flapjack, then a bacon roll", "Europe/Dublin", "19015"),
        # a plain biscuit with a British cup of tea is a sweet one; in the US, a biscuit
        ("a biscuit with my brew", "Europe/London", "18173"),
        ("a biscuit with my coffee", "America/New_York", "18009"),
    ],
)
async def test_a_name_that_differs_by_region_is_read_where_the_writer_lives(
    service: MealService, said: str, timezone: str | None, uid: str
) -> None:
    understood = await service.understand(said, timezone=timezone)
    assert uid in [p.food_uid for p in understood.portions], understood


@pytest.mark.parametrize(
    ("said", "uid", "grams"),
    [
        ("a quarter of a baguette", "18029", 62.5),
        ("a baguette", "18029", 250.0),
        ("2 bottles of supermalt", "14305", 2 * 330 * 1.003),
    ],
)
async def test_a_whole_named_by_its_own_serving(
    service: MealService, said: str, uid: str, grams: float
) -> None:
    assert await one_portion(service, said) == (uid, pytest.approx(grams, rel=0.02))
