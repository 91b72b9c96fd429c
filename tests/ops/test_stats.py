"""`healthbot stats`: one aligned line per table with its size, rows and oldest row."""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from healthbot.db.migrations import apply_migrations, load_migrations
from tests.support.backups import ROOT, healthbot
from tests.support.databases import create_database, drop_database


@pytest.fixture
def stats_database(postgres_admin_url: str) -> Iterator[str]:
    url = create_database(postgres_admin_url)
    asyncio.run(apply_migrations(url))
    with psycopg.connect(url) as conn:
        conn.execute("INSERT INTO users (id, created_at) VALUES (1, '2024-03-01 10:00:00+00')")
        conn.execute(
            "INSERT INTO conversation_history (user_id, role, content, created_at)"
            " SELECT 1, 'user', 'x', timestamptz '2024-05-06 07:08:09+00' + g * interval '1 day'"
            " FROM generate_series(0, 2499) g"
        )
    yield url
    drop_database(postgres_admin_url, url)


def test_stats_lists_every_table_with_its_size_rows_and_oldest_row(
    stats_database: str, tmp_path: Path
) -> None:
    result = healthbot("stats", url=stats_database, data_dir=tmp_path)
    assert (result.returncode, result.stderr) == (0, "")
    lines = result.stdout.splitlines()
    header, *tables, total = lines
    assert header.split() == ["table", "size", "rows", "oldest", "row"]
    by_name = {line.split()[0]: line for line in tables}
    with psycopg.connect(stats_database) as conn:
        names = {
            r[0]
            for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        }
    assert set(by_name) == names
    # Biggest first, so the history (2,500 rows) leads.
    assert tables[0].split()[0] == "conversation_history"
    assert re.fullmatch(
        r"conversation_history +\d+\.\d (kB|MB) +2,500 +2024-05-06 07:08:09\+00:00 \(created_at\)",
        by_name["conversation_history"],
    )
    assert by_name["users"].endswith("2024-03-01 10:00:00+00:00 (created_at)")
    assert by_name["food_entries"].endswith("- (created_at; empty)")
    assert by_name["food_entry_items"].split()[-1] == "-"  # no date column
    # Aligned: the size and rows columns end at the same place on every line.
    row = re.compile(r"(\S+) +(\S+(?: \S+)?) +(\S+)")
    assert len({(m.end(2), m.end(3)) for m in map(row.match, lines) if m}) == 1
    rows = 2500 + 1 + len(load_migrations())  # the history, the user, schema_migrations
    assert total.split()[0] == "total" and total.split()[3] == f"{rows:,}"


def test_an_unreachable_database_fails_stats_in_one_line(tmp_path: Path) -> None:
    result = healthbot("stats", url=f"postgresql://postgres@/nosuchdb?host={tmp_path}",
                       data_dir=tmp_path)  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("healthbot: cannot reach the database: ")


def test_stats_into_a_reader_that_stopped_is_no_error(stats_database: str, tmp_path: Path) -> None:
    # `healthbot stats | head -1`, the reader gone before the table is printed.
    env = {k: v for k, v in os.environ.items() if not k.startswith("HEALTHBOT_")}
    env |= {"HEALTHBOT_DATABASE__URL": stats_database, "HEALTHBOT_DATA_DIR": str(tmp_path)}
    with subprocess.Popen(
        [sys.executable, "-m", "healthbot", "stats"], cwd=ROOT, env=env,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    ) as process:  # fmt: skip
        assert process.stdout is not None and process.stderr is not None
        process.stdout.close()
        stderr = process.stderr.read().decode()
        process.wait(timeout=120)
    assert "Traceback" not in stderr and "unexpected error" not in stderr, stderr
    assert process.returncode == 1
