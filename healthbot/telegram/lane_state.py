"""What the chat lanes (`lanes`) keep: the work a lane queues, a lane's own state, and the
limits of them all."""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from aiogram.types import Update

from healthbot.telegram.inbox import StoredUpdate

JobRun = Callable[[], Awaitable[None]]


@dataclass(slots=True)
class Work:
    """What waits in a chat's lane: a stored update, or a background job (`run`)."""

    key: str  # the delivery key in the reply ledger
    update: Update | None = None
    run: JobRun | None = None
    replay: bool = False  # it may have sent replies before (interrupted, failed, a job re-run)
    attempts: int = 0  # attempts already made in earlier runs


@dataclass(slots=True)
class Lane:
    """One chat's queue and worker, and whether some of its updates wait in the inbox."""

    queue: deque[Work] = field(default_factory=deque)
    worker: asyncio.Task[None] | None = None
    last_update: int = 0  # the newest update id put in memory: the inbox holds the rest
    deferred: bool = False  # updates after `last_update` wait in the inbox
    skipped: int = 0  # updates deferred since the last reload began
    warned: bool = False  # told to slow down during this deferral
    claimed: bool = False  # this process holds the chat's claim: its updates come from the inbox
    past_turn: bool = False  # the work at hand ended its turn (`turns`): it takes no more
    # The chat's waiting updates as the claims read them, right after taking the claim:
    # the first load takes them instead of asking the inbox again.
    preloaded: list[StoredUpdate] | None = None
    # The updates of the chat this process stored after `last_update`, in order, while it is
    # the only intake and the lane holds the claim (`Lanes.stored`): the next load takes them
    # from memory when they are all the inbox holds of the chat past `last_update`.
    stored: list[int] = field(default_factory=list)
    loading: asyncio.Lock = field(default_factory=asyncio.Lock)  # one reload at a time
    # Set when work may have come for the lane (an update stored, a job, the claim taken
    # or lost, a stop): a lane that ran dry and lingers (`Lanes._linger`) looks again.
    wake: asyncio.Event = field(default_factory=asyncio.Event)
    lingering: bool = False  # ran dry, holds its claim, waits for the chat's next update


def turn_ended(lane: Lane) -> None:
    lane.past_turn = True


@dataclass(frozen=True, slots=True)
class LaneLimits:
    """How much the lanes hold and run at once, and how long they keep at it."""

    max_active_chats: int = 64  # chats handled at the same time
    max_queued: int = 1000  # updates and jobs in memory over all lanes; past it, no fetching
    max_queued_per_chat: int = 20  # in memory per chat; past it, the rest wait in the inbox
    max_attempts: int = 5  # runs of an update before it is given up
    drain_seconds: float = 20.0  # from stop to the end of the drain
    # How long a claimed lane that ran out of updates keeps the chat's claim, without a
    # slot, for the chat's next update (`Lanes._linger`); 0: it gives the claim back at once.
    linger_seconds: float = 2.0
