"""The handler-level harness itself (tests/support/harness.py): the app's own dispatcher fed
in-process, the recording session's answers, and a handler's error failing the test."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiogram import Router
from aiogram.filters import Command
from aiogram.methods import SendMessage, SendPhoto
from aiogram.types import BufferedInputFile, Message

from healthbot.registry import FEATURES
from tests.support.daemon import feature
from tests.support.harness import HandlerError, Harness, harness
from tests.support.telegram import shown

# The smallest PNG: 1 x 1 pixel.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


async def test_start_goes_through_the_apps_dispatcher_and_is_recorded(
    handlers: Harness, uid: int
) -> None:
    handlers.user(uid, "Ann")
    assert "Hi Ann!" in await handlers.ask(uid, "/start")
    assert await handlers.rows("SELECT first_name FROM users WHERE id = %s", uid) == [("Ann",)]
    [call] = [c for c in handlers.session.methods("sendMessage") if c.chat_id == uid]
    assert isinstance(call, SendMessage)
    [sent] = handlers.fake.sent(uid, "sendMessage")
    assert sent.parse_mode == "HTML"  # the app's bot, its defaults and all
    assert "Welcome back, Ann!" in await handlers.ask(uid, "/start")


async def test_the_menu_is_set_as_at_a_start(handlers: Harness) -> None:
    names = [command["command"] for command in handlers.fake.commands]
    assert "start" in names and "water" in names
    assert names == [name for name, _ in handlers.app.menu()]


async def test_a_button_press_is_answered_and_the_message_edited(
    handlers: Harness, uid: int
) -> None:
    reply = await handlers.ask(uid, "/water 250 ml")
    assert "Logged 250 ml." in reply
    message = handlers.fake.sent(uid, "sendMessage")[-1]
    assert message.message_id is not None
    handlers.fake.press_button(uid, message.message_id, "water:500")
    await handlers.settled()
    [edit] = handlers.fake.sent(uid, "editMessageText")
    assert "Today: 750 of" in shown(edit)
    assert [a.text for a in handlers.fake.sent(uid, "answerCallbackQuery")] == [
        "+500 ml · today 750 ml"
    ]


def crashing_router() -> Router:
    router = Router(name="harness_test")

    @router.message(Command("crash"))
    async def cmd_crash(message: Message) -> None:
        raise RuntimeError("a bug in a handler")

    @router.message(Command("bad_html"))
    async def cmd_bad_html(message: Message) -> None:
        await message.answer("<b>unclosed")

    @router.message(Command("photo"))
    async def cmd_photo(message: Message) -> None:
        await message.answer_photo(BufferedInputFile(PNG, "dot.png"), caption="a <b>dot</b>")

    return router


@pytest.fixture(scope="module")
async def crashing(
    tmp_path_factory: pytest.TempPathFactory, database_url: str, redis_url: str
) -> AsyncIterator[Harness]:
    extra = feature("harness_test", crashing_router)
    async with harness(
        tmp_path_factory.mktemp("crashing"), database_url, redis_url, (*FEATURES, extra)
    ) as running:
        yield running


async def test_a_handlers_error_fails_the_test_at_once(crashing: Harness, uid: int) -> None:
    with pytest.raises(HandlerError, match="a bug in a handler"):
        await crashing.ask(uid, "/crash", timeout=60)
    assert "/start" in await crashing.ask(uid, "/help")  # the next update is handled


async def test_a_call_telegram_would_refuse_is_refused(crashing: Harness, uid: int) -> None:
    with pytest.raises(HandlerError, match="can't parse entities"):
        await crashing.ask(uid, "/bad_html")
    assert crashing.fake.sent(uid, "sendMessage") == []


async def test_an_uploaded_photo_is_stored_by_the_fake(crashing: Harness, uid: int) -> None:
    crashing.fake.send_text(crashing.user(uid), "/photo")
    [photo] = await crashing.fake.wait_for_messages(uid, 1)
    assert photo.method == "sendPhoto" and photo.plain_text == "a dot"
    assert photo.file_id is not None and crashing.fake.file_content(photo.file_id) == PNG
    assert isinstance(crashing.session.methods("sendPhoto")[-1], SendPhoto)


async def test_one_harness_per_app_and_its_own_database(
    tmp_path: Path, empty_database_url: str, redis_url: str, uid: int
) -> None:
    async with harness(tmp_path, empty_database_url, redis_url) as running:
        assert "Hi" in await running.ask(uid, "/start")
        assert running.dispatcher is running.app.dispatcher
    assert await running.rows("SELECT count(*) FROM users") == [(1,)]
