"""Writing and reading backup files: a tar of the dump, its manifest and its signature.

A backup is an uncompressed tar of three members:
- `database.dump`: pg_dump's custom format (compressed), taken in one snapshot;
- `manifest.json`: format and versions, the row count of every table counted in that same
  snapshot, the dump's size and sha256, and the fingerprint of the key that signed it;
- `signature`: HMAC-SHA256 of the manifest's bytes by the backup key (`signing`).
The dump comes first, streamed from pg_dump into the file as it is made (its tar header is
written last, once its size is known); the manifest and the signature follow, so a truncated
file has neither. The file is written under a temporary name beside the final one, mode 0600
(it holds personal data), and renamed once complete: a failed backup leaves nothing behind.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import tarfile
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

import psycopg

from healthbot import __version__
from healthbot.backup.catalog import count_rows, schema_version, user_tables, value
from healthbot.backup.manifest import FORMAT_VERSION, Manifest
from healthbot.backup.signing import BackupKey
from healthbot.db.tools import Program, Target, last_line, program, stderr_line
from healthbot.errors import BackupError

DUMP_MEMBER = "database.dump"
MANIFEST_MEMBER = "manifest.json"
SIGNATURE_MEMBER = "signature"
MANIFEST_MAX_BYTES = 1 << 20
_SIGNATURE = re.compile(rb"hmac-sha256:([0-9a-f]{64})\n?")
_BLOCK = 512
_CHUNK = 1 << 20
# pg_dump waits this long for a table lock (a migration running) before it gives up.
_LOCK_WAIT_MS = 60_000
# What `backup DIR` names its files; `--keep` removes only files named so.
_DATED = re.compile(r"healthbot-\d{8}-\d{6}Z\.backup")


@dataclass(frozen=True, slots=True)
class Backup:
    """A backup file whose manifest was read and whose dump matched its sha256."""

    path: Path
    manifest: Manifest
    manifest_bytes: bytes  # as signed
    signature: str | None  # None: an unsigned file (format 1, or its signature removed)
    dump_offset: int  # where the dump starts in the file


# --- backup ---------------------------------------------------------------------------------


def create_backup(target: Target, path: Path, key: BackupKey) -> Manifest:
    """Dump the database into `path` (replaced if it exists) with its manifest, signed."""
    path = path.absolute()
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with psycopg.connect(target.dsn) as conn:
            # One snapshot for the counts and for pg_dump (--snapshot): they agree exactly.
            conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
            conn.read_only = True
            snapshot = value(conn, "SELECT pg_export_snapshot()")
            tables = count_rows(conn, user_tables(conn))
            schema = schema_version(conn)
            server_version = conn.info.server_version
            pg_dump = program("pg_dump", server_version // 10000)
            fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
            with os.fdopen(fd, "wb") as out:
                size, digest = _dump(pg_dump, target, snapshot, out)
                manifest = Manifest(
                    format_version=FORMAT_VERSION,
                    healthbot_version=__version__,
                    schema_version=schema,
                    server_version=server_version,
                    created_at=datetime.now(UTC).isoformat(timespec="seconds"),
                    tables=tables,
                    dump_bytes=size,
                    dump_sha256=digest,
                    key_fingerprint=key.fingerprint,
                )
                data = manifest.to_json()
                _finish_archive(out, size, data, f"hmac-sha256:{key.sign(data)}\n".encode())
                out.flush()
                os.fsync(out.fileno())
        os.replace(temporary, path)
        _sync_dir(path.parent)
    except psycopg.Error as exc:
        raise BackupError(f"backup failed: {last_line(str(exc))}") from None
    except OSError as exc:
        raise BackupError(f"backup failed: {exc.filename or path}: {exc.strerror}") from None
    finally:
        temporary.unlink(missing_ok=True)
    return manifest


def backup_into(
    target: Target, directory: Path, key: BackupKey, keep: int | None
) -> tuple[Path, Manifest, list[Path]]:
    """Back up into `directory` under a dated name; with `keep`, remove all but the newest
    `keep` dated backups there. Returns the file, its manifest and the files removed."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%SZ")
    path = directory / f"healthbot-{stamp}.backup"
    manifest = create_backup(target, path, key)
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
            raise BackupError(f"pg_dump failed: {stderr_line(errors)}")
    return size, digest.hexdigest()


def _finish_archive(out: IO[bytes], dump_size: int, manifest: bytes, signature: bytes) -> None:
    """Pad the dump, add the manifest, the signature and the end of the archive, then write
    the dump's header."""
    now = int(time.time())
    out.write(bytes(-dump_size % _BLOCK))
    for name, data in ((MANIFEST_MEMBER, manifest), (SIGNATURE_MEMBER, signature)):
        out.write(_header(name, len(data), now))
        out.write(data + bytes(-len(data) % _BLOCK))
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
            data, manifest = _read_manifest(path, tar, members.get(MANIFEST_MEMBER))
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
            signature = _read_signature(tar, members.get(SIGNATURE_MEMBER))
            return Backup(path, manifest, data, signature, dump.offset_data)
    except FileNotFoundError:
        raise BackupError(f"{path}: no such file") from None
    except OSError as exc:
        raise BackupError(f"{path}: cannot read it: {exc.strerror}") from None
    except tarfile.TarError as exc:
        raise BackupError(
            f"{path}: not a healthbot backup (not a complete tar archive: {exc})"
        ) from None


def authenticate(backup: Backup, key: BackupKey) -> None:
    """BackupError unless the file carries this installation's signature."""
    path, signed_by = backup.path, backup.manifest.key_fingerprint
    if backup.signature is None or signed_by is None:
        raise BackupError(
            f"{path}: not signed (made by an older healthbot, or its signature removed); "
            "add --trust-unsigned only if you know where the file came from"
        )
    if signed_by != key.fingerprint:
        raise BackupError(
            f"{path}: signed with another backup key (fingerprint {signed_by}, "
            f"{key.path} is {key.fingerprint}); use that installation's key (--key FILE), or "
            "add --trust-unsigned only if you know where the file came from"
        )
    if not key.verifies(backup.manifest_bytes, backup.signature):
        raise BackupError(
            f"{path}: its signature does not match: the file was changed after it was made; "
            "add --trust-unsigned only if you know where the file came from"
        )


def _read_manifest(
    path: Path, tar: tarfile.TarFile, member: tarfile.TarInfo | None
) -> tuple[bytes, Manifest]:
    if member is None or not member.isfile():
        raise BackupError(
            f"{path}: no {MANIFEST_MEMBER}: the file is truncated, or not a healthbot backup"
        )
    if member.size > MANIFEST_MAX_BYTES:
        raise BackupError(f"{path}: {MANIFEST_MEMBER} is too large for a healthbot manifest")
    data = _extract(tar, member).read()
    try:
        return data, Manifest.parse(data)
    except (ValueError, TypeError) as exc:  # JSON errors are ValueErrors
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise BackupError(f"{path}: unreadable {MANIFEST_MEMBER}: {reason}") from None


def _read_signature(tar: tarfile.TarFile, member: tarfile.TarInfo | None) -> str | None:
    """The signature's hex digits; None when the file has none or it is malformed."""
    if member is None or not member.isfile() or member.size > 256:
        return None
    match = _SIGNATURE.fullmatch(_extract(tar, member).read())
    return match[1].decode() if match else None


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


# --- helpers ---------------------------------------------------------------------------------


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
