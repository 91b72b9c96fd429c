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
from dataclasses import dataclass, field
from typing import Any, Protocol

from aiogram.methods import TelegramMethod
from aiogram.types import Message

from healthbot.db import Database
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
    _loaded: bool = False

    def next_seq(self) -> int:
        """The number of the next reply."""
        self._seq += 1
        return self._seq

    def retry(self) -> None:
        """The handler runs again from the start: number the replies from 1 again."""
        self._seq = 0
        self.replay = True

    async def recorded(self, seq: int) -> str | None:
        """Telegram's answer to reply `seq` if it was already sent, else None."""
        if self.replay and not self._loaded:
            self._loaded = True
            try:
                self._sent = {**await self.ledger.sent(self.key), **self._sent}
            except Exception as exc:  # the database is away: assume nothing was sent
                log.warning("%s: ledger unreadable (%s); replies may repeat", self.key, exc)
        return self._sent.get(seq)

    async def record(self, seq: int, method: TelegramMethod[Any], result: Any) -> None:
        """Remember a sent reply, in memory at once and in the ledger when it can."""
        data = _essentials(result)
        self._sent[seq] = data
        chat_id = getattr(method, "chat_id", None)
        try:
            await self.recorder.record(
                ReplyRecord(
                    key=self.key, update_id=self.update_id, seq=seq,
                    chat_id=chat_id if isinstance(chat_id, int) else 0,
                    method=method.__api_method__,
                    message_id=result.message_id if isinstance(result, Message) else None,
                    result=data,
                )
            )  # fmt: skip
        except Exception as exc:  # the reply is out; failing the update now would resend it
            log.warning("%s: could not record reply %d (%s)", self.key, seq, exc)


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
