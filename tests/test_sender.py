"""The paced sender: a chat's token bucket (bursts, the sustained rate, 429 pauses), the bot's
turns (never more than its rate in any second), and stop."""

from __future__ import annotations

import asyncio
import time
from typing import Any, cast

import pytest
from aiogram import Bot
from aiogram.exceptions import TelegramNetworkError
from aiogram.methods import SendMessage, TelegramMethod
from hypothesis import given
from hypothesis import strategies as st

from healthbot.telegram import sender as sender_module
from healthbot.telegram.sender import PacedSender, _Bucket, _window
from tests.support.waiting import until

NOW = 1000.0  # a monotonic clock's reading


def test_a_quiet_chat_gets_its_burst_then_one_message_per_second() -> None:
    bucket = _Bucket(rate=1.0, burst=3)
    now = NOW
    waits = [bucket.reserve(now) for _ in range(5)]
    assert waits == pytest.approx([0.0, 0.0, 0.0, 1.0, 2.0])


def test_the_bucket_refills_over_time_up_to_its_burst() -> None:
    bucket = _Bucket(rate=1.0, burst=3)
    now = NOW
    for _ in range(3):
        bucket.reserve(now)
    assert not bucket.full(now + 2.9)
    assert bucket.full(now + 3.0)
    assert bucket.reserve(now + 100.0) == 0.0  # refilled, but never above the burst
    assert [bucket.reserve(now + 100.0) for _ in range(3)] == pytest.approx([0.0, 0.0, 1.0])


def test_a_429_pause_makes_the_next_turn_wait_exactly_retry_after() -> None:
    bucket = _Bucket(rate=1.0, burst=3)
    now = NOW
    assert bucket.reserve(now) == 0.0  # sent, and Telegram answered 429 retry_after=7
    bucket.pause(7.0, now)
    assert bucket.reserve(now) == pytest.approx(7.0)


@given(
    rate=st.floats(0.5, 50), burst=st.integers(1, 30),
    gaps=st.lists(st.floats(0, 2), min_size=1, max_size=60),
)  # fmt: skip
def test_reservations_never_exceed_the_rate_over_any_window(
    rate: float, burst: int, gaps: list[float]
) -> None:
    # Whatever the arrival times, sends happen at reserve time + wait; over any window of
    # length T, at most burst + rate x T of them fall inside it.
    bucket = _Bucket(rate=rate, burst=burst)
    start = now = NOW
    sends = []
    for gap in gaps:
        now += gap
        sends.append(now + bucket.reserve(now))
    sends.sort()
    for i, first in enumerate(sends):
        for j in range(i, len(sends)):
            window = sends[j] - first
            assert j - i + 1 <= burst + rate * window + 1e-6
    assert sends[0] >= start


def test_a_message_held_back_by_the_bots_turn_counts_for_its_chat_when_it_leaves() -> None:
    bucket = _Bucket(rate=1.0, burst=3)
    assert bucket.reserve(NOW) == 0.0
    bucket.later(NOW + 2.0)  # its chat's turn had come, the bot's came 2 s later
    # Then the chat's next three: its burst of 3 counts that first one, sent just now (counted
    # when its token was taken, the bucket would let four out within a moment).
    waits = [bucket.reserve(NOW + 2.0) for _ in range(3)]
    assert waits == pytest.approx([0.0, 0.0, 1.0])


@given(
    burst=st.sampled_from([1, 2, 3, 5, 6, 10, 15, 30]),
    gaps=st.lists(st.floats(0, 0.5), min_size=1, max_size=120),
)  # fmt: skip
def test_the_bots_turns_never_pass_30_in_any_second(burst: int, gaps: list[float]) -> None:
    # Whatever the arrival times and the burst (a whole division of 30), turns come in order
    # and no window of one second (half-open) holds more than 30 of them.
    turns = _window(30.0, burst)
    now, taken = NOW, []
    for gap in gaps:
        now += gap
        at = now + turns.reserve(now)
        assert not taken or at >= taken[-1]
        taken.append(at)
    for i, first in enumerate(taken):
        assert sum(first <= at < first + 1.0 - 1e-9 for at in taken[i:]) <= 30


def test_the_bots_turns_come_30_a_second_when_messages_wait() -> None:
    turns = _window(30.0, 1)
    waits = [turns.reserve(NOW) for _ in range(61)]
    assert waits[0] == 0.0
    assert waits[-1] == pytest.approx(2.0)  # 60 more in 2 s: none lost
    turns.pause(7.0, NOW)  # Telegram said wait 7 s
    assert turns.reserve(NOW) == pytest.approx(7.0)


async def test_a_stop_ends_the_retries_of_a_send_with_the_network_down(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Retries 4-12 s apart: a stop that only took effect at the next try would come that much
    # later, far beyond what a loaded machine adds to a stop that cuts the wait short.
    monkeypatch.setattr(sender_module, "_BACKOFF_START", 8.0)
    sender = PacedSender(None, give_up_after=600.0)
    stop = asyncio.Event()
    sender.stop_when(stop)
    tries = 0

    async def unreachable(bot: Bot, method: TelegramMethod[Any]) -> Any:
        nonlocal tries
        tries += 1
        raise TelegramNetworkError(method, "connection refused")

    send = asyncio.create_task(
        sender(unreachable, cast(Bot, None), SendMessage(chat_id=1, text="hi"))
    )
    await until(lambda: tries >= 1, 60, what="the first try")  # then waiting 4-12 s
    stopped = time.monotonic()
    stop.set()
    with pytest.raises(TelegramNetworkError):
        await asyncio.wait_for(send, 60)
    assert time.monotonic() - stopped < 4.0, "the stop cut the wait short"
    assert tries == 1
    tries_at_stop = tries
    with pytest.raises(TelegramNetworkError):  # stopping: one try, no retry
        await sender(unreachable, cast(Bot, None), SendMessage(chat_id=1, text="hi"))
    assert tries == tries_at_stop + 1
