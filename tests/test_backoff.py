"""The one backoff helper: growth, cap, jitter, reset, and a sleep that a stop cuts short."""

from __future__ import annotations

import asyncio
import time

import pytest

from healthbot.backoff import Backoff, sleep_unless


def test_delays_double_up_to_the_cap_within_the_jitter() -> None:
    backoff = Backoff(start=0.5, cap=4.0, jitter=0.5)
    bases = [0.5, 1.0, 2.0, 4.0, 4.0, 4.0]
    for base in bases:
        assert backoff.peek() == base
        assert 0.5 * base <= backoff.delay() <= 1.5 * base


def test_reset_starts_again_from_the_first_delay() -> None:
    backoff = Backoff(start=0.5, cap=30.0, jitter=0.0)
    assert [backoff.delay() for _ in range(3)] == [0.5, 1.0, 2.0]
    backoff.reset()
    assert backoff.delay() == 0.5


async def test_a_stop_set_before_the_sleep_returns_at_once() -> None:
    stop = asyncio.Event()
    stop.set()
    start = time.monotonic()
    assert await Backoff(start=30.0).sleep(stop) is True
    assert time.monotonic() - start < 0.1


async def test_a_stop_set_during_the_sleep_ends_it() -> None:
    stop = asyncio.Event()
    asyncio.get_running_loop().call_later(0.05, stop.set)
    start = time.monotonic()
    assert await sleep_unless(stop, 30.0) is True
    assert time.monotonic() - start < 1.0


async def test_without_a_stop_the_sleep_lasts_its_time() -> None:
    start = time.monotonic()
    assert await sleep_unless(asyncio.Event(), 0.05) is False
    assert await sleep_unless(None, 0.05) is False
    assert time.monotonic() - start == pytest.approx(0.1, abs=0.09)
