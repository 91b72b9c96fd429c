"""The outbox: replies recorded per update, so that handling an update again sends nothing twice.

The update being handled is carried in a context variable (`DELIVERY`), set by the intake for
the duration of its handler; the paced sender numbers each message sent under it.
"""

from __future__ import annotations

import contextvars
import json
import logging
from dataclasses import dataclass, field
from typing import Any

from aiogram.methods import TelegramMethod
from pydantic import BaseModel

from healthbot.db import Database

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SentReply:
    """A recorded reply: its sequence number within the update and the API result (JSON)."""

    seq: int
    result: str


class OutboxRepository:
    """Reads and writes `outbox`."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def record(
        self, update_id: int, seq: int, *, chat_id: int | None, method: str,
        message_id: int | None, result: str,
    ) -> None:  # fmt: skip
        """Remember that reply `seq` of an update was sent, with Telegram's answer."""
        await self.db.execute(
            "outbox.record",
            "INSERT INTO outbox (update_id, seq, chat_id, method, payload, status,"
            " telegram_message_id, result, attempts, sent_at)"
            " VALUES (%(update_id)s, %(seq)s, %(chat_id)s, %(method)s, '{}', 'sent',"
            " %(message_id)s, %(result)s, 1, now())"
            " ON CONFLICT (update_id, seq) DO NOTHING",
            {
                "update_id": update_id, "seq": seq, "chat_id": chat_id or 0, "method": method,
                "message_id": message_id, "result": result,
            },
        )  # fmt: skip

    async def sent(self, update_id: int) -> dict[int, str]:
        """The replies already sent for an update, by sequence number."""
        rows = await self.db.fetch_all(
            "outbox.sent",
            "SELECT seq, result::text AS result FROM outbox"
            " WHERE update_id = %(update_id)s AND status = 'sent' AND seq IS NOT NULL",
            {"update_id": update_id},
            SentReply,
        )
        return {row.seq: row.result for row in rows}


@dataclass(slots=True)
class Delivery:
    """The replies of the update being handled: numbered, recorded, replayed after a crash."""

    update_id: int
    outbox: OutboxRepository
    replay: bool = False  # this update may have sent replies before (a crash, a retry)
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
                self._sent = {**await self.outbox.sent(self.update_id), **self._sent}
            except Exception as exc:  # the database is away: assume nothing was sent
                log.warning(
                    "update %d: outbox unreadable (%s); replies may repeat", self.update_id, exc
                )
        return self._sent.get(seq)

    async def record(self, seq: int, method: TelegramMethod[Any], result: Any) -> None:
        """Remember a sent reply, in memory at once and in the outbox when it can."""
        data = (
            result.model_dump_json(exclude_none=True)
            if isinstance(result, BaseModel)
            else json.dumps(result)
        )
        self._sent[seq] = data
        try:
            await self.outbox.record(
                self.update_id, seq, chat_id=getattr(method, "chat_id", None),
                method=method.__api_method__, message_id=getattr(result, "message_id", None),
                result=data,
            )  # fmt: skip
        except Exception as exc:  # the reply is out; failing the update now would resend it
            log.warning("update %d: could not record reply %d (%s)", self.update_id, seq, exc)


DELIVERY: contextvars.ContextVar[Delivery | None] = contextvars.ContextVar("delivery", default=None)
