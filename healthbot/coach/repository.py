"""The coach's tables: the conversation (cached), the rounds of each answer, token usage."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from psycopg.types.json import Jsonb

from healthbot.cache import Cache, JsonCodec, Namespace, cached
from healthbot.db import Database, Joined

# The most turns one read returns: the prompt takes `history_turns` of them.
MAX_TURNS = 100
CONVERSATION = Namespace("conversation", ttl=1800, per_user=True)
"""The cached conversation, by user id (the config's `cache.ttl_conversation` sets the TTL)."""
SPOKEN = ("user", "assistant")
"""The roles of the turns the conversation is made of."""


@dataclass(frozen=True, slots=True)
class Turn:
    """One message of the conversation as the model sees it."""

    role: str  # "user" or "assistant"
    content: str


@dataclass(frozen=True, slots=True)
class Usage:
    """Tokens of one model call, and what they cost (estimated, US dollars)."""

    input_tokens: int = 0
    output_tokens: int = 0
    cache_read_tokens: int = 0
    cache_write_tokens: int = 0
    cost_usd: Decimal = Decimal(0)

    @property
    def total(self) -> int:
        """What the daily budget counts: every input and output token."""
        return (
            self.input_tokens + self.output_tokens + self.cache_read_tokens
            + self.cache_write_tokens
        )  # fmt: skip


@dataclass(frozen=True, slots=True)
class FinishedRound:
    """A model round of an answer, to store with its usage (`finish_round`)."""

    op_key: str
    number: int
    user_id: int
    response: dict[str, Any]
    usage: Usage


_TURNS = JsonCodec(tuple[Turn, ...])

# A round's row, and its tokens added to the user's day only when the row is new. Its
# transaction's commit waits for the disk or not (`durable`): the setting lasts until the
# statement's own commit, which reads it; one round trip where BEGIN; SET LOCAL ...; COMMIT
# is two (as `healthbot.meals.entry_sql.CREATE`).
_ROUND = (
    "commit_mode AS (SELECT set_config('synchronous_commit', CASE WHEN %(durable)s"
    " THEN current_setting('synchronous_commit') ELSE 'off' END, true)),"
    " stored AS (INSERT INTO coach_rounds (op_key, round, user_id, response)"
    " SELECT %(op)s, %(round)s, %(user)s, %(response)s FROM commit_mode"
    " ON CONFLICT DO NOTHING RETURNING user_id)"
)
_USAGE = (
    "INSERT INTO coach_usage AS u (user_id, day, requests, input_tokens,"
    " output_tokens, cache_read_tokens, cache_write_tokens, cost_usd)"
    " SELECT user_id, (now() AT TIME ZONE 'UTC')::date, 1, %(input)s, %(output)s,"
    " %(read)s, %(write)s, %(cost)s FROM stored"
    " ON CONFLICT (user_id, day) DO UPDATE SET requests = u.requests + 1,"
    " input_tokens = u.input_tokens + excluded.input_tokens,"
    " output_tokens = u.output_tokens + excluded.output_tokens,"
    " cache_read_tokens = u.cache_read_tokens + excluded.cache_read_tokens,"
    " cache_write_tokens = u.cache_write_tokens + excluded.cache_write_tokens,"
    " cost_usd = u.cost_usd + excluded.cost_usd"
)
# Turns in order, once per key.
_APPEND = (
    "INSERT INTO conversation_history (user_id, role, content, message_type, metadata,"
    " idempotency_key) SELECT %(user)s, t.role, t.content, t.type, t.meta::jsonb,"
    " %(key)s || '#' || (t.n - 1) FROM unnest(%(roles)b::text[],"
    " %(contents)b::text[], %(types)b::text[], %(metas)b::text[])"
    " WITH ORDINALITY AS t (role, content, type, meta, n) ORDER BY t.n"
    " ON CONFLICT (user_id, idempotency_key) DO NOTHING"
)
_FINISH_ROUND = "WITH " + _ROUND + " " + _USAGE


def _round_params(finished: FinishedRound) -> dict[str, Any]:
    usage = finished.usage
    return {
        "op": finished.op_key, "round": finished.number, "user": finished.user_id,
        "response": Jsonb(finished.response, dumps=_dumps), "input": usage.input_tokens,
        "output": usage.output_tokens, "read": usage.cache_read_tokens,
        "write": usage.cache_write_tokens, "cost": usage.cost_usd,
    }  # fmt: skip


@dataclass(frozen=True, slots=True)
class Opening:
    """What the coach reads before an answer: the user's tokens today (UTC), the answer's
    first round if one is stored, whether the message's meal was logged while resting, and
    whether the answer's turns are stored (it was answered)."""

    tokens: int
    first_round: dict[str, Any] | None
    rested: bool = False
    answered: bool = False


@dataclass(frozen=True, slots=True)
class _Opening:
    tokens: int | None
    first_round: dict[str, Any] | None
    rested: bool
    answered: bool


class CoachRepository:
    """Reads and writes the conversation, the answers' rounds and the usage."""

    def __init__(self, db: Database, cache: Cache) -> None:
        self.db = db
        self.cache = cache

    @cached(CONVERSATION, key=str, codec=_TURNS)
    async def recent(self, user_id: int) -> tuple[Turn, ...]:
        """The user's latest turns, oldest first (user and assistant messages only)."""
        rows = await self.db.fetch_all(
            "coach.recent",
            "SELECT role, content FROM conversation_history WHERE user_id = %(user)s"
            " AND role IN ('user', 'assistant')"  # SPOKEN
            " ORDER BY created_at DESC, id DESC LIMIT %(limit)s",
            {"user": user_id, "limit": MAX_TURNS},
            Turn,
        )
        return tuple(reversed(rows))

    async def append(
        self,
        user_id: int,
        turns: list[tuple[Turn, str, dict[str, Any]]],
        key: str,
        before: tuple[Turn, ...] | None = None,
    ) -> None:
        """Store turns (each with its message type and metadata) once per `key`, in order, in
        one statement. `before` is the conversation as read for them (`recent`): the cache
        is written through with it and them, so that the next message reads no database; a
        retry (the turns were stored before) or no `before` invalidates it instead."""
        params = {
            "user": user_id, "key": key,
            "roles": [turn.role for turn, _, _ in turns],
            "contents": [turn.content for turn, _, _ in turns],
            "types": [message_type for _, message_type, _ in turns],
            "metas": [_dumps(metadata) for _, _, metadata in turns],
        }  # fmt: skip
        stored = await self.db.execute("coach.append", _APPEND, params)
        if before is None or stored != len(turns):
            await self.recent.invalidate(user_id)
            return
        added = tuple(turn for turn, _, _ in turns if turn.role in SPOKEN)
        now = (before + added)[-MAX_TURNS:]
        await self.cache.put(CONVERSATION, self.recent.key(user_id), _TURNS, now)

    async def last_answer_at(self, user_id: int) -> datetime | None:
        """When the coach last answered the user (None: never, or forgotten)."""
        value = await self.db.fetch_value(
            "coach.last_answer_at",
            "SELECT created_at FROM conversation_history WHERE user_id = %(user)s"
            " AND role = 'assistant' ORDER BY created_at DESC, id DESC LIMIT 1",
            {"user": user_id},
        )
        return value if isinstance(value, datetime) else None

    async def round(self, op_key: str, number: int) -> dict[str, Any] | None:
        """A finished model round of an answer (a retry reads it instead of asking again)."""
        value = await self.db.fetch_value(
            "coach.round",
            "SELECT response FROM coach_rounds WHERE op_key = %(op)s AND round = %(round)s",
            {"op": op_key, "round": number},
        )
        return None if value is None else dict(value)

    async def finish_round(
        self, finished: FinishedRound, *, durable: bool = True, joined: Sequence[Joined] = ()
    ) -> None:
        """Store a finished round and add its tokens to the user's day, both once: one
        statement (the usage is added only when the round's row is new).

        `durable=False` (the round that answers, stored before the reply is sent) commits
        without waiting for the WAL to reach the disk. Nothing is lost or doubled by that:
        the daemon's death (kill -9) loses nothing, the server holds the commit; only a
        PostgreSQL crash can lose it, with its usage (one transaction: never counted without
        its row), and then the retried update asks the model again, as it would without the
        row. The update is marked done by a later commit that waits for the disk, and the
        WAL is flushed in order: once the update is done, its round is on disk too.
        What `joined` writes (the reply's in-flight record) goes in the same transaction."""
        params = _round_params(finished) | {"durable": durable}
        await self.db.execute_with("coach.finish_round", _FINISH_ROUND, params, joined)

    async def opening(self, user_id: int, op_key: str, rested_key: str, turn_key: str) -> Opening:
        """Tokens the user's answers used today (UTC), the first round of the answer under
        `op_key` if one is stored (a retry's), whether an entry or water was logged under
        `rested_key` (a retry's, of a message the coach would not answer), and whether a
        turn is stored under `turn_key` (the answer's): one round trip."""
        # food_entries and water_logs are other features' tables: read here, by their unique
        # keys, so that a retry after a crash learns it in the round trip every answer makes.
        row = await self.db.fetch_one(
            "coach.opening",
            "SELECT (SELECT input_tokens + output_tokens + cache_read_tokens"
            " + cache_write_tokens FROM coach_usage WHERE user_id = %(user)s"
            " AND day = (now() AT TIME ZONE 'UTC')::date) AS tokens,"
            " (SELECT response FROM coach_rounds WHERE op_key = %(op)s AND round = 0)"
            " AS first_round,"
            " (EXISTS (SELECT FROM food_entries WHERE user_id = %(user)s"
            " AND idempotency_key = %(rested)s) OR EXISTS (SELECT FROM water_logs"
            " WHERE user_id = %(user)s AND idempotency_key = %(rested)s)) AS rested,"
            " EXISTS (SELECT FROM conversation_history WHERE user_id = %(user)s"
            " AND idempotency_key = %(turn)s) AS answered",
            {"user": user_id, "op": op_key, "rested": rested_key, "turn": turn_key},
            _Opening,
        )
        if row is None:  # pragma: no cover - a SELECT without FROM returns one row
            return Opening(0, None)
        first = None if row.first_round is None else dict(row.first_round)
        return Opening(int(row.tokens or 0), first, row.rested, row.answered)

    async def usage_on(self, user_id: int, day: date) -> Usage:
        """The user's usage on a UTC day."""
        row = await self.db.fetch_one(
            "coach.usage_on",
            "SELECT input_tokens, output_tokens, cache_read_tokens, cache_write_tokens,"
            " cost_usd FROM coach_usage WHERE user_id = %(user)s AND day = %(day)s",
            {"user": user_id, "day": day},
            Usage,
        )
        return Usage() if row is None else row


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)
