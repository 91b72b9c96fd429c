"""The plans of the one-tap reads on a database of many users with months of logs: the
recent foods reach a user's rows through an index (food_entries and food_entry_items are
never scanned whole), and a saved meal's name through its unique index."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg
import pytest
from psycopg.rows import class_row

from healthbot.db.migrations import apply_migrations
from healthbot.meals.recents import RECENT_QUERY, RecentRow, by_meal
from healthbot.meals.saved import SAVED_LIST
from healthbot.when import Meal
from tests.support.databases import fresh_database

USERS = 400
DAYS = 90
NOW = datetime(2026, 3, 10, 12, tzinfo=UTC)
FIRST = 300_000_000

FILL = [
    "INSERT INTO users (id, first_name)"
    " SELECT %(first)s + g, 'U' FROM generate_series(1, %(users)s) g",
    # Three entries a day per user for DAYS days, one in 40 deleted, each of one or two items.
    """
    INSERT INTO food_entries (user_id, eaten_at, local_date, meal, description, kcal, deleted_at)
    SELECT %(first)s + u, t, t::date, (ARRAY['breakfast', 'lunch', 'dinner'])[1 + m], 'x', 300,
           CASE WHEN (u + d + m) %% 40 = 0 THEN t END
    FROM generate_series(1, %(users)s) u, generate_series(1, %(days)s) d, generate_series(0, 2) m,
         LATERAL (SELECT %(now)s - d * interval '1 day' + m * interval '5 hours' AS t) ts
    """,
    """
    INSERT INTO food_entry_items (entry_id, user_id, position, food_name, usda_id, typed, grams,
                                  kcal)
    SELECT e.id, e.user_id, i, 'food ' || ((e.id + i) %% 12),
           lpad(((e.id + i) %% 12)::text, 5, '0'), 'some', 50 * (1 + e.id %% 3), 100
    FROM food_entries e, generate_series(0, e.id::int %% 2) AS i
    """,
    """
    INSERT INTO saved_meals (user_id, name, items, kcal)
    SELECT %(first)s + u, 'Meal ' || n, '[]', 0
    FROM generate_series(1, %(users)s) u, generate_series(1, 5) n
    """,
]


@pytest.fixture(scope="module")
def url(postgres_admin_url: str) -> Iterator[str]:
    with fresh_database(postgres_admin_url) as url:
        yield url


@pytest.fixture(scope="module")
async def filled(url: str) -> AsyncIterator[psycopg.AsyncConnection[Any]]:
    await apply_migrations(url)
    params = {"first": FIRST, "users": USERS, "days": DAYS, "now": NOW}
    conn = await psycopg.AsyncConnection.connect(url, autocommit=True)
    try:
        for statement in FILL:
            await conn.execute(statement, params)
        await conn.execute("VACUUM (ANALYZE)")
        yield conn
    finally:
        await conn.close()


def nodes(node: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield node
    for child in node.get("Plans", []):
        yield from nodes(child)


async def plan(conn: psycopg.AsyncConnection[Any], sql: str, params: dict[str, Any]) -> list[Any]:
    cursor = await conn.execute("EXPLAIN (FORMAT JSON) " + sql, params)
    row = await cursor.fetchone()
    assert row is not None
    return [
        (n["Node Type"], n.get("Index Name"), n.get("Relation Name"))
        for n in nodes(row[0][0]["Plan"])
    ]


async def test_the_recent_foods_read_one_users_rows_by_index(
    filled: psycopg.AsyncConnection[Any],
) -> None:
    params = {"user_id": FIRST + 7, "limit": 6, "since": NOW - timedelta(days=60)}
    found = await plan(filled, RECENT_QUERY, params)
    scanned = {relation for kind, _, relation in found if kind == "Seq Scan"}
    assert not scanned & {"food_entries", "food_entry_items"}, found
    indexes = {index for _, index, _ in found if index}
    assert indexes & {"food_entries_user_eaten_idx", "food_entry_items_user_food_idx"}, found
    cursor = filled.cursor(row_factory=class_row(RecentRow))
    await cursor.execute(RECENT_QUERY, params)
    found = by_meal(await cursor.fetchall())
    assert [len(found.of(meal)) for meal in Meal] == [6, 6, 6, 6]
    assert {food.at_this_meal for food in found.of(Meal.SNACK)} == {0}  # then by times at all


async def test_a_users_saved_meals_are_read_on_the_unique_index(
    filled: psycopg.AsyncConnection[Any],
) -> None:
    found = await plan(filled, SAVED_LIST, {"user_id": FIRST + 7})
    assert any(index == "saved_meals_user_name_key" for _, index, _ in found), found
    assert not any(kind == "Seq Scan" for kind, _, _ in found), found
