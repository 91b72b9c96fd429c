"""The backup key: an HMAC key kept outside the backups, so that a file is known to be ours.

Backups travel off the machine, and whoever can edit a file can also recompute its sha256;
only a key the file does not carry tells a backup this installation wrote from a crafted one.
The key is 32 random bytes, kept in hex in a file of mode 0600 (`data_dir/backup_key` by
default), made at the first backup. The manifest names the key by a fingerprint; the
signature member holds HMAC-SHA256 over the manifest's bytes, which carry the dump's size
and sha256, so it covers both.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import secrets
import stat
from dataclasses import dataclass, field
from pathlib import Path

from healthbot.errors import BackupError
from healthbot.logs import register_secrets
from healthbot.trust import trusted_owners

KEY_FILE_NAME = "backup_key"
_KEY_BYTES = 32
_DOMAIN = b"healthbot-backup-signature\0"
_FINGERPRINT_DOMAIN = b"healthbot-backup-key\0"


@dataclass(frozen=True, slots=True)
class BackupKey:
    """The key that signs this installation's backups, and where it is kept."""

    path: Path
    secret: bytes = field(repr=False)

    @property
    def fingerprint(self) -> str:
        """A name for the key that tells nothing about it (16 hex digits)."""
        return hashlib.sha256(_FINGERPRINT_DOMAIN + self.secret).hexdigest()[:16]

    def sign(self, manifest: bytes) -> str:
        """The signature of a manifest's bytes."""
        return hmac.new(self.secret, _DOMAIN + manifest, hashlib.sha256).hexdigest()

    def verifies(self, manifest: bytes, signature: str) -> bool:
        """Whether `signature` is this key's signature of `manifest` (in constant time)."""
        return hmac.compare_digest(self.sign(manifest), signature)


def default_key_path(data_dir: Path) -> Path:
    """Where the key is kept unless `--key` says otherwise."""
    return data_dir / KEY_FILE_NAME


def load_key(path: Path) -> BackupKey:
    """Read the key; BackupError if it is missing, malformed or not private to us."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC | os.O_NOFOLLOW | os.O_NONBLOCK)
    except FileNotFoundError:
        raise BackupError(
            f"no backup key at {path}: copy there the backup_key of the installation that made "
            "the backup (or use --key FILE)"
        ) from None
    except OSError as exc:
        raise BackupError(f"backup key {path}: cannot read it: {exc.strerror}") from None
    try:
        _check_private(path, os.fstat(fd))
        data = os.read(fd, 4 * _KEY_BYTES)
    finally:
        os.close(fd)
    try:
        secret = bytes.fromhex(data.decode("ascii").strip())
    except (UnicodeDecodeError, ValueError):
        secret = b""
    if len(secret) != _KEY_BYTES:
        raise BackupError(f"backup key {path}: not a healthbot backup key ({_KEY_BYTES} bytes hex)")
    register_secrets({secret.hex()})
    return BackupKey(path, secret)


def load_or_create_key(path: Path) -> BackupKey:
    """The key at `path`, made (mode 0600) if there is none yet."""
    if not path.exists() and not path.is_symlink():
        _create(path)
    return load_key(path)


def _create(path: Path) -> None:
    """Write a new key under a temporary name and link it into place: two backups starting
    together end up with the same key, and a crash leaves no half-written one."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
        with os.fdopen(fd, "w") as out:
            out.write(secrets.token_bytes(_KEY_BYTES).hex() + "\n")
            out.flush()
            os.fsync(out.fileno())
        with contextlib.suppress(FileExistsError):  # another backup made it first: use that
            os.link(temporary, path)
    except OSError as exc:
        raise BackupError(f"backup key {path}: cannot create it: {exc.strerror}") from None
    finally:
        temporary.unlink(missing_ok=True)


def _check_private(path: Path, st: os.stat_result) -> None:
    if not stat.S_ISREG(st.st_mode):
        raise BackupError(f"backup key {path}: not a regular file")
    if st.st_uid not in trusted_owners():
        raise BackupError(f"backup key {path}: owned by uid {st.st_uid}, neither root nor us")
    if st.st_mode & 0o077:
        raise BackupError(f"backup key {path}: group or others may access it (chmod 600 it)")
