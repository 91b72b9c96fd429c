"""The chat lanes: stored updates and background jobs handled one at a time per chat, in order.

Each chat has a lane: a queue and a worker that runs its updates in arrival order; different
chats run in parallel up to `max_active_chats`. A lane keeps at most `max_queued_per_chat`
updates in memory: a chat that sends faster than it can be answered has the rest wait in the
inbox (still stored, loaded again when its lane has room) and is asked once to slow down, so
that it cannot fill the shared queue. While `max_queued` updates wait in memory, `room` is
clear and the poller stops fetching (backpressure). Background jobs (`submit_job`) run in the
same lanes, in order with the chat's updates, under their own key in the reply ledger.

Across processes, a chat's updates are taken from the inbox by whichever worker claims the
chat (`claims`): `claim` gives a lane its chat, and the lane loads the chat's waiting updates
from the inbox itself, in order, until none is left; then the lane ends and `on_release`
hands the chat back (after its marks are written). A claimed lane that runs dry first
lingers a moment (`LaneLimits.linger_seconds`), holding the claim but no slot, for the chat's
next update: a chat that writes again at once (a tap on the card just sent, the next
command) skips the claim round and the give-back. A chat that sends more than a lane holds
is asked once to slow down.

An update ends done, or failed after `max_attempts` with its error kept and its sender told;
an outage of a dependency is waited out without counting as an attempt. Each run of a handler
or job has its `ledger.Delivery` in `ledger.DELIVERY`, so the sender replays what it sent
before. At stop, retries give up and the lanes are drained for at most `drain_seconds`.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
from collections.abc import Awaitable, Callable

from aiogram import Bot, Dispatcher
from aiogram.types import Update, User
from pydantic import ValidationError

from healthbot.backoff import Backoff, sleep_unless
from healthbot.metrics import INBOX_DEFERRED, INBOX_QUEUED, INBOX_UPDATES
from healthbot.telegram.inbox import InboxRepository, StoredUpdate, chat_of
from healthbot.telegram.lane_state import JobRun, Lane, LaneLimits, Work, turn_ended
from healthbot.telegram.ledger import LedgerRepository, job_key, update_key
from healthbot.telegram.running import WorkRunner
from healthbot.telegram.writer import InboxWriter
from healthbot.texts import Texts, texts_of
from healthbot.turns import TURN_ENDED, WORK_STARTED

log = logging.getLogger(__name__)

_BACKOFF_START = 0.5
_OUTAGE_BACKOFF_MAX = 5.0
# Kept from `drain_seconds` for what follows the drain (the last bookkeeping, closing).
_CLOSE_RESERVE = 1.5


def _unreadable_text(texts: Texts) -> str:
    return texts.unreadable_update


def _slow_down_text(texts: Texts) -> str:
    return texts.slow_down


class Lanes:
    """Schedules and handles stored updates and jobs per chat; see the module docstring."""

    def __init__(
        self,
        bot: Bot,
        dispatcher: Dispatcher,
        inbox: InboxRepository,
        writer: InboxWriter,
        ledger: LedgerRepository,
        *,
        limits: LaneLimits,
    ) -> None:
        self.bot = bot
        self.dispatcher = dispatcher
        self.inbox = inbox
        self.ledger = ledger
        self.limits = limits
        self._writer = writer
        self._runner = WorkRunner(
            bot, dispatcher, inbox, writer, ledger, max_attempts=limits.max_attempts
        )
        self._slots = asyncio.Semaphore(limits.max_active_chats)
        self._lanes: dict[int, Lane] = {}
        self._queued = 0
        self.room = asyncio.Event()  # clear while `max_queued` updates and jobs wait in memory
        self.room.set()
        self._stop = asyncio.Event()
        # Called when a claimed chat's lane ends, with the chat: the claim is given back.
        self.on_release: Callable[[int], Awaitable[None]] | None = None
        # Asked when a claimed chat's work ended its turn and nothing waits in its lane:
        # whether to take the chat's next updates here (False: the lane ends and the chat is
        # given back, for a daemon with a turn free to claim).
        self.may_go_on: Callable[[], bool] | None = None
        # Updates this process just stored, by id: a claimed lane takes them from here
        # instead of parsing them again from the inbox.
        self._fresh: dict[int, Update] = {}
        # The newest update this process stored, per chat: while it is the only intake
        # (`sole_intake`), a lane whose queue ran dry asks the inbox for more only when one
        # came after what it loaded (a query per update saved); any other update waits for
        # the chat's next claim, which follows the lane's end.
        self._stored_last: dict[int, int] = {}
        self.sole_intake = False  # set by the intake while its poller alone stores updates
        # The last update a claimed lane of the chat loaded, from its end until the chat is
        # given back (`given_back`): their marks may still wait in the writer (the database
        # away), so a new lane of the chat starts after them rather than run them again.
        self._ended_last: dict[int, int] = {}

    def stop_when(self, stop: asyncio.Event) -> None:
        """Once `stop` is set, no retry waits and no worker takes more work."""
        self._stop = self._runner.stop = stop

    @property
    def waiting(self) -> int:
        """How many updates and jobs wait in memory, in all lanes."""
        return self._queued

    def submit_job(self, chat_id: int, key: str, run: JobRun, *, replay: bool = True) -> None:
        """Run `run` in the chat's lane, after what waits there, under the ledger key
        "job:<key>": a job run again with the same key does not send its replies again.

        `replay=False` says that this key is new (nothing can have been sent under it): the
        ledger is then not read before the first reply. A retry reads it all the same.
        Jobs live in memory only: whoever submits them submits them again after a restart.
        """
        self._enqueue(chat_id, Work(job_key(key), run=run, replay=replay))

    def queued(self, chat_id: int) -> int:
        """How many updates and jobs wait in memory in the chat's lane."""
        lane = self._lanes.get(chat_id)
        return len(lane.queue) if lane is not None else 0

    # --- from the inbox ------------------------------------------------------------------------

    async def recover(self, *, chatless: bool = False) -> None:
        """Queue the updates a previous run left unfinished in the inbox, before any new one
        (`chatless`: only those without a chat; the others are claimed chat by chat)."""
        rows = await self.inbox.unfinished(chatless=chatless)
        for row in rows:
            INBOX_UPDATES.labels("recovered").inc()
            if (work := await self._readable(row)) is not None:
                # Even a "pending" one may have run: its marks are written in batches. The
                # ledger says which of its replies went out.
                work.replay = True
                self.submit(work, live=False)
        if rows:
            log.info("recovered %d unfinished update(s) from the inbox", len(rows))

    async def _readable(self, row: StoredUpdate) -> Work | None:
        """A stored update as work, or None if it is given up (too many tries, unreadable)."""
        error = None
        if row.attempts >= self.limits.max_attempts:
            error = f"interrupted {row.attempts} times (a crash or a stop while handling it)"
        else:
            update = self._fresh.pop(row.update_id, None)
            try:
                if update is None:
                    update = Update.model_validate_json(row.payload, context={"bot": self.bot})
            except ValidationError as exc:  # stored by an older version, say: keep the error
                error = f"unreadable: {exc}"
        if error is not None or update is None:
            await self.inbox.mark_failed(row.update_id, row.attempts, error or "unreadable")
            INBOX_UPDATES.labels("failed").inc()
            return None
        replay = row.status == "processing" or row.attempts > 0 or row.replied
        return Work(update_key(row.update_id), update, replay=replay, attempts=row.attempts)

    def stored(self, update: Update) -> bool:
        """An update this process just stored, for the lane that claims its chat (bounded:
        the oldest are forgotten, and parsed from the inbox if they are claimed here).
        True if a lane here holds the chat's claim: it loads the update before it ends (a
        lingering one is woken), so no claim round is needed for it."""
        self._fresh[update.update_id] = update
        while len(self._fresh) > 2 * self.limits.max_queued:
            del self._fresh[next(iter(self._fresh))]
        if (chat := chat_of(update)) is None:
            return False
        lane = self._lanes.get(chat)
        if lane is not None and lane.claimed and self.sole_intake:
            # Every update of the chat after the lane's last is known here while this one
            # follows the last stored: the lane's next load needs no query.
            known = lane.stored[-1] if lane.stored else lane.last_update
            if self._stored_last.get(chat) == known < update.update_id:
                lane.stored.append(update.update_id)
            else:
                lane.stored.clear()
        self._stored_last[chat] = max(update.update_id, self._stored_last.get(chat, 0))
        while len(self._stored_last) > 2 * self.limits.max_queued:
            del self._stored_last[next(iter(self._stored_last))]
        if lane is None or not lane.claimed:
            return False
        lane.wake.set()
        return True

    def _may_have_more(self, chat: int, lane: Lane) -> bool:
        """Whether the inbox may hold updates of `chat` past those the lane loaded."""
        return not self.sole_intake or self._stored_last.get(chat, 0) > lane.last_update

    # --- claimed chats -------------------------------------------------------------------------

    def holds(self, chat: int) -> bool:
        """Whether a lane serves `chat` under this process's claim."""
        lane = self._lanes.get(chat)
        return lane is not None and lane.claimed

    def claimed_count(self) -> int:
        """Claimed chats whose lanes have work that may still take a turn (`turns`): loaded,
        handling short of a turn or in one, or about to load; not those whose work ended its
        turn (sending and writing down the reply), nor those lingering with no work."""
        return sum(
            1 for lane in self._lanes.values()
            if lane.claimed and not lane.past_turn and not lane.lingering
        )  # fmt: skip

    def lingering(self) -> int:
        """Claimed chats whose lanes ran dry and linger for their next update (`_linger`):
        they hold a claim but no slot, so they leave room for new claims."""
        return sum(1 for lane in self._lanes.values() if lane.lingering)

    async def claim(self, chat: int, waiting: list[StoredUpdate] | None = None) -> None:
        """This process now holds `chat`'s claim: its lane loads the chat's waiting updates
        from the inbox, after whatever waits in it already (jobs), until none is left.

        `waiting`: the chat's waiting updates (the first `max_queued_per_chat`), read after
        the claim was taken; the lane's first load takes them instead of a query."""
        lane = self._lanes.get(chat)
        if lane is None:
            lane = self._lanes[chat] = Lane(claimed=True, deferred=True, preloaded=waiting)
            lane.last_update = self._ended_last.get(chat, 0)
            lane.worker = asyncio.create_task(self._chat_worker(chat, lane))
            return  # the worker loads them once it has a slot
        lane.claimed = lane.deferred = True
        lane.wake.set()
        await self._reload(chat, lane)

    def given_back(self, chat: int) -> None:
        """The claim of `chat` went back after its marks were written: the inbox says which
        of its updates are done."""
        self._ended_last.pop(chat, None)

    def unclaim(self, chat: int) -> None:
        """The claim of `chat` was lost (its connection broke and another took it): the lane
        finishes what it holds in memory and loads no more."""
        lane = self._lanes.get(chat)
        if lane is not None:
            lane.claimed = lane.deferred = False
            lane.wake.set()

    def quarantined(self, update: Update) -> None:
        """Tell the sender of an update the inbox quarantined that it could not be read."""
        self._tell(update, f"quarantined:{update.update_id}", _unreadable_text)

    # --- per-chat scheduling -----------------------------------------------------------------

    def submit(self, work: Work, *, live: bool = True) -> None:
        """Queue a stored update in its chat's lane, or leave it in the inbox if that is full
        (asking a `live` sender to slow down; a backlog found at start is no one's fault)."""
        assert work.update is not None
        chat = chat_of(work.update)
        if chat is None:  # no chat: no order to keep, nothing to defer
            self._enqueue(-work.update.update_id, work)
            return
        lane = self._lanes.get(chat)
        per_chat = self.limits.max_queued_per_chat
        if lane is not None and (lane.deferred or len(lane.queue) >= per_chat):
            self._defer(chat, lane, work.update, warn=live)
            return
        self._enqueue(chat, work)

    def _enqueue(self, key: int, work: Work) -> None:
        lane = self._lanes.get(key)
        if lane is None:
            lane = self._lanes[key] = Lane()
            lane.worker = asyncio.create_task(self._chat_worker(key, lane))
        if work.update is not None:
            lane.last_update = max(lane.last_update, work.update.update_id)
        lane.queue.append(work)
        lane.wake.set()
        self._count(+1)

    def _count(self, change: int) -> None:
        self._queued += change
        INBOX_QUEUED.set(self._queued)
        if self._queued >= self.limits.max_queued:
            self.room.clear()
        else:
            self.room.set()

    def _defer(self, chat: int, lane: Lane, update: Update, *, warn: bool) -> None:
        """The chat's lane is full: the update waits in the inbox; ask the chat to slow down."""
        lane.deferred = True
        lane.skipped += 1
        INBOX_DEFERRED.inc()
        if warn and not lane.warned:
            lane.warned = True
            log.info("chat %d sends faster than it can be answered; the rest waits", chat)
            self._tell(update, f"slow-down:{chat}:{update.update_id}", _slow_down_text)

    async def _reload(self, chat: int, lane: Lane) -> None:
        """Load a full lane's worth of the chat's updates that wait in the inbox."""
        async with lane.loading:
            await self._reload_locked(chat, lane)

    async def _reload_locked(self, chat: int, lane: Lane) -> None:
        backoff = Backoff(_BACKOFF_START, _OUTAGE_BACKOFF_MAX)
        while not self._stop.is_set():
            lane.skipped = 0
            room = self.limits.max_queued_per_chat - len(lane.queue)
            preloaded, lane.preloaded = lane.preloaded, None
            stored, lane.stored = lane.stored, []
            if preloaded is None and not lane.deferred and self._take_stored(chat, lane, stored):
                return
            try:
                if preloaded is not None:  # read by the claims just now (jobs may be queued)
                    rows = [row for row in preloaded if row.update_id > lane.last_update][:room]
                else:
                    rows = await self.inbox.pending_of_chat(chat, lane.last_update, room)
            except Exception as exc:  # the database is away: the updates wait there
                log.warning("could not load chat %d's waiting updates (%s)", chat, exc)
                await sleep_unless(self._stop, backoff.delay())
                continue
            last = None
            for row in rows:
                lane.last_update = row.update_id
                if (work := await self._readable(row)) is not None:
                    lane.queue.append(work)
                    self._count(+1)
                    last = work.update
            # Done when the inbox had no more and none was deferred while it was asked.
            if len(rows) < room and lane.skipped == 0:
                lane.deferred = lane.warned = False
            elif lane.claimed and rows and last is not None and not lane.warned:
                # More wait in the inbox than the lane holds: the chat outpaces its answers.
                lane.warned = True
                self._tell(last, f"slow-down:{chat}:{last.update_id}", _slow_down_text)
            return

    def _take_stored(self, chat: int, lane: Lane, stored: list[int]) -> bool:
        """Queue the updates this process stored after the lane's last (`Lane.stored`) if
        they are all the inbox holds of the chat past it, and in memory still: True if it
        did (what a query would have loaded: new, never run, in order)."""
        room = self.limits.max_queued_per_chat - len(lane.queue)
        if (
            not stored or len(stored) >= room or stored[0] <= lane.last_update
            or self._stored_last.get(chat) != stored[-1]
            or any(update_id not in self._fresh for update_id in stored)
        ):  # fmt: skip
            return False
        for update_id in stored:
            lane.queue.append(Work(update_key(update_id), self._fresh.pop(update_id)))
            self._count(+1)
        lane.last_update = stored[-1]
        return True

    async def _chat_worker(self, key: int, lane: Lane) -> None:
        try:
            while await self._work_through(key, lane) and await self._linger(key, lane):
                pass
        finally:
            # No await between the last look at the queue and here: a submit cannot slip in.
            del self._lanes[key]
            if self._stored_last.get(key, 0) <= lane.last_update:
                self._stored_last.pop(key, None)
            if lane.claimed:
                self._ended_last[key] = max(lane.last_update, self._ended_last.get(key, 0))
        if lane.claimed and self.on_release is not None:
            await self.on_release(key)

    async def _work_through(self, key: int, lane: Lane) -> bool:
        """Run the lane's work, holding a slot, until none is left; True if it ran dry
        (rather than stopping, or leaving the chat to a daemon with a turn free)."""
        async with self._slots:
            while not self._stop.is_set():
                if not lane.queue and lane.claimed and lane.past_turn and not self._go_on():
                    return False
                if lane.deferred and len(lane.queue) <= self.limits.max_queued_per_chat // 2:
                    await self._reload(key, lane)
                if (
                    not lane.queue and lane.claimed and not lane.deferred
                    and self._may_have_more(key, lane)
                ):  # fmt: skip
                    await self._reload(key, lane)  # stored meanwhile, by a poller
                if not lane.queue:
                    if lane.deferred:
                        continue  # some were deferred during the reload: load them
                    return True
                work = lane.queue.popleft()
                self._count(-1)
                lane.past_turn = False
                ended = TURN_ENDED.set(functools.partial(turn_ended, lane))
                started = WORK_STARTED.set(asyncio.get_running_loop().time())
                try:
                    await self._runner.handle(work)
                finally:
                    WORK_STARTED.reset(started)
                    TURN_ENDED.reset(ended)
        return False

    async def _linger(self, key: int, lane: Lane) -> bool:
        """A claimed lane that ran dry keeps the chat's claim for `linger_seconds`, without a
        slot, in case the chat writes again (a tap on the card just sent, the next command):
        its next update then runs without a claim round, and the claim goes back once, with
        one wait for the marks, instead of at every update. True if work came meanwhile.

        Only while this process's poller alone stores updates (`sole_intake`): it hands
        every update of the chat to the lane (`stored`), none waits unseen in the inbox."""
        if (
            not lane.claimed or not self.sole_intake or self.limits.linger_seconds <= 0
            or self._stop.is_set()
        ):  # fmt: skip
            return False
        lane.wake.clear()
        lane.lingering = True
        try:
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(self.limits.linger_seconds):
                    await lane.wake.wait()
        finally:
            lane.lingering = False
        # No await from here to the worker's end when nothing came: a submit cannot slip in.
        if self._stop.is_set():
            return False
        return bool(
            lane.queue or lane.deferred or (lane.claimed and self._may_have_more(key, lane))
        )

    def _go_on(self) -> bool:
        return self.may_go_on is None or self.may_go_on()

    async def drain(self, stopped_at: float) -> None:
        """Let the work in flight finish until `drain_seconds` after `stopped_at`, then cut it
        short (an update cut short runs again at the next start)."""
        for lane in self._lanes.values():
            lane.wake.set()  # a lingering lane ends now
        workers = [lane.worker for lane in self._lanes.values() if lane.worker is not None]
        if workers:
            loop = asyncio.get_running_loop()
            budget = max(0.5, stopped_at + self.limits.drain_seconds - _CLOSE_RESERVE - loop.time())
            log.info("finishing the update(s) in flight (up to %.1f s)", budget)
            _, pending = await asyncio.wait(workers, timeout=budget)
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)
            if pending:
                log.warning("%d update(s) cut short at the drain deadline; they run again at "
                            "the next start", len(pending))  # fmt: skip
        if self._queued:
            log.info("%d update(s) left in the inbox for the next start", self._queued)

    def _tell(self, update: Update, key: str, text: Callable[[Texts], str]) -> None:
        """Send the update's sender one catalog text, as a job in its chat's lane."""
        chat_id = chat_of(update)
        if chat_id is None:
            return
        user = getattr(update.event, "from_user", None)
        message = text(texts_of(user if isinstance(user, User) else None))

        async def tell() -> None:
            await self.bot.send_message(chat_id, message)

        self.submit_job(chat_id, key, tell)
