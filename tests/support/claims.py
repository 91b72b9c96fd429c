"""Stand-ins for what the chat claims drive (the lanes, the inbox's writer), and stored updates
to claim: for tests of `healthbot.telegram.claims` against a real inbox."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import psycopg

from healthbot.telegram.inbox import StoredUpdate


class RecordingLanes:
    """The lanes as the claims see them: chats given, and which of their lanes ended."""

    def __init__(self) -> None:
        self.on_release: Callable[[int], Awaitable[None]] | None = None
        self.room = asyncio.Event()
        self.room.set()
        self.claimed: list[int] = []
        self.ended: set[int] = set()

    async def claim(self, chat: int, waiting: list[StoredUpdate] | None = None) -> None:
        self.claimed.append(chat)

    def unclaim(self, chat: int) -> None:
        self.claimed.remove(chat)

    def given_back(self, chat: int) -> None:
        return None

    def holds(self, chat: int) -> bool:
        return chat in self.claimed

    def claimed_count(self) -> int:
        return len(set(self.claimed) - self.ended)

    def lingering(self) -> int:
        return 0


class Written:
    """An inbox writer with nothing waiting to be written."""

    async def settle(self) -> None:
        return None


async def store(url: str, *chats: int, ago: float = 0.0) -> None:
    """One pending update per chat, in this order, received `ago` seconds ago."""
    async with await psycopg.AsyncConnection.connect(url, autocommit=True) as conn:
        for chat in chats:
            await conn.execute(
                "INSERT INTO update_inbox (update_id, chat_id, user_id, kind, payload, received_at)"
                " VALUES (%s, %s, %s, 'message', '{}', now() - make_interval(secs => %s))",
                (chat, chat, chat, ago),
            )


async def store_with_status(url: str, *rows: tuple[int, int, str]) -> None:
    """Updates (update id, chat id, status) in the inbox."""
    async with await psycopg.AsyncConnection.connect(url, autocommit=True) as conn:
        for update_id, chat_id, status in rows:
            await conn.execute(
                "INSERT INTO update_inbox (update_id, chat_id, user_id, kind, payload, status)"
                " VALUES (%s, %s, %s, 'message', '{}', %s)",
                (update_id, chat_id, chat_id, status),
            )
