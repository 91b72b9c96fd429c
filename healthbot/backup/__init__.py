"""`healthbot backup` and `healthbot restore`: the database as one signed file, checked both ways.

`archive` writes and reads the file (dump, manifest, signature), `signing` keeps the key
that tells our files from crafted ones, `restore` puts a file back into a database without
trusting what it says, and `catalog` holds the questions both ask PostgreSQL.
"""

from healthbot.backup.archive import (
    DUMP_MEMBER,
    MANIFEST_MEMBER,
    SIGNATURE_MEMBER,
    Backup,
    authenticate,
    backup_into,
    create_backup,
    dated_backups,
    open_backup,
)
from healthbot.backup.manifest import Manifest
from healthbot.backup.restore import Restored, check_schema, restore_backup
from healthbot.backup.signing import BackupKey, default_key_path, load_key, load_or_create_key

__all__ = [
    "DUMP_MEMBER",
    "MANIFEST_MEMBER",
    "SIGNATURE_MEMBER",
    "Backup",
    "BackupKey",
    "Manifest",
    "Restored",
    "authenticate",
    "backup_into",
    "check_schema",
    "create_backup",
    "dated_backups",
    "default_key_path",
    "load_key",
    "load_or_create_key",
    "open_backup",
    "restore_backup",
]
