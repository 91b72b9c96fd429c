"""The recent foods are cached (`healthbot.meals.recents_cache.RECENTS`), and every write of a
user's entries forgets them once committed: a new log, an edit, a meal changed, a delete,
an /undo and its Bring it back show at the next read, in this daemon and, through the
cache's channel, in another on the same Redis; nothing else recomputes them. A one-tap log
leaves them on its reply's path and stores them read again after its reply, so that the
next /log alone finds them ready (or forgets them, if they cannot be read)."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TypeVar

import pytest
from prometheus_client import REGISTRY

from healthbot.cache import Cache
from healthbot.db import Database
from healthbot.meals.foods import FoodCatalog
from healthbot.meals.logbook import MealLogbook
from healthbot.meals.recents import RecentFoods
from healthbot.meals.repository import MealRepository
from healthbot.meals.service import MealService
from healthbot.meals.shortcuts import MealShortcuts, Write
from healthbot.profile.service import ProfileService
from healthbot.users import UserRepository
from healthbot.when import Meal
from tests.support.caches import shared_caches
from tests.support.clocks import Clock
from tests.support.meals import Logged
from tests.support.telegram import buttons

BREAKFAST = datetime(2026, 3, 5, 8, 0, tzinfo=UTC)
T = TypeVar("T")


@dataclass
class Daemon:
    """One daemon's meal service and shortcuts on its own cache."""

    meals: MealService
    shortcuts: MealShortcuts

    async def breakfast(self, user_id: int) -> list[str]:
        """The foods /log alone offers the user at breakfast, as typed."""
        meal, foods = await self.shortcuts.recent(user_id)
        assert meal is Meal.BREAKFAST
        return [food.typed for food in foods]


def daemon(catalog: FoodCatalog, users: UserRepository, cache: Cache) -> Daemon:
    meals = MealService(catalog, MealRepository(users.db, cache), users, ProfileService(users))
    meals.clock = Clock(BREAKFAST)
    return Daemon(meals, MealShortcuts.of(meals, cache))


@pytest.fixture
async def two(
    catalog: FoodCatalog, users: UserRepository, redis_url: str
) -> AsyncIterator[tuple[Daemon, Daemon]]:
    """Two daemons on one database and one Redis, a local tier each."""
    async with shared_caches(redis_url) as (_, first, second):
        yield daemon(catalog, users, first), daemon(catalog, users, second)


async def eventually(read: Callable[[], Awaitable[T]], expected: T) -> None:
    """Read until `expected` comes (60 s at most): another daemon's write reaches this
    one's local tier over Redis's channel, a moment after the write returned."""
    deadline = time.monotonic() + 60
    while (found := await read()) != expected and time.monotonic() < deadline:
        await asyncio.sleep(0.02)
    assert found == expected


async def log(one: Daemon, user_id: int, text: str, key: str) -> int:
    understood = await one.meals.understand(text)
    entry = await one.meals.log(
        user_id, understood.portions, meal=None, description=text, key=key, at=BREAKFAST
    )
    return entry.id


async def test_each_write_of_a_users_entries_shows_at_the_next_recent_foods(
    two: tuple[Daemon, Daemon], users: UserRepository, uid: int
) -> None:
    one, other = two
    await users.register(uid, first_name="Ana")
    eggs = await log(one, uid, "2 eggs", "k1")
    assert await one.breakfast(uid) == ["2 eggs"]  # read, and cached
    assert await other.breakfast(uid) == ["2 eggs"]  # in the other's tier too
    # A new log.
    banana = await log(one, uid, "1 banana", "k2")
    another = await log(one, uid, "1 banana", "k3")
    assert await one.breakfast(uid) == ["1 banana", "2 eggs"]
    await eventually(lambda: other.breakfast(uid), ["1 banana", "2 eggs"])
    # An edit of the eggs' entry: two eggs become an apple.
    apple = (await one.meals.understand("1 apple")).portions
    assert await one.meals.replace(uid, eggs, apple, "1 apple", "u1/edit") is not None
    await eventually(lambda: other.breakfast(uid), ["1 banana", "1 apple"])
    # Its meal changed: no longer a breakfast food, still one of theirs.
    assert await other.meals.set_meal(uid, eggs, Meal.DINNER)

    async def counted() -> list[tuple[str, int]]:
        return [(food.typed, food.at_this_meal) for food in (await one.shortcuts.recent(uid))[1]]

    await eventually(counted, [("1 banana", 2), ("1 apple", 0)])
    # A delete, and Undo's restore.
    assert await one.meals.delete(uid, banana)
    assert await one.breakfast(uid) == ["1 banana", "1 apple"]  # the other banana
    await eventually(lambda: other.breakfast(uid), ["1 banana", "1 apple"])
    assert await one.meals.delete(uid, another)
    await eventually(lambda: other.breakfast(uid), ["1 apple"])
    assert await other.meals.restore(uid, banana)
    await eventually(lambda: one.breakfast(uid), ["1 banana", "1 apple"])


async def test_a_retried_log_shows_at_the_next_recent_foods(
    two: tuple[Daemon, Daemon], catalog: FoodCatalog, users: UserRepository, uid: int
) -> None:
    one, _ = two
    await users.register(uid, first_name="Ana")
    assert await one.breakfast(uid) == []  # read, and cached
    # The first try stored the entry and died before it forgot the cached foods (here: it
    # wrote through a cache of its own), so the update is handled again.
    await log(daemon(catalog, users, Cache(None)), uid, "2 eggs", "k1")
    assert await one.breakfast(uid) == []
    await log(one, uid, "2 eggs", "k1")  # the retry: the entry is there already
    assert await one.breakfast(uid) == ["2 eggs"]


async def test_undo_and_bring_it_back_show_at_the_next_recent_foods(
    two: tuple[Daemon, Daemon], users: UserRepository, uid: int
) -> None:
    one, other = two
    await users.register(uid, first_name="Ana")
    await log(one, uid, "2 eggs", "k1")
    banana = await log(one, uid, "1 banana", "k2")
    assert await other.breakfast(uid) == ["1 banana", "2 eggs"]  # ties: the latest first
    logbook = MealLogbook.of(one.meals.repository)
    assert await logbook.remove(uid, banana, "undo:1", "en") is not None
    await eventually(lambda: other.breakfast(uid), ["2 eggs"])
    restored = await logbook.restore(uid, banana, "en")
    assert restored.changed
    await eventually(lambda: other.breakfast(uid), ["1 banana", "2 eggs"])


async def test_a_read_without_a_write_is_served_from_the_cache(
    two: tuple[Daemon, Daemon], users: UserRepository, uid: int
) -> None:
    one, _ = two
    await users.register(uid, first_name="Ana")
    await log(one, uid, "2 eggs", "k1")
    assert await one.breakfast(uid) == ["2 eggs"]
    # Written behind the repository's back: not seen, as nothing told the cache.
    await users.db.execute(
        "test.hidden",
        "UPDATE food_entries SET deleted_at = now() WHERE user_id = %(user_id)s",
        {"user_id": uid},
    )
    assert await one.breakfast(uid) == ["2 eggs"]
    await one.meals.repository.changed(uid)
    assert await one.breakfast(uid) == []


def recent_reads() -> float:
    """The recent foods' queries sent so far (in this process)."""
    labels = {"query": "meals.recent_foods"}
    return REGISTRY.get_sample_value("healthbot_db_query_duration_seconds_count", labels) or 0.0


async def test_after_a_one_tap_log_the_next_log_alone_reads_no_query(
    logged: Logged, uid: int
) -> None:
    await logged.say(uid, "/log 2 eggs")
    assert "Saved" in await logged.ask(uid, "/save usual breakfast")
    await logged.say(uid, "/log usual breakfast")  # after its card, the foods read again
    before = recent_reads()
    [offer] = await logged.say(uid, "/log")
    assert [text for row in buttons(offer) for text, _ in row] == ["2 eggs · 143 kcal"]
    assert recent_reads() == before
    await logged.say(uid, "/log 1 banana")  # a log that forgets them: read at the next /log
    [offer] = await logged.say(uid, "/log")
    assert len(buttons(offer)) == 2
    assert recent_reads() == before + 1


async def test_a_one_tap_log_shows_in_every_daemon_once_refreshed_after_its_reply(
    two: tuple[Daemon, Daemon], users: UserRepository, uid: int
) -> None:
    one, other = two
    await users.register(uid, first_name="Ana")
    eggs = await log(one, uid, "2 eggs", "k1")
    await log(one, uid, "1 banana", "k2")
    assert await one.breakfast(uid) == ["1 banana", "2 eggs"]  # ties: the latest first
    assert await other.breakfast(uid) == ["1 banana", "2 eggs"]  # each tier holds them
    saved = await one.shortcuts.save(uid, eggs, "Usual")
    assert saved is not None
    await one.shortcuts.log_saved(uid, saved, Write("k3", refreshed=True))
    # Left as they were on the reply's path: the handler refreshes them after its reply.
    assert await one.breakfast(uid) == ["1 banana", "2 eggs"]
    await one.shortcuts.refresh(uid)
    assert await one.breakfast(uid) == ["2 eggs", "1 banana"]  # stored, read from the tier
    await eventually(lambda: other.breakfast(uid), ["2 eggs", "1 banana"])


async def test_a_one_tap_logs_read_again_that_fails_forgets_the_foods_and_raises_nothing(
    catalog: FoodCatalog,
    users: UserRepository,
    database_url: str,
    uid: int,
    caplog: pytest.LogCaptureFixture,
) -> None:
    cache = Cache(None)
    one = daemon(catalog, users, cache)
    await users.register(uid, first_name="Ana")
    assert await one.breakfast(uid) == []  # read, and cached
    portions = (await one.meals.understand("2 eggs")).portions
    await one.meals.log(
        uid, portions, meal=None, description="2 eggs", key="k1", at=BREAKFAST, forget=False
    )
    gone = await Database.open(database_url, min_size=1, max_size=1)
    await gone.close()  # the read fails as when the database went away after the replies
    shortcuts = MealShortcuts(
        one.meals, one.shortcuts.saved, RecentFoods(gone, cache), one.shortcuts.sources
    )
    with caplog.at_level(logging.WARNING, logger="healthbot.meals.shortcuts"):
        await shortcuts.refresh(uid)
    [warned] = [r for r in caplog.records if "recent foods" in r.getMessage()]
    assert warned.exc_info is not None
    assert await one.breakfast(uid) == ["2 eggs"]  # forgotten: read again
