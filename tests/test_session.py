"""The JSON session against the fake Telegram over HTTP: what it sends, what it returns, and
the errors it raises, the same as aiogram's own session."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from aiogram import Bot
from aiogram.client.default import DefaultBotProperties
from aiogram.client.telegram import TelegramAPIServer
from aiogram.enums import ParseMode
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.types import BufferedInputFile, InlineKeyboardButton, InlineKeyboardMarkup

from healthbot.telegram.session import JsonSession
from loadgen.telegram import FakeTelegram, RateLimits
from tests.support.telegram import TOKEN

USER = 55_001


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram(TOKEN) as telegram:
        telegram.add_user(USER)
        yield telegram


@pytest.fixture
async def bot(fake: FakeTelegram) -> AsyncIterator[Bot]:
    session = JsonSession(api=TelegramAPIServer.from_base(fake.base_url))
    default = DefaultBotProperties(parse_mode=ParseMode.HTML)
    async with Bot(TOKEN, session=session, default=default) as b:
        yield b


def keyboard() -> InlineKeyboardMarkup:
    row = [
        InlineKeyboardButton(text=t, callback_data=f"meal:{t.lower()}:7") for t in ("OK", "Edit")
    ]
    return InlineKeyboardMarkup(inline_keyboard=[row])


async def test_a_message_with_buttons_arrives_whole_and_comes_back_typed(
    fake: FakeTelegram, bot: Bot
) -> None:
    text = "<b>Total:</b> 310 kcal · ünïcode 🍳"
    sent = await bot.send_message(USER, text, reply_markup=keyboard())
    [seen] = fake.sent(USER, "sendMessage")
    assert seen.parse_mode == "HTML"  # the bot's default, filled in
    assert seen.plain_text == "Total: 310 kcal · ünïcode 🍳"
    assert seen.reply_markup == {
        "inline_keyboard": [
            [
                {"text": "OK", "callback_data": "meal:ok:7"},
                {"text": "Edit", "callback_data": "meal:edit:7"},
            ]
        ]
    }
    assert sent.message_id == seen.message_id and sent.chat.id == USER
    assert isinstance(sent.reply_markup, InlineKeyboardMarkup)
    assert sent.reply_markup.inline_keyboard[0][1].callback_data == "meal:edit:7"
    # An explicit None leaves the default out: the text goes as plain text.
    await bot.send_message(USER, "a < b", parse_mode=None)
    assert fake.sent(USER, "sendMessage")[1].plain_text == "a < b"


async def test_a_file_still_goes_as_an_upload(fake: FakeTelegram, bot: Bot) -> None:
    document = BufferedInputFile(b'{"meals": []}', filename="export.json")
    sent = await bot.send_document(USER, document, caption="your data")
    [seen] = fake.sent(USER, "sendDocument")
    assert seen.file_id is not None and fake.file_content(seen.file_id) == b'{"meals": []}'
    assert sent.document is not None and sent.document.file_name == "export.json"


async def test_errors_are_aiograms_own(fake: FakeTelegram, bot: Bot) -> None:
    with pytest.raises(TelegramBadRequest, match="can't parse entities"):
        await bot.send_message(USER, "<b>unclosed")
    fake.block(USER)
    with pytest.raises(TelegramForbiddenError):
        await bot.send_message(USER, "hello")
    fake.unblock(USER)
    fake.server_errors = {"sendMessage": 1.0}
    with pytest.raises(TelegramServerError):
        await bot.send_message(USER, "hello")
    fake.server_errors = {}
    fake.limits = RateLimits(per_chat=0.001, per_chat_burst=1)
    fake.rate_limits = True
    await bot.send_message(USER, "first")
    with pytest.raises(TelegramRetryAfter) as caught:
        await bot.send_message(USER, "second")
    assert caught.value.retry_after >= 1


async def test_an_unreachable_server_is_a_network_error() -> None:
    session = JsonSession(api=TelegramAPIServer.from_base("http://127.0.0.1:9"))
    async with Bot(TOKEN, session=session) as bot:
        with pytest.raises(TelegramNetworkError):
            await bot.send_message(USER, "hello")
