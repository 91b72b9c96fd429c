"""The daemon in-process, through aiogram over HTTP to loadgen's fake Telegram; the tests of
what the core's handlers answer run on the handler-level harness (the `handlers` fixture)."""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import psycopg
import pytest

from healthbot.app import App
from healthbot.embedded import EmbeddedPostgres, EmbeddedRedis
from loadgen.telegram import FakeTelegram
from tests.support.daemon import RunningBot, bot_settings
from tests.support.harness import Harness
from tests.support.telegram import TOKEN, shown
from tests.support.waiting import until


@pytest.fixture
async def bot(tmp_path: Path, empty_database_url: str, redis_url: str) -> AsyncIterator[RunningBot]:
    """The daemon on the session's PostgreSQL and Redis."""
    async with FakeTelegram(TOKEN) as fake:
        settings = bot_settings(tmp_path, empty_database_url, redis_url, fake.base_url)
        async with App(settings, TOKEN) as app, app.serving():
            yield RunningBot(fake, app)


async def test_start_registers_the_user_and_greets(
    bot: RunningBot, empty_database_url: str
) -> None:
    bot.fake.add_user(5001, first_name="Ann", username="ann")
    assert "Hi Ann!" in await bot.ask(5001, "/start")
    async with await psycopg.AsyncConnection.connect(empty_database_url) as conn:
        cur = await conn.execute("SELECT first_name, username FROM users WHERE id = 5001")
        assert await cur.fetchone() == ("Ann", "ann")
    assert "Welcome back, Ann!" in await bot.ask(5001, "/start")


async def test_help_lists_the_commands(handlers: Harness, uid: int) -> None:
    handlers.user(uid, "Bo")
    reply = await handlers.ask(uid, "/help")
    assert "/start" in reply
    assert "/help" in reply
    assert handlers.fake.commands, "the command menu was set"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("/wieght 68", "I don't know the command /wieght. Did you mean /weight?"),
        ("/histroy", "I don't know the command /histroy. Did you mean /history?"),
        ("/Todya", "I don't know the command /Todya. Did you mean /today?"),
        ("/delete", "I don't know the command /delete. Send /help"),  # never /deleteme
        ("/dance", "I don't know the command /dance. Send /help"),
    ],
)
async def test_a_mistyped_command_is_offered_the_one_meant(
    handlers: Harness, uid: int, text: str, expected: str
) -> None:
    # A student typing fast sent /wieght and /histroy and was told only to read /help.
    handlers.user(uid, "Tunde")
    assert (await handlers.ask(uid, text)).startswith(expected)


async def test_names_with_markup_are_escaped(handlers: Harness, uid: int) -> None:
    # The fake rejects broken HTML like Telegram; an unescaped name would fail the send.
    handlers.user(uid, "<b>Al & Co")
    assert "Hi <b>Al & Co!" in await handlers.ask(uid, "/start")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("/start $$$ <i>", "Hi"),
        ("/help me please 1 2 3", "/start"),
        ("/dance --now", "I don't know the command /dance"),
        ("/<script>", "I don't know the command /<script>"),
        ("/" + "x" * 300, "I don't know the command /xxxx"),
        # Free text goes to the coach: here offline (no key), on loadgen's fake model.
        ("hello there", "Offline coach"),
        ("a" * 4096, "Offline coach"),
        ("é🙂" * 3000, "Offline coach"),
    ],
)
async def test_garbage_and_long_input_get_a_helpful_reply(
    handlers: Harness, uid: int, text: str, expected: str
) -> None:
    handlers.user(uid, "Cy")
    reply = await handlers.ask(uid, text)
    assert expected in reply
    assert len(reply) <= 4096


@pytest.mark.parametrize(
    "extra",
    [
        {"sticker": {"file_id": "s", "file_unique_id": "su", "type": "regular", "width": 1,
                     "height": 1, "is_animated": False, "is_video": False}},
        {"document": {"file_id": "d", "file_unique_id": "du", "file_name": "plan.pdf",
                      "mime_type": "application/pdf"}},
        {"voice": {"file_id": "v", "file_unique_id": "vu", "duration": 3}},
    ],
    ids=["sticker", "pdf", "voice"],  # (photos go to the coach: tests/coach)
)  # fmt: skip
async def test_non_text_messages_get_a_polite_reply(
    handlers: Harness, uid: int, extra: dict[str, object]
) -> None:
    handlers.fake.send_message_update(handlers.user(uid, "Di"), extra)
    (reply,) = await handlers.fake.wait_for_messages(uid, 1)
    assert "not this kind of message" in shown(reply)


async def test_edited_message_is_answered(handlers: Harness, uid: int) -> None:
    handlers.user(uid, "Ed")
    await handlers.ask(uid, "hello")
    handlers.fake.send_edited_text(uid, handlers.fake.last_message_of(uid), "hello again")
    (reply,) = await handlers.fake.wait_for_messages(uid, 1)
    assert "edited a message" in shown(reply)


async def test_metrics_move_after_an_update(bot: RunningBot) -> None:
    bot.fake.add_user(6002, first_name="Fa")
    key = ("healthbot_updates_total", (("handler", "cmd_help"), ("outcome", "handled"),
                                       ("type", "message")))  # fmt: skip
    before = bot.scrape()
    await bot.ask(6002, "/help")
    # The middleware counts once the handler returns, just after the reply is sent.
    await until(lambda: bot.scrape().get(key, 0.0) == before.get(key, 0.0) + 1, what="counted")
    after = bot.scrape()
    assert after[key] == before.get(key, 0.0) + 1
    send = ("healthbot_telegram_api_calls_total", (("method", "sendMessage"), ("outcome", "ok")))
    assert after[send] > before.get(send, 0.0)
    assert ("healthbot_update_duration_seconds_count", (("handler", "cmd_help"),)) in after
    assert after[("healthbot_db_pool_size", ())] >= 1
    assert after[("healthbot_process_rss_bytes", ())] > 10_000_000
    assert ("healthbot_process_open_fds", ()) in after
    assert ("healthbot_event_loop_lag_seconds_count", ()) in after
    assert any(name == "healthbot_build_info" for name, _ in after)


async def test_slow_updates_are_logged_with_their_request_id(
    tmp_path: Path, empty_database_url: str, redis_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    async with FakeTelegram(TOKEN) as fake:
        settings = bot_settings(tmp_path, empty_database_url, redis_url, fake.base_url)
        telegram = settings.telegram.model_copy(update={"slow_update_seconds": 0.5})
        settings = settings.model_copy(update={"telegram": telegram})
        async with App(settings, TOKEN) as app, app.serving():
            running = RunningBot(fake, app)
            fake.add_user(6010, first_name="Ko")
            before = running.scrape().get(("healthbot_slow_updates_total", ()), 0.0)
            await running.ask(6010, "/help")  # fast
            fake.delays["sendMessage"] = 0.8
            with caplog.at_level("WARNING", logger="healthbot.telegram.middlewares"):
                await running.ask(6010, "/help")  # slow: its reply takes 0.8 s
                await until(
                    lambda: running.scrape()[("healthbot_slow_updates_total", ())] == before + 1
                )
            (line,) = [r.getMessage() for r in caplog.records if "slow update" in r.getMessage()]
            assert re.search(r"\(request [0-9a-f]{12}\) in cmd_help: \d\.\d\d s", line), line


async def test_a_user_who_blocked_the_bot_is_marked_and_the_bot_goes_on(
    bot: RunningBot, empty_database_url: str
) -> None:
    bot.fake.add_user(6003, first_name="Gu")
    assert "Hi Gu!" in await bot.ask(6003, "/start")
    key = ("healthbot_updates_total", (("handler", "cmd_help"), ("outcome", "blocked"),
                                       ("type", "message")))  # fmt: skip
    before = bot.scrape().get(key, 0.0)
    bot.fake.block(6003)
    bot.fake.send_text(6003, "/help")
    await until(lambda: bot.scrape().get(key, 0.0) == before + 1, what="blocked counted")
    async with await psycopg.AsyncConnection.connect(empty_database_url) as conn:
        cur = await conn.execute("SELECT is_blocked FROM users WHERE id = 6003")
        assert await cur.fetchone() == (True,)
    bot.fake.unblock(6003)
    assert "Welcome back, Gu!" in await bot.ask(6003, "/start")
    async with await psycopg.AsyncConnection.connect(empty_database_url) as conn:
        cur = await conn.execute("SELECT is_blocked FROM users WHERE id = 6003")
        assert await cur.fetchone() == (False,)


async def test_database_lost_while_running(tmp_path: Path, redis_url: str) -> None:
    pg = EmbeddedPostgres(tmp_path / "own")
    await asyncio.to_thread(pg.start)
    try:
        async with FakeTelegram(TOKEN) as fake:
            settings = bot_settings(tmp_path, pg.url, redis_url, fake.base_url)
            async with App(settings, TOKEN) as app, app.serving():
                running = RunningBot(fake, app)
                fake.add_user(7001, first_name="Hu")
                assert "Hi Hu!" in await running.ask(7001, "/start")
                await asyncio.to_thread(pg.stop)
                # The database is down: the update cannot be stored; it waits at Telegram.
                fake.send_text(7001, "/start")
                with pytest.raises(TimeoutError):
                    await fake.wait_for_messages(7001, 1, timeout=2)
                await asyncio.to_thread(pg.start)
                (reply,) = await fake.wait_for_messages(7001, 1, timeout=60)
                assert "Welcome back, Hu!" in shown(reply)  # nothing lost, no error shown
    finally:
        await asyncio.to_thread(pg.stop)


async def test_redis_lost_while_running(
    tmp_path: Path, empty_database_url: str, own_redis: EmbeddedRedis
) -> None:
    async with FakeTelegram(TOKEN) as fake:
        settings = bot_settings(tmp_path, empty_database_url, own_redis.url, fake.base_url)
        async with App(settings, TOKEN) as app, app.serving():
            running = RunningBot(fake, app)
            fake.add_user(7002, first_name="Iv")
            assert "Hi Iv!" in await running.ask(7002, "/start")
            own_redis.kill()
            assert "Welcome back, Iv!" in await running.ask(7002, "/start")
            assert "/start" in await running.ask(7002, "/help")
            own_redis.start()
            assert "Welcome back, Iv!" in await running.ask(7002, "/start")


async def test_each_update_is_stored_done_and_its_reply_recorded(
    bot: RunningBot, empty_database_url: str
) -> None:
    bot.fake.add_user(8101, first_name="Lu")
    await bot.ask(8101, "/start")
    await bot.ask(8101, "/help")
    rows: list[tuple[Any, ...]] = []
    deadline = time.monotonic() + 60  # marks are written in batches, after the reply
    async with await psycopg.AsyncConnection.connect(empty_database_url, autocommit=True) as conn:
        while not rows or any(row[0] != "done" for row in rows):
            if time.monotonic() > deadline:
                break
            await asyncio.sleep(0.05)
            cur = await conn.execute(
                "SELECT i.status, i.attempts, i.kind, o.seq, o.method, o.telegram_message_id"
                " FROM update_inbox i LEFT JOIN outbox o USING (update_id)"
                " WHERE i.chat_id = 8101 ORDER BY i.update_id"
            )
            rows = await cur.fetchall()
    # Message ids count the user's messages too: the replies are messages 2 and 4.
    assert rows == [
        ("done", 1, "message", 1, "sendMessage", 2),
        ("done", 1, "message", 1, "sendMessage", 4),
    ]


async def test_an_update_that_keeps_failing_is_given_up_with_its_error_kept(
    tmp_path: Path, empty_database_url: str, redis_url: str
) -> None:
    async def explode(handler: Any, event: Any, data: dict[str, Any]) -> Any:
        if getattr(event, "text", None) == "/boom":
            raise RuntimeError("boom")
        return await handler(event, data)

    async with FakeTelegram(TOKEN) as fake:
        settings = bot_settings(tmp_path, empty_database_url, redis_url, fake.base_url)
        telegram = settings.telegram.model_copy(update={"max_attempts": 3})
        settings = settings.model_copy(update={"telegram": telegram})
        async with App(settings, TOKEN) as app:
            app.dispatcher.message.outer_middleware(explode)  # a handler with a bug
            async with app.serving():
                running = RunningBot(fake, app)
                fake.add_user(8201, first_name="Mo")
                before = running.scrape()
                reply = await running.ask(8201, "/boom", timeout=60)
                assert "something went wrong on my side" in reply
                assert re.search(r"\(ref [0-9a-f]{12}\)", reply)
                assert "/start" in await running.ask(8201, "/help")  # the chat goes on
                after = running.scrape()
    for event, delta in (("failed", 1), ("retried", 2)):
        key = ("healthbot_inbox_updates_total", (("event", event),))
        assert after[key] - before.get(key, 0.0) == delta
    async with await psycopg.AsyncConnection.connect(empty_database_url) as conn:
        cur = await conn.execute(
            "SELECT status, attempts, last_error FROM update_inbox WHERE chat_id = 8201"
            " ORDER BY update_id"
        )
        assert await cur.fetchall() == [
            ("failed", 3, "RuntimeError: boom"),
            ("done", 1, None),
        ]


async def test_a_button_no_feature_claims_is_answered_with_an_alert(
    handlers: Harness, uid: int
) -> None:
    handlers.fake.send_text(handlers.user(uid, "Ob"), "/help")
    (help_message,) = await handlers.fake.wait_for_messages(uid, 1)
    assert help_message.message_id is not None
    handlers.fake.press_button(uid, help_message.message_id, "gone:42", forged=True)
    await handlers.settled()
    (answer,) = handlers.fake.sent(uid, "answerCallbackQuery")
    assert answer.show_alert and "doesn't work any more" in (answer.text or "")
