"""`healthbot backup` and `healthbot restore`: the database as one file, checked both ways.

A backup is an uncompressed tar of two members:
- `database.dump`: pg_dump's custom format (compressed), taken in one snapshot;
- `manifest.json`: format and versions, the row count of every table counted in that same
  snapshot, and the dump's size and sha256.
The dump comes first, streamed from pg_dump into the file as it is made (its tar header is
written last, once its size is known); the manifest follows, so a truncated file has none.
The file is written under a temporary name beside the final one, mode 0600 (it holds
personal data), and renamed once complete: a failed backup leaves nothing behind.

A restore checks all it can before it touches the database (the manifest, the schema
version, the dump's sha256), then runs as ONE transaction: psql is fed pg_restore's SQL and,
only once pg_restore has finished and a last statement has compared every table's row count
with the manifest, COMMIT. Whatever fails, the database stays as it was.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import os
import re
import subprocess
import tarfile
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

import psycopg
from psycopg import sql

from healthbot import __version__
from healthbot.db.migrations import apply_migrations, load_migrations
from healthbot.db.tools import Program, Target, program
from healthbot.errors import BackupError

FORMAT = "healthbot-backup"
FORMAT_VERSION = 1
DUMP_MEMBER = "database.dump"
MANIFEST_MEMBER = "manifest.json"
MANIFEST_MAX_BYTES = 1 << 20
_BLOCK = 512
_CHUNK = 1 << 20
# pg_dump waits this long for a table lock (a migration running) before it gives up.
_LOCK_WAIT_MS = 60_000
# Table and schema names the restore check may name: plain identifiers only (a manifest is
# input like any other, and these are spliced into SQL).
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_$]{0,62}")
_SHA256 = re.compile(r"[0-9a-f]{64}")
# What `backup DIR` names its files; `--keep` removes only files named so.
_DATED = re.compile(r"healthbot-\d{8}-\d{6}Z\.backup")

_SYSTEM_SCHEMAS = (
    "n.nspname NOT IN ('pg_catalog', 'information_schema')"
    " AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'"
)
# Ordinary tables in the user's schemas, extensions' own tables left out (they come back
# with CREATE EXTENSION).
_USER_TABLES = (
    "SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
    " WHERE c.relkind IN ('r', 'p') AND " + _SYSTEM_SCHEMAS + " AND NOT EXISTS ("
    "  SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass"
    "  AND d.objid = c.oid AND d.deptype = 'e')"
    " ORDER BY 1, 2"
)


@dataclass(frozen=True, slots=True)
class Manifest:
    """What a backup holds, written beside its dump."""

    format_version: int
    healthbot_version: str
    schema_version: int
    server_version: int  # as PostgreSQL's server_version_num, e.g. 160002
    created_at: str  # ISO 8601, UTC
    tables: dict[str, int]  # "schema.table": rows
    dump_bytes: int
    dump_sha256: str

    @property
    def rows(self) -> int:
        """Rows in every table together."""
        return sum(self.tables.values())

    def to_json(self) -> bytes:
        """The manifest file's bytes."""
        return json.dumps({"format": FORMAT, **asdict(self)}, indent=2).encode() + b"\n"

    @classmethod
    def parse(cls, data: bytes) -> Manifest:
        """Read a manifest; ValueError saying what is wrong with it."""
        raw = json.loads(data)
        if not isinstance(raw, dict) or raw.pop("format", None) != FORMAT:
            raise ValueError("not a healthbot backup manifest")
        version = raw.get("format_version")
        if not isinstance(version, int) or version > FORMAT_VERSION:
            raise ValueError(f"format version {version!r}, newer than this healthbot reads")
        manifest = cls(**raw)  # TypeError on a missing or unknown key
        _check_fields(manifest)
        return manifest


def _check_fields(m: Manifest) -> None:
    ints = (m.schema_version, m.server_version, m.dump_bytes, *m.tables.values())
    if not all(isinstance(n, int) and n >= 0 for n in ints):
        raise ValueError("a count or version is not a whole number")
    if not _SHA256.fullmatch(str(m.dump_sha256)):
        raise ValueError("dump_sha256 is not a sha256")
    for name in m.tables:
        schema, _, table = name.partition(".")
        if not (_IDENTIFIER.fullmatch(schema) and _IDENTIFIER.fullmatch(table)):
            raise ValueError(f"unusable table name {name!r}")


@dataclass(frozen=True, slots=True)
class Backup:
    """A backup file whose manifest was read and whose dump matched its sha256."""

    path: Path
    manifest: Manifest
    dump_offset: int  # where the dump starts in the file


@dataclass(frozen=True, slots=True)
class Restored:
    """What a restore did."""

    manifest: Manifest
    replaced: int  # tables that were in the database before (with --force)
    migrated: tuple[str, ...]  # migrations applied after the restore (an older backup)


# --- backup ---------------------------------------------------------------------------------


def create_backup(target: Target, path: Path) -> Manifest:
    """Dump the database into `path` (replaced if it exists) with its manifest."""
    path = path.absolute()
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with psycopg.connect(target.dsn) as conn:
            # One snapshot for the counts and for pg_dump (--snapshot): they agree exactly.
            conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
            conn.read_only = True
            snapshot = _value(conn, "SELECT pg_export_snapshot()")
            tables = _count_rows(conn, _user_tables(conn))
            schema_version = _schema_version(conn)
            server_version = conn.info.server_version
            pg_dump = program("pg_dump", server_version // 10000)
            fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
            with os.fdopen(fd, "wb") as out:
                size, digest = _dump(pg_dump, target, snapshot, out)
                manifest = Manifest(
                    format_version=FORMAT_VERSION,
                    healthbot_version=__version__,
                    schema_version=schema_version,
                    server_version=server_version,
                    created_at=datetime.now(UTC).isoformat(timespec="seconds"),
                    tables=tables,
                    dump_bytes=size,
                    dump_sha256=digest,
                )
                _finish_archive(out, size, manifest.to_json())
                out.flush()
                os.fsync(out.fileno())
        os.replace(temporary, path)
        _sync_dir(path.parent)
    except psycopg.Error as exc:
        raise BackupError(f"backup failed: {_last_line(str(exc))}") from None
    except OSError as exc:
        raise BackupError(f"backup failed: {exc.filename or path}: {exc.strerror}") from None
    finally:
        temporary.unlink(missing_ok=True)
    return manifest


def backup_into(
    target: Target, directory: Path, keep: int | None
) -> tuple[Path, Manifest, list[Path]]:
    """Back up into `directory` under a dated name; with `keep`, remove all but the newest
    `keep` dated backups there. Returns the file, its manifest and the files removed."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%SZ")
    path = directory / f"healthbot-{stamp}.backup"
    manifest = create_backup(target, path)
    removed: list[Path] = []
    if keep is not None:
        dated = list(dated_backups(directory))
        for old in dated[: max(0, len(dated) - keep)]:
            old.unlink(missing_ok=True)
            removed.append(old)
    return path, manifest, removed


def _dump(pg_dump: Program, target: Target, snapshot: str, out: IO[bytes]) -> tuple[int, str]:
    """Stream pg_dump's custom format into `out` after room for its tar header."""
    out.write(bytes(_BLOCK))
    args = [
        str(pg_dump.path), "--format=custom", f"--snapshot={snapshot}",
        f"--lock-wait-timeout={_LOCK_WAIT_MS}", f"--dbname={target.conninfo}",
    ]  # fmt: skip
    digest, size = hashlib.sha256(), 0
    with tempfile.TemporaryFile() as errors:
        # The program is PostgreSQL's; the connection string holds no password (PGPASSWORD).
        with subprocess.Popen(  # noqa: S603
            args, stdout=subprocess.PIPE, stderr=errors, env=target.env()
        ) as process:
            assert process.stdout is not None
            while chunk := process.stdout.read(_CHUNK):
                digest.update(chunk)
                out.write(chunk)
                size += len(chunk)
        if process.returncode != 0:
            raise BackupError(f"pg_dump failed: {_stderr_line(errors)}")
    return size, digest.hexdigest()


def _finish_archive(out: IO[bytes], dump_size: int, manifest: bytes) -> None:
    """Pad the dump, add the manifest and the end of the archive, then write the dump's header."""
    now = int(time.time())
    out.write(bytes(-dump_size % _BLOCK))
    out.write(_header(MANIFEST_MEMBER, len(manifest), now))
    out.write(manifest + bytes(-len(manifest) % _BLOCK))
    out.write(bytes(2 * _BLOCK))
    out.seek(0)
    out.write(_header(DUMP_MEMBER, dump_size, now))
    out.seek(0, os.SEEK_END)


def _header(name: str, size: int, mtime: int) -> bytes:
    info = tarfile.TarInfo(name)
    info.size, info.mode, info.mtime = size, 0o600, mtime
    # GNU format: one 512-byte block whatever the size (base-256 past 8 GiB), so the dump's
    # header fits the room kept for it.
    header = info.tobuf(tarfile.GNU_FORMAT, "utf-8", "strict")
    assert len(header) == _BLOCK
    return header


# --- reading a backup -----------------------------------------------------------------------


def open_backup(path: Path) -> Backup:
    """Read a backup's manifest and check its dump against it; BackupError saying what is wrong."""
    try:
        if path.is_dir():
            raise BackupError(f"{path}: is a directory, not a backup file")
        if path.stat().st_size == 0:
            raise BackupError(f"{path}: empty file, not a healthbot backup")
        with tarfile.open(path, "r:") as tar:
            members = {m.name: m for m in tar.getmembers()}
            manifest = _read_manifest(path, tar, members.get(MANIFEST_MEMBER))
            dump = members.get(DUMP_MEMBER)
            if dump is None or not dump.isfile():
                raise BackupError(f"{path}: not a healthbot backup: it has no {DUMP_MEMBER}")
            if dump.size != manifest.dump_bytes:
                raise BackupError(
                    f"{path}: damaged: {DUMP_MEMBER} has {dump.size} bytes, "
                    f"the manifest says {manifest.dump_bytes}"
                )
            if _sha256(tar, dump) != manifest.dump_sha256:
                raise BackupError(
                    f"{path}: damaged: {DUMP_MEMBER} does not match the sha256 in its manifest"
                )
            return Backup(path, manifest, dump.offset_data)
    except FileNotFoundError:
        raise BackupError(f"{path}: no such file") from None
    except OSError as exc:
        raise BackupError(f"{path}: cannot read it: {exc.strerror}") from None
    except tarfile.TarError as exc:
        raise BackupError(
            f"{path}: not a healthbot backup (not a complete tar archive: {exc})"
        ) from None


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


def _read_manifest(path: Path, tar: tarfile.TarFile, member: tarfile.TarInfo | None) -> Manifest:
    if member is None or not member.isfile():
        raise BackupError(
            f"{path}: no {MANIFEST_MEMBER}: the file is truncated, or not a healthbot backup"
        )
    if member.size > MANIFEST_MAX_BYTES:
        raise BackupError(f"{path}: {MANIFEST_MEMBER} is too large for a healthbot manifest")
    data = _extract(tar, member).read()
    try:
        return Manifest.parse(data)
    except (ValueError, TypeError) as exc:  # JSON errors are ValueErrors
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise BackupError(f"{path}: unreadable {MANIFEST_MEMBER}: {reason}") from None


def _sha256(tar: tarfile.TarFile, member: tarfile.TarInfo) -> str:
    digest = hashlib.sha256()
    source = _extract(tar, member)
    while chunk := source.read(_CHUNK):
        digest.update(chunk)
    return digest.hexdigest()


def _extract(tar: tarfile.TarFile, member: tarfile.TarInfo) -> IO[bytes]:
    source = tar.extractfile(member)
    if source is None:
        raise BackupError(f"{member.name} is not a regular file")
    return source


# --- restore --------------------------------------------------------------------------------


def restore_backup(target: Target, backup: Backup, *, force: bool = False) -> Restored:
    """Restore a checked backup into the target database, in one transaction, then migrate
    it up if the backup is older than this code. A non-empty database is refused unless
    `force`, which replaces everything in it."""
    latest = check_schema(backup)
    try:
        with psycopg.connect(target.dsn, autocommit=True) as conn:
            existing = _user_tables(conn)
            if existing and not force:
                raise BackupError(
                    f"the database is not empty ({len(existing)} tables, e.g. {existing[0]}); "
                    "restore into an empty database, or add --force to replace its contents"
                )
            if existing:
                _refuse_if_in_use(conn)
            prelude = _replace_everything(conn) if existing else ""
            server_major = conn.info.server_version // 10000
    except psycopg.Error as exc:
        raise BackupError(f"restore failed: {_last_line(str(exc))}") from None
    _run_restore(target, backup, prelude, server_major)
    migrated: tuple[str, ...] = ()
    if backup.manifest.schema_version < latest:
        applied = asyncio.run(apply_migrations(target.dsn))
        migrated = tuple(m.filename for m in applied)
    return Restored(backup.manifest, len(existing), migrated)


def _refuse_if_in_use(conn: psycopg.Connection[Any]) -> None:
    others = _value(
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


def _replace_everything(conn: psycopg.Connection[Any]) -> str:
    """SQL that empties the database: every user schema dropped, an empty public made again."""
    schemas = conn.execute(
        "SELECT n.nspname FROM pg_namespace n WHERE " + _SYSTEM_SCHEMAS + " ORDER BY 1"
    ).fetchall()
    drops = [
        sql.SQL("DROP SCHEMA {} CASCADE;").format(sql.Identifier(name)).as_string(conn)
        for (name,) in schemas
    ]
    return "\n".join([*drops, "CREATE SCHEMA public;", "GRANT USAGE ON SCHEMA public TO PUBLIC;"])


def _run_restore(target: Target, backup: Backup, prelude: str, server_major: int) -> None:
    """pg_restore's SQL into psql inside BEGIN ... COMMIT; COMMIT only once all went well."""
    pg_restore, psql = program("pg_restore"), program("psql", server_major)
    restore_args = [str(pg_restore.path), "--no-owner", "--no-privileges", "--file=-"]
    psql_args = [
        str(psql.path), "--no-psqlrc", "--quiet", "--set=ON_ERROR_STOP=1",
        f"--dbname={target.conninfo}", "--file=-",
    ]  # fmt: skip
    env = target.env()
    with tempfile.TemporaryFile() as restore_errors, tempfile.TemporaryFile() as psql_errors:
        # PostgreSQL's programs; no password on their command lines (PGPASSWORD).
        with (
            subprocess.Popen(  # noqa: S603
                psql_args,
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                stderr=psql_errors,
                env=env,
            ) as psql_process,  # fmt: skip
            subprocess.Popen(  # noqa: S603
                restore_args,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=restore_errors,
                env=env,
            ) as restore_process,  # fmt: skip
        ):
            assert psql_process.stdin is not None and restore_process.stdout is not None
            feeder = threading.Thread(
                target=_feed, args=(backup, restore_process.stdin), daemon=True
            )
            feeder.start()
            committed = False
            try:
                committed = _pipe_sql(restore_process, psql_process.stdin, prelude, backup)
            finally:
                if not committed:  # a dropped connection rolls everything back
                    restore_process.kill()
                    psql_process.kill()
                with contextlib.suppress(BrokenPipeError):
                    psql_process.stdin.close()
                feeder.join()
        if not committed:
            if restore_process.returncode not in (0, -9):
                raise BackupError(f"restore failed: pg_restore: {_stderr_line(restore_errors)}")
            raise BackupError(f"restore failed: {_stderr_line(psql_errors)}")
        if psql_process.returncode != 0:
            raise BackupError(f"restore failed: {_stderr_line(psql_errors)}")


def _pipe_sql(
    restore: subprocess.Popen[bytes], psql_in: IO[bytes], prelude: str, backup: Backup
) -> bool:
    """Copy the SQL into psql; True once COMMIT is sent (pg_restore succeeded)."""
    assert restore.stdout is not None
    try:
        psql_in.write(f"BEGIN;\n{prelude}\n".encode())
        while chunk := restore.stdout.read(_CHUNK):
            psql_in.write(chunk)
        if restore.wait() != 0:
            return False
        psql_in.write(_verification(backup.manifest).encode())
        psql_in.write(b"COMMIT;\n")
        psql_in.flush()
    except BrokenPipeError:  # psql stopped at an error (ON_ERROR_STOP)
        return False
    return True


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
        pass  # pg_restore stopped (it says why) or was killed
    finally:
        with contextlib.suppress(BrokenPipeError):
            sink.close()


def _verification(manifest: Manifest) -> str:
    """A statement that fails the transaction unless every table has its manifest's count."""
    checks = []
    for name, rows in manifest.tables.items():
        schema, _, table = name.partition(".")  # identifiers checked by Manifest.parse
        checks.append(
            f'  SELECT count(*) INTO n FROM "{schema}"."{table}";\n'
            f"  IF n <> {int(rows)} THEN RAISE EXCEPTION"
            f" 'restore check: {name} has % rows, the backup holds {int(rows)}', n; END IF;\n"
        )
    body = "".join(checks)
    return f"DO $check$\nDECLARE n bigint;\nBEGIN\n  NULL;\n{body}END\n$check$;\n"


# --- helpers --------------------------------------------------------------------------------


def _user_tables(conn: psycopg.Connection[Any]) -> list[str]:
    return [f"{schema}.{table}" for schema, table in conn.execute(_USER_TABLES).fetchall()]


def _count_rows(conn: psycopg.Connection[Any], tables: list[str]) -> dict[str, int]:
    counts = {}
    for name in tables:
        schema, _, table = name.partition(".")
        query = sql.SQL("SELECT count(*) FROM {}.{}").format(
            sql.Identifier(schema), sql.Identifier(table)
        )
        counts[name] = int(_value(conn, query))
    return counts


def _schema_version(conn: psycopg.Connection[Any]) -> int:
    if not _value(conn, "SELECT to_regclass('schema_migrations') IS NOT NULL"):
        return 0
    return int(_value(conn, "SELECT coalesce(max(version), 0) FROM schema_migrations"))


def _value(conn: psycopg.Connection[Any], query: Any) -> Any:
    row = conn.execute(query).fetchone()
    return None if row is None else row[0]


def _stderr_line(errors: IO[bytes]) -> str:
    """The line that says why a program failed: its first ERROR, else its last line."""
    errors.seek(0)
    lines = [ln.strip() for ln in errors.read().decode(errors="replace").splitlines() if ln.strip()]
    for line in lines:
        if "ERROR:" in line:
            return " ".join(line[line.index("ERROR:") :].split())
    return lines[-1] if lines else "no message"


def _last_line(text: str) -> str:
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    return lines[-1] if lines else "no message"


def _sync_dir(directory: Path) -> None:
    """Make a rename durable."""
    fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def dated_backups(directory: Path) -> Iterator[Path]:
    """The backups `backup_into` wrote in `directory`, oldest first."""
    yield from sorted(p for p in directory.iterdir() if _DATED.fullmatch(p.name))
