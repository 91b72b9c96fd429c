"""007_gamification: applies, rolls back to exactly the schema before it, applies again; and
the weekly leaderboard reads xp_events through its week index."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest

from healthbot.db.migrations import apply_migrations, find_sql_dir, rollback_migrations
from healthbot.gamification.repository import BOARD_SQL
from tests.support.databases import create_database, drop_database
from tests.support.gamification import OWN_VERSION

SNAPSHOT = (
    "SELECT 'column', table_name || '.' || column_name || ' ' || data_type || ' '"
    " || coalesce(generation_expression, '') || coalesce(column_default, '')"
    " FROM information_schema.columns WHERE table_schema = 'public'"
    " UNION ALL SELECT 'index', indexdef FROM pg_indexes WHERE schemaname = 'public'"
    " UNION ALL SELECT 'constraint', conrelid::regclass || ' ' || pg_get_constraintdef(oid)"
    " FROM pg_constraint WHERE connamespace = 'public'::regnamespace"
    " UNION ALL SELECT 'rows', 'achievements ' || count(*) FROM achievements"
    " ORDER BY 1, 2"
)


def migrations_up_to(tmp_path: Path, last: int) -> Path:
    """A copy of sql/ up to `last`, with an empty stand-in for each number not written yet."""
    target = tmp_path / f"sql_{last}"
    target.mkdir()
    present = set()
    for path in find_sql_dir().glob("*.sql"):
        if int(path.name[:3]) <= last:
            shutil.copy(path, target / path.name)
            present.add(int(path.name[:3]))
    for version in set(range(1, last + 1)) - present:
        (target / f"{version:03d}_standin.sql").write_text("SELECT 1;\n")
        (target / f"{version:03d}_standin.down.sql").write_text("SELECT 1;\n")
    return target


def snapshot(url: str) -> list[tuple[str, str]]:
    with psycopg.connect(url) as conn:
        return [(kind, text) for kind, text in conn.execute(SNAPSHOT).fetchall()]


@pytest.fixture
def url(postgres_admin_url: str) -> Iterator[str]:
    """A new, empty database."""
    created = create_database(postgres_admin_url)
    yield created
    drop_database(postgres_admin_url, created)


async def test_007_rolls_back_to_the_schema_before_it_and_applies_again(
    tmp_path: Path, url: str
) -> None:
    before_dir = migrations_up_to(tmp_path, OWN_VERSION - 1)
    with_dir = migrations_up_to(tmp_path, OWN_VERSION)
    await apply_migrations(url, before_dir)
    before = snapshot(url)
    applied = await apply_migrations(url, with_dir)
    assert [m.filename for m in applied] == ["007_gamification.sql"]
    after = snapshot(url)
    added = set(after) - set(before)
    assert any("level_ups.xp_event_id" in text for _, text in added)
    assert any("xp_events.week date" in text and "date_trunc" in text for _, text in added)
    assert any("xp_events_week_user_idx" in text for _, text in added)

    rolled_back = await rollback_migrations(url, steps=1, directory=with_dir)
    assert [m.filename for m in rolled_back] == ["007_gamification.sql"]
    assert snapshot(url) == before
    await apply_migrations(url, with_dir)
    assert snapshot(url) == after


async def test_the_week_column_is_the_utc_monday_of_the_award(tmp_path: Path, url: str) -> None:
    await apply_migrations(url, migrations_up_to(tmp_path, OWN_VERSION))
    with psycopg.connect(url) as conn:
        conn.execute("INSERT INTO users (id, first_name) VALUES (1, 'A')")
        for n, at in enumerate(
            [
                "2031-03-09 23:59:59+00",  # Sunday: the week before
                "2031-03-10 00:00:00+00",  # Monday 00:00 UTC
                "2031-03-10 01:00:00+05",  # Sunday 20:00 UTC
                "2031-03-16 23:59:59-00",  # Sunday, the end of the week
            ]
        ):
            conn.execute(
                "INSERT INTO xp_events (user_id, amount, reason, source_ref, created_at)"
                " VALUES (1, 5, 'water', %s, %s)",
                (str(n), at),
            )
        weeks = conn.execute("SELECT week FROM xp_events ORDER BY source_ref").fetchall()
    assert [week.isoformat() for (week,) in weeks] == [
        "2031-03-03",
        "2031-03-10",
        "2031-03-03",
        "2031-03-10",
    ]


async def test_a_members_weekly_xp_is_read_through_the_week_index(tmp_path: Path, url: str) -> None:
    await apply_migrations(url, migrations_up_to(tmp_path, OWN_VERSION))
    week = datetime(2031, 3, 10, tzinfo=UTC)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(
            "INSERT INTO users (id, first_name) SELECT g, 'U' || g FROM generate_series(1, 2000) g"
        )
        conn.execute(
            "INSERT INTO user_gamification (user_id, leaderboard_opt_in)"
            " SELECT g, g % 20 = 0 FROM generate_series(1, 2000) g"
        )
        # 40 events per user over 20 weeks.
        conn.execute(
            "INSERT INTO xp_events (user_id, amount, reason, source_ref, created_at)"
            " SELECT 1 + g %% 2000, 5, 'water', g::text, %s - (g %% 20) * interval '7 days'"
            " FROM generate_series(1, 80000) g",
            (week,),
        )
        conn.execute("VACUUM ANALYZE")
        plan = "\n".join(
            row[0]
            for row in conn.execute(
                "EXPLAIN " + BOARD_SQL,
                {"week": week.date(), "limit": 10, "user_id": 20},
            ).fetchall()
        )
    assert "Index Only Scan using xp_events_week_user_idx" in plan, plan
    assert "Seq Scan on xp_events" not in plan, plan
