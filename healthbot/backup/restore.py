"""Restoring a backup: pg_restore straight into the database, as a role without superuser
rights, checked against the manifest before the old contents are let go.

A backup file is untrusted input (it travels off the machine), so nothing in it is ever
read by psql: psql obeys backslash meta-commands, and a table value of `x\\n\\.\\n\\! cmd` in
a crafted dump would end pg_restore's COPY data and run `cmd` (the pattern of
CVE-2025-8714). pg_restore sends the same data with the COPY protocol, where it is data.
The SQL a dump carries still runs, so it runs as a temporary role that is not a superuser
(no COPY ... TO PROGRAM, no server files, no untrusted languages): the role owns what it
restores, and hands it to the configured role at the end. The one thing the schema needs a
superuser for, the pgvector extension, is made by the configured role beforehand, and the
dump's own CREATE EXTENSION is left out. A configured role that is not a superuser restores
as itself.

The steps, the database being ours alone (the daemon stopped, no other session):
1. Stage, in one transaction: every user schema is renamed aside (`healthbot_aside_*`), an
   empty `public` is made, and the extensions the dump needs are moved (or made) into it.
2. pg_restore --single-transaction --exit-on-error as the restore role.
3. Check: the tables are exactly the manifest's, each with its row count.
4. Finish, in one transaction: the aside schemas are dropped and ownership handed over.
Whatever fails in 2 or 3, step 1 is undone in one transaction: the database is as it was.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import secrets
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, Any

import psycopg
from psycopg import sql
from psycopg.conninfo import make_conninfo

from healthbot.backup.archive import Backup
from healthbot.backup.catalog import count_rows, user_schemas, user_tables, value
from healthbot.backup.manifest import Manifest
from healthbot.db.migrations import apply_migrations, load_migrations
from healthbot.db.tools import Program, Target, last_line, program, stderr_line
from healthbot.errors import BackupError
from healthbot.logs import register_secrets

# The extensions healthbot's schema uses; a dump that needs another is refused.
EXTENSIONS = frozenset({"vector"})
ASIDE_PREFIX = "healthbot_aside_"
_ROLE_PREFIX = "healthbot_restore_"
_CHUNK = 1 << 20
# pg_restore --list lines for an extension and its comment (both need the extension's owner).
_EXTENSION_ENTRY = re.compile(r"\d+; \d+ \d+ (?:EXTENSION -|COMMENT - EXTENSION) (\S+)\s*")


@dataclass(frozen=True, slots=True)
class Restored:
    """What a restore did."""

    manifest: Manifest
    replaced: int  # tables that were in the database before (with --force)
    migrated: tuple[str, ...]  # migrations applied after the restore (an older backup)


@dataclass(slots=True)
class _Stage:
    """What staging changed, to finish or undo it."""

    aside: dict[str, str] = field(default_factory=dict)  # aside name -> former name
    moved: dict[str, str] = field(default_factory=dict)  # extension -> its former schema


def check_schema(backup: Backup) -> int:
    """This code's schema version; BackupError if the backup's is newer."""
    latest = max((m.version for m in load_migrations()), default=0)
    found = backup.manifest.schema_version
    if found > latest:
        raise BackupError(
            f"{backup.path}: its schema version is {found}, newer than this healthbot's "
            f"({latest}); restore it with healthbot {backup.manifest.healthbot_version} or newer"
        )
    return latest


def restore_backup(target: Target, backup: Backup, *, force: bool = False) -> Restored:
    """Restore a checked backup into the target database, then migrate it up if the backup
    is older than this code. A non-empty database is refused unless `force`, which replaces
    everything in it. Authenticate the file first (`archive.authenticate`)."""
    latest = check_schema(backup)
    try:
        with psycopg.connect(target.dsn, autocommit=True) as conn:
            pg_restore = program("pg_restore", conn.info.server_version // 10000)
            listing = _listing(pg_restore, target, backup)
            existing = _check_target(conn, force)
            with _restore_role(conn, target) as (restorer, role):
                stage = _stage(conn, _extensions(listing), role)
                try:
                    _pg_restore(pg_restore, restorer, backup, listing)
                    _check_restored(conn, backup.manifest, stage)
                except BaseException:
                    _undo(conn, stage)
                    raise
                _finish(conn, stage, role)
    except psycopg.Error as exc:
        raise BackupError(f"restore failed: {last_line(str(exc))}") from None
    migrated: tuple[str, ...] = ()
    if backup.manifest.schema_version < latest:
        applied = asyncio.run(apply_migrations(target.dsn))
        migrated = tuple(m.filename for m in applied)
    return Restored(backup.manifest, len(existing), migrated)


def _check_target(conn: psycopg.Connection[Any], force: bool) -> list[str]:
    """The tables the database holds; refused if it holds any without `force`, or if another
    session is connected."""
    existing = user_tables(conn)
    if existing and not force:
        raise BackupError(
            f"the database is not empty ({len(existing)} tables, e.g. {existing[0]}); "
            "restore into an empty database, or add --force to replace its contents"
        )
    others = value(
        conn,
        "SELECT count(*) FROM pg_stat_activity"
        " WHERE datname = current_database() AND pid <> pg_backend_pid()"
        " AND backend_type = 'client backend'",
    )
    if others:
        raise BackupError(
            f"{others} other session(s) are connected to the database; stop the daemon "
            "(systemctl stop healthbot) before replacing its data"
        )
    return existing


# --- the restore role -----------------------------------------------------------------------


@contextlib.contextmanager
def _restore_role(
    conn: psycopg.Connection[Any], target: Target
) -> Iterator[tuple[Target, str | None]]:
    """Where pg_restore connects, and the temporary role it connects as (None: the configured
    role, which is no superuser). The role is dropped at the end, whatever happened."""
    if not value(conn, "SELECT rolsuper FROM pg_roles WHERE rolname = current_user"):
        yield target, None
        return
    role, password = f"{_ROLE_PREFIX}{secrets.token_hex(6)}", secrets.token_urlsafe(24)
    register_secrets({password})
    ident = sql.Identifier(role)
    conn.execute(
        sql.SQL(
            "CREATE ROLE {} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS"
            " CONNECTION LIMIT 2 PASSWORD {}"
        ).format(ident, sql.Literal(password))
    )
    try:
        database = sql.Identifier(str(value(conn, "SELECT current_database()")))
        conn.execute(sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(database, ident))
        yield Target(make_conninfo(target.conninfo, user=role), password), role
    finally:
        conn.execute(sql.SQL("DROP OWNED BY {}").format(ident))  # its grants; it owns no more
        conn.execute(sql.SQL("DROP ROLE {}").format(ident))


# --- stage, finish, undo --------------------------------------------------------------------


def _stage(conn: psycopg.Connection[Any], extensions: set[str], role: str | None) -> _Stage:
    """Rename every user schema aside, make an empty public with the extensions in it."""
    stage = _Stage()
    tag = secrets.token_hex(3)
    with conn.transaction():
        for number, name in enumerate(user_schemas(conn)):
            aside = f"{ASIDE_PREFIX}{tag}_{number}"
            _execute(conn, "ALTER SCHEMA {} RENAME TO {}", name, aside)
            stage.aside[aside] = name
        conn.execute("CREATE SCHEMA public")
        conn.execute("GRANT USAGE ON SCHEMA public TO PUBLIC")
        if role is not None:
            _execute(conn, "GRANT CREATE ON SCHEMA public TO {}", role)
        for extension in sorted(extensions):
            schema = value(
                conn,
                "SELECT n.nspname FROM pg_extension e"
                " JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = %s",
                (extension,),
            )
            if schema is None:
                _execute(conn, "CREATE EXTENSION {} WITH SCHEMA public", extension)
            else:
                _execute(conn, "ALTER EXTENSION {} SET SCHEMA public", extension)
                stage.moved[extension] = schema
    return stage


def _undo(conn: psycopg.Connection[Any], stage: _Stage) -> None:
    """Put the database back as it was before `_stage`."""
    with conn.transaction():
        for extension, schema in stage.moved.items():
            _execute(conn, "ALTER EXTENSION {} SET SCHEMA {}", extension, schema)
        for name in user_schemas(conn):  # the restore's, and extensions made for it
            if name not in stage.aside:
                _execute(conn, "DROP SCHEMA {} CASCADE", name)
        for aside, name in stage.aside.items():
            _execute(conn, "ALTER SCHEMA {} RENAME TO {}", aside, name)


def _finish(conn: psycopg.Connection[Any], stage: _Stage, role: str | None) -> None:
    """Let the former contents go; the configured role owns what was restored."""
    with conn.transaction():
        for aside in stage.aside:
            _execute(conn, "DROP SCHEMA {} CASCADE", aside)
        if role is not None:
            _execute(conn, "REASSIGN OWNED BY {} TO CURRENT_USER", role)


def _execute(conn: psycopg.Connection[Any], template: str, *names: str) -> None:
    conn.execute(sql.SQL(template).format(*map(sql.Identifier, names)))


# --- pg_restore -----------------------------------------------------------------------------


def _listing(pg_restore: Program, target: Target, backup: Backup) -> list[str]:
    """The dump's table of contents (pg_restore --list)."""
    with tempfile.TemporaryFile() as errors:
        out = _run(pg_restore, [str(pg_restore.path), "--list"], target, backup, errors)
    return out.decode(errors="replace").splitlines()


def _extensions(listing: list[str]) -> set[str]:
    """The extensions the dump creates; BackupError for one healthbot does not use."""
    found = {m[1] for line in listing if (m := _EXTENSION_ENTRY.fullmatch(line))}
    if unknown := found - EXTENSIONS:
        raise BackupError(
            f"the backup needs the extension(s) {', '.join(sorted(unknown))}, "
            "which healthbot does not use: not restored"
        )
    return found


def _pg_restore(pg_restore: Program, restorer: Target, backup: Backup, listing: list[str]) -> None:
    """Everything but the extensions, in one transaction, stopping at the first error."""
    kept = [f";{line}" if _EXTENSION_ENTRY.fullmatch(line) else line for line in listing]
    with tempfile.NamedTemporaryFile("w", suffix=".list") as use_list:
        use_list.write("\n".join(kept) + "\n")
        use_list.flush()
        args = [
            str(pg_restore.path), f"--dbname={restorer.conninfo}", "--single-transaction",
            "--exit-on-error", "--no-owner", "--no-privileges", "--no-publications",
            "--no-subscriptions", "--no-security-labels", "--no-tablespaces",
            f"--use-list={use_list.name}",
        ]  # fmt: skip
        with tempfile.TemporaryFile() as errors:
            _run(pg_restore, args, restorer, backup, errors)


def _run(
    pg_restore: Program, args: list[str], target: Target, backup: Backup, errors: IO[bytes]
) -> bytes:
    """Run pg_restore with the dump on its standard input; its output, or BackupError."""
    # PostgreSQL's program; no password on its command line (PGPASSWORD).
    with subprocess.Popen(  # noqa: S603
        args,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=errors,
        env=target.env(),
    ) as process:  # fmt: skip
        assert process.stdin is not None and process.stdout is not None
        feeder = threading.Thread(target=_feed, args=(backup, process.stdin), daemon=True)
        feeder.start()
        out = process.stdout.read()
        process.wait()
        feeder.join()
    if process.returncode != 0:
        raise BackupError(f"restore failed: pg_restore: {stderr_line(errors)}")
    return out


def _feed(backup: Backup, sink: IO[bytes]) -> None:
    """Hand the dump member to pg_restore (a thread: both pipes move at once)."""
    try:
        with backup.path.open("rb") as source:
            source.seek(backup.dump_offset)
            left = backup.manifest.dump_bytes
            while left and (chunk := source.read(min(_CHUNK, left))):
                sink.write(chunk)
                left -= len(chunk)
    except (BrokenPipeError, ValueError):
        pass  # pg_restore stopped reading (--list needs only the start) or failed
    finally:
        with contextlib.suppress(BrokenPipeError):
            sink.close()


def _check_restored(conn: psycopg.Connection[Any], manifest: Manifest, stage: _Stage) -> None:
    """BackupError unless the restored tables are the manifest's, each with its row count."""
    restored = [t for t in user_tables(conn) if t.partition(".")[0] not in stage.aside]
    if extra := sorted(set(restored) - set(manifest.tables)):
        raise BackupError(f"restore check: {extra[0]} is not in the backup's manifest")
    if missing := sorted(set(manifest.tables) - set(restored)):
        raise BackupError(f"restore check: {missing[0]} was not restored")
    for name, rows in count_rows(conn, sorted(manifest.tables)).items():
        if rows != manifest.tables[name]:
            raise BackupError(
                f"restore check: {name} has {rows} rows, the backup holds {manifest.tables[name]}"
            )
