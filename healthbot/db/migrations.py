"""The migrations runner: numbered `sql/NNN_name.sql` files, each with a `.down.sql` rollback.

Every run works on one dedicated connection that holds a session-level advisory lock for
the whole run, so two processes starting at once serialize: the second waits, then finds
nothing left to do. Each migration runs in its own transaction together with its row in
`schema_migrations`, so a failed migration leaves no trace and the earlier ones stay applied.
"""

from __future__ import annotations

import hashlib
import logging
import re
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import psycopg

import healthbot
from healthbot.errors import MigrationError
from healthbot.tables import Table

log = logging.getLogger(__name__)

TABLES: tuple[Table, ...] = (Table("schema_migrations", None, export=False),)
"""The runner's own table: no one's rows."""

# Key of the session-level advisory lock held by every run ("hbmigr" in ASCII). Fixed for
# good: processes of different versions must agree on it.
MIGRATION_LOCK_KEY = 0x6862_6D69_6772

_FILE_NAME = re.compile(r"(?P<version>\d{3})_(?P<name>[a-z0-9_]+)(?P<down>\.down)?\.sql")

Connection = psycopg.AsyncConnection[Any]


@dataclass(frozen=True)
class Migration:
    """One migration file with its rollback file."""

    version: int
    name: str
    path: Path
    rollback_path: Path
    checksum: str  # sha256 of the migration file (the rollback file is not part of it)
    sql: bytes = field(repr=False, compare=False)

    @property
    def filename(self) -> str:
        """The migration's file name, e.g. `001_initial.sql`."""
        return self.path.name

    @property
    def display(self) -> str:
        """The file as named in messages, e.g. `sql/001_initial.sql`."""
        return _display(self.path)


@dataclass(frozen=True)
class MigrationStatus:
    """Whether one migration is applied, and whether its file still matches what was applied.

    `checksum_ok` is True for a migration not applied yet (there is nothing to differ from)
    and False for an applied version whose file is gone.
    """

    version: int
    name: str
    applied_at: datetime | None
    checksum_ok: bool

    @property
    def applied(self) -> bool:
        """True once the migration is recorded in `schema_migrations`."""
        return self.applied_at is not None


@dataclass(frozen=True)
class _Applied:
    version: int
    name: str
    checksum: str
    applied_at: datetime


def find_sql_dir() -> Path:
    """The migrations folder: inside the installed package, else the repository's `sql/`."""
    package = Path(healthbot.__file__).parent
    for candidate in (package / "sql", package.parent / "sql"):
        if candidate.is_dir():
            return candidate
    raise MigrationError(
        f"no migrations folder: neither {package / 'sql'} nor {package.parent / 'sql'} exists"
    )


def load_migrations(directory: Path | None = None) -> list[Migration]:
    """Read and check the migration files of `directory`, ordered by version."""
    directory = find_sql_dir() if directory is None else directory
    if not directory.is_dir():
        raise MigrationError(f"no migrations folder at {directory}")
    ups: dict[int, Path] = {}
    downs: dict[int, Path] = {}
    for path in sorted(directory.glob("*.sql")):
        match = _FILE_NAME.fullmatch(path.name)
        if match is None:
            raise MigrationError(
                f"{_display(path)}: not a migration file name (NNN_name.sql or NNN_name.down.sql)"
            )
        version = int(match["version"])
        found = downs if match["down"] else ups
        if version in found:
            raise MigrationError(
                f"{_display(path)}: version {version:03d} is also used by "
                f"{_display(found[version])}"
            )
        found[version] = path
    migrations = []
    for expected, version in enumerate(sorted(ups), start=1):
        path = ups[version]
        if version != expected:
            raise MigrationError(
                f"{_display(path)}: versions must run 001, 002, ... without gaps; "
                f"expected {expected:03d}"
            )
        rollback = path.with_name(path.name.removesuffix(".sql") + ".down.sql")
        if downs.pop(version, None) != rollback:
            raise MigrationError(f"{_display(path)} has no rollback file {_display(rollback)}")
        sql = path.read_bytes()
        migrations.append(
            Migration(
                version=version,
                name=path.name.removesuffix(".sql").split("_", 1)[1],
                path=path,
                rollback_path=rollback,
                checksum=hashlib.sha256(sql).hexdigest(),
                sql=sql,
            )
        )
    for path in downs.values():
        raise MigrationError(f"{_display(path)} is a rollback without its migration file")
    return migrations


async def apply_migrations(conninfo: str, directory: Path | None = None) -> list[Migration]:
    """Apply every migration not applied yet, in order; return those applied by this call."""
    migrations = load_migrations(directory)
    applied_now: list[Migration] = []
    async with await _connect(conninfo) as conn:
        await _lock(conn)
        try:
            await _ensure_table(conn)
            applied = await _check_applied(conn, migrations)
            for migration in migrations:
                if migration.version in applied:
                    continue
                log.info("applying migration %s", migration.filename)
                start = time.perf_counter()
                try:
                    async with conn.transaction():
                        await conn.execute(migration.sql)
                        await conn.execute(
                            "INSERT INTO schema_migrations (version, name, checksum, applied_at)"
                            " VALUES (%s, %s, %s, now())",
                            (migration.version, migration.name, migration.checksum),
                        )
                except psycopg.Error as exc:
                    raise _sql_error(migration.filename, migration.sql, exc) from None
                log.info(
                    "applied migration %s in %.0f ms",
                    migration.filename,
                    (time.perf_counter() - start) * 1000,
                )
                applied_now.append(migration)
        finally:
            await _unlock(conn)
    if not applied_now:
        log.info(
            "database schema is up to date (version %03d)",
            migrations[-1].version if migrations else 0,
        )
    return applied_now


async def migration_status(conninfo: str, directory: Path | None = None) -> list[MigrationStatus]:
    """Every migration file, and every recorded version without one, ordered by version."""
    migrations = load_migrations(directory)
    async with await _connect(conninfo) as conn:
        applied = await _read_applied(conn)
    statuses = []
    for migration in migrations:
        row = applied.pop(migration.version, None)
        statuses.append(
            MigrationStatus(
                version=migration.version,
                name=migration.name,
                applied_at=row.applied_at if row else None,
                checksum_ok=row is None or row.checksum == migration.checksum,
            )
        )
    statuses.extend(
        MigrationStatus(row.version, row.name, row.applied_at, checksum_ok=False)
        for row in applied.values()
    )
    return sorted(statuses, key=lambda status: status.version)


async def rollback_migrations(
    conninfo: str, steps: int, directory: Path | None = None
) -> list[Migration]:
    """Roll back the last `steps` applied migrations (all of them if fewer), newest first."""
    if steps < 0:
        raise ValueError(f"steps must be >= 0, not {steps}")
    migrations = load_migrations(directory)
    by_version = {migration.version: migration for migration in migrations}
    rolled_back: list[Migration] = []
    async with await _connect(conninfo) as conn:
        await _lock(conn)
        try:
            await _ensure_table(conn)
            applied = await _check_applied(conn, migrations)
            for version in sorted(applied, reverse=True)[:steps]:
                migration = by_version[version]
                sql = migration.rollback_path.read_bytes()
                log.info("rolling back migration %s", migration.filename)
                try:
                    async with conn.transaction():
                        await conn.execute(sql)
                        await conn.execute(
                            "DELETE FROM schema_migrations WHERE version = %s", (version,)
                        )
                except psycopg.Error as exc:
                    raise _sql_error(migration.rollback_path.name, sql, exc) from None
                rolled_back.append(migration)
        finally:
            await _unlock(conn)
    log.info("rolled back %d migration(s)", len(rolled_back))
    return rolled_back


def _display(path: Path) -> str:
    return f"{path.parent.name}/{path.name}"


async def _connect(conninfo: str) -> Connection:
    # Autocommit: the advisory lock belongs to the session, and each migration opens its
    # own explicit transaction.
    try:
        return await psycopg.AsyncConnection.connect(conninfo, autocommit=True)
    except psycopg.Error as exc:
        raise MigrationError(f"cannot connect to the database: {exc}") from None


async def _lock(conn: Connection) -> None:
    cur = await conn.execute("SELECT pg_try_advisory_lock(%s)", (MIGRATION_LOCK_KEY,))
    row = await cur.fetchone()
    if row is None or not row[0]:
        log.info("another process is running migrations; waiting for it to finish")
        await conn.execute("SELECT pg_advisory_lock(%s)", (MIGRATION_LOCK_KEY,))


async def _unlock(conn: Connection) -> None:
    # Closing the connection releases the lock too: a failure here must not hide the
    # error that brought us here.
    if conn.broken:
        return
    try:
        await conn.execute("SELECT pg_advisory_unlock(%s)", (MIGRATION_LOCK_KEY,))
    except psycopg.Error as exc:
        log.debug("releasing the migration lock failed (%s); closing releases it", exc)


async def _ensure_table(conn: Connection) -> None:
    # Only under the lock: two concurrent CREATE TABLE IF NOT EXISTS can still collide.
    await conn.execute(
        """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version    integer PRIMARY KEY,
            name       text NOT NULL,
            checksum   text NOT NULL,
            applied_at timestamptz NOT NULL DEFAULT now()
        )
        """
    )


async def _read_applied(conn: Connection) -> dict[int, _Applied]:
    cur = await conn.execute("SELECT to_regclass('schema_migrations') IS NOT NULL")
    exists = await cur.fetchone()
    if exists is None or not exists[0]:
        return {}
    cur = await conn.execute(
        "SELECT version, name, checksum, applied_at FROM schema_migrations ORDER BY version"
    )
    return {row[0]: _Applied(*row) for row in await cur.fetchall()}


async def _check_applied(conn: Connection, migrations: list[Migration]) -> dict[int, _Applied]:
    """The applied versions, once each is known to match its file; refuse anything else."""
    applied = await _read_applied(conn)
    by_version = {migration.version: migration for migration in migrations}
    for row in applied.values():
        migration = by_version.get(row.version)
        if migration is None:
            raise MigrationError(
                f"migration {row.version:03d}_{row.name}.sql is applied but its file is missing"
            )
        if migration.checksum != row.checksum:
            raise MigrationError(
                f"{migration.display} was changed after it was applied (checksum "
                f"{migration.checksum[:12]}, applied {row.checksum[:12]}); add a new "
                "migration instead of editing an applied one"
            )
    return applied


def _sql_error(filename: str, sql: bytes, exc: psycopg.Error) -> MigrationError:
    """A MigrationError naming the file, the PostgreSQL message and, if known, the line."""
    message = exc.diag.message_primary or str(exc).strip() or type(exc).__name__
    position = exc.diag.statement_position
    if position and position.isdigit():
        text = sql.decode("utf-8", errors="replace")
        message += f" (line {text[: int(position) - 1].count(chr(10)) + 1})"
    return MigrationError(f"{filename}: {message}")
