"""The inbox's writer records a reply without waiting behind other work (issue 24: the
window in which a kill -9 sends a reply again lasts until its record is written)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

import psycopg

from healthbot.db import Database
from healthbot.telegram.inbox import InboxRepository
from healthbot.telegram.ledger import ReplyRecord, update_key
from healthbot.telegram.writer import RECORD_LINKS, InboxWriter
from tests.support.waiting import until

CHAT = 2_425_000  # ids no other test uses
FIRST_UPDATE = 942_500_000


def reply(update_id: int) -> ReplyRecord:
    """The record of an update's first reply."""
    return ReplyRecord(
        key=update_key(update_id), update_id=update_id, seq=1, chat_id=CHAT,
        method="sendMessage", message_id=1, result='{"message_id": 1}',
    )  # fmt: skip


async def store(conn: psycopg.AsyncConnection[tuple[object, ...]], update_id: int) -> None:
    await conn.execute(
        "INSERT INTO update_inbox (update_id, chat_id, user_id, kind, payload)"
        " VALUES (%s, %s, %s, 'message', '{}')",
        (update_id, CHAT, CHAT),
    )


async def recorded(conn: psycopg.AsyncConnection[tuple[object, ...]], update_id: int) -> bool:
    cur = await conn.execute(
        "SELECT count(*) FROM outbox WHERE delivery_key = %s", (update_key(update_id),)
    )
    row = await cur.fetchone()
    return row is not None and row[0] == 1


@contextlib.asynccontextmanager
async def running(db: Database) -> AsyncIterator[InboxWriter]:
    writer = InboxWriter(InboxRepository(db))
    writer.start()
    try:
        yield writer
    finally:
        await writer.close()


async def test_a_reply_is_recorded_while_every_pool_connection_is_taken(
    db: Database, database_url: str
) -> None:
    update_id = FIRST_UPDATE
    async with await psycopg.AsyncConnection.connect(database_url, autocommit=True) as conn:
        await store(conn, update_id)
        async with running(db) as writer, contextlib.AsyncExitStack() as taken:
            # The handlers hold every connection of the pool (a busy daemon): the record does
            # not queue behind them (it did, and failed when the pool's wait ran out).
            for _ in range(db.pool.max_size):
                await taken.enter_async_context(db.pool.connection())
            await asyncio.wait_for(writer.record(reply(update_id)), 60)
            assert await recorded(conn, update_id)


async def test_a_reply_is_recorded_while_a_flush_of_marks_is_held_up(
    db: Database, database_url: str
) -> None:
    marked, replied = FIRST_UPDATE + 1, FIRST_UPDATE + 2
    async with (
        await psycopg.AsyncConnection.connect(database_url, autocommit=True) as conn,
        await psycopg.AsyncConnection.connect(database_url) as locker,
    ):
        await store(conn, marked)
        await store(conn, replied)
        async with running(db) as writer:
            # Another session holds the row a "started" mark updates: that flush waits.
            await locker.execute(
                "SELECT 1 FROM update_inbox WHERE update_id = %s FOR UPDATE", (marked,)
            )
            writer.started(marked)
            deadline = asyncio.get_running_loop().time() + 60
            while not await waiting_on_a_lock(conn):  # the marks' flush waits for the row
                assert asyncio.get_running_loop().time() < deadline, "no flush waits"
                await asyncio.sleep(0.02)
            # A reply's record does not wait for that flush (it did, for as long as it took).
            recording = asyncio.ensure_future(writer.record(reply(replied)))
            await until(recording.done, 60, what="the record written")
            recording.result()
            assert await recorded(conn, replied)
            await locker.rollback()  # the row is free: the mark goes through
            await asyncio.wait_for(writer.settle(), 60)
            cur = await conn.execute(
                "SELECT status, attempts FROM update_inbox WHERE update_id = %s", (marked,)
            )
            assert await cur.fetchone() == ("processing", 1)


async def test_a_reply_is_recorded_while_a_mark_queued_with_it_waits_for_its_row(
    db: Database, database_url: str
) -> None:
    marked, replied = FIRST_UPDATE + 13, FIRST_UPDATE + 14
    async with (
        await psycopg.AsyncConnection.connect(database_url, autocommit=True) as conn,
        await psycopg.AsyncConnection.connect(database_url) as locker,
    ):
        await store(conn, marked)
        await store(conn, replied)
        async with running(db) as writer:
            await locker.execute(
                "SELECT 1 FROM update_inbox WHERE update_id = %s FOR UPDATE", (marked,)
            )
            # The mark is queued when the record comes: they may share a statement, but the
            # record does not wait for the mark's row (it did: the statement waited on it).
            writer.started(marked)
            await asyncio.wait_for(writer.record(reply(replied)), 60)
            assert await recorded(conn, replied)
            await locker.rollback()
            await asyncio.wait_for(writer.settle(), 60)
            cur = await conn.execute(
                "SELECT status, attempts FROM update_inbox WHERE update_id = %s", (marked,)
            )
            assert await cur.fetchone() == ("processing", 1)


async def test_every_reply_is_recorded_when_the_writers_sessions_are_ended_between_them(
    db: Database, database_url: str
) -> None:
    updates = [FIRST_UPDATE + 3 + i for i in range(4)]
    async with await psycopg.AsyncConnection.connect(database_url, autocommit=True) as conn:

        async def writer_sessions() -> list[int]:
            cur = await conn.execute(
                "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
                " AND query LIKE 'WITH replies AS (%%' AND pid <> pg_backend_pid()"
            )
            return [pid for (pid,) in await cur.fetchall()]

        for update_id in updates:
            await store(conn, update_id)
        async with running(db) as writer:
            await asyncio.wait_for(writer.record(reply(updates[0])), 60)
            for update_id in updates[1:]:
                # What a PostgreSQL restart, idle_session_timeout or a pooler's idle
                # timeout does to a session the writer holds: its next record went to
                # the broken connection and failed (and was not written).
                ended = await writer_sessions()
                assert ended, "the writer holds no session"
                for pid in ended:
                    await conn.execute("SELECT pg_terminate_backend(%s)", (pid,))
                deadline = asyncio.get_running_loop().time() + 60
                while set(ended) & set(await writer_sessions()):
                    assert asyncio.get_running_loop().time() < deadline, "sessions live on"
                    await asyncio.sleep(0.02)
                await asyncio.wait_for(writer.record(reply(update_id)), 60)
        assert [await recorded(conn, u) for u in updates] == [True] * len(updates)


async def test_a_session_idle_past_the_pools_limit_is_replaced_before_a_record(
    db: Database, database_url: str
) -> None:
    first, second = FIRST_UPDATE + 7, FIRST_UPDATE + 8
    db.pool.max_idle = 0.0  # this test's own pool: every pause is past the limit
    async with await psycopg.AsyncConnection.connect(database_url, autocommit=True) as conn:

        async def writer_sessions() -> set[int]:
            cur = await conn.execute(
                "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
                " AND query LIKE 'WITH replies AS (%%' AND pid <> pg_backend_pid()"
            )
            return {pid for (pid,) in await cur.fetchall()}

        await store(conn, first)
        await store(conn, second)
        async with running(db) as writer:
            await asyncio.wait_for(writer.record(reply(first)), 60)
            before = await writer_sessions()
            await asyncio.wait_for(writer.record(reply(second)), 60)
            # The session a server or pooler may have ended meanwhile is not used again.
            after = await writer_sessions()
            assert before and after and not before & after
        assert await recorded(conn, first) and await recorded(conn, second)


async def hold_records(
    locker: psycopg.AsyncConnection[tuple[object, ...]], update_ids: list[int]
) -> None:
    """Insert the records of these updates' first replies without committing: the writer's
    inserts of them wait (ON CONFLICT must know whether those rows stay)."""
    for update_id in update_ids:
        r = reply(update_id)
        await locker.execute(
            "INSERT INTO outbox (delivery_key, update_id, seq, chat_id, method, status)"
            " VALUES (%s, %s, %s, %s, %s, 'sent')",
            (r.key, r.update_id, r.seq, r.chat_id, r.method),
        )


async def flushes_waiting(conn: psycopg.AsyncConnection[tuple[object, ...]], count: int) -> None:
    deadline = asyncio.get_running_loop().time() + 60
    while await waiting_on_a_lock(conn) < count:
        assert asyncio.get_running_loop().time() < deadline, f"not {count} flushes waiting"
        await asyncio.sleep(0.02)


async def test_a_reply_is_recorded_while_another_records_flush_is_held_up(
    db: Database, database_url: str
) -> None:
    held, replied = FIRST_UPDATE + 15, FIRST_UPDATE + 16
    async with (
        await psycopg.AsyncConnection.connect(database_url, autocommit=True) as conn,
        await psycopg.AsyncConnection.connect(database_url) as locker,
    ):
        for update_id in (held, replied):
            await store(conn, update_id)
        async with running(db) as writer:
            await hold_records(locker, [held])
            writing = asyncio.ensure_future(writer.record(reply(held)))
            await flushes_waiting(conn, 1)
            # The next reply's record goes out at once on another connection: it waited for
            # that flush (group commit), and a kill -9 meanwhile sent the reply again.
            await asyncio.wait_for(writer.record(reply(replied)), 60)
            assert await recorded(conn, replied)
            await locker.rollback()
            await asyncio.wait_for(writing, 60)
            assert await recorded(conn, held)


async def test_records_that_come_while_every_connection_writes_share_the_next_commit(
    db: Database, database_url: str
) -> None:
    held = [FIRST_UPDATE + 20 + i for i in range(RECORD_LINKS)]
    others = [FIRST_UPDATE + 40 + i for i in range(3)]
    async with (
        await psycopg.AsyncConnection.connect(database_url, autocommit=True) as conn,
        await psycopg.AsyncConnection.connect(database_url) as locker,
    ):
        for update_id in (*held, *others):
            await store(conn, update_id)
        async with running(db) as writer:
            # Every connection for records is busy with one held up.
            await hold_records(locker, held)
            writing = [asyncio.ensure_future(writer.record(reply(u))) for u in held]
            await flushes_waiting(conn, RECORD_LINKS)
            # Three more replies, one after another, meanwhile: they wait for a connection
            # and go together, in one statement and one commit. (The pauses only space them
            # as replies come.)
            recording = []
            for update_id in others:
                recording.append(asyncio.ensure_future(writer.record(reply(update_id))))
                await asyncio.sleep(0.05)
            await locker.rollback()
            await asyncio.wait_for(asyncio.gather(*writing, *recording), 60)
        cur = await conn.execute(
            "SELECT update_id, xmin::text FROM outbox WHERE delivery_key = ANY(%s)",
            ([update_key(u) for u in (*held, *others)],),
        )
        transactions = dict(await cur.fetchall())
        assert len(transactions) == len(held) + len(others)
        assert len({transactions[u] for u in others}) == 1, transactions
        assert not {transactions[u] for u in held} & {transactions[others[0]]}


async def waiting_on_a_lock(conn: psycopg.AsyncConnection[tuple[object, ...]]) -> int:
    """How many sessions of this database wait for a lock."""
    cur = await conn.execute(
        "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
        " AND datname = current_database()"
    )
    row = await cur.fetchone()
    return int(row[0]) if row is not None else 0
