"""Backups in tests: the CLI run from the checkout, and backup files rewritten into bad ones."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tarfile
from pathlib import Path

from healthbot.backup import DUMP_MEMBER, MANIFEST_MEMBER, SIGNATURE_MEMBER, BackupKey

ROOT = Path(__file__).parents[2]
"""The checkout."""


def healthbot(*args: str, url: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    """Run `python -m healthbot ARGS` from the checkout against `url`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("HEALTHBOT_")}
    env |= {
        "HEALTHBOT_DATABASE__URL": url,
        "HEALTHBOT_DATA_DIR": str(data_dir),
        "HEALTHBOT_LOG_LEVEL": "WARNING",
    }
    return subprocess.run(
        [sys.executable, "-m", "healthbot", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip


def rewritten(
    backup: Path,
    out: Path,
    edit_manifest: object = None,
    dump: bytes | None = None,
    key: BackupKey | None = None,
) -> Path:
    """A copy of a backup with its manifest edited (a function of the dict) or its dump replaced,
    signed again by `key` (None: the old signature is kept)."""
    with tarfile.open(backup) as tar:
        data = {m.name: tar.extractfile(m).read() for m in tar.getmembers()}  # type: ignore[union-attr]
    manifest = json.loads(data[MANIFEST_MEMBER])
    if dump is not None:
        data[DUMP_MEMBER] = dump
    if callable(edit_manifest):
        edit_manifest(manifest)
    data[MANIFEST_MEMBER] = json.dumps(manifest).encode()
    if key is not None:
        manifest["key_fingerprint"] = key.fingerprint
        data[MANIFEST_MEMBER] = json.dumps(manifest).encode()
        data[SIGNATURE_MEMBER] = f"hmac-sha256:{key.sign(data[MANIFEST_MEMBER])}\n".encode()
    with tarfile.open(out, "w") as tar:
        for name, content in data.items():
            info = tarfile.TarInfo(name)
            info.size = len(content)
            tar.addfile(info, io.BytesIO(content))
    return out
