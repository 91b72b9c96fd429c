"""Retention: the bot's own logs, ledgers and history deleted past their periods, in batches.

The core prunes (periods in the `[retention]` config section):
- finished updates in `update_inbox` (done or failed), with the reply ledger's records of
  their replies (`outbox` rows cascade with their update); unfinished ones never, so the
  records that keep a retried update from replying twice stay as long as it is unfinished;
- quarantined updates (`update_quarantine`), and the payload of failed and quarantined ones
  sooner (their text is personal data, kept only for diagnosis);
- the ledger's records of background jobs' messages (`outbox` rows without an update), but
  none made since the oldest reminder occurrence still being sent was claimed: a scheduler
  that takes that occurrence over sends it under the same key, which must find its records.
Each feature adds its own rules (`Feature.retention`, built with `batch_delete`): the
coach's conversation and model rounds, the reminders' past deliveries.
Never what a user owns: meals, water, weights, reminders, XP, achievements, level-ups.

Each batch is one statement, its own short transaction (the pool's connections
autocommit), touching at most `batch_size` rows found through an index, and skipping rows
the bot has locked (SKIP LOCKED) rather than waiting for them; a short pause between
batches lets the bot's queries interleave.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import LiteralString

from healthbot.config import RetentionSettings
from healthbot.db import Database

log = logging.getLogger(__name__)

HOUR, DAY = 3600.0, 86400.0


@dataclass(frozen=True, slots=True)
class Rule:
    """One kind of row and how long it is kept."""

    name: str
    keep_seconds: float | None  # None: forever
    sql: LiteralString  # one batch, with %(cutoff)s and %(batch)s; returns rows touched


def batch_delete(table: LiteralString, key: LiteralString, where: LiteralString) -> LiteralString:
    """One batch of a rule that deletes: at most %(batch)s rows of `table` matching `where`
    (by `key`, an indexed unique column), skipping the rows the bot has locked."""
    return (
        "DELETE FROM " + table + " WHERE " + key + " IN (SELECT " + key + " FROM " + table
        + " WHERE " + where + " LIMIT %(batch)s FOR UPDATE SKIP LOCKED)"
    )  # fmt: skip


INBOX = batch_delete(
    "update_inbox", "update_id", "status IN ('done', 'failed') AND finished_at < %(cutoff)s"
)
QUARANTINE = batch_delete("update_quarantine", "update_id", "received_at < %(cutoff)s")
FAILED_PAYLOADS = (
    "UPDATE update_inbox SET payload = '{}' WHERE update_id IN (SELECT update_id"
    " FROM update_inbox WHERE status = 'failed' AND finished_at < %(cutoff)s"
    " AND payload <> '{}' LIMIT %(batch)s FOR UPDATE SKIP LOCKED)"
)
QUARANTINE_RAW = (
    "UPDATE update_quarantine SET raw = NULL WHERE update_id IN (SELECT update_id"
    " FROM update_quarantine WHERE raw IS NOT NULL AND received_at < %(cutoff)s"
    " LIMIT %(batch)s FOR UPDATE SKIP LOCKED)"
)
JOB_REPLIES = batch_delete(
    "outbox",
    "id",
    "update_id IS NULL AND delivery_key LIKE 'job:%%' AND created_at < %(cutoff)s"
    " AND created_at < (SELECT coalesce(min(claimed_at), 'infinity')"
    "  FROM reminder_deliveries WHERE status = 'pending')",
)


def seconds(value: float | None, unit: float) -> float | None:
    """A period of the settings (None: forever) in seconds."""
    return None if value is None else value * unit


def rules(settings: RetentionSettings) -> list[Rule]:
    """What the core prunes and after how long, in the order it is pruned (the features'
    rules follow: `Feature.retention`)."""
    return [
        Rule("inbox", seconds(settings.inbox_hours, HOUR), INBOX),
        Rule("quarantine", seconds(settings.inbox_hours, HOUR), QUARANTINE),
        Rule("failed_payloads", seconds(settings.failed_payload_hours, HOUR), FAILED_PAYLOADS),
        Rule("quarantine_raw", seconds(settings.failed_payload_hours, HOUR), QUARANTINE_RAW),
        Rule("job_replies", seconds(settings.job_replies_hours, HOUR), JOB_REPLIES),
    ]


class Retention:
    """Prunes every kind past its period (`prune`), one short batch at a time."""

    def __init__(
        self, db: Database, settings: RetentionSettings, more: Sequence[Rule] = ()
    ) -> None:
        self.db = db
        self.rules = [*rules(settings), *more]
        self.batch_size = settings.batch_size
        self.pause_seconds = settings.pause_seconds

    async def prune(self) -> dict[str, int]:
        """Prune everything past its period now; return the rows touched per kind."""
        done = {}
        for rule in self.rules:
            if rule.keep_seconds is not None:
                done[rule.name] = await self._prune(rule, rule.keep_seconds)
        return done

    async def _prune(self, rule: Rule, keep_seconds: float) -> int:
        # A fixed cutoff: rows that age meanwhile wait for the next run, so the loop ends.
        cutoff = datetime.now(UTC) - timedelta(seconds=keep_seconds)
        params = {"cutoff": cutoff, "batch": self.batch_size}
        total = 0
        while True:
            touched = await self.db.execute(f"retention.{rule.name}", rule.sql, params)
            total += touched
            if touched < self.batch_size:
                return total
            await asyncio.sleep(self.pause_seconds)
