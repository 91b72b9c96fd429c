"""The hot queries use the indexes meant for them, on a database filled with realistic volumes.

This checks plans, not timings: `EXPLAIN (FORMAT JSON)` of each query, with the parameters
the bot would send, must name the intended index.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg
import pytest

from healthbot.db.migrations import apply_migrations
from tests.conftest import create_database, drop_database

USERS = 2_000
HISTORY_ROWS = 200_000
FOOD_ENTRIES = 100_000
FIRST_USER = 100_000_000  # Telegram ids are large
NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)

# Each statement runs with %(users)s, %(first_user)s, ... bound; `now` is a fixed instant so
# that the data and the queries agree on "today".
FILL = [
    """
    INSERT INTO users (id, username, first_name, timezone, is_active, created_at)
    SELECT %(first_user)s + g, 'user' || g, 'Name ' || g,
           (ARRAY['UTC', 'Europe/Berlin', 'America/New_York'])[1 + g %% 3],
           g %% 50 <> 0, %(now)s - g * interval '1 hour'
    FROM generate_series(0, %(users)s - 1) AS g
    """,
    """
    INSERT INTO user_profiles (user_id, sex, birth_year, height_cm, goal, daily_kcal_target)
    SELECT id, 'other', 1960 + id %% 40, 150 + id %% 40, 'maintain', 2000 FROM users
    """,
    """
    INSERT INTO conversation_history (user_id, role, content, message_type, created_at)
    SELECT %(first_user)s + g %% %(users)s,
           (ARRAY['user', 'assistant', 'tool'])[1 + g %% 3]::text,
           repeat('How many calories are in a banana? ', 1 + g %% 6),
           'text',
           %(now)s - (%(history)s - g) * interval '20 seconds'
    FROM generate_series(1, %(history)s) AS g
    """,
    # About 50 entries per user over 104 days.
    """
    INSERT INTO food_entries (user_id, eaten_at, local_date, meal, description, kcal, protein_g,
                              deleted_at)
    SELECT %(first_user)s + g %% %(users)s, t, t::date,
           (ARRAY['breakfast', 'lunch', 'dinner', 'snack'])[1 + g %% 4]::text,
           'two eggs and a slice of toast', 350, 20,
           CASE WHEN g %% 40 = 0 THEN t END
    FROM generate_series(1, %(food)s) AS g,
         LATERAL (SELECT %(now)s - (%(food)s - g) * interval '90 seconds' AS t) AS ts
    """,
    """
    INSERT INTO food_entry_items (entry_id, user_id, position, food_name, quantity, unit, grams,
                                  kcal)
    SELECT e.id, e.user_id, i,
           (ARRAY['egg', 'toast', 'banana', 'rice', 'chicken'])[1 + (e.id + i) %% 5],
           1, 'piece', 50, 100
    FROM food_entries AS e, generate_series(1, 1 + e.id::int %% 2) AS i
    """,
    """
    INSERT INTO water_logs (user_id, amount_ml, logged_at, local_date)
    SELECT %(first_user)s + g %% %(users)s, 250, t, t::date
    FROM generate_series(1, 40000) AS g,
         LATERAL (SELECT %(now)s - (40000 - g) * interval '4 minutes' AS t) AS ts
    """,
    """
    INSERT INTO weight_logs (user_id, weight_kg, logged_at)
    SELECT %(first_user)s + g %% %(users)s, 60 + g %% 40, %(now)s - g * interval '5 minutes'
    FROM generate_series(1, 20000) AS g
    """,
    # Four reminders per user, a third of them paused; the active ones fire over the next
    # day, so only a handful are due at any moment.
    """
    INSERT INTO reminders (user_id, kind, text, schedule, next_run_at, active)
    SELECT %(first_user)s + g %% %(users)s,
           (ARRAY['water', 'meal', 'weight', 'medication', 'custom'])[1 + g %% 5]::text,
           'Time to drink water', '{"times": ["08:00"]}',
           %(now)s + ((g * 7919) %% 1440 - 5) * interval '1 minute',
           g %% 3 <> 0
    FROM generate_series(1, 4 * %(users)s) AS g
    """,
    """
    INSERT INTO user_gamification (user_id, total_xp, level, current_streak, longest_streak,
                                   last_activity_date)
    SELECT id, (id * 7919) %% 100000, 1 + (id * 7919) %% 100000 / 1000, id %% 30, 30,
           %(now)s::date
    FROM users
    """,
    """
    INSERT INTO xp_events (user_id, amount, reason, source_ref)
    SELECT %(first_user)s + g %% %(users)s, 10, 'meal', 'food_entry:' || g
    FROM generate_series(1, 20000) AS g
    """,
    "INSERT INTO achievements (code, title, xp) VALUES ('first_meal', 'First meal', 10)",
    "INSERT INTO user_achievements (user_id, code) SELECT id, 'first_meal' FROM users",
    # Intake: 50,000 finished updates and the last 150 still to do.
    """
    INSERT INTO update_inbox (update_id, chat_id, user_id, kind, payload, status, received_at,
                              finished_at)
    SELECT 500000000 + g, %(first_user)s + g %% %(users)s, %(first_user)s + g %% %(users)s,
           'message', jsonb_build_object('update_id', 500000000 + g),
           CASE WHEN g <= 50000 THEN 'done'
                WHEN g %% 2 = 0 THEN 'processing' ELSE 'pending' END,
           %(now)s, CASE WHEN g <= 50000 THEN %(now)s END
    FROM generate_series(1, 50150) AS g
    """,
    """
    INSERT INTO outbox (update_id, chat_id, method, payload, status, sent_at)
    SELECT update_id, chat_id, 'sendMessage', '{"text": "ok"}',
           CASE WHEN status = 'done' THEN 'sent' ELSE 'pending' END, finished_at
    FROM update_inbox
    """,
]

SOME_USER = FIRST_USER + 1234


@pytest.fixture(scope="module")
def filled_database_url(postgres_admin_url: str) -> Iterator[str]:
    """A migrated database of this module's own, filled once for all its tests."""
    url = create_database(postgres_admin_url)
    try:
        yield url
    finally:
        drop_database(postgres_admin_url, url)


@pytest.fixture(scope="module")
async def filled_db(filled_database_url: str) -> AsyncIterator[psycopg.AsyncConnection[Any]]:
    """A connection to the filled, vacuumed and analysed database."""
    await apply_migrations(filled_database_url)
    params = {
        "users": USERS,
        "first_user": FIRST_USER,
        "history": HISTORY_ROWS,
        "food": FOOD_ENTRIES,
        "now": NOW,
    }
    conn = await psycopg.AsyncConnection.connect(filled_database_url, autocommit=True)
    try:
        async with conn.transaction():
            for statement in FILL:
                await conn.execute(statement, params)
        # VACUUM sets the visibility map, which index-only scans rely on.
        await conn.execute("VACUUM (ANALYZE)")
        yield conn
    finally:
        await conn.close()


def plan_nodes(node: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every node of a JSON plan tree, depth first."""
    yield node
    for child in node.get("Plans", []):
        yield from plan_nodes(child)


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
        WHERE user_id = %(user_id)s AND local_date = %(day)s
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


@pytest.mark.parametrize(
    ("sql", "params", "index", "node_type"),
    [pytest.param(*query[1:], id=query[0]) for query in HOT_QUERIES],
)
async def test_hot_query_uses_its_index(
    filled_db: psycopg.AsyncConnection[Any],
    sql: str,
    params: dict[str, Any],
    index: str,
    node_type: str | None,
) -> None:
    cur = await filled_db.execute("EXPLAIN (FORMAT JSON) " + sql, params or None)
    row = await cur.fetchone()
    assert row is not None
    plan = row[0][0]["Plan"]
    nodes = list(plan_nodes(plan))
    using = [node for node in nodes if node.get("Index Name") == index]
    summary = [
        (node["Node Type"], node.get("Index Name", node.get("Relation Name"))) for node in nodes
    ]
    assert using, f"{index} not used; plan: {summary}"
    if node_type is not None:
        assert using[0]["Node Type"] == node_type, f"plan: {summary}"
    assert not any(node["Node Type"] == "Seq Scan" for node in nodes), f"plan: {summary}"


async def test_the_fill_has_the_intended_volumes(filled_db: psycopg.AsyncConnection[Any]) -> None:
    cur = await filled_db.execute(
        "SELECT (SELECT count(*) FROM users), (SELECT count(*) FROM conversation_history),"
        " (SELECT count(*) FROM food_entries),"
        " (SELECT count(*) FROM reminders WHERE active AND next_run_at <= %s)",
        (NOW,),
    )
    users, history, food, due = await cur.fetchone() or (0, 0, 0, 0)
    assert (users, history, food) == (USERS, HISTORY_ROWS, FOOD_ENTRIES)
    assert 0 < due < 100  # "due now" is a selective query, as in production
