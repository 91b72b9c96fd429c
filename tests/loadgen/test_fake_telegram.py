"""The fake Telegram Bot API server, driven by aiogram's real Bot over HTTP."""

import asyncio
import io
import random
import struct
import time
import zlib
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
    TelegramNetworkError,
    TelegramNotFound,
    TelegramRetryAfter,
    TelegramServerError,
    TelegramUnauthorizedError,
)
from aiogram.methods import LeaveChat
from aiogram.types import (
    BufferedInputFile,
    ChatFullInfo,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    ReplyParameters,
    User,
)

from healthbot.offline.images import description_of, food_photo
from healthbot.offline.telegram import MAX_TEXT_LENGTH, FakeTelegram, RateLimits
from tests.support.clocks import Seconds

TOKEN = "123456:TEST-token"
ANN = 1001
BOB = 1002


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
        await bot(LeaveChat(chat_id=ANN))


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


async def test_message_ids_are_one_sequence_for_all_the_bots_private_chats(
    fake: FakeTelegram, bot: Bot
) -> None:
    # As Telegram numbers them: the bot's account has one counter for its private chats,
    # shared by the users' messages and its own, whichever the chat.
    fake.add_user(BOB, first_name="Bob")
    fake.send_text(ANN, "hi")  # 1
    fake.send_text(BOB, "hello")  # 2
    to_ann = await bot.send_message(ANN, "Hi Ann")
    to_bob = await bot.send_message(BOB, "Hi Bob")

    assert (to_ann.message_id, to_bob.message_id) == (3, 4)
    # An edit names a message of its own chat only; a user's message cannot be edited.
    with pytest.raises(TelegramBadRequest, match="message to edit not found"):
        await bot.edit_message_text("Hi Bob", chat_id=ANN, message_id=to_bob.message_id)
    with pytest.raises(TelegramBadRequest, match="message can't be edited"):
        await bot.edit_message_text("hi", chat_id=ANN, message_id=1)


async def test_a_hold_carries_the_call_out_and_keeps_its_answer_back(
    fake: FakeTelegram, bot: Bot
) -> None:
    hold = fake.hold("sendMessage", ANN)
    sending = asyncio.create_task(bot.send_message(ANN, "held"))
    async with asyncio.timeout(30):
        await hold.taken.wait()

    assert [s.text for s in fake.sent(ANN)] == ["held"]  # in the chat already
    assert not sending.done()
    hold.release()
    async with asyncio.timeout(30):
        message = await sending
    assert message.text == "held"


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
        control = f"/_fake/{fake.control_token}"
        async with http.post(f"{control}/users/2002/text", json={"text": "/start"}) as response:
            assert response.status == 200
            update_id = (await response.json())["update_id"]
        [update] = await bot.get_updates()
        assert update.update_id == update_id
        assert update.message is not None and update.message.chat.id == 2002

        await bot.send_message(2002, "Welcome")
        await bot.send_message(2002, "Log a meal")
        async with http.get(f"{control}/chats/2002/messages", params={"since": "1"}) as response:
            messages = await response.json()
        async with http.get(f"{control}/chats/5/messages") as response:
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


# -- flood limits ---------------------------------------------------------------------------------


def frozen(fake: FakeTelegram) -> Seconds:
    """The fake's flood limits on a clock the test moves, their buckets full: what they let
    through depends on the calls alone, not on how long a loaded machine takes to make them."""
    clock = Seconds()
    fake.clock = clock
    fake.limits = fake.limits  # new buckets, on the clock
    return clock


async def test_rate_limits_are_off_by_default(fake: FakeTelegram, bot: Bot) -> None:
    for n in range(10):
        await bot.send_message(ANN, f"message {n}")

    assert len(fake.sent(ANN)) == 10
    assert fake.rate_limited.total() == 0


async def test_a_burst_over_the_chat_limit_gets_retry_after(fake: FakeTelegram, bot: Bot) -> None:
    fake.rate_limits = True
    frozen(fake)
    for n in range(3):  # the burst allowance
        await bot.send_message(ANN, f"burst {n}")

    with pytest.raises(TelegramRetryAfter) as raised:
        await bot.send_message(ANN, "one too many")

    assert raised.value.retry_after == 1
    assert "Too Many Requests: retry after 1" in raised.value.message
    assert fake.rate_limited == {ANN: 1}
    assert [m.text for m in fake.sent(ANN)] == ["burst 0", "burst 1", "burst 2"]


async def test_the_429_envelope_is_telegrams(fake: FakeTelegram) -> None:
    fake.rate_limits = True
    fake.limits = RateLimits(per_chat=0.25, per_chat_burst=1)
    frozen(fake)
    async with aiohttp.ClientSession() as http:
        url = f"{fake.base_url}/bot{TOKEN}/sendMessage"
        async with http.post(url, data={"chat_id": ANN, "text": "first"}) as response:
            assert response.status == 200
        async with http.post(url, data={"chat_id": ANN, "text": "second"}) as response:
            assert response.status == 429
            body = await response.json()

    assert body == {
        "ok": False,
        "error_code": 429,
        "description": "Too Many Requests: retry after 4",
        "parameters": {"retry_after": 4},
    }


async def test_the_chat_bucket_refills_at_its_rate(fake: FakeTelegram, bot: Bot) -> None:
    fake.rate_limits = True
    # A fast refill keeps the test short.
    fake.limits = RateLimits(per_chat=20.0, per_chat_burst=2, slack=0.0)
    clock = frozen(fake)
    await bot.send_message(ANN, "1")
    await bot.send_message(ANN, "2")
    with pytest.raises(TelegramRetryAfter):
        await bot.send_message(ANN, "3")

    clock.advance(0.06)  # a little more than one token's 0.05 s

    await bot.send_message(ANN, "3 again")
    with pytest.raises(TelegramRetryAfter):
        await bot.send_message(ANN, "4")
    assert fake.rate_limited[ANN] == 2


async def test_a_call_slightly_early_passes_and_owes_the_difference(
    fake: FakeTelegram, bot: Bot
) -> None:
    fake.rate_limits = True
    fake.limits = RateLimits(per_chat=2.0, per_chat_burst=1, slack=0.25)
    clock = frozen(fake)
    await bot.send_message(ANN, "1")

    clock.advance(0.45)  # 0.05 s early: within the slack
    await bot.send_message(ANN, "2")
    clock.advance(0.45)  # 0.05 s early again, plus the 0.05 s owed
    await bot.send_message(ANN, "3")
    with pytest.raises(TelegramRetryAfter):
        await bot.send_message(ANN, "4")  # 0.6 s early

    assert fake.rate_limited == {ANN: 1}


async def test_edits_count_and_other_chats_have_their_own_bucket(
    fake: FakeTelegram, bot: Bot
) -> None:
    fake.add_user(BOB, first_name="Bob")
    fake.rate_limits = True
    frozen(fake)
    message = await bot.send_message(ANN, "v1")
    await bot.edit_message_text("v2", chat_id=ANN, message_id=message.message_id)
    await bot.edit_message_text("v3", chat_id=ANN, message_id=message.message_id)

    with pytest.raises(TelegramRetryAfter):
        await bot.edit_message_text("v4", chat_id=ANN, message_id=message.message_id)
    # Not messages: no limit.
    assert await bot.send_chat_action(ANN, "typing")
    # Bob's chat is untouched by Ann's.
    assert (await bot.send_message(BOB, "hi Bob")).text == "hi Bob"
    assert fake.rate_limited == {ANN: 1}


async def test_the_overall_limit_spans_chats(fake: FakeTelegram, bot: Bot) -> None:
    chats = [5000 + n for n in range(6)]
    for chat_id in chats:
        fake.add_user(chat_id)
    fake.rate_limits = True
    fake.limits = RateLimits(overall=5.0, overall_burst=5)
    frozen(fake)

    for chat_id in chats[:5]:
        await bot.send_message(chat_id, "news")
    with pytest.raises(TelegramRetryAfter) as raised:
        await bot.send_message(chats[5], "news")

    assert raised.value.retry_after == 1
    assert fake.rate_limited == {chats[5]: 1}


async def test_drafts_have_their_own_more_lenient_limit(fake: FakeTelegram, bot: Bot) -> None:
    fake.rate_limits = True
    frozen(fake)
    for n in range(3):
        await bot.send_message(ANN, f"message {n}")

    # The message bucket is empty; drafts still stream, up to their own burst.
    for n in range(RateLimits().drafts_burst):
        assert await bot.send_message_draft(ANN, draft_id=1, text="x" * (n + 1))
    with pytest.raises(TelegramRetryAfter):
        await bot.send_message_draft(ANN, draft_id=1, text="too fast")
    assert fake.rate_limited[ANN] == 1


# -- faults ---------------------------------------------------------------------------------------


async def test_server_errors_reach_aiogram_as_server_errors(fake: FakeTelegram, bot: Bot) -> None:
    fake.server_errors["sendMessage"] = 1.0

    with pytest.raises(TelegramServerError) as raised:
        await bot.send_message(ANN, "lost")

    assert raised.value.message in {"Internal Server Error", "Bad Gateway"}
    assert (await bot.get_me()).id == 123456  # other methods are unaffected
    assert fake.sent(ANN) == []  # the failed call had no effect
    assert fake.injected.total() == 1


async def test_a_method_share_overrides_the_share_for_all(fake: FakeTelegram, bot: Bot) -> None:
    fake.server_errors.update({"*": 1.0, "getMe": 0.0})

    assert (await bot.get_me()).id == 123456
    with pytest.raises(TelegramServerError):
        await bot.send_chat_action(ANN, "typing")


async def test_the_5xx_envelope_and_both_statuses(fake: FakeTelegram) -> None:
    fake.server_errors["*"] = 1.0
    seen = {}
    async with aiohttp.ClientSession() as http:
        for _ in range(30):
            async with http.post(f"{fake.base_url}/bot{TOKEN}/getMe") as response:
                seen[response.status] = await response.json()

    assert seen == {
        500: {"ok": False, "error_code": 500, "description": "Internal Server Error"},
        502: {"ok": False, "error_code": 502, "description": "Bad Gateway"},
    }
    assert fake.injected["500"] + fake.injected["502"] == 30


async def test_faults_are_deterministic_for_a_seed() -> None:
    async def pattern(seed: int) -> list[bool]:
        async with FakeTelegram(TOKEN, server_errors={"*": 0.5}, seed=seed) as fake:
            bot = make_bot(fake)
            outcomes = []
            try:
                for _ in range(20):
                    try:
                        await bot.get_me()
                        outcomes.append(True)
                    except TelegramServerError:
                        outcomes.append(False)
            finally:
                await bot.session.close()
            return outcomes

    first = await pattern(seed=7)

    assert first == await pattern(seed=7)
    assert True in first and False in first
    assert first != await pattern(seed=8)


async def test_a_dropped_connection_is_a_network_error(fake: FakeTelegram, bot: Bot) -> None:
    fake.drops["sendMessage"] = 1.0

    with pytest.raises(TelegramNetworkError):
        await bot.send_message(ANN, "into the void")

    fake.drops.clear()
    assert (await bot.send_message(ANN, "back")).text == "back"
    assert fake.injected == {"drop": 1}
    assert [m.text for m in fake.sent(ANN)] == ["back"]


async def test_slow_answers_per_method_and_jitter(bot: Bot, fake: FakeTelegram) -> None:
    fake.delays["getMe"] = 0.2
    started = time.monotonic()
    await bot.get_me()
    assert time.monotonic() - started >= 0.2

    fake.delays.clear()
    fake.jitter = 0.3
    fake.random.seed(3)
    expected = random.Random(3).uniform(0.0, 0.3)
    started = time.monotonic()
    await bot.get_me()
    assert time.monotonic() - started >= expected


# -- more methods ---------------------------------------------------------------------------------


def png(width: int, height: int) -> bytes:
    """A valid, all-black grayscale PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"".join(b"\0" + b"\0" * width for _ in range(height)))
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


async def test_send_photo_upload_reuse_and_url(fake: FakeTelegram, bot: Bot) -> None:
    chart = png(400, 200)

    message = await bot.send_photo(
        ANN,
        BufferedInputFile(chart, filename="weight.png"),
        caption="Your <b>weight</b>",
        parse_mode="HTML",
    )

    assert isinstance(message, Message)
    assert message.photo is not None
    assert [(size.width, size.height) for size in message.photo] == [
        (90, 45),
        (320, 160),
        (400, 200),
    ]
    largest = message.photo[-1]
    assert largest.file_size == len(chart)
    assert message.caption == "Your weight"
    assert message.caption_entities is not None
    assert message.caption_entities[0].type == "bold"
    assert fake.file_content(largest.file_id) == chart
    [sent] = await fake.wait_for_messages(ANN)
    assert (sent.method, sent.file_id, sent.plain_text) == (
        "sendPhoto",
        largest.file_id,
        "Your weight",
    )

    again = await bot.send_photo(ANN, largest.file_id)
    assert again.photo is not None
    assert [size.file_id for size in again.photo] == [size.file_id for size in message.photo]
    assert again.caption is None

    by_url = await bot.send_photo(ANN, "https://example.org/meal.jpg")
    assert by_url.photo is not None and by_url.photo[-1].width == 512


@pytest.mark.parametrize(
    ("photo", "description"),
    [
        (BufferedInputFile(b"not an image", filename="x.png"), "IMAGE_PROCESS_FAILED"),
        (BufferedInputFile(png(1, 100), filename="x.png"), "PHOTO_INVALID_DIMENSIONS"),
        (BufferedInputFile(b"", filename="x.png"), "file must be non-empty"),
        ("no-such-file-id", "wrong file identifier/HTTP URL specified"),
    ],
)
async def test_send_photo_bad_requests(
    bot: Bot, photo: BufferedInputFile | str, description: str
) -> None:
    with pytest.raises(TelegramBadRequest, match=description):
        await bot.send_photo(ANN, photo)


async def test_send_photo_caption_limit(bot: Bot) -> None:
    with pytest.raises(TelegramBadRequest, match="message caption is too long"):
        await bot.send_photo(ANN, BufferedInputFile(png(10, 10), "x.png"), caption="a" * 1025)


async def test_send_document_upload_and_file_type_checks(fake: FakeTelegram, bot: Bot) -> None:
    data = b"date,kcal\n2026-01-01,1800\n"

    message = await bot.send_document(
        ANN, BufferedInputFile(data, filename="export.csv"), caption="Your log"
    )

    assert isinstance(message, Message)
    document = message.document
    assert document is not None
    assert (document.file_name, document.mime_type, document.file_size) == (
        "export.csv",
        "text/csv",
        len(data),
    )
    assert message.caption == "Your log"
    assert fake.file_content(document.file_id) == data
    assert fake.sent(ANN, "sendDocument")[0].file_id == document.file_id

    resent = await bot.send_document(ANN, document.file_id)
    assert resent.document is not None
    assert resent.document.file_unique_id == document.file_unique_id
    with pytest.raises(TelegramBadRequest, match="type of file mismatch"):
        await bot.send_photo(ANN, document.file_id)


async def test_media_to_a_blocked_user_is_forbidden(fake: FakeTelegram, bot: Bot) -> None:
    fake.block(ANN)

    with pytest.raises(TelegramForbiddenError):
        await bot.send_photo(ANN, BufferedInputFile(png(10, 10), "x.png"))


async def test_get_chat_for_a_known_user(bot: Bot) -> None:
    chat = await bot.get_chat(ANN)

    assert isinstance(chat, ChatFullInfo)
    assert (chat.id, chat.type, chat.first_name, chat.username) == (ANN, "private", "Ann", "ann")
    with pytest.raises(TelegramBadRequest, match="chat not found"):
        await bot.get_chat(424242)


async def test_descriptions(fake: FakeTelegram, bot: Bot) -> None:
    assert await bot.set_my_description("Log meals, water and weight.")
    assert await bot.set_my_short_description("Your health coach")
    assert await bot.set_my_description("Mahlzeiten loggen.", language_code="de")

    assert fake.description() == "Log meals, water and weight."
    assert fake.description("de") == "Mahlzeiten loggen."
    assert fake.short_description() == "Your health coach"
    assert (await bot.get_my_description()).description == "Log meals, water and weight."
    assert (await bot.get_my_short_description()).short_description == "Your health coach"

    assert await bot.set_my_description("")
    assert fake.description() == ""
    with pytest.raises(TelegramBadRequest, match="short description is too long"):
        await bot.set_my_short_description("x" * 121)


async def test_a_users_photo_and_file_are_fetched_with_get_file(
    fake: FakeTelegram, bot: Bot
) -> None:
    image = food_photo("a bowl of oatmeal", width=2000, height=1000)
    fake.send_photo(ANN, image, caption="breakfast")
    fake.send_document(ANN, b"%PDF-1.4 plan", "plan.pdf")
    photo_update, document_update = await bot.get_updates(timeout=0)
    message = photo_update.message
    assert message is not None and message.photo is not None
    assert message.caption == "breakfast"
    assert [(size.width, size.height) for size in message.photo] == [
        (90, 45), (320, 160), (800, 400), (1280, 640),
    ]  # fmt: skip
    got = io.BytesIO()
    await bot.download(message.photo[-1].file_id, destination=got)
    assert got.getvalue() == image
    assert description_of(got.getvalue()) == "a bowl of oatmeal"
    document = document_update.message and document_update.message.document
    assert document is not None
    assert (document.file_name, document.mime_type) == ("plan.pdf", "application/pdf")
    file = await bot.get_file(document.file_id)
    assert file.file_path is not None and file.file_path.endswith(".pdf")
    got = io.BytesIO()
    await bot.download_file(file.file_path, destination=got)
    assert got.getvalue() == b"%PDF-1.4 plan"
    assert fake.calls["file"] == 2


async def test_get_file_refuses_unknown_ids_and_the_file_url_unknown_paths(
    fake: FakeTelegram, bot: Bot
) -> None:
    with pytest.raises(TelegramBadRequest, match="invalid file_id"):
        await bot.get_file("AgAC-nothing")
    async with aiohttp.ClientSession() as http:
        for path, status in ((f"bot{fake.token}/photos/nothing.jpg", 404),
                             ("botWRONG/photos/file_1.jpg", 401)):  # fmt: skip
            async with http.get(f"{fake.base_url}/file/{path}") as response:
                assert response.status == status
    with pytest.raises(ValueError, match="not an image"):
        fake.send_photo(ANN, b"GIF-ish but not")
