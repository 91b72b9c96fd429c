"""The migrations runner against a real PostgreSQL: apply, status, rollback, refusals, races."""

from __future__ import annotations

import asyncio
import logging
import shutil
from pathlib import Path

import psycopg
import pytest

from healthbot.db.migrations import (
    apply_migrations,
    find_sql_dir,
    load_migrations,
    migration_status,
    rollback_migrations,
)
from healthbot.errors import MigrationError

REPO_SQL = Path(__file__).resolve().parents[2] / "sql"


def public_tables(url: str) -> set[str]:
    """The tables in the public schema."""
    with psycopg.connect(url) as conn:
        rows = conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchall()
    return {row[0] for row in rows}


def recorded_versions(url: str) -> list[int]:
    """The versions in schema_migrations, in order."""
    with psycopg.connect(url) as conn:
        rows = conn.execute("SELECT version FROM schema_migrations ORDER BY version").fetchall()
    return [row[0] for row in rows]


def copy_sql(tmp_path: Path) -> Path:
    """A copy of the repository's first migration, for a test to add to and edit.

    Only 001: the tests add their own 002, whatever the repository has grown since.
    """
    target = tmp_path / "sql"
    target.mkdir()
    for name in ("001_initial.sql", "001_initial.down.sql"):
        shutil.copy(REPO_SQL / name, target / name)
    return target


def add_migration(directory: Path, filename: str, up: str, down: str = "SELECT 1;") -> None:
    """Write a migration and its rollback into `directory`."""
    (directory / filename).write_text(up)
    (directory / filename.replace(".sql", ".down.sql")).write_text(down)


def test_find_sql_dir_is_the_repository_folder_in_a_checkout() -> None:
    assert find_sql_dir() == REPO_SQL


def test_every_migration_has_a_rollback_and_versions_are_contiguous() -> None:
    migrations = load_migrations()
    assert [m.version for m in migrations] == list(range(1, len(migrations) + 1))
    assert migrations[0].filename == "001_initial.sql"
    assert all(m.rollback_path.is_file() for m in migrations)


async def test_apply_status_rollback_and_apply_again(empty_database_url: str) -> None:
    url = empty_database_url
    expected = load_migrations()

    status = await migration_status(url)
    assert [s.version for s in status] == [m.version for m in expected]
    assert not any(s.applied for s in status)

    applied = await apply_migrations(url)
    assert [m.version for m in applied] == [m.version for m in expected]
    assert {
        "users",
        "conversation_history",
        "food_entries",
        "reminders",
        "update_inbox",
        "outbox",
        "user_gamification",
    } <= public_tables(url)
    status = await migration_status(url)
    assert all(s.applied and s.checksum_ok for s in status)
    assert await apply_migrations(url) == []

    rolled_back = await rollback_migrations(url, steps=len(expected))
    assert [m.version for m in rolled_back] == [m.version for m in reversed(expected)]
    assert public_tables(url) == {"schema_migrations"}
    assert recorded_versions(url) == []
    with psycopg.connect(url) as conn:
        assert conn.execute(
            "SELECT count(*) FROM pg_extension WHERE extname = 'vector'"
        ).fetchone() == (0,)
    assert not any(s.applied for s in await migration_status(url))

    assert [m.version for m in await apply_migrations(url)] == [m.version for m in expected]
    assert recorded_versions(url) == [m.version for m in expected]


async def test_rollback_takes_the_newest_first_and_only_as_many_as_asked(
    tmp_path: Path, empty_database_url: str
) -> None:
    directory = copy_sql(tmp_path)
    add_migration(directory, "002_notes.sql", "CREATE TABLE notes (id int);", "DROP TABLE notes;")
    await apply_migrations(empty_database_url, directory)

    rolled_back = await rollback_migrations(empty_database_url, steps=1, directory=directory)
    assert [m.filename for m in rolled_back] == ["002_notes.sql"]
    assert recorded_versions(empty_database_url) == [1]
    assert "notes" not in public_tables(empty_database_url)
    assert "users" in public_tables(empty_database_url)
    assert await rollback_migrations(empty_database_url, steps=0, directory=directory) == []


async def test_a_migration_changed_after_it_was_applied_is_refused(
    tmp_path: Path, empty_database_url: str
) -> None:
    directory = copy_sql(tmp_path)
    await apply_migrations(empty_database_url, directory)
    add_migration(directory, "002_notes.sql", "CREATE TABLE notes (id int);")
    with (directory / "001_initial.sql").open("a") as sql:
        sql.write("\nCREATE TABLE sneaky (id int);\n")

    with pytest.raises(
        MigrationError,
        match=r"sql/001_initial\.sql was changed after it was "
        r"applied \(checksum ",
    ):
        await apply_migrations(empty_database_url, directory)
    # Refused before anything ran: 002 is not applied either.
    assert recorded_versions(empty_database_url) == [1]
    assert "notes" not in public_tables(empty_database_url)
    with pytest.raises(MigrationError, match="was changed"):
        await rollback_migrations(empty_database_url, steps=1, directory=directory)
    status = await migration_status(empty_database_url, directory)
    assert [(s.version, s.checksum_ok, s.applied) for s in status] == [
        (1, False, True),
        (2, True, False),
    ]


async def test_an_applied_version_without_its_file_is_refused(
    tmp_path: Path, empty_database_url: str
) -> None:
    directory = copy_sql(tmp_path)
    add_migration(directory, "002_notes.sql", "CREATE TABLE notes (id int);")
    await apply_migrations(empty_database_url, directory)
    (directory / "002_notes.sql").unlink()
    (directory / "002_notes.down.sql").unlink()

    with pytest.raises(MigrationError, match=r"002_notes\.sql is applied but its file is missing"):
        await apply_migrations(empty_database_url, directory)
    status = await migration_status(empty_database_url, directory)
    assert [(s.version, s.name, s.checksum_ok) for s in status] == [
        (1, "initial", True),
        (2, "notes", False),
    ]


async def test_a_missing_rollback_file_is_refused(tmp_path: Path, empty_database_url: str) -> None:
    directory = copy_sql(tmp_path)
    (directory / "002_notes.sql").write_text("CREATE TABLE notes (id int);")

    with pytest.raises(
        MigrationError,
        match=r"sql/002_notes\.sql has no rollback file "
        r"sql/002_notes\.down\.sql",
    ):
        await apply_migrations(empty_database_url, directory)
    assert public_tables(empty_database_url) == set()


@pytest.mark.parametrize(
    ("files", "message"),
    [
        (["001_a.sql", "001_a.down.sql", "003_c.sql", "003_c.down.sql"], "without gaps"),
        (["002_b.sql", "002_b.down.sql"], "without gaps"),
        (["001_a.sql", "001_a.down.sql", "001_b.sql", "001_b.down.sql"], "also used by"),
        (["001_a.sql", "001_a.down.sql", "002_b.down.sql"], "rollback without its migration"),
        (["1_a.sql", "1_a.down.sql"], "not a migration file name"),
        (["001_a.sql", "001_b.down.sql"], "has no rollback file"),
    ],
)
def test_badly_named_migration_files_are_refused(
    tmp_path: Path, files: list[str], message: str
) -> None:
    for name in files:
        (tmp_path / name).write_text("SELECT 1;")
    with pytest.raises(MigrationError, match=message):
        load_migrations(tmp_path)


async def test_concurrent_runs_serialize_and_apply_each_migration_once(
    tmp_path: Path, empty_database_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    directory = copy_sql(tmp_path)
    # Long enough that the second run surely arrives while the first holds the lock.
    add_migration(directory, "002_slow.sql", "SELECT pg_sleep(0.5);")
    caplog.set_level(logging.INFO, logger="healthbot.db.migrations")

    first, second = await asyncio.gather(
        apply_migrations(empty_database_url, directory),
        apply_migrations(empty_database_url, directory),
    )

    results = sorted([[m.version for m in first], [m.version for m in second]])
    assert results == [[], [1, 2]]
    assert recorded_versions(empty_database_url) == [1, 2]
    assert "another process is running migrations" in caplog.text


async def test_a_broken_migration_leaves_the_earlier_ones_applied(
    tmp_path: Path, empty_database_url: str
) -> None:
    directory = copy_sql(tmp_path)
    add_migration(
        directory,
        "002_broken.sql",
        "CREATE TABLE half_done (id int);\n\nALTER TABLE no_such_table ADD COLUMN x int;\n",
    )

    with pytest.raises(MigrationError) as caught:
        await apply_migrations(empty_database_url, directory)

    assert str(caught.value).startswith('002_broken.sql: relation "no_such_table" does not exist')
    assert caught.value.__cause__ is None
    assert caught.value.__suppress_context__
    assert recorded_versions(empty_database_url) == [1]
    tables = public_tables(empty_database_url)
    assert "users" in tables
    assert "half_done" not in tables  # 002 rolled back as a whole
    status = await migration_status(empty_database_url, directory)
    assert [(s.version, s.applied) for s in status] == [(1, True), (2, False)]


async def test_a_syntax_error_names_the_file_and_line(
    tmp_path: Path, empty_database_url: str
) -> None:
    directory = tmp_path / "sql"
    directory.mkdir()
    typo = "CREATE TABLE a (id int);\n\nCREAT TABLE b (id int);\n"
    add_migration(directory, "001_typo.sql", typo)

    with pytest.raises(
        MigrationError,
        match=r'^001_typo\.sql: syntax error at or near "CREAT" '
        r"\(line 3\)$",
    ):
        await apply_migrations(empty_database_url, directory)
    assert recorded_versions(empty_database_url) == []
