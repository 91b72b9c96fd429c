"""The gamification tests' databases, migrated up to the feature's own migration, the user
lookup the service reads timezones from, and what the ledger and the levels say.

Migration numbers are assigned to features built in parallel; until every number up to 007
exists, the repository's `sql/` has gaps that the runner refuses. `migrated_database` then
applies a copy of the migrations up to this feature's 007, with an empty stand-in for each
missing number; once there are no gaps it applies `sql/` itself, unchanged.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from healthbot.db import Database
from healthbot.db.migrations import apply_migrations, find_sql_dir, load_migrations
from healthbot.errors import MigrationError
from healthbot.users import User
from tests.support.databases import create_database
from tests.support.databases import rows as query

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


class Users:
    """The user lookup the service reads timezones from, straight from `users`."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def get(self, user_id: int) -> User | None:
        return await self.db.fetch_one(
            "test.user",
            "SELECT id, username, first_name, last_name, language_code, timezone, is_active,"
            " is_blocked, created_at, last_seen_at FROM users WHERE id = %(id)s",
            {"id": user_id},
            User,
        )


async def levels_reached(url: str, user_id: int) -> list[object]:
    """The levels in the user's level_ups rows."""
    rows = await query(url, "SELECT level FROM level_ups WHERE user_id = %s ORDER BY 1", user_id)
    return [level for (level,) in rows]


async def consistent(url: str, user_id: int) -> int:
    """The stored total, checked against the ledger's sum; returned."""
    rows = await query(
        url,
        "SELECT g.total_xp, (SELECT coalesce(sum(amount), 0) FROM xp_events"
        " WHERE user_id = g.user_id), g.level FROM user_gamification AS g WHERE g.user_id = %s",
        user_id,
    )
    total, summed, _ = rows[0]
    assert total == summed
    assert isinstance(total, int)
    return total
