"""Retention prunes exactly the logs and ledgers past their periods, in batches, and nothing
a user owns; the old telegram.*_retention_hours keys still set it."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from healthbot.app import build_retention
from healthbot.config import RetentionSettings, load_settings
from healthbot.db import Database
from healthbot.db.migrations import apply_migrations
from healthbot.errors import ConfigError
from healthbot.metrics import DB_QUERY_LATENCY

OLD, RECENT = "now() - interval '100 days'", "now() - interval '1 hour'"


@pytest.fixture
async def db(empty_database_url: str) -> AsyncIterator[Database]:
    """A migrated database of this test's own: retention prunes across all users."""
    await apply_migrations(empty_database_url)
    database = await Database.open(empty_database_url, min_size=1, max_size=2)
    try:
        yield database
    finally:
        await database.close()


async def run(db: Database, statement: str) -> list[tuple[object, ...]]:
    async with db.pool.connection() as conn:
        cur = await conn.execute(statement)  # type: ignore[arg-type]
        return await cur.fetchall() if cur.description else []


def batches(name: str) -> float:
    """Statements run so far under a query name (the pool times each one)."""
    for metric in DB_QUERY_LATENCY.collect():
        for sample in metric.samples:
            if sample.name.endswith("_count") and sample.labels.get("query") == name:
                return sample.value
    return 0.0


async def test_conversation_history_is_pruned_past_its_period_in_batches(db: Database) -> None:
    await run(db, "INSERT INTO users (id) VALUES (1), (2)")
    await run(
        db,
        "INSERT INTO conversation_history (user_id, role, content, created_at)"
        f" SELECT 1 + g % 2, 'user', 'old ' || g, {OLD} FROM generate_series(1, 35) g"
        f" UNION ALL SELECT 1, 'user', 'new ' || g, {RECENT} FROM generate_series(1, 5) g",
    )
    before = batches("retention.conversation")
    retention = build_retention(
        db, RetentionSettings(conversation_days=30, batch_size=10, pause_seconds=0)
    )
    pruned = await retention.prune()
    assert pruned["conversation"] == 35
    assert batches("retention.conversation") - before == 4  # 10 + 10 + 10 + 5
    left = await run(db, "SELECT content FROM conversation_history ORDER BY content")
    assert left == [(f"new {g}",) for g in range(1, 6)]


async def test_the_coachs_stored_rounds_go_with_the_finished_inbox_rows(db: Database) -> None:
    await run(db, "INSERT INTO users (id) VALUES (1)")
    await run(
        db,
        "INSERT INTO coach_rounds (op_key, round, user_id, response, created_at)"
        f" SELECT 'update:' || g, 0, 1, '{{}}'::jsonb, {OLD} FROM generate_series(1, 25) g"
        f" UNION ALL SELECT 'update:new', 0, 1, '{{}}'::jsonb, {RECENT}",
    )
    retention = build_retention(
        db, RetentionSettings(inbox_hours=48, batch_size=10, pause_seconds=0)
    )
    assert (await retention.prune())["coach_rounds"] == 25
    assert await run(db, "SELECT op_key FROM coach_rounds") == [("update:new",)]


async def test_inbox_and_ledger_lose_only_finished_rows_past_their_period(db: Database) -> None:
    await run(
        db,
        "INSERT INTO update_inbox (update_id, chat_id, kind, payload, status, finished_at) VALUES"
        f" (1, 9, 'message', '{{}}', 'done', {OLD}),"  # pruned, with its reply
        f" (2, 9, 'message', '{{\"text\": \"why\"}}', 'failed', {OLD}),"  # pruned
        f" (3, 9, 'message', '{{}}', 'done', {RECENT}),"  # kept
        f" (4, 9, 'message', '{{\"text\": \"keep\"}}', 'failed', now() - interval '30 hours'),"
        " (5, 9, 'message', '{\"text\": \"a\"}', 'pending', NULL),"  # unfinished: kept
        " (6, 9, 'message', '{\"text\": \"b\"}', 'processing', NULL)",
    )
    await run(db, f"UPDATE update_inbox SET received_at = {OLD} WHERE update_id IN (5, 6)")
    await run(
        db,
        "INSERT INTO outbox (update_id, chat_id, method, payload, status, seq, delivery_key,"
        " created_at) VALUES"
        + ", ".join(
            f"({u}, 9, 'sendMessage', '{{}}', 'sent', 1, 'update:{u}', {OLD})" for u in range(1, 7)
        ),
    )
    await run(
        db,
        "INSERT INTO update_quarantine (update_id, kind, raw, error, received_at) VALUES"
        f" (7, 'message', 'x', 'e', {OLD}), (8, 'message', 'y', 'e', now() - interval '30 hours'),"
        f" (9, 'message', 'z', 'e', {RECENT})",
    )
    settings = RetentionSettings(inbox_hours=48, failed_payload_hours=24, batch_size=2)
    pruned = await build_retention(db, settings).prune()
    assert (pruned["inbox"], pruned["quarantine"]) == (2, 1)

    inbox = await run(db, "SELECT update_id, status, payload::text FROM update_inbox ORDER BY 1")
    assert inbox == [
        (3, "done", "{}"),
        (4, "failed", "{}"),  # past failed_payload_hours: its text is gone, the row stays
        (5, "pending", '{"text": "a"}'),
        (6, "processing", '{"text": "b"}'),
    ]
    # The replies of unfinished updates stay: a retry must find them and not reply twice.
    assert await run(db, "SELECT update_id FROM outbox ORDER BY 1") == [(3,), (4,), (5,), (6,)]
    quarantine = await run(db, "SELECT update_id, raw FROM update_quarantine ORDER BY 1")
    assert quarantine == [(8, None), (9, b"z")]


async def test_job_replies_of_a_reminder_still_being_sent_are_kept(db: Database) -> None:
    await run(db, "INSERT INTO users (id) VALUES (1)")
    await run(
        db,
        "INSERT INTO reminders (user_id, kind, schedule) VALUES (1, 'water', '{}')",
    )
    await run(
        db,
        "INSERT INTO reminder_deliveries (reminder_id, user_id, occurrence, status, owner,"
        " claimed_at) SELECT id, 1, now() - interval '80 hours', 'pending', 1,"
        " now() - interval '80 hours' FROM reminders",
    )
    await run(
        db,
        "INSERT INTO outbox (chat_id, method, payload, status, seq, delivery_key, created_at)"
        " VALUES (1, 'sendMessage', '{}', 'sent', 1, 'job:old', now() - interval '90 hours'),"
        " (1, 'sendMessage', '{}', 'sent', 1, 'job:in-flight', now() - interval '79 hours'),"
        " (1, 'sendMessage', '{}', 'sent', 1, 'job:new', now())",
    )
    pruned = await build_retention(db, RetentionSettings(job_replies_hours=48)).prune()
    assert pruned["job_replies"] == 1
    keys = await run(db, "SELECT delivery_key FROM outbox ORDER BY 1")
    assert keys == [("job:in-flight",), ("job:new",)]


async def test_what_a_user_owns_is_never_pruned(db: Database) -> None:
    await run(db, f"INSERT INTO users (id, created_at) VALUES (1, {OLD})")
    owned = {
        "food_entries": "INSERT INTO food_entries (user_id, eaten_at, local_date, meal, created_at)"
        f" VALUES (1, {OLD}, '2020-01-01', 'lunch', {OLD})",
        "water_logs": "INSERT INTO water_logs (user_id, amount_ml, logged_at, local_date)"
        f" VALUES (1, 250, {OLD}, '2020-01-01')",
        "weight_logs": "INSERT INTO weight_logs (user_id, weight_kg, logged_at)"
        f" VALUES (1, 70, {OLD})",
        "reminders": f"INSERT INTO reminders (user_id, kind, schedule, created_at)"
        f" VALUES (1, 'water', '{{}}', {OLD})",
        "xp_events": "INSERT INTO xp_events (user_id, amount, reason, source_ref, created_at)"
        f" VALUES (1, 5, 'meal', 'x', {OLD})",
    }
    for statement in owned.values():
        await run(db, statement)
    await run(
        db,
        "INSERT INTO reminder_deliveries (reminder_id, user_id, occurrence, status, claimed_at)"
        f" SELECT id, 1, {OLD}, 'sent', {OLD} FROM reminders UNION ALL"
        f" SELECT id, 1, {RECENT}, 'sent', {RECENT} FROM reminders",
    )
    short = RetentionSettings(
        inbox_hours=1, failed_payload_hours=1, job_replies_hours=1, conversation_days=1,
        reminder_deliveries_days=1,
    )  # fmt: skip
    pruned = await build_retention(db, short).prune()
    assert pruned["reminder_deliveries"] == 1  # the log of what was sent, not the reminder
    for table in ["users", *owned]:
        assert await run(db, f"SELECT count(*) FROM {table}") == [(1,)], table


async def test_a_kind_without_a_period_is_kept_forever(db: Database) -> None:
    await run(db, "INSERT INTO users (id) VALUES (1)")
    await run(
        db,
        f"INSERT INTO conversation_history (user_id, role, content, created_at)"
        f" VALUES (1, 'user', 'x', {OLD})",
    )
    pruned = await build_retention(db, RetentionSettings(conversation_days=None)).prune()
    assert "conversation" not in pruned
    assert await run(db, "SELECT count(*) FROM conversation_history") == [(1,)]


def test_an_empty_value_in_the_config_means_forever() -> None:
    settings = load_settings(None, {"HEALTHBOT_RETENTION__CONVERSATION_DAYS": ""})
    assert settings.retention.conversation_days is None


def test_the_old_telegram_keys_still_set_the_retention() -> None:
    settings = load_settings(
        None,
        {
            "HEALTHBOT_TELEGRAM__INBOX_RETENTION_HOURS": "12",
            "HEALTHBOT_TELEGRAM__FAILED_RETENTION_HOURS": "6",
        },
    )
    retention = settings.retention
    assert (retention.inbox_hours, retention.job_replies_hours) == (12, 12)
    assert retention.failed_payload_hours == 6


def test_an_old_key_and_its_new_name_together_are_refused() -> None:
    with pytest.raises(ConfigError, match="now named retention.inbox_hours"):
        load_settings(
            None,
            {
                "HEALTHBOT_TELEGRAM__INBOX_RETENTION_HOURS": "12",
                "HEALTHBOT_RETENTION__INBOX_HOURS": "24",
            },
        )
