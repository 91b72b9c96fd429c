"""A backup file is untrusted input: signed by a key it does not carry, restored without psql,
by a role that is not a superuser."""

from __future__ import annotations

import hashlib
import stat
import subprocess
import tarfile
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from healthbot.backup import (
    SIGNATURE_MEMBER,
    BackupKey,
    authenticate,
    create_backup,
    load_key,
    load_or_create_key,
    open_backup,
    restore_backup,
)
from healthbot.db.tools import Target, program
from healthbot.errors import BackupError
from tests.ops.fill import table_rows
from tests.support.backups import healthbot, rewritten
from tests.support.databases import create_database, drop_database

# A value that, put in a table's COPY data as it is, ends the data and runs a shell command
# in psql (CVE-2025-8714's pattern). Written as a dump never writes it: raw, unescaped.
_PAYLOAD = b"x\n\\.\n\\! touch {marker}\n"


def _one_line_refusal(result: subprocess.CompletedProcess[str], says: str) -> None:
    assert result.returncode == 1, result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("healthbot: ") and says in result.stderr, result.stderr


def test_the_backup_key_is_made_once_private_and_named_in_the_manifest(
    source_url: str, tmp_path: Path
) -> None:
    path = tmp_path / "keys" / "backup_key"
    first = load_or_create_key(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_or_create_key(path) == first  # kept, not made again
    create_backup(Target.from_url(source_url), tmp_path / "a.backup", first)
    backup = open_backup(tmp_path / "a.backup")
    assert backup.manifest.key_fingerprint == first.fingerprint
    assert first.secret.hex() not in (tmp_path / "a.backup").read_bytes().decode(errors="replace")
    authenticate(backup, first)

    path.chmod(0o640)
    with pytest.raises(BackupError, match="chmod 600"):
        load_key(path)
    path.chmod(0o600)
    path.write_text("not a key\n")
    with pytest.raises(BackupError, match="not a healthbot backup key"):
        load_key(path)


def test_an_unsigned_foreign_or_altered_file_is_refused_in_one_line_unless_trusted(
    backup_file: Path, key: BackupKey, new_database: str, tmp_path: Path
) -> None:
    unsigned = tmp_path / "unsigned.backup"
    with tarfile.open(backup_file) as src, tarfile.open(unsigned, "w") as out:
        for member in src.getmembers():
            if member.name != SIGNATURE_MEMBER:
                out.addfile(member, src.extractfile(member))
    other_key = load_or_create_key(tmp_path / "other_key")
    files = {
        "not signed": unsigned,
        "signed with another backup key": rewritten(
            backup_file, tmp_path / "foreign.backup", key=other_key
        ),
        "signature does not match": rewritten(
            backup_file, tmp_path / "altered.backup", lambda m: m.update(created_at="2020")
        ),
    }
    for says, path in files.items():
        result = healthbot("restore", "--key", str(key.path), str(path), url=new_database,
                           data_dir=tmp_path)  # fmt: skip
        _one_line_refusal(result, says)
        assert "--trust-unsigned" in result.stderr
    assert table_rows(new_database) == {}

    no_key = healthbot("restore", str(backup_file), url=new_database, data_dir=tmp_path / "new")
    _one_line_refusal(no_key, "no backup key at")

    trusted = healthbot("restore", "--trust-unsigned", str(unsigned), url=new_database,
                        data_dir=tmp_path)  # fmt: skip
    assert trusted.returncode == 0, trusted.stderr
    assert "--trust-unsigned" in trusted.stderr
    assert table_rows(new_database)["public.users"]


@pytest.fixture
def crafted(postgres_admin_url: str, tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """A backup whose dump (uncompressed, pg_dump -Z0) has the payload patched into a table
    value, its manifest matching the patched dump; and the marker the payload would create."""
    marker = tmp_path / "ran"
    payload = _PAYLOAD.replace(b"{marker}", str(marker).encode())
    url = create_database(postgres_admin_url)
    try:
        with psycopg.connect(url) as conn:
            conn.execute("CREATE TABLE notes (body text)")
            conn.execute(
                "INSERT INTO notes VALUES ('before'), (repeat('A', %s)), ('after')",
                (len(payload),),
            )
        key = load_or_create_key(tmp_path / "made_by")
        create_backup(Target.from_url(url), tmp_path / "genuine.backup", key)
        dump = subprocess.run(
            [str(program("pg_dump").path), "--format=custom", "-Z0", f"--dbname={url}"],
            capture_output=True, check=True,
        ).stdout  # fmt: skip
    finally:
        drop_database(postgres_admin_url, url)
    assert dump.count(b"A" * len(payload)) == 1
    patched = dump.replace(b"A" * len(payload), payload)
    digest = hashlib.sha256(patched).hexdigest()
    path = rewritten(
        tmp_path / "genuine.backup",
        tmp_path / "crafted.backup",
        lambda m: m.update(dump_bytes=len(patched), dump_sha256=digest),
        dump=patched,
    )
    yield path, marker


def test_a_crafted_value_that_psql_would_run_restores_nothing_and_runs_nothing(
    crafted: tuple[Path, Path], postgres_admin_url: str, new_database: str, tmp_path: Path
) -> None:
    path, marker = crafted
    # The payload is live: the path restore used to take (pg_restore's SQL into psql) runs it.
    scratch = create_database(postgres_admin_url)
    try:
        backup = open_backup(path)
        with path.open("rb") as source:
            source.seek(backup.dump_offset)
            dump = source.read(backup.manifest.dump_bytes)
        script = subprocess.run(
            [str(program("pg_restore").path), "--file=-"], input=dump, capture_output=True,
            check=True,
        ).stdout  # fmt: skip
        subprocess.run(
            [str(program("psql").path), "--no-psqlrc", "--quiet", f"--dbname={scratch}"],
            input=script, capture_output=True, check=False,
        )  # fmt: skip
    finally:
        drop_database(postgres_admin_url, scratch)
    assert marker.exists()
    marker.unlink()

    # Not signed by this installation's key: refused before anything is read.
    key = str(tmp_path / "made_by")  # the key of the installation whose backup was edited
    refused = healthbot("restore", "--key", key, str(path), url=new_database, data_dir=tmp_path)
    _one_line_refusal(refused, "signature does not match")
    # Trusted anyway: pg_restore sends the value as COPY data; the table then lacks rows.
    trusted = healthbot("restore", "--trust-unsigned", str(path), url=new_database,
                        data_dir=tmp_path)  # fmt: skip
    assert trusted.returncode == 1
    assert "restore check: public.notes has 2 rows, the backup holds 3" in trusted.stderr
    assert not marker.exists()
    assert table_rows(new_database) == {}


def test_a_signed_dump_runs_its_sql_as_a_role_without_superuser_rights(
    postgres_admin_url: str, new_database: str, key: BackupKey, tmp_path: Path
) -> None:
    # A function planted in the database (say by SQL injection) is dumped and signed like
    # everything else; a CHECK constraint calls it for every row the restore copies in.
    url = create_database(postgres_admin_url)
    source = psycopg.conninfo.conninfo_to_dict(url)["dbname"]
    try:
        with psycopg.connect(url) as conn:
            conn.execute(
                "CREATE FUNCTION probe(x int) RETURNS bool LANGUAGE plpgsql AS $f$"
                " BEGIN IF current_database() <> '" + str(source) + "' THEN"
                "  EXECUTE 'COPY (SELECT 1) TO PROGRAM ''true''';"
                " END IF; RETURN true; END $f$"
            )
            conn.execute("CREATE TABLE t (x int CHECK (probe(x)))")
            conn.execute("INSERT INTO t VALUES (1)")
        create_backup(Target.from_url(url), tmp_path / "planted.backup", key)
    finally:
        drop_database(postgres_admin_url, url)
    backup = open_backup(tmp_path / "planted.backup")
    authenticate(backup, key)  # genuine
    with pytest.raises(BackupError, match="permission denied to COPY to or from an external"):
        restore_backup(Target.from_url(new_database), backup)
    assert table_rows(new_database) == {}
    with psycopg.connect(new_database) as conn:
        roles = conn.execute("SELECT rolname FROM pg_roles WHERE rolname ~ '^healthbot_restore_'")
        assert roles.fetchall() == []


def test_what_is_restored_belongs_to_the_configured_role_and_no_restore_role_is_left(
    backup_file: Path, new_database: str
) -> None:
    restore_backup(Target.from_url(new_database), open_backup(backup_file))
    with psycopg.connect(new_database) as conn:
        owners = conn.execute(
            "SELECT DISTINCT tableowner = current_user FROM pg_tables WHERE schemaname = 'public'"
        ).fetchall()
        assert owners == [(True,)]
        aside = conn.execute("SELECT nspname FROM pg_namespace WHERE nspname ~ '^healthbot_aside_'")
        assert aside.fetchall() == []
        roles = conn.execute("SELECT rolname FROM pg_roles WHERE rolname ~ '^healthbot_restore_'")
        assert roles.fetchall() == []
