"""The fake Telegram Bot API server, driven by aiogram's real Bot over HTTP."""

import asyncio
import time
from collections.abc import AsyncIterator

import aiohttp
import pytest
from aiogram import Bot, Dispatcher
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramConflictError,
    TelegramForbiddenError,
    TelegramNotFound,
    TelegramUnauthorizedError,
)
from aiogram.methods import GetChat
from aiogram.types import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    ReplyParameters,
    User,
)

from loadgen.telegram import MAX_TEXT_LENGTH, FakeTelegram

TOKEN = "123456:TEST-token"
ANN = 1001


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram(TOKEN) as fake:
        fake.add_user(ANN, first_name="Ann", username="ann", language_code="en")
        yield fake


def make_bot(fake: FakeTelegram, token: str = TOKEN) -> Bot:
    return Bot(token, session=AiohttpSession(api=TelegramAPIServer.from_base(fake.base_url)))


@pytest.fixture
async def bot(fake: FakeTelegram) -> AsyncIterator[Bot]:
    bot = make_bot(fake)
    yield bot
    await bot.session.close()


async def test_get_me_returns_the_bot_user_derived_from_the_token(bot: Bot) -> None:
    me = await bot.get_me()

    assert isinstance(me, User)
    assert me.id == 123456
    assert me.is_bot
    assert me.username == "healthbot_fake_bot"


async def test_wrong_token_is_unauthorized(fake: FakeTelegram) -> None:
    intruder = make_bot(fake, token="999:WRONG")
    try:
        with pytest.raises(TelegramUnauthorizedError, match="Unauthorized"):
            await intruder.get_me()
    finally:
        await intruder.session.close()
    assert fake.calls["getMe"] == 0


async def test_unknown_method_is_not_found_and_json_bodies_work(fake: FakeTelegram) -> None:
    async with aiohttp.ClientSession() as http:
        url = f"{fake.base_url}/bot{TOKEN}"
        async with http.post(f"{url}/noSuchMethod", json={}) as response:
            assert response.status == 404
            assert await response.json() == {
                "ok": False,
                "error_code": 404,
                "description": "Not Found",
            }
        async with http.post(f"{url}/sendMessage", json={"chat_id": ANN, "text": "hi"}) as resp:
            body = await resp.json()
    assert body["ok"] is True
    assert body["result"]["text"] == "hi"


async def test_unknown_method_reaches_aiogram_as_not_found(bot: Bot) -> None:
    with pytest.raises(TelegramNotFound):
        await bot(GetChat(chat_id=ANN))


async def test_get_updates_redelivers_until_confirmed_by_offset(
    fake: FakeTelegram, bot: Bot
) -> None:
    first = fake.send_text(ANN, "/start now")
    second = fake.send_text(ANN, "hello")

    updates = await bot.get_updates()
    assert [update.update_id for update in updates] == [first, second]
    start = updates[0].message
    assert start is not None and start.text == "/start now"
    assert start.from_user is not None and start.from_user.id == ANN
    assert start.entities is not None
    assert (start.entities[0].type, start.entities[0].offset, start.entities[0].length) == (
        "bot_command",
        0,
        len("/start"),
    )

    # Not confirmed yet: a restarted bot sees both again.
    again = await bot.get_updates()
    assert [update.update_id for update in again] == [first, second]

    partly = await bot.get_updates(offset=first + 1)
    assert [update.update_id for update in partly] == [second]
    assert fake.pending_updates == 1

    assert await bot.get_updates(offset=second + 1) == []
    assert fake.pending_updates == 0


async def test_get_updates_respects_limit(fake: FakeTelegram, bot: Bot) -> None:
    ids = [fake.send_text(ANN, f"message {n}") for n in range(5)]

    updates = await bot.get_updates(limit=2)

    assert [update.update_id for update in updates] == ids[:2]


async def test_long_poll_returns_as_soon_as_an_update_arrives(fake: FakeTelegram, bot: Bot) -> None:
    poll = asyncio.create_task(bot.get_updates(timeout=20))
    await asyncio.sleep(0.2)
    assert not poll.done()

    update_id = fake.send_text(ANN, "wake up")
    started = time.monotonic()
    updates = await asyncio.wait_for(poll, timeout=5)

    assert [update.update_id for update in updates] == [update_id]
    assert time.monotonic() - started < 5


async def test_long_poll_without_updates_returns_empty_after_timeout(bot: Bot) -> None:
    started = time.monotonic()

    assert await bot.get_updates(timeout=1) == []
    assert time.monotonic() - started >= 0.9


async def test_a_newer_get_updates_terminates_the_pending_one(fake: FakeTelegram, bot: Bot) -> None:
    older = asyncio.create_task(bot.get_updates(timeout=20))
    await asyncio.sleep(0.2)
    newer = asyncio.create_task(bot.get_updates(timeout=20))

    with pytest.raises(TelegramConflictError, match="terminated by other getUpdates"):
        await asyncio.wait_for(older, timeout=5)
    update_id = fake.send_text(ANN, "for the newer poll")
    updates = await asyncio.wait_for(newer, timeout=5)
    assert [update.update_id for update in updates] == [update_id]


async def test_allowed_updates_filters_update_types(fake: FakeTelegram, bot: Bot) -> None:
    fake.send_text(ANN, "before the filter")
    assert await bot.get_updates(allowed_updates=["callback_query"], timeout=0) == []
    assert fake.pending_updates == 0

    fake.send_text(ANN, "filtered out")
    assert fake.pending_updates == 0

    # An empty list restores Telegram's default set, which includes messages.
    await bot.get_updates(allowed_updates=[])
    update_id = fake.send_text(ANN, "delivered")
    assert [update.update_id for update in await bot.get_updates()] == [update_id]


async def test_send_message_round_trip(fake: FakeTelegram, bot: Bot) -> None:
    fake.send_text(ANN, "hi")  # the user's message takes message id 1 in this chat

    message = await bot.send_message(ANN, "Hello, <b>Ann</b> &amp; co", parse_mode="HTML")

    assert isinstance(message, Message)
    assert message.message_id == 2
    assert message.chat.id == ANN
    assert message.from_user is not None and message.from_user.id == 123456
    assert message.text == "Hello, Ann & co"
    assert message.entities is not None
    assert [(e.type, e.offset, e.length) for e in message.entities] == [("bold", 7, 3)]
    assert message.html_text == "Hello, <b>Ann</b> &amp; co"

    second = await bot.send_message(ANN, "again")
    assert second.message_id == 3

    sent = fake.sent(ANN)
    assert [(s.method, s.message_id, s.text) for s in sent] == [
        ("sendMessage", 2, "Hello, <b>Ann</b> &amp; co"),
        ("sendMessage", 3, "again"),
    ]
    assert sent[0].parse_mode == "HTML"
    assert sent[0].plain_text == "Hello, Ann & co"
    assert sent[0].at <= sent[1].at
    assert fake.calls["sendMessage"] == 2


async def test_reply_to_an_existing_message(fake: FakeTelegram, bot: Bot) -> None:
    fake.send_text(ANN, "question")

    answer = await bot.send_message(ANN, "answer", reply_parameters=ReplyParameters(message_id=1))

    assert answer.reply_to_message is not None
    assert answer.reply_to_message.text == "question"
    with pytest.raises(TelegramBadRequest, match="message to be replied not found"):
        await bot.send_message(ANN, "answer", reply_parameters=ReplyParameters(message_id=99))


async def test_text_limit_is_counted_after_entity_parsing(bot: Bot) -> None:
    longest = "a" * MAX_TEXT_LENGTH

    message = await bot.send_message(ANN, f"<b>{longest}</b>", parse_mode="HTML")

    assert message.text == longest


@pytest.mark.parametrize(
    ("chat_id", "text", "parse_mode", "description"),
    [
        (ANN, "", None, "message text is empty"),
        (ANN, "<b></b> ", "HTML", "message text is empty"),
        (ANN, "a" * (MAX_TEXT_LENGTH + 1), None, "message is too long"),
        (ANN, "<b>bold", "HTML", "can't parse entities: Can't find end tag"),
        (ANN, "<blink>x</blink>", "HTML", 'Unsupported start tag "blink"'),
        (ANN, "<b>x</i>", "HTML", "Unmatched end tag"),
        (ANN, "1 < 2", "HTML", "can't parse entities"),
        (ANN, "fish & chips", "HTML", "can't parse entities"),
        (ANN, "x</b>", "HTML", "Unexpected end tag"),
        (ANN, "<span>x</span>", "HTML", "tg-spoiler"),
        (424242, "hello", None, "chat not found"),
    ],
)
async def test_send_message_bad_requests(
    bot: Bot,
    fake: FakeTelegram,
    *,
    chat_id: int,
    text: str,
    parse_mode: str | None,
    description: str,
) -> None:
    with pytest.raises(TelegramBadRequest, match="Bad Request: ") as raised:
        await bot.send_message(chat_id, text, parse_mode=parse_mode)

    assert description in raised.value.message
    assert fake.sent(ANN) == []


async def test_html_markup_the_real_api_accepts(bot: Bot) -> None:
    text = (
        '<b>b</b><i>i</i><a href="https://example.org/?a=1&amp;b=2">link</a>'
        '<pre><code class="language-python">x = 1</code></pre><tg-spoiler>s</tg-spoiler>'
        "&lt;&gt;&quot;&#128512;&#x41;"
    )

    message = await bot.send_message(ANN, text, parse_mode="HTML")

    assert message.text == 'bilinkx = 1s<>"\U0001f600A'
    assert message.entities is not None
    kinds = {entity.type: entity for entity in message.entities}
    assert kinds["text_link"].url == "https://example.org/?a=1&b=2"
    assert kinds["pre"].language == "python"
    assert "code" not in kinds


async def test_blocked_user_is_forbidden(fake: FakeTelegram, bot: Bot) -> None:
    fake.block(ANN)

    with pytest.raises(TelegramForbiddenError, match="bot was blocked by the user"):
        await bot.send_message(ANN, "anyone there?")
    with pytest.raises(TelegramForbiddenError):
        await bot.send_chat_action(ANN, "typing")

    fake.unblock(ANN)
    assert (await bot.send_message(ANN, "back")).text == "back"


async def test_inline_keyboard_is_echoed_and_pressing_a_button_makes_a_callback(
    fake: FakeTelegram, bot: Bot
) -> None:
    keyboard = InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text="250 ml", callback_data="water:250")]]
    )

    message = await bot.send_message(ANN, "How much?", reply_markup=keyboard)

    assert message.reply_markup is not None
    assert message.reply_markup.model_dump(exclude_none=True) == keyboard.model_dump(
        exclude_none=True
    )
    assert fake.sent(ANN)[0].reply_markup == {
        "inline_keyboard": [[{"text": "250 ml", "callback_data": "water:250"}]]
    }

    with pytest.raises(ValueError, match="no button"):
        fake.press_button(ANN, message.message_id, "water:999")
    update_id = fake.press_button(ANN, message.message_id, "water:250")
    [update] = await bot.get_updates(offset=update_id)
    query = update.callback_query
    assert query is not None
    assert query.data == "water:250"
    assert query.from_user.id == ANN
    assert isinstance(query.message, Message) and query.message.message_id == message.message_id

    assert await bot.answer_callback_query(query.id, text="Logged")
    assert fake.sent(ANN, "answerCallbackQuery")[0].text == "Logged"
    with pytest.raises(TelegramBadRequest, match="query ID is invalid"):
        await bot.answer_callback_query(query.id)


async def test_bad_callback_data_is_rejected(bot: Bot) -> None:
    keyboard = InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text="x", callback_data="d" * 65)]]
    )

    with pytest.raises(TelegramBadRequest, match="BUTTON_DATA_INVALID"):
        await bot.send_message(ANN, "too much data", reply_markup=keyboard)


async def test_edit_message_text(fake: FakeTelegram, bot: Bot) -> None:
    original = await bot.send_message(ANN, "Thinking")

    edited = await bot.edit_message_text(
        "Done", chat_id=ANN, message_id=original.message_id, parse_mode=None
    )

    assert isinstance(edited, Message)
    assert edited.message_id == original.message_id
    assert edited.text == "Done"
    assert edited.edit_date is not None
    assert [s.method for s in fake.sent(ANN)] == ["sendMessage", "editMessageText"]

    with pytest.raises(TelegramBadRequest, match="message is not modified"):
        await bot.edit_message_text("Done", chat_id=ANN, message_id=original.message_id)
    with pytest.raises(TelegramBadRequest, match="message to edit not found"):
        await bot.edit_message_text("Done", chat_id=ANN, message_id=999)
    with pytest.raises(TelegramBadRequest, match="message text is empty"):
        await bot.edit_message_text(" ", chat_id=ANN, message_id=original.message_id)


async def test_users_can_edit_their_messages(fake: FakeTelegram, bot: Bot) -> None:
    fake.send_text(ANN, "2 eggs")
    update_id = fake.send_edited_text(ANN, 1, "3 eggs")

    [update] = await bot.get_updates(offset=update_id)

    assert update.edited_message is not None
    assert update.edited_message.message_id == 1
    assert update.edited_message.text == "3 eggs"


async def test_send_message_draft_and_chat_action_are_recorded(
    fake: FakeTelegram, bot: Bot
) -> None:
    assert await bot.send_chat_action(ANN, "typing")
    assert await bot.send_message_draft(ANN, draft_id=7, text="")
    assert await bot.send_message_draft(
        ANN, draft_id=7, text="Partial <i>ans</i>", parse_mode="HTML"
    )
    with pytest.raises(TelegramBadRequest, match="can't parse entities"):
        await bot.send_message_draft(ANN, draft_id=7, text="<i>broken", parse_mode="HTML")

    drafts = fake.sent(ANN, "sendMessageDraft")
    assert [(d.draft_id, d.plain_text) for d in drafts] == [(7, ""), (7, "Partial ans")]
    assert fake.sent(ANN, "sendChatAction")[0].text == "typing"


async def test_wait_for_messages_returns_new_messages_in_order(
    fake: FakeTelegram, bot: Bot
) -> None:
    async def reply_later() -> None:
        await asyncio.sleep(0.1)
        await bot.send_message(ANN, "one")
        await bot.send_message(ANN, "two")

    task = asyncio.create_task(reply_later())
    first = await fake.wait_for_messages(ANN, count=2, timeout=5)
    await task
    await bot.send_message(ANN, "three")
    second = await fake.wait_for_messages(ANN, timeout=5)

    assert [m.text for m in first] == ["one", "two"]
    assert [m.text for m in second] == ["three"]


async def test_wait_for_messages_times_out_with_what_arrived(fake: FakeTelegram, bot: Bot) -> None:
    await bot.send_message(ANN, "only one")

    with pytest.raises(TimeoutError, match=r"expected 2 new message\(s\).*got 1: \['only one'\]"):
        await fake.wait_for_messages(ANN, count=2, timeout=0.2)


async def test_control_api_for_out_of_process_drivers(fake: FakeTelegram, bot: Bot) -> None:
    async with aiohttp.ClientSession(base_url=fake.base_url) as http:
        async with http.post("/_fake/users/2002/text", json={"text": "/start"}) as response:
            assert response.status == 200
            update_id = (await response.json())["update_id"]
        [update] = await bot.get_updates()
        assert update.update_id == update_id
        assert update.message is not None and update.message.chat.id == 2002

        await bot.send_message(2002, "Welcome")
        await bot.send_message(2002, "Log a meal")
        async with http.get("/_fake/chats/2002/messages", params={"since": "1"}) as response:
            messages = await response.json()
        async with http.get("/_fake/chats/5/messages") as response:
            assert response.status == 404

    assert [(m["method"], m["text"]) for m in messages] == [("sendMessage", "Log a meal")]


async def test_aiogram_polling_end_to_end_and_restart(fake: FakeTelegram, bot: Bot) -> None:
    seen: list[str] = []

    async def run_echo_bot() -> None:
        dp = Dispatcher()

        @dp.message()
        async def echo(message: Message) -> None:
            seen.append(message.text or "")
            await message.answer(f"echo: {message.text}")

        polling = asyncio.create_task(
            dp.start_polling(bot, polling_timeout=5, handle_signals=False, close_bot_session=False)
        )
        try:
            await fake.wait_for_messages(ANN, timeout=5)
        finally:
            await dp.stop_polling()
            await polling

    fake.send_text(ANN, "first")
    await run_echo_bot()
    fake.send_text(ANN, "second")
    await run_echo_bot()  # a restarted bot must not see the confirmed "first" again

    assert seen == ["first", "second"]
    assert [m.text for m in fake.sent(ANN)] == ["echo: first", "echo: second"]
