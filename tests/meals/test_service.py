"""The meal service against real PostgreSQL: idempotent writes, owners, days and meals, and
the property that an entry's totals are the sums of its items."""

from __future__ import annotations

import asyncio
import itertools
from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from healthbot.db.pool import Connection
from healthbot.food.parser import FoodParseError
from healthbot.meals.answers import Portion
from healthbot.meals.portions import Nutrients, meal_at
from healthbot.meals.service import MealService, split_meal
from healthbot.users import UserRepository
from healthbot.when import Meal
from tests.support.users import new_user_id


async def _user(users: UserRepository, timezone: str = "UTC") -> int:
    """A new user in `timezone` (written before anything reads, so nothing cached is stale)."""
    user_id = new_user_id()
    await users.db.execute(
        "test.user",
        "INSERT INTO users (id, first_name, timezone) VALUES (%(id)s, 'T', %(tz)s)",
        {"id": user_id, "tz": timezone},
    )
    return user_id


async def test_the_same_key_stores_one_entry(service: MealService, users: UserRepository) -> None:
    user_id = await _user(users)
    understood = await service.understand("2 eggs and a slice of toast")
    first = await service.log(user_id, understood.portions, meal=None, description="x", key="k1")
    again = await service.log(user_id, understood.portions, meal=None, description="x", key="k1")
    assert again.id == first.id and len(again.items) == 2
    other = await service.log(user_id, understood.portions, meal=None, description="x", key="k2")
    assert other.id != first.id
    # An answered item added twice (a retried button press) is added once.
    [banana] = (await service.understand("a banana")).portions
    late = Portion(**{**{f: getattr(banana, f) for f in banana.__slots__}, "position": 2})
    await service.add(user_id, first.id, late)
    entry = await service.add(user_id, first.id, late)
    assert entry is not None and len(entry.items) == 3
    assert float(entry.row.kcal) == round(207.46 + banana.nutrients.kcal, 2)


class CommitSetting:
    """Joined to a write's transaction (as its XP is): reads whether its commit waits for
    the disk."""

    def __init__(self) -> None:
        self.value: str | None = None

    async def queue(self, conn: Connection) -> None:
        self.cursor = conn.cursor()
        await self.cursor.execute("SELECT current_setting('synchronous_commit')")

    async def finish(self) -> None:
        row = await self.cursor.fetchone()
        self.value = None if row is None else str(row[0])


async def test_a_logs_transaction_commits_without_waiting_for_the_disk(
    service: MealService, users: UserRepository
) -> None:
    user_id = await _user(users)
    understood = await service.understand("2 eggs")
    setting = CommitSetting()
    await service.log(user_id, understood.portions, meal=None, description="2 eggs", key="k1",
                      joined=lambda day: [setting])  # fmt: skip
    assert setting.value == "off"  # set by its statement: nothing else in it says so
    # Not for the connection's later transactions: the setting ends with its own.
    assert await users.db.fetch_value("test.setting", "SHOW synchronous_commit") == "on"


async def test_nobody_else_reads_or_changes_an_entry(
    service: MealService, users: UserRepository
) -> None:
    owner, other = await _user(users), await _user(users)
    entry = await service.log(
        owner, (await service.understand("2 eggs")).portions, meal=None, description="", key="k"
    )
    assert await service.entry(other, entry.id) is None
    assert not await service.delete(other, entry.id)
    assert not await service.set_meal(other, entry.id, Meal.LUNCH)
    assert await service.replace(other, entry.id, [], "", "u1/edit") is None
    [banana] = (await service.understand("a banana")).portions
    assert await service.add(other, entry.id, banana) is None
    unchanged = await service.entry(owner, entry.id)
    assert unchanged is not None and unchanged.items == entry.items and not unchanged.row.deleted


async def test_the_meal_and_day_come_from_the_users_local_time(
    service: MealService, users: UserRepository
) -> None:
    # 23:30 UTC on the 28th is 08:30 on the 29th in Tokyo and 18:30 on the 28th in New York.
    now = datetime(2026, 11, 28, 23, 30, tzinfo=UTC)
    service.clock = lambda: now
    portions = (await service.understand("a banana")).portions
    tokyo, new_york = await _user(users, "Asia/Tokyo"), await _user(users, "America/New_York")
    morning = await service.log(tokyo, portions, meal=None, description="", key="k")
    evening = await service.log(new_york, portions, meal=None, description="", key="k")
    assert (morning.meal, morning.row.local_date.isoformat()) == (Meal.BREAKFAST, "2026-11-29")
    assert (evening.meal, evening.row.local_date.isoformat()) == (Meal.DINNER, "2026-11-28")
    assert (await service.day(tokyo)).total.kcal == morning.totals.kcal
    assert (await service.day(new_york)).entries == 1


def test_meal_times_and_meal_words() -> None:
    from datetime import time

    assert [meal_at(time(h)) for h in (3, 4, 10, 11, 15, 16, 17, 21, 22)] == [
        Meal.SNACK, Meal.BREAKFAST, Meal.BREAKFAST, Meal.LUNCH, Meal.LUNCH, Meal.SNACK,
        Meal.DINNER, Meal.DINNER, Meal.SNACK,
    ]  # fmt: skip
    assert split_meal("Breakfast: 2 eggs") == (Meal.BREAKFAST, "2 eggs")
    assert split_meal("supper - soup") == (Meal.DINNER, "soup")
    assert split_meal("lunch") == (None, "lunch")  # a meal word alone is not a meal name
    assert split_meal("snacky bar") == (None, "snacky bar")


def test_nutrients_add_up() -> None:
    total = Nutrients(1, 2, 3, 4) + Nutrients(0.5, 0.25)
    assert total == Nutrients(1.5, 2.25, 3, 4, 0)


_PHRASES = ["2 eggs", "a slice of toast", "1 cup rice", "150g chicken breast", "a banana",
            "2 tbsp peanut butter", "half an avocado", "30 g cheddar", "a glass of milk",
            "1 tbsp olive oil", "3 slices of bacon", "a medium apple"]  # fmt: skip


async def test_an_entrys_totals_are_the_sums_of_its_items(
    service: MealService, users: UserRepository
) -> None:
    user_id = await _user(users)
    loop = asyncio.get_running_loop()
    keys = itertools.count()

    async def example(pieces: list[str]) -> None:
        text = ", ".join(pieces)
        try:
            understood = await service.understand(text)
        except FoodParseError:
            return  # too much of something: refused whole, nothing to sum
        assert all(p.grams > 0 and p.nutrients.kcal >= 0 for p in understood.portions)
        if not understood.portions:
            return
        entry = await service.log(
            user_id, understood.portions, meal=None, description=text, key=f"p{next(keys)}"
        )
        items = [Nutrients(float(i.kcal), float(i.protein_g), float(i.carbs_g), float(i.fat_g),
                           float(i.fiber_g)) for i in entry.items]  # fmt: skip
        sums = Nutrients()
        for item in items:
            sums += item
        assert entry.totals == sums.rounded()
        assert len(entry.items) == len(understood.portions)

    # Known phrases, and any amount of any unit of some foods: 0.001 g to 10 kg, and
    # numbers as people type them.
    amounts = st.one_of(
        st.floats(0.001, 10_000, allow_nan=False).map(lambda x: f"{x:.3f}"),
        st.integers(1, 500).map(str),
        st.sampled_from(["half", "a", "two", "1/2", "1,5", "3-4"]),
    )
    units = st.sampled_from(["g", "kg", "oz", "lb", "ml", "cup", "tbsp", "tsp", "slice", ""])
    foods = st.sampled_from(["rice", "butter", "egg", "banana", "milk", "cheddar", "honey"])
    typed = st.builds(lambda a, u, f: " ".join(w for w in (a, u, f) if w), amounts, units, foods)
    pieces = st.one_of(st.sampled_from(_PHRASES), typed)

    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.lists(pieces, min_size=1, max_size=8))
    def run(meal: list[str]) -> None:
        asyncio.run_coroutine_threadsafe(example(meal), loop).result(timeout=60)

    await asyncio.to_thread(run)


async def test_a_misspelt_food_is_as_sure_as_the_food_spelt_right(service: MealService) -> None:
    for typed, right in [
        ("2 slices of chedar chese", "2 slices of cheddar cheese"),
        ("a cup of diced pinapple", "a cup of diced pineapple"),
        ("a cup of strawberrys", "a cup of strawberries"),
        ("vanilla yoghourt", "vanilla yogurt"),
    ]:
        misspelt, spelt = await service.understand(typed), await service.understand(right)
        assert misspelt.questions == spelt.questions == (), typed
        assert [p.food_uid for p in misspelt.portions] == [p.food_uid for p in spelt.portions]


async def test_how_a_food_was_cut_does_not_make_it_another_food(service: MealService) -> None:
    for typed in ("a cup of cubed cantaloupe", "fresh blueberries, 1 cup", "sliced kiwi"):
        understood = await service.understand(typed)
        assert understood.questions == (), typed


async def test_a_label_before_a_colon_that_names_no_food_is_dropped(service: MealService) -> None:
    understood = await service.understand("after yoga: an apple and a string cheese")
    assert [p.food_uid for p in understood.portions] == ["09003", "01029"]
    assert understood.questions == ()


async def test_a_food_before_a_colon_is_kept_with_its_amount(service: MealService) -> None:
    understood = await service.understand("oatmeal: 1 cup")
    assert [(p.food_uid, p.grams) for p in understood.portions] == [("08121", 234.0)]


async def test_words_of_a_sentence_that_name_no_food_are_no_item(service: MealService) -> None:
    understood = await service.understand("I basically had an apple, haha")
    assert [p.food_uid for p in understood.portions] == ["09003"]
    assert [q.span for q in understood.questions] == []
    # A word that is no English word is a food we do not know: asked about, not dropped.
    understood = await service.understand("I basically had an apple and zorblax")
    assert [p.food_uid for p in understood.portions] == ["09003"]
    assert [q.food for q in understood.questions] == ["zorblax"]


async def test_an_unknown_food_in_a_list_is_still_asked_about(service: MealService) -> None:
    understood = await service.understand("an apple and zorblax")
    assert [q.food for q in understood.questions] == ["zorblax"]
