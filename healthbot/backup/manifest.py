"""A backup's manifest: what the file holds, read as untrusted input."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass

FORMAT = "healthbot-backup"
# 2: the manifest names the key that signed it, and a signature member follows it.
FORMAT_VERSION = 2
# Table and schema names the restore check may name: plain identifiers only (a manifest is
# input like any other, and these name tables in SQL).
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_$]{0,62}")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_FINGERPRINT = re.compile(r"[0-9a-f]{16}")


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
    key_fingerprint: str | None = None  # the backup key that signed it (format 2 on)

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
    if not isinstance(m.tables, dict):
        raise ValueError("tables is not a mapping")
    ints = (m.schema_version, m.server_version, m.dump_bytes, *m.tables.values())
    if not all(isinstance(n, int) and n >= 0 for n in ints):
        raise ValueError("a count or version is not a whole number")
    if not _SHA256.fullmatch(str(m.dump_sha256)):
        raise ValueError("dump_sha256 is not a sha256")
    if m.key_fingerprint is not None and not _FINGERPRINT.fullmatch(str(m.key_fingerprint)):
        raise ValueError("key_fingerprint is not a key's fingerprint")
    for name in m.tables:
        schema, _, table = name.partition(".")
        if not (_IDENTIFIER.fullmatch(schema) and _IDENTIFIER.fullmatch(table)):
            raise ValueError(f"unusable table name {name!r}")
