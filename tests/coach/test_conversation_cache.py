"""The cached conversation is written through on append: the next message's read finds the
turns just stored in the cache (no load), and what it finds is what the database holds;
a retried append (the turns stored before) invalidates instead of adding them twice; an
answer's round is stored and counted once.
Real PostgreSQL (the session's database) and Redis."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import psycopg
import pytest

from healthbot.cache import Cache, connect_redis
from healthbot.coach.repository import CONVERSATION, CoachRepository, FinishedRound, Turn, Usage
from healthbot.db import Database
from healthbot.metrics import CACHE_LOADS
from tests.support.users import add_user


@pytest.fixture
async def repository(shared_db: Database, redis_url: str) -> AsyncIterator[CoachRepository]:
    client = connect_redis(redis_url, timeout=0.25)
    try:
        yield CoachRepository(shared_db, Cache(client))
    finally:
        await client.aclose()


def loads() -> float:
    return CACHE_LOADS.labels(CONVERSATION.name)._value.get()


def said(user: str, coach: str) -> list[tuple[Turn, str, dict[str, Any]]]:
    return [(Turn("user", user), "text", {}), (Turn("assistant", coach), "text", {"rounds": 1})]


async def from_database(repository: CoachRepository, user_id: int) -> tuple[Turn, ...]:
    repository.cache.clear_local()
    await repository.recent.invalidate(user_id)
    return await repository.recent(user_id)


async def test_an_append_is_found_in_the_cache_as_the_database_holds_it(
    repository: CoachRepository, shared_db: Database, uid: int
) -> None:
    await add_user(shared_db.conninfo, uid)
    before = await repository.recent(uid)
    assert before == ()
    await repository.append(uid, said("hi", "Hello!"), "update:1/coach", before)
    first = loads()
    after = await repository.recent(uid)
    history = await repository.recent(uid)  # again, as the next message reads it
    await repository.append(uid, said("eggs?", "Fine."), "update:2/coach", history)
    latest = await repository.recent(uid)
    assert loads() == first  # both reads after an append came from the cache
    assert after == (Turn("user", "hi"), Turn("assistant", "Hello!"))
    assert latest == (*after, Turn("user", "eggs?"), Turn("assistant", "Fine."))
    assert await from_database(repository, uid) == latest
    # Another process's tier: Redis has it too.
    repository.cache.clear_local()
    assert await repository.recent(uid) == latest


async def test_a_retried_append_leaves_no_turn_twice_in_the_cache(
    repository: CoachRepository, shared_db: Database, uid: int
) -> None:
    await add_user(shared_db.conninfo, uid)
    before = await repository.recent(uid)
    await repository.append(uid, said("hi", "Hello!"), "update:7/coach", before)
    # The retry read the conversation with its own turns in it (the first try stored them).
    again = await repository.recent(uid)
    await repository.append(uid, said("hi", "Hello!"), "update:7/coach", again)
    assert await repository.recent(uid) == (Turn("user", "hi"), Turn("assistant", "Hello!"))
    assert await from_database(repository, uid) == await repository.recent(uid)


async def test_turns_of_other_roles_are_stored_but_not_part_of_the_conversation(
    repository: CoachRepository, shared_db: Database, uid: int
) -> None:
    await add_user(shared_db.conninfo, uid)
    before = await repository.recent(uid)
    turns = [(Turn("tool", "note"), "text", {}), *said("hi", "Hello!")]
    await repository.append(uid, turns, "update:9/coach", before)
    assert await repository.recent(uid) == await from_database(repository, uid)


@pytest.mark.parametrize("durable", [True, False])
async def test_a_finished_round_is_stored_and_its_tokens_counted_once(
    repository: CoachRepository, shared_db: Database, uid: int, durable: bool
) -> None:
    # durable=False: the round that answers, stored before the reply without waiting for
    # the disk.
    await add_user(shared_db.conninfo, uid)
    response = {"content": [{"type": "text", "text": "Hello!"}]}
    finished = FinishedRound(f"update:{uid}", 0, uid, response, Usage(10, 5))
    for _ in range(2):  # the second: a retried update (the round was stored the first time)
        await repository.finish_round(finished, durable=durable)
    assert await repository.round(f"update:{uid}", 0) == response
    async with await psycopg.AsyncConnection.connect(shared_db.conninfo) as conn:
        cur = await conn.execute(
            "SELECT requests, input_tokens, output_tokens FROM coach_usage WHERE user_id = %s",
            (uid,),
        )
        assert await cur.fetchall() == [(1, 10, 5)]
