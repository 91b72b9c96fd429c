"""The gamification tests' databases, migrated up to the feature's own migration.

Migration numbers are assigned to features built in parallel; until every number up to 007
exists, the repository's `sql/` has gaps that the runner refuses. `migrated_database` then
applies a copy of the migrations up to this feature's 007, with an empty stand-in for each
missing number; once there are no gaps it applies `sql/` itself, unchanged.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from healthbot.db.migrations import apply_migrations, find_sql_dir, load_migrations
from healthbot.errors import MigrationError
from tests.support.databases import create_database

OWN_VERSION = 7


def sql_dir(tmp_path: Path) -> Path | None:
    """None when `sql/` loads as it is; else a copy up to 007 with stand-ins for the gaps."""
    try:
        load_migrations()
    except MigrationError:
        pass
    else:
        return None
    target = tmp_path / "sql"
    target.mkdir(exist_ok=True)
    present = set()
    for path in find_sql_dir().glob("*.sql"):
        version = int(path.name[:3])
        if version <= OWN_VERSION:
            shutil.copy(path, target / path.name)
            present.add(version)
    for version in range(1, OWN_VERSION + 1):
        if version not in present:
            (target / f"{version:03d}_standin.sql").write_text("SELECT 1;\n")
            (target / f"{version:03d}_standin.down.sql").write_text("SELECT 1;\n")
    return target


async def migrated_database(admin_url: str, tmp_path: Path) -> str:
    """A new database with the migrations applied; its URL."""
    url = create_database(admin_url)
    await apply_migrations(url, sql_dir(tmp_path))
    return url
