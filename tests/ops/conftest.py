"""Fixtures of the operations tests: a filled database, its backup and the key that signed it."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from healthbot.backup import BackupKey, create_backup, load_or_create_key
from healthbot.db.migrations import apply_migrations
from healthbot.db.tools import Target
from tests.ops.fill import fill
from tests.support.databases import create_database, drop_database


@pytest.fixture(scope="module")
def source_url(postgres_admin_url: str) -> Iterator[str]:
    """A migrated database with rows in every table (read only: tests do not change it)."""
    url = create_database(postgres_admin_url)
    asyncio.run(apply_migrations(url))
    fill(url)
    yield url
    drop_database(postgres_admin_url, url)


@pytest.fixture(scope="module")
def key(tmp_path_factory: pytest.TempPathFactory) -> BackupKey:
    """This installation's backup key."""
    return load_or_create_key(tmp_path_factory.mktemp("key") / "backup_key")


@pytest.fixture(scope="module")
def backup_file(source_url: str, key: BackupKey, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A backup of `source_url`."""
    path = tmp_path_factory.mktemp("backup") / "source.backup"
    create_backup(Target.from_url(source_url), path, key)
    return path


@pytest.fixture
def new_database(postgres_admin_url: str) -> Iterator[str]:
    """An empty database (no tables), dropped after the test."""
    url = create_database(postgres_admin_url)
    yield url
    drop_database(postgres_admin_url, url)


@pytest.fixture
def other_database(postgres_admin_url: str) -> Iterator[str]:
    """A migrated database holding other data than the backup."""
    url = create_database(postgres_admin_url)
    asyncio.run(apply_migrations(url))
    with psycopg.connect(url) as conn:
        conn.execute("INSERT INTO users (id, first_name) VALUES (7, 'Other')")
        conn.execute("CREATE TABLE extra (id int)")
    yield url
    drop_database(postgres_admin_url, url)
