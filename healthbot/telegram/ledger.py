"""The reply ledger: the replies sent under each delivery key, so that handling an update or
running a job again sends nothing twice.

Its table keeps the name it was created with, `outbox` (renaming a table takes a migration and
would change nothing else). This module reads it; the inbox's writer (`InboxWriter`) inserts
into it, in the same batches as the inbox's own marks.

A delivery key is "update:<update_id>" for an update's handler and "job:<key>" for a
background job. The delivery being run is carried in the context variable `DELIVERY` (defined
below): `lanes.Lanes` sets it around each run of a handler or job, and the paced sender
(`sender.PacedSender`) reads it in every Bot API call made inside, numbers each message sent
and records it once Telegram has taken it. Neither of those modules imports the other: this
variable is what ties them together.
"""

from __future__ import annotations

import contextvars
import json
import logging
from dataclasses import dataclass, field, replace
from typing import Any, Final, Protocol

from aiogram.methods import TelegramMethod
from aiogram.types import Message

from healthbot.db import Database, Joined
from healthbot.db.pool import Connection
from healthbot.tables import Table

log = logging.getLogger(__name__)

TABLES: tuple[Table, ...] = (
    # Bookkeeping, never exported. An update's records cascade with it (`update_inbox`);
    # a job's have no update and are erased by chat.
    Table("outbox", "chat_id = %(id)s AND update_id IS NULL", export=False, erase=True),
)


@dataclass(frozen=True, slots=True)
class SentReply:
    """A recorded reply: its sequence number within the update and the API result (JSON)."""

    seq: int
    result: str


@dataclass(frozen=True, slots=True)
class ReplyRecord:
    """A reply to record: which delivery, which of its replies, and what Telegram answered."""

    key: str
    update_id: int | None  # None for a job's reply
    seq: int
    chat_id: int
    method: str
    message_id: int | None
    result: str
    status: str = "sent"  # or "pending": in flight, written before the request
    after_message_id: int | None = None  # pending: the highest message id seen before it


@dataclass(frozen=True, slots=True)
class LedgerRow:
    """A delivery's record: sent (with Telegram's answer) or pending (in flight at a kill)."""

    seq: int
    status: str
    result: str | None
    after_message_id: int | None


class ReplyRecorder(Protocol):
    """Where records go; the inbox's writer batches them (group commit)."""

    async def record(self, reply: ReplyRecord) -> None:
        """Return once the record is stored."""
        ...


def update_key(update_id: int) -> str:
    """The delivery key of an update's handler."""
    return f"update:{update_id}"


def job_key(key: str) -> str:
    """The delivery key of a background job."""
    return f"job:{key}"


class LedgerRepository:
    """Reads the reply ledger, table `outbox` (the inbox's writer inserts into it)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def sent(self, key: str) -> dict[int, str]:
        """The replies already sent under a delivery key, by sequence number."""
        rows = await self.db.fetch_all(
            "outbox.sent",
            "SELECT seq, result::text AS result FROM outbox"
            " WHERE delivery_key = %(key)s AND status = 'sent' AND seq IS NOT NULL",
            {"key": key},
            SentReply,
        )
        return {row.seq: row.result for row in rows}

    async def rows(self, key: str) -> list[LedgerRow]:
        """A delivery key's records, sent and in flight."""
        return await self.db.fetch_all(
            "outbox.rows",
            "SELECT seq, status, result::text AS result, after_message_id FROM outbox"
            " WHERE delivery_key = %(key)s AND status IN ('sent', 'pending') AND seq IS NOT NULL",
            {"key": key},
            LedgerRow,
        )

    async def others_in_flight(self, chat_id: int, key: str, seq: int) -> int:
        """How many sends to a chat are in flight besides (key, seq)."""
        count = await self.db.fetch_value(
            "outbox.others_in_flight",
            "SELECT count(*) FROM outbox WHERE chat_id = %(chat)s AND status = 'pending'"
            " AND NOT (delivery_key = %(key)s AND seq = %(seq)s)",
            {"chat": chat_id, "key": key, "seq": seq},
        )
        return int(count or 0)

    async def unknown_ids(
        self, key: str, seq: int, after: int, update_id: int | None, tried: list[int]
    ) -> list[int]:
        """The first `limit` message ids that neither a reply record nor the inbox names
        above the floor of reply (key, seq), whose send was in flight at a kill.

        Its floor is the highest id known to have come before its request: the highest its
        daemon had seen (`after`), its update's message, and any reply or user message on
        record before it was put on record as in flight (PostgreSQL's clock for both; a
        record is written after Telegram's answer, the in-flight mark before the request)."""
        rows = await self.db.fetch_all(
            "outbox.unknown_ids",
            "WITH me AS (SELECT created_at FROM outbox"
            " WHERE delivery_key = %(key)s AND seq = %(seq)s),"
            " floor AS (SELECT GREATEST(%(after)s::bigint,"
            " (SELECT message_id FROM update_inbox WHERE update_id = %(update)s),"
            " (SELECT o.telegram_message_id FROM outbox o, me"
            " WHERE o.telegram_message_id IS NOT NULL AND o.sent_at < me.created_at"
            " ORDER BY o.telegram_message_id DESC LIMIT 1),"
            " (SELECT i.message_id FROM update_inbox i, me"
            " WHERE i.message_id IS NOT NULL AND i.received_at < me.created_at"
            " ORDER BY i.message_id DESC LIMIT 1)) AS low)"
            " SELECT g.id FROM floor, generate_series(floor.low + 1, floor.low + %(span)s) AS g(id)"
            " WHERE floor.low > 0"
            " AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.telegram_message_id = g.id)"
            " AND NOT EXISTS (SELECT 1 FROM update_inbox i WHERE i.message_id = g.id)"
            " AND g.id <> ALL(%(tried)s::bigint[])"
            " ORDER BY g.id LIMIT %(limit)s",
            {"key": key, "seq": seq, "after": after, "update": update_id, "span": _SPAN,
             "tried": tried, "limit": _ROUND},
            _Id,
        )  # fmt: skip
        return [row.id for row in rows]


@dataclass(frozen=True, slots=True)
class _Id:
    id: int


# How far above its floor the probe looks for unknown ids (a bound on the query's work).
_SPAN = 10_000
# Unknown ids handed out at a time: a round of the probe. By the next, what was not on record
# yet at the kill (users' messages a new poller had not stored, other daemons' replies) is.
_ROUND = 16


@dataclass(slots=True)
class Delivery:
    """The replies of the update or job being run: numbered, recorded, replayed after a crash."""

    key: str  # the delivery key: update_key(...) or job_key(...)
    update_id: int | None  # None for a job
    ledger: LedgerRepository
    recorder: ReplyRecorder
    replay: bool = False  # this update or job may have sent replies before (a crash, a retry)
    _seq: int = 0
    _sent: dict[int, str] = field(default_factory=dict)
    # Replies whose send was in flight when a daemon died: seq -> the highest message id that
    # daemon had seen before the request (see `probe`).
    _in_flight: dict[int, int] = field(default_factory=dict)
    _loaded: bool = False
    # Replies put on record as in flight by a write before them (`next_reply_in_flight`).
    _marked: set[int] = field(default_factory=set)

    def next_seq(self) -> int:
        """The number of the next reply."""
        self._seq += 1
        return self._seq

    def retry(self) -> None:
        """The handler runs again from the start: number the replies from 1 again."""
        self._seq = 0
        self.replay = True
        self._marked.clear()  # the ledger's rows say what is on record now

    async def recorded(self, seq: int) -> str | None:
        """Telegram's answer to reply `seq` if it was already sent, else None."""
        if self.replay and not self._loaded:
            self._loaded = True
            try:
                rows = await self.ledger.rows(self.key)
            except Exception as exc:  # the database is away: assume nothing was sent
                log.warning("%s: ledger unreadable (%s); replies may repeat", self.key, exc)
            else:
                sent = {r.seq: r.result for r in rows if r.status == "sent" and r.result}
                self._sent = {**sent, **self._sent}
                self._in_flight = {
                    r.seq: r.after_message_id or 0 for r in rows if r.status == "pending"
                }
        return self._sent.get(seq)

    def in_flight(self, seq: int) -> int | None:
        """For a reply not on record: whether its send was in flight when the daemon that
        ran this delivery before died (the highest message id it had seen then), else None."""
        return self._in_flight.get(seq) if seq not in self._sent else None

    async def mark(self, seq: int, method: TelegramMethod[Any], after_message_id: int) -> None:
        """Put reply `seq` on record as in flight, before its request (unless the write
        before it did: `next_reply_in_flight`)."""
        self._in_flight.pop(seq, None)
        if seq in self._marked:
            return
        row = self._row(seq, method, None, "null")
        try:
            await self.recorder.record(
                replace(row, status="pending", after_message_id=after_message_id)
            )
        except Exception as exc:  # the database is away: the reply goes out all the same
            log.warning("%s: could not mark reply %d in flight (%s)", self.key, seq, exc)

    async def record(self, seq: int, method: TelegramMethod[Any], result: Any) -> None:
        """Remember a sent reply, in memory at once and in the ledger when it can."""
        data = _essentials(result)
        self._sent[seq] = data
        message_id = result.message_id if isinstance(result, Message) else None
        try:
            await self.recorder.record(self._row(seq, method, message_id, data))
        except Exception as exc:  # the reply is out; failing the update now would resend it
            log.warning("%s: could not record reply %d (%s)", self.key, seq, exc)

    def _row(
        self, seq: int, method: TelegramMethod[Any], message_id: int | None, result: str
    ) -> ReplyRecord:
        """Reply `seq`'s ledger row, as sent (`mark` makes it pending)."""
        chat_id = getattr(method, "chat_id", None)
        return ReplyRecord(
            key=self.key, update_id=self.update_id, seq=seq,
            chat_id=chat_id if isinstance(chat_id, int) else 0,
            method=method.__api_method__, message_id=message_id, result=result,
        )  # fmt: skip


# A reply's in-flight record as `Delivery.mark` has the writer put it (`inbox._REPLIES_SQL`),
# with no highest message id seen: the probe's floor then comes from what was on record
# before it (`LedgerRepository.unknown_ids`). A reply already on record (a replay of the
# write) is left as it is.
_IN_FLIGHT_SQL: Final = (
    "INSERT INTO outbox (delivery_key, update_id, seq, chat_id, method, status, result,"
    " attempts) VALUES (%(key)s, %(update)s, %(seq)s, %(chat)s, 'sendMessage', 'pending',"
    " 'null', 1) ON CONFLICT (delivery_key, seq) DO NOTHING"
)


# The same record as a data-modifying CTE, for a read that the reply follows (/today's totals):
# `WITH <IN_FLIGHT_CTE> SELECT ...` puts it on record in the read's own statement, with the
# parameters of `ReplyInFlight.params` (all NULL: no record). The one statement is its own
# transaction (the pool's connections are in autocommit), committed without waiting for the
# disk as the writer's records are (`writer.InboxWriter`): only a crash of PostgreSQL itself
# could lose it, with the update's done mark, and the update then runs again.
IN_FLIGHT_CTE: Final = (
    "in_flight AS (INSERT INTO outbox (delivery_key, update_id, seq, chat_id, method, status,"
    " result, attempts) SELECT %(reply_key)s::text, %(reply_update)s::bigint,"
    " %(reply_seq)s::int, %(reply_chat)s::bigint, 'sendMessage', 'pending', 'null', 1"
    " WHERE %(reply_key)s::text IS NOT NULL"
    " AND set_config('synchronous_commit', 'off', true) IS NOT NULL"
    " ON CONFLICT (delivery_key, seq) DO NOTHING)"
)
NO_REPLY_IN_FLIGHT: Final = {
    "reply_key": None, "reply_update": None, "reply_seq": None, "reply_chat": None
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class ReplyInFlight:
    """Joined to a write (`healthbot.db.Joined`): the reply that follows it, put on record as
    in flight in the write's own transaction, so that its send needs no round trip of the
    writer's first (`Delivery.mark`). Rolled back with the write, and the send marks it then.
    """

    delivery: Delivery
    seq: int
    chat_id: int

    async def queue(self, conn: Connection) -> None:
        """Send the record's INSERT (its result is not read)."""
        await conn.execute(_IN_FLIGHT_SQL, {
            "key": self.delivery.key, "update": self.delivery.update_id, "seq": self.seq,
            "chat": self.chat_id,
        })  # fmt: skip

    async def finish(self) -> None:
        """Committed: the send of reply `seq` finds it on record."""
        self.committed()

    def committed(self) -> None:
        """The statement that put it on record committed (`finish`, or `IN_FLIGHT_CTE`'s)."""
        self.delivery._marked.add(self.seq)

    def params(self) -> dict[str, Any]:
        """`IN_FLIGHT_CTE`'s parameters for this record."""
        return {
            "reply_key": self.delivery.key, "reply_update": self.delivery.update_id,
            "reply_seq": self.seq, "reply_chat": self.chat_id,
        }  # fmt: skip


def next_reply_mark(chat_id: int) -> ReplyInFlight | None:
    """The in-flight record of the update's next reply, a sendMessage to `chat_id`, for the
    statement before it to write (None outside a delivery, and when the delivery runs again:
    the ledger's rows then say what was sent or in flight)."""
    delivery = DELIVERY.get()
    if delivery is None or delivery.replay:
        return None
    return ReplyInFlight(delivery, delivery._seq + 1, chat_id)


def next_reply_in_flight(chat_id: int) -> list[Joined]:
    """For a write whose reply (a sendMessage to `chat_id`) is the next one the update sends:
    that reply's in-flight record, to join to the write (`next_reply_mark`)."""
    mark = next_reply_mark(chat_id)
    return [] if mark is None else [mark]


# The delivery of the update or job being run, None outside one. Set and reset by
# `lanes.Lanes._handle` around each run of a handler or job; read by
# `sender.PacedSender.__call__`, which aiogram calls with the Bot API method alone, no word of
# the update it serves.
DELIVERY: contextvars.ContextVar[Delivery | None] = contextvars.ContextVar("delivery", default=None)


def _essentials(result: Any) -> str:
    """What a replay hands back to the handler: a message's id, date and chat (small, fast)."""
    if isinstance(result, Message):
        return json.dumps({
            "message_id": result.message_id,
            "date": int(result.date.timestamp()),
            "chat": {"id": result.chat.id, "type": result.chat.type},
        })  # fmt: skip
    return json.dumps(result)
