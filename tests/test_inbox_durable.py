"""The inbox's store commits without waiting for the disk; `make_durable` then puts it there.

The poller confirms a batch to Telegram only after `make_durable`: this checks that what it
promises holds when PostgreSQL itself is killed right after it (kill -9 of the postmaster:
WAL that was only in the server's memory is gone; what was flushed is recovered).
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import psycopg
import pytest
from aiogram.types import Update

from healthbot.db import Database
from healthbot.db.migrations import apply_migrations
from healthbot.embedded import EmbeddedPostgres
from healthbot.telegram.inbox import InboxRepository, Incoming, StoreResult

pytestmark = pytest.mark.slow

CHAT = 73_500  # not used by another test
ROUNDS = 5


def incoming(update_id: int) -> Incoming:
    """A text message update, as `prepare` hands it to the inbox."""
    user = {"id": CHAT, "is_bot": False, "first_name": "A"}
    update = Update.model_validate({
        "update_id": update_id,
        "message": {"message_id": update_id, "date": 1, "chat": {"id": CHAT, "type": "private"},
                    "from": user, "text": "/help"},
    })  # fmt: skip
    return Incoming(update, update.model_dump_json(exclude_none=True))


async def test_batches_made_durable_survive_a_kill_9_of_postgresql(tmp_path: Path) -> None:
    pg = EmbeddedPostgres(tmp_path / "pg")
    await asyncio.to_thread(pg.start)
    try:
        await apply_migrations(pg.url)
        db = await Database.open(pg.url, min_size=1, max_size=2)
        inbox = InboxRepository(db)
        stored: list[int] = []
        try:
            # Each batch as the poller stores it: without waiting, then made durable; the
            # kill comes right after the last one (the WAL writer flushes on its own only
            # every 200 ms).
            for number in range(ROUNDS):
                batch = [incoming(90_000 + 10 * number + i) for i in range(3)]
                result = StoreResult()
                await inbox.store(batch, result, durable=False)
                assert result.new == {item.update_id for item in batch}
                await inbox.make_durable()
                stored += sorted(result.new)
            await asyncio.to_thread(pg.kill)
        finally:
            await db.close()
        await asyncio.sleep(1.0)  # its backends see the postmaster gone and exit
        await asyncio.to_thread(pg.start, replace_orphan=True)
        async with await psycopg.AsyncConnection.connect(pg.url) as conn:
            cur = await conn.execute(
                "SELECT update_id FROM update_inbox WHERE chat_id = %s ORDER BY update_id",
                (CHAT,),
            )
            assert [row[0] for row in await cur.fetchall()] == stored
    finally:
        await asyncio.to_thread(pg.stop)
