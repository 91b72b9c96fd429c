"""Turns: a cap on how much of one kind of work runs at once in this process, that says how
full it is.

A feature whose work is slow and capped (the coach: `anthropic.max_in_flight` answers at
once, each seconds of waiting on the model) takes a turn per piece of work. Beyond the cap
work waits for a turn; `free` tells the chat claims how many more could start now, so that a
daemon does not claim chats to make them wait for its turns while another daemon's turns
are free (`telegram.claims`: with other daemons up, it keeps no more chats at work than
`limit`). A feature provides its `Turns` as a dependency; the app hands
every one of them to the claims.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager


class Turns:
    """At most `limit` holders at once; the others wait, first come first served."""

    def __init__(self, name: str, limit: int) -> None:
        self.name = name
        self.limit = limit
        self.in_flight = 0  # holding a turn
        self.waiting = 0  # waiting for one
        self._semaphore = asyncio.Semaphore(limit)

    @asynccontextmanager
    async def turn(self) -> AsyncIterator[None]:
        """Hold a turn for the block (wait for one first when all are taken)."""
        self.waiting += 1
        try:
            await self._semaphore.acquire()
        finally:
            self.waiting -= 1
        self.in_flight += 1
        try:
            yield
        finally:
            self.in_flight -= 1
            self._semaphore.release()

    def free(self) -> int:
        """Turns that work arriving now would get at once (negative: that many wait)."""
        return self.limit - self.in_flight - self.waiting
