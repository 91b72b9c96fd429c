"""/deleteme: after a confirmation, everything stored about the user is gone."""

from __future__ import annotations

import asyncio
from pathlib import Path

import psycopg
import pytest

from tests.support.daemon import running
from tests.support.telegram import labels
from tests.support.waiting import until

USER = 9701
OTHER = 9702

# Every table that holds something of a user, and how to find it.
TABLES = {
    "users": "id = %(id)s",
    "user_profiles": "user_id = %(id)s",
    "water_logs": "user_id = %(id)s",
    "weight_logs": "user_id = %(id)s",
    "update_inbox": "user_id = %(id)s OR chat_id = %(id)s",
    "outbox": "chat_id = %(id)s",
    "update_quarantine": "user_id = %(id)s OR chat_id = %(id)s",
}


async def rows_of(url: str, user_id: int) -> dict[str, int]:
    """How many rows of each table belong to the user."""
    counts = {}
    async with await psycopg.AsyncConnection.connect(url) as conn:
        for table, where in TABLES.items():
            cur = await conn.execute(f"SELECT count(*) FROM {table} WHERE {where}", {"id": user_id})
            row = await cur.fetchone()
            counts[table] = row[0] if row else 0
    return counts


async def unfinished(url: str, user_id: int) -> int:
    """Updates of the user still pending or being handled."""
    async with await psycopg.AsyncConnection.connect(url) as conn:
        cur = await conn.execute(
            "SELECT count(*) FROM update_inbox WHERE chat_id = %s"
            " AND status IN ('pending', 'processing')",
            (user_id,),
        )
        row = await cur.fetchone()
        return row[0] if row else 0


async def test_deleteme_erases_everything_of_the_user_and_nothing_of_others(
    tmp_path: Path, empty_database_url: str, redis_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    async with running(tmp_path, empty_database_url, redis_url, []) as bot:
        for user_id in (USER, OTHER):
            bot.fake.add_user(user_id, first_name=f"U{user_id}")
            await bot.ask(user_id, "/start")
            await bot.ask(user_id, "/water 500ml")
            await bot.ask(user_id, "/weight 70")
        async with await psycopg.AsyncConnection.connect(empty_database_url) as conn:
            await conn.execute(
                "INSERT INTO user_profiles (user_id, diet) VALUES (%s, '{vegetarian}')"
                " ON CONFLICT (user_id) DO UPDATE SET diet = EXCLUDED.diet",  # the weigh-in made it
                (USER,),
            )
        before = await rows_of(empty_database_url, USER)
        assert before["users"] == before["water_logs"] == before["weight_logs"] == 1

        bot.fake.send_text(USER, "/deleteme")
        (question,) = await bot.fake.wait_for_messages(USER, 1)
        assert "cannot be undone" in (question.plain_text or "")
        assert question.message_id is not None
        yes = labels(question)["Yes, delete everything"]
        bot.fake.press_button(USER, question.message_id, yes)
        bot.fake.send_text(USER, "/help")  # queued behind the press: it must be answered too
        await until(lambda: bot.fake.sent(USER, "editMessageText"), what="the question edited")
        assert "everything I had stored about you is deleted" in (
            bot.fake.sent(USER, "editMessageText")[-1].plain_text or ""
        )
        (help_reply,) = await bot.fake.wait_for_messages(USER, 1)
        assert "/deleteme" in (help_reply.plain_text or "")
        for _ in range(200):  # the press and the /help are marked done in a batch
            if not await unfinished(empty_database_url, USER):
                break
            await asyncio.sleep(0.05)
        # What was left in the inbox (updates not yet marked done at the erase: the press, the
        # /help, perhaps /deleteme itself, its mark still in the writer's batch) holds no
        # content any more.
        async with await psycopg.AsyncConnection.connect(empty_database_url) as conn:
            cur = await conn.execute(
                "SELECT payload::text FROM update_inbox WHERE chat_id = %s", (USER,)
            )
            assert {row[0] for row in await cur.fetchall()} <= {"{}"}
        after = await rows_of(empty_database_url, USER)
        assert after["update_inbox"] <= 3
        assert {k: v for k, v in after.items() if k not in ("update_inbox", "outbox")} == (
            dict.fromkeys((k for k in TABLES if k not in ("update_inbox", "outbox")), 0)
        )
        # Replies of those updates (ids and dates only, no text) go when they are pruned.
        assert after["outbox"] <= 2
        others = await rows_of(empty_database_url, OTHER)
        assert others["users"] == others["water_logs"] == others["weight_logs"] == 1

        # The cached record went too: the next /start greets a new user.
        assert "Hi U9701!" in await bot.ask(USER, "/start")
    # The erase did not break the bookkeeping of the updates still in flight.
    assert not [r for r in caplog.records if "could not" in r.getMessage()], caplog.text


async def test_deleteme_cancelled_keeps_everything(
    tmp_path: Path, empty_database_url: str, redis_url: str
) -> None:
    async with running(tmp_path, empty_database_url, redis_url, []) as bot:
        bot.fake.add_user(USER, first_name="Keep")
        await bot.ask(USER, "/start")
        bot.fake.send_text(USER, "/deleteme")
        (question,) = await bot.fake.wait_for_messages(USER, 1)
        assert question.message_id is not None
        bot.fake.press_button(USER, question.message_id, labels(question)["No, keep it"])
        await until(lambda: bot.fake.sent(USER, "editMessageText"), what="the question edited")
        assert (await rows_of(empty_database_url, USER))["users"] == 1
        assert "Welcome back, Keep!" in await bot.ask(USER, "/start")


async def test_deleteme_forgets_the_users_cached_values_too(
    tmp_path: Path, empty_database_url: str, redis_url: str
) -> None:
    """What the features cache of a user (saved meals, profile) is gone with the rows: a user
    who comes back within the cache's hour starts from nothing."""
    user = 9703
    async with running(tmp_path, empty_database_url, redis_url, []) as bot:
        bot.fake.add_user(user, first_name="Cached")
        await bot.ask(user, "/start")
        bot.fake.send_text(user, "/log 2 eggs and toast")
        await bot.fake.wait_for_messages(user, 2, timeout=90)  # the card, an achievement
        assert "Saved" in await bot.ask(user, "/save Eggs")
        assert "Eggs" in await bot.ask(user, "/meals")  # now cached, for an hour
        await bot.ask(user, "/weight 70")  # the profile's weight, cached too
        assert "70" in await bot.ask(user, "/profile")

        bot.fake.send_text(user, "/deleteme")
        (question,) = await bot.fake.wait_for_messages(user, 1)
        assert question.message_id is not None
        bot.fake.press_button(user, question.message_id, labels(question)["Yes, delete everything"])
        await until(lambda: bot.fake.sent(user, "editMessageText"), what="the question edited")

        assert "Hi Cached!" in await bot.ask(user, "/start")
        assert "No saved meals yet" in await bot.ask(user, "/meals")
        assert "70" not in await bot.ask(user, "/profile")
