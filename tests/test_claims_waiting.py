"""What a claim round hands the lanes: the waiting updates of each chat it just claimed, read
in the claim's own round trip (`claims.WAITING_OF_CLAIMED_SQL`), as their previous holder
left them; and, if that read fails, the claims all the same, each lane left to ask the inbox.

One `Claims` against a real inbox; the lanes are a stand-in that records what it is given.
Each round runs woken (`Claims.wake`: this process stored an update, the claim and the read
go in one pipeline) or as a round of the poll's (the claim alone, the read if it claimed).
"""

from __future__ import annotations

import psycopg
import pytest

from healthbot.db.migrations import apply_migrations
from healthbot.telegram import claims as claims_module
from healthbot.telegram.claims import CHAT_LOCK_CLASS, LOCK_SQL, UNLOCK_SQL, Claims
from healthbot.telegram.inbox import StoredUpdate
from tests.support.claims import RecordingLanes, Written, store_with_status


class GivenLanes(RecordingLanes):
    """The lanes, with the waiting updates each claimed chat came with (None: none read)."""

    def __init__(self) -> None:
        super().__init__()
        self.waiting: dict[int, list[int] | None] = {}

    async def claim(self, chat: int, waiting: list[StoredUpdate] | None = None) -> None:
        await super().claim(chat, waiting)
        self.waiting[chat] = None if waiting is None else [u.update_id for u in waiting]


@pytest.fixture
async def inbox_url(empty_database_url: str) -> str:
    await apply_migrations(empty_database_url)
    return empty_database_url


async def look(claims: Claims, woken: bool) -> list[int]:
    """One round of the claims, woken or the poll's."""
    if woken:
        claims.wake()
    return await claims.look()


@pytest.mark.parametrize("woken", [True, False])
async def test_each_chat_claimed_comes_with_its_own_waiting_updates_oldest_first(
    inbox_url: str, woken: bool
) -> None:
    await store_with_status(
        inbox_url,
        (11, 1501, "done"), (12, 1501, "pending"), (14, 1501, "processing"),
        (13, 1502, "pending"), (15, 1503, "failed"),
    )  # fmt: skip
    lanes = GivenLanes()
    claims = Claims(inbox_url, lanes, Written(), max_chats=64, poll_seconds=60.0)
    await claims._connect()
    try:
        assert sorted(await look(claims, woken)) == [1501, 1502]
        assert lanes.waiting == {1501: [12, 14], 1502: [13]}
        # A new update of a chat held already is no claim's (its lane loads it), and a
        # chat claimed next round comes with its own updates only.
        await store_with_status(inbox_url, (16, 1501, "pending"), (17, 1504, "pending"))
        assert await look(claims, woken) == [1504]
        assert lanes.waiting[1504] == [17]
        assert await look(claims, woken) == []  # nothing left to claim
    finally:
        await claims.close()


async def test_a_chat_comes_with_what_its_previous_holder_left_unfinished(
    inbox_url: str,
) -> None:
    await store_with_status(inbox_url, (21, 1511, "pending"), (22, 1511, "pending"))
    async with await psycopg.AsyncConnection.connect(inbox_url, autocommit=True) as other:
        # Another worker holds the chat, finishes its first update, and gives it back.
        cur = await other.execute(LOCK_SQL, {"class": CHAT_LOCK_CLASS, "chat": 1511})
        assert (await cur.fetchone()) == (True,)
        lanes = GivenLanes()
        claims = Claims(inbox_url, lanes, Written(), max_chats=64, poll_seconds=60.0)
        await claims._connect()
        try:
            assert await claims.look() == []  # held by the other
            await other.execute("UPDATE update_inbox SET status = 'done' WHERE update_id = 21")
            await other.execute(UNLOCK_SQL, {"class": CHAT_LOCK_CLASS, "chats": [1511]})
            assert await look(claims, True) == [1511]
            assert lanes.waiting == {1511: [22]}
        finally:
            await claims.close()


@pytest.mark.parametrize("woken", [True, False])
async def test_a_failed_read_leaves_the_claims_standing_and_each_lane_asks_the_inbox(
    inbox_url: str, monkeypatch: pytest.MonkeyPatch, woken: bool
) -> None:
    await store_with_status(inbox_url, (31, 1521, "pending"))
    monkeypatch.setattr(claims_module, "WAITING_OF_CLAIMED_SQL", "SELECT 1 / 0")
    lanes = GivenLanes()
    claims = Claims(inbox_url, lanes, Written(), max_chats=64, poll_seconds=60.0)
    await claims._connect()
    try:
        assert await look(claims, woken) == [1521]
        assert lanes.waiting == {1521: None}
        assert 1521 in claims._held
        # The session is still good: the next round claims the next chat.
        await store_with_status(inbox_url, (32, 1522, "pending"))
        assert await look(claims, woken) == [1522]
    finally:
        await claims.close()
