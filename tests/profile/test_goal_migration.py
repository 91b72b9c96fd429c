"""014_goal_pace: the weekly pace gets its column; paces kept in the profile's preferences
before it move into it, and back on a rollback."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import psycopg
import pytest

from healthbot.db.migrations import apply_migrations, find_sql_dir, rollback_migrations
from tests.support.databases import create_database, drop_database

ROW = "SELECT preferences FROM user_profiles WHERE user_id = 1"


def migrations_up_to(tmp_path: Path, last: int) -> Path:
    """A copy of sql/ up to version `last`."""
    target = tmp_path / f"sql_{last}"
    target.mkdir()
    for path in find_sql_dir().glob("*.sql"):
        if int(path.name[:3]) <= last:
            shutil.copy(path, target / path.name)
    return target


@pytest.fixture
def url(postgres_admin_url: str) -> Iterator[str]:
    """A new, empty database."""
    created = create_database(postgres_admin_url)
    yield created
    drop_database(postgres_admin_url, created)


async def test_014_moves_the_paces_into_their_column_and_back(tmp_path: Path, url: str) -> None:
    await apply_migrations(url, migrations_up_to(tmp_path, 13))
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("INSERT INTO users (id, first_name) VALUES (1, 'A'), (2, 'B')")
        conn.execute(
            "INSERT INTO user_profiles (user_id, preferences) VALUES"
            " (1, '{\"weekly_pace_kg\": 0.454, \"other\": 1}'), (2, '{}')"
        )
    with_014 = migrations_up_to(tmp_path, 14)
    applied = await apply_migrations(url, with_014)
    assert [m.filename for m in applied] == ["014_goal_pace.sql"]
    with psycopg.connect(url, autocommit=True) as conn:
        rows = conn.execute(
            "SELECT user_id, weekly_pace_kg, preferences FROM user_profiles ORDER BY 1"
        ).fetchall()
        assert rows == [(1, Decimal("0.454"), {"other": 1}), (2, None, {})]
        with pytest.raises(psycopg.errors.CheckViolation):
            conn.execute("UPDATE user_profiles SET weekly_pace_kg = 2 WHERE user_id = 2")
    await rollback_migrations(url, steps=1, directory=with_014)
    with psycopg.connect(url, autocommit=True) as conn:
        assert conn.execute(ROW).fetchone() == ({"weekly_pace_kg": 0.454, "other": 1},)
        columns = conn.execute(
            "SELECT column_name FROM information_schema.columns"
            " WHERE table_name = 'user_profiles' AND column_name = 'weekly_pace_kg'"
        ).fetchall()
        assert columns == []
