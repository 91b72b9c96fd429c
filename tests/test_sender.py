"""The paced sender: token buckets (bursts, the sustained rate, 429 pauses), and stop."""

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
from healthbot.telegram.sender import PacedSender, _Bucket
from tests.support.waiting import until


def test_a_quiet_chat_gets_its_burst_then_one_message_per_second() -> None:
    bucket = _Bucket(rate=1.0, burst=3)
    now = bucket.updated
    waits = [bucket.reserve(now) for _ in range(5)]
    assert waits == pytest.approx([0.0, 0.0, 0.0, 1.0, 2.0])


def test_the_bucket_refills_over_time_up_to_its_burst() -> None:
    bucket = _Bucket(rate=1.0, burst=3)
    now = bucket.updated
    for _ in range(3):
        bucket.reserve(now)
    assert not bucket.full(now + 2.9)
    assert bucket.full(now + 3.0)
    assert bucket.reserve(now + 100.0) == 0.0  # refilled, but never above the burst
    assert [bucket.reserve(now + 100.0) for _ in range(3)] == pytest.approx([0.0, 0.0, 1.0])


def test_a_429_pause_makes_the_next_turn_wait_exactly_retry_after() -> None:
    bucket = _Bucket(rate=1.0, burst=3)
    now = bucket.updated
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
    start = now = bucket.updated
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
