"""Feature packages: registration, typed dependencies, idempotent writes, durable dialogs, jobs.

Each test adds a small feature of its own to the real ones and runs the daemon in-process
against the fake Telegram, real PostgreSQL and real Redis.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from pathlib import Path

import psycopg
import pytest
from aiogram import Router
from aiogram.filters import Command, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.fsm.storage.base import StorageKey
from aiogram.types import Message

from healthbot.cache import connect_redis
from healthbot.dialogs import DialogStorage
from healthbot.embedded import EmbeddedRedis
from healthbot.errors import StartupError
from healthbot.feature import Core, Dependencies, JobContext, Menu
from healthbot.ops import OpKey
from healthbot.profile.service import ProfileService
from healthbot.users import UserRepository
from tests.support.daemon import feature, running


async def test_a_handler_that_writes_then_fails_writes_one_row_after_its_retry(
    tmp_path: Path, empty_database_url: str, redis_url: str
) -> None:
    attempts: list[str] = []
    router = Router(name="water_test")

    @router.message(Command("drink"))
    async def cmd_drink(message: Message, op: OpKey, profiles: ProfileService) -> None:
        assert message.from_user is not None
        core_db = profiles.users.db
        await core_db.execute(
            "test.water",
            "INSERT INTO water_logs (user_id, amount_ml, local_date, idempotency_key)"
            " VALUES (%s, 250, current_date, %s) ON CONFLICT (user_id, idempotency_key) DO NOTHING",
            (message.from_user.id, op.step("water")),
        )
        attempts.append(op.value)
        if len(attempts) == 1:
            raise RuntimeError("a bug after the write")  # the intake retries the update
        await message.answer("logged 250 ml")

    async with running(tmp_path, empty_database_url, redis_url, [feature("w", router)]) as bot:
        bot.fake.add_user(9101, first_name="Wa")
        await bot.ask(9101, "/start")
        assert await bot.ask(9101, "/drink", timeout=60) == "logged 250 ml"
    assert len(attempts) == 2 and attempts[0] == attempts[1]  # the same key on the retry
    async with await psycopg.AsyncConnection.connect(empty_database_url) as conn:
        cur = await conn.execute("SELECT count(*) FROM water_logs WHERE user_id = 9101")
        assert await cur.fetchone() == (1,)


class Naming(StatesGroup):
    """A two-step dialog: ask, then answer."""

    waiting = State()


def naming_router() -> Router:
    """/name asks for a name; the next message answers it (in the dialog's state)."""
    router = Router(name="naming")

    @router.message(Command("name"))
    async def cmd_name(message: Message, state: FSMContext) -> None:
        await state.set_state(Naming.waiting)
        await state.update_data(asked="yes")
        await message.answer("What should I call you?")

    @router.message(StateFilter(Naming.waiting))
    async def got_name(message: Message, state: FSMContext) -> None:
        data = await state.get_data()
        await state.clear()
        await message.answer(f"Nice to meet you, {message.text} ({data.get('asked')})")

    return router


async def test_a_dialog_survives_a_restart(
    tmp_path: Path, empty_database_url: str, redis_url: str
) -> None:
    extra = [feature("naming", naming_router)]
    async with running(tmp_path, empty_database_url, redis_url, extra) as bot:
        bot.fake.add_user(9201, first_name="Di")
        assert await bot.ask(9201, "/name") == "What should I call you?"
    # A new process: nothing in memory, the dialog's state only in Redis.
    async with running(tmp_path, empty_database_url, redis_url, extra) as bot:
        bot.fake.add_user(9201, first_name="Di")
        assert await bot.ask(9201, "Zed") == "Nice to meet you, Zed (yes)"
        # The dialog ended: plain text goes to the coach again.
        assert "Offline coach" in await bot.ask(9201, "Zed")


async def test_dialog_state_expires_in_redis(redis_url: str) -> None:
    client = connect_redis(redis_url, 1.0)
    try:
        storage = DialogStorage(client, ttl_seconds=120)
        key = StorageKey(bot_id=1, chat_id=9301, user_id=9301)
        await storage.set_state(key, Naming.waiting)
        await storage.set_data(key, {"step": 2})
        ttls = [await client.ttl(k) for k in await client.keys("hb:fsm:1:9301:9301:*")]
        assert len(ttls) == 2 and all(0 < ttl <= 120 for ttl in ttls)
    finally:
        await client.aclose()


async def test_dialog_state_outlives_a_redis_outage(own_redis: EmbeddedRedis) -> None:
    client = connect_redis(own_redis.url, 0.25)
    try:
        storage = DialogStorage(client, ttl_seconds=600, cooldown=0.2)
        key = StorageKey(bot_id=1, chat_id=9401, user_id=9401)
        own_redis.kill()
        await storage.set_state(key, Naming.waiting)  # kept in memory meanwhile
        assert await storage.get_state(key) == Naming.waiting.state
        own_redis.start()
        fresh = DialogStorage(client, ttl_seconds=600)  # a restart later: memory empty

        async def written_back() -> bool:
            await storage.get_state(key)  # after the cooldown, writes back what Redis missed
            return await fresh.redis.get_state(key) == Naming.waiting.state

        deadline = asyncio.get_running_loop().time() + 10
        while not await written_back():
            assert asyncio.get_running_loop().time() < deadline, "never written back"
            await asyncio.sleep(0.05)
        assert await fresh.get_state(key) == Naming.waiting.state
    finally:
        await client.aclose()


async def test_a_missing_dependency_fails_at_start_naming_the_handler(
    tmp_path: Path, empty_database_url: str, redis_url: str
) -> None:
    router = Router(name="needy")

    @router.message(Command("needy"))
    async def cmd_needy(message: Message, advisor: ProfileService) -> None:
        await message.answer("never")

    with pytest.raises(StartupError, match=r"handler needy\.cmd_needy needs `advisor: Profile"):
        async with running(tmp_path, empty_database_url, redis_url, [feature("n", router)]):
            pass


async def test_a_dependency_of_the_wrong_type_fails_at_start(
    tmp_path: Path, empty_database_url: str, redis_url: str
) -> None:
    router = Router(name="typed")

    @router.message(Command("typed"))
    async def cmd_typed(message: Message, advisor: ProfileService) -> None:
        await message.answer("never")

    def provide(core: Core) -> Mapping[str, object]:
        return {"advisor": "not a service"}

    with pytest.raises(StartupError, match="but it is a str"):
        async with running(
            tmp_path, empty_database_url, redis_url, [feature("t", router, provide=provide)]
        ):
            pass


async def test_the_user_record_is_read_through_the_cache(
    tmp_path: Path, empty_database_url: str, redis_url: str
) -> None:
    async with running(tmp_path, empty_database_url, redis_url, []) as bot:
        bot.fake.add_user(9501, first_name="Ca")
        await bot.ask(9501, "/start")
        hits = ("healthbot_cache_hits_total", (("namespace", "user_profile"), ("tier", "local")))
        loads = ("healthbot_cache_loads_total", (("namespace", "user_profile"),))
        before = bot.scrape()
        for _ in range(4):
            await bot.ask(9501, "/help")
        after = bot.scrape()
    # /start's write invalidated the record: the first update loads it, the next ones hit.
    assert after[loads] - before.get(loads, 0.0) == 1
    assert after[hits] - before.get(hits, 0.0) >= 3


async def test_a_job_sends_through_the_chat_lane_once_per_key(
    tmp_path: Path, empty_database_url: str, redis_url: str
) -> None:
    ready = asyncio.Event()

    async def nudge(context: JobContext) -> None:
        async def send() -> None:
            await context.bot.send_message(9601, "time to drink water")

        key = OpKey.for_job("nudge", "2026-11-28T15:00").value
        for _ in range(2):  # the same occurrence twice: a retry after a crash, say
            context.lanes.submit_job(9601, key, send)
        ready.set()
        await asyncio.Event().wait()  # a job runs until the daemon stops

    extra = [feature("nudges", Router(name="nudges"), jobs=(nudge,))]
    async with running(tmp_path, empty_database_url, redis_url, extra) as running_bot:
        running_bot.fake.add_user(9601, first_name="Jo")
        await asyncio.wait_for(ready.wait(), 10)
        (message,) = await running_bot.fake.wait_for_messages(9601, 1, timeout=10)
        assert message.text == "time to drink water"
        with pytest.raises(TimeoutError):
            await running_bot.fake.wait_for_messages(9601, 1, timeout=1.0)


def test_dependencies_are_found_by_type_one_of_each() -> None:
    dependencies = Dependencies({"menu": Menu(()), "count": 3, "other": 4.5})
    assert isinstance(dependencies.get(Menu), Menu)
    assert dependencies["count"] == 3  # by name too: the handlers' keyword parameters
    with pytest.raises(StartupError, match="0 dependencies of type ProfileService"):
        dependencies.get(ProfileService)
    with pytest.raises(StartupError, match="2 dependencies of type int"):
        Dependencies({"a": 1, "b": 2}).get(int)


async def test_a_features_close_hook_runs_when_the_app_closes_before_the_database(
    tmp_path: Path, empty_database_url: str, redis_url: str
) -> None:
    seen: list[object] = []

    async def close(dependencies: Dependencies) -> None:
        users = dependencies.get(UserRepository)
        seen.append(await users.db.fetch_one("test.close", "SELECT 1 AS one", {}, dict))

    extra = [feature("closing", Router(name="closing"), close=close)]
    async with running(tmp_path, empty_database_url, redis_url, extra):
        assert seen == []
    assert seen == [{"one": 1}]  # ran at close, with the database still open
