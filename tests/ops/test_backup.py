"""`healthbot backup` and `healthbot restore` against real databases, and the CLI itself."""

from __future__ import annotations

import asyncio
import os
import shutil
import stat
import tarfile
from pathlib import Path

import psycopg
import pytest
from psycopg.conninfo import make_conninfo

from healthbot.backup import (
    DUMP_MEMBER,
    MANIFEST_MEMBER,
    SIGNATURE_MEMBER,
    BackupKey,
    Manifest,
    backup_into,
    create_backup,
    open_backup,
    restore_backup,
)
from healthbot.db.migrations import apply_migrations, find_sql_dir, load_migrations
from healthbot.db.tools import Target
from healthbot.errors import BackupError
from tests.ops.fill import table_rows
from tests.support.backups import healthbot, rewritten
from tests.support.databases import create_database, drop_database

LATEST = max(m.version for m in load_migrations())


def test_every_table_is_filled(source_url: str) -> None:
    empty = [name for name, rows in table_rows(source_url).items() if not rows]
    assert empty == []


def test_a_backup_is_one_private_file_with_a_manifest_of_every_table(
    source_url: str, backup_file: Path
) -> None:
    assert stat.S_IMODE(backup_file.stat().st_mode) == 0o600
    with tarfile.open(backup_file) as tar:
        assert tar.getnames() == [DUMP_MEMBER, MANIFEST_MEMBER, SIGNATURE_MEMBER]
    manifest = open_backup(backup_file).manifest
    counts = {name: len(rows) for name, rows in table_rows(source_url).items()}
    assert manifest.tables == counts
    assert manifest.schema_version == LATEST
    assert [p.name for p in backup_file.parent.iterdir()] == [backup_file.name]  # no temp file


def test_round_trip_restores_every_row_of_every_table(
    source_url: str, backup_file: Path, new_database: str
) -> None:
    restored = restore_backup(Target.from_url(new_database), open_backup(backup_file))
    assert (restored.replaced, restored.migrated) == (0, ())
    assert table_rows(new_database) == table_rows(source_url)
    # Identity sequences come along: a new row does not collide with a restored one.
    with psycopg.connect(new_database) as conn:
        conn.execute(
            "INSERT INTO conversation_history (user_id, role, content) VALUES (1001, 'user', 'x')"
        )


def test_a_database_with_data_is_refused_without_force_and_replaced_with_it(
    source_url: str, backup_file: Path, other_database: str
) -> None:
    before = table_rows(other_database)
    with pytest.raises(BackupError, match="not empty.*--force"):
        restore_backup(Target.from_url(other_database), open_backup(backup_file))
    assert table_rows(other_database) == before

    restored = restore_backup(Target.from_url(other_database), open_backup(backup_file), force=True)
    assert restored.replaced == len(before)
    assert table_rows(other_database) == table_rows(source_url)  # "extra" and user 7 are gone


def test_an_older_backup_is_restored_then_migrated_up(
    postgres_admin_url: str, new_database: str, key: BackupKey, tmp_path: Path
) -> None:
    older = tmp_path / "sql"
    older.mkdir()
    for path in sorted(find_sql_dir().glob("00[1-8]_*.sql")):
        shutil.copy(path, older)
    old_url = create_database(postgres_admin_url)
    try:
        asyncio.run(apply_migrations(old_url, older))
        with psycopg.connect(old_url) as conn:
            conn.execute("INSERT INTO users (id, first_name) VALUES (1, 'Old')")
        create_backup(Target.from_url(old_url), tmp_path / "old.backup", key)
    finally:
        drop_database(postgres_admin_url, old_url)
    backup = open_backup(tmp_path / "old.backup")
    assert backup.manifest.schema_version == 8
    restored = restore_backup(Target.from_url(new_database), backup)
    assert restored.migrated == tuple(m.filename for m in load_migrations()[8:])
    with psycopg.connect(new_database) as conn:
        assert conn.execute("SELECT max(version) FROM schema_migrations").fetchone() == (LATEST,)
        assert conn.execute("SELECT first_name FROM users").fetchall() == [("Old",)]


def test_backup_into_a_directory_keeps_the_newest_n(
    source_url: str, key: BackupKey, tmp_path: Path
) -> None:
    for name in ("healthbot-20240101-000000Z.backup", "healthbot-20240102-000000Z.backup"):
        (tmp_path / name).write_bytes(b"old")
    (tmp_path / "mine.backup").write_bytes(b"not ours")
    path, _, removed = backup_into(Target.from_url(source_url), tmp_path, key, keep=2)
    assert [p.name for p in removed] == ["healthbot-20240101-000000Z.backup"]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["healthbot-20240102-000000Z.backup", path.name, "mine.backup"]
    )


# --- bad files ------------------------------------------------------------------------------


def bad_files(backup: Path, folder: Path, key: BackupKey) -> dict[str, tuple[Path, str]]:
    """Each kind of bad file, signed by `key` where it has a manifest, with what its error
    line says."""
    truncated = folder / "truncated.backup"
    truncated.write_bytes(backup.read_bytes()[: backup.stat().st_size // 2])
    random_bytes = folder / "random.backup"
    random_bytes.write_bytes(os.urandom(50_000))
    empty = folder / "empty.backup"
    empty.touch()
    no_manifest = folder / "no-manifest.backup"
    with tarfile.open(no_manifest, "w") as tar:
        tar.add(random_bytes, arcname="something.txt")

    def newer(manifest: dict[str, object]) -> None:
        manifest["schema_version"] = LATEST + 1

    def wrong_counts(manifest: dict[str, object]) -> None:
        manifest["tables"] = {**manifest["tables"], "public.users": 99}  # type: ignore[dict-item]

    return {
        "truncated": (truncated, "truncated"),
        "random": (random_bytes, "not a healthbot backup"),
        "empty": (empty, "empty file"),
        "no manifest": (no_manifest, "no manifest.json"),
        "newer schema": (
            rewritten(backup, folder / "newer.backup", newer, key=key),
            "newer than this",
        ),
        "altered dump": (
            rewritten(backup, folder / "altered.backup", dump=b"PGDMP" + bytes(100), key=key),
            "damaged",
        ),
        "wrong counts": (
            rewritten(backup, folder / "counts.backup", wrong_counts, key=key),
            "restore check: public.users has 2 rows, the backup holds 99",
        ),
    }


@pytest.mark.parametrize(
    "kind",
    ["truncated", "random", "empty", "no manifest", "newer schema", "altered dump", "wrong counts"],
)
def test_a_bad_file_is_refused_and_the_database_is_untouched(
    kind: str, backup_file: Path, key: BackupKey, other_database: str, tmp_path: Path
) -> None:
    path, message = bad_files(backup_file, tmp_path, key)[kind]
    before = table_rows(other_database)
    with pytest.raises(BackupError, match=message):
        # --force, the strongest case: even then, nothing is dropped.
        restore_backup(Target.from_url(other_database), open_backup(path), force=True)
    assert table_rows(other_database) == before


# --- the command line -----------------------------------------------------------------------


def test_the_cli_backs_up_and_restores_and_refuses_a_second_restore(
    source_url: str, new_database: str, tmp_path: Path
) -> None:
    # The password is only there to be hidden: the test server trusts local connections.
    secret = "s3cret-Pa55"
    source = make_conninfo(source_url, password=secret)
    target = make_conninfo(new_database, password=secret)
    file = tmp_path / "cli.backup"

    backed = healthbot("backup", str(file), url=source, data_dir=tmp_path)
    assert (backed.returncode, backed.stderr) == (0, "")
    assert backed.stdout.startswith(f"backup written: {file} (")
    assert stat.S_IMODE(file.stat().st_mode) == 0o600

    restored = healthbot("restore", str(file), url=target, data_dir=tmp_path)
    assert (restored.returncode, restored.stderr) == (0, "")
    assert restored.stdout.startswith(f"restored {file}: ")
    assert table_rows(new_database) == table_rows(source_url)

    again = healthbot("restore", str(file), url=target, data_dir=tmp_path)
    assert again.returncode == 1
    assert again.stderr.count("\n") == 1
    assert again.stderr.startswith("healthbot: the database is not empty")
    for result in (backed, restored, again):
        assert secret not in result.stdout + result.stderr


def test_the_cli_says_why_a_bad_file_is_refused_in_one_line(
    backup_file: Path, key: BackupKey, other_database: str, tmp_path: Path
) -> None:
    before = table_rows(other_database)
    for kind, (path, message) in bad_files(backup_file, tmp_path, key).items():
        result = healthbot(
            "restore", "--force", "--key", str(key.path), str(path),
            url=other_database, data_dir=tmp_path,
        )  # fmt: skip
        assert result.returncode == 1, kind
        assert result.stderr.count("\n") == 1, (kind, result.stderr)
        assert result.stderr.startswith("healthbot: ") and message in result.stderr, kind
    assert table_rows(other_database) == before


def test_a_failed_backup_leaves_no_file_and_hides_the_password(tmp_path: Path) -> None:
    secret = "s3cret-Pa55"
    url = f"postgresql://postgres:{secret}@/nosuchdb?host={tmp_path}"
    result = healthbot("backup", str(tmp_path / "x.backup"), url=url, data_dir=tmp_path)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("healthbot: backup failed")
    assert secret not in result.stderr
    # No backup, not even a temporary one; the key is made before pg_dump is asked anything.
    assert [p.name for p in tmp_path.iterdir()] == ["backup_key"]


def test_a_manifest_round_trips() -> None:
    manifest = Manifest(
        1, "0.1.0", 9, 160002, "2025-01-01T00:00:00+00:00", {"public.t": 1}, 10, "0" * 64
    )
    assert Manifest.parse(manifest.to_json()) == manifest


def test_backup_uses_the_running_daemons_embedded_server_and_restore_waits_for_its_stop(
    tmp_path: Path,
) -> None:
    from healthbot.embedded import DataDirLock, EmbeddedPostgres

    data_dir = tmp_path / "data"
    # What a running daemon holds: the data dir's lock and its PostgreSQL.
    lock = DataDirLock(data_dir)
    lock.acquire()
    server = EmbeddedPostgres(data_dir)
    server.start(replace_orphan=True)
    try:
        asyncio.run(apply_migrations(server.url))
        with psycopg.connect(server.url) as conn:
            conn.execute("INSERT INTO users (id, first_name) VALUES (1, 'Live')")
        env_url = ""  # no database.url: the embedded default
        file = tmp_path / "live.backup"
        backed = healthbot("backup", str(file), url=env_url, data_dir=data_dir)
        assert (backed.returncode, backed.stderr) == (0, "")
        assert open_backup(file).manifest.tables["public.users"] == 1
        assert server.is_running()  # the daemon's server is left alone

        refused = healthbot("restore", "--force", str(file), url=env_url, data_dir=data_dir)
        assert refused.returncode == 1
        assert refused.stderr.count("\n") == 1 and "stop it first" in refused.stderr
    finally:
        server.stop()
        lock.release()
