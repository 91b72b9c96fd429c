"""Flood limits shared through Redis: two senders of one bot (two workers, here in one
process) keep Telegram's 30/s together, a 429 pauses both, and Redis down falls back to a
local share. The fake Telegram (flood limits on, Telegram's figures) answers a send over the
limits with 429 as Telegram would, but what the tests assert is that no send arrived before the
turns allow (`sent_too_early`): a loaded machine only delays sends, and the fake's per-second
buckets see a delayed send arrive in a clump with the next ones (the project's CI got 9 429s
that way from senders that kept their turns)."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from pathlib import Path

import pytest
from aiogram import Bot
from aiogram.client.telegram import TelegramAPIServer
from redis.asyncio import Redis

from healthbot.app import App
from healthbot.cache import connect_redis
from healthbot.embedded import EmbeddedRedis
from healthbot.metrics import SEND_PACED_LOCALLY
from healthbot.telegram import flood
from healthbot.telegram.flood import SharedFlood
from healthbot.telegram.sender import PacedSender, SendLimits
from healthbot.telegram.session import JsonSession
from loadgen.telegram import FakeTelegram, RateLimits, SentMessage
from tests.support.daemon import bot_settings
from tests.support.telegram import TOKEN, busiest, sent_too_early
from tests.support.users import new_user_id
from tests.support.webhooks import echo, echoed

LIMITS = SendLimits()  # Telegram's figures, as the daemon keeps them by default


@pytest.fixture
def token() -> str:
    # A bot of its own: the turns in Redis are per bot, and tests share the Redis.
    return f"{new_user_id()}:flood-test"


# Telegram's figures; a call may arrive up to 0.5 s early (the fake's default is 0.1 s): 60
# requests made at once on a busy test machine (4 test workers on 2 cores) reach the fake
# out of the order their turns were taken in. Without the shared turns 60 try at once and 45
# get through, 15 before their turn.
REFEREE = RateLimits(slack=0.5)
# Telegram counts a message when it arrives. A send that the machine's load holds up arrives
# after its turn, in a clump with the next ones, and the fake, in this process, stamps what
# came during a stall of its own event loop together (three daemons in one process once put
# 59 sends in half a second after one). So what the fake sees is held to the turns
# cumulatively: no send arrived before a sender taking a turn every 1/30 s from the start
# could have sent it (`sent_too_early`, burst 1). The turns themselves are held to 30 in
# every second (`test_the_bots_turns_never_pass_30_in_any_second_...`).


@pytest.fixture
async def fake(token: str) -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram(token, rate_limits=True, limits=REFEREE) as telegram:
        yield telegram


@asynccontextmanager
async def redis_client(url: str) -> AsyncIterator[Redis]:
    client = connect_redis(url, 1.0)
    try:
        yield client
    finally:
        await client.aclose()


def flood_of(client: Redis, bot_id: int) -> SharedFlood:
    """A sender's turns in Redis, at Telegram's figures."""
    return SharedFlood(
        client,
        bot_id,
        chat_rate=LIMITS.chat_rate,
        chat_burst=LIMITS.chat_burst,
        global_rate=LIMITS.global_rate,
        global_burst=LIMITS.global_burst,
    )


@asynccontextmanager
async def workers(fake: FakeTelegram, redis_url: str, count: int) -> AsyncIterator[list[Bot]]:
    """`count` bots, each with its own paced sender and Redis client, as separate daemons
    would have them."""
    async with AsyncExitStack() as stack:
        bots = []
        for _ in range(count):
            client = await stack.enter_async_context(redis_client(redis_url))
            shared = flood_of(client, fake.bot_id)
            session = JsonSession(api=TelegramAPIServer.from_base(fake.base_url))
            session.middleware(PacedSender(LIMITS, shared=shared))
            bots.append(await stack.enter_async_context(Bot(fake.token, session=session)))
        yield bots


def sender(bot: Bot) -> PacedSender:
    [middleware] = [m for m in bot.session.middleware._middlewares if isinstance(m, PacedSender)]
    return middleware


def shared(bot: Bot) -> SharedFlood:
    flood = sender(bot).shared
    assert flood is not None
    return flood


async def send_to_new_chats(fake: FakeTelegram, bot: Bot, chats: int) -> list[int]:
    users = [new_user_id() for _ in range(chats)]
    for user in users:
        fake.add_user(user)
    await asyncio.gather(*(bot.send_message(user, f"hi {user}") for user in users))
    return users


def overall_rate(sent: list[SentMessage], burst: int) -> float:
    """Messages per second after the first `burst` (which may arrive at once)."""
    times = sorted(m.at for m in sent)
    return (len(times) - burst) / (times[-1] - times[burst - 1])


def all_sent(fake: FakeTelegram, chats: list[int]) -> list[SentMessage]:
    return [m for chat in chats for m in fake.sent(chat, "sendMessage")]


async def turns_of(flood: SharedFlood, chat: int, messages: int) -> list[float]:
    """The turns (on Redis's clock) a sender takes for `messages` to `chat`, one after
    another, as `PacedSender` takes them: the chat's turn first when it must wait for it."""
    turns = []
    for _ in range(messages):
        turn = await flood.reserve(chat)
        assert turn is not None
        if not turn.bot:
            await asyncio.sleep(turn.wait)  # the chat's turn, before the bot's
            turn = await flood.reserve(chat, chat_taken=True)
            assert turn is not None and turn.bot
        turns.append(turn.at)
    return turns


async def test_the_bots_turns_never_pass_30_in_any_second_and_come_30_a_second(
    token: str, redis_url: str
) -> None:
    # Three senders of one bot take 150 turns at once: 6 chats 5 messages each (past a chat's
    # burst of 3: their chat's turn comes first, then the bot's), 120 chats one each.
    bot_id = int(token.partition(":")[0])
    async with AsyncExitStack() as stack:
        floods = []
        for _ in range(3):  # each with a client of its own, as separate daemons
            client = await stack.enter_async_context(redis_client(redis_url))
            floods.append(flood_of(client, bot_id))
        chats = [(new_user_id(), 5) for _ in range(6)] + [(new_user_id(), 1) for _ in range(120)]
        taken = await asyncio.gather(*(
            turns_of(floods[n % 3], chat, messages) for n, (chat, messages) in enumerate(chats)
        ))  # fmt: skip
    turns = [at for some in taken for at in some]
    assert len(turns) == 150
    # Every window of one second (half-open: turns 1/30 s apart fit 30 in it, not 31) holds
    # at most 30. (With a burst of 30 and a refill of 30/s, as before, one held 57.)
    micros = [round(at * 1e6) for at in turns]
    assert busiest(micros, 1_000_000) <= LIMITS.global_rate
    # And the bot loses no turn: the first 120 (all asked for at once) come 30 a second.
    first = sorted(turns)[:120]
    assert (len(first) - 1) / (first[-1] - first[0]) >= 0.99 * LIMITS.global_rate
    # Each chat's 1/s, with a burst of 3, holds too.
    for some, (_, messages) in zip(taken, chats, strict=True):
        assert len(some) == messages
        assert not sent_too_early(some, some[0], LIMITS.chat_rate, LIMITS.chat_burst)


async def test_two_workers_keep_to_30_per_second_together(
    fake: FakeTelegram, redis_url: str
) -> None:
    # Each worker alone would take a turn every 1/30 s of its own: together that is twice
    # what Telegram allows.
    async with workers(fake, redis_url, 2) as (first, second):
        start = time.monotonic()
        chats = await asyncio.gather(
            send_to_new_chats(fake, first, 45), send_to_new_chats(fake, second, 45)
        )
        assert 2 in (shared(first).workers, shared(second).workers)  # both seen sending
    sent = all_sent(fake, [chat for some in chats for chat in some])
    assert len(sent) == 90
    times = [m.at for m in sent]
    assert not sent_too_early(times, start, LIMITS.global_rate, LIMITS.global_burst)
    logging.getLogger(__name__).info(
        "combined: %.1f/s, at most %d in a second, %d 429s",
        overall_rate(sent, 1), busiest(times, 1.0), fake.rate_limited.total(),
    )  # fmt: skip


async def test_a_sender_alone_keeps_to_30_in_any_second(fake: FakeTelegram) -> None:
    # One daemon, its turns kept in its own process (`--role all` alone, or Redis down): 60
    # chats one message each and 5 chats five each (their chat's turn first, then the bot's).
    session = JsonSession(api=TelegramAPIServer.from_base(fake.base_url))
    session.middleware(PacedSender(LIMITS))
    users = [new_user_id() for _ in range(65)]
    for user in users:
        fake.add_user(user)

    async def send(user: int, messages: int) -> None:
        for n in range(messages):
            await bot.send_message(user, f"hi {n}")

    async with Bot(fake.token, session=session) as bot:
        start = time.monotonic()
        await asyncio.gather(*(send(user, 5 if n < 5 else 1) for n, user in enumerate(users)))
    sent = all_sent(fake, users)
    assert len(sent) == 85
    times = [m.at for m in sent]
    assert not sent_too_early(times, start, LIMITS.global_rate, 1)  # a turn every 1/30 s
    for user in users[:5]:
        chat = [m.at for m in fake.sent(user, "sendMessage")]
        assert not sent_too_early(chat, start, LIMITS.chat_rate, LIMITS.chat_burst)
    logging.getLogger(__name__).info(
        "alone: %.1f/s, at most %d in a second", overall_rate(sent, 1), busiest(times, 1.0)
    )


async def test_a_429_to_one_worker_pauses_the_other(fake: FakeTelegram, redis_url: str) -> None:
    # Telegram is stricter with this chat than the senders' figures: the second message
    # gets 429 with retry_after 2.
    fake.limits = RateLimits(per_chat=0.5, per_chat_burst=1, slack=0.1)
    chat, other = new_user_id(), new_user_id()
    fake.add_user(chat)
    fake.add_user(other)
    async with workers(fake, redis_url, 2) as (first, second):
        await first.send_message(chat, "one")
        retried = asyncio.create_task(first.send_message(chat, "two"))
        async with asyncio.timeout(60):
            while (left := await shared(first).pause_left()) == 0:
                await asyncio.sleep(0.01)
        asked = asyncio.get_running_loop().time()
        await second.send_message(other, "to another chat, from another worker")
        await retried
    assert fake.rate_limited[chat] == 1 and fake.rate_limited[other] == 0
    [message] = fake.sent(other, "sendMessage")
    assert message.at >= asked + left - 0.05  # sent only once the pause was over
    assert [m.text for m in fake.sent(chat, "sendMessage")] == ["one", "two"]


async def test_with_redis_down_each_worker_paces_its_share(
    fake: FakeTelegram, own_redis: EmbeddedRedis, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(flood, "RETRY_SECONDS", 0.2)  # Redis tried again this soon
    async with workers(fake, own_redis.url, 2) as (first, second):
        chats: list[list[int]] = []
        for _ in range(2):  # the second time, each has seen the other
            chats += await asyncio.gather(
                send_to_new_chats(fake, first, 1), send_to_new_chats(fake, second, 1)
            )
        assert shared(first).workers == shared(second).workers == 2
        own_redis.kill()
        # Each alone at the full 30/s would send 30 at once: 60 together.
        start = time.monotonic()
        down = await asyncio.gather(
            send_to_new_chats(fake, first, 30), send_to_new_chats(fake, second, 30)
        )
        chats += down
        assert shared(first).local_rate == shared(second).local_rate == 15.0
        assert await shared(first).reserve(1) is None  # still down: paced locally
        assert SEND_PACED_LOCALLY._value.get() == 1
        own_redis.start()  # back: the turns are shared again at the next try
        async with asyncio.timeout(60):
            while await shared(first).reserve(1) is None:
                await asyncio.sleep(0.05)
        assert SEND_PACED_LOCALLY._value.get() == 0
    sent = all_sent(fake, [chat for some in chats for chat in some])
    assert len(sent) == 64
    paced = [m.at for m in all_sent(fake, [chat for some in down for chat in some])]
    # Each paces its half alone, a turn every 1/15 s: their first turns may come together.
    assert not sent_too_early(paced, start, LIMITS.global_rate, 2 * LIMITS.global_burst)
    logging.getLogger(__name__).info(
        "combined, Redis down: %.1f/s, at most %d in a second, %d 429s",
        overall_rate(sent, 1), busiest(paced, 1.0), fake.rate_limited.total(),
    )  # fmt: skip


async def test_a_worker_that_never_reached_redis_takes_a_small_share(
    fake: FakeTelegram, own_redis: EmbeddedRedis
) -> None:
    own_redis.kill()
    async with workers(fake, own_redis.url, 1) as (bot,):
        chats = await send_to_new_chats(fake, bot, 3)
        assert shared(bot).workers is None
        assert shared(bot).local_rate == LIMITS.global_rate / 4
    assert len(all_sent(fake, chats)) == 3


async def test_three_daemons_with_shared_limits_keep_to_them_together(
    tmp_path: Path, empty_database_url: str, redis_url: str
) -> None:
    # Three whole daemons (one polls, all work, claiming chats from the one inbox) taking
    # their turns in Redis: 150 replies (three per chat, a chat's burst), none refused. (In
    # one process on this machine the three do not outrun 30/s even without the shared
    # turns; tests above show the turns holding two senders that would.)
    users = [new_user_id() for _ in range(50)]
    async with FakeTelegram(TOKEN, rate_limits=True, limits=REFEREE) as fake:
        for user in users:
            fake.add_user(user)
        daemons = []
        for name in ("a", "b", "c"):
            settings = bot_settings(tmp_path / name, empty_database_url, redis_url, fake.base_url)
            telegram = settings.telegram.model_copy(update={"shared_rate_limits": True})
            daemons.append(
                App(settings.model_copy(update={"telegram": telegram}), TOKEN, (echo(copies=3),))
            )
        async with AsyncExitStack() as stack:
            for app in daemons:
                await stack.enter_async_context(app)
                await stack.enter_async_context(app.serving())
            start = time.monotonic()
            for user in users:
                fake.send_text(user, "#0")
            async with asyncio.timeout(60):
                while any(len(echoed(fake, user)) < 3 for user in users):
                    await asyncio.sleep(0.05)
    for user in users:
        assert echoed(fake, user) == ["0", "0", "0"]
    sent = all_sent(fake, users)
    times = [m.at for m in sent]
    assert not sent_too_early(times, start, LIMITS.global_rate, LIMITS.global_burst)
    logging.getLogger(__name__).info(
        "three daemons: %.1f/s, at most %d in a second, %d 429s",
        overall_rate(sent, 1), busiest(times, 1.0), fake.rate_limited.total(),
    )  # fmt: skip
