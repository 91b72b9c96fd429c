"""The update inbox: every update is stored here before Telegram is told it arrived.

What reaches the inbox and the handlers is safe for PostgreSQL: NUL characters and lone
surrogates (valid in Telegram's JSON as escapes) are replaced by U+FFFD first. What the
database still refuses is isolated: a failing batch is split until the one bad update is
found, and that update goes to the quarantine with its error and raw bytes, never retried.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Final

import psycopg
from aiogram import Bot
from aiogram.types import Update

from healthbot.db import Database
from healthbot.metrics import INBOX_QUARANTINED
from healthbot.tables import Table
from healthbot.telegram.ledger import ReplyRecord

log = logging.getLogger(__name__)

TABLES: tuple[Table, ...] = (
    # Bookkeeping, never exported; erased by chat and user id. An unfinished update stays
    # until it is done (its replies are still to be recorded), then is pruned.
    Table(
        "update_inbox",
        "(user_id = %(id)s OR chat_id = %(id)s) AND status IN ('done', 'failed')",
        export=False,
        erase=True,
    ),
    Table("update_quarantine", "user_id = %(id)s OR chat_id = %(id)s", export=False, erase=True),
)

# What PostgreSQL refuses in text and jsonb, and what UTF-8 cannot encode.
_UNSAFE = re.compile("[\x00\ud800-\udfff]")
# A NUL in JSON text: \u0000 after an even number of backslashes (else it is typed text).
_NUL_ESCAPE = re.compile(r"(?<!\\)(?:\\\\)*\\u0000")
# The database refused the data, not the connection: retrying the same data cannot help.
DATA_ERRORS = (psycopg.DataError, psycopg.IntegrityError)
# The payload a finished update keeps: dedup needs only its id (the row), and the columns
# (chat, user, kind, times, error) are what diagnostics use; the text and names are dropped.
_NO_PAYLOAD = "{}"
# A WAL record in a transaction of its own, so that its commit waits for the disk.
_FLUSH_SQL = "SELECT pg_logical_emit_message(true, 'healthbot', 'inbox')"
_FLUSH_BY_UPDATE_SQL = (
    "UPDATE update_inbox SET attempts = attempts"
    " WHERE update_id = (SELECT max(update_id) FROM update_inbox)"
)


@dataclass(frozen=True, slots=True)
class StoredUpdate:
    """An unfinished update read back from the inbox."""

    update_id: int
    payload: str
    status: str
    attempts: int
    replied: bool = False  # the ledger holds a reply to it: it ran before, somewhere


@dataclass(frozen=True, slots=True)
class FailedUpdate:
    """An update the bot gave up on, with its error."""

    update_id: int
    chat_id: int | None
    kind: str
    attempts: int
    last_error: str | None
    received_at: datetime
    finished_at: datetime | None


@dataclass(frozen=True, slots=True)
class QuarantinedUpdate:
    """An update the inbox could not store, with the database's error."""

    update_id: int
    chat_id: int | None
    kind: str
    error: str
    received_at: datetime


@dataclass(slots=True)
class Incoming:
    """A fetched update, made safe, with its JSON for the inbox (None: it cannot be stored)."""

    update: Update
    payload: str | None
    error: str | None = None  # why there is no payload

    @property
    def update_id(self) -> int:
        """The update's id."""
        return self.update.update_id

    def raw(self) -> bytes:
        """The update as JSON bytes, whatever it holds (lone surrogates pass through)."""
        data = self.update.model_dump(mode="json", exclude_none=True)
        return json.dumps(data, ensure_ascii=False).encode("utf-8", "surrogatepass")


@dataclass(slots=True)
class StoreResult:
    """What became of a batch: new updates, and those the database refused."""

    new: set[int] = field(default_factory=set)
    quarantined: list[Incoming] = field(default_factory=list)
    settled: set[int] = field(default_factory=set)  # stored, known or quarantined


def safe(text: str) -> str:
    """`text` with NUL and lone surrogates replaced by U+FFFD."""
    return _UNSAFE.sub("\ufffd", text)


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return safe(value)
    if isinstance(value, dict):
        return {safe(k): _clean(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value


def prepare(update: Update, bot: Bot) -> Incoming:
    """Make an update safe for PostgreSQL and the handlers; cheap when there is nothing to fix."""
    try:
        payload = update.model_dump_json(exclude_none=True)
    except ValueError:  # a lone surrogate: pydantic cannot encode it as UTF-8
        payload = None
    # JSON escapes a NUL as \u0000: one regex scan over the text that is stored anyway.
    if payload is not None and ("\\u0000" not in payload or not _NUL_ESCAPE.search(payload)):
        return Incoming(update, payload)
    try:
        data = _clean(update.model_dump(mode="json", exclude_none=True))
        clean = Update.model_validate(data, context={"bot": bot})
        return Incoming(clean, clean.model_dump_json(exclude_none=True))
    except ValueError as exc:  # pydantic's errors are ValueErrors
        return Incoming(update, None, f"unreadable after cleaning: {exc}")


def chat_of(update: Update) -> int | None:
    """The chat an update belongs to (None for updates without one)."""
    event = update.event
    chat = getattr(event, "chat", None)
    if chat is None and (message := getattr(event, "message", None)) is not None:
        chat = getattr(message, "chat", None)  # a callback query's message
    if chat is not None:
        return int(chat.id)
    user = getattr(event, "from_user", None)
    return int(user.id) if user is not None else None


def message_of(update: Update) -> int | None:
    """The id of the new message an update brings (None if none): one of the bot's message
    ids, which the reply probe (`probe`) leaves out of its candidates."""
    message = update.message
    return int(message.message_id) if message is not None else None


def user_of(update: Update) -> int | None:
    """The user who sent an update (None if none)."""
    user = getattr(update.event, "from_user", None)
    return int(user.id) if user is not None else None


@dataclass(frozen=True, slots=True)
class StatusCount:
    """How many updates have a status."""

    status: str
    count: int


async def inbox_report(url: str, limit: int) -> list[str]:
    """For `healthbot inbox`: counts by status, the latest failed and quarantined updates."""
    db = await Database.open(url, min_size=1, max_size=1)
    try:
        inbox = InboxRepository(db)
        counts, failed = await inbox.counts(), await inbox.failed(limit)
        quarantined = await inbox.quarantined(limit)
    finally:
        await db.close()
    lines = ["  ".join(f"{status}: {count}" for status, count in counts.items()) or "empty"]
    for update in failed:
        when = update.finished_at.isoformat(" ", "seconds") if update.finished_at else "-"
        lines.append(f"update {update.update_id} ({update.kind}, chat {update.chat_id}) failed "
                     f"{when} after {update.attempts} attempt(s): {update.last_error}")  # fmt: skip
    for q in quarantined:
        when = q.received_at.isoformat(" ", "seconds")
        lines.append(f"update {q.update_id} ({q.kind}, chat {q.chat_id}) quarantined {when}: "
                     f"{q.error}")  # fmt: skip
    return lines


def waiting_by_chat(
    rows: Iterable[tuple[int, int, str, str, int, bool]], chats: Iterable[int]
) -> dict[int, list[StoredUpdate]]:
    """`claims.WAITING_OF_CLAIMED_SQL`'s rows by chat (a chat without any: an empty list)."""
    found: dict[int, list[StoredUpdate]] = {chat: [] for chat in chats}
    for chat, update_id, payload, status, attempts, replied in rows:
        found.setdefault(chat, []).append(
            StoredUpdate(update_id, payload, status, attempts, replied)
        )
    return found


# The writer's statement: reply records, then the marks (`InboxRepository.write`). A record
# is 'pending' (a send in flight, written before its request) or 'sent' (Telegram's answer),
# which replaces a 'pending' one and is never replaced itself.
_REPLIES_SQL: Final = (
    "WITH replies AS ("
    " INSERT INTO outbox (delivery_key, update_id, seq, chat_id, method, status,"
    " telegram_message_id, result, attempts, sent_at, after_message_id)"
    " SELECT k, u, s, c, m, st, mid, r::jsonb, 1, CASE WHEN st = 'sent' THEN now() END, a"
    " FROM unnest(%(r_key)b::text[], %(r_update)b::bigint[], %(r_seq)b::int[],"
    " %(r_chat)b::bigint[], %(r_method)b::text[], %(r_message)b::bigint[], %(r_result)b::text[],"
    " %(r_status)b::text[], %(r_after)b::bigint[]) AS t(k, u, s, c, m, mid, r, st, a),"
    # The commit waits for the disk or not (`durable`), read by the commit of this
    # statement's own transaction: one round trip, where BEGIN; SET LOCAL ...; COMMIT is two.
    " (SELECT set_config('synchronous_commit', CASE WHEN %(durable)s"
    " THEN current_setting('synchronous_commit') ELSE 'off' END, true)) AS commit_mode"
    " ON CONFLICT (delivery_key, seq) DO UPDATE SET status = 'sent',"
    " telegram_message_id = EXCLUDED.telegram_message_id, result = EXCLUDED.result,"
    " sent_at = now() WHERE outbox.status <> 'sent' AND EXCLUDED.status = 'sent')"
)
_MARK_SQL: Final = (
    " UPDATE update_inbox AS i SET status = v.status, attempts = i.attempts + v.started,"
    # Done: the text and names are no longer needed (personal data kept no longer).
    " payload = CASE WHEN v.status = 'done' THEN %(no_payload)s::jsonb ELSE i.payload END,"
    " started_at = CASE WHEN v.started = 1 THEN now() ELSE i.started_at END,"
    " finished_at = CASE WHEN v.status = 'done' THEN now() END,"
    " last_error = CASE WHEN v.status = 'done' THEN NULL ELSE i.last_error END"
    " FROM unnest(%(ids)b::bigint[], %(states)b::text[], %(counts)b::int[])"
    " AS v(update_id, status, started)"
)
_WRITE_SQL: Final = (
    _REPLIES_SQL + _MARK_SQL + " WHERE i.update_id = v.update_id"
    " AND i.status IN ('pending', 'processing')"
)
# The same, where the marks wait for no lock: a row another transaction holds (the intake's
# flush, another daemon's writer) is left for a later statement; the ids marked come back.
_WRITE_SKIPPING_SQL: Final = (
    _REPLIES_SQL + ", free AS (SELECT update_id FROM update_inbox"
    " WHERE update_id = ANY(%(ids)b::bigint[]) FOR UPDATE SKIP LOCKED),"
    " marked AS (" + _MARK_SQL + " JOIN free ON free.update_id = v.update_id"
    " WHERE i.update_id = v.update_id AND i.status IN ('pending', 'processing'))"
    " SELECT update_id FROM free"
)


class InboxRepository:
    """Reads and writes `update_inbox`."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._message_allowed = True  # pg_logical_emit_message, for `make_durable`

    async def store(
        self, batch: list[Incoming], result: StoreResult, *, durable: bool = True
    ) -> None:
        """Store a getUpdates batch, in one round trip when all is well, into `result`.

        When the database refuses the data, the batch is split in halves until each bad
        update is alone; those go to the quarantine. An outage raises (psycopg's
        OperationalError): the caller waits and calls again with what is not settled yet.

        `durable=False` returns before the batch's WAL is on disk: the caller must then
        call `make_durable` before Telegram hears that the batch arrived (the poller does;
        see its module docstring).
        """
        for item in batch:
            if item.payload is None and item.update_id not in result.settled:
                await self._quarantine(item, item.error or "cannot be encoded", result)
        await self._store_split([i for i in batch if i.payload is not None], result, durable)

    async def _store_split(self, batch: list[Incoming], result: StoreResult, durable: bool) -> None:
        batch = [item for item in batch if item.update_id not in result.settled]
        if not batch:
            return
        try:
            new = await self._insert(batch, durable)
        except DATA_ERRORS as exc:
            if len(batch) == 1:
                await self._quarantine(batch[0], f"{type(exc).__name__}: {exc}", result)
                return
            middle = len(batch) // 2
            await self._store_split(batch[:middle], result, durable)
            await self._store_split(batch[middle:], result, durable)
            return
        result.new |= new
        result.settled.update(item.update_id for item in batch)

    async def _insert(self, batch: list[Incoming], durable: bool) -> set[int]:
        ids, chats, users, kinds, payloads, messages = [], [], [], [], [], []
        for item in batch:
            ids.append(item.update_id)
            chats.append(chat_of(item.update))
            users.append(user_of(item.update))
            messages.append(message_of(item.update))
            kinds.append(item.update.event_type)
            payloads.append(item.payload)
        async with self.db.timed("inbox.store"), self.db.pool.connection() as conn:
            cur = await conn.execute(
                # The setting lasts until the end of this statement's own transaction, whose
                # commit reads it: one round trip, where BEGIN; SET LOCAL ...; COMMIT is two.
                "WITH commit_mode AS (SELECT set_config('synchronous_commit', CASE WHEN %s"
                " THEN current_setting('synchronous_commit') ELSE 'off' END, true))"
                " INSERT INTO update_inbox (update_id, chat_id, user_id, kind, payload, message_id)"
                " SELECT u.* FROM unnest(%b::bigint[], %b::bigint[], %b::bigint[], %b::text[],"
                " %b::jsonb[], %b::bigint[]) AS u, commit_mode"
                " ON CONFLICT (update_id) DO NOTHING RETURNING update_id",
                (durable, ids, chats, users, kinds, payloads, messages),
            )
            return {row[0] for row in await cur.fetchall()}

    async def make_durable(self) -> None:
        """Return once every commit made before the call is on disk.

        A commit that waits for the disk flushes the WAL up to its own record, and the WAL
        holds the earlier commits before it; but PostgreSQL skips the wait for a transaction
        that wrote no WAL of its own, so this one writes a record that nothing reads: a
        transactional logical-decoding message (no table, no lock, any role may). Where a
        server refuses it, a durable no-op update of the newest inbox row does the same.
        """
        if self._message_allowed:
            try:
                await self.db.fetch_value("inbox.durable", _FLUSH_SQL)
                return
            except (psycopg.errors.InsufficientPrivilege, psycopg.errors.UndefinedFunction):
                log.warning("pg_logical_emit_message refused: the inbox flushes by an update")
                self._message_allowed = False
        await self.db.execute("inbox.durable", _FLUSH_BY_UPDATE_SQL)

    async def _quarantine(self, item: Incoming, error: str, result: StoreResult) -> None:
        update = item.update
        log.error("update %d cannot be stored; quarantined: %s", update.update_id, error)
        cur_rows = await self.db.fetch_value(
            "inbox.quarantine",
            "INSERT INTO update_quarantine (update_id, chat_id, user_id, kind, raw, error)"
            " VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (update_id) DO NOTHING"
            " RETURNING update_id",
            (update.update_id, chat_of(update), user_of(update), safe(update.event_type),
             item.raw(), safe(error)[:2000]),
        )  # fmt: skip
        result.settled.add(update.update_id)
        if cur_rows is not None:  # not quarantined before (Telegram may send it again)
            INBOX_QUARANTINED.inc()
            result.quarantined.append(item)

    async def quarantined(self, limit: int = 50) -> list[QuarantinedUpdate]:
        """The most recent updates the inbox could not store."""
        return await self.db.fetch_all(
            "inbox.quarantined",
            "SELECT update_id, chat_id, kind, error, received_at FROM update_quarantine"
            " ORDER BY update_id DESC LIMIT %s",
            (limit,),
            QuarantinedUpdate,
        )

    async def pending_of_chat(self, chat_id: int, after: int, limit: int) -> list[StoredUpdate]:
        """A chat's unfinished updates after `after`, oldest first (those not in memory).

        `replied` says whether the ledger holds a reply to one: a worker that died may have
        sent it before its marks were written, so it must be replayed, not sent again.
        """
        return await self.db.fetch_all(
            "inbox.pending_of_chat",
            "SELECT update_id, payload::text AS payload, status, attempts,"
            " EXISTS (SELECT 1 FROM outbox o WHERE o.delivery_key = 'update:' || i.update_id)"
            " AS replied FROM update_inbox i"
            " WHERE status IN ('pending', 'processing') AND chat_id = %s AND update_id > %s"
            " ORDER BY update_id LIMIT %s",
            (chat_id, after, limit),
            StoredUpdate,
        )

    async def unfinished(self, *, chatless: bool = False) -> list[StoredUpdate]:
        """Updates stored but not finished, oldest first (work left by a stop or a crash);
        `chatless`: only those without a chat (the rest are claimed chat by chat)."""
        return await self.db.fetch_all(
            "inbox.unfinished",
            "SELECT update_id, payload::text AS payload, status, attempts FROM update_inbox"
            " WHERE status IN ('pending', 'processing') AND (chat_id IS NULL OR NOT %s)"
            " ORDER BY update_id",
            (chatless,),
            StoredUpdate,
        )

    async def write(
        self, started: list[int], done: list[int], replies: list[ReplyRecord],
        conn: psycopg.AsyncConnection[Any], *, skip_locked: bool = False, durable: bool = True,
    ) -> set[int]:  # fmt: skip
        """One round trip on `conn` (autocommit; the inbox's writer holds its own): record
        replies, count attempts of started updates, mark done ones. With `skip_locked`, an
        update whose row another transaction holds is not marked (nor waited for): the ids
        of those are returned (without, none are). Not `durable`: with replies to record,
        the commit does not wait for the disk (see `InboxWriter`).

        An update both started and done in the same batch is updated once (a row may not be
        changed twice in one statement).
        """
        finished, begun = set(done), set(started)
        ids = [*finished, *(begun - finished)]
        states = ["done"] * len(finished) + ["processing"] * (len(ids) - len(finished))
        counts = [1 if u in begun else 0 for u in ids]
        async with self.db.timed("inbox.write"):
            # Lists, sent in binary, not `array_literal`s: with literals (c263a09) the client
            # dumped them faster but PostgreSQL's CPU per reply rose (/help, same runs:
            # 0.85 -> 1.80 and 1.00 -> 2.33 ms) for no steady gain of the daemon's.
            cur = await conn.execute(_WRITE_SKIPPING_SQL if skip_locked else _WRITE_SQL, {
                "r_key": [r.key for r in replies],
                "r_update": [r.update_id for r in replies],
                "r_seq": [r.seq for r in replies],
                "r_chat": [r.chat_id for r in replies],
                "r_method": [r.method for r in replies],
                "r_message": [r.message_id for r in replies],
                "r_result": [r.result for r in replies],
                "r_status": [r.status for r in replies],
                "r_after": [r.after_message_id for r in replies],
                "ids": ids,
                "states": states,
                "counts": counts,
                "no_payload": _NO_PAYLOAD,
                "durable": durable,
            })  # fmt: skip
            if not skip_locked or not ids:
                return set()
            return set(ids).difference(row[0] for row in await cur.fetchall())

    async def mark_failed(self, update_id: int, attempts: int, error: str) -> None:
        """Give up on an update, keeping its error."""
        await self.db.execute(
            "inbox.mark_failed",
            "UPDATE update_inbox SET status = 'failed', attempts = GREATEST(attempts, %s),"
            " last_error = %s, finished_at = now() WHERE update_id = %s",
            (attempts, safe(error)[:2000], update_id),
        )

    async def failed(self, limit: int = 50) -> list[FailedUpdate]:
        """The most recent updates the bot gave up on."""
        return await self.db.fetch_all(
            "inbox.failed",
            "SELECT update_id, chat_id, kind, attempts, last_error, received_at, finished_at"
            " FROM update_inbox WHERE status = 'failed' ORDER BY update_id DESC LIMIT %s",
            (limit,),
            FailedUpdate,
        )

    async def counts(self) -> dict[str, int]:
        """How many updates are in each status."""
        rows = await self.db.fetch_all(
            "inbox.counts",
            "SELECT status, count(*) AS count FROM update_inbox GROUP BY status ORDER BY status",
            None,
            StatusCount,
        )
        return {row.status: row.count for row in rows}
