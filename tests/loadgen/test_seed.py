"""`loadgen seed` fills a database with consistent, skewed data; `loadgen queries` measures it."""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import statistics
from collections.abc import AsyncIterator
from dataclasses import asdict
from typing import Any

import psycopg
import pytest

from healthbot.gamification import levels
from loadgen import queries, seed
from loadgen.queries import HOT_QUERIES, run_benchmark
from loadgen.seed import SEEDED_TABLES, DatabaseNotEmptyError, SeedReport, seed_database
from tests.support.databases import create_database, drop_database
from tests.support.hot_queries import HOT_QUERIES as INDEX_TEST_QUERIES

USERS = 200
HISTORY = 5_000


def test_the_seeded_levels_follow_the_daemons_curve() -> None:
    assert seed.LEVEL_XP_STEP == levels.XP_STEP
    for xp in [*range(0, 20_001), 10**9, 10**15 + 7]:
        assert seed.level_for_xp(xp) == levels.level_for_xp(xp), xp


@pytest.fixture(scope="module")
async def seeded(postgres_admin_url: str) -> AsyncIterator[tuple[str, SeedReport]]:
    """A database seeded once for the read-only tests of this module."""
    url = create_database(postgres_admin_url)
    try:
        yield url, await seed_database(url, users=USERS, history=HISTORY, seed=1)
    finally:
        drop_database(postgres_admin_url, url)


async def fetch_all(url: str, query: str) -> list[tuple[Any, ...]]:
    async with await psycopg.AsyncConnection.connect(url) as conn:
        cur = await conn.execute(query.encode())
        return await cur.fetchall()


async def fetch_value(url: str, query: str) -> Any:
    return (await fetch_all(url, query))[0][0]


async def test_every_table_gets_the_requested_volume(seeded: tuple[str, SeedReport]) -> None:
    url, report = seeded
    counts = {
        table: await fetch_value(url, f"SELECT count(*) FROM {table}") for table in SEEDED_TABLES
    }
    assert counts == report.rows
    assert counts["users"] == USERS
    assert counts["conversation_history"] == HISTORY
    assert counts["food_entries"] == HISTORY // 5
    assert counts["water_logs"] == HISTORY // 8
    assert counts["weight_logs"] == HISTORY // 50
    assert counts["update_inbox"] == HISTORY // 10
    assert all(counts.values()), counts
    assert counts["food_entry_items"] > counts["food_entries"]  # 1 to 4 items each


@pytest.mark.parametrize(
    "orphans",
    [
        pytest.param(
            "SELECT count(*) FROM food_entry_items AS i LEFT JOIN food_entries AS e"
            " ON e.id = i.entry_id AND e.user_id = i.user_id WHERE e.id IS NULL",
            id="every item's entry exists, with the same user",
        ),
        pytest.param(
            "SELECT count(*) FROM food_entries AS e"
            " WHERE NOT EXISTS (SELECT 1 FROM food_entry_items AS i WHERE i.entry_id = e.id)",
            id="every entry has items",
        ),
        pytest.param(
            "SELECT count(*) FROM food_entries AS e JOIN ("
            " SELECT entry_id, sum(kcal) AS kcal, sum(protein_g) AS protein_g"
            " FROM food_entry_items GROUP BY entry_id) AS s ON s.entry_id = e.id"
            " WHERE abs(e.kcal - s.kcal) > 0.05 OR abs(e.protein_g - s.protein_g) > 0.05",
            id="an entry's totals are the sum of its items",
        ),
        pytest.param(
            "SELECT count(*) FROM users AS u LEFT JOIN user_gamification AS g"
            " ON g.user_id = u.id WHERE g.user_id IS NULL",
            id="every user has a gamification row",
        ),
        pytest.param(
            "SELECT count(*) FROM user_gamification AS g LEFT JOIN users AS u ON u.id = g.user_id"
            " WHERE u.id IS NULL",
            id="every gamification row's user exists",
        ),
        pytest.param(
            "SELECT count(*) FROM user_gamification AS g WHERE g.total_xp <>"
            " (SELECT coalesce(sum(amount), 0) FROM xp_events AS x WHERE x.user_id = g.user_id)",
            id="total XP is the sum of the user's XP events",
        ),
        pytest.param(
            "SELECT count(*) FROM user_achievements AS a WHERE NOT EXISTS (SELECT 1 FROM"
            " xp_events AS x WHERE x.user_id = a.user_id AND x.source_ref = a.code)",
            id="every achievement awarded its XP",
        ),
        pytest.param(
            "SELECT count(*) FROM conversation_history AS h JOIN users AS u ON u.id = h.user_id"
            " WHERE h.created_at < u.created_at",
            id="no message before its user signed up",
        ),
        pytest.param(
            "SELECT count(*) FROM food_entries AS e JOIN users AS u ON u.id = e.user_id"
            " WHERE e.eaten_at < u.created_at OR e.eaten_at > now()",
            id="meals within the user's lifetime",
        ),
        pytest.param(
            "SELECT count(*) FROM outbox AS o LEFT JOIN update_inbox AS i USING (update_id)"
            " WHERE i.update_id IS NULL",
            id="every reply's update exists",
        ),
        pytest.param(
            "SELECT count(*) FROM reminders WHERE active AND next_run_at IS NULL",
            id="active reminders are scheduled",
        ),
    ],
)
async def test_rows_are_consistent(seeded: tuple[str, SeedReport], orphans: str) -> None:
    url, _ = seeded
    assert await fetch_value(url, orphans) == 0


async def test_every_table_of_users_points_at_existing_users(
    seeded: tuple[str, SeedReport],
) -> None:
    url, _ = seeded
    for table in SEEDED_TABLES:
        if table in {"users", "achievements", "outbox"}:
            continue
        missing = await fetch_value(
            url,
            f"SELECT count(*) FROM {table} AS t LEFT JOIN users AS u ON u.id = t.user_id"
            " WHERE u.id IS NULL",
        )
        assert missing == 0, table


async def test_roles_alternate_in_each_conversation(seeded: tuple[str, SeedReport]) -> None:
    url, _ = seeded
    rows = await fetch_all(
        url,
        "SELECT user_id, string_agg(left(role, 1), '' ORDER BY id) FROM conversation_history"
        " GROUP BY user_id",
    )
    for user_id, roles in rows:
        assert re.fullmatch(r"(ua)*u?", roles), (user_id, roles[:40])


async def test_activity_is_skewed(seeded: tuple[str, SeedReport]) -> None:
    url, _ = seeded
    per_user = [
        count
        for (count,) in await fetch_all(
            url,
            "SELECT count(h.id) FROM users AS u"
            " LEFT JOIN conversation_history AS h ON h.user_id = u.id GROUP BY u.id",
        )
    ]
    median = statistics.median(per_user)
    assert max(per_user) >= 10 * median, (max(per_user), median)
    # The heavy users are a few: the top 5% of users hold under 60% of the messages.
    top = sorted(per_user, reverse=True)[: USERS // 20]
    assert sum(top) < 0.6 * HISTORY


async def test_the_data_looks_like_production(seeded: tuple[str, SeedReport]) -> None:
    url, _ = seeded
    longest, average = (
        await fetch_all(
            url, "SELECT max(length(content)), avg(length(content)) FROM conversation_history"
        )
    )[0]
    assert 2_500 <= longest <= 4_096
    assert 50 <= average <= 1_000
    assert await fetch_value(url, "SELECT count(*) FROM users WHERE is_blocked") > 0
    assert await fetch_value(url, "SELECT count(DISTINCT timezone) FROM users") > 5
    assert await fetch_value(url, "SELECT count(DISTINCT language_code) FROM users") > 5
    statuses = dict(await fetch_all(url, "SELECT status, count(*) FROM update_inbox GROUP BY 1"))
    assert statuses["done"] > 0.9 * HISTORY // 10
    assert statuses.get("pending", 0) + statuses.get("processing", 0) > 0
    active = dict(await fetch_all(url, "SELECT active, count(*) FROM reminders GROUP BY 1"))
    assert active[True] > active[False] > 0
    # Active reminders fire within the next day, so only a few are due at once.
    due = await fetch_value(
        url,
        "SELECT count(*) FILTER (WHERE next_run_at <= (SELECT max(last_seen_at) FROM users))"
        " * 1.0 / count(*) FROM reminders WHERE active",
    )
    assert due < 0.05
    # Meals sit at local meal times: breakfast in the morning of the user's timezone.
    morning = await fetch_value(
        url,
        "SELECT count(*) FILTER (WHERE extract(hour FROM e.eaten_at AT TIME ZONE u.timezone)"
        " BETWEEN 5 AND 11) * 1.0 / count(*) FROM food_entries AS e"
        " JOIN users AS u ON u.id = e.user_id WHERE e.meal = 'breakfast'",
    )
    assert morning > 0.9


async def test_refuses_a_database_with_rows_unless_forced(empty_database_url: str) -> None:
    await seed_database(empty_database_url, users=20, history=100)
    with pytest.raises(DatabaseNotEmptyError, match="--force"):
        await seed_database(empty_database_url, users=30, history=200)
    assert await fetch_value(empty_database_url, "SELECT count(*) FROM users") == 20

    report = await seed_database(empty_database_url, users=30, history=200, force=True)
    assert report.rows["users"] == 30
    assert await fetch_value(empty_database_url, "SELECT count(*) FROM users") == 30
    assert await fetch_value(empty_database_url, "SELECT count(*) FROM conversation_history") == 200
    # Identity sequences continue after the copied ids.
    async with await psycopg.AsyncConnection.connect(empty_database_url) as conn:
        cur = await conn.execute(
            "INSERT INTO conversation_history (user_id, role, content)"
            " SELECT id, 'user', 'hi' FROM users LIMIT 1 RETURNING id"
        )
        assert await cur.fetchone() == (201,)


async def test_refuses_rows_it_did_not_write(empty_database_url: str) -> None:
    from healthbot.db.migrations import apply_migrations

    await apply_migrations(empty_database_url)
    async with await psycopg.AsyncConnection.connect(empty_database_url) as conn:
        await conn.execute("INSERT INTO users (id, first_name) VALUES (1, 'Real user')")
        await conn.commit()
    with pytest.raises(DatabaseNotEmptyError, match="users"):
        await seed_database(empty_database_url, users=5, history=10)


def _parse(module: Any, *argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="loadgen")
    module.add_parser(parser.add_subparsers())
    return parser.parse_args(list(argv))


async def test_command_line_seed(
    empty_database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    args = _parse(
        seed, "seed", "--users", "10", "--history", "50", "--database-url", empty_database_url
    )
    # `run` calls asyncio.run: give it a thread of its own, away from the test's loop.
    assert await asyncio.to_thread(args.func, args) == 0
    assert "conversation_history" in capsys.readouterr().out
    assert await asyncio.to_thread(args.func, args) == 1
    assert "--force" in capsys.readouterr().err
    forced = _parse(
        seed,
        "seed",
        "--users",
        "12",
        "--history",
        "50",
        "--force",
        "--database-url",
        empty_database_url,
    )
    assert await asyncio.to_thread(forced.func, forced) == 0
    assert await fetch_value(empty_database_url, "SELECT count(*) FROM users") == 12


async def test_the_benchmark_reports_every_hot_query(seeded: tuple[str, SeedReport]) -> None:
    url, _ = seeded
    report = await run_benchmark(url, iterations=25, warmup=3, concurrency=2, analyze=True)
    assert [result.name for result in report.results] == [query.name for query in HOT_QUERIES]
    assert (report.users, report.history_rows) == (USERS, HISTORY)
    for result in report.results:
        assert result.samples == 25
        assert 0 < result.p50_ms <= result.p95_ms <= result.p99_ms <= result.max_ms
        assert result.custom_plan.top
        assert result.generic_plan is not None  # PostgreSQL 16 shows generic plans
        assert "actual time=" in result.analysis
    by_name = {result.name: result for result in report.results}
    assert by_name["last 20 conversation messages"].mean_rows > 1
    assert by_name["XP leaderboard top 10"].mean_rows == 10
    json.dumps(asdict(report))  # the --json output


async def test_command_line_queries_writes_json(
    seeded: tuple[str, SeedReport], tmp_path: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    url, _ = seeded
    out = tmp_path / "queries.json"
    args = _parse(
        queries, "queries", "--database-url", url, "--iterations", "5", "--json", str(out)
    )
    # Exit code 1 would only mean a plan without its index: on 200 users, a seq scan of a
    # tiny table can be the planner's right choice, so this checks the output only.
    assert await asyncio.to_thread(args.func, args) in {0, 1}
    figures = json.loads(out.read_text())
    assert len(figures["results"]) == len(HOT_QUERIES)
    assert "p95 ms" in capsys.readouterr().out


def test_the_benchmark_runs_the_queries_whose_plans_are_tested() -> None:
    def normalized(text: str) -> str:
        return " ".join(text.split())

    tested = {name: (normalized(sql), index) for name, sql, _, index, _ in INDEX_TEST_QUERIES}
    benchmarked = {query.name: (normalized(query.sql), query.index) for query in HOT_QUERIES}
    for name, expected in tested.items():
        assert benchmarked.get(name) == expected, name
