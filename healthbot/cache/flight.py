"""Single-flight: concurrent misses of one key share one load (per process).

A load runs in a task of its own, so one caller giving up does not cancel it for the others.
An invalidation that arrives while a load is in flight marks it stale: the callers already
waiting get its result, but it is not stored, and the next caller starts a fresh load.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar, cast

T = TypeVar("T")


class Flight:
    """One load in progress; `stale` is set when an invalidation overtakes it."""

    __slots__ = ("stale", "task")

    def __init__(self) -> None:
        self.stale = False
        self.task: asyncio.Task[Any] | None = None


class SingleFlight:
    """The loads in flight, by (namespace, key)."""

    def __init__(self) -> None:
        self._flights: dict[tuple[str, str], Flight] = {}
        self._tasks: set[asyncio.Task[Any]] = set()

    async def join(
        self, lkey: tuple[str, str], fill: Callable[[Flight], Coroutine[Any, Any, T]]
    ) -> T:
        """The result of the load in flight for `lkey`, started as `fill(flight)` if none is."""
        flight = self._flights.get(lkey)
        if flight is None:
            flight = Flight()
            self._flights[lkey] = flight
            # The load runs in its own task so that a caller's cancellation (an update
            # timing out) does not cancel it for the other callers waiting on it.
            task = asyncio.create_task(fill(flight))
            flight.task = task
            self._tasks.add(task)
            task.add_done_callback(self._task_done)
        assert flight.task is not None
        return cast(T, await asyncio.shield(flight.task))

    def land(self, lkey: tuple[str, str], flight: Flight) -> None:
        """Forget a finished load, unless an invalidation has already forgotten it."""
        if self._flights.get(lkey) is flight:
            del self._flights[lkey]

    def overtake(self, namespace: str, key: str | None) -> None:
        """Mark loads in flight stale and forget them (key None: the whole namespace)."""
        if key is None:
            lkeys = [k for k in self._flights if k[0] == namespace]
        else:
            lkeys = [(namespace, key)] if (namespace, key) in self._flights else []
        for lkey in lkeys:
            # Callers already waiting still get this load's result (they asked before the
            # write finished); it is not stored, and new callers start a fresh load.
            self._flights.pop(lkey).stale = True

    def overtake_all(self) -> None:
        """Mark every load in flight stale and forget them."""
        for flight in self._flights.values():
            flight.stale = True
        self._flights.clear()

    def _task_done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled():
            task.exception()  # the waiters got it; don't log "exception never retrieved"
