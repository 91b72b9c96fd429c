"""Chat claims: which worker process handles which chat's updates, across processes.

Any number of workers take updates from the one inbox. A chat's updates must run one at a
time, in order, so a worker first claims the chat: a session-level advisory lock (class
`CHAT_LOCK_CLASS`, the chat id folded into 31 bits) taken with `pg_try_advisory_lock` on a
connection of its own, never the pool's (a pooled or PgBouncer-shared session would carry
the lock to whoever gets the connection next). Claiming never waits: a chat another worker
holds is skipped, as `FOR UPDATE SKIP LOCKED` skips a locked row, and the candidates are
read from the inbox's unfinished updates, oldest first, leaving out chats whose lock is
held already (`pg_locks`), so a worker never asks again and again for its neighbours' chats.

The claim lives exactly as long as the worker's session: a worker that dies (kill -9, OOM,
a lost machine) loses its session and the server drops its locks at once; another worker
claims those chats at its next look (every `poll_seconds`, or at once when this process's
poller stored something), and runs what was unfinished again, replaying from the reply
ledger what had been sent (see `lanes`). A lane that has run out of updates gives its chat
back only once its marks are written (`InboxWriter.settle`): the next claimer never sees a
finished update as pending. Why not a lease column with expiry: no migration, no heartbeat,
no expiry to tune, and a dead worker's chats move on within `poll_seconds`, not a lease.

A claim is a promise to answer soon. Slow capped work (the coach's `Turns`: 20 answers of
seconds each) would break it: a daemon that claimed 64 chats while it answers 20 at once
makes 44 wait for its turns while other daemons idle. So, while other claimers are up
(`pg_stat_activity`), a daemon keeps no more chats short of their turn or in it than it has
turns (a claimed chat may be about to take one: its handler reaches the turn only after
some queries, and a count of the turns alone let the daemon woken by its own poller claim
past them). A chat whose work ended its turn (it sends and writes down its reply) no longer
counts, and a turn's end wakes the claims: the next chat starts its queries while the last
one finishes. With no turn free it leaves the chats to the others, and takes a chat that
waited `PATIENCE_SECONDS` already, one per `poll_seconds` and only while none it took so
waits here for a turn (every daemon is busy then: fast replies must not wait on the coach's
turns for ever, and a coach's chat must not queue behind one daemon's turns while another's
free first). A daemon alone claims as before: nobody else would serve what it leaves.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections.abc import Awaitable, Callable
from typing import Any, Final, Protocol

import psycopg
from psycopg import pq
from psycopg.rows import TupleRow

from healthbot.backoff import Backoff, sleep_unless
from healthbot.db import open_held_session
from healthbot.metrics import CHATS_CLAIMED
from healthbot.telegram.inbox import StoredUpdate, waiting_by_chat
from healthbot.turns import Turns

log = logging.getLogger(__name__)

# The advisory-lock class of chat claims ("chat"); the reminders' owners use "rmnd".
CHAT_LOCK_CLASS: Final = 0x6368_6174
# A chat id as the lock's second key; two chats that share one are claimed together (rare).
_KEY = "abs({} %% 2147483647)::int"

# Chats with unfinished updates, oldest first, that no session has claimed, locked without
# waiting. The LIMIT sits in the subquery, so no more locks are tried than are wanted.
CLAIM_SQL: Final = (
    # The chats claimed are kept in the session's setting healthbot.claimed too (set once
    # per round, even to none: an aggregate's one row), for the read that follows.
    "SELECT unnest(set_config('healthbot.claimed', coalesce(array_agg(chat_id), '{}')::text,"
    " false)::bigint[]) AS chat_id FROM ("
    "SELECT chat_id FROM ("
    " SELECT i.chat_id, min(i.update_id) AS first FROM update_inbox i"
    " WHERE i.status IN ('pending', 'processing') AND i.chat_id IS NOT NULL"
    " AND NOT EXISTS (SELECT 1 FROM pg_locks l WHERE l.locktype = 'advisory'"
    "  AND l.objsubid = 2 AND l.classid = %(class)s::int::oid"
    f"  AND l.objid = ({_KEY.format('i.chat_id')})::oid)"
    " GROUP BY i.chat_id"
    " HAVING min(i.received_at) <= now() - make_interval(secs => %(waited)s)"
    " ORDER BY first LIMIT %(room)s) AS waiting"
    f" WHERE pg_try_advisory_lock(%(class)s::int, {_KEY.format('chat_id')})) AS claimed"
)
# The unfinished updates, oldest first and at most %(limit)s of each, of the chats CLAIM_SQL
# just took (its healthbot.claimed; less those `held` lists), read in the same pipeline (one
# round trip) as a statement of its own, whose snapshot follows the locks, so it sees
# whatever their previous holder finished before giving them back. (Found through pg_locks
# instead, the read cost the server twice as much.)
WAITING_OF_CLAIMED_SQL: Final = (
    "SELECT chat_id, update_id, payload, status, attempts, replied FROM ("
    " SELECT i.chat_id, i.update_id, i.payload::text AS payload, i.status, i.attempts,"
    " EXISTS (SELECT 1 FROM outbox o WHERE o.delivery_key = 'update:' || i.update_id)"
    " AS replied, row_number() OVER (PARTITION BY i.chat_id ORDER BY i.update_id) AS n"
    " FROM update_inbox i WHERE i.status IN ('pending', 'processing')"
    " AND i.chat_id = ANY(current_setting('healthbot.claimed', true)::bigint[])"
    " AND i.chat_id <> ALL(%(held)s::bigint[])) AS w"
    " WHERE n <= %(limit)s ORDER BY chat_id, update_id"
)
UNLOCK_SQL: Final = (
    f"SELECT pg_advisory_unlock(%(class)s::int, {_KEY.format('chat')})"
    " FROM unnest(%(chats)s::bigint[]) AS chat"
)
LOCK_SQL: Final = f"SELECT pg_try_advisory_lock(%(class)s::int, {_KEY.format('%(chat)s')})"
# The other claiming sessions of this database (their application name is set on connect).
PEERS_SQL: Final = (
    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
    " AND application_name LIKE 'healthbot-claims:%' AND pid <> pg_backend_pid()"
)

_SETTLE_SECONDS = 5.0
# How long a chat waits for a daemon with a free turn before a busy one takes it anyway:
# well past `poll_seconds`, the time a daemon with free turns takes to look.
PATIENCE_SECONDS: Final = 1.0
_PEERS_SECONDS = 2.0  # how long the count of other claimers is trusted


class ClaimedLanes(Protocol):
    """What the claims need of the lanes (`lanes.Lanes`)."""

    on_release: Callable[[int], Awaitable[None]] | None
    may_go_on: Callable[[], bool] | None
    room: asyncio.Event  # clear while the lanes hold all they may in memory

    async def claim(self, chat: int, waiting: list[StoredUpdate] | None = None) -> None: ...
    def unclaim(self, chat: int) -> None: ...
    def given_back(self, chat: int) -> None: ...
    def holds(self, chat: int) -> bool: ...
    def claimed_count(self) -> int: ...
    def lingering(self) -> int: ...


class Settling(Protocol):
    """What the claims need of the inbox's writer (`writer.InboxWriter`)."""

    async def settle(self) -> None: ...


class Claims:
    """Claims chats for this process's lanes and gives them back; see the module docstring."""

    def __init__(
        self,
        conninfo: str,
        lanes: ClaimedLanes,
        writer: Settling,
        *,
        max_chats: int,
        poll_seconds: float = 0.25,
        turns: tuple[Turns, ...] = (),
        waiting_limit: int = 20,
    ) -> None:
        self.conninfo = conninfo
        self.waiting_limit = waiting_limit  # updates read per chat claimed: a lane's room
        self.lanes = lanes
        self.writer = writer
        self.max_chats = max_chats
        self.poll_seconds = poll_seconds
        self.turns = turns
        self.connected = asyncio.Event()  # set while the claims' session is up
        self._held: set[int] = set()  # chats whose lock the current session holds
        self._leaving: set[int] = set()  # held chats whose lane ended: to give back
        self._conn: psycopg.AsyncConnection[TupleRow] | None = None
        # Held while the session is in a pipeline, and by the give-back's statement beside
        # it: psycopg would queue that into the pipeline, or fail to enter one meanwhile.
        self._using = asyncio.Lock()
        self._giving: asyncio.Task[None] | None = None  # a give-back under way
        self._wake = asyncio.Event()
        self._expected = False  # woken by `wake`: the next round is likely to claim a chat
        self._stop = asyncio.Event()
        self._peers = 0  # other claiming sessions, as last counted
        self._peers_at = -_PEERS_SECONDS  # when (loop time)
        self._patient_at = -poll_seconds  # when a busy daemon last took a chat that waited
        lanes.on_release = self.release
        lanes.may_go_on = self.turn_free
        for cap in turns:
            cap.on_end.append(self.wake)  # a turn is free: a chat may start one now

    def wake(self) -> None:
        """Look for chats to claim now (this process just stored updates, or a turn ended):
        a chat is likely to be claimed, so the round reads its updates in the claim's own
        round trip (`_claim`)."""
        self._expected = True
        self._wake.set()

    async def run(self, stop: asyncio.Event) -> None:
        """Claim chats with waiting updates until `stop`; the session stays open (and the
        claims held) until `close`, after the lanes drained and their marks are written."""
        self._stop = stop
        backoff = Backoff(0.5, 5.0)
        while not stop.is_set():
            try:
                await self._connect()
                backoff.reset()
                await self._claim_until(stop)
            except Exception as exc:  # the database is away, most likely: claim again later
                self.connected.clear()
                await self._drop_connection()
                delay = backoff.delay()
                log.warning("chat claims: %s; reconnecting in %.1f s", exc, delay,
                            exc_info=not isinstance(exc, psycopg.OperationalError))  # fmt: skip
                await sleep_unless(stop, delay)

    async def _claim_until(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            self._wake.clear()  # what wakes it from here on is seen at the next round
            await self.look()
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(self.poll_seconds):
                    await _first(stop, self._wake)

    async def look(self) -> list[int]:
        """One round: give back the chats whose lanes ended, then claim what fits (`run`
        does it every `poll_seconds` and when woken); the chats it claimed."""
        self._session()  # a session found broken (by a give-back, say): a new one
        if self._leaving and (self._giving is None or self._giving.done()):
            # Beside the claims, not before them: a give-back first waits for the marks
            # (a durable commit), and a new chat's first reply must not wait for that.
            self._giving = asyncio.create_task(self._give_back(), name="claims-give-back")
        # A lingering lane holds its chat's claim but no slot: it leaves room (`Lanes._linger`).
        room = self.max_chats - len(self._held) + self.lanes.lingering()
        claimed: list[int] = []
        waiting: dict[int, list[StoredUpdate]] = {}
        if room > 0 and self.lanes.room.is_set():
            room, waited = await self._within_turns(room)
            if room > 0:
                claimed, waiting = await self._claim(room, waited)
            if waited and claimed:
                self._patient_at = asyncio.get_running_loop().time()
            for chat in claimed:
                self._held.add(chat)
                await self.lanes.claim(chat, waiting.get(chat))
        CHATS_CLAIMED.set(len(self._held))
        return claimed

    async def _claim(
        self, room: int, waited: float
    ) -> tuple[list[int], dict[int, list[StoredUpdate]]]:
        """Claim up to `room` chats whose updates waited `waited` seconds, and read their
        waiting updates for the lanes' first loads (`WAITING_OF_CLAIMED_SQL` says why the
        read sees what it must). After a `wake` (a chat is likely to be claimed) the two
        statements go in one pipeline, one round trip; a round of the poll's, which claims
        nothing most of the time, sends the claim alone and the read only if it claimed
        (a pipeline and a read at every round cost more than the round trip they save). If
        the read fails, the claims stand and each lane asks the inbox itself (no entry)."""
        conn = self._session()
        held = list(self._held)
        expected, self._expected = self._expected, False
        claim: dict[str, object] = {"class": CHAT_LOCK_CLASS, "room": room, "waited": waited}
        read: dict[str, object] = {"limit": self.waiting_limit, "held": held}
        if expected:
            claimed, rows = await self._claim_and_read(conn, claim, read)
        else:
            cur = await conn.execute(CLAIM_SQL, claim)
            if not (claimed := [int(row[0]) for row in await cur.fetchall()]):
                return [], {}
            try:
                rows = await (await conn.execute(WAITING_OF_CLAIMED_SQL, read)).fetchall()
            except psycopg.Error as exc:
                log.warning("chat claims: could not read the claimed chats' updates (%s)", exc)
                rows = None
        # A chat listed in `held` (given back meanwhile, and claimed again) has no entry.
        fresh = [chat for chat in claimed if chat not in held]
        return claimed, waiting_by_chat(rows, fresh) if rows is not None and fresh else {}

    async def _claim_and_read(
        self, conn: psycopg.AsyncConnection[TupleRow], claim: dict[str, object],
        read: dict[str, object],
    ) -> tuple[list[int], list[Any] | None]:  # fmt: skip
        """The claim and the read in one pipeline: the chats claimed, and the rows read
        (None if the read failed: the locks outlive it, a session's, not the transaction's;
        a failed claim fails the round, as a failed claim alone does)."""
        claiming: psycopg.AsyncCursor[TupleRow] | None = None
        try:
            async with self._using, conn.pipeline():
                claiming = await conn.execute(CLAIM_SQL, claim)
                reading = await conn.execute(WAITING_OF_CLAIMED_SQL, read)
        except psycopg.Error as exc:
            result = None if claiming is None else claiming.pgresult
            if claiming is None or result is None or result.status != pq.ExecStatus.TUPLES_OK:
                raise
            log.warning("chat claims: could not read the claimed chats' updates (%s)", exc)
            return [int(row[0]) for row in await claiming.fetchall()], None
        return [int(row[0]) for row in await claiming.fetchall()], await reading.fetchall()

    async def _within_turns(self, room: int) -> tuple[int, float]:
        """How many chats to claim now, and how long (seconds) they must have waited: no
        more than the turns free while other daemons may have theirs (module docstring)."""
        if not self.turns:
            return room, 0.0
        free = self._free()
        if free >= room or not await self._others_claim():
            return room, 0.0
        if free > 0:
            return free, 0.0
        # Every turn taken. A chat that waited is taken all the same, one at a time: not
        # while one of ours waits for a turn here (a chat taken so would wait behind it
        # while another daemon's turns may free first), and one per `poll_seconds`.
        if any(t.waiting for t in self.turns):
            return 0, 0.0
        if asyncio.get_running_loop().time() - self._patient_at < self.poll_seconds:
            return 0, 0.0
        return 1, PATIENCE_SECONDS

    def turn_free(self) -> bool:
        """Whether a chat's next update may start here at once: a turn is free, or no other
        daemon claims (as last counted). A lane whose work ended its turn asks before it
        takes the chat's next updates: a chat that writes again at once would otherwise stay
        with a daemon whose turns are taken while another's are free."""
        return not self.turns or self._peers == 0 or self._free() > 0

    def _free(self) -> int:
        """How many more chats may start here now without waiting for a turn: the turns
        free, and those expected to end while a new chat gets to ask for one (`Turns.ahead`),
        less the chats at work short of their turn or in it."""
        at_work = self.lanes.claimed_count()
        return min(t.limit + t.ahead() - max(t.in_flight + t.waiting, at_work) for t in self.turns)

    async def _others_claim(self) -> bool:
        """Whether another daemon claims chats from this inbox (counted every few seconds)."""
        now = asyncio.get_running_loop().time()
        if now - self._peers_at >= _PEERS_SECONDS:
            cur = await self._session().execute(PEERS_SQL)
            row = await cur.fetchone()
            self._peers, self._peers_at = (int(row[0]) if row else 0), now
        return self._peers > 0

    async def release(self, chat: int) -> None:
        """A claimed lane ran out of updates: the chat is given back at the next round, once
        its marks are written (at a stop it is kept: the session's end gives every claim back
        after the last marks)."""
        if self._stop.is_set() or chat not in self._held:
            return
        self._leaving.add(chat)
        self._wake.set()

    async def _give_back(self) -> None:
        """Give back the chats whose lanes ended: one wait for the marks and one statement
        for all of them (a round trip per chat would make this session the bottleneck)."""
        self._leaving -= {chat for chat in self._leaving if self.lanes.holds(chat)}  # reclaimed
        chats = list(self._leaving)
        if not chats:
            return
        conn = self._conn
        try:
            await asyncio.wait_for(self.writer.settle(), _SETTLE_SECONDS)
            async with self._using:
                if conn is not None and not conn.closed and conn is self._conn:
                    await conn.execute(UNLOCK_SQL, {"class": CHAT_LOCK_CLASS, "chats": chats})
            # else: the locks went with their session
        except Exception as exc:  # the database is away: tried again at the next round
            if conn is not None and not conn.closed:
                log.warning("chat claims: could not give %d chat(s) back yet (%s)",
                            len(chats), exc)  # fmt: skip
                return
        if conn is not self._conn:
            # A new session began while the marks were awaited: `_connect` sorted the held
            # chats out, and one of these it holds now is a new claim (its lock taken on the
            # new session, its lane loading): forgetting it would leave the lock held by
            # nobody's lane, the chat's next updates claimed by no one.
            return
        self._held.difference_update(chats)
        self._leaving.difference_update(chats)
        for chat in chats:
            self.lanes.given_back(chat)
        self._wake.set()  # room for more claims; and lanes that ended meanwhile go back next

    async def close(self) -> None:
        """End the session, which gives back every claim (call after the final marks)."""
        if self._giving is not None:
            self._giving.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._giving
        self.connected.clear()
        await self._drop_connection()

    def _session(self) -> psycopg.AsyncConnection[TupleRow]:
        if self._conn is None or self._conn.closed:
            raise psycopg.OperationalError("the claims' session is closed")
        return self._conn

    async def _connect(self) -> None:
        # A dead link ends it on both sides (`open_held_session`): claims never hang on it.
        conn = await open_held_session(
            self.conninfo, application_name=f"healthbot-claims:{os.getpid()}"
        )  # its name tells who holds what, in pg_locks
        self._conn = conn
        # Chats held before the session broke went with it. Those whose lanes still run are
        # taken again, or, if another worker has them now, their lanes finish what they hold
        # in memory and load no more.
        self._leaving.clear()
        for chat in list(self._held):
            if not self.lanes.holds(chat):
                self._held.discard(chat)
                continue
            cur = await conn.execute(LOCK_SQL, {"class": CHAT_LOCK_CLASS, "chat": chat})
            row = await cur.fetchone()
            if row is None or not row[0]:
                self._held.discard(chat)
                self.lanes.unclaim(chat)
        self.connected.set()

    async def _drop_connection(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(Exception):
                await conn.close()


async def _first(*events: asyncio.Event) -> None:
    """Return when any of `events` is set."""
    waits = [asyncio.ensure_future(event.wait()) for event in events]
    try:
        await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for wait in waits:
            wait.cancel()
