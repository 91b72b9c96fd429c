"""The bot's hot queries with the parameters it would send and the index meant for each: the
index test checks their plans (tests/db/test_indexes.py), and loadgen's benchmark must run
the same ones (tests/loadgen/test_seed.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

FIRST_USER = 100_000_000  # Telegram ids are large
NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)
SOME_USER = FIRST_USER + 1234
TODAY = NOW.date()

HOT_QUERIES: list[tuple[str, str, dict[str, Any], str, str | None]] = [
    (
        "last 20 conversation messages",
        """
        SELECT id, role, content, message_type, metadata, created_at
        FROM conversation_history WHERE user_id = %(user_id)s
        ORDER BY created_at DESC, id DESC LIMIT 20
        """,
        {"user_id": SOME_USER},
        "conversation_history_user_recent_idx",
        None,
    ),
    (
        "food entries of the last 7 days",
        """
        SELECT id, eaten_at, meal, description, kcal, protein_g, carbs_g, fat_g, fiber_g
        FROM food_entries
        WHERE user_id = %(user_id)s AND eaten_at >= %(start)s AND eaten_at < %(end)s
          AND deleted_at IS NULL
        ORDER BY eaten_at DESC
        """,
        {"user_id": SOME_USER, "start": NOW - timedelta(days=7), "end": NOW},
        "food_entries_user_eaten_idx",
        None,
    ),
    (
        "food entries of one day",
        """
        SELECT id, eaten_at, meal, description, kcal, protein_g, carbs_g, fat_g, fiber_g
        FROM food_entries
        WHERE user_id = %(user_id)s AND local_date = %(day)s AND deleted_at IS NULL
        ORDER BY eaten_at
        """,
        {"user_id": SOME_USER, "day": TODAY - timedelta(days=3)},
        "food_entries_user_day_idx",
        None,
    ),
    (
        "a user's usual foods",
        """
        SELECT food_name, count(*) FROM food_entry_items WHERE user_id = %(user_id)s
        GROUP BY food_name ORDER BY count(*) DESC LIMIT 5
        """,
        {"user_id": SOME_USER},
        "food_entry_items_user_food_idx",
        None,
    ),
    (
        "water today",
        """
        SELECT sum(amount_ml) FROM water_logs
        WHERE user_id = %(user_id)s AND local_date = %(day)s AND deleted_at IS NULL
        """,
        {"user_id": SOME_USER, "day": TODAY},
        "water_logs_user_day_idx",
        None,
    ),
    (
        "reminders due now (scheduler)",
        """
        SELECT id, user_id, kind, text, schedule, timezone, next_run_at
        FROM reminders WHERE active AND next_run_at <= %(now)s
        ORDER BY next_run_at LIMIT 100
        FOR UPDATE SKIP LOCKED
        """,
        {"now": NOW},
        "reminders_due_idx",
        None,
    ),
    (
        "a user's active reminders",
        """
        SELECT id, kind, text, schedule, timezone, next_run_at
        FROM reminders WHERE user_id = %(user_id)s AND active ORDER BY next_run_at
        """,
        {"user_id": SOME_USER},
        "reminders_user_active_idx",
        None,
    ),
    (
        "XP leaderboard top 10",
        """
        SELECT user_id, total_xp, level, current_streak FROM user_gamification
        ORDER BY total_xp DESC, user_id LIMIT 10
        """,
        {},
        "user_gamification_leaderboard_idx",
        "Index Only Scan",
    ),
    (
        "XP leaderboard top 10 with names",
        """
        SELECT g.user_id, u.first_name, g.total_xp, g.level, g.current_streak
        FROM user_gamification AS g JOIN users AS u ON u.id = g.user_id
        ORDER BY g.total_xp DESC, g.user_id LIMIT 10
        """,
        {},
        "user_gamification_leaderboard_idx",
        "Index Only Scan",
    ),
    (
        "user by id",
        "SELECT * FROM users WHERE id = %(user_id)s",
        {"user_id": SOME_USER},
        "users_pkey",
        None,
    ),
    (
        "unfinished inbox updates",
        """
        SELECT update_id, chat_id, user_id, kind, payload, status, attempts
        FROM update_inbox WHERE status IN ('pending', 'processing')
        ORDER BY update_id LIMIT 100
        """,
        {},
        "update_inbox_unfinished_idx",
        None,
    ),
    (
        "pending outbox replies",
        """
        SELECT id, chat_id, method, payload FROM outbox WHERE status = 'pending'
        ORDER BY id LIMIT 100
        """,
        {},
        "outbox_pending_idx",
        None,
    ),
]
