"""Claims that respect the coach's turns: a daemon claims no more chats than it can start
answering while other daemons claim too, and leaves fresh chats to them when it has none.

One `Claims` per test against a real inbox; the other daemons are sessions that carry the
claims' application name, as a daemon's claims session does. The lanes are a stand-in that
records what it is given (what a lane does with a chat is `test_scale_out`'s subject).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import psycopg
import pytest

from healthbot.db.migrations import apply_migrations
from healthbot.telegram.claims import Claims
from healthbot.turns import Turns
from tests.support.claims import RecordingLanes, Written, store


@pytest.fixture
async def inbox_url(empty_database_url: str) -> str:
    await apply_migrations(empty_database_url)
    return empty_database_url


@pytest.fixture
async def other_daemon(inbox_url: str) -> AsyncIterator[None]:
    """Another daemon's claims session on the same inbox."""
    async with await psycopg.AsyncConnection.connect(
        inbox_url, autocommit=True, application_name="healthbot-claims:other"
    ):
        yield


@asynccontextmanager
async def claims_on(url: str, lanes: RecordingLanes, turns: Turns) -> AsyncIterator[Claims]:
    claims = Claims(url, lanes, Written(), max_chats=64, poll_seconds=60.0, turns=(turns,))
    await claims._connect()
    try:
        yield claims
    finally:
        await claims.close()


async def hold(turns: Turns, count: int, release: asyncio.Event) -> list[asyncio.Task[None]]:
    """Take `count` of the turns until `release` (answers in flight)."""

    async def answer() -> None:
        async with turns.turn():
            await release.wait()

    tasks = [asyncio.create_task(answer()) for _ in range(count)]
    async with asyncio.timeout(60):
        while turns.in_flight < count:
            await asyncio.sleep(0)
    return tasks


async def test_a_daemon_alone_claims_every_waiting_chat_even_with_its_turns_taken(
    inbox_url: str,
) -> None:
    lanes, turns, release = RecordingLanes(), Turns("coach", 1), asyncio.Event()
    answers = await hold(turns, 1, release)
    await store(inbox_url, 1101, 1102, 1103)
    async with claims_on(inbox_url, lanes, turns) as claims:
        assert sorted(await claims.look()) == [1101, 1102, 1103]  # nobody else would answer them
    release.set()
    await asyncio.gather(*answers)


@pytest.mark.usefixtures("other_daemon")
async def test_with_other_daemons_it_claims_no_more_chats_than_it_has_turns_free(
    inbox_url: str,
) -> None:
    lanes, turns = RecordingLanes(), Turns("coach", 3)
    await store(inbox_url, 1201, 1202, 1203, 1204, 1205)
    async with claims_on(inbox_url, lanes, turns) as claims:
        assert sorted(await claims.look()) == [1201, 1202, 1203]  # the oldest, one per free turn
        # Each chat at work may be about to take a turn: nothing more for now.
        assert await claims.look() == []
        lanes.ended.update(lanes.claimed)  # quick replies (no turn taken): their lanes ended
        assert sorted(await claims.look()) == [1204, 1205]


@pytest.mark.usefixtures("other_daemon")
async def test_with_its_turns_taken_it_leaves_fresh_chats_and_takes_one_that_waited(
    inbox_url: str,
) -> None:
    lanes, turns, release = RecordingLanes(), Turns("coach", 2), asyncio.Event()
    answers = await hold(turns, 2, release)
    await store(inbox_url, 1301, 1302)
    async with claims_on(inbox_url, lanes, turns) as claims:
        assert await claims.look() == []  # a daemon with a free turn may take them now
        await store(inbox_url, 1303, 1304, ago=30.0)  # no one took these: all are busy
        assert await claims.look() == [1303]  # one, the oldest, that waited that long
        assert await claims.look() == []  # and no more than one per `poll_seconds`
        release.set()
        await asyncio.gather(*answers)
        lanes.ended.add(1303)
        assert sorted(await claims.look()) == [1301, 1302]  # two turns free: the oldest two


@pytest.mark.usefixtures("other_daemon")
async def test_with_a_chat_of_its_own_waiting_for_a_turn_it_takes_none_that_waited(
    inbox_url: str,
) -> None:
    lanes, turns, release = RecordingLanes(), Turns("coach", 1), asyncio.Event()
    answers = await hold(turns, 1, release)

    async def waits() -> None:
        async with turns.turn():
            pass

    answers.append(asyncio.create_task(waits()))  # a chat of its own waits for the turn
    async with asyncio.timeout(60):
        while not turns.waiting:
            await asyncio.sleep(0)
    await store(inbox_url, 1401, ago=30.0)
    async with claims_on(inbox_url, lanes, turns) as claims:
        # Taken now, it would wait behind this daemon's own while another's turns free.
        assert await claims.look() == []
        release.set()
        await asyncio.gather(*answers)
        assert await claims.look() == [1401]


@pytest.mark.usefixtures("other_daemon")
async def test_turns_that_end_while_a_new_chat_gets_to_ask_are_counted_as_free(
    inbox_url: str,
) -> None:
    lanes, turns, release = RecordingLanes(), Turns("coach", 4), asyncio.Event()
    answers = await hold(turns, 4, release)
    lanes.claimed.extend([1, 2, 3, 4])  # the chats answering
    turns.lead, turns.hold = 1.0, 2.0  # as measured: half of the turns end meanwhile
    await store(inbox_url, 1501, 1502, 1503)
    async with claims_on(inbox_url, lanes, turns) as claims:
        assert sorted(await claims.look()) == [1501, 1502]
        assert not claims.turn_free()  # a claimed chat's next update goes back, too
        release.set()
        await asyncio.gather(*answers)
        lanes.ended.update([1, 2, 3, 4])  # their turns ended: they count no more
        assert claims.turn_free()
        assert await claims.look() == [1503]


@pytest.mark.usefixtures("other_daemon")
async def test_a_turn_that_ends_wakes_the_claims(inbox_url: str) -> None:
    lanes, turns, release = RecordingLanes(), Turns("coach", 1), asyncio.Event()
    answers = await hold(turns, 1, release)
    async with claims_on(inbox_url, lanes, turns) as claims:
        claims._wake.clear()
        release.set()
        await asyncio.gather(*answers)
        assert claims._wake.is_set()  # it looks now, not at its next `poll_seconds`
