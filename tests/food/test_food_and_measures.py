"""A food and its household measures read in one statement, as the two reads give them."""

from __future__ import annotations

from healthbot.db import Database
from healthbot.food.repository import FoodRepository


async def test_a_food_and_its_measures_are_what_the_two_reads_give(food_db: Database) -> None:
    foods = FoodRepository(food_db)
    for uid in ("01123", "09003", "20044"):
        food, measures = await foods.get_with_measures(uid)
        assert food == await foods.get(uid)
        assert measures == tuple((m.amount, m.name, m.grams) for m in await foods.measures(uid))
    egg, measures = await foods.get_with_measures("01123")
    assert egg is not None and egg.kcal == 143
    assert ("large" in {name for _, name, _ in measures}) and len(measures) > 1


async def test_an_unknown_food_has_no_measures(food_db: Database) -> None:
    assert await FoodRepository(food_db).get_with_measures("99999") == (None, ())


async def test_a_food_without_measures_is_read_with_none(food_db: Database) -> None:
    uid = await food_db.fetch_value(
        "test.unmeasured",
        "SELECT uid FROM foods f WHERE NOT EXISTS"
        " (SELECT 1 FROM food_measures m WHERE m.food_uid = f.uid) ORDER BY uid LIMIT 1",
    )
    food, measures = await FoodRepository(food_db).get_with_measures(uid)
    assert food is not None and food.uid == uid and measures == ()
