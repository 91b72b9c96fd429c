"""Turns: a cap on how much of one kind of work runs at once in this process, that says how
full it is.

A feature whose work is slow and capped (the coach: `anthropic.max_in_flight` answers at
once, each seconds of waiting on the model) takes a turn per piece of work. Beyond the cap
work waits for a turn; `free` tells the chat claims how many more could start now, so that a
daemon does not claim chats to make them wait for its turns while another daemon's turns
are free (`telegram.claims`: with other daemons up, it keeps no more chats short of their
turn than `limit`). A feature provides its `Turns` as a dependency; the app hands every one
of them to the claims.

When a turn ends, whoever runs the work learns it through `TURN_ENDED` (the chat lanes: the
rest of that work, sending the reply and writing it down, takes no turn, so its chat no
longer counts against the cap), and `on_end` is called (the claims look for a chat at once).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from contextvars import ContextVar

from healthbot.metrics import TURNS

# Called in the work's context when its turn ends (set by the chat lanes for each update).
TURN_ENDED: ContextVar[Callable[[], None] | None] = ContextVar("turn_ended", default=None)
# When the work at hand started (loop time; set by the chat lanes for each update).
WORK_STARTED: ContextVar[float | None] = ContextVar("work_started", default=None)
_WEIGHT = 0.1  # of the newest sample in the running means of `lead` and `hold`


class Turns:
    """At most `limit` holders at once; the others wait, first come first served."""

    def __init__(self, name: str, limit: int) -> None:
        self.name = name
        self.limit = limit
        self.in_flight = 0  # holding a turn
        self.waiting = 0  # waiting for one
        self.on_end: list[Callable[[], None]] = []  # called whenever a turn ends
        # Running means (seconds): from the start of work to its asking for a turn, and of
        # a turn held. What `ahead` is made of; 0 until measured.
        self.lead = 0.0
        self.hold = 0.0
        self._semaphore = asyncio.Semaphore(limit)
        self._held = TURNS.labels(name, "held")
        self._waiting = TURNS.labels(name, "waiting")

    @asynccontextmanager
    async def turn(self) -> AsyncIterator[Held]:
        """Hold a turn for the block (wait for one first when all are taken); the block may
        end it sooner with `Held.end`."""
        loop = asyncio.get_running_loop()
        if (started := WORK_STARTED.get()) is not None:
            self.lead += _WEIGHT * (loop.time() - started - self.lead)
        self.waiting += 1
        self._waiting.inc()
        try:
            await self._semaphore.acquire()
        finally:
            self.waiting -= 1
            self._waiting.dec()
        self.in_flight += 1
        self._held.inc()
        held = Held(self, loop.time())
        try:
            yield held
        finally:
            held.end()

    def _ended(self, since: float) -> None:
        self.hold += _WEIGHT * (asyncio.get_running_loop().time() - since - self.hold)
        self.in_flight -= 1
        self._held.dec()
        self._semaphore.release()
        if (ended := TURN_ENDED.get()) is not None:
            ended()
        for listener in self.on_end:
            listener()

    def free(self) -> int:
        """Turns that work arriving now would get at once (negative: that many wait)."""
        return self.limit - self.in_flight - self.waiting

    def ahead(self) -> int:
        """How many turns are expected to end while new work gets to ask for one (its
        `lead`), with every turn taken: how much work may start beyond the free turns
        without waiting for one, on average."""
        if self.hold <= 0.0:
            return 0
        return min(self.limit, int(self.limit * self.lead / self.hold))


class Held:
    """One held turn."""

    def __init__(self, turns: Turns, since: float) -> None:
        self._turns: Turns | None = turns
        self._since = since

    def end(self) -> None:
        """Give the turn back now (what the work does next needs none); once only."""
        turns, self._turns = self._turns, None
        if turns is not None:
            turns._ended(self._since)
