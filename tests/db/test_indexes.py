"""The hot queries use the indexes meant for them, on a database filled with realistic volumes.

This checks plans, not timings: `EXPLAIN (FORMAT JSON)` of each query, with the parameters
the bot would send, must name the intended index.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import psycopg
import pytest

from healthbot.db.migrations import apply_migrations
from tests.support.databases import create_database, drop_database
from tests.support.hot_queries import FIRST_USER, HOT_QUERIES, NOW

USERS = 2_000
HISTORY_ROWS = 200_000
FOOD_ENTRIES = 100_000

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


async def test_an_awards_daily_cap_reads_the_last_day_from_the_index_alone(
    filled_db: psycopg.AsyncConnection[Any],
) -> None:
    # The cap's read in the award (gamification/award_sql.AWARD's `added`), planned as the
    # award runs it: on a generic plan (its LOCK sets force_generic_plan).
    cur = await filled_db.execute(
        "EXPLAIN (GENERIC_PLAN, FORMAT JSON) SELECT count(*) FROM xp_events"
        " WHERE user_id = $1 AND reason = $2 AND amount > 0"
        " AND created_at > $3::timestamptz - interval '1 day'"
    )
    row = await cur.fetchone()
    assert row is not None
    nodes = list(plan_nodes(row[0][0]["Plan"]))
    summary = [(node["Node Type"], node.get("Index Name")) for node in nodes]
    assert any(
        node.get("Index Name") == "xp_events_user_reason_at_idx"
        and node["Node Type"] == "Index Only Scan"
        for node in nodes
    ), f"plan: {summary}"
